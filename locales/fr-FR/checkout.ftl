# Messages du widget de paiement (français).

loading = Chargement du paiement…
load-failed = Impossible de charger ce paiement.
try-again = Réessayer
total = Total
pay-button = Payer { $amount }
paying = Paiement de { $amount }…
pay-with = Payer avec
other-ways = Autres moyens de paiement
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] Carte
}
saved-card = { card-brand } se terminant par { $last4 }
status-succeeded = Paiement effectué. Merci !
status-processing = Votre paiement est en cours de traitement. Nous vous préviendrons dès qu’il sera terminé.
decline-card_declined = Votre carte a été refusée. Rien n’a été débité. Essayez un autre moyen de paiement.
decline-insufficient_funds = Les fonds de cette carte sont insuffisants. Rien n’a été débité. Essayez un autre moyen de paiement.
decline-expired_card = Cette carte a expiré. Rien n’a été débité. Essayez un autre moyen de paiement.
decline-other = Le paiement n’a pas abouti. Rien n’a été débité. Essayez un autre moyen de paiement.
error-network = Impossible de joindre le marchand. Appuyez sur Payer pour réessayer ; vous ne serez pas débité deux fois.
error-rejected = Le marchand n’a pas pu accepter ce paiement. Rien n’a été débité.
decline-carrier_declined = Votre opérateur a refusé ce paiement. Rien n’a été débité. Essayez un autre moyen de paiement.
decline-otp_invalid = Le code a été mal saisi trop de fois. Rien n’a été débité. Essayez un autre moyen de paiement.
decline-otp_expired = Le code a expiré. Rien n’a été débité. Réessayez ou choisissez un autre moyen de paiement.
decline-expired = Le délai de paiement est dépassé. Rien n’a été débité. Réessayez ou choisissez un autre moyen de paiement.
decline-authentication_failed = Votre banque n’a pas pu confirmer votre identité. Rien n’a été débité. Essayez un autre moyen de paiement.
decline-canceled_by_buyer = Paiement annulé. Rien n’a été débité.
decline-velocity_limit = Trop de tentatives en peu de temps. Rien n’a été débité. Patientez quelques minutes.
decline-spending_cap = Ce paiement dépasserait le plafond mensuel des achats sur facture mobile. Rien n’a été débité. Essayez un autre moyen de paiement.
decline-processor_unavailable = Le service de paiement est surchargé. Rien n’a été débité. Réessayez dans un instant.
decline-superseded = Ce paiement a été remplacé par un plus récent. Rien n’a été débité.
error-in_progress = Votre paiement est toujours en cours. Patientez un instant puis appuyez sur Payer pour vérifier ; vous ne serez pas débité deux fois.
status-checking = Vérification de votre paiement… Cela peut prendre un instant. Vous ne serez pas débité deux fois.
decline-unusable = Ce moyen de paiement ne peut pas s’ouvrir ici en toute sécurité. Rien n’a été débité. Essayez un autre moyen de paiement.
offline = Vous êtes hors ligne. Vous pouvez quand même appuyer sur Payer : le paiement partira dès votre retour en ligne.
status-queued = Vous êtes hors ligne. Le paiement partira dès votre retour en ligne ; vous ne serez pas débité deux fois.
items = { $first } et { $others ->
    [one] 1 autre article
   *[other] { $others } autres articles
}
fee = Frais du moyen de paiement
method-card = Carte bancaire
method-carrier_billing = Facture mobile
method-qr = Scanner un QR code
method-bank_transfer = Virement bancaire
method-balance = Solde ({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] Portefeuille
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
card-details = Informations de la carte
field-number = Numéro de carte
field-expiry = Date d’expiration
field-expiry-format = MM / AA
field-cvc = Cryptogramme
field-card-required = Saisissez le numéro de carte.
field-card-incomplete = Ce numéro de carte est trop court.
field-card-invalid = Ce numéro de carte n’est pas valide. Vérifiez la saisie.
field-card-brand = Ce marchand n’accepte pas ce type de carte.
field-expiry-required = Saisissez la date d’expiration.
field-expiry-incomplete = Saisissez la date d’expiration au format MM / AA.
field-expiry-invalid = Cette date d’expiration n’est pas valide.
field-expiry-past = Cette carte a expiré.
field-cvc-required = Saisissez le cryptogramme.
field-cvc-invalid = Le cryptogramme comporte 3 chiffres (4 sur American Express).
field-carrier = Opérateur mobile
field-carrier-required = Choisissez votre opérateur.
field-phone = Numéro de téléphone
field-phone-example = 06 12 34 56 78
field-phone-required = Saisissez votre numéro de téléphone.
field-phone-invalid = Ce numéro de téléphone n’est pas valide.
field-phone-international = Saisissez le numéro avec l’indicatif du pays, par exemple +33 6 12 34 56 78.
otp-title = Saisissez le code
otp-sent = Nous avons envoyé un code à { $digits } chiffres par SMS au { $phone }.
otp-label = Code de vérification
otp-expires-in = Le code expire dans { $time }.
otp-expired = Le code a expiré. Demandez-en un nouveau.
otp-confirm = Confirmer le paiement
otp-resend = Renvoyer un code
otp-resend-in = Renvoyer un code dans { $time }
otp-error-otp_invalid = Ce code est incorrect. Vérifiez le SMS et réessayez.
otp-error-otp_resend_too_soon = Patientez un peu avant de demander un autre code.
otp-error-other = Impossible de vérifier le code. Réessayez.
qr-title = Scannez pour payer
qr-image = QR code de ce paiement
qr-expires-in = Ce code expire dans { $time }.
qr-expired = Ce code a expiré.
waiting-payment = En attente de votre paiement…
transfer-title = Payer par virement bancaire
transfer-bank = Banque
transfer-account = Numéro de compte
transfer-holder = Titulaire
transfer-reference = Référence
transfer-amount = Montant exact
transfer-within = { $hours ->
    [one] Effectuez le virement dans l’heure.
   *[other] Effectuez le virement dans les { $hours } heures.
}
waiting-transfer = Nous confirmerons dès réception des fonds.
copy = Copier
copy-named = Copier { $name }
copied = { $name } copié.
three-ds-title = Confirmez auprès de votre banque
three-ds-body = Votre banque vous demande de confirmer ce paiement.
three-ds-frame = Page de vérification de votre banque
wallet-title = Continuez dans { $wallet }
wallet-waiting = Validez le paiement dans la fenêtre { $wallet }.
wallet-open = Rouvrir { $wallet }
step-error = Une erreur s’est produite. Réessayez.
cancel-payment = Annuler le paiement
balance-is = Votre solde : { $balance }
balance-short = Votre solde est insuffisant. Rechargez avec :
pack = { $credit } de crédit pour { $price }
method-fee = + { $fee } de frais
