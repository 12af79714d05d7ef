"""Storage on one SQLite file (WAL, `synchronous = FULL`): sessions, payments, idempotency
keys and card tokens. One lock serializes every unit of work, and each commits before its
answer is sent (docs/contract.md §1.7: no answer gets ahead of its commit).
"""

import json
import sqlite3
import threading

SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS payments (
  id TEXT PRIMARY KEY, session_id TEXT NOT NULL, key TEXT NOT NULL, method_id TEXT NOT NULL,
  kind TEXT NOT NULL, status TEXT NOT NULL, result TEXT NOT NULL, state TEXT NOT NULL,
  amount_minor INTEGER NOT NULL, fee_minor INTEGER NOT NULL, currency TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS keys (
  key TEXT PRIMARY KEY, session_id TEXT NOT NULL, fingerprint TEXT NOT NULL,
  claimed_ms INTEGER NOT NULL, payment_id TEXT);
CREATE TABLE IF NOT EXISTS tokens (token TEXT PRIMARY KEY, brand TEXT, last4 TEXT, used INTEGER);
"""


class Store:
    """The database; `work()` runs one unit of work under the lock and commits it."""

    def __init__(self, path):
        self.db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = FULL")
        self.db.executescript(SCHEMA)
        self.lock = threading.Lock()

    def work(self, unit):
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                out = unit(self)
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
            return out

    def one(self, sql, *args):
        return self.db.execute(sql, args).fetchone()

    def run(self, sql, *args):
        self.db.execute(sql, args)

    # Sessions.
    def session(self, sid):
        row = self.one("SELECT body FROM sessions WHERE id = ?", sid)
        return json.loads(row[0]) if row else None

    def add_session(self, session):
        self.run("INSERT INTO sessions VALUES (?, ?)", session["id"], json.dumps(session))

    # Payments.
    def payment(self, pid, sid=None):
        row = self.one("SELECT kind, result, state, session_id FROM payments WHERE id = ?", pid)
        if row is None or (sid is not None and row[3] != sid):
            return None
        return {"id": pid, "kind": row[0], "result": json.loads(row[1]), "state": json.loads(row[2]), "session_id": row[3]}

    def add_payment(self, p):
        self.run("INSERT INTO payments VALUES (?,?,?,?,?,?,?,?,?,?,?)", p["id"], p["session_id"], p["key"],
                 p["method_id"], p["kind"], p["result"]["status"], json.dumps(p["result"]), json.dumps(p["state"]),
                 p["amount_minor"], p["fee_minor"], p["currency"])

    def update_payment(self, pid, result, state):
        self.run("UPDATE payments SET status = ?, result = ?, state = ? WHERE id = ?",
                 result["status"], json.dumps(result), json.dumps(state), pid)

    def deciding(self, sid):
        """§3: the session's succeeded payment, else its newest waiting one."""
        row = self.one("""SELECT id FROM payments WHERE session_id = ? AND status IN
                          ('succeeded', 'processing', 'requires_action')
                          ORDER BY status = 'succeeded' DESC, rowid DESC LIMIT 1""", sid)
        return row[0] if row else None

    def waiting(self, sid):
        return [r[0] for r in self.db.execute(
            "SELECT id FROM payments WHERE session_id = ? AND status = 'requires_action'", (sid,))]

    def settled(self, sid):
        return self.one("""SELECT 1 FROM payments WHERE session_id = ?
                           AND status IN ('succeeded', 'processing')""", sid) is not None

    def ledger(self, sid):
        rows = self.db.execute("""SELECT id, method_id, kind, status, amount_minor, fee_minor, currency, key,
                                  result FROM payments WHERE session_id = ? ORDER BY rowid""", (sid,))
        return [{"id": r[0], "method": r[1], "method_kind": r[2], "status": r[3], "amount_minor": r[4],
                 "fee_minor": r[5], "currency": r[6], "idempotency_key": r[7],
                 "error_code": (json.loads(r[8]).get("error") or {}).get("code")} for r in rows]

    # Keys.
    def key(self, key):
        row = self.one("SELECT session_id, fingerprint, claimed_ms, payment_id FROM keys WHERE key = ?", key)
        return dict(zip(("session_id", "fingerprint", "claimed_ms", "payment_id"), row)) if row else None

    def claim(self, key, sid, fingerprint, at_ms):
        self.run("INSERT OR REPLACE INTO keys VALUES (?, ?, ?, ?, NULL)", key, sid, fingerprint, at_ms)

    def live_claims(self, sid, other_than):
        return self.db.execute("""SELECT key, claimed_ms FROM keys WHERE session_id = ? AND key != ?
                                  AND payment_id IS NULL""", (sid, other_than)).fetchall()

    def release(self, key):
        self.run("DELETE FROM keys WHERE key = ? AND payment_id IS NULL", key)

    def bind(self, key, pid):
        self.run("UPDATE keys SET payment_id = ? WHERE key = ?", pid, key)

    # Tokens.
    def add_token(self, token, brand, last4):
        self.run("INSERT INTO tokens VALUES (?, ?, ?, 0)", token, brand, last4)

    def use_token(self, token):
        """The card behind `token`, used up; None when unknown or used (§6.2)."""
        row = self.one("SELECT brand, last4 FROM tokens WHERE token = ? AND used = 0", token)
        if row:
            self.run("UPDATE tokens SET used = 1 WHERE token = ?", token)
        return row
