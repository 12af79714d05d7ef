# הודעות רכיב התשלום (עברית).

loading = טוען את התשלום…
load-failed = לא הצלחנו לטעון את התשלום.
try-again = לנסות שוב
total = סה״כ
pay-button = לתשלום { $amount }
paying = משלמים { $amount }…
pay-with = תשלום באמצעות
other-ways = דרכי תשלום נוספות
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] כרטיס
}
saved-card = { card-brand } שמסתיים ב־{ $last4 }
status-succeeded = התשלום הושלם. תודה!
status-processing = התשלום בטיפול. נעדכן כשיסתיים.
decline-card_declined = הכרטיס נדחה. לא חויב דבר. אפשר לנסות דרך תשלום אחרת.
decline-insufficient_funds = אין מספיק יתרה בכרטיס. לא חויב דבר. אפשר לנסות דרך תשלום אחרת.
decline-expired_card = תוקף הכרטיס פג. לא חויב דבר. אפשר לנסות דרך תשלום אחרת.
decline-other = התשלום לא עבר. לא חויב דבר. אפשר לנסות דרך תשלום אחרת.
error-network = לא הצלחנו להתחבר לבית העסק. לוחצים על ״לתשלום״ כדי לנסות שוב, ולא תחויבו פעמיים.
error-rejected = בית העסק לא יכול היה לקבל את התשלום. לא חויב דבר.
decline-carrier_declined = חברת הסלולר דחתה את החיוב. לא חויב דבר. אפשר לנסות דרך תשלום אחרת.
decline-otp_invalid = הקוד הוזן באופן שגוי פעמים רבות מדי. לא חויב דבר. אפשר לנסות דרך תשלום אחרת.
decline-otp_expired = תוקף הקוד פג. לא חויב דבר. אפשר לנסות שוב או לבחור דרך תשלום אחרת.
decline-expired = הזמן לתשלום נגמר. לא חויב דבר. אפשר לנסות שוב או לבחור דרך תשלום אחרת.
decline-authentication_failed = הבנק לא הצליח לאמת את זהותך. לא חויב דבר. אפשר לנסות דרך תשלום אחרת.
decline-canceled_by_buyer = התשלום בוטל. לא חויב דבר.
decline-velocity_limit = יותר מדי ניסיונות בזמן קצר. לא חויב דבר. כדאי לחכות כמה דקות.
decline-spending_cap = החיוב יחרוג מהמגבלה החודשית לתשלום בחשבון הסלולר. לא חויב דבר. אפשר לנסות דרך תשלום אחרת.
decline-processor_unavailable = שירות התשלומים עמוס כרגע. לא חויב דבר. כדאי לנסות שוב בעוד רגע.
decline-superseded = תשלום חדש יותר החליף את התשלום הזה. לא חויב דבר.
error-in_progress = התשלום עדיין בטיפול. כדאי לחכות רגע ואז ללחוץ על ״לתשלום״ כדי לבדוק, ולא תחויבו פעמיים.
status-checking = בודקים את התשלום… זה עשוי לקחת רגע, ולא תחויבו פעמיים.
decline-unusable = אי אפשר לפתוח כאן את דרך התשלום הזו בבטחה. לא חויב דבר. אפשר לנסות דרך תשלום אחרת.
offline = אין חיבור לאינטרנט. אפשר ללחוץ על ״לתשלום״, והתשלום יישלח כשהחיבור יחזור.
status-queued = אין חיבור לאינטרנט. התשלום יישלח כשהחיבור יחזור, ולא תחויבו פעמיים.
items = { $first } ועוד { $others ->
    [one] פריט אחד
    [two] שני פריטים
   *[other] { $others } פריטים
}
fee = עמלת אמצעי התשלום
method-card = כרטיס אשראי או חיוב
method-carrier_billing = חיוב בחשבון הסלולר
method-qr = סריקת קוד QR
method-bank_transfer = העברה בנקאית
method-balance = יתרה ({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] ארנק דיגיטלי
}
carrier-name = { $carrier ->
    [skt] SK Telecom
    [kt] KT
    [lgu] LG U+
    [docomo] docomo
    [au] au
    [softbank] SoftBank
   *[other] { $carrier }
}
card-details = פרטי הכרטיס
field-number = מספר כרטיס
field-expiry = תוקף
field-expiry-format = MM / YY
field-cvc = קוד אבטחה
field-card-required = יש להזין מספר כרטיס.
field-card-incomplete = מספר הכרטיס קצר מדי.
field-card-invalid = מספר הכרטיס לא תקין. כדאי לבדוק שאין שגיאת הקלדה.
field-card-brand = בית העסק לא מקבל כרטיסים מהסוג הזה.
field-expiry-required = יש להזין תוקף.
field-expiry-incomplete = יש להזין תוקף בפורמט MM / YY.
field-expiry-invalid = התוקף לא תקין.
field-expiry-past = תוקף הכרטיס פג.
field-cvc-required = יש להזין קוד אבטחה.
field-cvc-invalid = קוד האבטחה הוא 3 ספרות (4 ב־American Express).
field-carrier = חברת סלולר
field-carrier-required = יש לבחור חברת סלולר.
field-phone = מספר טלפון
field-phone-example = 050-123-4567
field-phone-required = יש להזין מספר טלפון.
field-phone-invalid = מספר הטלפון לא תקין.
field-phone-international = יש להזין את המספר עם קידומת המדינה, למשל ‎+972 50 123 4567.
otp-title = הזנת הקוד
otp-sent = שלחנו קוד בן { $digits } ספרות במסרון אל { $phone }.
otp-label = קוד אימות
otp-expires-in = תוקף הקוד יפוג בעוד { $time }.
otp-expired = תוקף הקוד פג. אפשר לבקש קוד חדש.
otp-confirm = אישור התשלום
otp-resend = שליחת קוד חדש
otp-resend-in = שליחת קוד חדש בעוד { $time }
otp-error-otp_invalid = הקוד שגוי. כדאי לבדוק את המסרון ולנסות שוב.
otp-error-otp_resend_too_soon = כדאי לחכות מעט לפני שמבקשים קוד נוסף.
otp-error-other = לא הצלחנו לבדוק את הקוד. אפשר לנסות שוב.
qr-title = סורקים ומשלמים
qr-image = קוד QR לתשלום הזה
qr-expires-in = תוקף הקוד יפוג בעוד { $time }.
qr-expired = תוקף הקוד פג.
waiting-payment = ממתינים לתשלום…
transfer-title = תשלום בהעברה בנקאית
transfer-bank = בנק
transfer-account = מספר חשבון
transfer-holder = שם בעל החשבון
transfer-reference = אסמכתה
transfer-amount = הסכום המדויק
transfer-within = { $hours ->
    [one] יש לבצע את ההעברה תוך שעה.
    [two] יש לבצע את ההעברה תוך שעתיים.
   *[other] יש לבצע את ההעברה תוך { $hours } שעות.
}
waiting-transfer = נאשר ברגע שהכסף יגיע.
copy = העתקה
copy-named = העתקת { $name }
copied = { $name } הועתק.
three-ds-title = אישור מול הבנק
three-ds-body = הבנק מבקש לאשר את התשלום הזה.
three-ds-frame = דף האימות של הבנק
wallet-title = ממשיכים ב־{ $wallet }
wallet-waiting = יש לאשר את התשלום בחלון של { $wallet }.
wallet-open = פתיחה מחדש של { $wallet }
step-error = משהו השתבש. אפשר לנסות שוב.
cancel-payment = ביטול התשלום
balance-is = היתרה שלך: { $balance }
balance-short = אין מספיק יתרה. אפשר לטעון עם:
pack = { $credit } בתמורה ל־{ $price }
method-fee = עמלה של { $fee }
