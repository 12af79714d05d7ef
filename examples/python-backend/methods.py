"""Test mode's simulated processor (docs/contract.md §5.3, §7.1), written from the document:
how a confirm starts a payment of each kind, how the buyer's actions, the outside world's
events (the test hooks of §7.3) and the clock move a waiting payment, and the countdowns
each answer carries. A payment is a dict: its `result` (the `PaymentResult` as answered)
and its private `state` (deadlines, the code, tries); nothing here touches storage.
"""

import time

OTP = "123456"
OTP_TTL_S, OTP_RESEND_S, MAX_TRIES = 180, 30, 5
TRANSFER_TTL_S = 24 * 3600


def now_ms():
    return int(time.time() * 1000)


def result(payment_id, status, next_action=None, error=None, poll_after_ms=None):
    out = {"version": 1, "payment_id": payment_id, "status": status}
    if next_action is not None:
        out["next_action"] = next_action
    if poll_after_ms is not None:
        out["poll_after_ms"] = poll_after_ms
    if error is not None:
        out["error"] = {"code": error[0], "retryable": error[1]}
    return out


def done(pid, error=None):
    return result(pid, "failed" if error else "succeeded", error=(error, False) if error else None), {}


def saved_card(pid, last4):
    """§7.1: the test values of a card's last four digits."""
    outcome = {"0002": "card_declined", "9995": "insufficient_funds", "0069": "expired_card"}
    if last4 == "0119":
        return result(pid, "failed", error=("processor_unavailable", True)), {}
    return done(pid, outcome.get(last4))


def start(pid, session, method, body, card, base, qr_ttl_s):
    """A confirm's payment: its first result and private state. `card` is the tokenized
    card, (brand, last4), or None when the token is unknown or used."""
    kind, t = method["kind"], now_ms()
    if kind == "saved_card":
        return saved_card(pid, method["last4"])
    if kind == "card":
        if card is None:
            return done(pid, "token_invalid")
        brands = method.get("brands", [])
        if brands and card[0] not in brands:
            return done(pid, "card_declined")
        if card[1] == "3220":
            return result(pid, "requires_action", {"type": "three_ds", "url": f"{base}/issuer/3ds/{pid}"}), {"card": card[1]}
        return saved_card(pid, card[1])
    if kind == "carrier_billing":
        state = {"expires_at": t + OTP_TTL_S * 1000, "resend_at": t + OTP_RESEND_S * 1000, "tries": 0, "phone": body["phone"]}
        return otp_result(pid, state, t), state
    if kind == "wallet":
        url = f"{base}/wallet/{pid}"
        return result(pid, "requires_action", {"type": "redirect", "url": url}, poll_after_ms=3000), {"return_url": body.get("return_url")}
    if kind == "qr":
        state = {"expires_at": t + qr_ttl_s * 1000}
        action = {"type": "qr", "payload": f"micro-checkout-test:{pid}", "expires_in_s": qr_ttl_s}
        return result(pid, "requires_action", action, poll_after_ms=2000), state
    if kind == "bank_transfer":
        state = {"expires_at": t + TRANSFER_TTL_S * 1000}
        action = {"type": "instructions", "bank": "Example Bank", "account": "9012-3456-7890",
                  "holder": session["merchant"], "reference": pid[-8:].upper(),
                  "amount": {**session["amount"], "amount_minor": session["amount"]["amount_minor"] + method.get("fee", {}).get("amount_minor", 0)},
                  "expires_in_s": TRANSFER_TTL_S}
        return result(pid, "requires_action", action, poll_after_ms=10000), state
    if kind == "balance":
        total = session["amount"]["amount_minor"] + method.get("fee", {}).get("amount_minor", 0)
        credit = next((p["credit"]["amount_minor"] for p in method.get("packs", []) if p["id"] == body.get("top_up_pack")), 0)
        return done(pid, None if method["balance"]["amount_minor"] + credit >= total else "insufficient_funds")
    raise ValueError(kind)


def seconds_left(at_ms, t):
    return max(0, -(-(at_ms - t) // 1000))


def otp_result(pid, state, t, error=None):
    action = {"type": "otp", "length": len(OTP), "expires_in_s": seconds_left(state["expires_at"], t),
              "resend_in_s": seconds_left(state["resend_at"], t), "phone_hint": "•••• " + state["phone"][-4:]}
    return result(pid, "requires_action", action, error=(error, True) if error else None)


def counted(res, state, t):
    """§5.2: a waiting result with its countdowns counted to `t`."""
    action = res.get("next_action") or {}
    if "expires_in_s" in action and "expires_at" in state:
        action["expires_in_s"] = seconds_left(state["expires_at"], t)
    if "resend_in_s" in action and "resend_at" in state:
        action["resend_in_s"] = seconds_left(state["resend_at"], t)
    return res


def act(kind, pid, res, state, action):
    """§5.3, §5.4: the buyer's action on a waiting payment: (result, state), or None when
    the payment does not take it (409 `action_not_expected`)."""
    t, kind_of = now_ms(), action["type"]
    if kind_of == "cancel":
        return result(pid, "canceled", error=("canceled_by_buyer", False)), state
    if kind == "carrier_billing" and kind_of == "otp":
        if t > state["expires_at"]:
            return result(pid, "failed", error=("otp_expired", False)), state
        if action["code"] != OTP:
            state = {**state, "tries": state["tries"] + 1}
            if state["tries"] >= MAX_TRIES:
                return result(pid, "failed", error=("otp_invalid", False)), state
            return otp_result(pid, state, t, "otp_invalid"), state
        if state["phone"].endswith("0000"):
            return result(pid, "failed", error=("carrier_declined", False)), state
        return result(pid, "succeeded"), state
    if kind == "carrier_billing" and kind_of == "resend_otp":
        if t < state["resend_at"]:
            return otp_result(pid, state, t, "otp_resend_too_soon"), state
        state = {**state, "expires_at": t + OTP_TTL_S * 1000, "resend_at": t + OTP_RESEND_S * 1000, "tries": 0}
        return otp_result(pid, state, t), state
    # §1.9: the browser's word decides nothing; the recorded decision already moved the payment.
    if (kind, kind_of) in (("card", "three_ds"), ("wallet", "redirect_return")):
        return counted(res, state, t), state
    return None


HOOKS = {"scan": "qr", "transfer": "bank_transfer", "approve": "wallet", "decline": "wallet",
         "authenticate": "card", "fail": "card"}


def outside(kind, pid, event):
    """§7.3: an outside event on a waiting payment of `kind`: its new result, or None when
    the event does not apply."""
    if HOOKS.get(event) != kind:
        return None
    if event == "decline":
        return result(pid, "canceled", error=("canceled_by_buyer", False))
    if event == "fail":
        return result(pid, "failed", error=("authentication_failed", False))
    return result(pid, "succeeded")


def expired(kind, pid, state, t):
    """§5.3: a QR or transfer whose time ran out, else None."""
    if kind in ("qr", "bank_transfer") and t > state.get("expires_at", t):
        return result(pid, "failed", error=("expired", False))
    return None
