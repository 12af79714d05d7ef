# ข้อความของวิดเจ็ตชำระเงิน (ภาษาไทย)

loading = กำลังโหลดการชำระเงิน…
load-failed = โหลดการชำระเงินนี้ไม่ได้
try-again = ลองอีกครั้ง
total = ยอดรวม
pay-button = ชำระ { $amount }
paying = กำลังชำระ { $amount }…
pay-with = ชำระด้วย
other-ways = วิธีชำระเงินอื่น
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] บัตร
}
saved-card = { card-brand } ลงท้ายด้วย { $last4 }
status-succeeded = ชำระเงินเรียบร้อยแล้ว ขอบคุณ!
status-processing = กำลังดำเนินการชำระเงิน เราจะแจ้งให้ทราบเมื่อเสร็จ
decline-card_declined = บัตรของคุณถูกปฏิเสธ ไม่มีการเรียกเก็บเงิน ลองใช้วิธีชำระเงินอื่น
decline-insufficient_funds = ยอดเงินในบัตรไม่พอ ไม่มีการเรียกเก็บเงิน ลองใช้วิธีชำระเงินอื่น
decline-expired_card = บัตรนี้หมดอายุแล้ว ไม่มีการเรียกเก็บเงิน ลองใช้วิธีชำระเงินอื่น
decline-other = การชำระเงินไม่สำเร็จ ไม่มีการเรียกเก็บเงิน ลองใช้วิธีชำระเงินอื่น
error-network = ติดต่อร้านค้าไม่ได้ แตะชำระเพื่อลองอีกครั้ง คุณจะไม่ถูกเรียกเก็บเงินซ้ำ
error-rejected = ร้านค้ารับการชำระเงินนี้ไม่ได้ ไม่มีการเรียกเก็บเงิน
decline-carrier_declined = ผู้ให้บริการมือถือปฏิเสธรายการนี้ ไม่มีการเรียกเก็บเงิน ลองใช้วิธีชำระเงินอื่น
decline-otp_invalid = กรอกรหัสผิดหลายครั้งเกินไป ไม่มีการเรียกเก็บเงิน ลองใช้วิธีชำระเงินอื่น
decline-otp_expired = รหัสหมดอายุแล้ว ไม่มีการเรียกเก็บเงิน ลองอีกครั้งหรือเลือกวิธีชำระเงินอื่น
decline-expired = หมดเวลาชำระเงินแล้ว ไม่มีการเรียกเก็บเงิน ลองอีกครั้งหรือเลือกวิธีชำระเงินอื่น
decline-authentication_failed = ธนาคารยืนยันตัวตนของคุณไม่ได้ ไม่มีการเรียกเก็บเงิน ลองใช้วิธีชำระเงินอื่น
decline-canceled_by_buyer = ยกเลิกการชำระเงินแล้ว ไม่มีการเรียกเก็บเงิน
decline-velocity_limit = พยายามหลายครั้งเกินไปในเวลาสั้น ๆ ไม่มีการเรียกเก็บเงิน โปรดรอสักครู่
decline-spending_cap = รายการนี้จะเกินวงเงินรายเดือนของการชำระผ่านค่าโทรศัพท์ ไม่มีการเรียกเก็บเงิน ลองใช้วิธีชำระเงินอื่น
decline-processor_unavailable = ระบบชำระเงินไม่ว่างในขณะนี้ ไม่มีการเรียกเก็บเงิน ลองอีกครั้งในอีกสักครู่
decline-superseded = รายการนี้ถูกแทนที่ด้วยรายการใหม่กว่า ไม่มีการเรียกเก็บเงิน
error-in_progress = การชำระเงินยังอยู่ระหว่างดำเนินการ รอสักครู่แล้วแตะชำระเพื่อตรวจสอบ คุณจะไม่ถูกเรียกเก็บเงินซ้ำ
status-checking = กำลังตรวจสอบการชำระเงิน… อาจใช้เวลาสักครู่ คุณจะไม่ถูกเรียกเก็บเงินซ้ำ
decline-unusable = ไม่สามารถเปิดวิธีชำระเงินนี้ที่นี่ได้อย่างปลอดภัย ไม่มีการเรียกเก็บเงิน ลองใช้วิธีชำระเงินอื่น
offline = คุณออฟไลน์อยู่ แตะชำระไว้ได้เลย ระบบจะส่งการชำระเงินเมื่อกลับมาออนไลน์
status-queued = คุณออฟไลน์อยู่ ระบบจะส่งการชำระเงินเมื่อกลับมาออนไลน์ คุณจะไม่ถูกเรียกเก็บเงินซ้ำ
items = { $first } และอีก { $others } รายการ
fee = ค่าธรรมเนียมวิธีชำระเงิน
method-card = บัตรเครดิตหรือเดบิต
method-carrier_billing = ชำระผ่านค่าโทรศัพท์
method-qr = สแกนคิวอาร์โค้ด
method-bank_transfer = โอนผ่านธนาคาร
method-balance = ยอดคงเหลือ ({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] วอลเล็ต
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
card-details = ข้อมูลบัตร
field-number = หมายเลขบัตร
field-expiry = วันหมดอายุ
field-expiry-format = ดด / ปป
field-cvc = รหัสความปลอดภัย
field-card-required = กรอกหมายเลขบัตร
field-card-incomplete = หมายเลขบัตรสั้นเกินไป
field-card-invalid = หมายเลขบัตรไม่ถูกต้อง โปรดตรวจสอบการพิมพ์
field-card-brand = ร้านค้านี้ไม่รับบัตรประเภทนี้
field-expiry-required = กรอกวันหมดอายุ
field-expiry-incomplete = กรอกวันหมดอายุในรูปแบบ ดด / ปป
field-expiry-invalid = วันหมดอายุไม่ถูกต้อง
field-expiry-past = บัตรนี้หมดอายุแล้ว
field-cvc-required = กรอกรหัสความปลอดภัย
field-cvc-invalid = รหัสความปลอดภัยมี 3 หลัก (American Express มี 4 หลัก)
field-carrier = ผู้ให้บริการมือถือ
field-carrier-required = เลือกผู้ให้บริการมือถือ
field-phone = หมายเลขโทรศัพท์
field-phone-example = 081 234 5678
field-phone-required = กรอกหมายเลขโทรศัพท์
field-phone-invalid = หมายเลขโทรศัพท์ไม่ถูกต้อง
field-phone-international = กรอกหมายเลขพร้อมรหัสประเทศ เช่น +66 81 234 5678
otp-title = กรอกรหัส
otp-sent = เราส่งรหัส { $digits } หลักทาง SMS ไปที่ { $phone } แล้ว
otp-label = รหัสยืนยัน
otp-expires-in = รหัสจะหมดอายุใน { $time }
otp-expired = รหัสหมดอายุแล้ว ขอรหัสใหม่
otp-confirm = ยืนยันการชำระเงิน
otp-resend = ส่งรหัสใหม่
otp-resend-in = ส่งรหัสใหม่ได้ใน { $time }
otp-error-otp_invalid = รหัสไม่ถูกต้อง ตรวจสอบ SMS แล้วลองอีกครั้ง
otp-error-otp_resend_too_soon = รอสักครู่ก่อนขอรหัสใหม่
otp-error-other = ตรวจสอบรหัสไม่ได้ ลองอีกครั้ง
qr-title = สแกนเพื่อชำระ
qr-image = คิวอาร์โค้ดสำหรับการชำระเงินนี้
qr-expires-in = โค้ดนี้จะหมดอายุใน { $time }
qr-expired = โค้ดนี้หมดอายุแล้ว
waiting-payment = กำลังรอการชำระเงินของคุณ…
transfer-title = ชำระด้วยการโอนผ่านธนาคาร
transfer-bank = ธนาคาร
transfer-account = เลขที่บัญชี
transfer-holder = ชื่อบัญชี
transfer-reference = เลขอ้างอิง
transfer-amount = ยอดที่ต้องโอน
transfer-within = โปรดโอนภายใน { $hours } ชั่วโมง
waiting-transfer = เราจะยืนยันทันทีที่ได้รับเงิน
copy = คัดลอก
copy-named = คัดลอก{ $name }
copied = คัดลอก{ $name }แล้ว
three-ds-title = ยืนยันกับธนาคาร
three-ds-body = ธนาคารของคุณขอให้ยืนยันการชำระเงินนี้
three-ds-frame = หน้ายืนยันตัวตนของธนาคาร
wallet-title = ดำเนินการต่อใน { $wallet }
wallet-waiting = อนุมัติการชำระเงินในหน้าต่าง { $wallet }
wallet-open = เปิด { $wallet } อีกครั้ง
step-error = เกิดข้อผิดพลาด ลองอีกครั้ง
cancel-payment = ยกเลิกการชำระเงิน
balance-is = ยอดคงเหลือ: { $balance }
balance-short = ยอดคงเหลือไม่พอ เติมเงินด้วย:
pack = เครดิต { $credit } ในราคา { $price }
method-fee = ค่าธรรมเนียม { $fee }
