# Mensagens do widget de pagamento (português do Brasil).

loading = Carregando o pagamento…
load-failed = Não foi possível carregar este pagamento.
try-again = Tentar de novo
total = Total
pay-button = Pagar { $amount }
paying = Pagando { $amount }…
pay-with = Pagar com
other-ways = Outras formas de pagamento
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] Cartão
}
saved-card = { card-brand } final { $last4 }
status-succeeded = Pagamento concluído. Obrigado!
status-processing = Seu pagamento está sendo processado. Avisaremos quando terminar.
decline-card_declined = Seu cartão foi recusado. Nada foi cobrado. Tente outra forma de pagamento.
decline-insufficient_funds = O cartão não tem saldo suficiente. Nada foi cobrado. Tente outra forma de pagamento.
decline-expired_card = Este cartão está vencido. Nada foi cobrado. Tente outra forma de pagamento.
decline-other = O pagamento não foi concluído. Nada foi cobrado. Tente outra forma de pagamento.
error-network = Não conseguimos falar com a loja. Toque em Pagar para tentar de novo; você não será cobrado duas vezes.
error-rejected = A loja não pôde aceitar este pagamento. Nada foi cobrado.
decline-carrier_declined = Sua operadora recusou a cobrança. Nada foi cobrado. Tente outra forma de pagamento.
decline-otp_invalid = O código foi digitado errado vezes demais. Nada foi cobrado. Tente outra forma de pagamento.
decline-otp_expired = O código expirou. Nada foi cobrado. Tente de novo ou escolha outra forma de pagamento.
decline-expired = O prazo para pagar acabou. Nada foi cobrado. Tente de novo ou escolha outra forma de pagamento.
decline-authentication_failed = Seu banco não conseguiu confirmar sua identidade. Nada foi cobrado. Tente outra forma de pagamento.
decline-canceled_by_buyer = Pagamento cancelado. Nada foi cobrado.
decline-velocity_limit = Muitas tentativas em pouco tempo. Nada foi cobrado. Aguarde alguns minutos.
decline-spending_cap = Isso passaria do limite mensal de pagamentos pelo celular. Nada foi cobrado. Tente outra forma de pagamento.
decline-processor_unavailable = O serviço de pagamento está sobrecarregado. Nada foi cobrado. Tente de novo daqui a pouco.
decline-superseded = Este pagamento foi substituído por um mais recente. Nada foi cobrado.
error-in_progress = Seu pagamento ainda está sendo processado. Aguarde um pouco e toque em Pagar para conferir; você não será cobrado duas vezes.
status-checking = Verificando seu pagamento… Isso pode levar um instante. Você não será cobrado duas vezes.
decline-unusable = Esta forma de pagamento não pode ser aberta aqui com segurança. Nada foi cobrado. Tente outra forma de pagamento.
offline = Você está offline. Ainda pode tocar em Pagar: o pagamento será enviado quando você voltar a ficar online.
status-queued = Você está offline. O pagamento será enviado quando você voltar a ficar online; você não será cobrado duas vezes.
items = { $first } e mais { $others ->
    [one] 1 item
   *[other] { $others } itens
}
fee = Taxa da forma de pagamento
method-card = Cartão de crédito ou débito
method-carrier_billing = Conta do celular
method-qr = Pagar com QR code
method-bank_transfer = Transferência bancária
method-balance = Saldo ({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] Carteira digital
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
card-details = Dados do cartão
field-number = Número do cartão
field-expiry = Validade
field-expiry-format = MM / AA
field-cvc = Código de segurança
field-card-required = Digite o número do cartão.
field-card-incomplete = O número do cartão está incompleto.
field-card-invalid = O número do cartão não é válido. Confira se há erros de digitação.
field-card-brand = Esta loja não aceita esta bandeira de cartão.
field-expiry-required = Digite a validade.
field-expiry-incomplete = Digite a validade no formato MM / AA.
field-expiry-invalid = A validade não é válida.
field-expiry-past = Este cartão está vencido.
field-cvc-required = Digite o código de segurança.
field-cvc-invalid = O código de segurança tem 3 dígitos (4 no American Express).
field-carrier = Operadora
field-carrier-required = Escolha sua operadora.
field-phone = Número de celular
field-phone-example = (11) 91234-5678
field-phone-required = Digite seu número de celular.
field-phone-invalid = Este número de celular não é válido.
field-phone-international = Digite o número com o código do país, por exemplo +55 11 91234 5678.
otp-title = Digite o código
otp-sent = Enviamos um código de { $digits } dígitos por SMS para { $phone }.
otp-label = Código de verificação
otp-expires-in = O código expira em { $time }.
otp-expired = O código expirou. Peça um novo.
otp-confirm = Confirmar pagamento
otp-resend = Enviar novo código
otp-resend-in = Enviar novo código em { $time }
otp-error-otp_invalid = Código incorreto. Confira o SMS e tente de novo.
otp-error-otp_resend_too_soon = Aguarde um pouco antes de pedir outro código.
otp-error-other = Não conseguimos verificar o código. Tente de novo.
qr-title = Escaneie para pagar
qr-image = QR code deste pagamento
qr-expires-in = Este código expira em { $time }.
qr-expired = Este código expirou.
waiting-payment = Aguardando seu pagamento…
transfer-title = Pagar por transferência bancária
transfer-bank = Banco
transfer-account = Número da conta
transfer-holder = Titular
transfer-reference = Identificador
transfer-amount = Valor exato
transfer-within = { $hours ->
    [one] Faça a transferência em até 1 hora.
   *[other] Faça a transferência em até { $hours } horas.
}
waiting-transfer = Confirmaremos assim que o dinheiro chegar.
copy = Copiar
copy-named = Copiar { $name }
copied = { $name } copiado.
three-ds-title = Confirme com seu banco
three-ds-body = Seu banco pede que você confirme este pagamento.
three-ds-frame = Página de verificação do seu banco
wallet-title = Continue no { $wallet }
wallet-waiting = Aprove o pagamento na janela do { $wallet }.
wallet-open = Abrir o { $wallet } de novo
step-error = Algo deu errado. Tente de novo.
cancel-payment = Cancelar pagamento
balance-is = Seu saldo: { $balance }
balance-short = Seu saldo não é suficiente. Recarregue com:
pack = { $credit } de crédito por { $price }
method-fee = + { $fee } de taxa
