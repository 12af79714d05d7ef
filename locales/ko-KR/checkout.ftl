# 체크아웃 위젯 메시지 (한국어).

loading = 결제 정보를 불러오는 중…
load-failed = 결제 정보를 불러오지 못했습니다.
try-again = 다시 시도
total = 총 결제 금액
pay-button = { $amount } 결제하기
paying = { $amount } 결제 중…
pay-with = 결제 수단
other-ways = 다른 결제 수단
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] 카드
}
saved-card = { card-brand } (끝자리 { $last4 })
status-succeeded = 결제가 완료되었습니다. 감사합니다!
status-processing = 결제를 처리하고 있습니다. 완료되면 알려 드릴게요.
decline-card_declined = 카드 승인이 거절되었습니다. 청구된 금액은 없습니다. 다른 결제 수단을 이용해 주세요.
decline-insufficient_funds = 카드 잔액이 부족합니다. 청구된 금액은 없습니다. 다른 결제 수단을 이용해 주세요.
decline-expired_card = 유효기간이 지난 카드입니다. 청구된 금액은 없습니다. 다른 결제 수단을 이용해 주세요.
decline-other = 결제가 완료되지 않았습니다. 청구된 금액은 없습니다. 다른 결제 수단을 이용해 주세요.
error-network = 가맹점에 연결하지 못했습니다. 결제하기를 다시 눌러 주세요. 이중으로 청구되지 않습니다.
error-rejected = 가맹점에서 이 결제를 처리할 수 없습니다. 청구된 금액은 없습니다.
decline-carrier_declined = 통신사에서 결제를 승인하지 않았습니다. 청구된 금액은 없습니다. 다른 결제 수단을 이용해 주세요.
decline-otp_invalid = 인증번호를 여러 번 잘못 입력했습니다. 청구된 금액은 없습니다. 다른 결제 수단을 이용해 주세요.
decline-otp_expired = 인증 시간이 지났습니다. 청구된 금액은 없습니다. 다시 시도하거나 다른 결제 수단을 선택해 주세요.
decline-expired = 결제 가능 시간이 지났습니다. 청구된 금액은 없습니다. 다시 시도하거나 다른 결제 수단을 선택해 주세요.
decline-authentication_failed = 카드사 본인 인증에 실패했습니다. 청구된 금액은 없습니다. 다른 결제 수단을 이용해 주세요.
decline-canceled_by_buyer = 결제를 취소했습니다. 청구된 금액은 없습니다.
decline-velocity_limit = 짧은 시간에 결제 시도가 너무 많았습니다. 청구된 금액은 없습니다. 몇 분 뒤에 다시 시도해 주세요.
decline-spending_cap = 휴대폰 결제 월 한도를 넘습니다. 청구된 금액은 없습니다. 다른 결제 수단을 이용해 주세요.
decline-processor_unavailable = 결제 서비스가 일시적으로 혼잡합니다. 청구된 금액은 없습니다. 잠시 후 다시 시도해 주세요.
decline-superseded = 새로운 결제 요청으로 대체되었습니다. 청구된 금액은 없습니다.
error-in_progress = 결제를 아직 처리하고 있습니다. 잠시 후 결제하기를 눌러 확인해 주세요. 이중으로 청구되지 않습니다.
status-checking = 결제를 확인하고 있습니다… 잠시 걸릴 수 있습니다. 이중으로 청구되지 않습니다.
decline-unusable = 이 결제 수단은 여기에서 안전하게 열 수 없습니다. 청구된 금액은 없습니다. 다른 결제 수단을 이용해 주세요.
offline = 오프라인 상태입니다. 결제하기를 눌러 두면 다시 연결될 때 결제가 전송됩니다.
status-queued = 오프라인 상태입니다. 다시 연결되면 결제가 전송됩니다. 이중으로 청구되지 않습니다.
# 상품과 수수료
items = { $first } 외 { $others }건
fee = 결제 수단 수수료
# 결제 수단 이름
method-card = 신용·체크카드
method-carrier_billing = 휴대폰 결제
method-qr = QR 코드 결제
method-bank_transfer = 계좌이체
method-balance = 잔액 ({ $balance })
wallet-name = { $wallet ->
    [kakaopay] 카카오페이
    [toss] 토스페이
    [paypal] PayPal
    [naverpay] 네이버페이
    [paypay] PayPay
   *[other] 간편결제
}
carrier-name = { $carrier ->
    [skt] SKT
    [kt] KT
    [lgu] LG U+
    [docomo] docomo
    [au] au
    [softbank] SoftBank
   *[other] { $carrier }
}
# 카드 입력
card-details = 카드 정보
field-number = 카드 번호
field-expiry = 유효기간
field-expiry-format = MM / YY
field-cvc = CVC
field-card-required = 카드 번호를 입력해 주세요.
field-card-incomplete = 카드 번호가 너무 짧습니다.
field-card-invalid = 올바른 카드 번호가 아닙니다. 다시 확인해 주세요.
field-card-brand = 이 가맹점에서 받지 않는 카드입니다.
field-expiry-required = 유효기간을 입력해 주세요.
field-expiry-incomplete = 유효기간을 MM / YY 형식으로 입력해 주세요.
field-expiry-invalid = 올바른 유효기간이 아닙니다.
field-expiry-past = 유효기간이 지난 카드입니다.
field-cvc-required = CVC를 입력해 주세요.
field-cvc-invalid = CVC는 3자리입니다(American Express는 4자리).
# 휴대폰 결제
field-carrier = 통신사
field-carrier-required = 통신사를 선택해 주세요.
field-phone = 휴대폰 번호
field-phone-example = 010-1234-5678
field-phone-required = 휴대폰 번호를 입력해 주세요.
field-phone-invalid = 올바른 휴대폰 번호가 아닙니다.
field-phone-international = 국가 번호를 포함해 입력해 주세요. 예: +82 10 1234 5678
otp-title = 인증번호 입력
otp-sent = { $phone }(으)로 { $digits }자리 인증번호를 보냈습니다.
otp-label = 인증번호
otp-expires-in = 남은 시간 { $time }
otp-expired = 인증 시간이 지났습니다. 인증번호를 다시 받아 주세요.
otp-confirm = 결제 확인
otp-resend = 인증번호 다시 받기
otp-resend-in = { $time } 후 다시 받기
otp-error-otp_invalid = 인증번호가 맞지 않습니다. 문자를 확인하고 다시 입력해 주세요.
otp-error-otp_resend_too_soon = 잠시 후 인증번호를 다시 요청해 주세요.
otp-error-other = 인증번호를 확인하지 못했습니다. 다시 시도해 주세요.
# 그 밖의 단계
qr-title = QR 코드를 스캔해 결제하세요
qr-image = 이 결제의 QR 코드
qr-expires-in = 남은 시간 { $time }
qr-expired = QR 코드 유효 시간이 지났습니다.
waiting-payment = 결제를 기다리는 중…
transfer-title = 계좌이체로 결제
transfer-bank = 은행
transfer-account = 계좌번호
transfer-holder = 예금주
transfer-reference = 입금자명
transfer-amount = 입금 금액
transfer-within = { $hours }시간 안에 입금해 주세요.
waiting-transfer = 입금이 확인되면 바로 알려 드릴게요.
copy = 복사
copy-named = { $name } 복사
copied = { $name }을(를) 복사했습니다.
three-ds-title = 카드사 본인 인증
three-ds-body = 카드사에서 이 결제의 본인 확인을 요청합니다.
three-ds-frame = 카드사 인증 페이지
wallet-title = { $wallet }에서 계속하기
wallet-waiting = { $wallet } 창에서 결제를 승인해 주세요.
wallet-open = { $wallet } 다시 열기
step-error = 문제가 발생했습니다. 다시 시도해 주세요.
cancel-payment = 결제 취소
balance-is = 보유 잔액: { $balance }
balance-short = 잔액이 부족합니다. 충전할 상품을 선택해 주세요:
pack = { $price }에 { $credit } 충전
method-fee = 수수료 { $fee }
