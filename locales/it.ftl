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

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

setup-area-app = Pagine dell'app

setup-area-crm = CRM

setup-area-tasks = Attività

setup-area-workgroups = Gruppi di lavoro e progetti

setup-area-people = Dipendenti

setup-area-calendar = Calendario

setup-area-telephony = Telefonia

setup-area-messenger = Messenger

setup-area-contact-center = Contact center

setup-area-fields = Campi del CRM

setup-area-sites = Siti e negozi

setup-purpose-app-page = Widgets

setup-purpose-app-page-text = La pagina dell'app: chi sei, il tuo portale e le impostazioni dell'app.

setup-purpose-app-link = Apri in Widgets

setup-purpose-app-link-text = Apre l'elemento CRM, l'attività o il dipendente indicato da un link all'app.

setup-purpose-call-watcher = Osservatore chiamate

setup-purpose-call-watcher-text = Funziona in background su ogni pagina e segue le chiamate per la scheda chiamata.

setup-purpose-entity-overview = Panoramica

setup-purpose-entity-overview-text = L'elemento a colpo d'occhio: fase, importo, persone e contatti.

setup-purpose-row-action = Azioni Widgets

setup-purpose-row-action-text = Agisce sulle righe scelte nell'elenco.

setup-purpose-list-report = Report per fase

setup-purpose-list-report-text = Numero e importo per fase dell'intero elenco e conversione lungo la pipeline.

setup-purpose-card-action = Riepilogo

setup-purpose-card-action-text = Il riepilogo dell'elemento in un pannello laterale.

setup-purpose-activity = Cosa da fare

setup-purpose-activity-text = Un tipo di attività CRM che aggiunge una cosa da fare all'elemento.

setup-purpose-timeline-action = Azioni sul record

setup-purpose-timeline-action-text = Lavora sul record scelto della timeline.

setup-purpose-document = Riepilogo stampabile

setup-purpose-document-text = Crea un documento stampabile per l'elemento.

setup-purpose-automation-triggers = Trigger di automazione

setup-purpose-automation-triggers-text = Aggiunge i trigger dell'app al designer dell'automazione e li prova su un elemento.

setup-purpose-search = Ricerca Widgets

setup-purpose-search-text = Trova elementi CRM e dati aziendali per la ricerca e il modulo dei dati.

setup-purpose-analytics = Report Widgets

setup-purpose-analytics-text = Un report nella sezione Analisi.

setup-purpose-task-summary = Riepilogo attività

setup-purpose-task-summary-text = L'attività a colpo d'occhio: stato, scadenza, persone e checklist.

setup-purpose-workload = Carico di lavoro

setup-purpose-workload-text = Un report sul carico delle attività di una persona o di un gruppo.

setup-purpose-group-card = Panoramica del gruppo

setup-purpose-group-card-text = Membri, ruoli e attività aperte del gruppo di lavoro.

setup-purpose-employee-card = Scheda dipendente

setup-purpose-employee-card-text = Reparto, responsabile, contatti, trattative e attività aperte.

setup-purpose-calendar-view = Agenda

setup-purpose-calendar-view-text = Una vista del calendario.

setup-purpose-call-notes = Note di chiamata

setup-purpose-call-notes-text = Note durante una chiamata, salvate nell'elemento CRM del cliente.

setup-purpose-calls-report = Report chiamate

setup-purpose-calls-report-text = Un report sulle chiamate del portale.

setup-purpose-chat-templates = Modelli di risposta

setup-purpose-chat-templates-text = Modelli di risposta sopra il campo di inserimento della chat.

setup-purpose-chat-context = Contesto della chat

setup-purpose-chat-context-text = L'elemento CRM o l'attività a cui appartiene la chat, nella sua barra laterale.

setup-purpose-message-action = Crea dal messaggio

setup-purpose-message-action-text = Trasforma un messaggio in un'attività o in un'attività CRM.

setup-purpose-messenger-page = Widgets

setup-purpose-messenger-page-text = L'app come pagina nel messenger.

setup-purpose-connector-tile = Connettore Widgets

setup-purpose-connector-tile-text = Un riquadro del contact center che apre la configurazione del connettore.

