# Arabic (ar)

## شاشات التحميل والأخطاء: قبل الأداة وبدلًا منها
loading = جارٍ التحميل…
not-in-frame-title = افتح هذا التطبيق داخل Bitrix24
not-in-frame-text = هذه الصفحة أداة من أدوات Bitrix24. تعمل داخل بوابة Bitrix24 الخاصة بك، إذ تمرّر لها البوابة السياق الذي تحتاجه. افتحها من قائمة البوابة أو من بطاقة CRM أو من أي مكان آخر ثُبّت فيه التطبيق.
not-in-frame-dev-hint = للمطورين: شغّل scripts/run.sh لتجربة جميع الأدوات في محاكي البوابة المحلي.
init-timeout-title = Bitrix24 لا يستجيب
init-timeout-text = لم ترسل البوابة السياق إلى الأداة في الوقت المحدد. تحقّق من اتصالك وحاول مرة أخرى.
malformed-title = تلقّت هذه الأداة بيانات لا يمكنها قراءتها
malformed-text = فتحت البوابة الأداة بخيارات بتنسيق غير متوقع. لم يتم تغيير أي شيء. ستساعد التفاصيل أدناه مطوّر التطبيق.
unknown-title = هذا المكان غير مدعوم بعد
unknown-text = فتحت البوابة التطبيق في مكان لا يعرفه. إليك ما تلقّاه:
crash-title = حدث خطأ ما
crash-text = واجهت الأداة خطأً غير متوقع. عادةً ما تحل إعادة التحميل المشكلة.
retry = إعادة المحاولة
reload = إعادة التحميل
placement-code = موضع التضمين
error = خطأ

## إجراءات مشتركة بين جميع الأدوات
open = فتح
details = التفاصيل
refresh = تحديث

## حقول بطاقة CRM وبطاقة المهمة
amount = المبلغ
responsible = الشخص المسؤول
created-by = المُنشئ
contact = جهة الاتصال
company = الشركة
phone = الهاتف
email = البريد الإلكتروني
created = تاريخ الإنشاء
modified = تاريخ التعديل
start-date = تاريخ البدء
close-date = تاريخ الإغلاق
deadline = الموعد النهائي
project = المشروع
checklist = قائمة التحقق
not-set = غير محدد
overdue = متأخرة
important = أولوية عالية
closed-item = مغلق

## حالات التحميل
load-failed = تعذّر تحميل البيانات
not-found = غير موجود أو لا تملك صلاحية الوصول
not-found-text = ربما تم حذفه، أو أن صلاحياتك لا تسمح لك برؤيته.
path-not-available = لا يمكن للبوابة فتح هذه الصفحة هنا.

## حالات المهام (tasks.task.get status 1–7)
task-new = جديدة
task-pending = معلّقة
task-in-progress = قيد التنفيذ
task-awaiting-review = بانتظار المراجعة
task-completed = مكتملة
task-deferred = مؤجلة
task-declined = مرفوضة

## أنواع كيانات CRM
lead = عميل محتمل
deal = صفقة
contact-entity = جهة اتصال
company-entity = شركة
quote = عرض سعر
invoice = فاتورة
smart-process-item = عنصر عملية ذكية
activity = نشاط
order = طلب
task = مهمة

## بطاقة المكالمة (CALL_CARD)
incoming-call = مكالمة واردة
outgoing-call = مكالمة صادرة
callback = معاودة الاتصال
line = الخط
call-idle = في الانتظار
call-connecting = جارٍ الاتصال
call-connected = متصل
no-crm-binding = المتصل غير موجود في CRM بعد.
also-linked = مرتبط أيضًا

## عرض السياق (أماكن ليست لها أداة خاصة بعد)
widget-context = سياق الأداة
widget-context-text = فتحت البوابة التطبيق هنا بهذا السياق. يعرض هذا المكان سياقه إلى أن تُنشأ له أداة خاصة به.
opened-from = فُتح من
presentation = طريقة العرض

## الصفحة الرئيسية (DEFAULT, LEFT_MENU)
welcome = أدوات Rust لـ Bitrix24
welcome-text = يضيف التطبيق أدوات إلى بطاقات CRM والمهام وبطاقة المكالمة وأماكن أخرى في بوابتك.
signed-in-as = مسجّل الدخول باسم
portal = البوابة
language = اللغة
administrator = مدير النظام

## عناصر التحكم المشتركة
toggle-theme = التبديل بين السمة الفاتحة والداكنة
background-worker = العملية الخلفية قيد التشغيل.

## بطاقة المهمة
checklist-progress = قائمة التحقق: تم إنجاز { $done } من { $total }

