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