setup-purpose-connector-settings = Impostazioni del connettore

setup-purpose-connector-settings-text = Le impostazioni del connettore del canale aperto dell'app.

setup-purpose-rating-field = Valutazione

setup-purpose-rating-field-text = Un tipo di campo CRM: una valutazione a stelle con una nota.

setup-purpose-site-settings = Impostazioni del sito

setup-purpose-site-settings-text = Le impostazioni dell'app su un sito.

setup-purpose-block-settings = Impostazioni del blocco

setup-purpose-block-settings-text = Impostazioni dei blocchi dell'app nell'editor del sito.

setup-spot-left-menu = Menu a sinistra

setup-spot-app-links = Link all'app

setup-spot-every-page = Ogni pagina, in background

setup-spot-card-tab = Scheda della card

setup-spot-card-activity = Attività nella card

setup-spot-card-toolbar = Barra degli strumenti della card

setup-spot-card-sidebar = Barra laterale della card

setup-spot-card-top-panel = Pannello superiore della card

setup-spot-list-toolbar = Sopra l'elenco

setup-spot-funnels-toolbar = Sopra le pipeline

setup-spot-list-row-menu = Menu della riga

setup-spot-timeline-menu = Menu del record della timeline

setup-spot-document-button = Pulsante Documenti

setup-spot-automation-toolbar = Designer dell'automazione

setup-spot-analytics-menu = Menu Analisi

setup-spot-analytics-toolbar = Barra Analisi

setup-spot-search = Ricerca CRM

setup-spot-details-autocomplete = Modulo dei dati aziendali e bancari

setup-spot-profile-menu = Menu del profilo

setup-spot-calendar-view = Viste del calendario

setup-spot-call-card = Scheda chiamata

setup-spot-chat-input-panel = Pannello sopra l'input della chat

setup-spot-chat-sidebar = Barra laterale della chat

setup-spot-message-menu = Menu del messaggio

setup-spot-mobile-message-menu = Menu del messaggio nell'app mobile

setup-spot-messenger-navigation = Navigazione del messenger

setup-spot-contact-center-tile = Riquadro del contact center

setup-spot-connector-settings = Impostazioni del canale aperto

setup-spot-field-type = Tipi di campo del CRM

setup-spot-site-settings = Impostazioni del sito

setup-spot-block-settings = Impostazioni del blocco nell'editor del sito

setup-spot-other = Altrove

setup-subject-old-invoice = Fattura (vecchia)

setup-subject-workgroup = Gruppo di lavoro

setup-subject-employee = Dipendente

setup-title = Installa l'app

setup-intro = Scegli dove appare l'app nel tuo portale. Una selezione sensata è già fatta; potrai cambiarla più tardi nelle impostazioni dell'app.

setup-selected = Selezionati: { $count }

setup-install = Installa

setup-installed = Installato

setup-progress = Passaggi completati: { $done } di { $total }

setup-state-pending = In attesa

setup-state-running = In corso

setup-state-done = Fatto

setup-state-already = Già presente

setup-state-failed = Non riuscito

setup-state-unknown = Esito sconosciuto

setup-problems-title = Alcuni passaggi non sono stati completati

setup-problems-text = Tutto il resto è a posto. Riprova quando la causa è risolta: viene inviato solo ciò che manca ancora.

setup-rechecked-text = Il portale non ha detto se alcuni passaggi sono riusciti, quindi l'app ha controllato di nuovo il portale. L'elenco mostra ciò che manca ancora; niente è stato inviato due volte.

setup-finishing = Completamento dell'installazione…

setup-finished = L'app è installata. Il portale la ricarica ora.

setup-finish-failed = Il portale non ha accettato la fine dell'installazione.

setup-nothing-new = Tutto ciò che hai scelto è già installato.

setup-not-admin-title = Chiedi al tuo amministratore di installare l'app

setup-not-admin-text = Solo un amministratore di Bitrix24 può installare questa app e scegliere dove appare. Non è stato modificato nulla.

setup-bad-address = L'app è aperta a un indirizzo da cui il portale non può caricare widget.

setup-settings-title = Impostazioni dell'app

