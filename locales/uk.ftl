# Ukrainian (uk)

## Екрани завантаження та помилок: до віджета й замість нього
loading = Завантаження…
not-in-frame-title = Відкрийте додаток у Бітрікс24
not-in-frame-text = Ця сторінка — віджет Бітрікс24. Вона працює всередині вашого порталу, який передає їй потрібний контекст. Відкрийте її з меню порталу, картки CRM або іншого місця, де встановлено додаток.
not-in-frame-dev-hint = Розробникам: запустіть scripts/run.sh, щоб випробувати всі віджети в локальному емуляторі порталу.
init-timeout-title = Бітрікс24 не відповідає
init-timeout-text = Портал не передав віджету контекст вчасно. Перевірте з'єднання та спробуйте ще раз.
malformed-title = Віджет отримав дані, які не може прочитати
malformed-text = Портал відкрив віджет із параметрами в неочікуваному форматі. Нічого не змінено. Подробиці нижче допоможуть розробнику додатка.
unknown-title = Це місце поки що не підтримується
unknown-text = Портал відкрив додаток у невідомому йому місці. Ось що він отримав:
crash-title = Щось пішло не так
crash-text = У віджеті сталася неочікувана помилка. Зазвичай допомагає перезавантаження.
retry = Повторити
reload = Оновити
placement-code = Місце вбудовування
error = Помилка

## Дії, спільні для всіх віджетів
open = Відкрити
details = Докладніше
refresh = Оновити

## Поля картки CRM і картки завдання
amount = Сума
responsible = Відповідальний
created-by = Постановник
contact = Контакт
company = Компанія
phone = Телефон
email = E-mail
created = Створено
modified = Змінено
start-date = Дата початку
close-date = Дата завершення
deadline = Крайній термін
project = Проєкт
checklist = Чек-лист
not-set = Не вказано
overdue = Прострочене
important = Важливе завдання
closed-item = Закрито

## Стани завантаження
load-failed = Не вдалося завантажити дані
not-found = Не знайдено або немає доступу
not-found-text = Можливо, його видалено або ваші права не дозволяють його бачити.
path-not-available = Портал не може відкрити цю сторінку тут.

## Статуси завдань (tasks.task.get status 1–7)
task-new = Нове
task-pending = Чекає виконання
task-in-progress = Виконується
task-awaiting-review = Чекає контролю
task-completed = Завершене
task-deferred = Відкладене
task-declined = Відхилене

## Типи сутностей CRM
lead = Лід
deal = Угода
contact-entity = Контакт
company-entity = Компанія
quote = Пропозиція
invoice = Рахунок
smart-process-item = Елемент смарт-процесу
activity = Справа
order = Замовлення
task = Завдання

## Картка дзвінка (CALL_CARD)
incoming-call = Вхідний дзвінок
outgoing-call = Вихідний дзвінок
callback = Зворотний дзвінок
line = Лінія
call-idle = очікування
call-connecting = з'єднання
call-connected = розмова
no-crm-binding = Того, хто телефонує, ще немає в CRM.
also-linked = Також пов'язано

## Перегляд контексту (місця, які ще не мають власного віджета)
widget-context = Контекст віджета
widget-context-text = Портал відкрив додаток тут із цим контекстом. Це місце показує контекст, доки для нього не зроблять власний віджет.
opened-from = Відкрито зі сторінки
presentation = Показ

## Головна сторінка (DEFAULT, LEFT_MENU)
welcome = Віджети на Rust для Бітрікс24
welcome-text = Додаток додає віджети в картки CRM, завдання, картку дзвінка та інші місця порталу.
signed-in-as = Ви увійшли як
portal = Портал
language = Мова
administrator = Адміністратор

## Спільні елементи керування
toggle-theme = Перемкнути світлу/темну тему
background-worker = Фоновий обробник працює.

## Картка завдання
checklist-progress = Чек-лист: виконано { $done } з { $total }

## Перегляд подробиць
yes = Так
no = Ні

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

setup-area-app = Сторінки застосунку

setup-area-crm = CRM