## عرض التفاصيل
yes = نعم
no = لا

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

setup-area-app = صفحات التطبيق الخاصة

setup-area-crm = CRM

setup-area-tasks = المهام

setup-area-workgroups = مجموعات العمل والمشاريع

setup-area-people = الموظفون

setup-area-calendar = التقويم

setup-area-telephony = الاتصالات الهاتفية

setup-area-messenger = المراسلة

setup-area-contact-center = مركز الاتصال

setup-area-fields = حقول CRM

setup-area-sites = المواقع والمتاجر

setup-purpose-app-page = Widgets

setup-purpose-app-page-text = صفحة التطبيق الخاصة: من أنت، وبوابتك، وإعدادات التطبيق.

setup-purpose-app-link = فتح في Widgets

setup-purpose-app-link-text = يفتح عنصر CRM أو المهمة أو الموظف الذي يشير إليه رابط إلى التطبيق.

setup-purpose-call-watcher = مراقب المكالمات

setup-purpose-call-watcher-text = يعمل في الخلفية في كل صفحة ويتابع المكالمات لبطاقة المكالمة.

setup-purpose-entity-overview = نظرة عامة

setup-purpose-entity-overview-text = العنصر في لمحة: المرحلة والمبلغ والأشخاص وبيانات الاتصال.

setup-purpose-row-action = إجراءات Widgets

setup-purpose-row-action-text = ينفّذ إجراءات على الصفوف المختارة في القائمة.

setup-purpose-list-report = تقرير المراحل

setup-purpose-list-report-text = العدد والمبلغ لكل مرحلة في القائمة كلها، والتحويل عبر مسار المبيعات.

setup-purpose-card-action = ملخص

setup-purpose-card-action-text = ملخص العنصر في لوحة منزلقة.

setup-purpose-activity = مهمة للتنفيذ

setup-purpose-activity-text = نوع نشاط في CRM يضيف مهمة للتنفيذ إلى العنصر.

setup-purpose-timeline-action = إجراءات السجل

setup-purpose-timeline-action-text = يعمل على سجل الخط الزمني المختار.

setup-purpose-document = ملخص قابل للطباعة

setup-purpose-document-text = ينشئ مستندًا قابلًا للطباعة للعنصر.

setup-purpose-automation-triggers = مشغلات الأتمتة

setup-purpose-automation-triggers-text = يضيف مشغلات التطبيق إلى مصمم الأتمتة ويجربها على عنصر.

setup-purpose-search = بحث Widgets

setup-purpose-search-text = يجد عناصر CRM وبيانات الشركات للبحث ونموذج البيانات.

setup-purpose-analytics = تقرير Widgets

setup-purpose-analytics-text = تقرير في قسم التحليلات.

setup-purpose-task-summary = ملخص المهمة

setup-purpose-task-summary-text = المهمة في لمحة: الحالة والموعد النهائي والأشخاص وقائمة التحقق.

setup-purpose-workload = عبء العمل

setup-purpose-workload-text = تقرير عن عبء العمل في مهام شخص أو مجموعة.

setup-purpose-group-card = نظرة على المجموعة

setup-purpose-group-card-text = أعضاء مجموعة العمل وأدوارهم ومهامها المفتوحة.

setup-purpose-employee-card = بطاقة الموظف

setup-purpose-employee-card-text = القسم والمدير وبيانات الاتصال والصفقات والمهام المفتوحة.

setup-purpose-calendar-view = جدول الأعمال

setup-purpose-calendar-view-text = عرض للتقويم.

setup-purpose-call-notes = ملاحظات المكالمة

setup-purpose-call-notes-text = ملاحظات أثناء المكالمة، تُحفظ في عنصر CRM الخاص بالعميل.

setup-purpose-calls-report = تقرير المكالمات

setup-purpose-calls-report-text = تقرير عن مكالمات البوابة.

setup-purpose-chat-templates = قوالب الردود

setup-purpose-chat-templates-text = قوالب الردود فوق حقل الإدخال في الدردشة.

setup-purpose-chat-context = سياق الدردشة

setup-purpose-chat-context-text = عنصر CRM أو المهمة التي تنتمي إليها الدردشة، في شريطها الجانبي.

setup-purpose-message-action = إنشاء من رسالة

setup-purpose-message-action-text = يحوّل رسالة إلى مهمة أو نشاط في CRM.

setup-purpose-messenger-page = Widgets

setup-purpose-messenger-page-text = التطبيق كصفحة داخل المراسلة.

setup-purpose-connector-tile = موصل Widgets

