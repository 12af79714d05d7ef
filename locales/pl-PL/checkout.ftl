# Komunikaty widżetu płatności (polski).

loading = Wczytywanie płatności…
load-failed = Nie udało się wczytać tej płatności.
try-again = Spróbuj ponownie
total = Razem
pay-button = Zapłać { $amount }
paying = Płacenie { $amount }…
pay-with = Zapłać przez
other-ways = Inne metody płatności
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] Karta
}
saved-card = { card-brand } z końcówką { $last4 }
status-succeeded = Płatność zakończona. Dziękujemy!
status-processing = Przetwarzamy Twoją płatność. Damy znać, gdy się zakończy.
decline-card_declined = Karta została odrzucona. Nic nie zostało pobrane. Wybierz inną metodę płatności.
decline-insufficient_funds = Brak wystarczających środków na karcie. Nic nie zostało pobrane. Wybierz inną metodę płatności.
decline-expired_card = Ta karta straciła ważność. Nic nie zostało pobrane. Wybierz inną metodę płatności.
decline-other = Płatność nie powiodła się. Nic nie zostało pobrane. Wybierz inną metodę płatności.
error-network = Nie udało się połączyć ze sklepem. Naciśnij Zapłać, aby spróbować ponownie — nie zapłacisz dwa razy.
error-rejected = Sklep nie mógł przyjąć tej płatności. Nic nie zostało pobrane.
decline-carrier_declined = Operator odrzucił tę płatność. Nic nie zostało pobrane. Wybierz inną metodę płatności.
decline-otp_invalid = Kod został zbyt wiele razy wpisany błędnie. Nic nie zostało pobrane. Wybierz inną metodę płatności.
decline-otp_expired = Kod wygasł. Nic nie zostało pobrane. Spróbuj ponownie lub wybierz inną metodę płatności.
decline-expired = Czas na zapłatę minął. Nic nie zostało pobrane. Spróbuj ponownie lub wybierz inną metodę płatności.
decline-authentication_failed = Bank nie potwierdził Twojej tożsamości. Nic nie zostało pobrane. Wybierz inną metodę płatności.
decline-canceled_by_buyer = Płatność anulowana. Nic nie zostało pobrane.
decline-velocity_limit = Zbyt wiele prób w krótkim czasie. Nic nie zostało pobrane. Odczekaj kilka minut.
decline-spending_cap = Przekroczyłoby to miesięczny limit płatności z rachunku telefonicznego. Nic nie zostało pobrane. Wybierz inną metodę płatności.
decline-processor_unavailable = Serwis płatności jest przeciążony. Nic nie zostało pobrane. Spróbuj za chwilę.
decline-superseded = Tę płatność zastąpiła nowsza. Nic nie zostało pobrane.
error-in_progress = Płatność jest nadal przetwarzana. Odczekaj chwilę i naciśnij Zapłać, aby sprawdzić — nie zapłacisz dwa razy.
status-checking = Sprawdzamy płatność… To może chwilę potrwać. Nie zapłacisz dwa razy.
decline-unusable = Tej metody płatności nie da się tu bezpiecznie otworzyć. Nic nie zostało pobrane. Wybierz inną metodę płatności.
offline = Jesteś offline. Możesz mimo to nacisnąć Zapłać — płatność zostanie wysłana, gdy wrócisz do sieci.
status-queued = Jesteś offline. Płatność zostanie wysłana, gdy wrócisz do sieci — nie zapłacisz dwa razy.
items = { $first } i { $others ->
    [one] 1 inny produkt
    [few] { $others } inne produkty
    [many] { $others } innych produktów
   *[other] { $others } innego produktu
}
fee = Opłata za metodę płatności
method-card = Karta kredytowa lub debetowa
method-carrier_billing = Rachunek telefoniczny
method-qr = Zeskanuj kod QR
method-bank_transfer = Przelew bankowy
method-balance = Saldo ({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] Portfel
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
card-details = Dane karty
field-number = Numer karty
field-expiry = Data ważności
field-expiry-format = MM / RR
field-cvc = Kod CVC
field-card-required = Wpisz numer karty.
field-card-incomplete = Numer karty jest za krótki.
field-card-invalid = Ten numer karty jest nieprawidłowy. Sprawdź, czy nie ma literówki.
field-card-brand = Ten sklep nie przyjmuje kart tego wydawcy.
field-expiry-required = Wpisz datę ważności.
field-expiry-incomplete = Wpisz datę ważności jako MM / RR.
field-expiry-invalid = Ta data ważności jest nieprawidłowa.
field-expiry-past = Ta karta straciła ważność.
field-cvc-required = Wpisz kod CVC.
field-cvc-invalid = Kod CVC ma 3 cyfry (4 na kartach American Express).
field-carrier = Operator komórkowy
field-carrier-required = Wybierz operatora.
field-phone = Numer telefonu
field-phone-example = 512 345 678
field-phone-required = Wpisz numer telefonu.
field-phone-invalid = Ten numer telefonu jest nieprawidłowy.
field-phone-international = Wpisz numer z kierunkowym kraju, np. +48 512 345 678.
otp-title = Wpisz kod
otp-sent = Wysłaliśmy SMS-em { $digits }-cyfrowy kod na numer { $phone }.
otp-label = Kod weryfikacyjny
otp-expires-in = Kod wygaśnie za { $time }.
otp-expired = Kod wygasł. Poproś o nowy.
otp-confirm = Potwierdź płatność
otp-resend = Wyślij nowy kod
otp-resend-in = Wyślij nowy kod za { $time }
otp-error-otp_invalid = Ten kod jest nieprawidłowy. Sprawdź SMS i spróbuj ponownie.
otp-error-otp_resend_too_soon = Odczekaj chwilę, zanim poprosisz o kolejny kod.
otp-error-other = Nie udało się sprawdzić kodu. Spróbuj ponownie.
qr-title = Zeskanuj, aby zapłacić
qr-image = Kod QR tej płatności
qr-expires-in = Ten kod wygaśnie za { $time }.
qr-expired = Ten kod wygasł.
waiting-payment = Czekamy na Twoją płatność…
transfer-title = Zapłać przelewem bankowym
transfer-bank = Bank
transfer-account = Numer rachunku
transfer-holder = Odbiorca
transfer-reference = Tytuł przelewu
transfer-amount = Dokładna kwota
transfer-within = { $hours ->
    [one] Wyślij przelew w ciągu 1 godziny.
    [few] Wyślij przelew w ciągu { $hours } godziny.
    [many] Wyślij przelew w ciągu { $hours } godzin.
   *[other] Wyślij przelew w ciągu { $hours } godziny.
}
waiting-transfer = Potwierdzimy, gdy tylko pieniądze dotrą.
copy = Kopiuj
copy-named = Kopiuj: { $name }
copied = Skopiowano: { $name }.
three-ds-title = Potwierdź w swoim banku
three-ds-body = Twój bank prosi o potwierdzenie tej płatności.
three-ds-frame = Strona weryfikacji Twojego banku
wallet-title = Kontynuuj w { $wallet }
wallet-waiting = Zatwierdź płatność w oknie { $wallet }.
wallet-open = Otwórz ponownie { $wallet }
step-error = Coś poszło nie tak. Spróbuj ponownie.
cancel-payment = Anuluj płatność
balance-is = Twoje saldo: { $balance }
balance-short = Saldo nie wystarcza. Doładuj pakietem:
pack = { $credit } kredytu za { $price }
method-fee = + { $fee } opłaty