setup-area-tasks = Завдання

setup-area-workgroups = Групи та проєкти

setup-area-people = Співробітники

setup-area-calendar = Календар

setup-area-telephony = Телефонія

setup-area-messenger = Месенджер

setup-area-contact-center = Контакт-центр

setup-area-fields = Поля CRM

setup-area-sites = Сайти та магазини

setup-purpose-app-page = Віджети

setup-purpose-app-page-text = Сторінка застосунку: хто ви, ваш портал і налаштування застосунку.

setup-purpose-app-link = Відкрити у Віджетах

setup-purpose-app-link-text = Відкриває елемент CRM, завдання або співробітника, на яких вказує посилання на застосунок.

setup-purpose-call-watcher = Спостерігач дзвінків

setup-purpose-call-watcher-text = Працює у фоні на кожній сторінці та стежить за дзвінками для картки дзвінка.

setup-purpose-entity-overview = Огляд

setup-purpose-entity-overview-text = Елемент з першого погляду: стадія, сума, люди та контакти.

setup-purpose-row-action = Дії Віджетів

setup-purpose-row-action-text = Виконує дії з вибраними рядками списку.

setup-purpose-list-report = Звіт за стадіями

setup-purpose-list-report-text = Кількість і сума за стадіями для всього списку та конверсія воронкою.

setup-purpose-card-action = Зведення

setup-purpose-card-action-text = Зведення за елементом у слайдері.

setup-purpose-activity = Справа

setup-purpose-activity-text = Тип справи CRM, який додає елементу справу.

setup-purpose-timeline-action = Дії із записом

setup-purpose-timeline-action-text = Працює з вибраним записом таймлайну.

setup-purpose-document = Друковане зведення

setup-purpose-document-text = Створює друкований документ для елемента.

setup-purpose-automation-triggers = Тригери автоматизації

setup-purpose-automation-triggers-text = Додає тригери застосунку до конструктора автоматизації та перевіряє їх на елементі.

setup-purpose-search = Пошук Віджетів

setup-purpose-search-text = Знаходить елементи CRM і реквізити компаній для пошуку та форми реквізитів.

setup-purpose-analytics = Звіт Віджетів

setup-purpose-analytics-text = Звіт у розділі аналітики.

setup-purpose-task-summary = Зведення за завданням

setup-purpose-task-summary-text = Завдання з першого погляду: статус, крайній термін, люди та чек-лист.

setup-purpose-workload = Навантаження

setup-purpose-workload-text = Звіт про навантаження за завданнями співробітника або групи.

setup-purpose-group-card = Огляд групи

setup-purpose-group-card-text = Учасники групи, ролі та відкриті завдання.

setup-purpose-employee-card = Картка співробітника

setup-purpose-employee-card-text = Відділ, керівник, контакти, відкриті угоди та завдання.

setup-purpose-calendar-view = Порядок денний

setup-purpose-calendar-view-text = Вигляд календаря.

setup-purpose-call-notes = Нотатки до дзвінка

setup-purpose-call-notes-text = Нотатки під час дзвінка, що зберігаються в елементі CRM клієнта.

setup-purpose-calls-report = Звіт про дзвінки

setup-purpose-calls-report-text = Звіт про дзвінки порталу.

setup-purpose-chat-templates = Шаблони відповідей

setup-purpose-chat-templates-text = Шаблони відповідей над полем введення чату.

setup-purpose-chat-context = Контекст чату

setup-purpose-chat-context-text = Елемент CRM або завдання, до якого належить чат, у його бічній панелі.

setup-purpose-message-action = Створити з повідомлення

setup-purpose-message-action-text = Перетворює повідомлення на завдання або справу CRM.

setup-purpose-messenger-page = Віджети

setup-purpose-messenger-page-text = Застосунок як сторінка всередині месенджера.

setup-purpose-connector-tile = Конектор Віджетів

setup-purpose-connector-tile-text = Плитка контакт-центру, яка відкриває налаштування конектора.

setup-purpose-connector-settings = Налаштування конектора

