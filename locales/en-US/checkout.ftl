# The checkout widget's messages. en-US is the source of truth: every other locale
# defines every id here.

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
