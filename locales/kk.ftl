# Kazakh (kk)

## Жүктеу және қате экрандары: виджетке дейін және оның орнына
loading = Жүктелуде…
not-in-frame-title = Қолданбаны Битрикс24 ішінде ашыңыз
not-in-frame-text = Бұл бет — Битрикс24 виджеті. Ол сіздің порталыңыздың ішінде жұмыс істейді, ал портал оған қажетті контекстті береді. Оны портал мәзірінен, CRM карточкасынан немесе қолданба орнатылған басқа жерден ашыңыз.
not-in-frame-dev-hint = Әзірлеушілерге: барлық виджетті жергілікті портал эмуляторында көру үшін scripts/run.sh іске қосыңыз.
init-timeout-title = Битрикс24 жауап бермей тұр
init-timeout-text = Портал виджетке контекстті уақытында жібермеді. Байланысты тексеріп, қайталап көріңіз.
malformed-title = Виджет оқи алмайтын деректер алды
malformed-text = Портал виджетті күтпеген форматтағы параметрлермен ашты. Ештеңе өзгертілген жоқ. Төмендегі мәліметтер қолданба әзірлеушісіне көмектеседі.
unknown-title = Бұл орынға әзірге қолдау көрсетілмейді
unknown-text = Портал қолданбаны ол білмейтін орында ашты. Қолданба алған деректер:
crash-title = Бірдеңе дұрыс болмады
crash-text = Виджетте күтпеген қате орын алды. Әдетте бетті қайта жүктеу көмектеседі.
retry = Қайталау
reload = Қайта жүктеу
placement-code = Ендіру орны
error = Қате

## Барлық виджетке ортақ әрекеттер
open = Ашу
details = Толығырақ
refresh = Жаңарту

## CRM карточкасы мен тапсырма карточкасының өрістері
amount = Сома
responsible = Жауапты
created-by = Жасаған
contact = Контакт
company = Компания
phone = Телефон
email = E-mail
created = Жасалған
modified = Өзгертілген
start-date = Басталу күні
close-date = Аяқталу күні
deadline = Соңғы мерзім
project = Жоба
checklist = Чек-тізім
not-set = Көрсетілмеген
overdue = Мерзімі өткен
important = Маңызды тапсырма
closed-item = Жабық

## Жүктеу күйлері
load-failed = Деректерді жүктеу мүмкін болмады
not-found = Табылмады немесе қолжетімділік жоқ
not-found-text = Ол жойылған болуы мүмкін немесе құқықтарыңыз оны көруге рұқсат бермейді.
path-not-available = Портал бұл бетті осы жерде аша алмайды.

## Тапсырма күйлері (tasks.task.get status 1–7)
task-new = Жаңа
task-pending = Орындалуды күтуде
task-in-progress = Орындалуда
task-awaiting-review = Бақылауды күтуде
task-completed = Аяқталды
task-deferred = Кейінге қалдырылды
task-declined = Қабылданбады

## CRM нысандарының түрлері
lead = Лид
deal = Мәміле
contact-entity = Контакт
company-entity = Компания
quote = Ұсыныс
invoice = Шот
smart-process-item = Смарт-процесс элементі
activity = Іс
order = Тапсырыс
task = Тапсырма

## Қоңырау карточкасы (CALL_CARD)
incoming-call = Кіріс қоңырау
outgoing-call = Шығыс қоңырау
callback = Кері қоңырау
line = Желі
call-idle = күту
call-connecting = қосылуда
call-connected = сөйлесу
no-crm-binding = Қоңырау шалушы әлі CRM-де жоқ.
also-linked = Сондай-ақ байланысты

## Контекст көрінісі (әлі өз виджеті жоқ орындар)
widget-context = Виджет контексті
widget-context-text = Портал қолданбаны осы жерде осы контекстпен ашты. Бұл орын үшін өз виджеті жасалғанша, мұнда оның контексті көрсетіледі.
opened-from = Ашылған бет
presentation = Көрсетілу түрі

## Басты бет (DEFAULT, LEFT_MENU)
welcome = Битрикс24-ке арналған Rust виджеттері
welcome-text = Қолданба CRM карточкаларына, тапсырмаларға, қоңырау карточкасына және порталдың басқа орындарына виджеттер қосады.
signed-in-as = Кірген пайдаланушы
portal = Портал
language = Тіл
administrator = Әкімші

## Ортақ басқару элементтері
toggle-theme = Ашық/қараңғы тақырыпты ауыстыру
background-worker = Фондық өңдегіш жұмыс істеп тұр.

## Тапсырма карточкасы
checklist-progress = Чек-тізім: { $total } ішінен { $done } орындалды

