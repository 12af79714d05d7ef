"""The contract's rules for what a request may hold (docs/contract.md §1.2, §1.4, §4, §5.1,
§7.2, §11), written from the document alone: money, sessions and methods, confirm inputs,
cards and the idempotency key. Each check raises `Refused` with the contract's code, HTTP
status and `field`.
"""

import re
import time

MAX_AMOUNT = 10**12
MAX_ITEMS = 16
MAX_TEXT = 120

# §11: ISO 4217 List One of 2026-01-01, by exponent (every other listed code has 2).
_EXPONENTS = {
    0: "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF",
    3: "BHD IQD JOD KWD LYD OMR TND",
    4: "CLF UYW",
    2: "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BMD BND BOB BOV BRL BSD BTN BWP BYN BZD "
    "CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP "
    "GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK "
    "LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO "
    "NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS "
    "SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST "
    "XCD XCG YER ZAR ZMW ZWG",
}
CURRENCIES = {code: e for e, codes in _EXPONENTS.items() for code in codes.split()}

KINDS = {"card", "saved_card", "carrier_billing", "wallet", "qr", "bank_transfer", "balance"}
# §4: the members each kind requires (absent ones make the body unreadable: invalid_json).
REQUIRED = {
    "saved_card": ("brand", "last4"),
    "carrier_billing": ("carriers",),
    "wallet": ("wallet", "flow"),
    "qr": ("scheme",),
    "balance": ("balance",),
}
_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_KEY = re.compile(r"^[!-~]{1,255}$")
_PHONE = re.compile(r"^\+[1-9][0-9]{7,14}$")


class Refused(Exception):
    """A request the contract refuses: an `ApiError` with its HTTP status."""

    def __init__(self, status, code, field=None):
        super().__init__(code)
        self.status, self.code, self.field = status, code, field


def shape(ok):
    """§1.4: the body cannot be read as the message."""
    if not ok:
        raise Refused(400, "invalid_json")


def invalid(field):
    raise Refused(400, "invalid_request", field)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def message(body, members):
    """A JSON object with `members` ({name: type}) of the right JSON types, and version 1."""
    shape(isinstance(body, dict))
    for name, kind in members.items():
        shape(name in body and (is_int(body[name]) if kind is int else isinstance(body[name], kind)))
    return body


def version(body):
    """§1.1: present (else invalid_json) and 1 (else unsupported_version)."""
    shape(isinstance(body, dict) and is_int(body.get("version")))
    if body["version"] != 1:
        raise Refused(400, "unsupported_version")


def idempotency_key(key):
    """§1.7: 1 to 255 visible ASCII characters."""
    if key is None:
        raise Refused(400, "missing_idempotency_key")
    if not _KEY.match(key):
        invalid("Idempotency-Key")


def money(value, field, currency, low=1):
    """§1.2: an amount in `currency`, with its exponent, `low` to 10^12 minor units."""
    shape(isinstance(value, dict))
    for name, kind in (("amount_minor", int), ("currency", str), ("exponent", int)):
        shape(name in value and (is_int(value[name]) if kind is int else isinstance(value[name], kind)))
    if value["currency"] not in CURRENCIES or value["currency"] != currency:
        invalid(f"{field}.currency")
    if value["exponent"] != CURRENCIES[value["currency"]]:
        invalid(f"{field}.exponent")
    if not low <= value["amount_minor"] <= MAX_AMOUNT:
        invalid(f"{field}.amount_minor")


def text(value, field):
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT:
        invalid(field)
    if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in value):
        invalid(field)


def ident(value, field):
    shape(isinstance(value, str))
    if not _ID.match(value):
        invalid(field)


def session_request(body):
    """§1.2, §2, §4: a `CreateSessionRequest`; answers the total."""
    message(body, {"merchant": str, "lines": list, "methods": list, "default_method": str})
    text(body["merchant"], "merchant")
    if not 1 <= len(body["lines"]) <= MAX_ITEMS:
        invalid("lines")
    first = body["lines"][0]
    shape(isinstance(first, dict) and isinstance(first.get("amount"), dict))
    currency = first["amount"].get("currency")
    shape(isinstance(currency, str))
    total = 0
    for line in body["lines"]:
        message(line, {"label": str, "quantity": int, "amount": dict})
        text(line["label"], "lines[].label")
        if not 1 <= line["quantity"] <= 10_000:
            invalid("lines[].quantity")
        money(line["amount"], "lines[].amount", currency)
        total += line["amount"]["amount_minor"]
    if total > MAX_AMOUNT:
        invalid("lines")
    if not 1 <= len(body["methods"]) <= MAX_ITEMS:
        invalid("methods")
    seen = set()
    for m in body["methods"]:
        method(m, currency)
        if m["id"] in seen:
            invalid("methods[].id")
        seen.add(m["id"])
    if body["default_method"] not in seen:
        invalid("default_method")
    return {"amount_minor": total, "currency": currency, "exponent": CURRENCIES[currency]}


