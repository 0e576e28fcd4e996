# Polish (pl)

## Ekrany ładowania i błędów: przed widżetem i zamiast niego
loading = Ładowanie…
not-in-frame-title = Otwórz tę aplikację w Bitrix24
not-in-frame-text = Ta strona to widżet Bitrix24. Działa w Twoim portalu Bitrix24, który przekazuje jej potrzebny kontekst. Otwórz ją z menu portalu, karty CRM lub innego miejsca, w którym zainstalowano aplikację.
not-in-frame-dev-hint = Dla programistów: uruchom scripts/run.sh, aby wypróbować wszystkie widżety w lokalnym emulatorze portalu.
init-timeout-title = Bitrix24 nie odpowiada
init-timeout-text = Portal nie przekazał widżetowi kontekstu na czas. Sprawdź połączenie i spróbuj ponownie.
malformed-title = Widżet otrzymał dane, których nie może odczytać
malformed-text = Portal otworzył widżet z parametrami w nieoczekiwanym formacie. Nic nie zostało zmienione. Poniższe szczegóły pomogą twórcy aplikacji.
unknown-title = To miejsce nie jest jeszcze obsługiwane
unknown-text = Portal otworzył aplikację w miejscu, którego ona nie zna. Oto, co otrzymała:
crash-title = Coś poszło nie tak
crash-text = W widżecie wystąpił nieoczekiwany błąd. Zwykle pomaga ponowne załadowanie.
retry = Spróbuj ponownie
reload = Załaduj ponownie
placement-code = Miejsce osadzenia
error = Błąd

## Akcje wspólne dla wszystkich widżetów
open = Otwórz
details = Szczegóły
refresh = Odśwież

## Pola karty CRM i karty zadania
amount = Kwota
responsible = Osoba odpowiedzialna
created-by = Utworzone przez
contact = Kontakt
company = Firma
phone = Telefon
email = E-mail
created = Utworzono
modified = Zmodyfikowano
start-date = Data rozpoczęcia
close-date = Data zakończenia
deadline = Termin
project = Projekt
checklist = Lista kontrolna
not-set = Nie określono
overdue = Zaległe
important = Wysoki priorytet
closed-item = Zamknięte

## Stany ładowania
load-failed = Nie udało się załadować danych
not-found = Nie znaleziono lub brak dostępu
not-found-text = Mogło zostać usunięte lub Twoje uprawnienia nie pozwalają go wyświetlić.
path-not-available = Portal nie może otworzyć tutaj tej strony.

## Statusy zadań (tasks.task.get status 1–7)
task-new = Nowe
task-pending = Oczekujące
task-in-progress = W toku
task-awaiting-review = Oczekuje na kontrolę
task-completed = Zakończone
task-deferred = Odroczone
task-declined = Odrzucone

## Typy obiektów CRM
lead = Lead
deal = Deal
contact-entity = Kontakt
company-entity = Firma
quote = Oferta
invoice = Faktura
smart-process-item = Element inteligentnego procesu
activity = Aktywność
order = Zamówienie
task = Zadanie

## Karta połączenia (CALL_CARD)
incoming-call = Połączenie przychodzące
outgoing-call = Połączenie wychodzące
callback = Oddzwonienie
line = Linia
call-idle = oczekiwanie
call-connecting = łączenie
call-connected = połączono
no-crm-binding = Dzwoniącego nie ma jeszcze w CRM.
also-linked = Powiązane również

## Widok kontekstu (miejsca, które nie mają jeszcze własnego widżetu)
widget-context = Kontekst widżetu
widget-context-text = Portal otworzył tutaj aplikację z tym kontekstem. To miejsce pokazuje swój kontekst, dopóki nie powstanie dla niego własny widżet.
opened-from = Otwarto z
presentation = Wyświetlane jako

## Strona główna (DEFAULT, LEFT_MENU)
welcome = Widżety w Rust dla Bitrix24
welcome-text = Aplikacja dodaje widżety do kart CRM, zadań, karty połączenia i innych miejsc w Twoim portalu.
signed-in-as = Zalogowano jako
portal = Portal
language = Język
administrator = Administrator

## Wspólne kontrolki
toggle-theme = Przełącz jasny/ciemny motyw
background-worker = Proces w tle jest uruchomiony.

## Karta zadania
checklist-progress = Lista kontrolna: wykonano { $done } z { $total }

## Widok szczegółów
yes = Tak
no = Nie

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