## Толық ақпарат көрінісі
yes = Иә
no = Жоқ

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

setup-area-app = Қолданбаның өз беттері

setup-area-crm = CRM

setup-area-tasks = Тапсырмалар

setup-area-workgroups = Жұмыс топтары мен жобалар

setup-area-people = Қызметкерлер

setup-area-calendar = Күнтізбе

setup-area-telephony = Телефония

setup-area-messenger = Мессенджер

setup-area-contact-center = Байланыс орталығы

setup-area-fields = CRM өрістері

setup-area-sites = Сайттар мен дүкендер

setup-purpose-app-page = Виджеттер

setup-purpose-app-page-text = Қолданбаның өз беті: сіз кімсіз, порталыңыз және қолданба баптаулары.

setup-purpose-app-link = Виджеттерде ашу

setup-purpose-app-link-text = Қолданбаға сілтеме көрсететін CRM элементін, тапсырманы немесе қызметкерді ашады.

setup-purpose-call-watcher = Қоңырау бақылаушысы

setup-purpose-call-watcher-text = Әр бетте фонда жұмыс істейді және қоңырау картасы үшін қоңырауларды қадағалайды.

setup-purpose-entity-overview = Шолу

setup-purpose-entity-overview-text = Элемент бір қарағанда: кезең, сома, адамдар және байланыс деректері.

setup-purpose-row-action = Виджеттер әрекеттері

setup-purpose-row-action-text = Тізімде таңдалған жолдармен әрекет етеді.

setup-purpose-list-report = Кезеңдер есебі

setup-purpose-list-report-text = Бүкіл тізім бойынша әр кезеңнің саны мен сомасы және воронка бойынша конверсия.

setup-purpose-card-action = Түйіндеме

setup-purpose-card-action-text = Элемент түйіндемесі слайдерде.

setup-purpose-activity = Іс

setup-purpose-activity-text = Элементке іс қосатын CRM іс түрі.

setup-purpose-timeline-action = Жазба әрекеттері

setup-purpose-timeline-action-text = Таймлайнның таңдалған жазбасымен жұмыс істейді.

setup-purpose-document = Басып шығаруға арналған түйіндеме

setup-purpose-document-text = Элемент үшін басып шығаруға болатын құжат жасайды.

setup-purpose-automation-triggers = Автоматтандыру триггерлері

setup-purpose-automation-triggers-text = Қолданба триггерлерін автоматтандыру конструкторына қосады және оларды элементте тексереді.

setup-purpose-search = Виджеттер іздеуі

setup-purpose-search-text = Іздеу мен деректемелер пішіні үшін CRM элементтері мен компания деректемелерін табады.

setup-purpose-analytics = Виджеттер есебі

setup-purpose-analytics-text = Аналитика бөліміндегі есеп.

setup-purpose-task-summary = Тапсырма түйіндемесі

setup-purpose-task-summary-text = Тапсырма бір қарағанда: күйі, мерзімі, адамдар және чек-парақ.

setup-purpose-workload = Жүктеме

setup-purpose-workload-text = Адамның немесе топтың тапсырмалары бойынша жүктеме есебі.

setup-purpose-group-card = Топқа шолу

setup-purpose-group-card-text = Жұмыс тобының мүшелері, рөлдері және ашық тапсырмалары.

setup-purpose-employee-card = Қызметкер картасы

setup-purpose-employee-card-text = Бөлім, басшы, байланыстар, ашық мәмілелер мен тапсырмалар.

setup-purpose-calendar-view = Күн тәртібі

setup-purpose-calendar-view-text = Күнтізбенің көрінісі.

setup-purpose-call-notes = Қоңырау жазбалары

setup-purpose-call-notes-text = Қоңырау кезіндегі жазбалар, клиенттің CRM элементінде сақталады.

setup-purpose-calls-report = Қоңыраулар есебі

setup-purpose-calls-report-text = Портал қоңыраулары бойынша есеп.

setup-purpose-chat-templates = Жауап үлгілері

setup-purpose-chat-templates-text = Чаттың енгізу өрісінің үстіндегі жауап үлгілері.

setup-purpose-chat-context = Чат контексі

setup-purpose-chat-context-text = Чат тиесілі CRM элементі немесе тапсырма, оның бүйір панелінде.

setup-purpose-message-action = Хабарламадан жасау

setup-purpose-message-action-text = Хабарламаны тапсырмаға немесе CRM ісіне айналдырады.

setup-purpose-messenger-page = Виджеттер

setup-purpose-messenger-page-text = Мессенджер ішіндегі бет ретіндегі қолданба.

setup-purpose-connector-tile = Виджеттер коннекторы

setup-purpose-connector-tile-text = Коннектор баптауын ашатын байланыс орталығының тақтасы.