setup-settings-intro = Dove appare l'app nel tuo portale, e le sue opzioni.

setup-read-only = Solo un amministratore può modificare queste impostazioni.

setup-places = Dove appare l'app

setup-bound = Collegato

setup-not-bound = Non collegato

setup-unavailable = Non disponibile su questo portale

setup-apply = Applica modifiche

setup-no-changes = Non c'è niente da modificare.

setup-applied = Le modifiche sono applicate.

setup-app-options = Opzioni per tutti

setup-my-options = Le mie opzioni

setup-theme = Tema

setup-theme-auto = Come nel sistema

setup-theme-light = Chiaro

setup-theme-dark = Scuro

setup-transport = Connessione REST

setup-transport-bx24 = Tramite la pagina del portale

setup-transport-fetch = Richieste dirette

setup-save = Salva

setup-saved = Salvato.

setup-save-failed = Le opzioni non sono state salvate.

home-open-settings = Impostazioni dell'app
## Messenger
im-templates-title = Risposte rapide
im-template-thanks = Grazie! Ti rispondo a breve.
im-template-details = Potresti inviarmi i dettagli, per favore?
im-template-call = Parliamone al telefono. Quando ti va bene?
im-template-bound = Stiamo lavorando su { $element } e ti terremo aggiornato in questa chat.
im-draft-reply = { $name }, grazie per il tuo messaggio: «{ $about }» Me ne occupo e ti rispondo oggi.
im-draft-reply-anonymous = Grazie per il tuo messaggio: «{ $about }» Me ne occupo e ti rispondo oggi.
im-draft-button = Prepara una risposta
im-read-input = Leggi il campo di inserimento
im-replace-text = Sostituisci il testo nel campo di inserimento
im-input-text = Testo nel campo di inserimento: { $text } (lunghezza: { $count })
im-input-empty = Il campo di inserimento è vuoto.
im-inserted = Il testo è nel campo di inserimento.
im-no-textarea = Il messenger non ha risposto: qui non c'è un campo di inserimento dei messaggi.
im-insert-failed = Impossibile inserire il testo: { $reason }
im-task-ref = Attività n. { $id }
im-belongs-to = Collegata a:
im-ordinary-chat = Questa chat non è collegata né a un elemento CRM né a un'attività.
im-private-chat = Una chat privata: non è collegata né a un elemento CRM né a un'attività.
im-members = Membri: { $count }
im-online = online
im-write = Scrivi
im-call-short = Chiama
im-write-to = Scrivi a { $name }
im-call = Chiama { $name }
im-field-title = Titolo
im-field-description = Descrizione
im-field-deadline = Scadenza
im-make-task = Crea attività
im-make-activity = Aggiungi azione CRM
im-title-required = Inserisci un titolo.
im-deadline-required = Un'azione CRM richiede una scadenza.
im-no-crm-binding = Questa chat non è collegata a un elemento CRM, quindi si può creare solo un'attività.
im-from-message = Dal messaggio di { $author } in «{ $chat }».
im-task-created = L'attività n. { $id } è stata creata.
im-activity-created = L'azione n. { $id } è stata aggiunta a { $element }.
im-write-refused = Il portale ha rifiutato: { $reason }
im-write-unknown = Il portale non ha confermato in tempo: potrebbe essere stato creato. Controlla prima di inviare di nuovo.
im-check = Controlla
im-check-not-found = Non è stato creato nulla. Puoi inviare di nuovo.
im-recent-title = Le tue chat
im-no-chats = Ancora nessuna chat.
im-unread = Da leggere: { $count }
im-open-chat = Apri chat
im-more-chats = Sono mostrate solo le chat più recenti (fino a { $count }).
im-smiles-deprecated = Questa posizione è obsoleta
im-smiles-deprecated-text = Dalla versione 25.1600.0 del messenger le emoji sono state sostituite dagli sticker e il portale non apre più questa posizione. I set qui sotto vengono comunque inseriti nel campo di inserimento dove il portale lo consente.
im-smiles-faces = Facce
im-smiles-work = Lavoro
im-smiles-gestures = Gesti

