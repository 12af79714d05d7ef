# Meldungen des Checkout-Widgets (Deutsch).

loading = Bezahlung wird geladen …
load-failed = Diese Bezahlung konnte nicht geladen werden.
try-again = Erneut versuchen
total = Gesamt
pay-button = { $amount } bezahlen
paying = { $amount } wird bezahlt …
pay-with = Bezahlen mit
other-ways = Andere Zahlungsarten
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] Karte
}
saved-card = { card-brand } mit Endziffern { $last4 }
status-succeeded = Zahlung abgeschlossen. Vielen Dank!
status-processing = Ihre Zahlung wird bearbeitet. Wir melden uns, sobald sie abgeschlossen ist.
decline-card_declined = Ihre Karte wurde abgelehnt. Es wurde nichts belastet. Versuchen Sie eine andere Zahlungsart.
decline-insufficient_funds = Die Karte ist nicht ausreichend gedeckt. Es wurde nichts belastet. Versuchen Sie eine andere Zahlungsart.
decline-expired_card = Diese Karte ist abgelaufen. Es wurde nichts belastet. Versuchen Sie eine andere Zahlungsart.
decline-other = Die Zahlung ist nicht durchgegangen. Es wurde nichts belastet. Versuchen Sie eine andere Zahlungsart.
error-network = Der Händler ist nicht erreichbar. Tippen Sie erneut auf Bezahlen – Sie werden nicht doppelt belastet.
error-rejected = Der Händler konnte diese Zahlung nicht annehmen. Es wurde nichts belastet.
decline-carrier_declined = Ihr Mobilfunkanbieter hat die Zahlung abgelehnt. Es wurde nichts belastet. Versuchen Sie eine andere Zahlungsart.
decline-otp_invalid = Der Code wurde zu oft falsch eingegeben. Es wurde nichts belastet. Versuchen Sie eine andere Zahlungsart.
decline-otp_expired = Der Code ist abgelaufen. Es wurde nichts belastet. Versuchen Sie es erneut oder wählen Sie eine andere Zahlungsart.
decline-expired = Die Zeit zum Bezahlen ist abgelaufen. Es wurde nichts belastet. Versuchen Sie es erneut oder wählen Sie eine andere Zahlungsart.
decline-authentication_failed = Ihre Bank konnte Ihre Identität nicht bestätigen. Es wurde nichts belastet. Versuchen Sie eine andere Zahlungsart.
decline-canceled_by_buyer = Zahlung abgebrochen. Es wurde nichts belastet.
decline-velocity_limit = Zu viele Versuche in kurzer Zeit. Es wurde nichts belastet. Bitte warten Sie einige Minuten.
decline-spending_cap = Damit würde das monatliche Limit für Zahlungen per Handyrechnung überschritten. Es wurde nichts belastet. Versuchen Sie eine andere Zahlungsart.
decline-processor_unavailable = Der Zahlungsdienst ist gerade ausgelastet. Es wurde nichts belastet. Versuchen Sie es gleich noch einmal.
decline-superseded = Diese Zahlung wurde durch eine neuere ersetzt. Es wurde nichts belastet.
error-in_progress = Ihre Zahlung wird noch bearbeitet. Warten Sie kurz und tippen Sie dann auf Bezahlen – Sie werden nicht doppelt belastet.
status-checking = Ihre Zahlung wird geprüft … Das kann einen Moment dauern. Sie werden nicht doppelt belastet.
decline-unusable = Diese Zahlungsart lässt sich hier nicht sicher öffnen. Es wurde nichts belastet. Versuchen Sie eine andere Zahlungsart.
offline = Sie sind offline. Sie können trotzdem auf Bezahlen tippen – die Zahlung wird gesendet, sobald Sie wieder online sind.
status-queued = Sie sind offline. Die Zahlung wird gesendet, sobald Sie wieder online sind – Sie werden nicht doppelt belastet.
items = { $first } und { $others ->
    [one] 1 weiterer Artikel
   *[other] { $others } weitere Artikel
}
fee = Gebühr der Zahlungsart
method-card = Kredit- oder Debitkarte
method-carrier_billing = Handyrechnung
method-qr = QR-Code scannen
method-bank_transfer = Banküberweisung
method-balance = Guthaben ({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] Wallet
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
card-details = Kartendaten
field-number = Kartennummer
field-expiry = Ablaufdatum
field-expiry-format = MM / JJ
field-cvc = Prüfnummer
field-card-required = Geben Sie die Kartennummer ein.
field-card-incomplete = Die Kartennummer ist zu kurz.
field-card-invalid = Diese Kartennummer ist ungültig. Bitte auf Tippfehler prüfen.
field-card-brand = Dieser Händler akzeptiert diese Kartenmarke nicht.
field-expiry-required = Geben Sie das Ablaufdatum ein.
field-expiry-incomplete = Geben Sie das Ablaufdatum als MM / JJ ein.
field-expiry-invalid = Dieses Ablaufdatum ist ungültig.
field-expiry-past = Diese Karte ist abgelaufen.
field-cvc-required = Geben Sie die Prüfnummer ein.
field-cvc-invalid = Die Prüfnummer hat 3 Ziffern (4 bei American Express).
field-carrier = Mobilfunkanbieter
field-carrier-required = Wählen Sie Ihren Mobilfunkanbieter.
field-phone = Handynummer
field-phone-example = 0151 23456789
field-phone-required = Geben Sie Ihre Handynummer ein.
field-phone-invalid = Diese Handynummer ist ungültig.
field-phone-international = Geben Sie die Nummer mit Ländervorwahl ein, z. B. +49 151 23456789.
otp-title = Code eingeben
otp-sent = Wir haben einen { $digits }-stelligen Code per SMS an { $phone } gesendet.
otp-label = Bestätigungscode
otp-expires-in = Der Code läuft in { $time } ab.
otp-expired = Der Code ist abgelaufen. Fordern Sie einen neuen an.
otp-confirm = Zahlung bestätigen
otp-resend = Neuen Code senden
otp-resend-in = Neuen Code senden in { $time }
otp-error-otp_invalid = Dieser Code stimmt nicht. Prüfen Sie die SMS und versuchen Sie es erneut.
otp-error-otp_resend_too_soon = Bitte warten Sie kurz, bevor Sie einen neuen Code anfordern.
otp-error-other = Der Code konnte nicht geprüft werden. Versuchen Sie es erneut.
qr-title = Zum Bezahlen scannen
qr-image = QR-Code für diese Zahlung
qr-expires-in = Dieser Code läuft in { $time } ab.
qr-expired = Dieser Code ist abgelaufen.
waiting-payment = Warten auf Ihre Zahlung …
transfer-title = Per Banküberweisung bezahlen
transfer-bank = Bank
transfer-account = Kontonummer
transfer-holder = Kontoinhaber
transfer-reference = Verwendungszweck
transfer-amount = Genauer Betrag
transfer-within = { $hours ->
    [one] Bitte überweisen Sie innerhalb von 1 Stunde.
   *[other] Bitte überweisen Sie innerhalb von { $hours } Stunden.
}
waiting-transfer = Wir bestätigen, sobald das Geld eingegangen ist.
copy = Kopieren
copy-named = { $name } kopieren
copied = { $name } kopiert.
three-ds-title = Bei Ihrer Bank bestätigen
three-ds-body = Ihre Bank bittet Sie, diese Zahlung zu bestätigen.
three-ds-frame = Bestätigungsseite Ihrer Bank
wallet-title = Weiter in { $wallet }
wallet-waiting = Bestätigen Sie die Zahlung im { $wallet }-Fenster.
wallet-open = { $wallet } erneut öffnen
step-error = Etwas ist schiefgelaufen. Versuchen Sie es erneut.
cancel-payment = Zahlung abbrechen
balance-is = Ihr Guthaben: { $balance }
balance-short = Ihr Guthaben reicht nicht. Aufladen mit:
pack = { $credit } Guthaben für { $price }
method-fee = + { $fee } Gebühr