setup-purpose-connector-settings = Коннектор баптаулары

setup-purpose-connector-settings-text = Қолданбаның ашық желі коннекторының баптаулары.

setup-purpose-rating-field = Рейтинг

setup-purpose-rating-field-text = CRM өріс түрі: жазбасы бар жұлдызды бағалау.

setup-purpose-site-settings = Сайт баптаулары

setup-purpose-site-settings-text = Қолданбаның сайттағы баптаулары.

setup-purpose-block-settings = Блок баптаулары

setup-purpose-block-settings-text = Сайт редакторындағы қолданба блоктарының баптаулары.

setup-spot-left-menu = Сол жақ мәзір

setup-spot-app-links = Қолданбаға сілтемелер

setup-spot-every-page = Әр бет, фонда

setup-spot-card-tab = Карта қойындысы

setup-spot-card-activity = Картадағы іс

setup-spot-card-toolbar = Карта құралдар тақтасы

setup-spot-card-sidebar = Картаның бүйір панелі

setup-spot-card-top-panel = Картаның жоғарғы панелі

setup-spot-list-toolbar = Тізімнің үстінде

setup-spot-funnels-toolbar = Воронкалардың үстінде

setup-spot-list-row-menu = Тізім жолының мәзірі

setup-spot-timeline-menu = Таймлайн жазбасының мәзірі

setup-spot-document-button = «Құжаттар» түймесі

setup-spot-automation-toolbar = Автоматтандыру конструкторы

setup-spot-analytics-menu = Аналитика мәзірі

setup-spot-analytics-toolbar = Аналитика тақтасы

setup-spot-search = CRM іздеуі

setup-spot-details-autocomplete = Компания және банк деректемелері пішіні

setup-spot-profile-menu = Профиль мәзірі

setup-spot-calendar-view = Күнтізбе көріністері

setup-spot-call-card = Қоңырау картасы

setup-spot-chat-input-panel = Чат енгізуінің үстіндегі панель

setup-spot-chat-sidebar = Чаттың бүйір панелі

setup-spot-message-menu = Хабарлама мәзірі

setup-spot-mobile-message-menu = Мобильді қолданбадағы хабарлама мәзірі

setup-spot-messenger-navigation = Мессенджер навигациясы

setup-spot-contact-center-tile = Байланыс орталығының тақтасы

setup-spot-connector-settings = Ашық желі баптаулары

setup-spot-field-type = CRM өріс түрлері

setup-spot-site-settings = Сайт баптаулары

setup-spot-block-settings = Сайт редакторындағы блок баптаулары

setup-spot-other = Басқа жерде

setup-subject-old-invoice = Шот (ескі)

setup-subject-workgroup = Жұмыс тобы

setup-subject-employee = Қызметкер

setup-title = Қолданбаны орнату

setup-intro = Қолданба порталыңызда қай жерде пайда болатынын таңдаңыз. Орынды жиынтық таңдалып қойған; кейін оны қолданба баптауларында өзгертуге болады.

setup-selected = Таңдалды: { $count }

setup-install = Орнату

setup-installed = Орнатылған

setup-progress = Орындалған қадамдар: { $done } / { $total }

setup-state-pending = Күтуде

setup-state-running = Орындалуда

setup-state-done = Дайын

setup-state-already = Бар

setup-state-failed = Қате

setup-state-unknown = Нәтиже белгісіз

setup-problems-title = Кейбір қадамдар орындалмады

setup-problems-text = Қалғанының бәрі орнында. Себебі жойылғанда қайталаңыз: әлі жоқ нәрсе ғана жіберіледі.

setup-rechecked-text = Портал кейбір қадамдардың сәтті болғанын хабарламады, сондықтан қолданба порталды қайта тексерді. Тізімдегілер әлі жоқ; ештеңе екі рет жіберілмеді.

setup-finishing = Орнату аяқталуда…

setup-finished = Қолданба орнатылды. Портал оны қазір қайта жүктейді.

setup-finish-failed = Портал орнатудың аяқталуын қабылдамады.

setup-nothing-new = Таңдағаныңыздың бәрі орнатылған.

setup-not-admin-title = Қолданбаны орнатуды әкімшіңізден сұраңыз

setup-not-admin-text = Бұл қолданбаны тек Битрикс24 әкімшісі орнатып, оның қай жерде пайда болатынын таңдай алады. Ештеңе өзгертілмеді.

setup-bad-address = Қолданба портал виджеттерді жүктей алмайтын мекенжайда ашылған.

setup-settings-title = Қолданба баптаулары

setup-settings-intro = Қолданба порталыңызда қай жерде пайда болады және оның параметрлері.