setup-purpose-connector-tile-text = مربع في مركز الاتصال يفتح إعداد الموصل.

setup-purpose-connector-settings = إعدادات الموصل

setup-purpose-connector-settings-text = إعدادات موصل القناة المفتوحة للتطبيق.

setup-purpose-rating-field = التقييم

setup-purpose-rating-field-text = نوع حقل في CRM: تقييم بالنجوم مع ملاحظة.

setup-purpose-site-settings = إعدادات الموقع

setup-purpose-site-settings-text = إعدادات التطبيق على موقع.

setup-purpose-block-settings = إعدادات الكتلة

setup-purpose-block-settings-text = إعدادات كتل التطبيق في محرر المواقع.

setup-spot-left-menu = القائمة الجانبية

setup-spot-app-links = روابط إلى التطبيق

setup-spot-every-page = كل صفحة، في الخلفية

setup-spot-card-tab = تبويب البطاقة

setup-spot-card-activity = نشاط في البطاقة

setup-spot-card-toolbar = شريط أدوات البطاقة

setup-spot-card-sidebar = الشريط الجانبي للبطاقة

setup-spot-card-top-panel = اللوحة العلوية للبطاقة

setup-spot-list-toolbar = فوق القائمة

setup-spot-funnels-toolbar = فوق مسارات المبيعات

setup-spot-list-row-menu = قائمة صف القائمة

setup-spot-timeline-menu = قائمة سجل الخط الزمني

setup-spot-document-button = زر المستندات

setup-spot-automation-toolbar = مصمم الأتمتة

setup-spot-analytics-menu = قائمة التحليلات

setup-spot-analytics-toolbar = شريط أدوات التحليلات

setup-spot-search = بحث CRM

setup-spot-details-autocomplete = نموذج بيانات الشركة والبنك

setup-spot-profile-menu = قائمة الملف الشخصي

setup-spot-calendar-view = طرق عرض التقويم

setup-spot-call-card = بطاقة المكالمة

setup-spot-chat-input-panel = اللوحة فوق حقل إدخال الدردشة

setup-spot-chat-sidebar = الشريط الجانبي للدردشة

setup-spot-message-menu = قائمة الرسالة

setup-spot-mobile-message-menu = قائمة الرسالة في تطبيق الجوال

setup-spot-messenger-navigation = التنقل في المراسلة

setup-spot-contact-center-tile = مربع مركز الاتصال

setup-spot-connector-settings = إعدادات القناة المفتوحة

setup-spot-field-type = أنواع حقول CRM

setup-spot-site-settings = إعدادات الموقع

setup-spot-block-settings = إعدادات الكتلة في محرر المواقع

setup-spot-other = مكان آخر

setup-subject-old-invoice = فاتورة (قديمة)

setup-subject-workgroup = مجموعة العمل

setup-subject-employee = موظف

setup-title = تثبيت التطبيق

setup-intro = اختر أين يظهر التطبيق في بوابتك. تم اختيار مجموعة مناسبة مسبقًا؛ يمكنك تغييرها لاحقًا في إعدادات التطبيق.

setup-selected = المحدد: { $count }

setup-install = تثبيت

setup-installed = مثبّت

setup-progress = الخطوات المنجزة: { $done } من { $total }

setup-state-pending = في الانتظار

setup-state-running = قيد التنفيذ

setup-state-done = تم

setup-state-already = موجود بالفعل

setup-state-failed = فشل

setup-state-unknown = النتيجة غير معروفة

setup-problems-title = لم تكتمل بعض الخطوات

setup-problems-text = كل ما عدا ذلك جاهز. أعد المحاولة بعد إصلاح السبب: يُرسل فقط ما لا يزال ناقصًا.

setup-rechecked-text = لم تُفد البوابة بما إذا نجحت بعض الخطوات، لذا تحقق التطبيق من البوابة مرة أخرى. ما هو مدرج لا يزال ناقصًا؛ لم يُرسل أي شيء مرتين.

setup-finishing = جارٍ إنهاء التثبيت…

setup-finished = تم تثبيت التطبيق. تعيد البوابة تحميله الآن.

setup-finish-failed = لم تقبل البوابة إنهاء التثبيت.

setup-nothing-new = كل ما اخترته مثبّت بالفعل.

setup-not-admin-title = اطلب من المسؤول تثبيت التطبيق

setup-not-admin-text = يمكن لمسؤول Bitrix24 فقط تثبيت هذا التطبيق واختيار مكان ظهوره. لم يتم تغيير أي شيء.

setup-bad-address = التطبيق مفتوح على عنوان لا تستطيع البوابة تحميل الأدوات منه.

