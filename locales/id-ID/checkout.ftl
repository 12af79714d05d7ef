# Pesan widget pembayaran (Bahasa Indonesia).

loading = Memuat pembayaran…
load-failed = Pembayaran ini tidak dapat dimuat.
try-again = Coba lagi
total = Total
pay-button = Bayar { $amount }
paying = Membayar { $amount }…
pay-with = Bayar dengan
other-ways = Cara bayar lainnya
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] Kartu
}
saved-card = { card-brand } berakhiran { $last4 }
status-succeeded = Pembayaran selesai. Terima kasih!
status-processing = Pembayaran Anda sedang diproses. Kami akan memberi tahu jika sudah selesai.
decline-card_declined = Kartu Anda ditolak. Tidak ada dana yang ditarik. Coba cara bayar lain.
decline-insufficient_funds = Saldo kartu tidak cukup. Tidak ada dana yang ditarik. Coba cara bayar lain.
decline-expired_card = Kartu ini sudah kedaluwarsa. Tidak ada dana yang ditarik. Coba cara bayar lain.
decline-other = Pembayaran tidak berhasil. Tidak ada dana yang ditarik. Coba cara bayar lain.
error-network = Tidak dapat terhubung ke penjual. Ketuk Bayar untuk mencoba lagi; Anda tidak akan ditagih dua kali.
error-rejected = Penjual tidak dapat menerima pembayaran ini. Tidak ada dana yang ditarik.
decline-carrier_declined = Operator Anda menolak tagihan ini. Tidak ada dana yang ditarik. Coba cara bayar lain.
decline-otp_invalid = Kode salah dimasukkan terlalu sering. Tidak ada dana yang ditarik. Coba cara bayar lain.
decline-otp_expired = Kode sudah kedaluwarsa. Tidak ada dana yang ditarik. Coba lagi atau pilih cara bayar lain.
decline-expired = Waktu pembayaran habis. Tidak ada dana yang ditarik. Coba lagi atau pilih cara bayar lain.
decline-authentication_failed = Bank Anda tidak dapat memverifikasi identitas Anda. Tidak ada dana yang ditarik. Coba cara bayar lain.
decline-canceled_by_buyer = Pembayaran dibatalkan. Tidak ada dana yang ditarik.
decline-velocity_limit = Terlalu banyak percobaan dalam waktu singkat. Tidak ada dana yang ditarik. Tunggu beberapa menit.
decline-spending_cap = Ini akan melampaui batas bulanan pembayaran lewat pulsa. Tidak ada dana yang ditarik. Coba cara bayar lain.
decline-processor_unavailable = Layanan pembayaran sedang sibuk. Tidak ada dana yang ditarik. Coba lagi sebentar lagi.
decline-superseded = Pembayaran ini digantikan oleh pembayaran yang lebih baru. Tidak ada dana yang ditarik.
error-in_progress = Pembayaran Anda masih diproses. Tunggu sebentar, lalu ketuk Bayar untuk memeriksa; Anda tidak akan ditagih dua kali.
status-checking = Sedang memeriksa pembayaran Anda… Mungkin perlu waktu sebentar. Anda tidak akan ditagih dua kali.
decline-unusable = Cara bayar ini tidak dapat dibuka dengan aman di sini. Tidak ada dana yang ditarik. Coba cara bayar lain.
offline = Anda sedang offline. Anda tetap dapat mengetuk Bayar: pembayaran dikirim saat Anda kembali online.
status-queued = Anda sedang offline. Pembayaran akan dikirim saat Anda kembali online; Anda tidak akan ditagih dua kali.
items = { $first } dan { $others } item lainnya
fee = Biaya metode pembayaran
method-card = Kartu kredit atau debit
method-carrier_billing = Potong pulsa
method-qr = Pindai kode QR
method-bank_transfer = Transfer bank
method-balance = Saldo ({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] Dompet digital
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
card-details = Detail kartu
field-number = Nomor kartu
field-expiry = Tanggal kedaluwarsa
field-expiry-format = BB / TT
field-cvc = Kode keamanan
field-card-required = Masukkan nomor kartu.
field-card-incomplete = Nomor kartu terlalu pendek.
field-card-invalid = Nomor kartu tidak valid. Periksa apakah ada salah ketik.
field-card-brand = Penjual ini tidak menerima jenis kartu ini.
field-expiry-required = Masukkan tanggal kedaluwarsa.
field-expiry-incomplete = Masukkan tanggal kedaluwarsa dengan format BB / TT.
field-expiry-invalid = Tanggal kedaluwarsa tidak valid.
field-expiry-past = Kartu ini sudah kedaluwarsa.
field-cvc-required = Masukkan kode keamanan.
field-cvc-invalid = Kode keamanan terdiri dari 3 digit (4 untuk American Express).
field-carrier = Operator seluler
field-carrier-required = Pilih operator seluler Anda.
field-phone = Nomor ponsel
field-phone-example = 0812-3456-7890
field-phone-required = Masukkan nomor ponsel Anda.
field-phone-invalid = Nomor ponsel tidak valid.
field-phone-international = Masukkan nomor dengan kode negara, misalnya +62 812 3456 7890.
otp-title = Masukkan kode
otp-sent = Kami telah mengirim kode { $digits } digit lewat SMS ke { $phone }.
otp-label = Kode verifikasi
otp-expires-in = Kode kedaluwarsa dalam { $time }.
otp-expired = Kode sudah kedaluwarsa. Minta kode baru.
otp-confirm = Konfirmasi pembayaran
otp-resend = Kirim kode baru
otp-resend-in = Kirim kode baru dalam { $time }
otp-error-otp_invalid = Kode salah. Periksa SMS lalu coba lagi.
otp-error-otp_resend_too_soon = Tunggu sebentar sebelum meminta kode lain.
otp-error-other = Kode tidak dapat diperiksa. Coba lagi.
qr-title = Pindai untuk membayar
qr-image = Kode QR untuk pembayaran ini
qr-expires-in = Kode ini kedaluwarsa dalam { $time }.
qr-expired = Kode ini sudah kedaluwarsa.
waiting-payment = Menunggu pembayaran Anda…
transfer-title = Bayar dengan transfer bank
transfer-bank = Bank
transfer-account = Nomor rekening
transfer-holder = Nama pemilik rekening
transfer-reference = Berita transfer
transfer-amount = Jumlah persis
transfer-within = Kirim transfer dalam { $hours } jam.
waiting-transfer = Kami akan mengonfirmasi begitu dana masuk.
copy = Salin
copy-named = Salin { $name }
copied = { $name } disalin.
three-ds-title = Konfirmasi dengan bank Anda
three-ds-body = Bank Anda meminta konfirmasi untuk pembayaran ini.
three-ds-frame = Halaman verifikasi bank Anda
wallet-title = Lanjutkan di { $wallet }
wallet-waiting = Setujui pembayaran di jendela { $wallet }.
wallet-open = Buka { $wallet } lagi
step-error = Terjadi kesalahan. Coba lagi.
cancel-payment = Batalkan pembayaran
balance-is = Saldo Anda: { $balance }
balance-short = Saldo Anda kurang. Isi ulang dengan:
pack = Kredit { $credit } seharga { $price }
method-fee = + biaya { $fee }