## Telephony
call-note-label = Nota della chiamata
call-note-save = Salva nota
call-note-discard = Scarta
call-note-held = La scheda della chiamata resta aperta finché non salvi o scarti la nota.
call-note-saving = Salvataggio della nota…
call-note-saved = La nota è stata salvata come azione n. { $id } su { $element }.
call-note-refused = La nota non è stata salvata: { $reason }
call-note-unknown = Il portale non ha confermato in tempo: la nota potrebbe essere stata salvata. Controlla la cronologia prima di salvarla di nuovo.
call-note-no-target = Collega la chiamata a un elemento CRM per salvare una nota.
call-note-title = Nota della chiamata: { $phone }
call-note-title-no-phone = Nota della chiamata
softphone-waiting = Il softphone è in attesa di chiamate.
softphone-title = Chiamata in arrivo da { $phone }
softphone-ringing = Squilla…
softphone-connected = Connesso
softphone-on-hold = In attesa
softphone-ended = Chiamata terminata dopo { $minutes } min { $seconds } s
softphone-missed = Chiamata persa
softphone-finish-failed = Impossibile terminare la chiamata: { $reason }
softphone-command-failed = La scheda della chiamata non ha accettato un comando: { $reason }
calls-title = Chiamate degli ultimi { $days } giorni
calls-total = Chiamate
calls-incoming = In arrivo
calls-outgoing = In uscita
calls-missed = Perse
calls-talk-time = Tempo di conversazione
calls-average = Chiamata media
calls-duration = { $minutes } min { $seconds } s
calls-per-day = Chiamate al giorno
calls-per-user = Per dipendente
calls-employee = Dipendente
calls-loading = Caricamento del registro chiamate… Caricate: { $rows }
calls-stop = Interrompi
calls-partial = Caricamento interrotto: il report include solo le chiamate caricate finora.
calls-none = Nessuna chiamata in questo periodo.
calls-day = { $date }: { $answered } risposte, { $missed } perse

## Open lines
connector-title = Connettore del canale aperto «{ $name }»
connector-not-registered = Il connettore dell'app non è registrato su questo portale. Apri le impostazioni dell'app per registrarlo.
connector-lines = Canali aperti
connector-setup = Configura
connector-line-id = Canale aperto n. { $id }
connector-line-inactive = Disattivato
connector-active = Attivo
connector-inactive = Non attivo
connector-configured = Dati del canale impostati
connector-not-configured = Dati del canale mancanti
connector-error = Errore
connector-ok = Funziona
connector-works = Il connettore funziona su questo canale aperto.
connector-wants-on = Hai attivato il connettore per questo canale aperto: collegalo per completare.
connector-wants-off = Hai disattivato il connettore per questo canale aperto: scollegalo per completare.
connector-channel-name = Nome del canale
connector-default-name = Chat dei widget Rust
connector-channel-url = Link della chat
connector-connect = Collega
connector-disconnect = Scollega
connector-name-required = Inserisci il nome del canale.
connector-url-invalid = Il link della chat deve iniziare con https:// o http://.
connector-refused = Il portale ha rifiutato: { $reason }
connector-unknown = Il portale non ha confermato in tempo: la modifica potrebbe essere stata applicata. Controlla lo stato prima di riprovare.
connector-check = Controlla stato

## Unsupported spots
spot-hr-title = Stipendio e ferie (HR)
spot-hr-text = Il portale apre questo pannello dal menu stipendi e ferie del modulo HR. Bitrix24 non documenta cosa passa qui all'app, quindi l'app mostra ciò che è arrivato e nient'altro.
spot-catalog-title = Catalogo prodotti esterno
spot-catalog-text = Il selettore prodotti carica questo frame nascosto per cercare in un catalogo esterno. I suoi comandi ed eventi non sono documentati (noti solo dal codice del portale), quindi l'app non vi risponde e il selettore continua a usare il catalogo del portale.
spot-options = Cosa ha inviato il portale
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