setup-settings-title = إعدادات التطبيق

setup-settings-intro = أين يظهر التطبيق في بوابتك، وخياراته.

setup-read-only = يمكن للمسؤول فقط تغيير هذه الإعدادات.

setup-places = أين يظهر التطبيق

setup-bound = مرتبط

setup-not-bound = غير مرتبط

setup-unavailable = غير متاح في هذه البوابة

setup-apply = تطبيق التغييرات

setup-no-changes = لا يوجد ما يُغيَّر.

setup-applied = تم تطبيق التغييرات.

setup-app-options = خيارات للجميع

setup-my-options = خياراتي

setup-theme = السمة

setup-theme-auto = كما في النظام

setup-theme-light = فاتح

setup-theme-dark = داكن

setup-transport = اتصال REST

setup-transport-bx24 = عبر صفحة البوابة

setup-transport-fetch = طلبات مباشرة

setup-save = حفظ

setup-saved = تم الحفظ.

setup-save-failed = لم يتم حفظ الخيارات.

home-open-settings = إعدادات التطبيق
## Messenger
im-templates-title = ردود سريعة
im-template-thanks = شكرًا لك! سأعود إليك قريبًا.
im-template-details = هل يمكنك إرسال التفاصيل من فضلك؟
im-template-call = لنناقش هذا في مكالمة. متى يناسبك؟
im-template-bound = نعمل على { $element } وسنبقيك على اطلاع في هذه الدردشة.
im-draft-reply = { $name }، شكرًا على رسالتك: «{ $about }» سأطّلع عليها وأرد اليوم.
im-draft-reply-anonymous = شكرًا على رسالتك: «{ $about }» سأطّلع عليها وأرد اليوم.
im-draft-button = صياغة رد
im-read-input = قراءة حقل الإدخال
im-replace-text = استبدال النص في حقل الإدخال
im-input-text = النص في حقل الإدخال: { $text } (الطول: { $count })
im-input-empty = حقل إدخال الرسالة فارغ.
im-inserted = النص موجود في حقل إدخال الرسالة.
im-no-textarea = لم يستجب المراسل: لا يوجد حقل إدخال رسالة هنا.
im-insert-failed = تعذّر إدراج النص: { $reason }
im-task-ref = المهمة رقم { $id }
im-belongs-to = مرتبطة بـ:
im-ordinary-chat = هذه الدردشة غير مرتبطة بعنصر CRM ولا بمهمة.
im-private-chat = دردشة خاصة: غير مرتبطة بعنصر CRM ولا بمهمة.
im-members = الأعضاء: { $count }
im-online = متصل
im-write = مراسلة
im-call-short = اتصال
im-write-to = مراسلة { $name }
im-call = الاتصال بـ { $name }
im-field-title = العنوان
im-field-description = الوصف
im-field-deadline = الموعد النهائي
im-make-task = إنشاء مهمة
im-make-activity = إضافة نشاط CRM
im-title-required = أدخل عنوانًا.
im-deadline-required = يحتاج نشاط CRM إلى موعد نهائي.
im-no-crm-binding = هذه الدردشة غير مرتبطة بعنصر CRM، لذا يمكن إنشاء مهمة فقط.
im-from-message = من رسالة { $author } في «{ $chat }».
im-task-created = تم إنشاء المهمة رقم { $id }.
im-activity-created = تمت إضافة النشاط رقم { $id } إلى { $element }.
im-write-refused = رفضت البوابة: { $reason }
im-write-unknown = لم تؤكد البوابة في الوقت المناسب: ربما تم الإنشاء. تحقّق قبل الإرسال مرة أخرى.
im-check = تحقّق
im-check-not-found = لم يتم إنشاء أي شيء. يمكنك الإرسال مرة أخرى.
im-recent-title = دردشاتك
im-no-chats = لا توجد دردشات بعد.
im-unread = غير مقروءة: { $count }
im-open-chat = فتح الدردشة
im-more-chats = تُعرض أحدث الدردشات فقط (حتى { $count }).
im-smiles-deprecated = هذا المكان مهمل
im-smiles-deprecated-text = منذ الإصدار 25.1600.0 من المراسل، استُبدلت الرموز التعبيرية بالملصقات ولم تعد البوابة تفتح هذا المكان. لا تزال المجموعات أدناه تُدرج في حقل إدخال الرسالة حيث تسمح البوابة بذلك.
im-smiles-faces = وجوه
im-smiles-work = عمل
im-smiles-gestures = إيماءات

