# Mensajes del widget de pago (español de España).

loading = Cargando el pago…
load-failed = No hemos podido cargar este pago.
try-again = Reintentar
total = Total
pay-button = Pagar { $amount }
paying = Pagando { $amount }…
pay-with = Pagar con
other-ways = Otras formas de pago
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] Tarjeta
}
saved-card = { card-brand } acabada en { $last4 }
status-succeeded = Pago completado. ¡Gracias!
status-processing = Estamos procesando tu pago. Te avisaremos cuando termine.
decline-card_declined = Tu tarjeta ha sido rechazada. No se ha cobrado nada. Prueba con otra forma de pago.
decline-insufficient_funds = La tarjeta no tiene saldo suficiente. No se ha cobrado nada. Prueba con otra forma de pago.
decline-expired_card = La tarjeta ha caducado. No se ha cobrado nada. Prueba con otra forma de pago.
decline-other = El pago no se ha completado. No se ha cobrado nada. Prueba con otra forma de pago.
error-network = No hemos podido contactar con la tienda. Pulsa Pagar para reintentarlo; no se te cobrará dos veces.
error-rejected = La tienda no ha podido aceptar este pago. No se ha cobrado nada.
decline-carrier_declined = Tu operador ha rechazado el cargo. No se ha cobrado nada. Prueba con otra forma de pago.
decline-otp_invalid = Has introducido un código incorrecto demasiadas veces. No se ha cobrado nada. Prueba con otra forma de pago.
decline-otp_expired = El código ha caducado. No se ha cobrado nada. Vuelve a intentarlo o elige otra forma de pago.
decline-expired = Se ha agotado el tiempo para pagar. No se ha cobrado nada. Vuelve a intentarlo o elige otra forma de pago.
decline-authentication_failed = Tu banco no ha podido verificar tu identidad. No se ha cobrado nada. Prueba con otra forma de pago.
decline-canceled_by_buyer = Pago cancelado. No se ha cobrado nada.
decline-velocity_limit = Demasiados intentos en poco tiempo. No se ha cobrado nada. Espera unos minutos.
decline-spending_cap = Superarías el límite mensual de pagos con el móvil. No se ha cobrado nada. Prueba con otra forma de pago.
decline-processor_unavailable = El servicio de pago está saturado. No se ha cobrado nada. Inténtalo de nuevo en un momento.
decline-superseded = Este pago se ha sustituido por uno más reciente. No se ha cobrado nada.
error-in_progress = Tu pago se sigue procesando. Espera un momento y pulsa Pagar para comprobarlo; no se te cobrará dos veces.
status-checking = Estamos comprobando tu pago… Puede tardar un momento. No se te cobrará dos veces.
decline-unusable = Esta forma de pago no se puede abrir de forma segura aquí. No se ha cobrado nada. Prueba con otra forma de pago.
offline = No tienes conexión. Aun así puedes pulsar Pagar: el pago se enviará cuando vuelvas a tener conexión.
status-queued = No tienes conexión. El pago se enviará cuando vuelvas a tener conexión; no se te cobrará dos veces.
items = { $first } y { $others ->
    [one] 1 artículo más
   *[other] { $others } artículos más
}
fee = Comisión del método de pago
method-card = Tarjeta de crédito o débito
method-carrier_billing = Factura del móvil
method-qr = Escanear un código QR
method-bank_transfer = Transferencia bancaria
method-balance = Saldo ({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] Monedero
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
card-details = Datos de la tarjeta
field-number = Número de tarjeta
field-expiry = Fecha de caducidad
field-expiry-format = MM / AA
field-cvc = Código de seguridad
field-card-required = Introduce el número de tarjeta.
field-card-incomplete = El número de tarjeta es demasiado corto.
field-card-invalid = El número de tarjeta no es válido. Revisa si hay errores.
field-card-brand = Esta tienda no acepta esta marca de tarjeta.
field-expiry-required = Introduce la fecha de caducidad.
field-expiry-incomplete = Introduce la fecha de caducidad como MM / AA.
field-expiry-invalid = La fecha de caducidad no es válida.
field-expiry-past = La tarjeta ha caducado.
field-cvc-required = Introduce el código de seguridad.
field-cvc-invalid = El código de seguridad tiene 3 cifras (4 en American Express).
field-carrier = Operador móvil
field-carrier-required = Elige tu operador móvil.
field-phone = Número de teléfono
field-phone-example = 612 34 56 78
field-phone-required = Introduce tu número de teléfono.
field-phone-invalid = El número de teléfono no es válido.
field-phone-international = Introduce el número con el prefijo del país, por ejemplo +34 612 34 56 78.
otp-title = Introduce el código
otp-sent = Te hemos enviado un código de { $digits } cifras por SMS al { $phone }.
otp-label = Código de verificación
otp-expires-in = El código caduca en { $time }.
otp-expired = El código ha caducado. Pide uno nuevo.
otp-confirm = Confirmar el pago
otp-resend = Enviar un código nuevo
otp-resend-in = Enviar un código nuevo en { $time }
otp-error-otp_invalid = El código no es correcto. Revisa el SMS y vuelve a intentarlo.
otp-error-otp_resend_too_soon = Espera un poco antes de pedir otro código.
otp-error-other = No hemos podido comprobar el código. Inténtalo de nuevo.
qr-title = Escanea para pagar
qr-image = Código QR de este pago
qr-expires-in = Este código caduca en { $time }.
qr-expired = Este código ha caducado.
waiting-payment = Esperando tu pago…
transfer-title = Pagar por transferencia bancaria
transfer-bank = Banco
transfer-account = Número de cuenta
transfer-holder = Titular
transfer-reference = Concepto
transfer-amount = Importe exacto
transfer-within = { $hours ->
    [one] Haz la transferencia en la próxima hora.
   *[other] Haz la transferencia en las próximas { $hours } horas.
}
waiting-transfer = Lo confirmaremos en cuanto llegue el dinero.
copy = Copiar
copy-named = Copiar { $name }
copied = { $name }: copiado.
three-ds-title = Confirma con tu banco
three-ds-body = Tu banco te pide que confirmes este pago.
three-ds-frame = Página de verificación de tu banco
wallet-title = Continúa en { $wallet }
wallet-waiting = Aprueba el pago en la ventana de { $wallet }.
wallet-open = Volver a abrir { $wallet }
step-error = Algo ha fallado. Inténtalo de nuevo.
cancel-payment = Cancelar el pago
balance-is = Tu saldo: { $balance }
balance-short = No tienes saldo suficiente. Recarga con:
pack = { $credit } de saldo por { $price }
method-fee = + { $fee } de comisión
