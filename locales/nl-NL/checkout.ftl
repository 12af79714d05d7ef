# Teksten van de betaalwidget (Nederlands).

loading = Betaling laden…
load-failed = Deze betaling kon niet worden geladen.
try-again = Opnieuw proberen
total = Totaal
pay-button = { $amount } betalen
paying = { $amount } wordt betaald…
pay-with = Betalen met
other-ways = Andere betaalmethoden
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] Kaart
}
saved-card = { card-brand } eindigend op { $last4 }
status-succeeded = Betaling gelukt. Bedankt!
status-processing = Je betaling wordt verwerkt. We laten het je weten zodra die klaar is.
decline-card_declined = Je kaart is geweigerd. Er is niets afgeschreven. Probeer een andere betaalmethode.
decline-insufficient_funds = Er staat niet genoeg saldo op deze kaart. Er is niets afgeschreven. Probeer een andere betaalmethode.
decline-expired_card = Deze kaart is verlopen. Er is niets afgeschreven. Probeer een andere betaalmethode.
decline-other = De betaling is niet gelukt. Er is niets afgeschreven. Probeer een andere betaalmethode.
error-network = We konden de winkel niet bereiken. Tik op Betalen om het opnieuw te proberen; je betaalt niet dubbel.
error-rejected = De winkel kon deze betaling niet accepteren. Er is niets afgeschreven.
decline-carrier_declined = Je provider heeft de betaling geweigerd. Er is niets afgeschreven. Probeer een andere betaalmethode.
decline-otp_invalid = De code is te vaak verkeerd ingevoerd. Er is niets afgeschreven. Probeer een andere betaalmethode.
decline-otp_expired = De code is verlopen. Er is niets afgeschreven. Probeer het opnieuw of kies een andere betaalmethode.
decline-expired = De tijd om te betalen is verstreken. Er is niets afgeschreven. Probeer het opnieuw of kies een andere betaalmethode.
decline-authentication_failed = Je bank kon je identiteit niet bevestigen. Er is niets afgeschreven. Probeer een andere betaalmethode.
decline-canceled_by_buyer = Betaling geannuleerd. Er is niets afgeschreven.
decline-velocity_limit = Te veel pogingen in korte tijd. Er is niets afgeschreven. Wacht een paar minuten.
decline-spending_cap = Hiermee ga je over de maandlimiet voor betalen via je telefoonrekening. Er is niets afgeschreven. Probeer een andere betaalmethode.
decline-processor_unavailable = De betaaldienst is even overbelast. Er is niets afgeschreven. Probeer het zo opnieuw.
decline-superseded = Deze betaling is vervangen door een nieuwere. Er is niets afgeschreven.
error-in_progress = Je betaling wordt nog verwerkt. Wacht even en tik dan op Betalen om te controleren; je betaalt niet dubbel.
status-checking = We controleren je betaling… Dit kan even duren. Je betaalt niet dubbel.
decline-unusable = Deze betaalmethode kan hier niet veilig worden geopend. Er is niets afgeschreven. Probeer een andere betaalmethode.
offline = Je bent offline. Je kunt toch op Betalen tikken: de betaling gaat door zodra je weer online bent.
status-queued = Je bent offline. De betaling wordt verstuurd zodra je weer online bent; je betaalt niet dubbel.
items = { $first } en { $others ->
    [one] nog 1 artikel
   *[other] nog { $others } artikelen
}
fee = Kosten van de betaalmethode
method-card = Creditcard of betaalpas
method-carrier_billing = Telefoonrekening
method-qr = QR-code scannen
method-bank_transfer = Bankoverschrijving
method-balance = Tegoed ({ $balance })
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
card-details = Kaartgegevens
field-number = Kaartnummer
field-expiry = Vervaldatum
field-expiry-format = MM / JJ
field-cvc = Beveiligingscode
field-card-required = Vul je kaartnummer in.
field-card-incomplete = Dit kaartnummer is te kort.
field-card-invalid = Dit kaartnummer is ongeldig. Controleer het op typfouten.
field-card-brand = Deze winkel accepteert dit kaartmerk niet.
field-expiry-required = Vul de vervaldatum in.
field-expiry-incomplete = Vul de vervaldatum in als MM / JJ.
field-expiry-invalid = Deze vervaldatum is ongeldig.
field-expiry-past = Deze kaart is verlopen.
field-cvc-required = Vul de beveiligingscode in.
field-cvc-invalid = De beveiligingscode heeft 3 cijfers (4 bij American Express).
field-carrier = Provider
field-carrier-required = Kies je provider.
field-phone = Mobiel nummer
field-phone-example = 06 12345678
field-phone-required = Vul je mobiele nummer in.
field-phone-invalid = Dit mobiele nummer is ongeldig.
field-phone-international = Vul het nummer in met landcode, bijvoorbeeld +31 6 12345678.
otp-title = Vul de code in
otp-sent = We hebben een code van { $digits } cijfers per sms gestuurd naar { $phone }.
otp-label = Verificatiecode
otp-expires-in = De code verloopt over { $time }.
otp-expired = De code is verlopen. Vraag een nieuwe aan.
otp-confirm = Betaling bevestigen
otp-resend = Nieuwe code sturen
otp-resend-in = Nieuwe code sturen over { $time }
otp-error-otp_invalid = Die code klopt niet. Controleer de sms en probeer het opnieuw.
otp-error-otp_resend_too_soon = Wacht even voordat je een nieuwe code aanvraagt.
otp-error-other = We konden de code niet controleren. Probeer het opnieuw.
qr-title = Scan om te betalen
qr-image = QR-code voor deze betaling
qr-expires-in = Deze code verloopt over { $time }.
qr-expired = Deze code is verlopen.
waiting-payment = Wachten op je betaling…
transfer-title = Betalen per bankoverschrijving
transfer-bank = Bank
transfer-account = Rekeningnummer
transfer-holder = Rekeninghouder
transfer-reference = Betalingskenmerk
transfer-amount = Exact bedrag
transfer-within = { $hours ->
    [one] Maak het bedrag binnen 1 uur over.
   *[other] Maak het bedrag binnen { $hours } uur over.
}
waiting-transfer = We bevestigen zodra het geld binnen is.
copy = Kopiëren
copy-named = { $name } kopiëren
copied = { $name } gekopieerd.
three-ds-title = Bevestig bij je bank
three-ds-body = Je bank vraagt je deze betaling te bevestigen.
three-ds-frame = Verificatiepagina van je bank
wallet-title = Ga verder in { $wallet }
wallet-waiting = Keur de betaling goed in het { $wallet }-venster.
wallet-open = { $wallet } opnieuw openen
step-error = Er ging iets mis. Probeer het opnieuw.
cancel-payment = Betaling annuleren
balance-is = Je tegoed: { $balance }
balance-short = Je tegoed is niet genoeg. Waardeer op met:
pack = { $credit } tegoed voor { $price }
method-fee = + { $fee } kosten