## Telephony
call-note-label = ملاحظة المكالمة
call-note-save = حفظ الملاحظة
call-note-discard = تجاهل
call-note-held = تبقى بطاقة المكالمة مفتوحة حتى تحفظ الملاحظة أو تتجاهلها.
call-note-saving = جارٍ حفظ الملاحظة…
call-note-saved = حُفظت الملاحظة كنشاط رقم { $id } في { $element }.
call-note-refused = لم تُحفظ الملاحظة: { $reason }
call-note-unknown = لم تؤكد البوابة في الوقت المناسب: ربما حُفظت الملاحظة. تحقّق من المخطط الزمني قبل حفظها مرة أخرى.
call-note-no-target = اربط المكالمة بعنصر CRM لحفظ ملاحظة.
call-note-title = ملاحظة المكالمة: { $phone }
call-note-title-no-phone = ملاحظة المكالمة
softphone-waiting = الهاتف البرمجي في انتظار المكالمات.
softphone-title = مكالمة واردة من { $phone }
softphone-ringing = يرن…
softphone-connected = متصل
softphone-on-hold = قيد الانتظار
softphone-ended = انتهت المكالمة بعد { $minutes } د { $seconds } ث
softphone-missed = مكالمة فائتة
softphone-finish-failed = تعذّر إنهاء المكالمة: { $reason }
softphone-command-failed = لم تقبل بطاقة المكالمة أمرًا: { $reason }
calls-title = المكالمات في آخر { $days } يومًا
calls-total = المكالمات
calls-incoming = واردة
calls-outgoing = صادرة
calls-missed = فائتة
calls-talk-time = مدة التحدث
calls-average = متوسط المكالمة
calls-duration = { $minutes } د { $seconds } ث
calls-per-day = المكالمات يوميًا
calls-per-user = حسب الموظف
calls-employee = الموظف
calls-loading = جارٍ تحميل سجل المكالمات… تم تحميل: { $rows }
calls-stop = إيقاف
calls-partial = توقف التحميل: يشمل التقرير المكالمات التي حُمّلت حتى الآن فقط.
calls-none = لا توجد مكالمات في هذه الفترة.
calls-day = { $date }: تم الرد { $answered }، فائتة { $missed }

## Open lines
connector-title = موصل القناة المفتوحة «{ $name }»
connector-not-registered = موصل التطبيق غير مسجل في هذه البوابة. افتح إعدادات التطبيق لتسجيله.
connector-lines = القنوات المفتوحة
connector-setup = إعداد
connector-line-id = القناة المفتوحة رقم { $id }
connector-line-inactive = متوقفة
connector-active = نشط
connector-inactive = غير نشط
connector-configured = تم تعيين بيانات القناة
connector-not-configured = بيانات القناة غير معيّنة
connector-error = خطأ
connector-ok = يعمل
connector-works = الموصل يعمل على هذه القناة المفتوحة.
connector-wants-on = شغّلت الموصل لهذه القناة المفتوحة: اتصل به لإكمال العملية.
connector-wants-off = أوقفت الموصل لهذه القناة المفتوحة: افصله لإكمال العملية.
connector-channel-name = اسم القناة
connector-default-name = دردشة أدوات Rust
connector-channel-url = رابط الدردشة
connector-connect = اتصال
connector-disconnect = فصل
connector-name-required = أدخل اسم القناة.
connector-url-invalid = يجب أن يبدأ رابط الدردشة بـ https:// أو http://.
connector-refused = رفضت البوابة: { $reason }
connector-unknown = لم تؤكد البوابة في الوقت المناسب: ربما طُبّق التغيير. تحقّق من الحالة قبل المحاولة مرة أخرى.
connector-check = التحقق من الحالة

## Unsupported spots
spot-hr-title = الراتب والإجازات (الموارد البشرية)
spot-hr-text = تفتح البوابة هذه اللوحة من قائمة الرواتب والإجازات في وحدة الموارد البشرية. لا توثّق Bitrix24 ما تمرّره إلى التطبيق هنا، لذا يعرض التطبيق ما وصله فقط ولا شيء أكثر.
spot-catalog-title = كتالوج المنتجات الخارجي
spot-catalog-text = يحمّل محدد المنتجات هذا الإطار المخفي للبحث في كتالوج خارجي. أوامره وأحداثه غير موثقة (معروفة فقط من شيفرة البوابة)، لذا لا يرد التطبيق عليها ويستمر المحدد في استخدام كتالوج البوابة نفسه.
spot-options = ما أرسلته البوابة
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