setup-area-app = Strony aplikacji

setup-area-crm = CRM

setup-area-tasks = Zadania

setup-area-workgroups = Grupy robocze i projekty

setup-area-people = Pracownicy

setup-area-calendar = Kalendarz

setup-area-telephony = Telefonia

setup-area-messenger = Komunikator

setup-area-contact-center = Contact center

setup-area-fields = Pola CRM

setup-area-sites = Strony i sklepy

setup-purpose-app-page = Widgets

setup-purpose-app-page-text = Strona aplikacji: kim jesteś, Twój portal i ustawienia aplikacji.

setup-purpose-app-link = Otwórz w Widgets

setup-purpose-app-link-text = Otwiera element CRM, zadanie lub pracownika wskazanego przez link do aplikacji.

setup-purpose-call-watcher = Obserwator połączeń

setup-purpose-call-watcher-text = Działa w tle na każdej stronie i śledzi połączenia dla karty połączenia.

setup-purpose-entity-overview = Przegląd

setup-purpose-entity-overview-text = Element w skrócie: etap, kwota, osoby i dane kontaktowe.

setup-purpose-row-action = Akcje Widgets

setup-purpose-row-action-text = Działa na wierszach wybranych na liście.

setup-purpose-list-report = Raport etapów

setup-purpose-list-report-text = Liczba i kwota dla każdego etapu całej listy oraz konwersja w lejku.

setup-purpose-card-action = Podsumowanie

setup-purpose-card-action-text = Podsumowanie elementu w panelu bocznym.

setup-purpose-activity = Do zrobienia

setup-purpose-activity-text = Typ aktywności CRM, który dodaje do elementu zadanie do zrobienia.

setup-purpose-timeline-action = Akcje wpisu

setup-purpose-timeline-action-text = Działa na wybranym wpisie osi czasu.

setup-purpose-document = Podsumowanie do druku

setup-purpose-document-text = Tworzy dokument do druku dla elementu.

setup-purpose-automation-triggers = Wyzwalacze automatyzacji

setup-purpose-automation-triggers-text = Dodaje wyzwalacze aplikacji do projektanta automatyzacji i testuje je na elemencie.

setup-purpose-search = Wyszukiwanie Widgets

setup-purpose-search-text = Znajduje elementy CRM i dane firm dla wyszukiwania i formularza danych.

setup-purpose-analytics = Raport Widgets

setup-purpose-analytics-text = Raport w sekcji analityki.

setup-purpose-task-summary = Podsumowanie zadania

setup-purpose-task-summary-text = Zadanie w skrócie: status, termin, osoby i lista kontrolna.

setup-purpose-workload = Obciążenie

setup-purpose-workload-text = Raport obciążenia zadaniami osoby lub grupy.

setup-purpose-group-card = Przegląd grupy

setup-purpose-group-card-text = Członkowie, role i otwarte zadania grupy roboczej.

setup-purpose-employee-card = Karta pracownika

setup-purpose-employee-card-text = Dział, przełożony, kontakty, otwarte deale i zadania.

setup-purpose-calendar-view = Agenda

setup-purpose-calendar-view-text = Widok kalendarza.

setup-purpose-call-notes = Notatki z rozmowy

setup-purpose-call-notes-text = Notatki podczas rozmowy, zapisywane w elemencie CRM klienta.

setup-purpose-calls-report = Raport połączeń

setup-purpose-calls-report-text = Raport o połączeniach portalu.

setup-purpose-chat-templates = Szablony odpowiedzi

setup-purpose-chat-templates-text = Szablony odpowiedzi nad polem wpisywania czatu.

setup-purpose-chat-context = Kontekst czatu

setup-purpose-chat-context-text = Element CRM lub zadanie, do którego należy czat, w jego panelu bocznym.

setup-purpose-message-action = Utwórz z wiadomości

setup-purpose-message-action-text = Zamienia wiadomość w zadanie lub aktywność CRM.

setup-purpose-messenger-page = Widgets

setup-purpose-messenger-page-text = Aplikacja jako strona w komunikatorze.

setup-purpose-connector-tile = Konektor Widgets

setup-purpose-connector-tile-text = Kafelek contact center, który otwiera konfigurację konektora.

setup-purpose-connector-settings = Ustawienia konektora

setup-purpose-connector-settings-text = Ustawienia konektora otwartego kanału aplikacji.

setup-purpose-rating-field = Ocena

