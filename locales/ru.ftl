# Русский

loading = Загрузка…
not-in-frame-title = Откройте приложение в Битрикс24
not-in-frame-text = Эта страница — виджет Битрикс24. Она работает внутри вашего портала, который передаёт ей нужный контекст. Откройте её из меню портала, карточки CRM или другого места, где установлено приложение.
not-in-frame-dev-hint = Разработчикам: запустите scripts/run.sh, чтобы попробовать все виджеты в локальном эмуляторе портала.
init-timeout-title = Битрикс24 не отвечает
init-timeout-text = Портал не передал виджету контекст вовремя. Проверьте соединение и попробуйте ещё раз.
malformed-title = Виджет получил данные, которые не может прочитать
malformed-text = Портал открыл виджет с параметрами в неожиданном формате. Ничего не изменено. Подробности ниже помогут разработчику приложения.
unknown-title = Это место пока не поддерживается
unknown-text = Портал открыл приложение в неизвестном ему месте. Вот что оно получило:
crash-title = Что-то пошло не так
crash-text = В виджете произошла непредвиденная ошибка. Обычно помогает перезагрузка.
retry = Повторить
reload = Обновить
placement-code = Место встройки
error = Ошибка
open = Открыть
details = Подробнее
refresh = Обновить
amount = Сумма
responsible = Ответственный
created-by = Постановщик
contact = Контакт
company = Компания
phone = Телефон
email = E-mail
created = Создано
modified = Изменено
start-date = Дата начала
close-date = Дата завершения
deadline = Крайний срок
project = Проект
checklist = Чек-лист
not-set = Не указано
overdue = Просрочена
important = Важная задача
closed-item = Закрыто
load-failed = Не удалось загрузить данные
not-found = Не найдено или нет доступа
not-found-text = Возможно, он удалён или ваши права не позволяют его видеть.
path-not-available = Портал не может открыть эту страницу здесь.
task-new = Новая
task-pending = Ждёт выполнения
task-in-progress = Выполняется
task-awaiting-review = Ждёт контроля
task-completed = Завершена
task-deferred = Отложена
task-declined = Отклонена
lead = Лид
deal = Сделка
contact-entity = Контакт
company-entity = Компания
quote = Предложение
invoice = Счёт
smart-process-item = Элемент смарт-процесса
activity = Дело
order = Заказ
task = Задача
incoming-call = Входящий звонок
outgoing-call = Исходящий звонок
callback = Обратный звонок
line = Линия
call-idle = ожидание
call-connecting = соединение
call-connected = разговор
no-crm-binding = Звонящего пока нет в CRM.
also-linked = Также связано
widget-context = Контекст виджета
widget-context-text = Портал открыл приложение здесь с этим контекстом. Это место показывает контекст, пока для него не сделан собственный виджет.
opened-from = Открыто со страницы
presentation = Показ
welcome = Виджеты на Rust для Битрикс24
welcome-text = Приложение добавляет виджеты в карточки CRM, задачи, карточку звонка и другие места портала.
signed-in-as = Вы вошли как
portal = Портал
language = Язык
administrator = Администратор
toggle-theme = Переключить светлую/тёмную тему
background-worker = Фоновый обработчик работает.
checklist-progress = Чек-лист: выполнено { $done } из { $total }
yes = Да
no = Нет

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

setup-area-app = Страницы приложения

setup-area-crm = CRM

setup-area-tasks = Задачи

setup-area-workgroups = Группы и проекты

setup-area-people = Сотрудники

setup-area-calendar = Календарь

setup-area-telephony = Телефония

setup-area-messenger = Мессенджер

setup-area-contact-center = Контакт-центр

setup-area-fields = Поля CRM

setup-area-sites = Сайты и магазины

setup-purpose-app-page = Виджеты

setup-purpose-app-page-text = Страница приложения: кто вы, ваш портал и настройки приложения.

setup-purpose-app-link = Открыть в Виджетах

setup-purpose-app-link-text = Открывает элемент CRM, задачу или сотрудника, на которых указывает ссылка на приложение.

setup-purpose-call-watcher = Наблюдатель звонков

setup-purpose-call-watcher-text = Работает в фоне на каждой странице и следит за звонками для карточки звонка.

setup-purpose-entity-overview = Обзор

setup-purpose-entity-overview-text = Элемент с первого взгляда: стадия, сумма, люди и контакты.

setup-purpose-row-action = Действия Виджетов

