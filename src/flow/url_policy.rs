//! The URL policy: which addresses from a backend or a page the widget may navigate to,
//! frame, open or send requests to.
//!
//! A URL is allowed only as `https:`, or as `http:` on a loopback host (so that the demo
//! and tests run on `http://127.0.0.1`). Everything else is refused before use:
//! `javascript:`, `data:`, `blob:`, other schemes, `http:` to any other host, user info
//! (`https://bank.example@evil.example`), and any host this parser cannot read with
//! certainty. The edge resolves relative URLs against the page first, so this module only
//! ever decides on absolute ones; it refuses rather than guesses.

/// The origin (`scheme://host[:port]`) of `url` when the policy allows it, else `None`.
/// The origin is what a page opened at `url` reports as `MessageEvent.origin`.
pub fn allowed_origin(url: &str) -> Option<String> {
    // Browsers drop leading and trailing C0 controls and spaces, and every tab and newline
    // inside a URL (`java\tscript:` is `javascript:`): trim the ends, refuse the rest.
    let url = url.trim_matches(|c: char| c <= ' ');
    if url.bytes().any(|b| matches!(b, b'\t' | b'\n' | b'\r')) {
        return None;
    }
    let (scheme, rest) = url.split_once(':')?;
    let https = scheme.eq_ignore_ascii_case("https");
    if !https && !scheme.eq_ignore_ascii_case("http") {
        return None;
    }
    // Special schemes read `\` as `/`.
    let slash = |b: &u8| matches!(b, b'/' | b'\\');
    let bytes = rest.as_bytes();
    if bytes.len() < 2 || !slash(&bytes[0]) || !slash(&bytes[1]) {
        return None;
    }
    let after = &rest[2..];
    let authority = &after[..after.find(['/', '\\', '?', '#']).unwrap_or(after.len())];
    let (host, port) = split_port(authority)?;
    let host = host.to_ascii_lowercase();
    if !plain_host(&host) || (!https && !loopback(&host)) {
        return None;
    }
    let (scheme, default) = if https {
        ("https", "443")
    } else {
        ("http", "80")
    };
    let mut origin = [scheme, "://", &host].concat();
    if let Some(port) = port.filter(|p| *p != default) {
        origin.push(':');
        origin.push_str(port);
    }
    Some(origin)
}

/// True when the policy allows `url`.
pub fn allowed(url: &str) -> bool {
    allowed_origin(url).is_some()
}

/// `host[:port]` or `[v6][:port]`; a port is 1 to 5 digits. Refuses user info.
fn split_port(authority: &str) -> Option<(&str, Option<&str>)> {
    if authority.bytes().any(|b| b == b'@') {
        return None;
    }
    let (host, port) = match authority.strip_prefix('[') {
        Some(v6) => {
            let end = v6.find(']')?;
            let port = match &v6[end + 1..] {
                "" => None,
                rest => Some(rest.strip_prefix(':')?),
            };
            (&authority[..end + 2], port)
        }
        None => match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        },
    };
    let port = port.filter(|p| !p.is_empty());
    if let Some(port) = port {
        let valid = port.len() <= 5
            && port.bytes().all(|b| b.is_ascii_digit())
            && port.parse::<u32>().is_ok_and(|p| p <= 65_535);
        if !valid {
            return None;
        }
    }
    Some((host, port.map(|p| p.trim_start_matches('0')).map(nonzero)))
}

fn nonzero(port: &str) -> &str {
    if port.is_empty() { "0" } else { port }
}

/// A host written plainly: ASCII letters, digits, dots and hyphens (no percent escapes,
/// no Unicode, no empty labels), or a bracketed IPv6 address.
fn plain_host(host: &str) -> bool {
    if let Some(v6) = host.strip_prefix('[') {
        let inner = v6.strip_suffix(']').unwrap_or("");
        return !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_hexdigit() || b == b':');
    }
    !host.is_empty()
        && host.split('.').all(|label| {
            !label.is_empty()
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// `localhost`, `*.localhost`, `127.x.y.z` written as four decimal numbers, or `[::1]`.
fn loopback(host: &str) -> bool {
    if host == "localhost" || host.ends_with(".localhost") || host == "[::1]" {
        return true;
    }
    let parts: Vec<&str> = host.split('.').collect();
    parts.len() == 4
        && parts[0] == "127"
        && parts.iter().all(|p| {
            p.len() <= 3 && p.parse::<u8>().is_ok() && !(p.len() > 1 && p.starts_with('0'))
        })
}