setup-read-only = Бұл баптауларды тек әкімші өзгерте алады.

setup-places = Қолданба қай жерде пайда болады

setup-bound = Енгізілген

setup-not-bound = Енгізілмеген

setup-unavailable = Бұл порталда қолжетімсіз

setup-apply = Өзгерістерді қолдану

setup-no-changes = Өзгертетін ештеңе жоқ.

setup-applied = Өзгерістер қолданылды.

setup-app-options = Барлығына арналған параметрлер

setup-my-options = Менің параметрлерім

setup-theme = Тақырып

setup-theme-auto = Жүйедегідей

setup-theme-light = Ашық

setup-theme-dark = Күңгірт

setup-transport = REST қосылымы

setup-transport-bx24 = Портал беті арқылы

setup-transport-fetch = Тікелей сұраулар

setup-save = Сақтау

setup-saved = Сақталды.

setup-save-failed = Параметрлер сақталмады.

home-open-settings = Қолданба баптаулары
## Messenger
im-templates-title = Жылдам жауаптар
im-template-thanks = Рақмет! Жақында жауап беремін.
im-template-details = Мәліметтерді жіберіп жібере аласыз ба?
im-template-call = Мұны телефонмен талқылайық. Сізге қашан ыңғайлы?
im-template-bound = Біз «{ $element }» бойынша жұмыс істеп жатырмыз және осы чатта хабардар етіп отырамыз.
im-draft-reply = { $name }, хабарламаңызға рақмет: «{ $about }» Қарап шығып, бүгін жауап беремін.
im-draft-reply-anonymous = Хабарламаңызға рақмет: «{ $about }» Қарап шығып, бүгін жауап беремін.
im-draft-button = Жауап дайындау
im-read-input = Енгізу өрісін оқу
im-replace-text = Енгізу өрісіндегі мәтінді ауыстыру
im-input-text = Енгізу өрісіндегі мәтін: { $text } (ұзындығы: { $count })
im-input-empty = Хабарлама енгізу өрісі бос.
im-inserted = Мәтін хабарлама енгізу өрісінде.
im-no-textarea = Мессенджер жауап бермеді: мұнда хабарлама енгізу өрісі жоқ.
im-insert-failed = Мәтінді кірістіру мүмкін болмады: { $reason }
im-task-ref = №{ $id } тапсырма
im-belongs-to = Қатысты:
im-ordinary-chat = Бұл чат CRM элементімен де, тапсырмамен де байланыстырылмаған.
im-private-chat = Жеке чат: ол CRM элементімен де, тапсырмамен де байланыстырылмаған.
im-members = Қатысушылар: { $count }
im-online = желіде
im-write = Жазу
im-call-short = Қоңырау шалу
im-write-to = Жазу: { $name }
im-call = Қоңырау шалу: { $name }
im-field-title = Атауы
im-field-description = Сипаттамасы
im-field-deadline = Соңғы мерзім
im-make-task = Тапсырма құру
im-make-activity = CRM ісін қосу
im-title-required = Атауын енгізіңіз.
im-deadline-required = CRM ісіне соңғы мерзім қажет.
im-no-crm-binding = Бұл чат CRM элементімен байланыстырылмаған, сондықтан тек тапсырма құруға болады.
im-from-message = { $author } пайдаланушысының «{ $chat }» чатындағы хабарламасынан.
im-task-created = №{ $id } тапсырма құрылды.
im-activity-created = №{ $id } іс «{ $element }» элементіне қосылды.
im-write-refused = Портал бас тартты: { $reason }
im-write-unknown = Портал уақытында растамады: жазба құрылып қойған болуы мүмкін. Қайта жібермес бұрын тексеріңіз.
im-check = Тексеру
im-check-not-found = Ештеңе құрылмады. Қайта жіберуге болады.
im-recent-title = Сіздің чаттарыңыз
im-no-chats = Әзірге чаттар жоқ.
im-unread = Оқылмаған: { $count }
im-open-chat = Чатты ашу
im-more-chats = Тек соңғы чаттар көрсетілген ({ $count } дейін).
im-smiles-deprecated = Бұл орын ескірген
im-smiles-deprecated-text = Мессенджердің 25.1600.0 нұсқасынан бастап эмодзилер стикерлермен ауыстырылды және портал бұл орынды енді ашпайды. Төмендегі жинақтар портал рұқсат еткен жерде хабарлама енгізу өрісіне бұрынғыдай кірістіріледі.
im-smiles-faces = Беттер
im-smiles-work = Жұмыс
im-smiles-gestures = Ым-ишаралар