setup-purpose-connector-settings-text = Налаштування конектора відкритої лінії застосунку.

setup-purpose-rating-field = Рейтинг

setup-purpose-rating-field-text = Тип поля CRM: оцінка зірками з нотаткою.

setup-purpose-site-settings = Налаштування сайту

setup-purpose-site-settings-text = Налаштування застосунку на сайті.

setup-purpose-block-settings = Налаштування блоку

setup-purpose-block-settings-text = Налаштування блоків застосунку в редакторі сайту.

setup-spot-left-menu = Ліве меню

setup-spot-app-links = Посилання на застосунок

setup-spot-every-page = Кожна сторінка, у фоні

setup-spot-card-tab = Вкладка картки

setup-spot-card-activity = Справа в картці

setup-spot-card-toolbar = Панель картки

setup-spot-card-sidebar = Бічна панель картки

setup-spot-card-top-panel = Верхня панель картки

setup-spot-list-toolbar = Над списком

setup-spot-funnels-toolbar = Над воронками

setup-spot-list-row-menu = Меню рядка списку

setup-spot-timeline-menu = Меню запису таймлайну

setup-spot-document-button = Кнопка «Документи»

setup-spot-automation-toolbar = Конструктор автоматизації

setup-spot-analytics-menu = Меню аналітики

setup-spot-analytics-toolbar = Панель аналітики

setup-spot-search = Пошук CRM

setup-spot-details-autocomplete = Форма реквізитів компанії та банку

setup-spot-profile-menu = Меню профілю

setup-spot-calendar-view = Вигляди календаря

setup-spot-call-card = Картка дзвінка

setup-spot-chat-input-panel = Панель над полем введення чату

setup-spot-chat-sidebar = Бічна панель чату

setup-spot-message-menu = Меню повідомлення

setup-spot-mobile-message-menu = Меню повідомлення в мобільному застосунку

setup-spot-messenger-navigation = Навігація месенджера

setup-spot-contact-center-tile = Плитка контакт-центру

setup-spot-connector-settings = Налаштування відкритої лінії

setup-spot-field-type = Типи полів CRM

setup-spot-site-settings = Налаштування сайту

setup-spot-block-settings = Налаштування блоку в редакторі сайту

setup-spot-other = В іншому місці

setup-subject-old-invoice = Рахунок (старий)

setup-subject-workgroup = Група

setup-subject-employee = Співробітник

setup-title = Встановлення застосунку

setup-intro = Виберіть, де застосунок з'явиться на вашому порталі. Доречний набір уже вибрано; пізніше його можна змінити в налаштуваннях застосунку.

setup-selected = Вибрано: { $count }

setup-install = Встановити

setup-installed = Встановлено

setup-progress = Виконано кроків: { $done } з { $total }

setup-state-pending = Очікує

setup-state-running = Виконується

setup-state-done = Готово

setup-state-already = Уже є

setup-state-failed = Помилка

setup-state-unknown = Результат невідомий

setup-problems-title = Деякі кроки не виконано

setup-problems-text = Усе інше на місці. Повторіть, коли причину буде усунено: надішлеться лише те, чого ще немає.

setup-rechecked-text = Портал не повідомив, чи вдалися деякі кроки, тому застосунок перевірив портал ще раз. У списку те, чого досі немає; нічого не надіслано двічі.

setup-finishing = Завершення встановлення…

setup-finished = Застосунок встановлено. Портал перезавантажує його.

setup-finish-failed = Портал не прийняв завершення встановлення.

setup-nothing-new = Усе вибране вже встановлено.

setup-not-admin-title = Попросіть адміністратора встановити застосунок

setup-not-admin-text = Лише адміністратор Бітрікс24 може встановити цей застосунок і вибрати, де він з'явиться. Нічого не змінено.

setup-bad-address = Застосунок відкрито за адресою, з якої портал не може завантажувати віджети.

setup-settings-title = Налаштування застосунку

setup-settings-intro = Де застосунок з'являється на вашому порталі, та його параметри.

setup-read-only = Змінювати ці налаштування може лише адміністратор.

