# Mga mensahe ng payment widget (Filipino).

loading = Nilo-load ang bayad…
load-failed = Hindi ma-load ang bayad na ito.
try-again = Subukan ulit
total = Kabuuan
pay-button = Magbayad ng { $amount }
paying = Nagbabayad ng { $amount }…
pay-with = Magbayad gamit ang
other-ways = Iba pang paraan ng pagbabayad
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] Card
}
saved-card = { card-brand } na nagtatapos sa { $last4 }
status-succeeded = Tapos na ang bayad. Salamat!
status-processing = Pinoproseso ang bayad mo. Sasabihan ka namin kapag tapos na.
decline-card_declined = Tinanggihan ang card mo. Walang nasingil. Sumubok ng ibang paraan ng pagbabayad.
decline-insufficient_funds = Kulang ang pondo sa card na ito. Walang nasingil. Sumubok ng ibang paraan ng pagbabayad.
decline-expired_card = Expired na ang card na ito. Walang nasingil. Sumubok ng ibang paraan ng pagbabayad.
decline-other = Hindi natuloy ang bayad. Walang nasingil. Sumubok ng ibang paraan ng pagbabayad.
error-network = Hindi makakonekta sa merchant. I-tap ang Magbayad para subukan ulit; hindi ka sisingilin nang dalawang beses.
error-rejected = Hindi matanggap ng merchant ang bayad na ito. Walang nasingil.
decline-carrier_declined = Tinanggihan ng network mo ang singil. Walang nasingil. Sumubok ng ibang paraan ng pagbabayad.
decline-otp_invalid = Masyadong maraming beses na mali ang code. Walang nasingil. Sumubok ng ibang paraan ng pagbabayad.
decline-otp_expired = Nag-expire na ang code. Walang nasingil. Subukan ulit o pumili ng ibang paraan ng pagbabayad.
decline-expired = Naubos na ang oras para magbayad. Walang nasingil. Subukan ulit o pumili ng ibang paraan ng pagbabayad.
decline-authentication_failed = Hindi ma-verify ng bangko mo kung ikaw ito. Walang nasingil. Sumubok ng ibang paraan ng pagbabayad.
decline-canceled_by_buyer = Kinansela ang bayad. Walang nasingil.
decline-velocity_limit = Masyadong maraming subok sa maikling oras. Walang nasingil. Maghintay ng ilang minuto.
decline-spending_cap = Lalampas ito sa buwanang limit ng bayad gamit ang load o postpaid. Walang nasingil. Sumubok ng ibang paraan ng pagbabayad.
decline-processor_unavailable = Abala ngayon ang payment service. Walang nasingil. Subukan ulit mamaya.
decline-superseded = Napalitan na ng mas bagong bayad ang bayad na ito. Walang nasingil.
error-in_progress = Pinoproseso pa ang bayad mo. Maghintay sandali, saka i-tap ang Magbayad para tingnan; hindi ka sisingilin nang dalawang beses.
status-checking = Tinitingnan ang bayad mo… Maaaring tumagal ito nang kaunti. Hindi ka sisingilin nang dalawang beses.
decline-unusable = Hindi ligtas na mabubuksan dito ang paraan ng pagbabayad na ito. Walang nasingil. Sumubok ng ibang paraan ng pagbabayad.
offline = Offline ka. Puwede mo pa ring i-tap ang Magbayad: ipapadala ito pagbalik mo online.
status-queued = Offline ka. Ipapadala ang bayad pagbalik mo online; hindi ka sisingilin nang dalawang beses.
items = { $first } at { $others ->
    [one] 1 pang item
   *[other] { $others } pang item
}
fee = Bayad sa paraan ng pagbabayad
method-card = Credit o debit card
method-carrier_billing = Load o postpaid bill
method-qr = Mag-scan ng QR code
method-bank_transfer = Bank transfer
method-balance = Balanse ({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] E-wallet
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
card-details = Detalye ng card
field-number = Numero ng card
field-expiry = Petsa ng expiration
field-expiry-format = MM / YY
field-cvc = Security code
field-card-required = Ilagay ang numero ng card.
field-card-incomplete = Masyadong maikli ang numero ng card.
field-card-invalid = Hindi valid ang numero ng card. Tingnan kung may mali sa pag-type.
field-card-brand = Hindi tumatanggap ang merchant na ito ng ganitong card.
field-expiry-required = Ilagay ang petsa ng expiration.
field-expiry-incomplete = Ilagay ang petsa ng expiration bilang MM / YY.
field-expiry-invalid = Hindi valid ang petsa ng expiration.
field-expiry-past = Expired na ang card na ito.
field-cvc-required = Ilagay ang security code.
field-cvc-invalid = 3 digit ang security code (4 sa American Express).
field-carrier = Mobile network
field-carrier-required = Piliin ang mobile network mo.
field-phone = Numero ng telepono
field-phone-example = 0917 123 4567
field-phone-required = Ilagay ang numero ng telepono mo.
field-phone-invalid = Hindi valid ang numero ng telepono.
field-phone-international = Ilagay ang numero kasama ang country code, halimbawa +63 917 123 4567.
otp-title = Ilagay ang code
otp-sent = Nagpadala kami ng { $digits }-digit na code sa pamamagitan ng SMS sa { $phone }.
otp-label = Verification code
otp-expires-in = Mag-e-expire ang code sa loob ng { $time }.
otp-expired = Nag-expire na ang code. Humingi ng bago.
otp-confirm = Kumpirmahin ang bayad
otp-resend = Magpadala ng bagong code
otp-resend-in = Magpadala ng bagong code sa loob ng { $time }
otp-error-otp_invalid = Mali ang code. Tingnan ang SMS at subukan ulit.
otp-error-otp_resend_too_soon = Maghintay muna bago humingi ng panibagong code.
otp-error-other = Hindi ma-check ang code. Subukan ulit.
qr-title = I-scan para magbayad
qr-image = QR code para sa bayad na ito
qr-expires-in = Mag-e-expire ang code na ito sa loob ng { $time }.
qr-expired = Nag-expire na ang code na ito.
waiting-payment = Hinihintay ang bayad mo…
transfer-title = Magbayad sa bank transfer
transfer-bank = Bangko
transfer-account = Account number
transfer-holder = Pangalan ng account
transfer-reference = Reference
transfer-amount = Eksaktong halaga
transfer-within = { $hours ->
    [one] Ipadala ang transfer sa loob ng 1 oras.
   *[other] Ipadala ang transfer sa loob ng { $hours } oras.
}
waiting-transfer = Kukumpirmahin namin pagdating ng pera.
copy = Kopyahin
copy-named = Kopyahin ang { $name }
copied = Nakopya ang { $name }.
three-ds-title = Kumpirmahin sa bangko mo
three-ds-body = Hinihiling ng bangko mo na kumpirmahin ang bayad na ito.
three-ds-frame = Verification page ng bangko mo
wallet-title = Magpatuloy sa { $wallet }
wallet-waiting = Aprubahan ang bayad sa window ng { $wallet }.
wallet-open = Buksan ulit ang { $wallet }
step-error = Nagkaproblema. Subukan ulit.
cancel-payment = Kanselahin ang bayad
balance-is = Balanse mo: { $balance }
balance-short = Kulang ang balanse mo. Mag-top up gamit ang:
pack = { $credit } na credit sa halagang { $price }
method-fee = + bayad na { $fee }