setup-purpose-rating-field-text = Typ pola CRM: ocena w gwiazdkach z notatką.

setup-purpose-site-settings = Ustawienia strony

setup-purpose-site-settings-text = Ustawienia aplikacji na stronie.

setup-purpose-block-settings = Ustawienia bloku

setup-purpose-block-settings-text = Ustawienia bloków aplikacji w edytorze stron.

setup-spot-left-menu = Menu po lewej

setup-spot-app-links = Linki do aplikacji

setup-spot-every-page = Każda strona, w tle

setup-spot-card-tab = Karta w widoku elementu

setup-spot-card-activity = Aktywność w widoku elementu

setup-spot-card-toolbar = Pasek narzędzi widoku elementu

setup-spot-card-sidebar = Panel boczny widoku elementu

setup-spot-card-top-panel = Górny panel widoku elementu

setup-spot-list-toolbar = Nad listą

setup-spot-funnels-toolbar = Nad lejkami

setup-spot-list-row-menu = Menu wiersza listy

setup-spot-timeline-menu = Menu wpisu osi czasu

setup-spot-document-button = Przycisk Dokumenty

setup-spot-automation-toolbar = Projektant automatyzacji

setup-spot-analytics-menu = Menu analityki

setup-spot-analytics-toolbar = Pasek analityki

setup-spot-search = Wyszukiwanie CRM

setup-spot-details-autocomplete = Formularz danych firmy i banku

setup-spot-profile-menu = Menu profilu

setup-spot-calendar-view = Widoki kalendarza

setup-spot-call-card = Karta połączenia

setup-spot-chat-input-panel = Panel nad polem wpisywania czatu

setup-spot-chat-sidebar = Panel boczny czatu

setup-spot-message-menu = Menu wiadomości

setup-spot-mobile-message-menu = Menu wiadomości w aplikacji mobilnej

setup-spot-messenger-navigation = Nawigacja komunikatora

setup-spot-contact-center-tile = Kafelek contact center

setup-spot-connector-settings = Ustawienia otwartego kanału

setup-spot-field-type = Typy pól CRM

setup-spot-site-settings = Ustawienia strony

setup-spot-block-settings = Ustawienia bloku w edytorze stron

setup-spot-other = Gdzie indziej

setup-subject-old-invoice = Faktura (stara)

setup-subject-workgroup = Grupa robocza

setup-subject-employee = Pracownik

setup-title = Instalacja aplikacji

setup-intro = Wybierz, gdzie aplikacja pojawi się w Twoim portalu. Rozsądny zestaw jest już wybrany; możesz go później zmienić w ustawieniach aplikacji.

setup-selected = Wybrano: { $count }

setup-install = Zainstaluj

setup-installed = Zainstalowano

setup-progress = Wykonane kroki: { $done } z { $total }

setup-state-pending = Oczekuje

setup-state-running = W toku

setup-state-done = Gotowe

setup-state-already = Już istnieje

setup-state-failed = Błąd

setup-state-unknown = Wynik nieznany

setup-problems-title = Niektóre kroki nie zostały ukończone

setup-problems-text = Reszta jest gotowa. Spróbuj ponownie, gdy przyczyna zostanie usunięta: wysłane zostanie tylko to, czego nadal brakuje.

setup-rechecked-text = Portal nie podał, czy niektóre kroki się powiodły, więc aplikacja ponownie sprawdziła portal. Na liście jest to, czego nadal brakuje; nic nie zostało wysłane dwa razy.

setup-finishing = Kończenie instalacji…

setup-finished = Aplikacja jest zainstalowana. Portal ją teraz przeładowuje.

setup-finish-failed = Portal nie przyjął zakończenia instalacji.

setup-nothing-new = Wszystko, co wybrano, jest już zainstalowane.

setup-not-admin-title = Poproś administratora o zainstalowanie aplikacji

setup-not-admin-text = Tylko administrator Bitrix24 może zainstalować tę aplikację i wybrać, gdzie się pojawi. Nic nie zostało zmienione.

setup-bad-address = Aplikacja jest otwarta pod adresem, z którego portal nie może ładować widżetów.

setup-settings-title = Ustawienia aplikacji

setup-settings-intro = Gdzie aplikacja pojawia się w Twoim portalu oraz jej opcje.

setup-read-only = Tylko administrator może zmieniać te ustawienia.

setup-places = Gdzie pojawia się aplikacja

setup-bound = Osadzono