crm-report-title = Report per fase: { $entity }
crm-report-entity = Report su
crm-report-counting = Conteggio: { $done } di { $total }
crm-report-stop = Interrompi
crm-report-stopped-early = Interrotto prima di contare qualsiasi cosa.
crm-report-count-again = Conta di nuovo
crm-report-partial = Interrotto in anticipo: questi numeri coprono { $done } di { $total }.
crm-report-counted = Contati: { $count }
crm-report-empty = Questo elenco è vuoto.
crm-report-pipeline = Pipeline
crm-report-total = In totale
crm-report-won = Vinti
crm-report-lost = Persi
crm-report-win-rate = Tasso di successo
crm-report-percent = { $percent }%
crm-report-reached = Il { $percent }% ha raggiunto questa fase
crm-report-chart = Fasi di { $pipeline }
crm-report-open-hint = Seleziona una fase per aprire l'elenco filtrato su di essa.

## CRM list row actions (CRM_*_LIST_MENU)

crm-row-actions = Azioni rapide
crm-row-stage = Fase
crm-row-move = Sposta
crm-row-reassign = Cambia responsabile
crm-row-pick-user = Scegli il nuovo responsabile
crm-row-saving = Salvataggio…
crm-row-moved = Spostato in «{ $stage }».
crm-row-reassigned = Ora il responsabile è { $name }.
crm-row-save-failed = La modifica non è stata salvata: { $reason }
crm-row-unknown = Il portale non ha confermato la modifica: potrebbe essere stata salvata oppure no. La riga è stata riletta: controllala prima di riprovare.

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

automation-title = Trigger di automazione
automation-hint = Posiziona uno dei trigger dell'app su una fase in questo designer: quando il trigger scatta su un elemento, l'elemento passa a quella fase.
automation-empty = L'app non ha ancora trigger.
automation-admin-only = Solo un amministratore può aggiungere, eliminare o attivare i trigger dell'app.
automation-delete = Elimina
automation-delete-label = Elimina «{ $name }»
automation-add-title = Nuovo trigger
automation-name = Nome
automation-code = Codice
automation-code-hint = Lettere latine minuscole, cifre, punti, trattini e trattini bassi. L'app ne propone uno in base al nome.
automation-add = Aggiungi trigger
automation-empty-name = Dai un nome al trigger.
automation-bad-code = Il codice può contenere solo lettere latine minuscole, cifre, punti, trattini e trattini bassi (al massimo 64 caratteri).
automation-taken-code = L'app ha già un trigger con questo codice.
automation-added = «{ $name }» ora è tra i trigger del designer.
automation-deleted = «{ $name }» è stato eliminato.
automation-fire-title = Prova un trigger
automation-fire-trigger = Trigger
automation-fire-element = ID dell'elemento
automation-fire-pick = Scegli l'elemento
automation-fire = Attiva
automation-bad-id = Inserisci l'ID dell'elemento, un numero intero.
automation-picked = Elemento: { $title }
automation-fired = «{ $name }» è stato attivato su { $element }.
automation-no-fire = Gli elementi di questo tipo non eseguono automazioni, quindi non è possibile attivare trigger su di essi.
automation-saving = Salvataggio…
automation-failed = Il portale ha rifiutato: { $reason }
automation-unknown = Il portale non ha confermato l'operazione: potrebbe essere stata eseguita oppure no. L'elenco è stato riletto: controllalo prima di riprovare.

## CRM rating field (USERFIELD_TYPE)

