//! The URL policy: which addresses from a backend or a page the widget may navigate to,
//! frame, open or send requests to.
//!
//! A URL is allowed only as `https:`, or as `http:` on a loopback host (so that the demo
//! and tests run on `http://127.0.0.1`). Everything else is refused before use:
//! `javascript:`, `data:`, `blob:`, other schemes, `http:` to any other host, user info
//! (`https://bank.example@evil.example`), and any host this parser cannot read with
//! certainty. The edge resolves relative URLs against the page first, so this module only
//! ever decides on absolute ones; it refuses rather than guesses.

// Written over bytes, without `str` searchers or integer parsing: the same rules in about
// half the wasm.

/// The origin (`scheme://host[:port]`) of `url` when the policy allows it, else `None`.
/// The origin is what a page opened at `url` reports as `MessageEvent.origin`.
pub fn allowed_origin(url: &str) -> Option<String> {
    // Browsers drop leading and trailing C0 controls and spaces, and every tab and newline
    // inside a URL (`java\tscript:` is `javascript:`): trim the ends, refuse the rest.
    let url = url.trim_matches(|c: char| c <= ' ').as_bytes();
    if url.iter().any(|b| matches!(b, b'\t' | b'\n' | b'\r')) {
        return None;
    }
    let colon = url.iter().position(|&b| b == b':')?;
    let (scheme, rest) = (&url[..colon], &url[colon + 1..]);
    let https = scheme.eq_ignore_ascii_case(b"https");
    if !https && !scheme.eq_ignore_ascii_case(b"http") {
        return None;
    }
    // Special schemes read `\` as `/`.
    let after = match rest {
        [b'/' | b'\\', b'/' | b'\\', after @ ..] => after,
        _ => return None,
    };
    let end = after
        .iter()
        .position(|b| matches!(b, b'/' | b'\\' | b'?' | b'#'))
        .unwrap_or(after.len());
    let (host, port) = split_port(&after[..end])?;
    if !plain_host(host) || (!https && !loopback(host)) {
        return None;
    }
    let (scheme, default) = if https { ("https", 443) } else { ("http", 80) };
    let mut origin = String::with_capacity(scheme.len() + 3 + host.len() + 6);
    origin.push_str(scheme);
    origin.push_str("://");
    origin.extend(host.iter().map(|b| char::from(b.to_ascii_lowercase())));
    if let Some((port, digits)) = port.filter(|(port, _)| *port != default) {
        origin.push(':');
        if port == 0 {
            origin.push('0');
        }
        // The digits without their leading zeros.
        let start = digits
            .iter()
            .position(|&b| b != b'0')
            .unwrap_or(digits.len());
        origin.extend(digits[start..].iter().map(|&b| char::from(b)));
    }
    Some(origin)
}

/// True when the policy allows `url`.
pub fn allowed(url: &str) -> bool {
    allowed_origin(url).is_some()
}

/// `host[:port]` or `[v6][:port]`, and the port's value and digits when there is one; a
/// port is 1 to 5 digits, at most 65535. Refuses user info.
type HostPort<'a> = (&'a [u8], Option<(u32, &'a [u8])>);

fn split_port(authority: &[u8]) -> Option<HostPort<'_>> {
    if authority.contains(&b'@') {
        return None;
    }
    let (host, port) = if authority.first() == Some(&b'[') {
        let close = authority.iter().position(|&b| b == b']')?;
        match authority.split_at(close + 1) {
            (host, []) => (host, &[][..]),
            (host, [b':', port @ ..]) => (host, port),
            _ => return None,
        }
    } else {
        match authority.iter().position(|&b| b == b':') {
            Some(at) => (&authority[..at], &authority[at + 1..]),
            None => (authority, &[][..]),
        }
    };
    if port.is_empty() {
        return Some((host, None));
    }
    let value = number(port, 5).filter(|p| *p <= 65_535)?;
    Some((host, Some((value, port))))
}

/// The value of `digits` (ASCII, 1 to `most` of them), else `None`.
fn number(digits: &[u8], most: usize) -> Option<u32> {
    if digits.is_empty() || digits.len() > most {
        return None;
    }
    let mut value = 0;
    for &b in digits {
        if !b.is_ascii_digit() {
            return None;
        }
        value = value * 10 + u32::from(b - b'0');
    }
    Some(value)
}

/// A host written plainly: ASCII letters, digits, dots and hyphens (no percent escapes,
/// no Unicode, no empty labels), or a bracketed IPv6 address.
fn plain_host(host: &[u8]) -> bool {
    if let [b'[', inner @ .., b']'] = host {
        return !inner.is_empty() && inner.iter().all(|b| b.is_ascii_hexdigit() || *b == b':');
    }
    !host.is_empty()
        && host.split(|&b| b == b'.').all(|label| {
            !label.is_empty()
                && label
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
        })
}

/// `localhost`, `*.localhost`, `127.x.y.z` written as four decimal numbers, or `[::1]`
/// (in any case).
fn loopback(host: &[u8]) -> bool {
    let lower = |suffix: &[u8]| {
        host.len() >= suffix.len() && host[host.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    if host.eq_ignore_ascii_case(b"localhost") || lower(b".localhost") || host == b"[::1]" {
        return true;
    }
    let mut parts = 0;
    host.starts_with(b"127.")
        && host.split(|&b| b == b'.').all(|part| {
            parts += 1;
            number(part, 3).is_some_and(|n| n <= 255) && !(part.len() > 1 && part[0] == b'0')
        })
        && parts == 4
}
