//! The URL policy on the host, against a corpus of hostile URLs: only `https:` anywhere and
//! `http:` on loopback pass, and the origin a page at an allowed URL reports is exact.

use micro_checkout::flow::{allowed, allowed_origin};

#[test]
fn https_anywhere_and_http_on_loopback_are_allowed_with_their_exact_origin() {
    for (url, origin) in [
        (
            "https://issuer.example.com/3ds/pay_1",
            "https://issuer.example.com",
        ),
        (
            "HTTPS://Wallet.Example.COM:443/a?b#c",
            "https://wallet.example.com",
        ),
        (
            "https://wallet.example.com:8443/x",
            "https://wallet.example.com:8443",
        ),
        (
            "http://127.0.0.1:8080/vault/3ds/pay_1",
            "http://127.0.0.1:8080",
        ),
        ("http://localhost/wallet/pay_1", "http://localhost"),
        ("http://localhost:80/", "http://localhost"),
        ("http://shop.localhost:3000/", "http://shop.localhost:3000"),
        ("http://[::1]:8080/", "http://[::1]:8080"),
        ("http://127.5.6.7/", "http://127.5.6.7"),
        (
            "  https://issuer.example.com/\n",
            "https://issuer.example.com",
        ),
        (
            "https://issuer.example.com\\3ds",
            "https://issuer.example.com",
        ),
        ("http://localhost\\@evil.example/", "http://localhost"),
    ] {
        assert_eq!(allowed_origin(url).as_deref(), Some(origin), "{url:?}");
    }
}

#[test]
fn hostile_urls_are_refused() {
    let corpus = [
        "javascript:alert(document.domain)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\u{0}javascript:alert(1)",
        "javascript://https://issuer.example.com/%0aalert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<form><input type=password></form>",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "blob:https://issuer.example.com/5b1c-4d",
        "file:///etc/passwd",
        "about:blank",
        "ftp://issuer.example.com/",
        "http://evil.example/approve",
        "http://issuer.example.com/3ds",
        "http://localhost.evil.example/",
        "http://127.0.0.1.evil.example/",
        "http://evil.example\\@localhost/",
        "http://localhost@evil.example/",
        "https://bank.example@evil.example/",
        "https://user:pass@issuer.example.com/",
        "http://0x7f.0.0.1/",
        "http://2130706433/",
        "http://127.1/",
        "http://0177.0.0.1/",
        "http://%6c%6fcalhost/",
        "https://%65vil.example/",
        "https://issuer..example.com/",
        "https://issuer.example.com:99999/",
        "https://issuer.example.com:12a/",
        "https://",
        "https:///path",
        "https:issuer.example.com",
        "//evil.example/approve",
        "/relative/path",
        "",
        "   ",
        "https://exämple.com/",
        "https://[::1/",
        "http://[::2]/",
    ];
    for url in corpus {
        assert!(!allowed(url), "{url:?} must be refused");
    }
}