setup-places = Де з'являється застосунок

setup-bound = Вбудовано

setup-not-bound = Не вбудовано

setup-unavailable = Недоступно на цьому порталі

setup-apply = Застосувати зміни

setup-no-changes = Змінювати нічого.

setup-applied = Зміни застосовано.

setup-app-options = Параметри для всіх

setup-my-options = Мої параметри

setup-theme = Тема

setup-theme-auto = Як у системі

setup-theme-light = Світла

setup-theme-dark = Темна

setup-transport = Підключення до REST

setup-transport-bx24 = Через сторінку порталу

setup-transport-fetch = Прямі запити

setup-save = Зберегти

setup-saved = Збережено.

setup-save-failed = Параметри не збережено.

home-open-settings = Налаштування застосунку
## Messenger
im-templates-title = Швидкі відповіді
im-template-thanks = Дякую! Незабаром повернуся з відповіддю.
im-template-details = Надішліть, будь ласка, подробиці.
im-template-call = Обговорімо це телефоном. Коли вам зручно?
im-template-bound = Ми працюємо над «{ $element }» і триматимемо вас у курсі в цьому чаті.
im-draft-reply = { $name }, дякую за повідомлення: «{ $about }» Я розберуся й відповім сьогодні.
im-draft-reply-anonymous = Дякую за повідомлення: «{ $about }» Я розберуся й відповім сьогодні.
im-draft-button = Підготувати відповідь
im-read-input = Прочитати поле введення
im-replace-text = Замінити текст у полі введення
im-input-text = Текст у полі введення: { $text } (довжина: { $count })
im-input-empty = Поле введення повідомлення порожнє.
im-inserted = Текст вставлено в поле введення повідомлення.
im-no-textarea = Месенджер не відповів: тут немає поля введення повідомлення.
im-insert-failed = Не вдалося вставити текст: { $reason }
im-task-ref = Завдання №{ $id }
im-belongs-to = Стосується:
im-ordinary-chat = Цей чат не пов'язаний ні з елементом CRM, ні із завданням.
im-private-chat = Особистий чат: він не пов'язаний ні з елементом CRM, ні із завданням.
im-members = Учасники: { $count }
im-online = у мережі
im-write = Написати
im-call-short = Зателефонувати
im-write-to = Написати: { $name }
im-call = Зателефонувати: { $name }
im-field-title = Назва
im-field-description = Опис
im-field-deadline = Кінцевий термін
im-make-task = Створити завдання
im-make-activity = Додати справу в CRM
im-title-required = Введіть назву.
im-deadline-required = Для справи в CRM потрібен кінцевий термін.
im-no-crm-binding = Цей чат не пов'язаний з елементом CRM, тому можна створити лише завдання.
im-from-message = З повідомлення користувача { $author } у чаті «{ $chat }».
im-task-created = Завдання №{ $id } створено.
im-activity-created = Справу №{ $id } додано до «{ $element }».
im-write-refused = Портал відмовив: { $reason }
im-write-unknown = Портал не підтвердив вчасно: можливо, запис уже створено. Перевірте, перш ніж надсилати знову.
im-check = Перевірити
im-check-not-found = Нічого не створено. Можна надіслати знову.
im-recent-title = Ваші чати
im-no-chats = Чатів поки немає.
im-unread = Непрочитаних: { $count }
im-open-chat = Відкрити чат
im-more-chats = Показано лише останні чати (не більше { $count }).
im-smiles-deprecated = Це місце застаріло
im-smiles-deprecated-text = Починаючи з версії месенджера 25.1600.0 емодзі замінено стікерами, і портал більше не відкриває це місце. Набори нижче, як і раніше, вставляються в поле введення повідомлення, якщо портал це дозволяє.
im-smiles-faces = Обличчя
im-smiles-work = Робота
im-smiles-gestures = Жести