setup-purpose-row-action-text = Выполняет действия над выбранными строками списка.

setup-purpose-list-report = Отчёт по стадиям

setup-purpose-list-report-text = Количество и сумма по стадиям для всего списка и конверсия по воронке.

setup-purpose-card-action = Сводка

setup-purpose-card-action-text = Сводка по элементу в слайдере.

setup-purpose-activity = Дело

setup-purpose-activity-text = Тип дела CRM, который добавляет элементу дело.

setup-purpose-timeline-action = Действия с записью

setup-purpose-timeline-action-text = Работает с выбранной записью таймлайна.

setup-purpose-document = Печатная сводка

setup-purpose-document-text = Создаёт печатный документ по элементу.

setup-purpose-automation-triggers = Триггеры автоматизации

setup-purpose-automation-triggers-text = Добавляет триггеры приложения в конструктор автоматизации и проверяет их на элементе.

setup-purpose-search = Поиск Виджетов

setup-purpose-search-text = Находит элементы CRM и реквизиты компаний для поиска и формы реквизитов.

setup-purpose-analytics = Отчёт Виджетов

setup-purpose-analytics-text = Отчёт в разделе аналитики.

setup-purpose-task-summary = Сводка по задаче

setup-purpose-task-summary-text = Задача с первого взгляда: статус, крайний срок, люди и чек-лист.

setup-purpose-workload = Загрузка

setup-purpose-workload-text = Отчёт о загрузке по задачам сотрудника или группы.

setup-purpose-group-card = Обзор группы

setup-purpose-group-card-text = Участники группы, роли и открытые задачи.

setup-purpose-employee-card = Карточка сотрудника

setup-purpose-employee-card-text = Отдел, руководитель, контакты, открытые сделки и задачи.

setup-purpose-calendar-view = Повестка

setup-purpose-calendar-view-text = Вид календаря.

setup-purpose-call-notes = Заметки к звонку

setup-purpose-call-notes-text = Заметки во время звонка, сохраняемые в элементе CRM клиента.

setup-purpose-calls-report = Отчёт по звонкам

setup-purpose-calls-report-text = Отчёт по звонкам портала.

setup-purpose-chat-templates = Шаблоны ответов

setup-purpose-chat-templates-text = Шаблоны ответов над полем ввода чата.

setup-purpose-chat-context = Контекст чата

setup-purpose-chat-context-text = Элемент CRM или задача, к которым относится чат, в его боковой панели.

setup-purpose-message-action = Создать из сообщения

setup-purpose-message-action-text = Превращает сообщение в задачу или дело CRM.

setup-purpose-messenger-page = Виджеты

setup-purpose-messenger-page-text = Приложение как страница внутри мессенджера.

setup-purpose-connector-tile = Коннектор Виджетов

setup-purpose-connector-tile-text = Плитка контакт-центра, открывающая настройку коннектора.

setup-purpose-connector-settings = Настройки коннектора

setup-purpose-connector-settings-text = Настройки коннектора открытой линии приложения.

setup-purpose-rating-field = Рейтинг

setup-purpose-rating-field-text = Тип поля CRM: оценка звёздами с заметкой.

setup-purpose-site-settings = Настройки сайта

setup-purpose-site-settings-text = Настройки приложения на сайте.

setup-purpose-block-settings = Настройки блока

setup-purpose-block-settings-text = Настройки блоков приложения в редакторе сайта.

setup-spot-left-menu = Левое меню

setup-spot-app-links = Ссылки на приложение

setup-spot-every-page = Каждая страница, в фоне

setup-spot-card-tab = Вкладка карточки

setup-spot-card-activity = Дело в карточке

setup-spot-card-toolbar = Панель карточки

setup-spot-card-sidebar = Боковая панель карточки

setup-spot-card-top-panel = Верхняя панель карточки

setup-spot-list-toolbar = Над списком

setup-spot-funnels-toolbar = Над воронками

setup-spot-list-row-menu = Меню строки списка

setup-spot-timeline-menu = Меню записи таймлайна

setup-spot-document-button = Кнопка «Документы»

setup-spot-automation-toolbar = Конструктор автоматизации

setup-spot-analytics-menu = Меню аналитики

setup-spot-analytics-toolbar = Панель аналитики

setup-spot-search = Поиск CRM

setup-spot-details-autocomplete = Форма реквизитов компании и банка

setup-spot-profile-menu = Меню профиля

