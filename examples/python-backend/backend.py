#!/usr/bin/env python3
"""A merchant backend for micro-checkout in Python, standard library only, written from
docs/contract.md alone as a worked example for merchants on other stacks. It runs in test
mode (§7): a simulated processor, the session factory and the test hooks.

    python3 examples/python-backend/backend.py --port 8090 --db /tmp/shop.db

`rules.py` holds what a request may hold, `methods.py` the simulated processor, `store.py`
the SQLite file; this file is the HTTP side: routes, the order of checks (§1.8),
idempotency (§1.7), and the answers of §2, §3 and §5.
"""

import argparse
import html
import json
import os
import re
import sys
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

sys.path.insert(0, os.path.dirname(__file__))
import methods  # noqa: E402
import rules  # noqa: E402
from rules import Refused  # noqa: E402
from store import Store  # noqa: E402

MAX_BODY = 16 * 1024
CONFIRM_MEMBERS = ("version", "method_id", "token", "carrier", "phone", "return_url", "top_up_pack")
ACTIONS = {"otp": "code", "resend_otp": None, "redirect_return": "result", "three_ds": "result", "cancel": None}

# (method, pattern, handler name, takes JSON); the first route whose pattern matches wins.
ROUTES = [
    ("POST", r"/api/sessions", "create_session", True),
    ("GET", r"/api/sessions/(?P<sid>[^/]+)", "get_session", False),
    ("POST", r"/api/sessions/(?P<sid>[^/]+)/confirm", "confirm", True),
    ("GET", r"/api/sessions/(?P<sid>[^/]+)/payments/(?P<pid>[^/]+)", "poll", False),
    ("POST", r"/api/sessions/(?P<sid>[^/]+)/payments/(?P<pid>[^/]+)/actions", "act", True),
    ("POST", r"/vault/tokens", "tokenize", True),
    ("POST", r"/test/payments/(?P<pid>[^/]+)/(?P<event>[^/]+)", "hook", False),
    ("POST", r"/test/sessions/(?P<sid>[^/]+)/stale_claim", "stale_claim", True),
    ("GET", r"/admin/payments", "ledger", False),
    ("GET", r"/wallet/(?P<pid>[^/]+)", "wallet_page", False),
    ("POST", r"/wallet/(?P<pid>[^/]+)", "wallet_decide", False),
    ("GET", r"/issuer/3ds/(?P<pid>[^/]+)", "issuer_page", False),
    ("POST", r"/issuer/3ds/(?P<pid>[^/]+)", "issuer_decide", False),
    ("GET", r"/", "checkout_page", False),
    ("GET", r"/dist/(?P<path>[A-Za-z0-9._/-]+)", "asset", False),
]
TYPES = {".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css",
         ".json": "application/json", ".ts": "text/plain"}


def fingerprint(sid, body):
    """§1.7: the same body means the same JSON value of the members the contract defines."""
    known = {k: body[k] for k in CONFIRM_MEMBERS if k in body}
    return sid + "|" + json.dumps(known, sort_keys=True, separators=(",", ":"))


