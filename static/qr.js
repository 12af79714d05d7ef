// The QR drawer: the encoder module (qr/, `qr.<hash>.wasm`) is fetched with its integrity
// the first time a payment shows a QR code, never on the critical path. The widget calls
// the drawer with the payload and gets [side, SVG path of the dark modules] with a
// four-module quiet zone, or null when the payload does not fit one code. A failed fetch
// rejects, and the next call tries again.
export function qrDrawer(url, integrity) {
  let encoder;
  return async (payload) => {
    encoder ??= WebAssembly.instantiateStreaming(fetch(url, integrity ? { integrity } : {}), {})
      .then(({ instance }) => instance.exports);
    let qr;
    try {
      qr = await encoder;
    } catch (error) {
      encoder = undefined;
      throw error;
    }
    for (const byte of new TextEncoder().encode(payload)) qr.qr_push(byte);
    const size = qr.qr_encode();
    if (!size) return null;
    let path = '';
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) if (qr.qr_dark(x, y)) path += `M${x + 4} ${y + 4}h1v1h-1z`;
    }
    return [size + 8, path];
  };
}