setup-spot-calendar-view = Виды календаря

setup-spot-call-card = Карточка звонка

setup-spot-chat-input-panel = Панель над полем ввода чата

setup-spot-chat-sidebar = Боковая панель чата

setup-spot-message-menu = Меню сообщения

setup-spot-mobile-message-menu = Меню сообщения в мобильном приложении

setup-spot-messenger-navigation = Навигация мессенджера

setup-spot-contact-center-tile = Плитка контакт-центра

setup-spot-connector-settings = Настройки открытой линии

setup-spot-field-type = Типы полей CRM

setup-spot-site-settings = Настройки сайта

setup-spot-block-settings = Настройки блока в редакторе сайта

setup-spot-other = В другом месте

setup-subject-old-invoice = Счёт (старый)

setup-subject-workgroup = Группа

setup-subject-employee = Сотрудник

setup-title = Установка приложения

setup-intro = Выберите, где приложение появится на вашем портале. Подходящий набор уже выбран; позже его можно изменить в настройках приложения.

setup-selected = Выбрано: { $count }

setup-install = Установить

setup-installed = Установлено

setup-progress = Выполнено шагов: { $done } из { $total }

setup-state-pending = Ожидает

setup-state-running = Выполняется

setup-state-done = Готово

setup-state-already = Уже есть

setup-state-failed = Ошибка

setup-state-unknown = Результат неизвестен

setup-problems-title = Некоторые шаги не выполнены

setup-problems-text = Всё остальное на месте. Повторите, когда причина будет устранена: отправится только то, чего ещё нет.

setup-rechecked-text = Портал не сообщил, удались ли некоторые шаги, поэтому приложение проверило портал ещё раз. В списке то, чего всё ещё нет; ничего не отправлено дважды.

setup-finishing = Завершение установки…

setup-finished = Приложение установлено. Портал перезагружает его.

setup-finish-failed = Портал не принял завершение установки.

setup-nothing-new = Всё выбранное уже установлено.

setup-not-admin-title = Попросите администратора установить приложение

setup-not-admin-text = Только администратор Битрикс24 может установить это приложение и выбрать, где оно появится. Ничего не изменено.

setup-bad-address = Приложение открыто по адресу, с которого портал не может загружать виджеты.

setup-settings-title = Настройки приложения

setup-settings-intro = Где приложение появляется на вашем портале и его параметры.

setup-read-only = Изменять эти настройки может только администратор.

setup-places = Где появляется приложение

setup-bound = Встроено

setup-not-bound = Не встроено

setup-unavailable = Недоступно на этом портале

setup-apply = Применить изменения

setup-no-changes = Изменять нечего.

setup-applied = Изменения применены.

setup-app-options = Параметры для всех

setup-my-options = Мои параметры

setup-theme = Тема

setup-theme-auto = Как в системе

setup-theme-light = Светлая

setup-theme-dark = Тёмная

setup-transport = Подключение к REST

setup-transport-bx24 = Через страницу портала

setup-transport-fetch = Прямые запросы

setup-save = Сохранить

setup-saved = Сохранено.

setup-save-failed = Параметры не сохранены.