## Telephony
call-note-label = Қоңырау туралы жазба
call-note-save = Жазбаны сақтау
call-note-discard = Бас тарту
call-note-held = Жазбаны сақтамайынша немесе одан бас тартпайынша қоңырау картасы ашық тұрады.
call-note-saving = Жазба сақталуда…
call-note-saved = Жазба «{ $element }» элементінде №{ $id } іс ретінде сақталды.
call-note-refused = Жазба сақталмады: { $reason }
call-note-unknown = Портал уақытында растамады: жазба сақталып қойған болуы мүмкін. Қайта сақтамас бұрын таспаны тексеріңіз.
call-note-no-target = Жазбаны сақтау үшін қоңырауды CRM элементіне байланыстырыңыз.
call-note-title = Қоңырау туралы жазба: { $phone }
call-note-title-no-phone = Қоңырау туралы жазба
softphone-waiting = Софтфон қоңырауларды күтуде.
softphone-title = { $phone } нөмірінен кіріс қоңырау
softphone-ringing = Шалынуда…
softphone-connected = Қосылды
softphone-on-hold = Күтуде
softphone-ended = Қоңырау { $minutes } мин { $seconds } с кейін аяқталды
softphone-missed = Қабылданбаған қоңырау
softphone-finish-failed = Қоңырауды аяқтау мүмкін болмады: { $reason }
softphone-command-failed = Қоңырау картасы команданы қабылдамады: { $reason }
calls-title = Соңғы { $days } күндегі қоңыраулар
calls-total = Қоңыраулар
calls-incoming = Кіріс
calls-outgoing = Шығыс
calls-missed = Қабылданбаған
calls-talk-time = Сөйлесу уақыты
calls-average = Орташа қоңырау
calls-duration = { $minutes } мин { $seconds } с
calls-per-day = Күн бойынша қоңыраулар
calls-per-user = Қызметкерлер бойынша
calls-employee = Қызметкер
calls-loading = Қоңыраулар журналы жүктелуде… Жүктелді: { $rows }
calls-stop = Тоқтату
calls-partial = Жүктеу тоқтатылды: есеп тек жүктелген қоңырауларды қамтиды.
calls-none = Бұл кезеңде қоңыраулар жоқ.
calls-day = { $date }: жауап берілді { $answered }, қабылданбады { $missed }

## Open lines
connector-title = Ашық арна коннекторы «{ $name }»
connector-not-registered = Қолданбаның коннекторы бұл порталда тіркелмеген. Оны тіркеу үшін қолданба баптауларын ашыңыз.
connector-lines = Ашық желілер
connector-setup = Баптау
connector-line-id = Ашық желі №{ $id }
connector-line-inactive = Өшірулі
connector-active = Белсенді
connector-inactive = Белсенді емес
connector-configured = Арна деректері берілген
connector-not-configured = Арна деректері берілмеген
connector-error = Қате
connector-ok = Жұмыс істеп тұр
connector-works = Коннектор осы ашық желіде жұмыс істейді.
connector-wants-on = Сіз осы ашық желі үшін коннекторды қостыңыз: аяқтау үшін оны қосыңыз.
connector-wants-off = Сіз осы ашық желі үшін коннекторды өшірдіңіз: аяқтау үшін оны ажыратыңыз.
connector-channel-name = Арна атауы
connector-default-name = Rust виджеттерінің чаты
connector-channel-url = Чатқа сілтеме
connector-connect = Қосу
connector-disconnect = Ажырату
connector-name-required = Арна атауын енгізіңіз.
connector-url-invalid = Чатқа сілтеме https:// немесе http:// арқылы басталуы керек.
connector-refused = Портал бас тартты: { $reason }
connector-unknown = Портал уақытында растамады: өзгеріс қолданылып қойған болуы мүмкін. Қайталамас бұрын күйін тексеріңіз.
connector-check = Күйін тексеру

## Unsupported spots
spot-hr-title = Жалақы және демалыс (HR)
spot-hr-text = Портал бұл слайдерді HR модулінің жалақы және демалыс мәзірінен ашады. Bitrix24 мұнда қолданбаға не беретінін құжаттамайды, сондықтан қолданба тек келгенді көрсетеді, одан артық ештеңе емес.
spot-catalog-title = Сыртқы тауар каталогы
spot-catalog-text = Тауар селекторы сыртқы каталогтан іздеу үшін осы жасырын фреймді жүктейді. Оның командалары мен оқиғалары құжатталмаған (тек портал кодынан белгілі), сондықтан қолданба оларға жауап бермейді, ал селектор порталдың өз каталогын пайдалана береді.
spot-options = Портал не жіберді
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