setup-not-bound = Nie osadzono

setup-unavailable = Niedostępne w tym portalu

setup-apply = Zastosuj zmiany

setup-no-changes = Nie ma nic do zmiany.

setup-applied = Zmiany zostały zastosowane.

setup-app-options = Opcje dla wszystkich

setup-my-options = Moje opcje

setup-theme = Motyw

setup-theme-auto = Jak w systemie

setup-theme-light = Jasny

setup-theme-dark = Ciemny

setup-transport = Połączenie REST

setup-transport-bx24 = Przez stronę portalu

setup-transport-fetch = Bezpośrednie zapytania

setup-save = Zapisz

setup-saved = Zapisano.

setup-save-failed = Opcje nie zostały zapisane.

home-open-settings = Ustawienia aplikacji
## Messenger
im-templates-title = Szybkie odpowiedzi
im-template-thanks = Dziękuję! Wkrótce wrócę z odpowiedzią.
im-template-details = Czy możesz przesłać mi szczegóły?
im-template-call = Omówmy to telefonicznie. Kiedy ci pasuje?
im-template-bound = Pracujemy nad: { $element } i będziemy informować cię na bieżąco w tym czacie.
im-draft-reply = { $name }, dziękuję za wiadomość: „{ $about }” Zajmę się tym i odpowiem dzisiaj.
im-draft-reply-anonymous = Dziękuję za wiadomość: „{ $about }” Zajmę się tym i odpowiem dzisiaj.
im-draft-button = Przygotuj odpowiedź
im-read-input = Odczytaj pole wpisywania
im-replace-text = Zastąp tekst w polu wpisywania
im-input-text = Tekst w polu wpisywania: { $text } (długość: { $count })
im-input-empty = Pole wpisywania wiadomości jest puste.
im-inserted = Tekst jest w polu wpisywania wiadomości.
im-no-textarea = Komunikator nie odpowiedział: nie ma tu pola wpisywania wiadomości.
im-insert-failed = Nie udało się wstawić tekstu: { $reason }
im-task-ref = Zadanie nr { $id }
im-belongs-to = Dotyczy:
im-ordinary-chat = Ten czat nie jest powiązany ani z elementem CRM, ani z zadaniem.
im-private-chat = Czat prywatny: nie jest powiązany ani z elementem CRM, ani z zadaniem.
im-members = Uczestnicy: { $count }
im-online = online
im-write = Napisz
im-call-short = Zadzwoń
im-write-to = Napisz do: { $name }
im-call = Zadzwoń do: { $name }
im-field-title = Tytuł
im-field-description = Opis
im-field-deadline = Termin
im-make-task = Utwórz zadanie
im-make-activity = Dodaj działanie CRM
im-title-required = Wpisz tytuł.
im-deadline-required = Działanie CRM wymaga terminu.
im-no-crm-binding = Ten czat nie jest powiązany z elementem CRM, więc można utworzyć tylko zadanie.
im-from-message = Z wiadomości użytkownika { $author } w czacie „{ $chat }”.
im-task-created = Zadanie nr { $id } zostało utworzone.
im-activity-created = Działanie nr { $id } zostało dodane do: { $element }.
im-write-refused = Portal odmówił: { $reason }
im-write-unknown = Portal nie potwierdził na czas: być może zostało utworzone. Sprawdź, zanim wyślesz ponownie.
im-check = Sprawdź
im-check-not-found = Nic nie zostało utworzone. Możesz wysłać ponownie.
im-recent-title = Twoje czaty
im-no-chats = Nie ma jeszcze czatów.
im-unread = Nieprzeczytane: { $count }
im-open-chat = Otwórz czat
im-more-chats = Wyświetlane są tylko najnowsze czaty (maksymalnie { $count }).
im-smiles-deprecated = To miejsce jest przestarzałe
im-smiles-deprecated-text = Od wersji 25.1600.0 komunikatora emoji zastąpiono naklejkami i portal nie otwiera już tego miejsca. Poniższe zestawy nadal trafiają do pola wpisywania wiadomości tam, gdzie portal na to pozwala.
im-smiles-faces = Twarze
im-smiles-work = Praca
im-smiles-gestures = Gesty

