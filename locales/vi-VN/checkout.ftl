# Thông điệp của tiện ích thanh toán (tiếng Việt).

loading = Đang tải thanh toán…
load-failed = Không tải được thanh toán này.
try-again = Thử lại
total = Tổng cộng
pay-button = Thanh toán { $amount }
paying = Đang thanh toán { $amount }…
pay-with = Thanh toán bằng
other-ways = Cách thanh toán khác
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] Thẻ
}
saved-card = { card-brand } có số cuối { $last4 }
status-succeeded = Thanh toán thành công. Cảm ơn bạn!
status-processing = Thanh toán của bạn đang được xử lý. Chúng tôi sẽ báo khi hoàn tất.
decline-card_declined = Thẻ của bạn bị từ chối. Bạn chưa bị trừ tiền. Hãy thử cách thanh toán khác.
decline-insufficient_funds = Thẻ không đủ số dư. Bạn chưa bị trừ tiền. Hãy thử cách thanh toán khác.
decline-expired_card = Thẻ này đã hết hạn. Bạn chưa bị trừ tiền. Hãy thử cách thanh toán khác.
decline-other = Thanh toán không thành công. Bạn chưa bị trừ tiền. Hãy thử cách thanh toán khác.
error-network = Không kết nối được với người bán. Nhấn Thanh toán để thử lại; bạn sẽ không bị trừ tiền hai lần.
error-rejected = Người bán không thể nhận khoản thanh toán này. Bạn chưa bị trừ tiền.
decline-carrier_declined = Nhà mạng đã từ chối khoản phí này. Bạn chưa bị trừ tiền. Hãy thử cách thanh toán khác.
decline-otp_invalid = Bạn đã nhập sai mã quá nhiều lần. Bạn chưa bị trừ tiền. Hãy thử cách thanh toán khác.
decline-otp_expired = Mã đã hết hạn. Bạn chưa bị trừ tiền. Hãy thử lại hoặc chọn cách thanh toán khác.
decline-expired = Đã hết thời gian thanh toán. Bạn chưa bị trừ tiền. Hãy thử lại hoặc chọn cách thanh toán khác.
decline-authentication_failed = Ngân hàng không xác minh được danh tính của bạn. Bạn chưa bị trừ tiền. Hãy thử cách thanh toán khác.
decline-canceled_by_buyer = Đã hủy thanh toán. Bạn chưa bị trừ tiền.
decline-velocity_limit = Bạn đã thử quá nhiều lần trong thời gian ngắn. Bạn chưa bị trừ tiền. Vui lòng đợi vài phút.
decline-spending_cap = Khoản này sẽ vượt hạn mức thanh toán qua nhà mạng hằng tháng. Bạn chưa bị trừ tiền. Hãy thử cách thanh toán khác.
decline-processor_unavailable = Dịch vụ thanh toán đang quá tải. Bạn chưa bị trừ tiền. Hãy thử lại sau giây lát.
decline-superseded = Khoản thanh toán này đã được thay bằng một khoản mới hơn. Bạn chưa bị trừ tiền.
error-in_progress = Thanh toán của bạn vẫn đang được xử lý. Hãy đợi một chút rồi nhấn Thanh toán để kiểm tra; bạn sẽ không bị trừ tiền hai lần.
status-checking = Đang kiểm tra thanh toán của bạn… Có thể mất một chút thời gian. Bạn sẽ không bị trừ tiền hai lần.
decline-unusable = Không thể mở an toàn cách thanh toán này tại đây. Bạn chưa bị trừ tiền. Hãy thử cách thanh toán khác.
offline = Bạn đang ngoại tuyến. Bạn vẫn có thể nhấn Thanh toán: giao dịch sẽ được gửi khi bạn có mạng trở lại.
status-queued = Bạn đang ngoại tuyến. Giao dịch sẽ được gửi khi bạn có mạng trở lại; bạn sẽ không bị trừ tiền hai lần.
items = { $first } và { $others } món khác
fee = Phí phương thức thanh toán
method-card = Thẻ tín dụng hoặc ghi nợ
method-carrier_billing = Trừ vào cước điện thoại
method-qr = Quét mã QR
method-bank_transfer = Chuyển khoản ngân hàng
method-balance = Số dư ({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] Ví điện tử
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
card-details = Thông tin thẻ
field-number = Số thẻ
field-expiry = Ngày hết hạn
field-expiry-format = MM / YY
field-cvc = Mã bảo mật
field-card-required = Nhập số thẻ.
field-card-incomplete = Số thẻ quá ngắn.
field-card-invalid = Số thẻ không hợp lệ. Hãy kiểm tra lỗi gõ.
field-card-brand = Người bán không nhận loại thẻ này.
field-expiry-required = Nhập ngày hết hạn.
field-expiry-incomplete = Nhập ngày hết hạn theo dạng MM / YY.
field-expiry-invalid = Ngày hết hạn không hợp lệ.
field-expiry-past = Thẻ này đã hết hạn.
field-cvc-required = Nhập mã bảo mật.
field-cvc-invalid = Mã bảo mật gồm 3 chữ số (American Express là 4).
field-carrier = Nhà mạng
field-carrier-required = Chọn nhà mạng của bạn.
field-phone = Số điện thoại
field-phone-example = 091 234 56 78
field-phone-required = Nhập số điện thoại.
field-phone-invalid = Số điện thoại không hợp lệ.
field-phone-international = Nhập số kèm mã quốc gia, ví dụ +84 91 234 56 78.
otp-title = Nhập mã
otp-sent = Chúng tôi đã gửi mã { $digits } chữ số qua SMS tới { $phone }.
otp-label = Mã xác minh
otp-expires-in = Mã hết hạn sau { $time }.
otp-expired = Mã đã hết hạn. Hãy yêu cầu mã mới.
otp-confirm = Xác nhận thanh toán
otp-resend = Gửi mã mới
otp-resend-in = Gửi mã mới sau { $time }
otp-error-otp_invalid = Mã không đúng. Hãy kiểm tra SMS và thử lại.
otp-error-otp_resend_too_soon = Vui lòng đợi một chút trước khi yêu cầu mã khác.
otp-error-other = Không kiểm tra được mã. Hãy thử lại.
qr-title = Quét để thanh toán
qr-image = Mã QR cho khoản thanh toán này
qr-expires-in = Mã này hết hạn sau { $time }.
qr-expired = Mã này đã hết hạn.
waiting-payment = Đang chờ bạn thanh toán…
transfer-title = Thanh toán bằng chuyển khoản
transfer-bank = Ngân hàng
transfer-account = Số tài khoản
transfer-holder = Chủ tài khoản
transfer-reference = Nội dung chuyển khoản
transfer-amount = Số tiền chính xác
transfer-within = Hãy chuyển khoản trong vòng { $hours } giờ.
waiting-transfer = Chúng tôi sẽ xác nhận ngay khi nhận được tiền.
copy = Sao chép
copy-named = Sao chép { $name }
copied = Đã sao chép { $name }.
three-ds-title = Xác nhận với ngân hàng
three-ds-body = Ngân hàng yêu cầu bạn xác nhận khoản thanh toán này.
three-ds-frame = Trang xác minh của ngân hàng
wallet-title = Tiếp tục trong { $wallet }
wallet-waiting = Hãy duyệt thanh toán trong cửa sổ { $wallet }.
wallet-open = Mở lại { $wallet }
step-error = Đã xảy ra lỗi. Hãy thử lại.
cancel-payment = Hủy thanh toán
balance-is = Số dư của bạn: { $balance }
balance-short = Số dư không đủ. Nạp thêm bằng:
pack = { $credit } tín dụng với giá { $price }
method-fee = + phí { $fee }