home-open-settings = Настройки приложения
## Messenger
im-templates-title = Быстрые ответы
im-template-thanks = Спасибо! Скоро вернусь с ответом.
im-template-details = Пришлите, пожалуйста, подробности.
im-template-call = Давайте обсудим это по телефону. Когда вам удобно?
im-template-bound = Мы работаем над «{ $element }» и будем держать вас в курсе в этом чате.
im-draft-reply = { $name }, спасибо за сообщение: «{ $about }» Я разберусь и отвечу сегодня.
im-draft-reply-anonymous = Спасибо за сообщение: «{ $about }» Я разберусь и отвечу сегодня.
im-draft-button = Подготовить ответ
im-read-input = Прочитать поле ввода
im-replace-text = Заменить текст в поле ввода
im-input-text = Текст в поле ввода: { $text } (длина: { $count })
im-input-empty = Поле ввода сообщения пусто.
im-inserted = Текст вставлен в поле ввода сообщения.
im-no-textarea = Мессенджер не ответил: здесь нет поля ввода сообщения.
im-insert-failed = Не удалось вставить текст: { $reason }
im-task-ref = Задача №{ $id }
im-belongs-to = Относится к:
im-ordinary-chat = Этот чат не связан ни с элементом CRM, ни с задачей.
im-private-chat = Личный чат: он не связан ни с элементом CRM, ни с задачей.
im-members = Участники: { $count }
im-online = в сети
im-write = Написать
im-call-short = Позвонить
im-write-to = Написать: { $name }
im-call = Позвонить: { $name }
im-field-title = Название
im-field-description = Описание
im-field-deadline = Крайний срок
im-make-task = Создать задачу
im-make-activity = Добавить дело в CRM
im-title-required = Введите название.
im-deadline-required = Для дела в CRM нужен крайний срок.
im-no-crm-binding = Этот чат не связан с элементом CRM, поэтому можно создать только задачу.
im-from-message = Из сообщения пользователя { $author } в чате «{ $chat }».
im-task-created = Задача №{ $id } создана.
im-activity-created = Дело №{ $id } добавлено в «{ $element }».
im-write-refused = Портал отказал: { $reason }
im-write-unknown = Портал не подтвердил вовремя: возможно, запись уже создана. Проверьте, прежде чем отправлять снова.
im-check = Проверить
im-check-not-found = Ничего не создано. Можно отправить снова.
im-recent-title = Ваши чаты
im-no-chats = Чатов пока нет.
im-unread = Непрочитанных: { $count }
im-open-chat = Открыть чат
im-more-chats = Показаны только последние чаты (не больше { $count }).
im-smiles-deprecated = Это место устарело
im-smiles-deprecated-text = Начиная с версии мессенджера 25.1600.0 эмодзи заменены стикерами, и портал больше не открывает это место. Наборы ниже по-прежнему вставляются в поле ввода сообщения, если портал это позволяет.
im-smiles-faces = Лица
im-smiles-work = Работа
im-smiles-gestures = Жесты

## Telephony
call-note-label = Заметка о звонке
call-note-save = Сохранить заметку
call-note-discard = Отменить
call-note-held = Карточка звонка останется открытой, пока вы не сохраните или не отмените заметку.
call-note-saving = Сохраняем заметку…
call-note-saved = Заметка сохранена как дело №{ $id } в «{ $element }».
call-note-refused = Заметка не сохранена: { $reason }
call-note-unknown = Портал не подтвердил сохранение вовремя: возможно, заметка уже сохранена. Проверьте ленту, прежде чем сохранять снова.
call-note-no-target = Привяжите звонок к элементу CRM, чтобы сохранить заметку.
call-note-title = Заметка о звонке: { $phone }
call-note-title-no-phone = Заметка о звонке
softphone-waiting = Софтфон ожидает звонков.
softphone-title = Входящий звонок с номера { $phone }
softphone-ringing = Вызов…
softphone-connected = Соединено
softphone-on-hold = На удержании
softphone-ended = Звонок завершён через { $minutes } мин { $seconds } с
softphone-missed = Пропущенный звонок
softphone-finish-failed = Не удалось завершить звонок: { $reason }
softphone-command-failed = Карточка звонка не приняла команду: { $reason }
calls-title = Звонки за последние { $days } дней
calls-total = Звонки
calls-incoming = Входящие
calls-outgoing = Исходящие
calls-missed = Пропущенные
calls-talk-time = Время разговоров
calls-average = Средний звонок
calls-duration = { $minutes } мин { $seconds } с
calls-per-day = Звонки по дням
calls-per-user = По сотрудникам
calls-employee = Сотрудник
calls-loading = Загружаем журнал звонков… Загружено: { $rows }
calls-stop = Остановить
calls-partial = Загрузка остановлена: отчёт охватывает только уже загруженные звонки.
calls-none = За этот период звонков нет.
calls-day = { $date }: отвечено { $answered }, пропущено { $missed }

## Open lines
connector-title = Коннектор открытых линий «{ $name }»
connector-not-registered = Коннектор приложения не зарегистрирован на этом портале. Откройте настройки приложения, чтобы зарегистрировать его.
connector-lines = Открытые линии
connector-setup = Настроить
connector-line-id = Открытая линия №{ $id }
connector-line-inactive = Выключена
connector-active = Активен
connector-inactive = Не активен
connector-configured = Данные канала заданы
connector-not-configured = Данные канала не заданы
connector-error = Ошибка
connector-ok = Работает
connector-works = Коннектор работает на этой открытой линии.
connector-wants-on = Вы включили коннектор для этой открытой линии: подключите его, чтобы завершить.
connector-wants-off = Вы выключили коннектор для этой открытой линии: отключите его, чтобы завершить.
connector-channel-name = Название канала
connector-default-name = Чат Rust-виджетов
connector-channel-url = Ссылка на чат
connector-connect = Подключить
connector-disconnect = Отключить
connector-name-required = Введите название канала.
connector-url-invalid = Ссылка на чат должна начинаться с https:// или http://.
connector-refused = Портал отказал: { $reason }
connector-unknown = Портал не подтвердил вовремя: возможно, изменение уже применено. Проверьте статус, прежде чем повторять.
connector-check = Проверить статус

