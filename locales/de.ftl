# Deutsch

loading = Wird geladen…
not-in-frame-title = Öffnen Sie diese App in Bitrix24
not-in-frame-text = Diese Seite ist ein Bitrix24-Widget. Sie funktioniert in Ihrem Bitrix24-Portal, das ihr den nötigen Kontext übergibt. Öffnen Sie sie über das Portalmenü, eine CRM-Karte oder eine andere Stelle, an der die App installiert ist.
not-in-frame-dev-hint = Für Entwickler: scripts/run.sh startet den lokalen Portal-Emulator mit allen Widgets.
init-timeout-title = Bitrix24 antwortet nicht
init-timeout-text = Das Portal hat dem Widget seinen Kontext nicht rechtzeitig übergeben. Prüfen Sie die Verbindung und versuchen Sie es erneut.
malformed-title = Das Widget hat Daten erhalten, die es nicht lesen kann
malformed-text = Das Portal hat das Widget mit Optionen in einem unerwarteten Format geöffnet. Es wurde nichts geändert. Die Details unten helfen dem Entwickler der App.
unknown-title = Diese Stelle wird noch nicht unterstützt
unknown-text = Das Portal hat die App an einer ihr unbekannten Stelle geöffnet. Das wurde übergeben:
crash-title = Etwas ist schiefgelaufen
crash-text = Im Widget ist ein unerwarteter Fehler aufgetreten. Neu laden hilft meistens.
retry = Erneut versuchen
reload = Neu laden
placement-code = Platzierung
error = Fehler
open = Öffnen
details = Details
refresh = Aktualisieren
amount = Betrag
responsible = Verantwortlich
created-by = Erstellt von
contact = Kontakt
company = Unternehmen
phone = Telefon
email = E-Mail
created = Erstellt
modified = Geändert
start-date = Startdatum
close-date = Abschlussdatum
deadline = Frist
project = Projekt
checklist = Checkliste
not-set = Nicht angegeben
overdue = Überfällig
important = Hohe Priorität
closed-item = Geschlossen
load-failed = Die Daten konnten nicht geladen werden
not-found = Nicht gefunden oder kein Zugriff
not-found-text = Möglicherweise wurde es gelöscht, oder Ihre Rechte erlauben es nicht, es zu sehen.
path-not-available = Das Portal kann diese Seite hier nicht öffnen.
task-new = Neu
task-pending = Wartet
task-in-progress = In Arbeit
task-awaiting-review = Wartet auf Prüfung
task-completed = Abgeschlossen
task-deferred = Zurückgestellt
task-declined = Abgelehnt
lead = Lead
deal = Auftrag
contact-entity = Kontakt
company-entity = Unternehmen
quote = Angebot
invoice = Rechnung
smart-process-item = SPA-Element
activity = Aktivität
order = Bestellung
task = Aufgabe
incoming-call = Eingehender Anruf
outgoing-call = Ausgehender Anruf
callback = Rückruf
line = Leitung
call-idle = wartet
call-connecting = verbindet
call-connected = verbunden
no-crm-binding = Der Anrufer ist noch nicht im CRM.
also-linked = Ebenfalls verknüpft
widget-context = Widget-Kontext
widget-context-text = Das Portal hat die App hier mit diesem Kontext geöffnet. Diese Stelle zeigt ihren Kontext, bis ein eigenes Widget dafür gebaut ist.
opened-from = Geöffnet von
presentation = Darstellung
welcome = Rust-Widgets für Bitrix24
welcome-text = Die App fügt Widgets zu CRM-Karten, Aufgaben, der Anrufkarte und anderen Stellen Ihres Portals hinzu.
signed-in-as = Angemeldet als
portal = Portal
language = Sprache
administrator = Administrator
toggle-theme = Helles/dunkles Design umschalten
background-worker = Hintergrundprozess läuft.
checklist-progress = Checkliste: { $done } von { $total } erledigt
yes = Ja
no = Nein

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

setup-area-app = Eigene Seiten der App

setup-area-crm = CRM

setup-area-tasks = Aufgaben

setup-area-workgroups = Arbeitsgruppen und Projekte

setup-area-people = Mitarbeiter

setup-area-calendar = Kalender

setup-area-telephony = Telefonie

setup-area-messenger = Messenger

setup-area-contact-center = Contact Center

setup-area-fields = CRM-Felder

setup-area-sites = Websites und Shops

setup-purpose-app-page = Widgets

setup-purpose-app-page-text = Die eigene Seite der App: wer Sie sind, Ihr Portal und die Einstellungen der App.