## Telephony
call-note-label = Notatka z rozmowy
call-note-save = Zapisz notatkę
call-note-discard = Odrzuć
call-note-held = Karta połączenia pozostanie otwarta, dopóki nie zapiszesz lub nie odrzucisz notatki.
call-note-saving = Zapisywanie notatki…
call-note-saved = Notatka została zapisana jako działanie nr { $id } w: { $element }.
call-note-refused = Notatka nie została zapisana: { $reason }
call-note-unknown = Portal nie potwierdził na czas: notatka mogła zostać zapisana. Sprawdź oś czasu, zanim zapiszesz ją ponownie.
call-note-no-target = Powiąż połączenie z elementem CRM, aby zapisać notatkę.
call-note-title = Notatka z rozmowy: { $phone }
call-note-title-no-phone = Notatka z rozmowy
softphone-waiting = Softphone czeka na połączenia.
softphone-title = Połączenie przychodzące z numeru { $phone }
softphone-ringing = Dzwoni…
softphone-connected = Połączono
softphone-on-hold = Wstrzymane
softphone-ended = Połączenie zakończone po { $minutes } min { $seconds } s
softphone-missed = Nieodebrane połączenie
softphone-finish-failed = Nie udało się zakończyć połączenia: { $reason }
softphone-command-failed = Karta połączenia nie przyjęła polecenia: { $reason }
calls-title = Połączenia z ostatnich { $days } dni
calls-total = Połączenia
calls-incoming = Przychodzące
calls-outgoing = Wychodzące
calls-missed = Nieodebrane
calls-talk-time = Czas rozmów
calls-average = Średnia rozmowa
calls-duration = { $minutes } min { $seconds } s
calls-per-day = Połączenia dziennie
calls-per-user = Według pracownika
calls-employee = Pracownik
calls-loading = Wczytywanie rejestru połączeń… Wczytano: { $rows }
calls-stop = Zatrzymaj
calls-partial = Wczytywanie zatrzymano: raport obejmuje tylko dotąd wczytane połączenia.
calls-none = Brak połączeń w tym okresie.
calls-day = { $date }: odebrane { $answered }, nieodebrane { $missed }

## Open lines
connector-title = Konektor otwartego kanału „{ $name }”
connector-not-registered = Konektor aplikacji nie jest zarejestrowany w tym portalu. Otwórz ustawienia aplikacji, aby go zarejestrować.
connector-lines = Otwarte kanały
connector-setup = Skonfiguruj
connector-line-id = Otwarty kanał nr { $id }
connector-line-inactive = Wyłączony
connector-active = Aktywny
connector-inactive = Nieaktywny
connector-configured = Dane kanału ustawione
connector-not-configured = Brak danych kanału
connector-error = Błąd
connector-ok = Działa
connector-works = Konektor działa w tym otwartym kanale.
connector-wants-on = Włączono konektor dla tego otwartego kanału: połącz go, aby zakończyć.
connector-wants-off = Wyłączono konektor dla tego otwartego kanału: rozłącz go, aby zakończyć.
connector-channel-name = Nazwa kanału
connector-default-name = Czat widżetów Rust
connector-channel-url = Link do czatu
connector-connect = Połącz
connector-disconnect = Rozłącz
connector-name-required = Wpisz nazwę kanału.
connector-url-invalid = Link do czatu musi zaczynać się od https:// lub http://.
connector-refused = Portal odmówił: { $reason }
connector-unknown = Portal nie potwierdził na czas: zmiana mogła zostać zastosowana. Sprawdź status, zanim spróbujesz ponownie.
connector-check = Sprawdź status

## Unsupported spots
spot-hr-title = Wynagrodzenie i urlop (HR)
spot-hr-text = Portal otwiera ten panel z menu wynagrodzeń i urlopów modułu HR. Bitrix24 nie dokumentuje, co tu przekazuje aplikacji, dlatego aplikacja pokazuje tylko to, co otrzymała, i nic więcej.
spot-catalog-title = Zewnętrzny katalog produktów
spot-catalog-text = Selektor produktów ładuje tę ukrytą ramkę, aby przeszukiwać zewnętrzny katalog. Jej polecenia i zdarzenia nie są udokumentowane (znane tylko z kodu portalu), więc aplikacja na nie nie odpowiada, a selektor nadal korzysta z katalogu portalu.
spot-options = Co przesłał portal
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

