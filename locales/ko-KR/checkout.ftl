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