setup-purpose-app-link = In Widgets öffnen

setup-purpose-app-link-text = Öffnet das CRM-Element, die Aufgabe oder den Mitarbeiter, auf die ein Link zur App verweist.

setup-purpose-call-watcher = Anrufbeobachter

setup-purpose-call-watcher-text = Läuft im Hintergrund auf jeder Seite und verfolgt Anrufe für die Anrufkarte.

setup-purpose-entity-overview = Überblick

setup-purpose-entity-overview-text = Das Element auf einen Blick: Phase, Betrag, Personen und Kontaktdaten.

setup-purpose-row-action = Widgets-Aktionen

setup-purpose-row-action-text = Führt Aktionen für die in der Liste ausgewählten Zeilen aus.

setup-purpose-list-report = Phasenbericht

setup-purpose-list-report-text = Anzahl und Betrag je Phase für die ganze Liste und die Konversion durch den Trichter.

setup-purpose-card-action = Zusammenfassung

setup-purpose-card-action-text = Die Zusammenfassung des Elements in einem Slider.

setup-purpose-activity = To-do

setup-purpose-activity-text = Ein CRM-Aktivitätstyp, der dem Element ein To-do hinzufügt.

setup-purpose-timeline-action = Eintragsaktionen

setup-purpose-timeline-action-text = Arbeitet mit dem ausgewählten Timeline-Eintrag.

setup-purpose-document = Druckbare Zusammenfassung

setup-purpose-document-text = Erstellt ein druckbares Dokument für das Element.

setup-purpose-automation-triggers = Automatisierungstrigger

setup-purpose-automation-triggers-text = Fügt dem Automatisierungsdesigner die Trigger der App hinzu und testet sie an einem Element.

setup-purpose-search = Widgets-Suche

setup-purpose-search-text = Findet CRM-Elemente und Unternehmensdaten für die Suche und das Formular für Bankdaten.

setup-purpose-analytics = Widgets-Bericht

setup-purpose-analytics-text = Ein Bericht im Bereich Analytik.

setup-purpose-task-summary = Aufgabenübersicht

setup-purpose-task-summary-text = Die Aufgabe auf einen Blick: Status, Frist, Personen und Checkliste.

setup-purpose-workload = Auslastung

setup-purpose-workload-text = Ein Auslastungsbericht über die Aufgaben einer Person oder einer Gruppe.

setup-purpose-group-card = Gruppenübersicht

setup-purpose-group-card-text = Mitglieder, Rollen und offene Aufgaben der Arbeitsgruppe.

setup-purpose-employee-card = Mitarbeiterkarte

setup-purpose-employee-card-text = Abteilung, Vorgesetzter, Kontakte, offene Deals und Aufgaben.

setup-purpose-calendar-view = Agenda

setup-purpose-calendar-view-text = Eine Ansicht des Kalenders.

setup-purpose-call-notes = Anrufnotizen

setup-purpose-call-notes-text = Notizen während eines Anrufs, gespeichert im CRM-Element des Kunden.

setup-purpose-calls-report = Anrufbericht

setup-purpose-calls-report-text = Ein Bericht über die Anrufe des Portals.

setup-purpose-chat-templates = Antwortvorlagen

setup-purpose-chat-templates-text = Antwortvorlagen über dem Eingabefeld des Chats.

setup-purpose-chat-context = Chat-Kontext

setup-purpose-chat-context-text = Das CRM-Element oder die Aufgabe, zu der der Chat gehört, in seiner Seitenleiste.

setup-purpose-message-action = Aus Nachricht erstellen

setup-purpose-message-action-text = Macht aus einer Nachricht eine Aufgabe oder eine CRM-Aktivität.

setup-purpose-messenger-page = Widgets

setup-purpose-messenger-page-text = Die App als Seite im Messenger.

setup-purpose-connector-tile = Widgets-Konnektor

setup-purpose-connector-tile-text = Eine Kachel im Contact Center, die die Einrichtung des Konnektors öffnet.

setup-purpose-connector-settings = Konnektor-Einstellungen

setup-purpose-connector-settings-text = Die Einstellungen des Kommunikationskanal-Konnektors der App.

setup-purpose-rating-field = Bewertung

setup-purpose-rating-field-text = Ein CRM-Feldtyp: eine Sternebewertung mit Notiz.

setup-purpose-site-settings = Website-Einstellungen

setup-purpose-site-settings-text = Die Einstellungen der App auf einer Website.

setup-purpose-block-settings = Block-Einstellungen

setup-purpose-block-settings-text = Einstellungen der Blöcke der App im Website-Editor.