crm-report-title = تقرير المراحل: { $entity }
crm-report-entity = التقرير عن
crm-report-counting = جارٍ العد: { $done } من { $total }
crm-report-stop = إيقاف
crm-report-stopped-early = تم الإيقاف قبل عدّ أي شيء.
crm-report-count-again = العد من جديد
crm-report-partial = توقف مبكرًا: تشمل هذه الأرقام { $done } من { $total }.
crm-report-counted = تم العد: { $count }
crm-report-empty = هذه القائمة فارغة.
crm-report-pipeline = مسار المبيعات
crm-report-total = الإجمالي
crm-report-won = ناجحة
crm-report-lost = خاسرة
crm-report-win-rate = نسبة النجاح
crm-report-percent = { $percent }٪
crm-report-reached = وصل { $percent }٪ إلى هذه المرحلة
crm-report-chart = مراحل { $pipeline }
crm-report-open-hint = اختر مرحلة لفتح القائمة مصفّاة عليها.

## CRM list row actions (CRM_*_LIST_MENU)

crm-row-actions = إجراءات سريعة
crm-row-stage = المرحلة
crm-row-move = نقل
crm-row-reassign = تغيير المسؤول
crm-row-pick-user = اختر المسؤول الجديد
crm-row-saving = جارٍ الحفظ…
crm-row-moved = تم النقل إلى «{ $stage }».
crm-row-reassigned = أصبح { $name } المسؤول الآن.
crm-row-save-failed = لم يتم حفظ التغيير: { $reason }
crm-row-unknown = لم تؤكد البوابة التغيير، لذا ربما حُفظ وربما لا. تمت إعادة قراءة السجل: تحقّق منه قبل المحاولة مرة أخرى.

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

automation-title = مشغلات الأتمتة
automation-hint = ضع أحد مشغلات التطبيق على مرحلة في هذا المصمم: عندما يعمل المشغل على عنصر، ينتقل العنصر إلى تلك المرحلة.
automation-empty = لا يملك التطبيق أي مشغلات بعد.
automation-admin-only = يمكن للمسؤول فقط إضافة مشغلات التطبيق أو حذفها أو تشغيلها.
automation-delete = حذف
automation-delete-label = حذف «{ $name }»
automation-add-title = مشغل جديد
automation-name = الاسم
automation-code = الرمز
automation-code-hint = أحرف لاتينية صغيرة وأرقام ونقاط وشرطات وشرطات سفلية. يقترح التطبيق رمزًا انطلاقًا من الاسم.
automation-add = إضافة المشغل
automation-empty-name = أدخل اسمًا للمشغل.
automation-bad-code = يمكن أن يحتوي الرمز على أحرف لاتينية صغيرة وأرقام ونقاط وشرطات وشرطات سفلية فقط (64 حرفًا كحد أقصى).
automation-taken-code = لدى التطبيق مشغل بهذا الرمز بالفعل.
automation-added = أصبح «{ $name }» ضمن مشغلات المصمم الآن.
automation-deleted = تم حذف «{ $name }».
automation-fire-title = تجربة مشغل
automation-fire-trigger = المشغل
automation-fire-element = معرّف العنصر
automation-fire-pick = اختر العنصر
automation-fire = تشغيل
automation-bad-id = أدخل معرّف العنصر، وهو عدد صحيح.
automation-picked = العنصر: { $title }
automation-fired = تم تشغيل «{ $name }» على { $element }.
automation-no-fire = لا تعمل الأتمتة على عناصر هذا النوع، لذا لا يمكن تشغيل المشغلات عليها.
automation-saving = جارٍ الحفظ…
automation-failed = رفضت البوابة: { $reason }
automation-unknown = لم تؤكد البوابة العملية، لذا ربما تمت وربما لا. تمت إعادة قراءة القائمة: تحقّق منها قبل المحاولة مرة أخرى.

## CRM rating field (USERFIELD_TYPE)

