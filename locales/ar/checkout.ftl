# رسائل أداة الدفع (العربية).

loading = جارٍ تحميل الدفع…
load-failed = تعذّر تحميل عملية الدفع هذه.
try-again = إعادة المحاولة
total = الإجمالي
pay-button = ادفع { $amount }
paying = جارٍ دفع { $amount }…
pay-with = الدفع باستخدام
other-ways = طرق دفع أخرى
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] بطاقة
}
saved-card = { card-brand } المنتهية بـ { $last4 }
status-succeeded = تمّ الدفع. شكرًا لك!
status-processing = جارٍ معالجة الدفع. سنُعلمك عند اكتماله.
decline-card_declined = رُفضت بطاقتك. لم يُخصم أي مبلغ. جرّب طريقة دفع أخرى.
decline-insufficient_funds = الرصيد في هذه البطاقة غير كافٍ. لم يُخصم أي مبلغ. جرّب طريقة دفع أخرى.
decline-expired_card = انتهت صلاحية هذه البطاقة. لم يُخصم أي مبلغ. جرّب طريقة دفع أخرى.
decline-other = لم تكتمل عملية الدفع. لم يُخصم أي مبلغ. جرّب طريقة دفع أخرى.
error-network = تعذّر الاتصال بالتاجر. اضغط «ادفع» للمحاولة مجددًا، ولن يُخصم المبلغ مرتين.
error-rejected = لم يتمكن التاجر من قبول هذا الدفع. لم يُخصم أي مبلغ.
decline-carrier_declined = رفضت شركة الاتصالات هذه العملية. لم يُخصم أي مبلغ. جرّب طريقة دفع أخرى.
decline-otp_invalid = أُدخل الرمز خطأً مرات كثيرة. لم يُخصم أي مبلغ. جرّب طريقة دفع أخرى.
decline-otp_expired = انتهت صلاحية الرمز. لم يُخصم أي مبلغ. حاول مجددًا أو اختر طريقة دفع أخرى.
decline-expired = انتهت مهلة الدفع. لم يُخصم أي مبلغ. حاول مجددًا أو اختر طريقة دفع أخرى.
decline-authentication_failed = تعذّر على مصرفك التحقق من هويتك. لم يُخصم أي مبلغ. جرّب طريقة دفع أخرى.
decline-canceled_by_buyer = أُلغيت عملية الدفع. لم يُخصم أي مبلغ.
decline-velocity_limit = محاولات كثيرة خلال وقت قصير. لم يُخصم أي مبلغ. يُرجى الانتظار بضع دقائق.
decline-spending_cap = سيتجاوز هذا الحدّ الشهري للدفع عبر فاتورة الهاتف. لم يُخصم أي مبلغ. جرّب طريقة دفع أخرى.
decline-processor_unavailable = خدمة الدفع مشغولة الآن. لم يُخصم أي مبلغ. حاول مجددًا بعد قليل.
decline-superseded = حلّت عملية دفع أحدث محل هذه العملية. لم يُخصم أي مبلغ.
error-in_progress = لا تزال عملية الدفع قيد المعالجة. انتظر قليلًا ثم اضغط «ادفع» للتحقق، ولن يُخصم المبلغ مرتين.
status-checking = جارٍ التحقق من الدفع… قد يستغرق ذلك لحظة، ولن يُخصم المبلغ مرتين.
decline-unusable = لا يمكن فتح طريقة الدفع هذه هنا بأمان. لم يُخصم أي مبلغ. جرّب طريقة دفع أخرى.
offline = أنت غير متصل بالإنترنت. يمكنك الضغط على «ادفع» وسيُرسل الدفع عند عودة الاتصال.
status-queued = أنت غير متصل بالإنترنت. سيُرسل الدفع عند عودة الاتصال، ولن يُخصم المبلغ مرتين.
items = { $first } و{ $others ->
    [zero] لا عناصر أخرى
    [one] عنصر آخر
    [two] عنصران آخران
    [few] { $others } عناصر أخرى
    [many] { $others } عنصرًا آخر
   *[other] { $others } عنصر آخر
}
fee = رسوم طريقة الدفع
method-card = بطاقة ائتمان أو خصم
method-carrier_billing = فاتورة الهاتف
method-qr = مسح رمز QR
method-bank_transfer = تحويل مصرفي
method-balance = الرصيد ({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] المحفظة
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
card-details = بيانات البطاقة
field-number = رقم البطاقة
field-expiry = تاريخ الانتهاء
field-expiry-format = MM / YY
field-cvc = رمز الأمان
field-card-required = أدخل رقم البطاقة.
field-card-incomplete = رقم البطاقة قصير جدًا.
field-card-invalid = رقم البطاقة غير صالح. تحقّق من عدم وجود أخطاء في الكتابة.
field-card-brand = لا يقبل هذا التاجر هذا النوع من البطاقات.
field-expiry-required = أدخل تاريخ الانتهاء.
field-expiry-incomplete = أدخل تاريخ الانتهاء بالصيغة MM / YY.
field-expiry-invalid = تاريخ الانتهاء غير صالح.
field-expiry-past = انتهت صلاحية هذه البطاقة.
field-cvc-required = أدخل رمز الأمان.
field-cvc-invalid = رمز الأمان من 3 أرقام (4 في American Express).
field-carrier = شركة الاتصالات
field-carrier-required = اختر شركة الاتصالات.
field-phone = رقم الهاتف
field-phone-example = 050 123 4567
field-phone-required = أدخل رقم هاتفك.
field-phone-invalid = رقم الهاتف غير صالح.
field-phone-international = أدخل الرقم مع رمز الدولة، مثل ‎+971 50 123 4567.
otp-title = أدخل الرمز
otp-sent = أرسلنا رمزًا من { $digits } أرقام برسالة نصية إلى { $phone }.
otp-label = رمز التحقق
otp-expires-in = تنتهي صلاحية الرمز بعد { $time }.
otp-expired = انتهت صلاحية الرمز. اطلب رمزًا جديدًا.
otp-confirm = تأكيد الدفع
otp-resend = إرسال رمز جديد
otp-resend-in = إرسال رمز جديد بعد { $time }
otp-error-otp_invalid = الرمز غير صحيح. تحقّق من الرسالة النصية وحاول مجددًا.
otp-error-otp_resend_too_soon = انتظر قليلًا قبل طلب رمز آخر.
otp-error-other = تعذّر التحقق من الرمز. حاول مجددًا.
qr-title = امسح الرمز للدفع
qr-image = رمز QR لعملية الدفع هذه
qr-expires-in = تنتهي صلاحية هذا الرمز بعد { $time }.
qr-expired = انتهت صلاحية هذا الرمز.
waiting-payment = في انتظار دفعتك…
transfer-title = الدفع بتحويل مصرفي
transfer-bank = المصرف
transfer-account = رقم الحساب
transfer-holder = اسم صاحب الحساب
transfer-reference = المرجع
transfer-amount = المبلغ بالضبط
transfer-within = { $hours ->
    [one] أرسل التحويل خلال ساعة.
    [two] أرسل التحويل خلال ساعتين.
    [few] أرسل التحويل خلال { $hours } ساعات.
    [many] أرسل التحويل خلال { $hours } ساعة.
   *[other] أرسل التحويل خلال { $hours } ساعة.
}
waiting-transfer = سنؤكّد الدفع فور وصول المبلغ.
copy = نسخ
copy-named = نسخ { $name }
copied = تم نسخ { $name }.
three-ds-title = التأكيد مع مصرفك
three-ds-body = يطلب منك مصرفك تأكيد عملية الدفع هذه.
three-ds-frame = صفحة التحقق الخاصة بمصرفك
wallet-title = المتابعة في { $wallet }
wallet-waiting = وافق على الدفع في نافذة { $wallet }.
wallet-open = فتح { $wallet } مجددًا
step-error = حدث خطأ ما. حاول مجددًا.
cancel-payment = إلغاء الدفع
balance-is = رصيدك: { $balance }
balance-short = رصيدك غير كافٍ. اشحن باستخدام:
pack = رصيد { $credit } مقابل { $price }
method-fee = رسوم { $fee }
