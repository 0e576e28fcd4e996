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