## Telephony
call-note-label = Нотатка про дзвінок
call-note-save = Зберегти нотатку
call-note-discard = Скасувати
call-note-held = Картка дзвінка залишиться відкритою, доки ви не збережете або не скасуєте нотатку.
call-note-saving = Зберігаємо нотатку…
call-note-saved = Нотатку збережено як справу №{ $id } у «{ $element }».
call-note-refused = Нотатку не збережено: { $reason }
call-note-unknown = Портал не підтвердив збереження вчасно: можливо, нотатку вже збережено. Перевірте стрічку, перш ніж зберігати знову.
call-note-no-target = Прив'яжіть дзвінок до елемента CRM, щоб зберегти нотатку.
call-note-title = Нотатка про дзвінок: { $phone }
call-note-title-no-phone = Нотатка про дзвінок
softphone-waiting = Софтфон очікує дзвінків.
softphone-title = Вхідний дзвінок з номера { $phone }
softphone-ringing = Виклик…
softphone-connected = З'єднано
softphone-on-hold = На утриманні
softphone-ended = Дзвінок завершено через { $minutes } хв { $seconds } с
softphone-missed = Пропущений дзвінок
softphone-finish-failed = Не вдалося завершити дзвінок: { $reason }
softphone-command-failed = Картка дзвінка не прийняла команду: { $reason }
calls-title = Дзвінки за останні { $days } днів
calls-total = Дзвінки
calls-incoming = Вхідні
calls-outgoing = Вихідні
calls-missed = Пропущені
calls-talk-time = Час розмов
calls-average = Середній дзвінок
calls-duration = { $minutes } хв { $seconds } с
calls-per-day = Дзвінки за днями
calls-per-user = За співробітниками
calls-employee = Співробітник
calls-loading = Завантажуємо журнал дзвінків… Завантажено: { $rows }
calls-stop = Зупинити
calls-partial = Завантаження зупинено: звіт охоплює лише вже завантажені дзвінки.
calls-none = За цей період дзвінків немає.
calls-day = { $date }: відповіли { $answered }, пропущено { $missed }

## Open lines
connector-title = Конектор відкритих ліній «{ $name }»
connector-not-registered = Конектор застосунку не зареєстровано на цьому порталі. Відкрийте налаштування застосунку, щоб зареєструвати його.
connector-lines = Відкриті лінії
connector-setup = Налаштувати
connector-line-id = Відкрита лінія №{ $id }
connector-line-inactive = Вимкнена
connector-active = Активний
connector-inactive = Не активний
connector-configured = Дані каналу задано
connector-not-configured = Дані каналу не задано
connector-error = Помилка
connector-ok = Працює
connector-works = Конектор працює на цій відкритій лінії.
connector-wants-on = Ви ввімкнули конектор для цієї відкритої лінії: підключіть його, щоб завершити.
connector-wants-off = Ви вимкнули конектор для цієї відкритої лінії: відключіть його, щоб завершити.
connector-channel-name = Назва каналу
connector-default-name = Чат Rust-віджетів
connector-channel-url = Посилання на чат
connector-connect = Підключити
connector-disconnect = Відключити
connector-name-required = Введіть назву каналу.
connector-url-invalid = Посилання на чат має починатися з https:// або http://.
connector-refused = Портал відмовив: { $reason }
connector-unknown = Портал не підтвердив вчасно: можливо, зміну вже застосовано. Перевірте статус, перш ніж повторювати.
connector-check = Перевірити статус

## Unsupported spots
spot-hr-title = Зарплата й відпустка (HR)
spot-hr-text = Портал відкриває цей слайдер з меню зарплати й відпусток модуля HR. Bitrix24 не документує, що він передає застосунку, тому застосунок показує лише отримане й нічого більше.
spot-catalog-title = Зовнішній каталог товарів
spot-catalog-text = Селектор товарів завантажує цей прихований фрейм для пошуку в зовнішньому каталозі. Його команди й події не задокументовано (відомі лише з коду порталу), тому застосунок на них не відповідає, і селектор і далі використовує власний каталог порталу.
spot-options = Що передав портал
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

