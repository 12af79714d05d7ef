# Mesej widget pembayaran (Bahasa Melayu).

loading = Memuatkan pembayaran…
load-failed = Pembayaran ini tidak dapat dimuatkan.
try-again = Cuba lagi
total = Jumlah
pay-button = Bayar { $amount }
paying = Membayar { $amount }…
pay-with = Bayar dengan
other-ways = Cara bayar lain
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] Kad
}
saved-card = { card-brand } berakhir dengan { $last4 }
status-succeeded = Pembayaran selesai. Terima kasih!
status-processing = Pembayaran anda sedang diproses. Kami akan maklumkan apabila selesai.
decline-card_declined = Kad anda ditolak. Tiada caj dikenakan. Cuba cara bayar lain.
decline-insufficient_funds = Baki kad tidak mencukupi. Tiada caj dikenakan. Cuba cara bayar lain.
decline-expired_card = Kad ini telah tamat tempoh. Tiada caj dikenakan. Cuba cara bayar lain.
decline-other = Pembayaran tidak berjaya. Tiada caj dikenakan. Cuba cara bayar lain.
error-network = Tidak dapat menghubungi peniaga. Ketik Bayar untuk cuba lagi; anda tidak akan dicaj dua kali.
error-rejected = Peniaga tidak dapat menerima pembayaran ini. Tiada caj dikenakan.
decline-carrier_declined = Penyedia talian anda menolak caj ini. Tiada caj dikenakan. Cuba cara bayar lain.
decline-otp_invalid = Kod dimasukkan salah terlalu banyak kali. Tiada caj dikenakan. Cuba cara bayar lain.
decline-otp_expired = Kod telah tamat tempoh. Tiada caj dikenakan. Cuba lagi atau pilih cara bayar lain.
decline-expired = Masa untuk membayar telah tamat. Tiada caj dikenakan. Cuba lagi atau pilih cara bayar lain.
decline-authentication_failed = Bank anda tidak dapat mengesahkan identiti anda. Tiada caj dikenakan. Cuba cara bayar lain.
decline-canceled_by_buyer = Pembayaran dibatalkan. Tiada caj dikenakan.
decline-velocity_limit = Terlalu banyak cubaan dalam masa singkat. Tiada caj dikenakan. Sila tunggu beberapa minit.
decline-spending_cap = Ini akan melebihi had bulanan pembayaran melalui bil telefon. Tiada caj dikenakan. Cuba cara bayar lain.
decline-processor_unavailable = Perkhidmatan pembayaran sedang sibuk. Tiada caj dikenakan. Cuba lagi sebentar nanti.
decline-superseded = Pembayaran ini telah diganti dengan yang lebih baharu. Tiada caj dikenakan.
error-in_progress = Pembayaran anda masih diproses. Tunggu sebentar, kemudian ketik Bayar untuk menyemak; anda tidak akan dicaj dua kali.
status-checking = Menyemak pembayaran anda… Ini mungkin mengambil sedikit masa. Anda tidak akan dicaj dua kali.
decline-unusable = Cara bayar ini tidak dapat dibuka dengan selamat di sini. Tiada caj dikenakan. Cuba cara bayar lain.
offline = Anda di luar talian. Anda masih boleh ketik Bayar: pembayaran dihantar apabila anda kembali dalam talian.
status-queued = Anda di luar talian. Pembayaran akan dihantar apabila anda kembali dalam talian; anda tidak akan dicaj dua kali.
items = { $first } dan { $others } item lagi
fee = Yuran kaedah pembayaran
method-card = Kad kredit atau debit
method-carrier_billing = Bil telefon
method-qr = Imbas kod QR
method-bank_transfer = Pindahan bank
method-balance = Baki ({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] E-dompet
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
card-details = Butiran kad
field-number = Nombor kad
field-expiry = Tarikh tamat tempoh
field-expiry-format = BB / TT
field-cvc = Kod keselamatan
field-card-required = Masukkan nombor kad.
field-card-incomplete = Nombor kad terlalu pendek.
field-card-invalid = Nombor kad tidak sah. Semak kesilapan taip.
field-card-brand = Peniaga ini tidak menerima jenama kad ini.
field-expiry-required = Masukkan tarikh tamat tempoh.
field-expiry-incomplete = Masukkan tarikh tamat tempoh sebagai BB / TT.
field-expiry-invalid = Tarikh tamat tempoh tidak sah.
field-expiry-past = Kad ini telah tamat tempoh.
field-cvc-required = Masukkan kod keselamatan.
field-cvc-invalid = Kod keselamatan ialah 3 digit (4 untuk American Express).
field-carrier = Penyedia talian
field-carrier-required = Pilih penyedia talian anda.
field-phone = Nombor telefon
field-phone-example = 012-345 6789
field-phone-required = Masukkan nombor telefon anda.
field-phone-invalid = Nombor telefon tidak sah.
field-phone-international = Masukkan nombor dengan kod negara, contohnya +60 12-345 6789.
otp-title = Masukkan kod
otp-sent = Kami telah menghantar kod { $digits } digit melalui SMS ke { $phone }.
otp-label = Kod pengesahan
otp-expires-in = Kod tamat tempoh dalam { $time }.
otp-expired = Kod telah tamat tempoh. Minta kod baharu.
otp-confirm = Sahkan pembayaran
otp-resend = Hantar kod baharu
otp-resend-in = Hantar kod baharu dalam { $time }
otp-error-otp_invalid = Kod itu salah. Semak SMS dan cuba lagi.
otp-error-otp_resend_too_soon = Tunggu sebentar sebelum meminta kod lain.
otp-error-other = Kod tidak dapat disemak. Cuba lagi.
qr-title = Imbas untuk membayar
qr-image = Kod QR untuk pembayaran ini
qr-expires-in = Kod ini tamat tempoh dalam { $time }.
qr-expired = Kod ini telah tamat tempoh.
waiting-payment = Menunggu pembayaran anda…
transfer-title = Bayar melalui pindahan bank
transfer-bank = Bank
transfer-account = Nombor akaun
transfer-holder = Pemegang akaun
transfer-reference = Rujukan
transfer-amount = Jumlah tepat
transfer-within = Buat pindahan dalam masa { $hours } jam.
waiting-transfer = Kami akan mengesahkan sebaik sahaja wang diterima.
copy = Salin
copy-named = Salin { $name }
copied = { $name } disalin.
three-ds-title = Sahkan dengan bank anda
three-ds-body = Bank anda meminta anda mengesahkan pembayaran ini.
three-ds-frame = Halaman pengesahan bank anda
wallet-title = Teruskan dalam { $wallet }
wallet-waiting = Luluskan pembayaran dalam tetingkap { $wallet }.
wallet-open = Buka { $wallet } semula
step-error = Ada yang tidak kena. Cuba lagi.
cancel-payment = Batalkan pembayaran
balance-is = Baki anda: { $balance }
balance-short = Baki anda tidak mencukupi. Tambah nilai dengan:
pack = Kredit { $credit } pada harga { $price }
method-fee = + yuran { $fee }
