# 結帳元件文案(繁體中文)。

loading = 載入中…
load-failed = 無法載入此結帳頁面。
try-again = 重試
total = 總計
pay-button = 支付 { $amount }
paying = 正在支付 { $amount }…
pay-with = 付款方式
other-ways = 其他付款方式
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] 卡片
}
saved-card = { card-brand }(末四碼 { $last4 })
status-succeeded = 付款完成,謝謝!
status-processing = 付款處理中,完成後會通知您。
decline-card_declined = 您的卡片遭到拒絕,未產生任何扣款。請改用其他付款方式。
decline-insufficient_funds = 卡片額度不足,未產生任何扣款。請改用其他付款方式。
decline-expired_card = 此卡片已過期,未產生任何扣款。請改用其他付款方式。
decline-other = 付款未成功,未產生任何扣款。請改用其他付款方式。
error-network = 無法連線至商店。請再按一次「支付」,不會重複扣款。
error-rejected = 商店無法接受這筆付款,未產生任何扣款。
decline-carrier_declined = 電信業者拒絕了這筆費用,未產生任何扣款。請改用其他付款方式。
decline-otp_invalid = 驗證碼輸入錯誤次數過多,未產生任何扣款。請改用其他付款方式。
decline-otp_expired = 驗證碼已逾時,未產生任何扣款。請重試或選擇其他付款方式。
decline-expired = 付款時限已過,未產生任何扣款。請重試或選擇其他付款方式。
decline-authentication_failed = 發卡銀行無法驗證您的身分,未產生任何扣款。請改用其他付款方式。
decline-canceled_by_buyer = 已取消付款,未產生任何扣款。
decline-velocity_limit = 短時間內嘗試次數過多,未產生任何扣款。請幾分鐘後再試。
decline-spending_cap = 將超過電信小額付款的每月上限,未產生任何扣款。請改用其他付款方式。
decline-processor_unavailable = 付款服務忙碌中,未產生任何扣款。請稍後再試。
decline-superseded = 這筆付款已由新的付款取代,未產生任何扣款。
error-in_progress = 您的付款仍在處理中。請稍候再按「支付」查看結果,不會重複扣款。
status-checking = 正在確認你的付款…可能需要一點時間,不會重複扣款。
decline-unusable = 無法在此安全開啟這種付款方式,未產生任何扣款。請改用其他付款方式。
offline = 你已離線。仍可按「支付」,恢復連線後會自動送出。
status-queued = 你已離線。恢復連線後會送出付款,不會重複扣款。
items = { $first } 等 { $others } 件商品
fee = 付款方式手續費
method-card = 信用卡或金融卡
method-carrier_billing = 電信帳單
method-qr = 掃碼付款
method-bank_transfer = 銀行轉帳
method-balance = 餘額({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] 電子錢包
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
card-details = 卡片資料
field-number = 卡號
field-expiry = 有效期限
field-expiry-format = MM / YY
field-cvc = 安全碼
field-card-required = 請輸入卡號。
field-card-incomplete = 卡號位數不足。
field-card-invalid = 卡號無效,請檢查是否輸入錯誤。
field-card-brand = 這家商店不接受此卡別。
field-expiry-required = 請輸入有效期限。
field-expiry-incomplete = 請依 MM / YY 格式輸入有效期限。
field-expiry-invalid = 有效期限無效。
field-expiry-past = 此卡片已過期。
field-cvc-required = 請輸入安全碼。
field-cvc-invalid = 安全碼為 3 位數字(American Express 為 4 位)。
field-carrier = 電信業者
field-carrier-required = 請選擇電信業者。
field-phone = 手機號碼
field-phone-example = 0912 345 678
field-phone-required = 請輸入手機號碼。
field-phone-invalid = 手機號碼無效。
field-phone-international = 請輸入含國碼的號碼,例如 +81 90 1234 5678。
otp-title = 輸入驗證碼
otp-sent = 我們已傳送 { $digits } 位數簡訊驗證碼至 { $phone }。
otp-label = 驗證碼
otp-expires-in = 驗證碼將於 { $time } 後失效。
otp-expired = 驗證碼已失效,請重新取得。
otp-confirm = 確認付款
otp-resend = 重新傳送驗證碼
otp-resend-in = { $time } 後可重新傳送
otp-error-otp_invalid = 驗證碼不正確,請查看簡訊後重新輸入。
otp-error-otp_resend_too_soon = 請稍候再要求新的驗證碼。
otp-error-other = 無法確認驗證碼,請重試。
qr-title = 掃碼付款
qr-image = 這筆付款的 QR 碼
qr-expires-in = QR 碼將於 { $time } 後失效。
qr-expired = QR 碼已失效。
waiting-payment = 等待付款中…
transfer-title = 以銀行轉帳付款
transfer-bank = 銀行
transfer-account = 帳號
transfer-holder = 戶名
transfer-reference = 轉帳備註
transfer-amount = 轉帳金額
transfer-within = 請於 { $hours } 小時內完成轉帳。
waiting-transfer = 收到款項後會立即為您確認。
copy = 複製
copy-named = 複製{ $name }
copied = 已複製{ $name }。
three-ds-title = 向發卡銀行確認
three-ds-body = 您的發卡銀行要求確認這筆付款。
three-ds-frame = 發卡銀行驗證頁面
wallet-title = 在 { $wallet } 繼續
wallet-waiting = 請在 { $wallet } 視窗中核准付款。
wallet-open = 再次開啟 { $wallet }
step-error = 發生問題,請重試。
cancel-payment = 取消付款
balance-is = 您的餘額:{ $balance }
balance-short = 餘額不足,請選擇儲值方案:
pack = { $price } 儲值 { $credit }
method-fee = 手續費 { $fee }