crm-report-title = Raport etapów: { $entity }
crm-report-entity = Raport dla
crm-report-counting = Liczenie: { $done } z { $total }
crm-report-stop = Zatrzymaj
crm-report-stopped-early = Zatrzymano, zanim cokolwiek policzono.
crm-report-count-again = Policz ponownie
crm-report-partial = Zatrzymano wcześniej: liczby obejmują { $done } z { $total }.
crm-report-counted = Policzono: { $count }
crm-report-empty = Ta lista jest pusta.
crm-report-pipeline = Lejek
crm-report-total = Łącznie
crm-report-won = Wygrane
crm-report-lost = Przegrane
crm-report-win-rate = Wskaźnik wygranych
crm-report-percent = { $percent }%
crm-report-reached = { $percent }% dotarło do tego etapu
crm-report-chart = Etapy: { $pipeline }
crm-report-open-hint = Wybierz etap, aby otworzyć listę przefiltrowaną według niego.

## CRM list row actions (CRM_*_LIST_MENU)

crm-row-actions = Szybkie akcje
crm-row-stage = Etap
crm-row-move = Przenieś
crm-row-reassign = Zmień osobę odpowiedzialną
crm-row-pick-user = Wybierz nową osobę odpowiedzialną
crm-row-saving = Zapisywanie…
crm-row-moved = Przeniesiono do „{ $stage }”.
crm-row-reassigned = Osoba odpowiedzialna: { $name }.
crm-row-save-failed = Zmiana nie została zapisana: { $reason }
crm-row-unknown = Portal nie potwierdził zmiany, więc mogła zostać zapisana lub nie. Wiersz wczytano ponownie: sprawdź go, zanim spróbujesz jeszcze raz.

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

automation-title = Wyzwalacze automatyzacji
automation-hint = Umieść jeden z wyzwalaczy aplikacji na etapie w tym projektancie: gdy wyzwalacz zadziała dla elementu, element przejdzie do tego etapu.
automation-empty = Aplikacja nie ma jeszcze wyzwalaczy.
automation-admin-only = Tylko administrator może dodawać, usuwać i uruchamiać wyzwalacze aplikacji.
automation-delete = Usuń
automation-delete-label = Usuń „{ $name }”
automation-add-title = Nowy wyzwalacz
automation-name = Nazwa
automation-code = Kod
automation-code-hint = Małe litery łacińskie, cyfry, kropki, łączniki i podkreślenia. Aplikacja zaproponuje kod na podstawie nazwy.
automation-add = Dodaj wyzwalacz
automation-empty-name = Nadaj wyzwalaczowi nazwę.
automation-bad-code = Kod może zawierać tylko małe litery łacińskie, cyfry, kropki, łączniki i podkreślenia (maksymalnie 64 znaki).
automation-taken-code = Aplikacja ma już wyzwalacz z tym kodem.
automation-added = Wyzwalacz „{ $name }” jest teraz dostępny w projektancie.
automation-deleted = Wyzwalacz „{ $name }” został usunięty.
automation-fire-title = Wypróbuj wyzwalacz
automation-fire-trigger = Wyzwalacz
automation-fire-element = ID elementu
automation-fire-pick = Wybierz element
automation-fire = Uruchom
automation-bad-id = Wpisz ID elementu jako liczbę całkowitą.
automation-picked = Element: { $title }
automation-fired = Wyzwalacz „{ $name }” uruchomiono dla: { $element }.
automation-no-fire = Elementy tego typu nie obsługują automatyzacji, więc nie można dla nich uruchamiać wyzwalaczy.
automation-saving = Zapisywanie…
automation-failed = Portal odmówił: { $reason }
automation-unknown = Portal nie potwierdził operacji, więc mogła zostać wykonana lub nie. Listę wczytano ponownie: sprawdź ją, zanim spróbujesz jeszcze raz.

## CRM rating field (USERFIELD_TYPE)

