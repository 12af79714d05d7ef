# The checkout widget's messages, British English.

loading = Loading checkout…
load-failed = We couldn’t load this checkout.
try-again = Try again
total = Total
pay-button = Pay { $amount }
paying = Paying { $amount }…
pay-with = Pay with
other-ways = Other ways to pay
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] Card
}
saved-card = { card-brand } ending in { $last4 }
status-succeeded = Payment complete. Thank you!
status-processing = Your payment is processing. We’ll let you know when it’s done.
decline-card_declined = Your card was declined. Nothing was charged. Try another way to pay.
decline-insufficient_funds = There aren’t enough funds on this card. Nothing was charged. Try another way to pay.
decline-expired_card = This card has expired. Nothing was charged. Try another way to pay.
decline-other = The payment didn’t go through. Nothing was charged. Try another way to pay.
error-network = We couldn’t reach the merchant. Tap Pay to try again; you won’t be charged twice.
error-rejected = The merchant couldn’t accept this payment. Nothing was charged.
decline-carrier_declined = Your mobile network declined this charge. Nothing was charged. Try another way to pay.
decline-otp_invalid = That code didn’t work too many times. Nothing was charged. Try another way to pay.
decline-otp_expired = The code expired. Nothing was charged. Try again or choose another way to pay.
decline-expired = The time to pay ran out. Nothing was charged. Try again or choose another way to pay.
decline-authentication_failed = Your bank couldn’t verify it’s you. Nothing was charged. Try another way to pay.
decline-canceled_by_buyer = Payment cancelled. Nothing was charged.
decline-velocity_limit = Too many attempts in a short time. Nothing was charged. Please wait a few minutes.
decline-spending_cap = This would go over the monthly limit for mobile payments. Nothing was charged. Try another way to pay.
decline-processor_unavailable = The payment service is busy right now. Nothing was charged. Try again in a moment.
decline-superseded = This payment was replaced by a newer one. Nothing was charged.
error-in_progress = Your payment is still being processed. Wait a moment, then tap Pay to check again; you won’t be charged twice.
status-checking = Checking your payment… This can take a moment. You won’t be charged twice.
decline-unusable = This way to pay can’t be opened safely here. Nothing was charged. Try another way to pay.
offline = You’re offline. You can still tap Pay: it goes through when you’re back online.
status-queued = You’re offline. Your payment will be sent when you’re back online; you won’t be charged twice.
# Items and fees
items = { $first } and { $others ->
    [one] one more item
   *[other] { $others } more items
}
fee = Payment method fee
# Method names
method-card = Credit or debit card
method-carrier_billing = Mobile phone bill
method-qr = Scan a QR code
method-bank_transfer = Bank transfer
method-balance = Balance ({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] Wallet
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
# Card form
card-details = Card details
field-number = Card number
field-expiry = Expiry date
field-expiry-format = MM / YY
field-cvc = Security code
field-card-required = Enter your card number.
field-card-incomplete = This card number is too short.
field-card-invalid = This card number isn’t valid. Check it for typos.
field-card-brand = This merchant doesn’t accept this card brand.
field-expiry-required = Enter the expiry date.
field-expiry-incomplete = Enter the expiry date as MM / YY.
field-expiry-invalid = This expiry date isn’t valid.
field-expiry-past = This card has expired.
field-cvc-required = Enter the security code.
field-cvc-invalid = The security code is 3 digits (4 on American Express).
# Carrier billing
field-carrier = Mobile network
field-carrier-required = Choose your mobile network.
field-phone = Phone number
field-phone-example = 07700 900123
field-phone-required = Enter your phone number.
field-phone-invalid = This phone number isn’t valid.
field-phone-international = Enter the number with its country code, like +44 7700 900123.
otp-title = Enter the code
otp-sent = We sent a { $digits }-digit code by text to { $phone }.
otp-label = Verification code
otp-expires-in = The code expires in { $time }.
otp-expired = The code has expired. Send a new one.
otp-confirm = Confirm payment
otp-resend = Send a new code
otp-resend-in = Send a new code in { $time }
otp-error-otp_invalid = That code isn’t right. Check the text and try again.
otp-error-otp_resend_too_soon = Please wait a little before asking for another code.
otp-error-other = We couldn’t check the code. Try again.
# Other steps
qr-title = Scan to pay
qr-image = QR code for this payment
qr-expires-in = This code expires in { $time }.
qr-expired = This code has expired.
waiting-payment = Waiting for your payment…
transfer-title = Pay by bank transfer
transfer-bank = Bank
transfer-account = Account number
transfer-holder = Account holder
transfer-reference = Payment reference
transfer-amount = Exact amount
transfer-within = { $hours ->
    [one] Send the transfer within 1 hour.
   *[other] Send the transfer within { $hours } hours.
}
waiting-transfer = We’ll confirm as soon as the money arrives.
copy = Copy
copy-named = Copy { $name }
copied = { $name } copied.
three-ds-title = Confirm with your bank
three-ds-body = Your bank asks you to confirm this payment.
three-ds-frame = Your bank’s verification page
wallet-title = Continue in { $wallet }
wallet-waiting = Approve the payment in the { $wallet } window.
wallet-open = Open { $wallet } again
step-error = Something went wrong. Try again.
cancel-payment = Cancel payment
balance-is = Your balance: { $balance }
balance-short = Your balance is short. Top up with:
pack = { $credit } of credit for { $price }
method-fee = + { $fee } fee