crm-report-title = Звіт за стадіями: { $entity }
crm-report-entity = Звіт по
crm-report-counting = Підрахунок: { $done } з { $total }
crm-report-stop = Зупинити
crm-report-stopped-early = Зупинено до початку підрахунку.
crm-report-count-again = Порахувати знову
crm-report-partial = Підрахунок зупинено: цифри охоплюють { $done } з { $total }.
crm-report-counted = Пораховано: { $count }
crm-report-empty = Цей список порожній.
crm-report-pipeline = Воронка
crm-report-total = Усього
crm-report-won = Успішні
crm-report-lost = Провалені
crm-report-win-rate = Частка успішних
crm-report-percent = { $percent } %
crm-report-reached = { $percent } % дійшли до цієї стадії
crm-report-chart = Стадії: { $pipeline }
crm-report-open-hint = Виберіть стадію, щоб відкрити список із відбором за нею.

## CRM list row actions (CRM_*_LIST_MENU)

crm-row-actions = Швидкі дії
crm-row-stage = Стадія
crm-row-move = Перевести
crm-row-reassign = Змінити відповідального
crm-row-pick-user = Виберіть нового відповідального
crm-row-saving = Збереження…
crm-row-moved = Переведено на стадію «{ $stage }».
crm-row-reassigned = Тепер відповідальний — { $name }.
crm-row-save-failed = Зміну не збережено: { $reason }
crm-row-unknown = Портал не підтвердив зміну, тож невідомо, чи її збережено. Запис перечитано: перевірте його, перш ніж пробувати знову.

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

automation-title = Тригери автоматизації
automation-hint = Поставте один із тригерів застосунку на стадію в цьому конструкторі: коли тригер спрацює для елемента, елемент перейде на цю стадію.
automation-empty = У застосунку ще немає тригерів.
automation-admin-only = Додавати, видаляти й запускати тригери застосунку може лише адміністратор.
automation-delete = Видалити
automation-delete-label = Видалити «{ $name }»
automation-add-title = Новий тригер
automation-name = Назва
automation-code = Код
automation-code-hint = Малі латинські літери, цифри, крапки, дефіси та підкреслення. Застосунок запропонує код на основі назви.
automation-add = Додати тригер
automation-empty-name = Вкажіть назву тригера.
automation-bad-code = Код може містити лише малі латинські літери, цифри, крапки, дефіси та підкреслення (не більше 64 символів).
automation-taken-code = У застосунку вже є тригер із таким кодом.
automation-added = Тригер «{ $name }» додано до конструктора.
automation-deleted = Тригер «{ $name }» видалено.
automation-fire-title = Перевірити тригер
automation-fire-trigger = Тригер
automation-fire-element = ID елемента
automation-fire-pick = Вибрати елемент
automation-fire = Запустити
automation-bad-id = Введіть ID елемента — ціле число.
automation-picked = Елемент: { $title }
automation-fired = Тригер «{ $name }» спрацював для { $element }.
automation-no-fire = Для елементів цього типу автоматизація не працює, тому запускати для них тригери не можна.
automation-saving = Збереження…
automation-failed = Портал відмовив: { $reason }
automation-unknown = Портал не підтвердив дію, тож невідомо, чи її виконано. Список перечитано: перевірте його, перш ніж пробувати знову.

## CRM rating field (USERFIELD_TYPE)