## Unsupported spots
spot-hr-title = Зарплата и отпуск (HR)
spot-hr-text = Портал открывает этот слайдер из меню зарплаты и отпусков модуля HR. Bitrix24 не документирует, что он передаёт приложению, поэтому приложение показывает только полученное и ничего больше.
spot-catalog-title = Внешний каталог товаров
spot-catalog-text = Селектор товаров загружает этот скрытый фрейм для поиска во внешнем каталоге. Его команды и события не документированы (известны только из кода портала), поэтому приложение на них не отвечает, и селектор продолжает использовать собственный каталог портала.
spot-options = Что передал портал
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

crm-report-title = Отчёт по стадиям: { $entity }
crm-report-entity = Отчёт по
crm-report-counting = Подсчёт: { $done } из { $total }
crm-report-stop = Остановить
crm-report-stopped-early = Остановлено до начала подсчёта.
crm-report-count-again = Посчитать заново
crm-report-partial = Подсчёт остановлен: цифры охватывают { $done } из { $total }.
crm-report-counted = Посчитано: { $count }
crm-report-empty = Этот список пуст.
crm-report-pipeline = Воронка
crm-report-total = Всего
crm-report-won = Успешные
crm-report-lost = Проваленные
crm-report-win-rate = Доля успешных
crm-report-percent = { $percent } %
crm-report-reached = { $percent } % дошли до этой стадии
crm-report-chart = Стадии: { $pipeline }
crm-report-open-hint = Выберите стадию, чтобы открыть список с отбором по ней.

## CRM list row actions (CRM_*_LIST_MENU)

crm-row-actions = Быстрые действия
crm-row-stage = Стадия
crm-row-move = Перевести
crm-row-reassign = Сменить ответственного
crm-row-pick-user = Выберите нового ответственного
crm-row-saving = Сохранение…
crm-row-moved = Переведено на стадию «{ $stage }».
crm-row-reassigned = Теперь ответственный — { $name }.
crm-row-save-failed = Изменение не сохранено: { $reason }
crm-row-unknown = Портал не подтвердил изменение, поэтому неизвестно, сохранено ли оно. Запись перечитана: проверьте её, прежде чем пробовать снова.

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

automation-title = Триггеры автоматизации
automation-hint = Поставьте один из триггеров приложения на стадию в этом конструкторе: когда триггер сработает для элемента, элемент перейдёт на эту стадию.
automation-empty = У приложения пока нет триггеров.
automation-admin-only = Добавлять, удалять и запускать триггеры приложения может только администратор.
automation-delete = Удалить
automation-delete-label = Удалить «{ $name }»
automation-add-title = Новый триггер
automation-name = Название
automation-code = Код
automation-code-hint = Строчные латинские буквы, цифры, точки, дефисы и подчёркивания. Приложение предложит код на основе названия.
automation-add = Добавить триггер
automation-empty-name = Укажите название триггера.
automation-bad-code = Код может содержать только строчные латинские буквы, цифры, точки, дефисы и подчёркивания (не более 64 символов).
automation-taken-code = У приложения уже есть триггер с таким кодом.
automation-added = Триггер «{ $name }» добавлен в конструктор.
automation-deleted = Триггер «{ $name }» удалён.
automation-fire-title = Проверить триггер
automation-fire-trigger = Триггер
automation-fire-element = ID элемента
automation-fire-pick = Выбрать элемент
automation-fire = Запустить
automation-bad-id = Введите ID элемента — целое число.
automation-picked = Элемент: { $title }
automation-fired = Триггер «{ $name }» сработал для { $element }.
automation-no-fire = Для элементов этого типа автоматизация не работает, поэтому запускать для них триггеры нельзя.
automation-saving = Сохранение…
automation-failed = Портал отказал: { $reason }
automation-unknown = Портал не подтвердил действие, поэтому неизвестно, выполнено ли оно. Список перечитан: проверьте его, прежде чем пробовать снова.