crm-rating-stars = { $stars } stelle su { $max }
crm-rating-choose = Scegli la valutazione
crm-rating-entry = Valutazione { $number }
crm-rating-note = Nota
crm-rating-note-count = { $used } / { $max }
crm-rating-add = Aggiungi valutazione
crm-rating-remove = Rimuovi
crm-rating-required = Questo campo è obbligatorio: scegli almeno una stella.
crm-rating-no-stars = Scegli le stelle per la valutazione { $number }.
crm-rating-note-too-long = La nota della valutazione { $number } è troppo lunga: al massimo { $max } caratteri.
crm-rating-unreadable = Un valore salvato non può essere mostrato ({ $reason }). Salvando la scheda verrà sostituito.
crm-rating-kept = Mantenuto nella scheda: viene salvato quando salvi la scheda.
crm-rating-set-failed = La scheda non ha accettato il valore: { $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)
workload-title = Carico di lavoro: { $name }
workload-title-visible = Carico di lavoro delle attività che puoi vedere
workload-tasks-total = Attività nell'elenco: { $total }
workload-progress = Attività caricate: { $loaded } di { $total }
workload-stop = Interrompi il caricamento
workload-stopped = Caricamento interrotto
workload-partial = Il report comprende solo le attività caricate finora: { $loaded } di { $total }.
workload-load-again = Ricarica
workload-open-tasks = Attività aperte
workload-due-this-week = In scadenza questa settimana
workload-no-deadline = Senza scadenza
workload-by-status = Attività per stato
workload-per-person = Attività aperte per responsabile
workload-person-load = { $open } (scadute: { $overdue })
workload-other-status = Altro stato
workload-open-list = Apri l'elenco delle attività
workload-empty = Questo elenco non contiene attività.

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)
group-kind-workgroup = Gruppo di lavoro
group-open-to-join = Aperto a tutti
group-members = Membri
group-role-owner = Proprietario
group-role-moderator = Moderatore
group-role-member = Membro
group-deadlines = Prossime scadenze
group-no-deadlines = Nessuna attività aperta di questo gruppo ha una scadenza.
group-open-page = Apri il gruppo
group-no-group-title = Nessun gruppo
group-no-group-text = Il portale ha aperto questo pulsante in una pagina che non indica alcun gruppo, quindi non c'è una scheda del gruppo da mostrare.

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)
profile-department = Reparto
profile-manager = Responsabile
profile-work-phone = Telefono di lavoro
profile-mobile = Cellulare
profile-extension = Interno
profile-online = Online
profile-dismissed = Non più in azienda
profile-message = Invia messaggio
profile-call = Chiama
profile-open-profile = Apri profilo
profile-open-deals = Trattative aperte: { $count }
profile-open-tasks = Attività aperte: { $count }
profile-no-deals = Nessuna trattativa aperta.
profile-no-tasks = Nessuna attività aperta.
profile-messenger-failed = Il messenger non può essere aperto da qui.

## App links (REST_APP_URI)
link-unknown-title = Questo link non indica nulla che l'app possa aprire
link-unknown-text = L'app apre i link i cui parametri indicano un elemento del CRM (entityTypeId e id, oppure deal, lead, contact, company, quote, invoice), un'attività (task) o un dipendente (user). Questo link ha trasmesso:
link-no-params = Il link non ha trasmesso alcun parametro.

## Calendar view (CALENDAR_GRIDVIEW)
calendar-range = { $from } – { $to }
calendar-events-count = Eventi in questo periodo: { $count }
calendar-previous = Periodo precedente
calendar-next = Periodo successivo
calendar-add = Nuovo evento
calendar-all-day = Tutto il giorno
calendar-edit = Modifica
calendar-delete = Elimina
calendar-edit-event = Modifica «{ $name }»
calendar-delete-event = Elimina «{ $name }»
calendar-no-events = Nessun evento
calendar-not-found = Il calendario non ha trovato questo evento. Aggiorna la vista e riprova.