crm-rating-stars = Gwiazdki: { $stars } z { $max }
crm-rating-choose = Wybierz ocenę
crm-rating-entry = Ocena { $number }
crm-rating-note = Notatka
crm-rating-note-count = { $used } / { $max }
crm-rating-add = Dodaj ocenę
crm-rating-remove = Usuń
crm-rating-required = To pole jest wymagane: wybierz co najmniej jedną gwiazdkę.
crm-rating-no-stars = Wybierz gwiazdki dla oceny { $number }.
crm-rating-note-too-long = Notatka oceny { $number } jest za długa: maksymalnie { $max } znaków.
crm-rating-unreadable = Nie można wyświetlić zapisanej wartości ({ $reason }). Zapisanie karty ją zastąpi.
crm-rating-kept = Przekazano do karty: zostanie zapisane po zapisaniu karty.
crm-rating-set-failed = Karta nie przyjęła wartości: { $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)
workload-title = Obciążenie: { $name }
workload-title-visible = Obciążenie zadaniami, które widzisz
workload-tasks-total = Zadania na liście: { $total }
workload-progress = Wczytane zadania: { $loaded } z { $total }
workload-stop = Zatrzymaj wczytywanie
workload-stopped = Wczytywanie zatrzymane
workload-partial = Raport obejmuje tylko dotąd wczytane zadania: { $loaded } z { $total }.
workload-load-again = Wczytaj ponownie
workload-open-tasks = Otwarte zadania
workload-due-this-week = Termin w tym tygodniu
workload-no-deadline = Bez terminu
workload-by-status = Zadania według statusu
workload-per-person = Otwarte zadania według osoby odpowiedzialnej
workload-person-load = { $open } (po terminie: { $overdue })
workload-other-status = Inny status
workload-open-list = Otwórz listę zadań
workload-empty = Na tej liście nie ma zadań.

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)
group-kind-workgroup = Grupa robocza
group-open-to-join = Otwarta dla wszystkich
group-members = Członkowie
group-role-owner = Właściciel
group-role-moderator = Moderator
group-role-member = Członek
group-deadlines = Najbliższe terminy
group-no-deadlines = Żadne otwarte zadanie tej grupy nie ma terminu.
group-open-page = Otwórz grupę
group-no-group-title = Brak grupy
group-no-group-text = Portal otworzył ten przycisk na stronie, która nie wskazuje żadnej grupy, więc nie ma karty grupy do pokazania.

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)
profile-department = Dział
profile-manager = Przełożony
profile-work-phone = Telefon służbowy
profile-mobile = Telefon komórkowy
profile-extension = Numer wewnętrzny
profile-online = Online
profile-dismissed = Zwolniony
profile-message = Wyślij wiadomość
profile-call = Zadzwoń
profile-open-profile = Otwórz profil
profile-open-deals = Otwarte deale: { $count }
profile-open-tasks = Otwarte zadania: { $count }
profile-no-deals = Brak otwartych deali.
profile-no-tasks = Brak otwartych zadań.
profile-messenger-failed = Stąd nie można otworzyć komunikatora.

## App links (REST_APP_URI)
link-unknown-title = Ten link nie wskazuje niczego, co aplikacja może otworzyć
link-unknown-text = Aplikacja otwiera linki, których parametry wskazują element CRM (entityTypeId i id albo deal, lead, contact, company, quote, invoice), zadanie (task) lub pracownika (user). Ten link przekazał:
link-no-params = Link nie przekazał żadnych parametrów.

## Calendar view (CALENDAR_GRIDVIEW)
calendar-range = { $from } – { $to }
calendar-events-count = Wydarzenia w tym okresie: { $count }
calendar-previous = Poprzedni okres
calendar-next = Następny okres
calendar-add = Nowe wydarzenie
calendar-all-day = Cały dzień
calendar-edit = Edytuj
calendar-delete = Usuń
calendar-edit-event = Edytuj „{ $name }”
calendar-delete-event = Usuń „{ $name }”
calendar-no-events = Brak wydarzeń
calendar-not-found = Kalendarz nie znalazł tego wydarzenia. Odśwież widok i spróbuj ponownie.