setup-spot-left-menu = Linkes Menü

setup-spot-app-links = Links zur App

setup-spot-every-page = Jede Seite, im Hintergrund

setup-spot-card-tab = Tab der Karte

setup-spot-card-activity = Aktivität in der Karte

setup-spot-card-toolbar = Symbolleiste der Karte

setup-spot-card-sidebar = Seitenleiste der Karte

setup-spot-card-top-panel = Obere Leiste der Karte

setup-spot-list-toolbar = Über der Liste

setup-spot-funnels-toolbar = Über den Trichtern

setup-spot-list-row-menu = Menü der Listenzeile

setup-spot-timeline-menu = Menü des Timeline-Eintrags

setup-spot-document-button = Schaltfläche „Dokumente“

setup-spot-automation-toolbar = Automatisierungsdesigner

setup-spot-analytics-menu = Analytik-Menü

setup-spot-analytics-toolbar = Analytik-Symbolleiste

setup-spot-search = CRM-Suche

setup-spot-details-autocomplete = Formular für Unternehmens- und Bankdaten

setup-spot-profile-menu = Profilmenü

setup-spot-calendar-view = Kalenderansichten

setup-spot-call-card = Anrufkarte

setup-spot-chat-input-panel = Leiste über dem Chat-Eingabefeld

setup-spot-chat-sidebar = Seitenleiste des Chats

setup-spot-message-menu = Nachrichtenmenü

setup-spot-mobile-message-menu = Nachrichtenmenü in der mobilen App

setup-spot-messenger-navigation = Messenger-Navigation

setup-spot-contact-center-tile = Kachel im Contact Center

setup-spot-connector-settings = Einstellungen des Kommunikationskanals

setup-spot-field-type = Feldtypen im CRM

setup-spot-site-settings = Website-Einstellungen

setup-spot-block-settings = Block-Einstellungen im Website-Editor

setup-spot-other = An anderer Stelle

setup-subject-old-invoice = Rechnung (alt)

setup-subject-workgroup = Arbeitsgruppe

setup-subject-employee = Mitarbeiter

setup-title = App installieren

setup-intro = Wählen Sie, wo die App in Ihrem Portal erscheint. Eine sinnvolle Auswahl ist bereits getroffen; Sie können sie später in den Einstellungen der App ändern.

setup-selected = Ausgewählt: { $count }

setup-install = Installieren

setup-installed = Installiert

setup-progress = Erledigte Schritte: { $done } von { $total }

setup-state-pending = Wartet

setup-state-running = Läuft

setup-state-done = Erledigt

setup-state-already = Schon vorhanden

setup-state-failed = Fehlgeschlagen

setup-state-unknown = Ergebnis unbekannt

setup-problems-title = Einige Schritte wurden nicht abgeschlossen

setup-problems-text = Alles andere ist eingerichtet. Versuchen Sie es erneut, sobald die Ursache behoben ist: Gesendet wird nur, was noch fehlt.

setup-rechecked-text = Das Portal hat nicht gemeldet, ob einige Schritte geklappt haben, daher hat die App das Portal erneut geprüft. Aufgeführt ist, was noch fehlt; nichts wurde doppelt gesendet.

setup-finishing = Installation wird abgeschlossen…

setup-finished = Die App ist installiert. Das Portal lädt sie jetzt neu.

setup-finish-failed = Das Portal hat den Abschluss der Installation nicht angenommen.

setup-nothing-new = Alles Ausgewählte ist bereits installiert.

setup-not-admin-title = Bitten Sie Ihren Administrator, die App zu installieren

setup-not-admin-text = Nur ein Bitrix24-Administrator kann diese App installieren und festlegen, wo sie erscheint. Es wurde nichts geändert.

setup-bad-address = Die App ist unter einer Adresse geöffnet, von der das Portal keine Widgets laden kann.

setup-settings-title = App-Einstellungen

setup-settings-intro = Wo die App in Ihrem Portal erscheint, und ihre Optionen.

setup-read-only = Nur ein Administrator kann diese Einstellungen ändern.

setup-places = Wo die App erscheint

setup-bound = Eingebunden

setup-not-bound = Nicht eingebunden

setup-unavailable = In diesem Portal nicht verfügbar

setup-apply = Änderungen übernehmen

setup-no-changes = Es gibt nichts zu ändern.

setup-applied = Die Änderungen sind übernommen.

setup-app-options = Optionen für alle

setup-my-options = Meine Optionen

setup-theme = Design

setup-theme-auto = Wie im System