class Backend:
    """The contract's answers; each handler returns (status, JSON body or None)."""

    def __init__(self, store, qr_ttl_s, lease_ms, dist=None):
        self.store, self.qr_ttl_s, self.lease_ms, self.dist = store, qr_ttl_s, lease_ms, dist

    # §2: the session factory and GET {session}.
    def create_session(self, req):
        body = req.json()
        amount = rules.session_request(body)
        sid = "ses_" + uuid.uuid4().hex
        session = {"version": 1, "id": sid, "merchant": body["merchant"], "lines": body["lines"],
                   "amount": amount, "methods": body["methods"], "default_method": body["default_method"]}
        for hint in ("country", "locale", "variant"):
            if isinstance(body.get(hint), str):
                session[hint] = body[hint]
        if any(m["kind"] == "card" for m in body["methods"]):
            session["tokenize_url"] = f"{req.base}/vault/tokens"
        self.store.work(lambda s: s.add_session(session))
        req.location = f"/api/sessions/{sid}"
        return 201, session

    def get_session(self, req, sid):
        def unit(s):
            session = s.session(sid)
            if session is None:
                raise Refused(404, "session_not_found")
            pid = s.deciding(sid)
            if pid:
                now = self.tick(s, s.payment(pid))
                if now["status"] in ("succeeded", "processing", "requires_action"):
                    session["payment"] = now
            return 200, session
        return self.store.work(unit)

    def tick(self, s, payment):
        """A payment as it stands now: expired if its time ran out, countdowns counted to now."""
        res, state, t = payment["result"], payment["state"], methods.now_ms()
        if res["status"] != "requires_action":
            return res
        ended = methods.expired(payment["kind"], payment["id"], state, t)
        if ended:
            s.update_payment(payment["id"], ended, state)
            return ended
        return methods.counted(res, state, t)

    # §5.1 and §1.7: confirm.
    def confirm(self, req, sid):
        key = req.headers.get("Idempotency-Key")
        rules.idempotency_key(key)
        body = req.json()
        rules.version(body)
        rules.message(body, {"method_id": str})
        return self.store.work(lambda s: self.charge(s, req, sid, key, body))

    def charge(self, s, req, sid, key, body):
        session = s.session(sid)
        if session is None:
            raise Refused(404, "session_not_found")
        method = next((m for m in session["methods"] if m["id"] == body["method_id"]), None)
        if method is None:
            raise Refused(422, "unknown_method")
        total = rules.total_with(session, method)
        if not method.get("min_amount_minor", 0) <= total <= method.get("max_amount_minor", rules.MAX_AMOUNT):
            raise Refused(422, "amount_out_of_range")
        rules.confirm_inputs(method, body)
        mark, t = fingerprint(sid, body), methods.now_ms()
        known = s.key(key)
        if known and known["fingerprint"] != mark:
            raise Refused(422, "idempotency_key_reused")
        if known and known["payment_id"]:
            return 200, self.tick(s, s.payment(known["payment_id"]))
        if known and t - known["claimed_ms"] < self.lease_ms:
            raise Refused(409, "idempotency_in_progress")
        if s.settled(sid):
            raise Refused(409, "session_completed")
        for other, claimed_ms in s.live_claims(sid, key):
            if t - claimed_ms < self.lease_ms:
                raise Refused(409, "idempotency_in_progress")
            s.release(other)  # left by a crash: nothing was charged under it
        s.claim(key, sid, mark, t)
        for waiting in s.waiting(sid):
            old = s.payment(waiting)
            superseded = methods.result(waiting, "canceled", error=("superseded", False))
            s.update_payment(waiting, superseded, old["state"])
        pid = "pay_" + uuid.uuid4().hex
        card = s.use_token(body["token"]) if method["kind"] == "card" else None
        res, state = methods.start(pid, session, method, body, card, req.base, self.qr_ttl_s)
        s.add_payment({"id": pid, "session_id": sid, "key": key, "method_id": method["id"], "kind": method["kind"],
                       "result": res, "state": state, "amount_minor": rules.charge(session, method, body.get("top_up_pack")),
                       "fee_minor": method.get("fee", {}).get("amount_minor", 0), "currency": session["amount"]["currency"]})
        s.bind(key, pid)
        return 200, res

    # §5.2 and §5.4: polls and actions.
    def poll(self, req, sid, pid):
        def unit(s):
            payment = s.payment(pid, sid)
            if payment is None:
                raise Refused(404, "payment_not_found")
            return 200, self.tick(s, payment)
        return self.store.work(unit)

    def act(self, req, sid, pid):
        body = req.json()
        rules.version(body)
        rules.message(body, {"type": str})
        rules.shape(body["type"] in ACTIONS)
        needs = ACTIONS[body["type"]]
        rules.shape(needs is None or isinstance(body.get(needs), str))

        def unit(s):
            payment = s.payment(pid, sid)
            if payment is None:
                raise Refused(404, "payment_not_found")
            now = self.tick(s, payment)
            if now["status"] != "requires_action":
                return 200, now
            moved = methods.act(payment["kind"], pid, now, payment["state"], body)
            if moved is None:
                raise Refused(409, "action_not_expected")
            s.update_payment(pid, *moved)
            return 200, moved[0]
        return self.store.work(unit)

    # §7.2: the tokenizer.
    def tokenize(self, req):
        brand, last4 = rules.card(req.json())
        token = "tok_" + uuid.uuid4().hex
        self.store.work(lambda s: s.add_token(token, brand, last4))
        return 200, {"version": 1, "token": token, "brand": brand, "last4": last4}

    # §7.3: the test hooks.
    def hook(self, req, pid, event):
        if event not in methods.HOOKS:
            raise Refused(404, "not_found")
        return self.store.work(lambda s: (200, self.outside(s, pid, event)))

    def outside(self, s, pid, event):
        payment = s.payment(pid)
        if payment is None:
            raise Refused(404, "payment_not_found")
        now = self.tick(s, payment)
        moved = now["status"] == "requires_action" and methods.outside(payment["kind"], pid, event)
        if not moved:
            return now
        s.update_payment(pid, moved, payment["state"])
        return moved

    def stale_claim(self, req, sid):
        key = req.headers.get("Idempotency-Key")
        rules.idempotency_key(key)
        body = req.json()
        rules.version(body)

        def unit(s):
            if s.session(sid) is None:
                raise Refused(404, "session_not_found")
            if s.key(key) or s.settled(sid):
                raise Refused(409, "idempotency_in_progress")
            s.claim(key, sid, fingerprint(sid, body), methods.now_ms() - self.lease_ms)
            return 204, None
        return self.store.work(unit)

    def ledger(self, req):
        sid = parse_qs(req.query).get("session_id", [""])[0]
        return 200, self.store.work(lambda s: s.ledger(sid))

    # Test pages standing in for the wallet and the issuer (§5.5).
    def wallet_page(self, req, pid):
        return 200, page(f"Test wallet: approve payment {pid}?", "approve", "decline")

    def issuer_page(self, req, pid):
        return 200, page(f"Test issuer: confirm payment {pid}", "authenticate", "fail")

    def wallet_decide(self, req, pid):
        decision = parse_qs(req.raw().decode()).get("decision", [""])[0]
        if decision not in ("approve", "decline"):
            rules.invalid("decision")
        res = self.store.work(lambda s: self.outside(s, pid, decision))
        outcome = "approved" if res["status"] == "succeeded" else "declined"
        back = self.store.work(lambda s: (s.payment(pid) or {}).get("state", {}).get("return_url"))
        if back:
            sep = "&" if "?" in back else "?"
            req.location = f"{back}{sep}mc_payment={pid}&mc_result={outcome}"
            return 303, None
        message = {"type": "wallet", "payment": pid, "result": outcome}
        return 200, done_page(f"Payment {outcome}.", "window.opener", message)

    def issuer_decide(self, req, pid):
        decision = parse_qs(req.raw().decode()).get("decision", [""])[0]
        if decision not in ("authenticate", "fail"):
            rules.invalid("decision")
        res = self.store.work(lambda s: self.outside(s, pid, decision))
        outcome = "authenticated" if res["status"] == "succeeded" else "failed"
        message = {"type": "three_ds", "payment": pid, "result": outcome}
        return 200, done_page(f"Authentication {outcome}.", "(window.opener || window.parent)", message)


    # The merchant's checkout page and the widget's files (with `--dist`).
    def checkout_page(self, req):
        if self.dist is None:
            raise Refused(404, "not_found")
        sid = parse_qs(req.query).get("session", [""])[0]
        if self.store.work(lambda s: s.session(sid)) is None:
            raise Refused(404, "session_not_found")
        with open(os.path.join(self.dist, "manifest.json"), encoding="utf-8") as f:
            manifest = json.load(f)
        entry, css = manifest["entry"], manifest["css"]
        return 200, Html(f"""<!doctype html><html lang="en"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Checkout</title>
<link rel="stylesheet" href="/dist/{css['file']}" integrity="{css['integrity']}" crossorigin="anonymous">
<body style="font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f5f7"><main style="max-width:420px;margin:48px auto;padding:0 16px">
<h1 style="font-size:1.25rem">Checkout (Python backend)</h1>
<micro-checkout session-url="/api/sessions/{html.escape(sid)}"></micro-checkout></main>
<script type="module" src="/dist/{entry['file']}" integrity="{entry['integrity']}" crossorigin="anonymous"></script></body></html>""")

    def asset(self, req, path):
        if self.dist is None or ".." in path.split("/"):
            raise Refused(404, "not_found")
        full = os.path.join(self.dist, path)
        if not os.path.isfile(full):
            raise Refused(404, "not_found")
        with open(full, "rb") as f:
            data = f.read()
        kind = TYPES.get(os.path.splitext(path)[1], "application/octet-stream")
        return 200, Asset(data, kind)