crm-rating-stars = { $stars } من { $max } نجوم
crm-rating-choose = اختر التقييم
crm-rating-entry = التقييم { $number }
crm-rating-note = ملاحظة
crm-rating-note-count = { $used } / { $max }
crm-rating-add = إضافة تقييم
crm-rating-remove = إزالة
crm-rating-required = هذا الحقل إلزامي: اختر نجمة واحدة على الأقل.
crm-rating-no-stars = اختر النجوم للتقييم { $number }.
crm-rating-note-too-long = ملاحظة التقييم { $number } طويلة جدًا: الحد الأقصى { $max } حرفًا.
crm-rating-unreadable = لا يمكن عرض قيمة محفوظة ({ $reason }). حفظ البطاقة يستبدلها.
crm-rating-kept = محفوظ في البطاقة: يُحفظ عند حفظ البطاقة.
crm-rating-set-failed = لم تقبل البطاقة القيمة: { $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)
workload-title = عبء العمل: { $name }
workload-title-visible = عبء العمل للمهام التي يمكنك رؤيتها
workload-tasks-total = المهام في القائمة: { $total }
workload-progress = المهام المحمّلة: { $loaded } من { $total }
workload-stop = إيقاف التحميل
workload-stopped = تم إيقاف التحميل
workload-partial = يشمل التقرير المهام المحمّلة حتى الآن فقط: { $loaded } من { $total }.
workload-load-again = التحميل من جديد
workload-open-tasks = المهام المفتوحة
workload-due-this-week = مستحقة هذا الأسبوع
workload-no-deadline = بلا موعد نهائي
workload-by-status = المهام حسب الحالة
workload-per-person = المهام المفتوحة حسب المسؤول
workload-person-load = { $open } (متأخرة: { $overdue })
workload-other-status = حالة أخرى
workload-open-list = فتح قائمة المهام
workload-empty = لا توجد مهام في هذه القائمة.

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)
group-kind-workgroup = مجموعة عمل
group-open-to-join = مفتوحة للانضمام
group-members = الأعضاء
group-role-owner = المالك
group-role-moderator = مشرف
group-role-member = عضو
group-deadlines = المواعيد النهائية القادمة
group-no-deadlines = لا توجد مهمة مفتوحة في هذه المجموعة لها موعد نهائي.
group-open-page = فتح المجموعة
group-no-group-title = لا توجد مجموعة هنا
group-no-group-text = فتح البوابة هذا الزر في صفحة لا تحدد أي مجموعة، لذلك لا توجد بطاقة مجموعة لعرضها.

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)
profile-department = القسم
profile-manager = المدير
profile-work-phone = هاتف العمل
profile-mobile = الهاتف المحمول
profile-extension = الرقم الداخلي
profile-online = متصل
profile-dismissed = ترك العمل
profile-message = إرسال رسالة
profile-call = اتصال
profile-open-profile = فتح الملف الشخصي
profile-open-deals = الصفقات المفتوحة: { $count }
profile-open-tasks = المهام المفتوحة: { $count }
profile-no-deals = لا توجد صفقات مفتوحة.
profile-no-tasks = لا توجد مهام مفتوحة.
profile-messenger-failed = لا يمكن فتح المراسلة من هنا.

## App links (REST_APP_URI)
link-unknown-title = لا يشير هذا الرابط إلى أي شيء يمكن للتطبيق فتحه
link-unknown-text = يفتح التطبيق الروابط التي تشير معاملاتها إلى عنصر في CRM (entityTypeId وid، أو deal أو lead أو contact أو company أو quote أو invoice)، أو مهمة (task)، أو موظف (user). جلب هذا الرابط:
link-no-params = لم يجلب الرابط أي معاملات.

## Calendar view (CALENDAR_GRIDVIEW)
calendar-range = { $from } – { $to }
calendar-events-count = الأحداث في هذه الفترة: { $count }
calendar-previous = الفترة السابقة
calendar-next = الفترة التالية
calendar-add = حدث جديد
calendar-all-day = طوال اليوم
calendar-edit = تعديل
calendar-delete = حذف
calendar-edit-event = تعديل «{ $name }»
calendar-delete-event = حذف «{ $name }»
calendar-no-events = لا توجد أحداث
calendar-not-found = لم يعثر التقويم على هذا الحدث. حدّث العرض وحاول مرة أخرى.