setup-theme-light = Hell

setup-theme-dark = Dunkel

setup-transport = REST-Verbindung

setup-transport-bx24 = Über die Portalseite

setup-transport-fetch = Direkte Anfragen

setup-save = Speichern

setup-saved = Gespeichert.

setup-save-failed = Die Optionen wurden nicht gespeichert.

home-open-settings = App-Einstellungen
## Messenger
im-templates-title = Schnellantworten
im-template-thanks = Danke! Ich melde mich in Kürze.
im-template-details = Könnten Sie mir bitte die Details schicken?
im-template-call = Lassen Sie uns das telefonisch besprechen. Wann passt es Ihnen?
im-template-bound = Wir arbeiten an { $element } und halten Sie in diesem Chat auf dem Laufenden.
im-draft-reply = { $name }, danke für Ihre Nachricht: „{ $about }“ Ich kümmere mich darum und antworte heute.
im-draft-reply-anonymous = Danke für Ihre Nachricht: „{ $about }“ Ich kümmere mich darum und antworte heute.
im-draft-button = Antwort entwerfen
im-read-input = Eingabefeld lesen
im-replace-text = Text im Eingabefeld ersetzen
im-input-text = Text im Eingabefeld: { $text } (Länge: { $count })
im-input-empty = Das Eingabefeld ist leer.
im-inserted = Der Text steht im Eingabefeld.
im-no-textarea = Der Messenger hat nicht geantwortet: Hier gibt es kein Eingabefeld.
im-insert-failed = Der Text konnte nicht eingefügt werden: { $reason }
im-task-ref = Aufgabe Nr. { $id }
im-belongs-to = Gehört zu:
im-ordinary-chat = Dieser Chat ist weder mit einem CRM-Element noch mit einer Aufgabe verknüpft.
im-private-chat = Ein privater Chat: Er ist weder mit einem CRM-Element noch mit einer Aufgabe verknüpft.
im-members = Mitglieder: { $count }
im-online = online
im-write = Schreiben
im-call-short = Anrufen
im-write-to = { $name } schreiben
im-call = { $name } anrufen
im-field-title = Titel
im-field-description = Beschreibung
im-field-deadline = Frist
im-make-task = Aufgabe erstellen
im-make-activity = CRM-Aktivität hinzufügen
im-title-required = Geben Sie einen Titel ein.
im-deadline-required = Eine CRM-Aktivität braucht eine Frist.
im-no-crm-binding = Dieser Chat ist mit keinem CRM-Element verknüpft, daher kann nur eine Aufgabe erstellt werden.
im-from-message = Aus der Nachricht von { $author } in „{ $chat }“.
im-task-created = Aufgabe Nr. { $id } wurde erstellt.
im-activity-created = Aktivität Nr. { $id } wurde zu { $element } hinzugefügt.
im-write-refused = Das Portal hat abgelehnt: { $reason }
im-write-unknown = Das Portal hat nicht rechtzeitig bestätigt: Es wurde möglicherweise erstellt. Prüfen Sie das, bevor Sie erneut senden.
im-check = Prüfen
im-check-not-found = Es wurde nichts erstellt. Sie können erneut senden.
im-recent-title = Ihre Chats
im-no-chats = Noch keine Chats.
im-unread = Ungelesen: { $count }
im-open-chat = Chat öffnen
im-more-chats = Es werden nur die neuesten Chats angezeigt (höchstens { $count }).
im-smiles-deprecated = Dieser Ort ist veraltet
im-smiles-deprecated-text = Seit Version 25.1600.0 des Messengers wurden Emojis durch Sticker ersetzt, und das Portal öffnet diesen Ort nicht mehr. Die Sets unten werden weiterhin in das Eingabefeld eingefügt, wo das Portal es zulässt.
im-smiles-faces = Gesichter
im-smiles-work = Arbeit
im-smiles-gestures = Gesten