## CRM rating field (USERFIELD_TYPE)

crm-rating-stars = Звёзд: { $stars } из { $max }
crm-rating-choose = Выберите оценку
crm-rating-entry = Оценка { $number }
crm-rating-note = Комментарий
crm-rating-note-count = { $used } / { $max }
crm-rating-add = Добавить оценку
crm-rating-remove = Удалить
crm-rating-required = Это обязательное поле: выберите хотя бы одну звезду.
crm-rating-no-stars = Выберите звёзды для оценки { $number }.
crm-rating-note-too-long = Комментарий к оценке { $number } слишком длинный: не более { $max } символов.
crm-rating-unreadable = Сохранённое значение нельзя показать ({ $reason }). При сохранении карточки оно будет заменено.
crm-rating-kept = Передано в карточку: сохранится вместе с карточкой.
crm-rating-set-failed = Карточка не приняла значение: { $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)
workload-title = Загрузка: { $name }
workload-title-visible = Загрузка по доступным вам задачам
workload-tasks-total = Задач в списке: { $total }
workload-progress = Загружено задач: { $loaded } из { $total }
workload-stop = Остановить загрузку
workload-stopped = Загрузка остановлена
workload-partial = Отчёт учитывает только уже загруженные задачи: { $loaded } из { $total }.
workload-load-again = Загрузить заново
workload-open-tasks = Открытые задачи
workload-due-this-week = Срок на этой неделе
workload-no-deadline = Без срока
workload-by-status = Задачи по статусам
workload-per-person = Открытые задачи по ответственным
workload-person-load = { $open } (просрочено: { $overdue })
workload-other-status = Другой статус
workload-open-list = Открыть список задач
workload-empty = В этом списке нет задач.

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)
group-kind-workgroup = Рабочая группа
group-open-to-join = Открыта для вступления
group-members = Участники
group-role-owner = Владелец
group-role-moderator = Модератор
group-role-member = Участник
group-deadlines = Ближайшие сроки
group-no-deadlines = Ни у одной открытой задачи группы нет срока.
group-open-page = Открыть группу
group-no-group-title = Здесь нет группы
group-no-group-text = Портал открыл эту кнопку на странице, где не указана группа, поэтому карточку группы показать нельзя.

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)
profile-department = Отдел
profile-manager = Руководитель
profile-work-phone = Рабочий телефон
profile-mobile = Мобильный телефон
profile-extension = Внутренний номер
profile-online = В сети
profile-dismissed = Уволен
profile-message = Написать сообщение
profile-call = Позвонить
profile-open-profile = Открыть профиль
profile-open-deals = Открытые сделки: { $count }
profile-open-tasks = Открытые задачи: { $count }
profile-no-deals = Открытых сделок нет.
profile-no-tasks = Открытых задач нет.
profile-messenger-failed = Отсюда нельзя открыть мессенджер.

## App links (REST_APP_URI)
link-unknown-title = Ссылка не указывает ничего, что приложение может открыть
link-unknown-text = Приложение открывает ссылки, параметры которых указывают элемент CRM (entityTypeId и id или deal, lead, contact, company, quote, invoice), задачу (task) или сотрудника (user). Эта ссылка передала:
link-no-params = Ссылка не передала параметров.

## Calendar view (CALENDAR_GRIDVIEW)
calendar-range = { $from } – { $to }
calendar-events-count = Событий в этом периоде: { $count }
calendar-previous = Предыдущий период
calendar-next = Следующий период
calendar-add = Новое событие
calendar-all-day = Весь день
calendar-edit = Изменить
calendar-delete = Удалить
calendar-edit-event = Изменить «{ $name }»
calendar-delete-event = Удалить «{ $name }»
calendar-no-events = Нет событий
calendar-not-found = Календарь не нашёл это событие. Обновите вид и попробуйте ещё раз.