crm-rating-stars = Зірок: { $stars } з { $max }
crm-rating-choose = Виберіть оцінку
crm-rating-entry = Оцінка { $number }
crm-rating-note = Коментар
crm-rating-note-count = { $used } / { $max }
crm-rating-add = Додати оцінку
crm-rating-remove = Видалити
crm-rating-required = Це обов'язкове поле: виберіть щонайменше одну зірку.
crm-rating-no-stars = Виберіть зірки для оцінки { $number }.
crm-rating-note-too-long = Коментар до оцінки { $number } задовгий: не більше { $max } символів.
crm-rating-unreadable = Збережене значення неможливо показати ({ $reason }). Під час збереження картки його буде замінено.
crm-rating-kept = Передано в картку: збережеться разом із карткою.
crm-rating-set-failed = Картка не прийняла значення: { $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)
workload-title = Завантаженість: { $name }
workload-title-visible = Завантаженість за доступними вам завданнями
workload-tasks-total = Завдань у списку: { $total }
workload-progress = Завантажено завдань: { $loaded } з { $total }
workload-stop = Зупинити завантаження
workload-stopped = Завантаження зупинено
workload-partial = Звіт враховує лише вже завантажені завдання: { $loaded } з { $total }.
workload-load-again = Завантажити знову
workload-open-tasks = Відкриті завдання
workload-due-this-week = Термін цього тижня
workload-no-deadline = Без терміну
workload-by-status = Завдання за статусами
workload-per-person = Відкриті завдання за відповідальними
workload-person-load = { $open } (прострочено: { $overdue })
workload-other-status = Інший статус
workload-open-list = Відкрити список завдань
workload-empty = У цьому списку немає завдань.

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)
group-kind-workgroup = Робоча група
group-open-to-join = Відкрита для вступу
group-members = Учасники
group-role-owner = Власник
group-role-moderator = Модератор
group-role-member = Учасник
group-deadlines = Найближчі терміни
group-no-deadlines = Жодне відкрите завдання групи не має терміну.
group-open-page = Відкрити групу
group-no-group-title = Тут немає групи
group-no-group-text = Портал відкрив цю кнопку на сторінці, де не вказано групу, тому картку групи показати неможливо.

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)
profile-department = Відділ
profile-manager = Керівник
profile-work-phone = Робочий телефон
profile-mobile = Мобільний телефон
profile-extension = Внутрішній номер
profile-online = У мережі
profile-dismissed = Звільнений
profile-message = Написати повідомлення
profile-call = Зателефонувати
profile-open-profile = Відкрити профіль
profile-open-deals = Відкриті угоди: { $count }
profile-open-tasks = Відкриті завдання: { $count }
profile-no-deals = Відкритих угод немає.
profile-no-tasks = Відкритих завдань немає.
profile-messenger-failed = Звідси не можна відкрити месенджер.

## App links (REST_APP_URI)
link-unknown-title = Посилання не вказує нічого, що застосунок може відкрити
link-unknown-text = Застосунок відкриває посилання, параметри яких вказують елемент CRM (entityTypeId та id або deal, lead, contact, company, quote, invoice), завдання (task) чи співробітника (user). Це посилання передало:
link-no-params = Посилання не передало параметрів.

## Calendar view (CALENDAR_GRIDVIEW)
calendar-range = { $from } – { $to }
calendar-events-count = Подій у цьому періоді: { $count }
calendar-previous = Попередній період
calendar-next = Наступний період
calendar-add = Нова подія
calendar-all-day = Увесь день
calendar-edit = Змінити
calendar-delete = Видалити
calendar-edit-event = Змінити «{ $name }»
calendar-delete-event = Видалити «{ $name }»
calendar-no-events = Немає подій
calendar-not-found = Календар не знайшов цю подію. Оновіть вигляд і спробуйте ще раз.