## Telephony
call-note-label = Gesprächsnotiz
call-note-save = Notiz speichern
call-note-discard = Verwerfen
call-note-held = Die Anrufkarte bleibt geöffnet, bis Sie die Notiz speichern oder verwerfen.
call-note-saving = Notiz wird gespeichert…
call-note-saved = Die Notiz ist als Aktivität Nr. { $id } bei { $element } gespeichert.
call-note-refused = Die Notiz wurde nicht gespeichert: { $reason }
call-note-unknown = Das Portal hat das Speichern nicht rechtzeitig bestätigt: Die Notiz wurde möglicherweise gespeichert. Prüfen Sie die Timeline, bevor Sie erneut speichern.
call-note-no-target = Verknüpfen Sie den Anruf mit einem CRM-Element, um eine Notiz zu speichern.
call-note-title = Gesprächsnotiz: { $phone }
call-note-title-no-phone = Gesprächsnotiz
softphone-waiting = Das Softphone wartet auf Anrufe.
softphone-title = Eingehender Anruf von { $phone }
softphone-ringing = Klingelt…
softphone-connected = Verbunden
softphone-on-hold = Gehalten
softphone-ended = Anruf nach { $minutes } Min. { $seconds } Sek. beendet
softphone-missed = Verpasster Anruf
softphone-finish-failed = Der Anruf konnte nicht beendet werden: { $reason }
softphone-command-failed = Die Anrufkarte hat einen Befehl nicht angenommen: { $reason }
calls-title = Anrufe der letzten { $days } Tage
calls-total = Anrufe
calls-incoming = Eingehend
calls-outgoing = Ausgehend
calls-missed = Verpasst
calls-talk-time = Gesprächszeit
calls-average = Durchschnittlicher Anruf
calls-duration = { $minutes } Min. { $seconds } Sek.
calls-per-day = Anrufe pro Tag
calls-per-user = Nach Mitarbeiter
calls-employee = Mitarbeiter
calls-loading = Anrufprotokoll wird geladen… Geladen: { $rows }
calls-stop = Anhalten
calls-partial = Das Laden wurde angehalten: Der Bericht umfasst nur die bisher geladenen Anrufe.
calls-none = Keine Anrufe in diesem Zeitraum.
calls-day = { $date }: { $answered } angenommen, { $missed } verpasst

## Open lines
connector-title = Open-Channel-Connector „{ $name }“
connector-not-registered = Der Connector der App ist auf diesem Portal nicht registriert. Öffnen Sie die Einstellungen der App, um ihn zu registrieren.
connector-lines = Kommunikationskanäle
connector-setup = Einrichten
connector-line-id = Kommunikationskanal Nr. { $id }
connector-line-inactive = Ausgeschaltet
connector-active = Aktiv
connector-inactive = Nicht aktiv
connector-configured = Kanaldaten festgelegt
connector-not-configured = Kanaldaten fehlen
connector-error = Fehler
connector-ok = Funktioniert
connector-works = Der Connector funktioniert in diesem Kommunikationskanal.
connector-wants-on = Sie haben den Connector für diesen Kanal eingeschaltet: Verbinden Sie ihn, um abzuschließen.
connector-wants-off = Sie haben den Connector für diesen Kanal ausgeschaltet: Trennen Sie ihn, um abzuschließen.
connector-channel-name = Kanalname
connector-default-name = Rust-Widgets-Chat
connector-channel-url = Chat-Link
connector-connect = Verbinden
connector-disconnect = Trennen
connector-name-required = Geben Sie den Kanalnamen ein.
connector-url-invalid = Der Chat-Link muss mit https:// oder http:// beginnen.
connector-refused = Das Portal hat abgelehnt: { $reason }
connector-unknown = Das Portal hat nicht rechtzeitig bestätigt: Die Änderung wurde möglicherweise übernommen. Prüfen Sie den Status, bevor Sie es erneut versuchen.
connector-check = Status prüfen

## Unsupported spots
spot-hr-title = Gehalt und Urlaub (HR)
spot-hr-text = Das Portal öffnet diesen Slider aus dem Gehalts- und Urlaubsmenü des HR-Moduls. Bitrix24 dokumentiert nicht, was es der App hier übergibt, daher zeigt die App nur, was ankam, und nichts weiter.
spot-catalog-title = Externer Produktkatalog
spot-catalog-text = Die Produktauswahl lädt diesen versteckten Frame, um einen externen Katalog zu durchsuchen. Seine Befehle und Ereignisse sind nicht dokumentiert (nur aus dem Code des Portals bekannt), daher beantwortet die App sie nicht und die Auswahl nutzt weiter den Katalog des Portals.
spot-options = Was das Portal übergeben hat
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

crm-report-title = Phasenbericht: { $entity }
crm-report-entity = Bericht über
crm-report-counting = Zählung: { $done } von { $total }
crm-report-stop = Anhalten
crm-report-stopped-early = Angehalten, bevor etwas gezählt wurde.
crm-report-count-again = Erneut zählen
crm-report-partial = Vorzeitig angehalten: Die Zahlen umfassen { $done } von { $total }.
crm-report-counted = Gezählt: { $count }
crm-report-empty = Diese Liste ist leer.
crm-report-pipeline = Pipeline
crm-report-total = Insgesamt
crm-report-won = Gewonnen
crm-report-lost = Verloren
crm-report-win-rate = Erfolgsquote
crm-report-percent = { $percent } %
crm-report-reached = { $percent } % haben diese Phase erreicht
crm-report-chart = Phasen von { $pipeline }
crm-report-open-hint = Wählen Sie eine Phase, um die danach gefilterte Liste zu öffnen.