crm-report-title = Кезеңдер бойынша есеп: { $entity }
crm-report-entity = Есеп нысаны
crm-report-counting = Санау: { $total } ішінен { $done }
crm-report-stop = Тоқтату
crm-report-stopped-early = Ештеңе саналмай тұрып тоқтатылды.
crm-report-count-again = Қайта санау
crm-report-partial = Ерте тоқтатылды: бұл сандар { $total } ішінен { $done } қамтиды.
crm-report-counted = Саналды: { $count }
crm-report-empty = Бұл тізім бос.
crm-report-pipeline = Воронка
crm-report-total = Барлығы
crm-report-won = Сәтті
crm-report-lost = Сәтсіз
crm-report-win-rate = Сәттілік үлесі
crm-report-percent = { $percent }%
crm-report-reached = { $percent }% осы кезеңге жетті
crm-report-chart = { $pipeline } кезеңдері
crm-report-open-hint = Сол кезең бойынша сүзілген тізімді ашу үшін кезеңді таңдаңыз.

## CRM list row actions (CRM_*_LIST_MENU)

crm-row-actions = Жылдам әрекеттер
crm-row-stage = Кезең
crm-row-move = Жылжыту
crm-row-reassign = Жауаптыны өзгерту
crm-row-pick-user = Жаңа жауаптыны таңдаңыз
crm-row-saving = Сақталуда…
crm-row-moved = «{ $stage }» кезеңіне ауыстырылды.
crm-row-reassigned = Енді жауапты: { $name }.
crm-row-save-failed = Өзгеріс сақталмады: { $reason }
crm-row-unknown = Портал өзгерісті растамады, сондықтан ол сақталған-сақталмағаны белгісіз. Жазба қайта оқылды: қайталаудан бұрын тексеріңіз.

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

automation-title = Автоматтандыру триггерлері
automation-hint = Қолданба триггерлерінің бірін осы конструктордағы кезеңге қойыңыз: триггер элемент үшін іске қосылғанда, элемент сол кезеңге ауысады.
automation-empty = Қолданбада әзірге триггерлер жоқ.
automation-admin-only = Қолданба триггерлерін тек әкімші қоса, жоя немесе іске қоса алады.
automation-delete = Жою
automation-delete-label = «{ $name }» жою
automation-add-title = Жаңа триггер
automation-name = Атауы
automation-code = Код
automation-code-hint = Кіші латын әріптері, цифрлар, нүктелер, дефистер және астыңғы сызықтар. Қолданба атауы негізінде код ұсынады.
automation-add = Триггер қосу
automation-empty-name = Триггердің атауын енгізіңіз.
automation-bad-code = Кодта тек кіші латын әріптері, цифрлар, нүктелер, дефистер және астыңғы сызықтар болуы мүмкін (ең көбі 64 таңба).
automation-taken-code = Қолданбада мұндай коды бар триггер бұрыннан бар.
automation-added = «{ $name }» триггері конструкторға қосылды.
automation-deleted = «{ $name }» триггері жойылды.
automation-fire-title = Триггерді тексеру
automation-fire-trigger = Триггер
automation-fire-element = Элемент ID
automation-fire-pick = Элементті таңдау
automation-fire = Іске қосу
automation-bad-id = Элементтің ID нөмірін енгізіңіз — бүтін сан.
automation-picked = Элемент: { $title }
automation-fired = «{ $name }» триггері { $element } үшін іске қосылды.
automation-no-fire = Бұл түрдегі элементтерде автоматтандыру жұмыс істемейді, сондықтан олар үшін триггерлерді іске қосу мүмкін емес.
automation-saving = Сақталуда…
automation-failed = Портал бас тартты: { $reason }
automation-unknown = Портал әрекетті растамады, сондықтан ол орындалған-орындалмағаны белгісіз. Тізім қайта оқылды: қайталаудан бұрын тексеріңіз.

## CRM rating field (USERFIELD_TYPE)

