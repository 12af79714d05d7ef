# チェックアウトウィジェットのメッセージ(日本語)。

loading = 読み込み中…
load-failed = お支払い画面を読み込めませんでした。
try-again = もう一度試す
total = お支払い金額
pay-button = { $amount } を支払う
paying = { $amount } を支払い中…
pay-with = お支払い方法
other-ways = ほかのお支払い方法
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] カード
}
saved-card = { card-brand }(末尾 { $last4 })
status-succeeded = お支払いが完了しました。ありがとうございます。
status-processing = お支払いを処理しています。完了したらお知らせします。
decline-card_declined = カードが承認されませんでした。請求は発生していません。別のお支払い方法をお試しください。
decline-insufficient_funds = カードの残高が不足しています。請求は発生していません。別のお支払い方法をお試しください。
decline-expired_card = カードの有効期限が切れています。請求は発生していません。別のお支払い方法をお試しください。
decline-other = お支払いを完了できませんでした。請求は発生していません。別のお支払い方法をお試しください。
error-network = ショップに接続できませんでした。もう一度「支払う」を押してください。二重に請求されることはありません。
error-rejected = ショップがこのお支払いを受け付けられませんでした。請求は発生していません。
decline-carrier_declined = 携帯電話会社がこの請求を承認しませんでした。請求は発生していません。別のお支払い方法をお試しください。
decline-otp_invalid = 確認コードの入力に何度も失敗しました。請求は発生していません。別のお支払い方法をお試しください。
decline-otp_expired = 確認コードの有効期限が切れました。請求は発生していません。もう一度お試しいただくか、別のお支払い方法をお選びください。
decline-expired = お支払いの期限が過ぎました。請求は発生していません。もう一度お試しいただくか、別のお支払い方法をお選びください。
decline-authentication_failed = カード会社による本人確認ができませんでした。請求は発生していません。別のお支払い方法をお試しください。
decline-canceled_by_buyer = お支払いをキャンセルしました。請求は発生していません。
decline-velocity_limit = 短時間に何度もお試しいただいたため、受け付けできません。請求は発生していません。数分後にお試しください。
decline-spending_cap = キャリア決済の月間上限を超えてしまいます。請求は発生していません。別のお支払い方法をお試しください。
decline-processor_unavailable = 決済サービスが混み合っています。請求は発生していません。少し時間をおいてお試しください。
decline-superseded = 新しいお支払いに置き換えられました。請求は発生していません。
error-in_progress = お支払いを処理中です。少し待ってから「支払う」を押して確認してください。二重に請求されることはありません。
status-checking = お支払いを確認しています… 少し時間がかかる場合があります。二重に請求されることはありません。
decline-unusable = このお支払い方法はここでは安全に開けません。請求は発生していません。別のお支払い方法をお試しください。
offline = オフラインです。「支払う」を押しておくと、オンラインに戻ったときに送信されます。
status-queued = オフラインです。オンラインに戻ったときにお支払いを送信します。二重に請求されることはありません。
items = { $first } ほか { $others } 点
fee = 決済手数料
method-card = クレジット・デビットカード
method-carrier_billing = キャリア決済
method-qr = QRコード決済
method-bank_transfer = 銀行振込
method-balance = 残高({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] ウォレット
}
carrier-name = { $carrier ->
    [skt] SK Telecom
    [kt] KT
    [lgu] LG U+
    [docomo] ドコモ
    [au] au
    [softbank] ソフトバンク
   *[other] { $carrier }
}
card-details = カード情報
field-number = カード番号
field-expiry = 有効期限
field-expiry-format = MM / YY
field-cvc = セキュリティコード
field-card-required = カード番号を入力してください。
field-card-incomplete = カード番号の桁数が足りません。
field-card-invalid = カード番号が正しくありません。入力内容をご確認ください。
field-card-brand = このショップではこのカードブランドをご利用いただけません。
field-expiry-required = 有効期限を入力してください。
field-expiry-incomplete = 有効期限を MM / YY の形式で入力してください。
field-expiry-invalid = 有効期限が正しくありません。
field-expiry-past = このカードは有効期限が切れています。
field-cvc-required = セキュリティコードを入力してください。
field-cvc-invalid = セキュリティコードは3桁です(American Expressは4桁)。
field-carrier = 携帯電話会社
field-carrier-required = 携帯電話会社を選んでください。
field-phone = 電話番号
field-phone-example = 090-1234-5678
field-phone-required = 電話番号を入力してください。
field-phone-invalid = 電話番号が正しくありません。
field-phone-international = 国番号から入力してください(例: +81 90 1234 5678)。
otp-title = 確認コードを入力
otp-sent = { $phone } にSMSで{ $digits }桁の確認コードを送りました。
otp-label = 確認コード
otp-expires-in = 有効期限まであと { $time }
otp-expired = 確認コードの有効期限が切れました。再送してください。
otp-confirm = 支払いを確定する
otp-resend = コードを再送する
otp-resend-in = { $time } 後に再送できます
otp-error-otp_invalid = 確認コードが正しくありません。SMSをご確認のうえ、もう一度入力してください。
otp-error-otp_resend_too_soon = 再送まで少しお待ちください。
otp-error-other = 確認コードを確認できませんでした。もう一度お試しください。
qr-title = スキャンして支払う
qr-image = このお支払いのQRコード
qr-expires-in = 有効期限まであと { $time }
qr-expired = このQRコードは有効期限が切れました。
waiting-payment = お支払いをお待ちしています…
transfer-title = 銀行振込でお支払い
transfer-bank = 銀行
transfer-account = 口座番号
transfer-holder = 口座名義
transfer-reference = 振込依頼人番号
transfer-amount = 振込金額
transfer-within = { $hours } 時間以内にお振り込みください。
waiting-transfer = 入金を確認しだいお知らせします。
copy = コピー
copy-named = { $name }をコピー
copied = { $name }をコピーしました。
three-ds-title = カード会社で本人確認
three-ds-body = カード会社がこのお支払いの本人確認を求めています。
three-ds-frame = カード会社の本人確認ページ
wallet-title = { $wallet } で続ける
wallet-waiting = { $wallet } の画面でお支払いを承認してください。
wallet-open = { $wallet } をもう一度開く
step-error = 問題が発生しました。もう一度お試しください。
cancel-payment = 支払いをキャンセル
balance-is = 残高: { $balance }
balance-short = 残高が不足しています。チャージするパックを選んでください:
pack = { $price } で { $credit } 分チャージ
method-fee = 手数料 { $fee }