## CRM list row actions (CRM_*_LIST_MENU)

crm-row-actions = Schnellaktionen
crm-row-stage = Phase
crm-row-move = Verschieben
crm-row-reassign = Verantwortlichen ändern
crm-row-pick-user = Neuen Verantwortlichen wählen
crm-row-saving = Wird gespeichert…
crm-row-moved = In „{ $stage }“ verschoben.
crm-row-reassigned = { $name } ist jetzt verantwortlich.
crm-row-save-failed = Die Änderung wurde nicht gespeichert: { $reason }
crm-row-unknown = Das Portal hat die Änderung nicht bestätigt; sie wurde möglicherweise gespeichert, vielleicht auch nicht. Der Eintrag wurde neu geladen: Prüfen Sie ihn, bevor Sie es erneut versuchen.

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

automation-title = Automatisierungstrigger
automation-hint = Setzen Sie einen der Trigger der App in diesem Designer auf eine Phase: Wird der Trigger für ein Element ausgelöst, wechselt das Element in diese Phase.
automation-empty = Die App hat noch keine Trigger.
automation-admin-only = Nur ein Administrator kann Trigger der App hinzufügen, löschen oder auslösen.
automation-delete = Löschen
automation-delete-label = „{ $name }“ löschen
automation-add-title = Neuer Trigger
automation-name = Name
automation-code = Code
automation-code-hint = Lateinische Kleinbuchstaben, Ziffern, Punkte, Bindestriche und Unterstriche. Die App schlägt anhand des Namens einen Code vor.
automation-add = Trigger hinzufügen
automation-empty-name = Geben Sie dem Trigger einen Namen.
automation-bad-code = Der Code darf nur lateinische Kleinbuchstaben, Ziffern, Punkte, Bindestriche und Unterstriche enthalten (höchstens 64 Zeichen).
automation-taken-code = Die App hat bereits einen Trigger mit diesem Code.
automation-added = „{ $name }“ ist jetzt unter den Triggern des Designers.
automation-deleted = „{ $name }“ wurde gelöscht.
automation-fire-title = Trigger testen
automation-fire-trigger = Trigger
automation-fire-element = Element-ID
automation-fire-pick = Element wählen
automation-fire = Auslösen
automation-bad-id = Geben Sie die ID des Elements als ganze Zahl ein.
automation-picked = Element: { $title }
automation-fired = „{ $name }“ wurde für { $element } ausgelöst.
automation-no-fire = Für Elemente dieses Typs läuft keine Automatisierung, daher können für sie keine Trigger ausgelöst werden.
automation-saving = Wird gespeichert…
automation-failed = Das Portal hat abgelehnt: { $reason }
automation-unknown = Das Portal hat den Vorgang nicht bestätigt; er wurde möglicherweise ausgeführt, vielleicht auch nicht. Die Liste wurde neu geladen: Prüfen Sie sie, bevor Sie es erneut versuchen.

## CRM rating field (USERFIELD_TYPE)

