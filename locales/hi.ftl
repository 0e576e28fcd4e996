# Hindi (hi)

## लोडिंग और त्रुटि स्क्रीन: विजेट से पहले और उसकी जगह
loading = लोड हो रहा है…
not-in-frame-title = इस ऐप को Bitrix24 के अंदर खोलें
not-in-frame-text = यह पेज एक Bitrix24 विजेट है। यह आपके Bitrix24 पोर्टल के अंदर काम करता है, जो इसे ज़रूरी संदर्भ देता है। इसे पोर्टल के मेन्यू, किसी CRM कार्ड या ऐसी किसी भी जगह से खोलें जहाँ ऐप इंस्टॉल है।
not-in-frame-dev-hint = डेवलपर्स के लिए: लोकल पोर्टल एमुलेटर में सभी विजेट आज़माने के लिए scripts/run.sh चलाएँ।
init-timeout-title = Bitrix24 जवाब नहीं दे रहा है
init-timeout-text = पोर्टल ने विजेट को समय पर उसका संदर्भ नहीं भेजा। अपना कनेक्शन जाँचें और फिर से कोशिश करें।
malformed-title = इस विजेट को ऐसा डेटा मिला जिसे यह पढ़ नहीं सकता
malformed-text = पोर्टल ने विजेट को अनपेक्षित फ़ॉर्मेट वाले विकल्पों के साथ खोला। कुछ भी नहीं बदला गया। नीचे दी गई जानकारी ऐप के डेवलपर के काम आएगी।
unknown-title = यह जगह अभी समर्थित नहीं है
unknown-text = पोर्टल ने ऐप को ऐसी जगह पर खोला जिसे ऐप नहीं पहचानता। उसे यह मिला:
crash-title = कुछ गलत हो गया
crash-text = विजेट में एक अनपेक्षित त्रुटि हुई। आमतौर पर पेज रीलोड करने से समस्या हल हो जाती है।
retry = फिर से कोशिश करें
reload = रीलोड करें
placement-code = प्लेसमेंट
error = त्रुटि

## सभी विजेट में एक जैसी कार्रवाइयाँ
open = खोलें
details = विवरण
refresh = रीफ़्रेश करें

## CRM कार्ड और कार्य कार्ड के फ़ील्ड
amount = राशि
responsible = ज़िम्मेदार व्यक्ति
created-by = निर्माता
contact = संपर्क
company = कंपनी
phone = फ़ोन
email = ईमेल
created = बनाया गया
modified = संशोधित
start-date = आरंभ तिथि
close-date = समापन तिथि
deadline = समय सीमा
project = प्रोजेक्ट
checklist = चेकलिस्ट
not-set = सेट नहीं है
overdue = समय सीमा बीत गई
important = उच्च प्राथमिकता
closed-item = बंद

## लोडिंग की स्थितियाँ
load-failed = डेटा लोड नहीं हो सका
not-found = नहीं मिला या एक्सेस नहीं है
not-found-text = हो सकता है इसे हटा दिया गया हो, या आपकी अनुमतियाँ आपको इसे देखने न देती हों।
path-not-available = पोर्टल यह पेज यहाँ नहीं खोल सकता।

## कार्य की स्थितियाँ (tasks.task.get status 1–7)
task-new = नया
task-pending = लंबित
task-in-progress = प्रगति में
task-awaiting-review = समीक्षा की प्रतीक्षा में
task-completed = पूरा हुआ
task-deferred = स्थगित
task-declined = अस्वीकृत

## CRM एंटिटी के प्रकार
lead = लीड
deal = डील
contact-entity = संपर्क
company-entity = कंपनी
quote = कोटेशन
invoice = इनवॉइस
smart-process-item = स्मार्ट प्रोसेस आइटम
activity = गतिविधि
order = ऑर्डर
task = कार्य

## कॉल कार्ड (CALL_CARD)
incoming-call = इनकमिंग कॉल
outgoing-call = आउटगोइंग कॉल
callback = कॉलबैक
line = लाइन
call-idle = प्रतीक्षा में
call-connecting = कनेक्ट हो रहा है
call-connected = कनेक्ट हो गया
no-crm-binding = कॉल करने वाला अभी CRM में नहीं है।
also-linked = इनसे भी जुड़ा है

## संदर्भ दृश्य (ऐसी जगहें जिनका अपना विजेट अभी नहीं बना है)
widget-context = विजेट का संदर्भ
widget-context-text = पोर्टल ने ऐप को यहाँ इस संदर्भ के साथ खोला है। जब तक इस जगह का अपना विजेट नहीं बन जाता, यहाँ उसका संदर्भ दिखाया जाता है।
opened-from = यहाँ से खोला गया
presentation = इस रूप में दिखाया गया

## होम पेज (DEFAULT, LEFT_MENU)
welcome = Bitrix24 के लिए Rust विजेट
welcome-text = यह ऐप CRM कार्ड, कार्यों, कॉल कार्ड और आपके पोर्टल की दूसरी जगहों में विजेट जोड़ता है।
signed-in-as = साइन इन किया गया खाता
portal = पोर्टल
language = भाषा
administrator = एडमिनिस्ट्रेटर

## साझा नियंत्रण
toggle-theme = लाइट/डार्क थीम बदलें
background-worker = बैकग्राउंड प्रोसेस चल रहा है।

## कार्य कार्ड
checklist-progress = चेकलिस्ट: { $total } में से { $done } पूरे हुए

## विवरण दृश्य
yes = हाँ
no = नहीं
