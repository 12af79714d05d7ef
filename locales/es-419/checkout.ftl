# Mensajes del widget de pago (español de Latinoamérica).

loading = Cargando el pago…
load-failed = No pudimos cargar este pago.
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
saved-card = { card-brand } terminada en { $last4 }
status-succeeded = Pago completado. ¡Gracias!
status-processing = Estamos procesando tu pago. Te avisaremos cuando termine.
decline-card_declined = Tu tarjeta fue rechazada. No se cobró nada. Prueba con otra forma de pago.
decline-insufficient_funds = La tarjeta no tiene saldo suficiente. No se cobró nada. Prueba con otra forma de pago.
decline-expired_card = La tarjeta está vencida. No se cobró nada. Prueba con otra forma de pago.
decline-other = El pago no se completó. No se cobró nada. Prueba con otra forma de pago.
error-network = No pudimos comunicarnos con la tienda. Pulsa Pagar para reintentarlo; no se te cobrará dos veces.
error-rejected = La tienda no pudo aceptar este pago. No se cobró nada.
decline-carrier_declined = Tu operador rechazó el cargo. No se cobró nada. Prueba con otra forma de pago.
decline-otp_invalid = Ingresaste un código incorrecto demasiadas veces. No se cobró nada. Prueba con otra forma de pago.
decline-otp_expired = El código venció. No se cobró nada. Vuelve a intentarlo o elige otra forma de pago.
decline-expired = Se acabó el tiempo para pagar. No se cobró nada. Vuelve a intentarlo o elige otra forma de pago.
decline-authentication_failed = Tu banco no pudo verificar tu identidad. No se cobró nada. Prueba con otra forma de pago.
decline-canceled_by_buyer = Pago cancelado. No se cobró nada.
decline-velocity_limit = Demasiados intentos en poco tiempo. No se cobró nada. Espera unos minutos.
decline-spending_cap = Superarías el límite mensual de pagos con el celular. No se cobró nada. Prueba con otra forma de pago.
decline-processor_unavailable = El servicio de pago está saturado. No se cobró nada. Inténtalo de nuevo en un momento.
decline-superseded = Este pago fue reemplazado por uno más reciente. No se cobró nada.
error-in_progress = Tu pago se sigue procesando. Espera un momento y pulsa Pagar para comprobarlo; no se te cobrará dos veces.
status-checking = Estamos verificando tu pago… Puede tardar un momento. No se te cobrará dos veces.
decline-unusable = Esta forma de pago no se puede abrir de forma segura aquí. No se cobró nada. Prueba con otra forma de pago.
offline = No tienes conexión. Igual puedes pulsar Pagar: el pago se enviará cuando vuelvas a estar en línea.
status-queued = No tienes conexión. El pago se enviará cuando vuelvas a estar en línea; no se te cobrará dos veces.
items = { $first } y { $others ->
    [one] 1 artículo más
   *[other] { $others } artículos más
}
fee = Comisión del método de pago
method-card = Tarjeta de crédito o débito
method-carrier_billing = Factura del celular
method-qr = Escanear un código QR
method-bank_transfer = Transferencia bancaria
method-balance = Saldo ({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] Billetera
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
field-expiry = Fecha de vencimiento
field-expiry-format = MM / AA
field-cvc = Código de seguridad
field-card-required = Ingresa el número de tarjeta.
field-card-incomplete = El número de tarjeta es demasiado corto.
field-card-invalid = El número de tarjeta no es válido. Revisa si hay errores.
field-card-brand = Esta tienda no acepta esta marca de tarjeta.
field-expiry-required = Ingresa la fecha de vencimiento.
field-expiry-incomplete = Ingresa la fecha de vencimiento como MM / AA.
field-expiry-invalid = La fecha de vencimiento no es válida.
field-expiry-past = La tarjeta está vencida.
field-cvc-required = Ingresa el código de seguridad.
field-cvc-invalid = El código de seguridad tiene 3 cifras (4 en American Express).
field-carrier = Compañía telefónica
field-carrier-required = Elige tu compañía telefónica.
field-phone = Número de teléfono
field-phone-example = 55 1234 5678
field-phone-required = Ingresa tu número de teléfono.
field-phone-invalid = El número de teléfono no es válido.
field-phone-international = Ingresa el número con el prefijo del país, por ejemplo +52 55 1234 5678.
otp-title = Ingresa el código
otp-sent = Te enviamos un código de { $digits } cifras por SMS al { $phone }.
otp-label = Código de verificación
otp-expires-in = El código vence en { $time }.
otp-expired = El código venció. Pide uno nuevo.
otp-confirm = Confirmar el pago
otp-resend = Enviar un código nuevo
otp-resend-in = Enviar un código nuevo en { $time }
otp-error-otp_invalid = El código no es correcto. Revisa el SMS y vuelve a intentarlo.
otp-error-otp_resend_too_soon = Espera un poco antes de pedir otro código.
otp-error-other = No pudimos verificar el código. Inténtalo de nuevo.
qr-title = Escanea para pagar
qr-image = Código QR de este pago
qr-expires-in = Este código vence en { $time }.
qr-expired = Este código venció.
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
step-error = Algo salió mal. Inténtalo de nuevo.
cancel-payment = Cancelar el pago
balance-is = Tu saldo: { $balance }
balance-short = No tienes saldo suficiente. Recarga con:
pack = { $credit } de saldo por { $price }
method-fee = + { $fee } de comisión