crm-rating-stars = { $stars } von { $max } Sternen
crm-rating-choose = Bewertung wählen
crm-rating-entry = Bewertung { $number }
crm-rating-note = Notiz
crm-rating-note-count = { $used } / { $max }
crm-rating-add = Bewertung hinzufügen
crm-rating-remove = Entfernen
crm-rating-required = Dieses Feld ist ein Pflichtfeld: Wählen Sie mindestens einen Stern.
crm-rating-no-stars = Wählen Sie die Sterne für Bewertung { $number }.
crm-rating-note-too-long = Die Notiz von Bewertung { $number } ist zu lang: höchstens { $max } Zeichen.
crm-rating-unreadable = Ein gespeicherter Wert kann nicht angezeigt werden ({ $reason }). Beim Speichern der Karte wird er ersetzt.
crm-rating-kept = In der Karte übernommen: Gespeichert wird beim Speichern der Karte.
crm-rating-set-failed = Die Karte hat den Wert nicht übernommen: { $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)
workload-title = Auslastung: { $name }
workload-title-visible = Auslastung der Aufgaben, die Sie sehen können
workload-tasks-total = Aufgaben in der Liste: { $total }
workload-progress = Geladene Aufgaben: { $loaded } von { $total }
workload-stop = Laden anhalten
workload-stopped = Laden angehalten
workload-partial = Der Bericht umfasst nur die bisher geladenen Aufgaben: { $loaded } von { $total }.
workload-load-again = Erneut laden
workload-open-tasks = Offene Aufgaben
workload-due-this-week = Fällig diese Woche
workload-no-deadline = Ohne Frist
workload-by-status = Aufgaben nach Status
workload-per-person = Offene Aufgaben je verantwortlicher Person
workload-person-load = { $open } (überfällig: { $overdue })
workload-other-status = Anderer Status
workload-open-list = Aufgabenliste öffnen
workload-empty = Diese Liste enthält keine Aufgaben.

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)
group-kind-workgroup = Arbeitsgruppe
group-open-to-join = Offen für Beitritt
group-members = Mitglieder
group-role-owner = Eigentümer
group-role-moderator = Moderator
group-role-member = Mitglied
group-deadlines = Nächste Fristen
group-no-deadlines = Keine offene Aufgabe dieser Gruppe hat eine Frist.
group-open-page = Gruppe öffnen
group-no-group-title = Keine Gruppe
group-no-group-text = Das Portal hat diese Schaltfläche auf einer Seite ohne Gruppe geöffnet, daher gibt es keine Gruppenkarte.

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)
profile-department = Abteilung
profile-manager = Vorgesetzte(r)
profile-work-phone = Telefon (geschäftlich)
profile-mobile = Mobiltelefon
profile-extension = Durchwahl
profile-online = Online
profile-dismissed = Ausgeschieden
profile-message = Nachricht senden
profile-call = Anrufen
profile-open-profile = Profil öffnen
profile-open-deals = Offene Deals: { $count }
profile-open-tasks = Offene Aufgaben: { $count }
profile-no-deals = Keine offenen Deals.
profile-no-tasks = Keine offenen Aufgaben.
profile-messenger-failed = Der Messenger kann von hier aus nicht geöffnet werden.

## App links (REST_APP_URI)
link-unknown-title = Dieser Link nennt nichts, was die App öffnen kann
link-unknown-text = Die App öffnet Links, deren Parameter ein CRM-Element (entityTypeId und id oder deal, lead, contact, company, quote, invoice), eine Aufgabe (task) oder eine Person im Unternehmen (user) nennen. Dieser Link hat übergeben:
link-no-params = Der Link hat keine Parameter übergeben.

## Calendar view (CALENDAR_GRIDVIEW)
calendar-range = { $from } – { $to }
calendar-events-count = Termine in diesem Zeitraum: { $count }
calendar-previous = Vorheriger Zeitraum
calendar-next = Nächster Zeitraum
calendar-add = Neuer Termin
calendar-all-day = Ganztägig
calendar-edit = Bearbeiten
calendar-delete = Löschen
calendar-edit-event = „{ $name }“ bearbeiten
calendar-delete-event = „{ $name }“ löschen
calendar-no-events = Keine Termine
calendar-not-found = Der Kalender hat diesen Termin nicht gefunden. Aktualisieren Sie die Ansicht und versuchen Sie es erneut.