## Sites
landing-site-settings = Ustawienia witryny
landing-page = Strona: { $page }
landing-site-title = Tytuł witryny
landing-site-description = Opis
landing-save = Zapisz
landing-site-saved = Ustawienia witryny zostały zapisane.
landing-title-required = Wpisz tytuł witryny.
landing-refused = Portal odmówił: { $reason }
landing-unknown = Portal nie potwierdził na czas: zmiana mogła zostać zapisana. Odśwież stronę, zanim zapiszesz ponownie.
landing-block-settings = Teksty bloku
landing-block-hint = Wypełnij teksty do zmiany; puste pola pozostaną takie jak w edytorze.
landing-no-text-nodes = Ten blok nie ma tu tekstów do zmiany.
landing-nothing-to-save = Wypełnij co najmniej jeden tekst.
landing-block-saved = Blok został zaktualizowany i ponownie wczytany w edytorze.
landing-block-saved-no-refresh = Blok został zaktualizowany, ale edytor go nie wczytał ponownie: { $reason }
## CRM work
crm-todo-title = Nowe zadanie do zrobienia
crm-todo-for = Dla: { $title }
crm-todo-heading = Nowe zadanie dla „{ $title }”
crm-todo-text = Co zrobić
crm-todo-text-placeholder = Na przykład: oddzwonić w sprawie oferty
crm-todo-deadline = Termin
crm-todo-due = Termin
crm-todo-due-today = Dziś, 18:00
crm-todo-due-tomorrow = Jutro, 10:00
crm-todo-due-three-days = Za 3 dni
crm-todo-due-week = Za tydzień
crm-todo-responsible = Osoba odpowiedzialna
crm-todo-me = Ty
crm-todo-choose-user = Wybierz
crm-todo-create = Utwórz zadanie
crm-todo-create-again = Utwórz mimo to
crm-todo-cancel = Anuluj
crm-todo-saving = Tworzenie zadania…
crm-todo-created = Utworzono zadanie: { $text }
crm-todo-failed-title = Zadanie nie zostało utworzone
crm-todo-failed = Zadanie nie zostało utworzone: { $reason }
crm-todo-unknown-title = Brak potwierdzenia
crm-todo-unknown = Portal nie potwierdził zadania, więc mogło już zostać utworzone. Sprawdź otwarte zadania, zanim utworzysz je ponownie.
crm-todo-open = Otwarte zadania: { $count }
crm-todo-open-none = Brak otwartych zadań.
crm-todo-empty-text = Wpisz, co trzeba zrobić.
crm-todo-bad-deadline = Wybierz datę i godzinę.
crm-todo-driver-loading = Przygotowywanie formularza…
crm-todo-driver-ready = Formularz jest wyświetlony.
crm-todo-load-failed = Nie udało się wczytać elementu: { $reason }
crm-todo-layout-refused = Portal nie mógł wyświetlić formularza.
crm-record-paid = Opłacone
crm-record-unpaid = Nieopłacone
crm-record-canceled = Anulowane
crm-record-status = Status: { $code }
crm-record-done = Wykonane
crm-record-open = Do zrobienia
crm-record-incoming = Przychodzące
crm-record-outgoing = Wychodzące
crm-record-meeting = Spotkanie
crm-record-call = Połączenie
crm-record-task = Zadanie
crm-record-email = E-mail
crm-record-todo = Zadanie do zrobienia
crm-record-billed = Wystawiono
crm-record-pay-before = Termin płatności
crm-record-starts = Początek
crm-record-order-title = Zamówienie { $number }
crm-record-belongs-to = Dotyczy
crm-record-items = Pozycje
crm-record-line = { $quantity } × { $price }
crm-search-running = Wyszukiwanie…
crm-search-found = Wyniki przekazane do formularza: { $count }
crm-search-failed = Wyszukiwanie nie powiodło się: { $reason }
crm-search-picked = Wybrany wynik został wpisany do formularza.
crm-search-unknown-pick = Wybrana opcja nie pochodzi z tej aplikacji.
crm-doc-title = Oferta handlowa
crm-doc-number = Nr { $number }
crm-doc-issued = Data
crm-doc-subject = Dotyczy
crm-doc-client = Klient
crm-doc-stage = Etap
crm-doc-prepared-by = Przygotował(a)
crm-doc-note = Oferta jest ważna 14 dni od powyższej daty.
crm-doc-print = Drukuj
crm-doc-download = Pobierz
crm-doc-downloaded = Zapisano jako { $file }.
crm-doc-download-failed = Nie udało się zapisać pliku.
crm-doc-print-failed = Przeglądarka nie mogła wydrukować strony.
crm-record-mark-done = Oznacz jako wykonane
crm-record-done-failed = Nie udało się oznaczyć jako wykonane: { $reason }
crm-record-done-unknown = Portal nie potwierdził zmiany. Karta została wczytana ponownie: sprawdź ją przed ponowną próbą.
crm-robot-title = Ustawienia robota
crm-robot-hint = Zmiany trafiają od razu do formularza robota; zapisz robota, aby je zachować.
crm-robot-sent = Przekazano do formularza robota: { $name }
crm-robot-required = Wypełnij to pole.
crm-robot-not-integer = Wpisz liczbę całkowitą.
crm-robot-not-number = Wpisz liczbę.
crm-robot-not-date = Wpisz datę.
crm-robot-not-option = Wybierz jedną z opcji.
crm-robot-no-properties = Ten robot nie ma ustawień.
crm-robot-one-per-line = Jedna wartość w wierszu.