crm-rating-stars = { $max } жұлдыздың { $stars }
crm-rating-choose = Бағаны таңдаңыз
crm-rating-entry = { $number }-баға
crm-rating-note = Ескертпе
crm-rating-note-count = { $used } / { $max }
crm-rating-add = Баға қосу
crm-rating-remove = Жою
crm-rating-required = Бұл өріс міндетті: кемінде бір жұлдыз таңдаңыз.
crm-rating-no-stars = { $number }-баға үшін жұлдыздарды таңдаңыз.
crm-rating-note-too-long = { $number }-бағаның ескертпесі тым ұзын: ең көбі { $max } таңба.
crm-rating-unreadable = Сақталған мәнді көрсету мүмкін емес ({ $reason }). Картаны сақтағанда ол ауыстырылады.
crm-rating-kept = Картаға енгізілді: картаны сақтағанда сақталады.
crm-rating-set-failed = Карта мәнді қабылдамады: { $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)
workload-title = Жүктеме: { $name }
workload-title-visible = Сізге қолжетімді тапсырмалар бойынша жүктеме
workload-tasks-total = Тізімдегі тапсырмалар: { $total }
workload-progress = Жүктелген тапсырмалар: { $loaded } / { $total }
workload-stop = Жүктеуді тоқтату
workload-stopped = Жүктеу тоқтатылды
workload-partial = Есеп тек осы уақытқа дейін жүктелген тапсырмаларды қамтиды: { $loaded } / { $total }.
workload-load-again = Қайта жүктеу
workload-open-tasks = Ашық тапсырмалар
workload-due-this-week = Мерзімі осы аптада
workload-no-deadline = Мерзімсіз
workload-by-status = Мәртебе бойынша тапсырмалар
workload-per-person = Жауаптылар бойынша ашық тапсырмалар
workload-person-load = { $open } (мерзімі өткен: { $overdue })
workload-other-status = Басқа мәртебе
workload-open-list = Тапсырмалар тізімін ашу
workload-empty = Бұл тізімде тапсырмалар жоқ.

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)
group-kind-workgroup = Жұмыс тобы
group-open-to-join = Кіру үшін ашық
group-members = Қатысушылар
group-role-owner = Иесі
group-role-moderator = Модератор
group-role-member = Қатысушы
group-deadlines = Жақын мерзімдер
group-no-deadlines = Топтың ашық тапсырмаларының ешқайсысында мерзім жоқ.
group-open-page = Топты ашу
group-no-group-title = Мұнда топ жоқ
group-no-group-text = Портал бұл батырманы топ көрсетілмеген бетте ашты, сондықтан топ картасын көрсету мүмкін емес.

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)
profile-department = Бөлім
profile-manager = Басшы
profile-work-phone = Жұмыс телефоны
profile-mobile = Ұялы телефон
profile-extension = Ішкі нөмір
profile-online = Желіде
profile-dismissed = Жұмыстан шыққан
profile-message = Хабарлама жазу
profile-call = Қоңырау шалу
profile-open-profile = Профильді ашу
profile-open-deals = Ашық мәмілелер: { $count }
profile-open-tasks = Ашық тапсырмалар: { $count }
profile-no-deals = Ашық мәмілелер жоқ.
profile-no-tasks = Ашық тапсырмалар жоқ.
profile-messenger-failed = Мессенджерді осы жерден ашу мүмкін емес.

## App links (REST_APP_URI)
link-unknown-title = Бұл сілтеме қолданба аша алатын ештеңені көрсетпейді
link-unknown-text = Қолданба параметрлері CRM элементін (entityTypeId және id немесе deal, lead, contact, company, quote, invoice), тапсырманы (task) немесе қызметкерді (user) көрсететін сілтемелерді ашады. Бұл сілтеме жіберген деректер:
link-no-params = Сілтеме ешқандай параметр жібермеді.

## Calendar view (CALENDAR_GRIDVIEW)
calendar-range = { $from } – { $to }
calendar-events-count = Осы кезеңдегі оқиғалар: { $count }
calendar-previous = Алдыңғы кезең
calendar-next = Келесі кезең
calendar-add = Жаңа оқиға
calendar-all-day = Күні бойы
calendar-edit = Өзгерту
calendar-delete = Жою
calendar-edit-event = «{ $name }» өзгерту
calendar-delete-event = «{ $name }» жою
calendar-no-events = Оқиғалар жоқ
calendar-not-found = Күнтізбе бұл оқиғаны таппады. Көріністі жаңартып, қайталап көріңіз.