## Sites
landing-site-settings = Website-Einstellungen
landing-page = Seite: { $page }
landing-site-title = Titel der Website
landing-site-description = Beschreibung
landing-save = Speichern
landing-site-saved = Die Website-Einstellungen sind gespeichert.
landing-title-required = Geben Sie den Titel der Website ein.
landing-refused = Das Portal hat abgelehnt: { $reason }
landing-unknown = Das Portal hat nicht rechtzeitig bestätigt: Die Änderung wurde möglicherweise gespeichert. Laden Sie die Seite neu, bevor Sie erneut speichern.
landing-block-settings = Texte des Blocks
landing-block-hint = Füllen Sie die Texte aus, die Sie ändern möchten; leere Felder bleiben, wie sie im Editor sind.
landing-no-text-nodes = Dieser Block hat hier keine Texte zum Ändern.
landing-nothing-to-save = Füllen Sie mindestens einen Text aus.
landing-block-saved = Der Block ist aktualisiert und im Editor neu geladen.
landing-block-saved-no-refresh = Der Block ist aktualisiert, aber der Editor hat ihn nicht neu geladen: { $reason }
## CRM work
crm-todo-title = Neue Aufgabe
crm-todo-for = Für { $title }
crm-todo-heading = Neue Aufgabe für „{ $title }“
crm-todo-text = Was ist zu tun
crm-todo-text-placeholder = Zum Beispiel: wegen des Angebots zurückrufen
crm-todo-deadline = Frist
crm-todo-due = Fällig
crm-todo-due-today = Heute, 18:00
crm-todo-due-tomorrow = Morgen, 10:00
crm-todo-due-three-days = In 3 Tagen
crm-todo-due-week = In einer Woche
crm-todo-responsible = Verantwortlich
crm-todo-me = Sie
crm-todo-choose-user = Auswählen
crm-todo-create = Aufgabe erstellen
crm-todo-create-again = Trotzdem erstellen
crm-todo-cancel = Abbrechen
crm-todo-saving = Aufgabe wird erstellt…
crm-todo-created = Aufgabe erstellt: { $text }
crm-todo-failed-title = Die Aufgabe wurde nicht erstellt
crm-todo-failed = Die Aufgabe wurde nicht erstellt: { $reason }
crm-todo-unknown-title = Nicht bestätigt
crm-todo-unknown = Das Portal hat die Aufgabe nicht bestätigt, sie wurde also vielleicht schon erstellt. Prüfen Sie die offenen Aufgaben, bevor Sie sie erneut erstellen.
crm-todo-open = Offene Aufgaben: { $count }
crm-todo-open-none = Noch keine offenen Aufgaben.
crm-todo-empty-text = Beschreiben Sie, was zu tun ist.
crm-todo-bad-deadline = Wählen Sie Datum und Uhrzeit.
crm-todo-driver-loading = Aufgabenformular wird vorbereitet…
crm-todo-driver-ready = Das Aufgabenformular wird angezeigt.
crm-todo-load-failed = Das Element konnte nicht geladen werden: { $reason }
crm-todo-layout-refused = Das Portal konnte das Formular nicht anzeigen.
crm-record-paid = Bezahlt
crm-record-unpaid = Nicht bezahlt
crm-record-canceled = Storniert
crm-record-status = Status: { $code }
crm-record-done = Erledigt
crm-record-open = Offen
crm-record-incoming = Eingehend
crm-record-outgoing = Ausgehend
crm-record-meeting = Termin
crm-record-call = Anruf
crm-record-task = Aufgabe
crm-record-email = E-Mail
crm-record-todo = To-do
crm-record-billed = Ausgestellt
crm-record-pay-before = Zahlbar bis
crm-record-starts = Beginn
crm-record-order-title = Bestellung { $number }
crm-record-belongs-to = Gehört zu
crm-record-items = Positionen
crm-record-line = { $quantity } × { $price }
crm-search-running = Suche läuft…
crm-search-found = An das Formular gesendete Treffer: { $count }
crm-search-failed = Die Suche ist fehlgeschlagen: { $reason }
crm-search-picked = Der gewählte Treffer wurde ins Formular übernommen.
crm-search-unknown-pick = Die gewählte Option stammt nicht aus dieser App.
crm-doc-title = Angebot
crm-doc-number = Nr. { $number }
crm-doc-issued = Datum
crm-doc-subject = Betreff
crm-doc-client = Kunde
crm-doc-stage = Phase
crm-doc-prepared-by = Erstellt von
crm-doc-note = Dieses Angebot gilt 14 Tage ab dem oben genannten Datum.
crm-doc-print = Drucken
crm-doc-download = Herunterladen
crm-doc-downloaded = Gespeichert als { $file }.
crm-doc-download-failed = Die Datei konnte nicht gespeichert werden.
crm-doc-print-failed = Der Browser konnte die Seite nicht drucken.
crm-record-mark-done = Als erledigt markieren
crm-record-done-failed = Konnte nicht als erledigt markiert werden: { $reason }
crm-record-done-unknown = Das Portal hat die Änderung nicht bestätigt. Die Karte wurde neu geladen: Prüfen Sie sie, bevor Sie es erneut versuchen.
crm-robot-title = Robotereinstellungen
crm-robot-hint = Änderungen gehen sofort in das Roboterformular; speichern Sie den Roboter, um sie zu behalten.
crm-robot-sent = An das Roboterformular gesendet: { $name }
crm-robot-required = Füllen Sie dieses Feld aus.
crm-robot-not-integer = Geben Sie eine ganze Zahl ein.
crm-robot-not-number = Geben Sie eine Zahl ein.
crm-robot-not-date = Geben Sie ein Datum ein.
crm-robot-not-option = Wählen Sie eine der Optionen.
crm-robot-no-properties = Dieser Roboter hat keine Einstellungen.
crm-robot-one-per-line = Ein Wert pro Zeile.
