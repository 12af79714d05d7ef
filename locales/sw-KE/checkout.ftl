# Ujumbe wa kifaa cha malipo (Kiswahili).

loading = Inapakia malipo…
load-failed = Imeshindwa kupakia malipo haya.
try-again = Jaribu tena
total = Jumla
pay-button = Lipa { $amount }
paying = Inalipa { $amount }…
pay-with = Lipa kwa
other-ways = Njia nyingine za kulipa
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] Kadi
}
saved-card = { card-brand } inayoishia { $last4 }
status-succeeded = Malipo yamekamilika. Asante!
status-processing = Malipo yako yanashughulikiwa. Tutakujulisha yakikamilika.
decline-card_declined = Kadi yako imekataliwa. Hakuna pesa iliyotozwa. Jaribu njia nyingine ya kulipa.
decline-insufficient_funds = Salio la kadi halitoshi. Hakuna pesa iliyotozwa. Jaribu njia nyingine ya kulipa.
decline-expired_card = Muda wa kadi hii umeisha. Hakuna pesa iliyotozwa. Jaribu njia nyingine ya kulipa.
decline-other = Malipo hayakufanikiwa. Hakuna pesa iliyotozwa. Jaribu njia nyingine ya kulipa.
error-network = Imeshindwa kumfikia mfanyabiashara. Gusa Lipa ili ujaribu tena; hutatozwa mara mbili.
error-rejected = Mfanyabiashara hakuweza kupokea malipo haya. Hakuna pesa iliyotozwa.
decline-carrier_declined = Mtandao wako wa simu umekataa malipo haya. Hakuna pesa iliyotozwa. Jaribu njia nyingine ya kulipa.
decline-otp_invalid = Msimbo umekosewa mara nyingi mno. Hakuna pesa iliyotozwa. Jaribu njia nyingine ya kulipa.
decline-otp_expired = Muda wa msimbo umeisha. Hakuna pesa iliyotozwa. Jaribu tena au chagua njia nyingine ya kulipa.
decline-expired = Muda wa kulipa umeisha. Hakuna pesa iliyotozwa. Jaribu tena au chagua njia nyingine ya kulipa.
decline-authentication_failed = Benki yako haikuweza kuthibitisha kuwa ni wewe. Hakuna pesa iliyotozwa. Jaribu njia nyingine ya kulipa.
decline-canceled_by_buyer = Malipo yameghairiwa. Hakuna pesa iliyotozwa.
decline-velocity_limit = Majaribio mengi mno kwa muda mfupi. Hakuna pesa iliyotozwa. Tafadhali subiri dakika chache.
decline-spending_cap = Hii ingezidi kikomo cha mwezi cha malipo kwa salio la simu. Hakuna pesa iliyotozwa. Jaribu njia nyingine ya kulipa.
decline-processor_unavailable = Huduma ya malipo ina shughuli nyingi sasa. Hakuna pesa iliyotozwa. Jaribu tena baada ya muda mfupi.
decline-superseded = Malipo haya yamechukuliwa nafasi na malipo mapya zaidi. Hakuna pesa iliyotozwa.
error-in_progress = Malipo yako bado yanashughulikiwa. Subiri kidogo, kisha gusa Lipa ili kuangalia; hutatozwa mara mbili.
status-checking = Tunakagua malipo yako… Huenda ikachukua muda kidogo. Hutatozwa mara mbili.
decline-unusable = Njia hii ya kulipa haiwezi kufunguliwa hapa kwa usalama. Hakuna pesa iliyotozwa. Jaribu njia nyingine ya kulipa.
offline = Huna mtandao. Bado unaweza kugusa Lipa: malipo yatatumwa mtandao ukirudi.
status-queued = Huna mtandao. Malipo yatatumwa mtandao ukirudi; hutatozwa mara mbili.
items = { $first } na { $others ->
    [one] bidhaa 1 nyingine
   *[other] bidhaa { $others } nyingine
}
fee = Ada ya njia ya kulipa
method-card = Kadi ya benki au ya mkopo
method-carrier_billing = Salio la simu
method-qr = Changanua msimbo wa QR
method-bank_transfer = Uhamisho wa benki
method-balance = Salio ({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] Pochi ya kidijitali
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
card-details = Maelezo ya kadi
field-number = Nambari ya kadi
field-expiry = Tarehe ya kuisha
field-expiry-format = MM / YY
field-cvc = Msimbo wa usalama
field-card-required = Weka nambari ya kadi.
field-card-incomplete = Nambari ya kadi ni fupi mno.
field-card-invalid = Nambari ya kadi si sahihi. Angalia kama kuna kosa la kuandika.
field-card-brand = Mfanyabiashara huyu hapokei aina hii ya kadi.
field-expiry-required = Weka tarehe ya kuisha.
field-expiry-incomplete = Weka tarehe ya kuisha kama MM / YY.
field-expiry-invalid = Tarehe ya kuisha si sahihi.
field-expiry-past = Muda wa kadi hii umeisha.
field-cvc-required = Weka msimbo wa usalama.
field-cvc-invalid = Msimbo wa usalama una tarakimu 3 (4 kwa American Express).
field-carrier = Mtandao wa simu
field-carrier-required = Chagua mtandao wako wa simu.
field-phone = Nambari ya simu
field-phone-example = 0712 345 678
field-phone-required = Weka nambari yako ya simu.
field-phone-invalid = Nambari ya simu si sahihi.
field-phone-international = Weka nambari pamoja na msimbo wa nchi, kwa mfano +254 712 345 678.
otp-title = Weka msimbo
otp-sent = Tumetuma msimbo wa tarakimu { $digits } kwa SMS kwenda { $phone }.
otp-label = Msimbo wa uthibitisho
otp-expires-in = Msimbo utaisha baada ya { $time }.
otp-expired = Muda wa msimbo umeisha. Omba msimbo mpya.
otp-confirm = Thibitisha malipo
otp-resend = Tuma msimbo mpya
otp-resend-in = Tuma msimbo mpya baada ya { $time }
otp-error-otp_invalid = Msimbo huo si sahihi. Angalia SMS kisha ujaribu tena.
otp-error-otp_resend_too_soon = Subiri kidogo kabla ya kuomba msimbo mwingine.
otp-error-other = Imeshindwa kukagua msimbo. Jaribu tena.
qr-title = Changanua ili kulipa
qr-image = Msimbo wa QR wa malipo haya
qr-expires-in = Msimbo huu utaisha baada ya { $time }.
qr-expired = Muda wa msimbo huu umeisha.
waiting-payment = Inasubiri malipo yako…
transfer-title = Lipa kwa uhamisho wa benki
transfer-bank = Benki
transfer-account = Nambari ya akaunti
transfer-holder = Jina la akaunti
transfer-reference = Kumbukumbu
transfer-amount = Kiasi kamili
transfer-within = { $hours ->
    [one] Tuma uhamisho ndani ya saa 1.
   *[other] Tuma uhamisho ndani ya saa { $hours }.
}
waiting-transfer = Tutathibitisha mara pesa zitakapofika.
copy = Nakili
copy-named = Nakili { $name }
copied = { $name } imenakiliwa.
three-ds-title = Thibitisha na benki yako
three-ds-body = Benki yako inakuomba uthibitishe malipo haya.
three-ds-frame = Ukurasa wa uthibitisho wa benki yako
wallet-title = Endelea kwenye { $wallet }
wallet-waiting = Idhinisha malipo kwenye dirisha la { $wallet }.
wallet-open = Fungua { $wallet } tena
step-error = Hitilafu imetokea. Jaribu tena.
cancel-payment = Ghairi malipo
balance-is = Salio lako: { $balance }
balance-short = Salio lako halitoshi. Ongeza salio kwa:
pack = Salio la { $credit } kwa { $price }
method-fee = + ada ya { $fee }