## Sites
landing-site-settings = Impostazioni del sito
landing-page = Pagina: { $page }
landing-site-title = Titolo del sito
landing-site-description = Descrizione
landing-save = Salva
landing-site-saved = Le impostazioni del sito sono state salvate.
landing-title-required = Inserisci il titolo del sito.
landing-refused = Il portale ha rifiutato: { $reason }
landing-unknown = Il portale non ha confermato in tempo: la modifica potrebbe essere stata salvata. Ricarica la pagina prima di salvare di nuovo.
landing-block-settings = Testi del blocco
landing-block-hint = Compila i testi da cambiare; i campi vuoti restano come sono nell'editor.
landing-no-text-nodes = Questo blocco non ha testi da modificare qui.
landing-nothing-to-save = Compila almeno un testo.
landing-block-saved = Il blocco è stato aggiornato e ricaricato nell'editor.
landing-block-saved-no-refresh = Il blocco è stato aggiornato, ma l'editor non l'ha ricaricato: { $reason }
## CRM work
crm-todo-title = Nuova attività da fare
crm-todo-for = Per { $title }
crm-todo-heading = Nuova attività per «{ $title }»
crm-todo-text = Cosa fare
crm-todo-text-placeholder = Ad esempio: richiamare per l’offerta
crm-todo-deadline = Scadenza
crm-todo-due = Scadenza
crm-todo-due-today = Oggi, 18:00
crm-todo-due-tomorrow = Domani, 10:00
crm-todo-due-three-days = Tra 3 giorni
crm-todo-due-week = Tra una settimana
crm-todo-responsible = Responsabile
crm-todo-me = Tu
crm-todo-choose-user = Scegli
crm-todo-create = Crea attività
crm-todo-create-again = Crea comunque
crm-todo-cancel = Annulla
crm-todo-saving = Creazione dell’attività…
crm-todo-created = Attività creata: { $text }
crm-todo-failed-title = L’attività non è stata creata
crm-todo-failed = L’attività non è stata creata: { $reason }
crm-todo-unknown-title = Non confermato
crm-todo-unknown = Il portale non ha confermato l’attività, quindi potrebbe essere già stata creata. Controlla le attività aperte prima di crearla di nuovo.
crm-todo-open = Attività aperte: { $count }
crm-todo-open-none = Nessuna attività aperta per ora.
crm-todo-empty-text = Scrivi cosa bisogna fare.
crm-todo-bad-deadline = Scegli data e ora.
crm-todo-driver-loading = Preparazione del modulo…
crm-todo-driver-ready = Il modulo è visualizzato.
crm-todo-load-failed = Impossibile caricare l’elemento: { $reason }
crm-todo-layout-refused = Il portale non è riuscito a mostrare il modulo.
crm-record-paid = Pagato
crm-record-unpaid = Non pagato
crm-record-canceled = Annullato
crm-record-status = Stato: { $code }
crm-record-done = Fatto
crm-record-open = Da fare
crm-record-incoming = In entrata
crm-record-outgoing = In uscita
crm-record-meeting = Riunione
crm-record-call = Chiamata
crm-record-task = Attività
crm-record-email = E-mail
crm-record-todo = Attività da fare
crm-record-billed = Emessa
crm-record-pay-before = Pagare entro
crm-record-starts = Inizio
crm-record-order-title = Ordine { $number }
crm-record-belongs-to = Appartiene a
crm-record-items = Articoli
crm-record-line = { $quantity } × { $price }
crm-search-running = Ricerca in corso…
crm-search-found = Risultati inviati al modulo: { $count }
crm-search-failed = La ricerca non è riuscita: { $reason }
crm-search-picked = Il risultato scelto è stato inserito nel modulo.
crm-search-unknown-pick = L’opzione scelta non proviene da questa app.
crm-doc-title = Offerta commerciale
crm-doc-number = N. { $number }
crm-doc-issued = Data
crm-doc-subject = Riferimento
crm-doc-client = Cliente
crm-doc-stage = Fase
crm-doc-prepared-by = Preparato da
crm-doc-note = Questa offerta è valida 14 giorni dalla data indicata.
crm-doc-print = Stampa
crm-doc-download = Scarica
crm-doc-downloaded = Salvato come { $file }.
crm-doc-download-failed = Impossibile salvare il file.
crm-doc-print-failed = Il browser non è riuscito a stampare la pagina.
crm-record-mark-done = Segna come fatto
crm-record-done-failed = Impossibile segnare come fatto: { $reason }
crm-record-done-unknown = Il portale non ha confermato la modifica. La scheda è stata riletta: controllala prima di riprovare.
crm-robot-title = Impostazioni del robot
crm-robot-hint = Le modifiche passano subito al modulo del robot; salva il robot per mantenerle.
crm-robot-sent = Inviato al modulo del robot: { $name }
crm-robot-required = Compila questo campo.
crm-robot-not-integer = Inserisci un numero intero.
crm-robot-not-number = Inserisci un numero.
crm-robot-not-date = Inserisci una data.
crm-robot-not-option = Scegli una delle opzioni.
crm-robot-no-properties = Questo robot non ha impostazioni.
crm-robot-one-per-line = Un valore per riga.
