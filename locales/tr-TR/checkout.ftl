# Ödeme bileşeni metinleri (Türkçe).

loading = Ödeme yükleniyor…
load-failed = Bu ödeme yüklenemedi.
try-again = Tekrar dene
total = Toplam
pay-button = { $amount } öde
paying = { $amount } ödeniyor…
pay-with = Ödeme yöntemi
other-ways = Diğer ödeme yöntemleri
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] Kart
}
saved-card = Son dört hanesi { $last4 } olan { card-brand }
status-succeeded = Ödeme tamamlandı. Teşekkürler!
status-processing = Ödemeniz işleniyor. Tamamlandığında haber vereceğiz.
decline-card_declined = Kartınız reddedildi. Hiçbir ücret alınmadı. Başka bir ödeme yöntemi deneyin.
decline-insufficient_funds = Kartta yeterli bakiye yok. Hiçbir ücret alınmadı. Başka bir ödeme yöntemi deneyin.
decline-expired_card = Bu kartın süresi dolmuş. Hiçbir ücret alınmadı. Başka bir ödeme yöntemi deneyin.
decline-other = Ödeme gerçekleşmedi. Hiçbir ücret alınmadı. Başka bir ödeme yöntemi deneyin.
error-network = Satıcıya ulaşılamadı. Tekrar denemek için Öde'ye dokunun; iki kez ücret alınmaz.
error-rejected = Satıcı bu ödemeyi kabul edemedi. Hiçbir ücret alınmadı.
decline-carrier_declined = Operatörünüz bu ödemeyi reddetti. Hiçbir ücret alınmadı. Başka bir ödeme yöntemi deneyin.
decline-otp_invalid = Kod çok kez yanlış girildi. Hiçbir ücret alınmadı. Başka bir ödeme yöntemi deneyin.
decline-otp_expired = Kodun süresi doldu. Hiçbir ücret alınmadı. Tekrar deneyin veya başka bir ödeme yöntemi seçin.
decline-expired = Ödeme süresi doldu. Hiçbir ücret alınmadı. Tekrar deneyin veya başka bir ödeme yöntemi seçin.
decline-authentication_failed = Bankanız kimliğinizi doğrulayamadı. Hiçbir ücret alınmadı. Başka bir ödeme yöntemi deneyin.
decline-canceled_by_buyer = Ödeme iptal edildi. Hiçbir ücret alınmadı.
decline-velocity_limit = Kısa sürede çok fazla deneme yapıldı. Hiçbir ücret alınmadı. Lütfen birkaç dakika bekleyin.
decline-spending_cap = Bu, mobil ödeme aylık limitini aşar. Hiçbir ücret alınmadı. Başka bir ödeme yöntemi deneyin.
decline-processor_unavailable = Ödeme hizmeti şu anda yoğun. Hiçbir ücret alınmadı. Biraz sonra tekrar deneyin.
decline-superseded = Bu ödemenin yerini daha yeni bir ödeme aldı. Hiçbir ücret alınmadı.
error-in_progress = Ödemeniz hâlâ işleniyor. Biraz bekleyip kontrol etmek için Öde'ye dokunun; iki kez ücret alınmaz.
status-checking = Ödemeniz kontrol ediliyor… Bu biraz sürebilir. İki kez ücret alınmaz.
decline-unusable = Bu ödeme yöntemi burada güvenli şekilde açılamıyor. Hiçbir ücret alınmadı. Başka bir ödeme yöntemi deneyin.
offline = Çevrimdışısınız. Yine de Öde'ye dokunabilirsiniz: ödeme yeniden çevrimiçi olduğunuzda gönderilir.
status-queued = Çevrimdışısınız. Ödeme yeniden çevrimiçi olduğunuzda gönderilecek; iki kez ücret alınmaz.
items = { $first } ve { $others } ürün daha
fee = Ödeme yöntemi ücreti
method-card = Kredi veya banka kartı
method-carrier_billing = Mobil ödeme
method-qr = QR kod okut
method-bank_transfer = Banka havalesi
method-balance = Bakiye ({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] Cüzdan
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
card-details = Kart bilgileri
field-number = Kart numarası
field-expiry = Son kullanma tarihi
field-expiry-format = AA / YY
field-cvc = Güvenlik kodu
field-card-required = Kart numaranızı girin.
field-card-incomplete = Kart numarası çok kısa.
field-card-invalid = Bu kart numarası geçersiz. Yazım hatası olup olmadığını kontrol edin.
field-card-brand = Bu satıcı bu kart markasını kabul etmiyor.
field-expiry-required = Son kullanma tarihini girin.
field-expiry-incomplete = Son kullanma tarihini AA / YY biçiminde girin.
field-expiry-invalid = Bu son kullanma tarihi geçersiz.
field-expiry-past = Bu kartın süresi dolmuş.
field-cvc-required = Güvenlik kodunu girin.
field-cvc-invalid = Güvenlik kodu 3 hanelidir (American Express'te 4).
field-carrier = Mobil operatör
field-carrier-required = Operatörünüzü seçin.
field-phone = Telefon numarası
field-phone-example = 0532 123 45 67
field-phone-required = Telefon numaranızı girin.
field-phone-invalid = Bu telefon numarası geçersiz.
field-phone-international = Numarayı ülke koduyla girin, örneğin +90 532 123 45 67.
otp-title = Kodu girin
otp-sent = { $phone } numarasına SMS ile { $digits } haneli bir kod gönderdik.
otp-label = Doğrulama kodu
otp-expires-in = Kodun süresi { $time } sonra doluyor.
otp-expired = Kodun süresi doldu. Yeni bir kod isteyin.
otp-confirm = Ödemeyi onayla
otp-resend = Yeni kod gönder
otp-resend-in = { $time } sonra yeni kod gönderilebilir
otp-error-otp_invalid = Bu kod doğru değil. SMS'i kontrol edip tekrar deneyin.
otp-error-otp_resend_too_soon = Yeni bir kod istemeden önce biraz bekleyin.
otp-error-other = Kod doğrulanamadı. Tekrar deneyin.
qr-title = Ödemek için okutun
qr-image = Bu ödemenin QR kodu
qr-expires-in = Bu kodun süresi { $time } sonra doluyor.
qr-expired = Bu kodun süresi doldu.
waiting-payment = Ödemeniz bekleniyor…
transfer-title = Banka havalesiyle öde
transfer-bank = Banka
transfer-account = Hesap numarası
transfer-holder = Hesap sahibi
transfer-reference = Açıklama
transfer-amount = Tam tutar
transfer-within = Havaleyi { $hours } saat içinde gönderin.
waiting-transfer = Para ulaştığı anda onaylayacağız.
copy = Kopyala
copy-named = { $name } kopyala
copied = { $name } kopyalandı.
three-ds-title = Bankanızla onaylayın
three-ds-body = Bankanız bu ödemeyi onaylamanızı istiyor.
three-ds-frame = Bankanızın doğrulama sayfası
wallet-title = { $wallet } ile devam edin
wallet-waiting = Ödemeyi { $wallet } penceresinde onaylayın.
wallet-open = { $wallet } penceresini yeniden aç
step-error = Bir sorun oluştu. Tekrar deneyin.
cancel-payment = Ödemeyi iptal et
balance-is = Bakiyeniz: { $balance }
balance-short = Bakiyeniz yetersiz. Şununla yükleyin:
pack = { $price } karşılığında { $credit } bakiye
method-fee = + { $fee } ücret
