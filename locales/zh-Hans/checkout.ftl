# 结账组件文案(简体中文)。

loading = 正在加载…
load-failed = 无法加载此结账页面。
try-again = 重试
total = 合计
pay-button = 支付 { $amount }
paying = 正在支付 { $amount }…
pay-with = 支付方式
other-ways = 其他支付方式
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] 银行卡
}
saved-card = { card-brand }(尾号 { $last4 })
status-succeeded = 支付成功,谢谢!
status-processing = 支付处理中,完成后会通知您。
decline-card_declined = 您的卡被拒绝,未产生任何扣款。请换一种支付方式。
decline-insufficient_funds = 卡内余额不足,未产生任何扣款。请换一种支付方式。
decline-expired_card = 此卡已过期,未产生任何扣款。请换一种支付方式。
decline-other = 支付未成功,未产生任何扣款。请换一种支付方式。
error-network = 无法连接商家。请再次点击“支付”,不会重复扣款。
error-rejected = 商家无法接受此笔支付,未产生任何扣款。
decline-carrier_declined = 运营商拒绝了此笔扣费,未产生任何扣款。请换一种支付方式。
decline-otp_invalid = 验证码错误次数过多,未产生任何扣款。请换一种支付方式。
decline-otp_expired = 验证码已过期,未产生任何扣款。请重试或选择其他支付方式。
decline-expired = 支付时间已过,未产生任何扣款。请重试或选择其他支付方式。
decline-authentication_failed = 发卡行无法验证您的身份,未产生任何扣款。请换一种支付方式。
decline-canceled_by_buyer = 已取消支付,未产生任何扣款。
decline-velocity_limit = 短时间内尝试次数过多,未产生任何扣款。请几分钟后再试。
decline-spending_cap = 将超出话费支付的每月限额,未产生任何扣款。请换一种支付方式。
decline-processor_unavailable = 支付服务繁忙,未产生任何扣款。请稍后再试。
decline-superseded = 此笔支付已被新的支付取代,未产生任何扣款。
error-in_progress = 您的支付仍在处理中。请稍候再点击“支付”查看结果,不会重复扣款。
status-checking = 正在确认你的付款…可能需要一点时间,不会重复扣款。
decline-unusable = 无法在此安全打开这种支付方式,未产生任何扣款。请换一种支付方式。
offline = 你已离线。仍可点击“支付”,恢复联网后会自动提交。
status-queued = 你已离线。恢复联网后会提交付款,不会重复扣款。
items = { $first } 等 { $others } 件商品
fee = 支付方式手续费
method-card = 信用卡或借记卡
method-carrier_billing = 话费支付
method-qr = 扫码支付
method-bank_transfer = 银行转账
method-balance = 余额({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] 钱包
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
card-details = 卡片信息
field-number = 卡号
field-expiry = 有效期
field-expiry-format = MM / YY
field-cvc = 安全码
field-card-required = 请输入卡号。
field-card-incomplete = 卡号位数不足。
field-card-invalid = 卡号无效,请检查是否输错。
field-card-brand = 该商家不支持此卡组织。
field-expiry-required = 请输入有效期。
field-expiry-incomplete = 请按 MM / YY 格式输入有效期。
field-expiry-invalid = 有效期无效。
field-expiry-past = 此卡已过期。
field-cvc-required = 请输入安全码。
field-cvc-invalid = 安全码为 3 位数字(American Express 为 4 位)。
field-carrier = 运营商
field-carrier-required = 请选择运营商。
field-phone = 手机号码
field-phone-example = 138 0013 8000
field-phone-required = 请输入手机号码。
field-phone-invalid = 手机号码无效。
field-phone-international = 请输入带国家代码的号码,例如 +81 90 1234 5678。
otp-title = 输入验证码
otp-sent = 我们已向 { $phone } 发送了 { $digits } 位短信验证码。
otp-label = 验证码
otp-expires-in = 验证码将在 { $time } 后过期。
otp-expired = 验证码已过期,请重新获取。
otp-confirm = 确认支付
otp-resend = 重新发送验证码
otp-resend-in = { $time } 后可重新发送
otp-error-otp_invalid = 验证码不正确,请查看短信后重新输入。
otp-error-otp_resend_too_soon = 请稍等片刻再获取新的验证码。
otp-error-other = 无法校验验证码,请重试。
qr-title = 扫码支付
qr-image = 本次支付的二维码
qr-expires-in = 二维码将在 { $time } 后过期。
qr-expired = 二维码已过期。
waiting-payment = 等待支付…
transfer-title = 银行转账支付
transfer-bank = 银行
transfer-account = 账号
transfer-holder = 户名
transfer-reference = 转账附言
transfer-amount = 转账金额
transfer-within = 请在 { $hours } 小时内完成转账。
waiting-transfer = 收到款项后会立即为您确认。
copy = 复制
copy-named = 复制{ $name }
copied = 已复制{ $name }。
three-ds-title = 向发卡行确认
three-ds-body = 您的发卡行要求确认此笔支付。
three-ds-frame = 发卡行验证页面
wallet-title = 在 { $wallet } 中继续
wallet-waiting = 请在 { $wallet } 窗口中确认支付。
wallet-open = 再次打开 { $wallet }
step-error = 出了点问题,请重试。
cancel-payment = 取消支付
balance-is = 您的余额:{ $balance }
balance-short = 余额不足,请选择充值包:
pack = { $price } 充值 { $credit }
method-fee = 手续费 { $fee }