def method(m, currency):
    message(m, {"id": str, "kind": str})
    shape(m["kind"] in KINDS and all(k in m for k in REQUIRED.get(m["kind"], ())))
    ident(m["id"], "methods[].id")
    if "label" in m:
        text(m["label"], "methods[].label")
    if "fee" in m:
        money(m["fee"], "methods[].fee", currency)
    for bound in ("min_amount_minor", "max_amount_minor"):
        shape(bound not in m or is_int(m[bound]))
    if m.get("min_amount_minor", 0) > m.get("max_amount_minor", MAX_AMOUNT):
        invalid("methods[].min_amount_minor")
    kind = m["kind"]
    if kind == "saved_card":
        ident(m["brand"], "methods[].brand")
        if not re.match(r"^[0-9]{4}$", str(m["last4"])):
            invalid("methods[].last4")
    if kind == "card":
        shape(isinstance(m.get("brands", []), list))
        for b in m.get("brands", []):
            ident(b, "methods[].brands[]")
    if kind == "carrier_billing":
        shape(isinstance(m["carriers"], list))
        if not 1 <= len(m["carriers"]) <= MAX_ITEMS:
            invalid("methods[].carriers")
        for c in m["carriers"]:
            ident(c, "methods[].carriers[]")
    if kind == "wallet":
        shape(m["flow"] in ("redirect", "popup"))
    if kind == "balance":
        money(m["balance"], "methods[].balance", currency, low=0)
        packs = m.get("packs", [])
        shape(isinstance(packs, list))
        if len(packs) > MAX_ITEMS:
            invalid("methods[].packs")
        ids = set()
        for p in packs:
            message(p, {"id": str, "credit": dict, "price": dict})
            ident(p["id"], "methods[].packs[].id")
            if p["id"] in ids:
                invalid("methods[].packs[].id")
            ids.add(p["id"])
            money(p["credit"], "methods[].packs[].credit", currency)
            money(p["price"], "methods[].packs[].price", currency)


def total_with(session, m):
    """§1.3: the session's total plus the method's fee."""
    return session["amount"]["amount_minor"] + m.get("fee", {}).get("amount_minor", 0)


def charge(session, m, pack_id):
    """§1.3: what the Pay button shows and is charged: a chosen pack's price, else the total."""
    for p in m.get("packs", []):
        if p["id"] == pack_id:
            return p["price"]["amount_minor"]
    return total_with(session, m)


def confirm_inputs(m, body):
    """§5.1: the inputs the method's kind needs."""
    kind = m["kind"]
    if kind == "card" and not isinstance(body.get("token"), str):
        invalid("token")
    if kind == "carrier_billing":
        if body.get("carrier") not in m["carriers"]:
            invalid("carrier")
        if not isinstance(body.get("phone"), str) or not _PHONE.match(body["phone"]):
            invalid("phone")
    if kind == "wallet" and m["flow"] == "redirect":
        url = body.get("return_url")
        if not isinstance(url, str) or not url.startswith(("https://", "http://")) or len(url) > 2000:
            invalid("return_url")
    if kind == "balance" and "top_up_pack" in body:
        if body["top_up_pack"] not in [p["id"] for p in m.get("packs", [])]:
            invalid("top_up_pack")


def brand(number):
    """§4: the brand a card number's leading digits show, or None."""
    def prefix(n):
        head = number[:n]
        return int(head) if len(head) == n and head.isascii() and head.isdigit() else -1
    if prefix(1) == 4:
        return "visa"
    if prefix(2) in (34, 37):
        return "amex"
    if 51 <= prefix(2) <= 55 or 2221 <= prefix(4) <= 2720:
        return "mastercard"
    if 3528 <= prefix(4) <= 3589:
        return "jcb"
    if prefix(4) == 6011 or prefix(2) == 65:
        return "discover"
    if prefix(2) == 62:
        return "unionpay"
    return None


def luhn(number):
    total = 0
    for i, digit in enumerate(reversed(number)):
        d = int(digit) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def card(body):
    """§7.2: a `TokenizeRequest`, checked field by field; answers (brand, last4)."""
    version(body)
    message(body, {"number": str, "exp_month": int, "exp_year": int, "cvc": str})
    number, found = body["number"], brand(body["number"])
    lengths = (15,) if found == "amex" else range(16, 20)
    if not number.isascii() or not number.isdigit() or len(number) not in lengths or not luhn(number):
        invalid("number")
    now = time.gmtime()
    month, year = body["exp_month"], body["exp_year"]
    if not 1 <= month <= 12:
        invalid("exp_month")
    if year < now.tm_year or year > now.tm_year + 20:
        invalid("exp_year")
    if year == now.tm_year and month < now.tm_mon:
        invalid("exp_month")
    cvc = body["cvc"]
    if not cvc.isascii() or not cvc.isdigit() or len(cvc) != (4 if found == "amex" else 3):
        invalid("cvc")
    return (found or "unknown"), number[-4:]
