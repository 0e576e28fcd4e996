# Italian (it)

## Schermate di avvio e di errore: prima di un widget o al suo posto
loading = Caricamento…
not-in-frame-title = Apri questa app in Bitrix24
not-in-frame-text = Questa pagina è un widget di Bitrix24. Funziona all'interno del tuo portale Bitrix24, che le passa il contesto necessario. Aprila dal menu del portale, da una scheda CRM o da qualsiasi altro punto in cui l'app è installata.
not-in-frame-dev-hint = Per gli sviluppatori: esegui scripts/run.sh per provare tutti i widget nell'emulatore locale del portale.
init-timeout-title = Bitrix24 non risponde
init-timeout-text = Il portale non ha inviato in tempo il contesto al widget. Controlla la connessione e riprova.
malformed-title = Questo widget ha ricevuto dati che non riesce a leggere
malformed-text = Il portale ha aperto il widget con opzioni in un formato imprevisto. Non è stato modificato nulla. I dettagli qui sotto aiuteranno lo sviluppatore dell'app.
unknown-title = Questa posizione non è ancora supportata
unknown-text = Il portale ha aperto l'app in una posizione che non conosce. Ecco cosa ha ricevuto:
crash-title = Qualcosa è andato storto
crash-text = Nel widget si è verificato un errore imprevisto. Di solito basta ricaricare.
retry = Riprova
reload = Ricarica
placement-code = Posizione
error = Errore

## Azioni comuni a tutti i widget
open = Apri
details = Dettagli
refresh = Aggiorna

## Campi della scheda CRM e della scheda incarico
amount = Importo
responsible = Responsabile
created-by = Creato da
contact = Contatto
company = Azienda
phone = Telefono
email = E-mail
created = Creato il
modified = Modificato il
start-date = Data di inizio
close-date = Data di chiusura
deadline = Scadenza
project = Progetto
checklist = Checklist
not-set = Non specificato
overdue = Scaduto
important = Priorità alta
closed-item = Chiuso

## Stati di caricamento
load-failed = Impossibile caricare i dati
not-found = Non trovato o accesso negato
not-found-text = Potrebbe essere stato eliminato oppure le tue autorizzazioni non ti consentono di vederlo.
path-not-available = Il portale non può aprire questa pagina qui.

## Stati degli incarichi (tasks.task.get status 1–7)
task-new = Nuovo
task-pending = In attesa
task-in-progress = In corso
task-awaiting-review = In attesa di controllo
task-completed = Completato
task-deferred = Rinviato
task-declined = Rifiutato

## Tipi di entità CRM
lead = Lead
deal = Affare
contact-entity = Contatto
company-entity = Azienda
quote = Preventivo
invoice = Fattura
smart-process-item = Elemento Smart Process
activity = Attività
order = Ordine
task = Incarico

## Scheda chiamata (CALL_CARD)
incoming-call = Chiamata in entrata
outgoing-call = Chiamata in uscita
callback = Richiamata
line = Linea
call-idle = in attesa
call-connecting = connessione in corso
call-connected = connesso
no-crm-binding = Il chiamante non è ancora nel CRM.
also-linked = Collegato anche

## Vista del contesto (posizioni ancora senza un widget dedicato)
widget-context = Contesto del widget
widget-context-text = Il portale ha aperto l'app qui con questo contesto. Questa posizione mostra il suo contesto finché non avrà un widget dedicato.
opened-from = Aperto da
presentation = Visualizzato come

## Pagina iniziale (DEFAULT, LEFT_MENU)
welcome = Widget in Rust per Bitrix24
welcome-text = L'app aggiunge widget alle schede CRM, agli incarichi, alla scheda chiamata e ad altre aree del tuo portale.
signed-in-as = Accesso effettuato come
portal = Portale
language = Lingua
administrator = Amministratore

## Controlli comuni
toggle-theme = Passa al tema chiaro/scuro
background-worker = Il processo in background è in esecuzione.

## Scheda incarico
checklist-progress = Checklist: { $done } di { $total } completati

## Vista dettagli
yes = Sì
no = No