## Sites
landing-site-settings = Настройки сайта
landing-page = Страница: { $page }
landing-site-title = Название сайта
landing-site-description = Описание
landing-save = Сохранить
landing-site-saved = Настройки сайта сохранены.
landing-title-required = Введите название сайта.
landing-refused = Портал отказал: { $reason }
landing-unknown = Портал не подтвердил вовремя: возможно, изменение уже сохранено. Обновите страницу, прежде чем сохранять снова.
landing-block-settings = Тексты блока
landing-block-hint = Заполните тексты, которые нужно изменить; пустые поля останутся как в редакторе.
landing-no-text-nodes = В этом блоке нет текстов, которые можно изменить здесь.
landing-nothing-to-save = Заполните хотя бы один текст.
landing-block-saved = Блок обновлён и перезагружен в редакторе.
landing-block-saved-no-refresh = Блок обновлён, но редактор не перезагрузил его: { $reason }
## CRM work
crm-todo-title = Новое дело
crm-todo-for = Для: { $title }
crm-todo-heading = Новое дело для «{ $title }»
crm-todo-text = Что сделать
crm-todo-text-placeholder = Например: перезвонить по предложению
crm-todo-deadline = Крайний срок
crm-todo-due = Срок
crm-todo-due-today = Сегодня, 18:00
crm-todo-due-tomorrow = Завтра, 10:00
crm-todo-due-three-days = Через 3 дня
crm-todo-due-week = Через неделю
crm-todo-responsible = Ответственный
crm-todo-me = Вы
crm-todo-choose-user = Выбрать
crm-todo-create = Создать дело
crm-todo-create-again = Всё равно создать
crm-todo-cancel = Отмена
crm-todo-saving = Создаём дело…
crm-todo-created = Дело создано: { $text }
crm-todo-failed-title = Дело не создано
crm-todo-failed = Дело не создано: { $reason }
crm-todo-unknown-title = Нет подтверждения
crm-todo-unknown = Портал не подтвердил создание дела, возможно, оно уже создано. Проверьте открытые дела, прежде чем создавать его снова.
crm-todo-open = Открытые дела: { $count }
crm-todo-open-none = Открытых дел пока нет.
crm-todo-empty-text = Напишите, что нужно сделать.
crm-todo-bad-deadline = Укажите дату и время.
crm-todo-driver-loading = Готовим форму дела…
crm-todo-driver-ready = Форма дела показана.
crm-todo-load-failed = Не удалось загрузить элемент: { $reason }
crm-todo-layout-refused = Портал не смог показать форму дела.
crm-record-paid = Оплачен
crm-record-unpaid = Не оплачен
crm-record-canceled = Отменён
crm-record-status = Статус: { $code }
crm-record-done = Выполнено
crm-record-open = Не выполнено
crm-record-incoming = Входящий
crm-record-outgoing = Исходящий
crm-record-meeting = Встреча
crm-record-call = Звонок
crm-record-task = Задача
crm-record-email = Письмо
crm-record-todo = Дело
crm-record-billed = Выставлен
crm-record-pay-before = Оплатить до
crm-record-starts = Начало
crm-record-order-title = Заказ № { $number }
crm-record-belongs-to = Относится к
crm-record-items = Товары
crm-record-line = { $quantity } × { $price }
crm-search-running = Идёт поиск…
crm-search-found = Найдено и передано в форму: { $count }
crm-search-failed = Поиск не удался: { $reason }
crm-search-picked = Выбранный вариант подставлен в форму.
crm-search-unknown-pick = Выбранный вариант предложен не этим приложением.
crm-doc-title = Коммерческое предложение
crm-doc-number = № { $number }
crm-doc-issued = Дата
crm-doc-subject = Основание
crm-doc-client = Клиент
crm-doc-stage = Стадия
crm-doc-prepared-by = Подготовил
crm-doc-note = Предложение действительно 14 дней с указанной даты.
crm-doc-print = Печать
crm-doc-download = Скачать
crm-doc-downloaded = Сохранено как { $file }.
crm-doc-download-failed = Не удалось сохранить файл.
crm-doc-print-failed = Браузер не смог распечатать страницу.
crm-record-mark-done = Отметить выполненным
crm-record-done-failed = Не удалось отметить выполненным: { $reason }
crm-record-done-unknown = Портал не подтвердил изменение. Карточка перечитана: проверьте её, прежде чем повторять.
crm-robot-title = Настройки робота
crm-robot-hint = Изменения сразу попадают в форму робота; сохраните робота, чтобы их применить.
crm-robot-sent = Передано в форму робота: { $name }
crm-robot-required = Заполните это поле.
crm-robot-not-integer = Введите целое число.
crm-robot-not-number = Введите число.
crm-robot-not-date = Введите дату.
crm-robot-not-option = Выберите один из вариантов.
crm-robot-no-properties = У этого робота нет настроек.
crm-robot-one-per-line = По одному значению на строку.