## Sites
landing-site-settings = Сайт баптаулары
landing-page = Бет: { $page }
landing-site-title = Сайт атауы
landing-site-description = Сипаттамасы
landing-save = Сақтау
landing-site-saved = Сайт баптаулары сақталды.
landing-title-required = Сайт атауын енгізіңіз.
landing-refused = Портал бас тартты: { $reason }
landing-unknown = Портал уақытында растамады: өзгеріс сақталып қойған болуы мүмкін. Қайта сақтамас бұрын бетті жаңартыңыз.
landing-block-settings = Блок мәтіндері
landing-block-hint = Өзгерткіңіз келетін мәтіндерді толтырыңыз; бос өрістер редактордағыдай қалады.
landing-no-text-nodes = Бұл блокта мұнда өзгертетін мәтін жоқ.
landing-nothing-to-save = Кемінде бір мәтінді толтырыңыз.
landing-block-saved = Блок жаңартылып, редакторда қайта жүктелді.
landing-block-saved-no-refresh = Блок жаңартылды, бірақ редактор оны қайта жүктемеді: { $reason }
## CRM work
crm-todo-title = Жаңа іс
crm-todo-for = Кімге: { $title }
crm-todo-heading = «{ $title }» үшін жаңа іс
crm-todo-text = Не істеу керек
crm-todo-text-placeholder = Мысалы: ұсыныс бойынша қайта қоңырау шалу
crm-todo-deadline = Соңғы мерзім
crm-todo-due = Мерзім
crm-todo-due-today = Бүгін, 18:00
crm-todo-due-tomorrow = Ертең, 10:00
crm-todo-due-three-days = 3 күннен кейін
crm-todo-due-week = Бір аптадан кейін
crm-todo-responsible = Жауапты
crm-todo-me = Сіз
crm-todo-choose-user = Таңдау
crm-todo-create = Іс жасау
crm-todo-create-again = Бәрібір жасау
crm-todo-cancel = Бас тарту
crm-todo-saving = Іс жасалуда…
crm-todo-created = Іс жасалды: { $text }
crm-todo-failed-title = Іс жасалмады
crm-todo-failed = Іс жасалмады: { $reason }
crm-todo-unknown-title = Расталмады
crm-todo-unknown = Портал істі растамады, сондықтан ол жасалып қойған болуы мүмкін. Қайта жасамас бұрын ашық істерді тексеріңіз.
crm-todo-open = Ашық істер: { $count }
crm-todo-open-none = Әзірге ашық істер жоқ.
crm-todo-empty-text = Не істеу керектігін жазыңыз.
crm-todo-bad-deadline = Күні мен уақытын таңдаңыз.
crm-todo-driver-loading = Пішін дайындалуда…
crm-todo-driver-ready = Пішін көрсетілді.
crm-todo-load-failed = Элементті жүктеу мүмкін болмады: { $reason }
crm-todo-layout-refused = Портал пішінді көрсете алмады.
crm-record-paid = Төленді
crm-record-unpaid = Төленбеген
crm-record-canceled = Бас тартылды
crm-record-status = Күйі: { $code }
crm-record-done = Орындалды
crm-record-open = Орындалмаған
crm-record-incoming = Кіріс
crm-record-outgoing = Шығыс
crm-record-meeting = Кездесу
crm-record-call = Қоңырау
crm-record-task = Тапсырма
crm-record-email = Хат
crm-record-todo = Іс
crm-record-billed = Шығарылды
crm-record-pay-before = Төлеу мерзімі
crm-record-starts = Басталуы
crm-record-order-title = Тапсырыс № { $number }
crm-record-belongs-to = Тиесілі
crm-record-items = Тауарлар
crm-record-line = { $quantity } × { $price }
crm-search-running = Іздеу жүріп жатыр…
crm-search-found = Пішінге жіберілген нәтижелер: { $count }
crm-search-failed = Іздеу сәтсіз аяқталды: { $reason }
crm-search-picked = Таңдалған нұсқа пішінге енгізілді.
crm-search-unknown-pick = Таңдалған нұсқа осы қолданбадан емес.
crm-doc-title = Коммерциялық ұсыныс
crm-doc-number = № { $number }
crm-doc-issued = Күні
crm-doc-subject = Негіздеме
crm-doc-client = Клиент
crm-doc-stage = Кезең
crm-doc-prepared-by = Дайындаған
crm-doc-note = Ұсыныс жоғарыдағы күннен бастап 14 күн жарамды.
crm-doc-print = Басып шығару
crm-doc-download = Жүктеп алу
crm-doc-downloaded = { $file } ретінде сақталды.
crm-doc-download-failed = Файлды сақтау мүмкін болмады.
crm-doc-print-failed = Браузер бетті басып шығара алмады.
crm-record-mark-done = Орындалды деп белгілеу
crm-record-done-failed = Орындалды деп белгілеу мүмкін болмады: { $reason }
crm-record-done-unknown = Портал өзгерісті растамады. Карта қайта оқылды: қайталамас бұрын тексеріңіз.
crm-robot-title = Робот баптаулары
crm-robot-hint = Өзгерістер робот пішініне бірден түседі; оларды сақтау үшін роботты сақтаңыз.
crm-robot-sent = Робот пішініне жіберілді: { $name }
crm-robot-required = Бұл өрісті толтырыңыз.
crm-robot-not-integer = Бүтін сан енгізіңіз.
crm-robot-not-number = Сан енгізіңіз.
crm-robot-not-date = Күнді енгізіңіз.
crm-robot-not-option = Нұсқалардың бірін таңдаңыз.
crm-robot-no-properties = Бұл роботтың баптаулары жоқ.
crm-robot-one-per-line = Әр жолға бір мән.
