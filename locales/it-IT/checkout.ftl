# Messaggi del widget di pagamento (italiano).

loading = Caricamento del pagamento…
load-failed = Impossibile caricare questo pagamento.
try-again = Riprova
total = Totale
pay-button = Paga { $amount }
paying = Pagamento di { $amount } in corso…
pay-with = Paga con
other-ways = Altri metodi di pagamento
card-brand = { $brand ->
    [visa] Visa
    [mastercard] Mastercard
    [amex] American Express
    [jcb] JCB
   *[other] Carta
}
saved-card = { card-brand } che termina con { $last4 }
status-succeeded = Pagamento completato. Grazie!
status-processing = Stiamo elaborando il pagamento. Ti avviseremo quando sarà concluso.
decline-card_declined = La carta è stata rifiutata. Non è stato addebitato nulla. Prova un altro metodo di pagamento.
decline-insufficient_funds = Fondi insufficienti sulla carta. Non è stato addebitato nulla. Prova un altro metodo di pagamento.
decline-expired_card = La carta è scaduta. Non è stato addebitato nulla. Prova un altro metodo di pagamento.
decline-other = Il pagamento non è andato a buon fine. Non è stato addebitato nulla. Prova un altro metodo di pagamento.
error-network = Impossibile contattare il negozio. Tocca Paga per riprovare: non ti verrà addebitato due volte.
error-rejected = Il negozio non ha potuto accettare questo pagamento. Non è stato addebitato nulla.
decline-carrier_declined = Il tuo operatore ha rifiutato l’addebito. Non è stato addebitato nulla. Prova un altro metodo di pagamento.
decline-otp_invalid = Il codice è stato inserito in modo errato troppe volte. Non è stato addebitato nulla. Prova un altro metodo di pagamento.
decline-otp_expired = Il codice è scaduto. Non è stato addebitato nulla. Riprova o scegli un altro metodo di pagamento.
decline-expired = Il tempo per pagare è scaduto. Non è stato addebitato nulla. Riprova o scegli un altro metodo di pagamento.
decline-authentication_failed = La tua banca non è riuscita a verificare la tua identità. Non è stato addebitato nulla. Prova un altro metodo di pagamento.
decline-canceled_by_buyer = Pagamento annullato. Non è stato addebitato nulla.
decline-velocity_limit = Troppi tentativi in poco tempo. Non è stato addebitato nulla. Attendi qualche minuto.
decline-spending_cap = Supereresti il limite mensile dei pagamenti con credito telefonico. Non è stato addebitato nulla. Prova un altro metodo di pagamento.
decline-processor_unavailable = Il servizio di pagamento è sovraccarico. Non è stato addebitato nulla. Riprova tra poco.
decline-superseded = Questo pagamento è stato sostituito da uno più recente. Non è stato addebitato nulla.
error-in_progress = Il pagamento è ancora in elaborazione. Attendi un momento, poi tocca Paga per verificare: non ti verrà addebitato due volte.
status-checking = Stiamo verificando il pagamento… Potrebbe volerci un momento. Non ti verrà addebitato due volte.
decline-unusable = Questo metodo di pagamento non può essere aperto qui in sicurezza. Non è stato addebitato nulla. Prova un altro metodo di pagamento.
offline = Sei offline. Puoi comunque toccare Paga: il pagamento partirà quando tornerai online.
status-queued = Sei offline. Il pagamento partirà quando tornerai online: non ti verrà addebitato due volte.
items = { $first } e { $others ->
    [one] 1 altro articolo
   *[other] altri { $others } articoli
}
fee = Commissione del metodo di pagamento
method-card = Carta di credito o di debito
method-carrier_billing = Credito telefonico
method-qr = Scansiona un codice QR
method-bank_transfer = Bonifico bancario
method-balance = Saldo ({ $balance })
wallet-name = { $wallet ->
    [kakaopay] KakaoPay
    [toss] Toss Pay
    [paypal] PayPal
    [naverpay] Naver Pay
    [paypay] PayPay
   *[other] Portafoglio digitale
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
card-details = Dati della carta
field-number = Numero della carta
field-expiry = Data di scadenza
field-expiry-format = MM / AA
field-cvc = Codice di sicurezza
field-card-required = Inserisci il numero della carta.
field-card-incomplete = Il numero della carta è troppo corto.
field-card-invalid = Il numero della carta non è valido. Controlla di averlo scritto bene.
field-card-brand = Questo negozio non accetta questo circuito.
field-expiry-required = Inserisci la data di scadenza.
field-expiry-incomplete = Inserisci la data di scadenza come MM / AA.
field-expiry-invalid = La data di scadenza non è valida.
field-expiry-past = La carta è scaduta.
field-cvc-required = Inserisci il codice di sicurezza.
field-cvc-invalid = Il codice di sicurezza ha 3 cifre (4 su American Express).
field-carrier = Operatore telefonico
field-carrier-required = Scegli il tuo operatore.
field-phone = Numero di cellulare
field-phone-example = 312 345 6789
field-phone-required = Inserisci il tuo numero di cellulare.
field-phone-invalid = Il numero di cellulare non è valido.
field-phone-international = Inserisci il numero con il prefisso internazionale, ad esempio +39 312 345 6789.
otp-title = Inserisci il codice
otp-sent = Ti abbiamo inviato via SMS un codice di { $digits } cifre al numero { $phone }.
otp-label = Codice di verifica
otp-expires-in = Il codice scade tra { $time }.
otp-expired = Il codice è scaduto. Richiedine uno nuovo.
otp-confirm = Conferma il pagamento
otp-resend = Invia un nuovo codice
otp-resend-in = Invia un nuovo codice tra { $time }
otp-error-otp_invalid = Il codice non è corretto. Controlla l’SMS e riprova.
otp-error-otp_resend_too_soon = Attendi un attimo prima di chiedere un altro codice.
otp-error-other = Impossibile verificare il codice. Riprova.
qr-title = Scansiona per pagare
qr-image = Codice QR di questo pagamento
qr-expires-in = Questo codice scade tra { $time }.
qr-expired = Questo codice è scaduto.
waiting-payment = In attesa del pagamento…
transfer-title = Paga con bonifico bancario
transfer-bank = Banca
transfer-account = Numero di conto
transfer-holder = Intestatario
transfer-reference = Causale
transfer-amount = Importo esatto
transfer-within = { $hours ->
    [one] Esegui il bonifico entro 1 ora.
   *[other] Esegui il bonifico entro { $hours } ore.
}
waiting-transfer = Confermeremo appena arriva il denaro.
copy = Copia
copy-named = Copia { $name }
copied = { $name } copiato.
three-ds-title = Conferma con la tua banca
three-ds-body = La tua banca ti chiede di confermare questo pagamento.
three-ds-frame = Pagina di verifica della tua banca
wallet-title = Continua in { $wallet }
wallet-waiting = Approva il pagamento nella finestra di { $wallet }.
wallet-open = Riapri { $wallet }
step-error = Qualcosa è andato storto. Riprova.
cancel-payment = Annulla il pagamento
balance-is = Il tuo saldo: { $balance }
balance-short = Il saldo non basta. Ricarica con:
pack = { $credit } di credito a { $price }
method-fee = + { $fee } di commissione