## Sites
landing-site-settings = Налаштування сайту
landing-page = Сторінка: { $page }
landing-site-title = Назва сайту
landing-site-description = Опис
landing-save = Зберегти
landing-site-saved = Налаштування сайту збережено.
landing-title-required = Введіть назву сайту.
landing-refused = Портал відмовив: { $reason }
landing-unknown = Портал не підтвердив вчасно: можливо, зміну вже збережено. Оновіть сторінку, перш ніж зберігати знову.
landing-block-settings = Тексти блоку
landing-block-hint = Заповніть тексти, які треба змінити; порожні поля залишаться як у редакторі.
landing-no-text-nodes = У цьому блоці немає текстів, які можна змінити тут.
landing-nothing-to-save = Заповніть хоча б один текст.
landing-block-saved = Блок оновлено й перезавантажено в редакторі.
landing-block-saved-no-refresh = Блок оновлено, але редактор не перезавантажив його: { $reason }
## CRM work
crm-todo-title = Нова справа
crm-todo-for = Для: { $title }
crm-todo-heading = Нова справа для «{ $title }»
crm-todo-text = Що зробити
crm-todo-text-placeholder = Наприклад: передзвонити щодо пропозиції
crm-todo-deadline = Крайній термін
crm-todo-due = Термін
crm-todo-due-today = Сьогодні, 18:00
crm-todo-due-tomorrow = Завтра, 10:00
crm-todo-due-three-days = Через 3 дні
crm-todo-due-week = Через тиждень
crm-todo-responsible = Відповідальний
crm-todo-me = Ви
crm-todo-choose-user = Вибрати
crm-todo-create = Створити справу
crm-todo-create-again = Усе одно створити
crm-todo-cancel = Скасувати
crm-todo-saving = Створюємо справу…
crm-todo-created = Справу створено: { $text }
crm-todo-failed-title = Справу не створено
crm-todo-failed = Справу не створено: { $reason }
crm-todo-unknown-title = Немає підтвердження
crm-todo-unknown = Портал не підтвердив створення справи, можливо, її вже створено. Перевірте відкриті справи, перш ніж створювати її знову.
crm-todo-open = Відкриті справи: { $count }
crm-todo-open-none = Відкритих справ поки немає.
crm-todo-empty-text = Напишіть, що потрібно зробити.
crm-todo-bad-deadline = Вкажіть дату й час.
crm-todo-driver-loading = Готуємо форму справи…
crm-todo-driver-ready = Форму справи показано.
crm-todo-load-failed = Не вдалося завантажити елемент: { $reason }
crm-todo-layout-refused = Портал не зміг показати форму справи.
crm-record-paid = Оплачено
crm-record-unpaid = Не оплачено
crm-record-canceled = Скасовано
crm-record-status = Статус: { $code }
crm-record-done = Виконано
crm-record-open = Не виконано
crm-record-incoming = Вхідний
crm-record-outgoing = Вихідний
crm-record-meeting = Зустріч
crm-record-call = Дзвінок
crm-record-task = Завдання
crm-record-email = Лист
crm-record-todo = Справа
crm-record-billed = Виставлено
crm-record-pay-before = Сплатити до
crm-record-starts = Початок
crm-record-order-title = Замовлення № { $number }
crm-record-belongs-to = Належить до
crm-record-items = Товари
crm-record-line = { $quantity } × { $price }
crm-search-running = Триває пошук…
crm-search-found = Знайдено й передано у форму: { $count }
crm-search-failed = Пошук не вдався: { $reason }
crm-search-picked = Вибраний варіант підставлено у форму.
crm-search-unknown-pick = Вибраний варіант запропоновано не цим застосунком.
crm-doc-title = Комерційна пропозиція
crm-doc-number = № { $number }
crm-doc-issued = Дата
crm-doc-subject = Підстава
crm-doc-client = Клієнт
crm-doc-stage = Стадія
crm-doc-prepared-by = Підготував
crm-doc-note = Пропозиція дійсна 14 днів від зазначеної дати.
crm-doc-print = Друк
crm-doc-download = Завантажити
crm-doc-downloaded = Збережено як { $file }.
crm-doc-download-failed = Не вдалося зберегти файл.
crm-doc-print-failed = Браузер не зміг надрукувати сторінку.
crm-record-mark-done = Позначити виконаним
crm-record-done-failed = Не вдалося позначити виконаним: { $reason }
crm-record-done-unknown = Портал не підтвердив зміну. Картку перечитано: перевірте її, перш ніж повторювати.
crm-robot-title = Налаштування робота
crm-robot-hint = Зміни одразу потрапляють у форму робота; збережіть робота, щоб їх застосувати.
crm-robot-sent = Передано у форму робота: { $name }
crm-robot-required = Заповніть це поле.
crm-robot-not-integer = Введіть ціле число.
crm-robot-not-number = Введіть число.
crm-robot-not-date = Введіть дату.
crm-robot-not-option = Виберіть один із варіантів.
crm-robot-no-properties = Цей робот не має налаштувань.
crm-robot-one-per-line = По одному значенню в рядку.
