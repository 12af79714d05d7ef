# भुगतान विजेट के संदेश (हिन्दी)।

loading = भुगतान लोड हो रहा है…
load-failed = यह भुगतान लोड नहीं हो सका।
try-again = फिर से कोशिश करें
total = कुल
pay-button = { $amount } का भुगतान करें
paying = { $amount } का भुगतान हो रहा है…
pay-with = भुगतान का तरीका
other-ways = भुगतान के दूसरे तरीके
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] कार्ड
}
saved-card = { card-brand }, आख़िरी अंक { $last4 }
status-succeeded = भुगतान पूरा हुआ। धन्यवाद!
status-processing = आपका भुगतान प्रोसेस हो रहा है। पूरा होते ही हम बताएँगे।
decline-card_declined = आपका कार्ड अस्वीकार हो गया। कोई पैसा नहीं कटा। भुगतान का कोई दूसरा तरीका आज़माएँ।
decline-insufficient_funds = इस कार्ड में पर्याप्त राशि नहीं है। कोई पैसा नहीं कटा। भुगतान का कोई दूसरा तरीका आज़माएँ।
decline-expired_card = इस कार्ड की समय-सीमा ख़त्म हो चुकी है। कोई पैसा नहीं कटा। भुगतान का कोई दूसरा तरीका आज़माएँ।
decline-other = भुगतान नहीं हो पाया। कोई पैसा नहीं कटा। भुगतान का कोई दूसरा तरीका आज़माएँ।
error-network = व्यापारी से संपर्क नहीं हो सका। फिर से कोशिश करने के लिए भुगतान करें दबाएँ; आपसे दो बार पैसा नहीं कटेगा।
error-rejected = व्यापारी यह भुगतान स्वीकार नहीं कर सका। कोई पैसा नहीं कटा।
decline-carrier_declined = आपके मोबाइल ऑपरेटर ने यह शुल्क अस्वीकार कर दिया। कोई पैसा नहीं कटा। भुगतान का कोई दूसरा तरीका आज़माएँ।
decline-otp_invalid = कोड कई बार ग़लत डाला गया। कोई पैसा नहीं कटा। भुगतान का कोई दूसरा तरीका आज़माएँ।
decline-otp_expired = कोड की समय-सीमा ख़त्म हो गई। कोई पैसा नहीं कटा। फिर से कोशिश करें या दूसरा तरीका चुनें।
decline-expired = भुगतान का समय ख़त्म हो गया। कोई पैसा नहीं कटा। फिर से कोशिश करें या दूसरा तरीका चुनें।
decline-authentication_failed = आपका बैंक आपकी पहचान की पुष्टि नहीं कर सका। कोई पैसा नहीं कटा। भुगतान का कोई दूसरा तरीका आज़माएँ।
decline-canceled_by_buyer = भुगतान रद्द किया गया। कोई पैसा नहीं कटा।
decline-velocity_limit = कम समय में बहुत ज़्यादा कोशिशें हुईं। कोई पैसा नहीं कटा। कृपया कुछ मिनट रुकें।
decline-spending_cap = इससे मोबाइल बिल से भुगतान की मासिक सीमा पार हो जाएगी। कोई पैसा नहीं कटा। भुगतान का कोई दूसरा तरीका आज़माएँ।
decline-processor_unavailable = भुगतान सेवा अभी व्यस्त है। कोई पैसा नहीं कटा। थोड़ी देर में फिर कोशिश करें।
decline-superseded = इस भुगतान की जगह एक नया भुगतान हो गया है। कोई पैसा नहीं कटा।
error-in_progress = आपका भुगतान अभी प्रोसेस हो रहा है। थोड़ा रुककर जाँचने के लिए भुगतान करें दबाएँ; आपसे दो बार पैसा नहीं कटेगा।
status-checking = आपके भुगतान की जाँच हो रही है… इसमें थोड़ा समय लग सकता है। आपसे दो बार पैसा नहीं कटेगा।
decline-unusable = भुगतान का यह तरीका यहाँ सुरक्षित रूप से नहीं खुल सकता। कोई पैसा नहीं कटा। भुगतान का कोई दूसरा तरीका आज़माएँ।
offline = आप ऑफ़लाइन हैं। आप फिर भी भुगतान करें दबा सकते हैं: ऑनलाइन होते ही भुगतान भेज दिया जाएगा।
status-queued = आप ऑफ़लाइन हैं। ऑनलाइन होते ही भुगतान भेज दिया जाएगा; आपसे दो बार पैसा नहीं कटेगा।
items = { $first } और { $others } अन्य आइटम
fee = भुगतान तरीके का शुल्क
method-card = क्रेडिट या डेबिट कार्ड
method-carrier_billing = मोबाइल बिल
method-qr = QR कोड स्कैन करें
method-bank_transfer = बैंक ट्रांसफ़र
method-balance = बैलेंस ({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] वॉलेट
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
card-details = कार्ड की जानकारी
field-number = कार्ड नंबर
field-expiry = समाप्ति तिथि
field-expiry-format = MM / YY
field-cvc = सुरक्षा कोड
field-card-required = कार्ड नंबर डालें।
field-card-incomplete = यह कार्ड नंबर बहुत छोटा है।
field-card-invalid = यह कार्ड नंबर मान्य नहीं है। टाइपिंग की ग़लती जाँचें।
field-card-brand = यह व्यापारी इस कार्ड ब्रांड को स्वीकार नहीं करता।
field-expiry-required = समाप्ति तिथि डालें।
field-expiry-incomplete = समाप्ति तिथि MM / YY के रूप में डालें।
field-expiry-invalid = यह समाप्ति तिथि मान्य नहीं है।
field-expiry-past = इस कार्ड की समय-सीमा ख़त्म हो चुकी है।
field-cvc-required = सुरक्षा कोड डालें।
field-cvc-invalid = सुरक्षा कोड 3 अंकों का होता है (American Express में 4)।
field-carrier = मोबाइल ऑपरेटर
field-carrier-required = अपना मोबाइल ऑपरेटर चुनें।
field-phone = फ़ोन नंबर
field-phone-example = 98765 43210
field-phone-required = अपना फ़ोन नंबर डालें।
field-phone-invalid = यह फ़ोन नंबर मान्य नहीं है।
field-phone-international = नंबर देश के कोड के साथ डालें, जैसे +91 98765 43210।
otp-title = कोड डालें
otp-sent = हमने { $phone } पर SMS से { $digits } अंकों का कोड भेजा है।
otp-label = सत्यापन कोड
otp-expires-in = कोड { $time } में समाप्त होगा।
otp-expired = कोड की समय-सीमा ख़त्म हो गई। नया कोड मँगवाएँ।
otp-confirm = भुगतान की पुष्टि करें
otp-resend = नया कोड भेजें
otp-resend-in = { $time } बाद नया कोड भेजें
otp-error-otp_invalid = यह कोड सही नहीं है। SMS देखकर फिर से कोशिश करें।
otp-error-otp_resend_too_soon = दूसरा कोड माँगने से पहले थोड़ा रुकें।
otp-error-other = हम कोड की जाँच नहीं कर सके। फिर से कोशिश करें।
qr-title = भुगतान के लिए स्कैन करें
qr-image = इस भुगतान का QR कोड
qr-expires-in = यह कोड { $time } में समाप्त होगा।
qr-expired = इस कोड की समय-सीमा ख़त्म हो गई।
waiting-payment = आपके भुगतान का इंतज़ार है…
transfer-title = बैंक ट्रांसफ़र से भुगतान करें
transfer-bank = बैंक
transfer-account = खाता संख्या
transfer-holder = खाताधारक
transfer-reference = संदर्भ
transfer-amount = सटीक राशि
transfer-within = { $hours } घंटे के भीतर ट्रांसफ़र करें।
waiting-transfer = पैसा पहुँचते ही हम पुष्टि कर देंगे।
copy = कॉपी करें
copy-named = { $name } कॉपी करें
copied = { $name } कॉपी हो गया।
three-ds-title = अपने बैंक से पुष्टि करें
three-ds-body = आपका बैंक इस भुगतान की पुष्टि करने को कह रहा है।
three-ds-frame = आपके बैंक का सत्यापन पेज
wallet-title = { $wallet } में जारी रखें
wallet-waiting = { $wallet } विंडो में भुगतान स्वीकृत करें।
wallet-open = { $wallet } फिर से खोलें
step-error = कुछ ग़लत हो गया। फिर से कोशिश करें।
cancel-payment = भुगतान रद्द करें
balance-is = आपका बैलेंस: { $balance }
balance-short = बैलेंस कम है। इससे टॉप-अप करें:
pack = { $price } में { $credit } का क्रेडिट
method-fee = + { $fee } शुल्क