## Sites
landing-site-settings = إعدادات الموقع
landing-page = الصفحة: { $page }
landing-site-title = عنوان الموقع
landing-site-description = الوصف
landing-save = حفظ
landing-site-saved = تم حفظ إعدادات الموقع.
landing-title-required = أدخل عنوان الموقع.
landing-refused = رفضت البوابة: { $reason }
landing-unknown = لم تؤكد البوابة في الوقت المناسب: ربما حُفظ التغيير. أعد تحميل الصفحة قبل الحفظ مرة أخرى.
landing-block-settings = نصوص الكتلة
landing-block-hint = املأ النصوص التي تريد تغييرها؛ تبقى الحقول الفارغة كما هي في المحرر.
landing-no-text-nodes = لا تحتوي هذه الكتلة على نصوص يمكن تغييرها هنا.
landing-nothing-to-save = املأ نصًا واحدًا على الأقل.
landing-block-saved = تم تحديث الكتلة وإعادة تحميلها في المحرر.
landing-block-saved-no-refresh = تم تحديث الكتلة، لكن المحرر لم يُعد تحميلها: { $reason }
## CRM work
crm-todo-title = مهمة جديدة
crm-todo-for = لـ { $title }
crm-todo-heading = مهمة جديدة لـ «{ $title }»
crm-todo-text = ما المطلوب
crm-todo-text-placeholder = مثلًا: معاودة الاتصال بشأن العرض
crm-todo-deadline = الموعد النهائي
crm-todo-due = الاستحقاق
crm-todo-due-today = اليوم، 18:00
crm-todo-due-tomorrow = غدًا، 10:00
crm-todo-due-three-days = بعد 3 أيام
crm-todo-due-week = بعد أسبوع
crm-todo-responsible = المسؤول
crm-todo-me = أنت
crm-todo-choose-user = اختيار
crm-todo-create = إنشاء المهمة
crm-todo-create-again = إنشاء على أي حال
crm-todo-cancel = إلغاء
crm-todo-saving = جارٍ إنشاء المهمة…
crm-todo-created = تم إنشاء المهمة: { $text }
crm-todo-failed-title = لم يتم إنشاء المهمة
crm-todo-failed = لم يتم إنشاء المهمة: { $reason }
crm-todo-unknown-title = لم يتم التأكيد
crm-todo-unknown = لم تؤكد البوابة إنشاء المهمة، لذا ربما أُنشئت بالفعل. تحقق من المهام المفتوحة قبل إنشائها مرة أخرى.
crm-todo-open = المهام المفتوحة: { $count }
crm-todo-open-none = لا توجد مهام مفتوحة بعد.
crm-todo-empty-text = اكتب ما يجب القيام به.
crm-todo-bad-deadline = اختر التاريخ والوقت.
crm-todo-driver-loading = جارٍ تجهيز النموذج…
crm-todo-driver-ready = النموذج معروض.
crm-todo-load-failed = تعذّر تحميل العنصر: { $reason }
crm-todo-layout-refused = تعذّر على البوابة عرض النموذج.
crm-record-paid = مدفوع
crm-record-unpaid = غير مدفوع
crm-record-canceled = ملغى
crm-record-status = الحالة: { $code }
crm-record-done = منجز
crm-record-open = قيد الانتظار
crm-record-incoming = وارد
crm-record-outgoing = صادر
crm-record-meeting = اجتماع
crm-record-call = مكالمة
crm-record-task = مهمة
crm-record-email = بريد إلكتروني
crm-record-todo = مهمة
crm-record-billed = تاريخ الإصدار
crm-record-pay-before = الدفع قبل
crm-record-starts = البداية
crm-record-order-title = الطلب { $number }
crm-record-belongs-to = يتبع
crm-record-items = العناصر
crm-record-line = { $quantity } × { $price }
crm-search-running = جارٍ البحث…
crm-search-found = النتائج المرسلة إلى النموذج: { $count }
crm-search-failed = فشل البحث: { $reason }
crm-search-picked = تم إدخال النتيجة المختارة في النموذج.
crm-search-unknown-pick = الخيار المختار لم يأتِ من هذا التطبيق.
crm-doc-title = عرض تجاري
crm-doc-number = رقم { $number }
crm-doc-issued = التاريخ
crm-doc-subject = بخصوص
crm-doc-client = العميل
crm-doc-stage = المرحلة
crm-doc-prepared-by = أعدّه
crm-doc-note = هذا العرض صالح لمدة 14 يومًا من التاريخ أعلاه.
crm-doc-print = طباعة
crm-doc-download = تنزيل
crm-doc-downloaded = تم الحفظ باسم { $file }.
crm-doc-download-failed = تعذّر حفظ الملف.
crm-doc-print-failed = تعذّر على المتصفح طباعة الصفحة.
crm-record-mark-done = وضع علامة منجز
crm-record-done-failed = تعذّر وضع علامة منجز: { $reason }
crm-record-done-unknown = لم تؤكد البوابة التغيير. أُعيدت قراءة البطاقة: تحقق منها قبل المحاولة مجددًا.
crm-robot-title = إعدادات الروبوت
crm-robot-hint = تنتقل التغييرات إلى نموذج الروبوت فورًا؛ احفظ الروبوت للاحتفاظ بها.
crm-robot-sent = أُرسل إلى نموذج الروبوت: { $name }
crm-robot-required = املأ هذا الحقل.
crm-robot-not-integer = أدخل عددًا صحيحًا.
crm-robot-not-number = أدخل رقمًا.
crm-robot-not-date = أدخل تاريخًا.
crm-robot-not-option = اختر أحد الخيارات.
crm-robot-no-properties = لا توجد إعدادات لهذا الروبوت.
crm-robot-one-per-line = قيمة واحدة في كل سطر.