def page(title, yes, no):
    return Html(f"""<!doctype html><html lang="en"><meta charset="utf-8"><title>Test</title>
<body style="font:16px system-ui;margin:24px"><h1 style="font-size:18px;overflow-wrap:anywhere">{html.escape(title)}</h1>
<form method="post"><button name="decision" value="{yes}">{yes.title()}</button>
<button name="decision" value="{no}">{no.title()}</button></form></body></html>""")


def done_page(text, target, message):
    return Html(f"""<!doctype html><html lang="en"><meta charset="utf-8"><title>Test</title><p>{html.escape(text)}</p>
<script>{target}.postMessage({json.dumps(message)}, "*");</script></html>""")


class Html(str):
    """A page, answered as text/html."""


class Asset(bytes):
    """A file of the widget, answered with its media type."""

    def __new__(cls, data, kind):
        made = super().__new__(cls, data)
        made.kind = kind
        return made


def error_body(status, code, field=None):
    error = {"code": code, "retryable": status >= 500 or status == 408 or code == "idempotency_in_progress"}
    if field:
        error["field"] = field
    return {"version": 1, "error": error}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    backend = None  # set by main()

    def do_GET(self):
        self.route("GET")

    def do_POST(self):
        self.route("POST")

    def do_PUT(self):
        self.route("PUT")

    def do_DELETE(self):
        self.route("DELETE")

    def log_message(self, *args):
        pass

    @property
    def base(self):
        return "http://" + self.headers.get("Host", "127.0.0.1")

    def raw(self):
        if self._body is None:
            self._body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        return self._body

    def json(self):
        """§1.6 then §1.4: the body within the limit, then readable JSON."""
        size = int(self.headers.get("Content-Length") or 0)
        if size > MAX_BODY:
            self.close_connection = True  # the body is left unread
            self._body = b""
            raise Refused(413, "body_too_large")
        try:
            return json.loads(self.raw())
        except (ValueError, UnicodeDecodeError):
            raise Refused(400, "invalid_json") from None

    def route(self, verb):
        self._body, self.location = None, None
        url = urlsplit(self.path)
        self.query = url.query
        matches = [(m, h, j, re.fullmatch(p, url.path)) for m, p, h, j in ROUTES]
        matches = [(m, h, j, found) for m, h, j, found in matches if found]
        try:
            if not matches:
                raise Refused(404, "not_found")
            chosen = next(((h, j, found) for m, h, j, found in matches if m == verb), None)
            if chosen is None:
                raise Refused(405, "method_not_allowed")
            handler, takes_json, found = chosen
            content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if takes_json and content_type != "application/json":
                raise Refused(415, "unsupported_media_type")
            status, body = getattr(self.backend, handler)(self, **found.groupdict())
        except Refused as refused:
            status, body = refused.status, error_body(refused.status, refused.code, refused.field)
        except Exception as crash:  # noqa: BLE001 - every failure answers JSON
            print(f"python-backend: {crash!r}", file=sys.stderr)
            status, body = 500, error_body(500, "internal_error")
        if self._body is None and not self.close_connection:
            self.raw()  # drain what the handler did not read, for keep-alive
        self.answer(status, body)

    def answer(self, status, body):
        if isinstance(body, Html):
            data, kind = body.encode(), "text/html; charset=utf-8"
        elif isinstance(body, Asset):
            data, kind = bytes(body), body.kind
        elif body is None:
            data, kind = b"", None
        else:
            data, kind = json.dumps(body).encode(), "application/json"
        self.send_response(status)
        if kind:
            self.send_header("Content-Type", kind)
        if self.location:
            self.send_header("Location", self.location)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class Server(ThreadingHTTPServer):
    """One thread per connection, and room in the listen queue for a burst of buyers (the
    socketserver default of 5 resets the sixth of 20 simultaneous connections)."""

    request_queue_size = 128
    daemon_threads = True


def main():
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--port", type=int, default=8090)
    args.add_argument("--db", default="python-backend.db")
    args.add_argument("--qr-ttl", type=int, default=300, help="seconds a QR code stays payable")
    args.add_argument("--claim-lease", type=int, default=30, help="seconds a confirm's claim holds")
    args.add_argument("--dist", help="the built widget (target/dist), to serve a checkout page at /?session=ID")
    opts = args.parse_args()
    Handler.backend = Backend(Store(opts.db), opts.qr_ttl, opts.claim_lease * 1000, opts.dist)
    server = Server(("127.0.0.1", opts.port), Handler)
    print(f"python-backend: listening on http://127.0.0.1:{server.server_port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
