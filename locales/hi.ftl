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

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

setup-area-app = ऐप के अपने पेज

setup-area-crm = CRM

setup-area-tasks = टास्क

setup-area-workgroups = वर्कग्रुप और प्रोजेक्ट

setup-area-people = कर्मचारी

setup-area-calendar = कैलेंडर

setup-area-telephony = टेलीफ़ोनी

setup-area-messenger = मैसेंजर

setup-area-contact-center = कॉन्टैक्ट सेंटर

setup-area-fields = CRM फ़ील्ड

setup-area-sites = साइट और स्टोर

setup-purpose-app-page = Widgets

setup-purpose-app-page-text = ऐप का अपना पेज: आप कौन हैं, आपका पोर्टल और ऐप की सेटिंग।

setup-purpose-app-link = Widgets में खोलें

setup-purpose-app-link-text = ऐप के लिंक में बताए गए CRM एलिमेंट, टास्क या कर्मचारी को खोलता है।

setup-purpose-call-watcher = कॉल वॉचर

setup-purpose-call-watcher-text = हर पेज पर बैकग्राउंड में चलता है और कॉल कार्ड के लिए कॉल पर नज़र रखता है।

setup-purpose-entity-overview = अवलोकन

setup-purpose-entity-overview-text = एक नज़र में एलिमेंट: स्टेज, राशि, लोग और संपर्क जानकारी।

setup-purpose-row-action = Widgets कार्रवाइयाँ

setup-purpose-row-action-text = सूची में चुनी गई पंक्तियों पर कार्रवाई करता है।

setup-purpose-list-report = स्टेज रिपोर्ट

setup-purpose-list-report-text = पूरी सूची में हर स्टेज की संख्या और राशि, और फ़नल में कन्वर्ज़न।

setup-purpose-card-action = सारांश

setup-purpose-card-action-text = स्लाइडर में एलिमेंट का सारांश।

setup-purpose-activity = करने योग्य

setup-purpose-activity-text = एक CRM गतिविधि प्रकार जो एलिमेंट में करने योग्य काम जोड़ता है।

setup-purpose-timeline-action = रिकॉर्ड कार्रवाइयाँ

setup-purpose-timeline-action-text = चुने गए टाइमलाइन रिकॉर्ड पर काम करता है।

setup-purpose-document = प्रिंट करने योग्य सारांश

setup-purpose-document-text = एलिमेंट के लिए प्रिंट करने योग्य दस्तावेज़ बनाता है।

setup-purpose-automation-triggers = ऑटोमेशन ट्रिगर

setup-purpose-automation-triggers-text = ऐप के ट्रिगर को ऑटोमेशन डिज़ाइनर में जोड़ता है और उन्हें किसी एलिमेंट पर आज़माता है।

setup-purpose-search = Widgets खोज

setup-purpose-search-text = खोज और विवरण फ़ॉर्म के लिए CRM एलिमेंट और कंपनी विवरण ढूँढता है।

setup-purpose-analytics = Widgets रिपोर्ट

setup-purpose-analytics-text = एनालिटिक्स सेक्शन में एक रिपोर्ट।

setup-purpose-task-summary = टास्क सारांश

setup-purpose-task-summary-text = एक नज़र में टास्क: स्थिति, समय-सीमा, लोग और चेकलिस्ट।

setup-purpose-workload = वर्कलोड

setup-purpose-workload-text = किसी व्यक्ति या ग्रुप के टास्क पर वर्कलोड रिपोर्ट।

setup-purpose-group-card = ग्रुप अवलोकन

setup-purpose-group-card-text = वर्कग्रुप के सदस्य, भूमिकाएँ और खुले टास्क।

setup-purpose-employee-card = कर्मचारी कार्ड

setup-purpose-employee-card-text = विभाग, मैनेजर, संपर्क, खुली डील और टास्क।

setup-purpose-calendar-view = एजेंडा

setup-purpose-calendar-view-text = कैलेंडर का एक व्यू।

setup-purpose-call-notes = कॉल नोट्स

setup-purpose-call-notes-text = कॉल के दौरान नोट्स, जो क्लाइंट के CRM एलिमेंट में सहेजे जाते हैं।

setup-purpose-calls-report = कॉल रिपोर्ट

setup-purpose-calls-report-text = पोर्टल की कॉल पर एक रिपोर्ट।

setup-purpose-chat-templates = जवाब टेम्पलेट

setup-purpose-chat-templates-text = चैट के इनपुट के ऊपर जवाब टेम्पलेट।

setup-purpose-chat-context = चैट संदर्भ

setup-purpose-chat-context-text = चैट जिस CRM एलिमेंट या टास्क से जुड़ी है, वह उसकी साइडबार में।

setup-purpose-message-action = संदेश से बनाएँ

setup-purpose-message-action-text = संदेश को टास्क या CRM गतिविधि में बदलता है।

setup-purpose-messenger-page = Widgets

setup-purpose-messenger-page-text = मैसेंजर के अंदर एक पेज के रूप में ऐप।

setup-purpose-connector-tile = Widgets कनेक्टर

setup-purpose-connector-tile-text = कॉन्टैक्ट सेंटर की एक टाइल जो कनेक्टर का सेटअप खोलती है।

setup-purpose-connector-settings = कनेक्टर सेटिंग

setup-purpose-connector-settings-text = ऐप के ओपन चैनल कनेक्टर की सेटिंग।

setup-purpose-rating-field = रेटिंग

setup-purpose-rating-field-text = एक CRM फ़ील्ड प्रकार: नोट के साथ स्टार रेटिंग।

setup-purpose-site-settings = साइट सेटिंग

setup-purpose-site-settings-text = किसी साइट पर ऐप की सेटिंग।

setup-purpose-block-settings = ब्लॉक सेटिंग

setup-purpose-block-settings-text = साइट एडिटर में ऐप के ब्लॉक की सेटिंग।

setup-spot-left-menu = बायाँ मेनू

setup-spot-app-links = ऐप के लिंक

setup-spot-every-page = हर पेज, बैकग्राउंड में

setup-spot-card-tab = कार्ड टैब

setup-spot-card-activity = कार्ड में गतिविधि

setup-spot-card-toolbar = कार्ड टूलबार

setup-spot-card-sidebar = कार्ड साइडबार

setup-spot-card-top-panel = कार्ड का ऊपरी पैनल

setup-spot-list-toolbar = सूची के ऊपर

setup-spot-funnels-toolbar = फ़नल के ऊपर

setup-spot-list-row-menu = सूची पंक्ति मेनू

setup-spot-timeline-menu = टाइमलाइन रिकॉर्ड मेनू

setup-spot-document-button = दस्तावेज़ बटन

setup-spot-automation-toolbar = ऑटोमेशन डिज़ाइनर

setup-spot-analytics-menu = एनालिटिक्स मेनू

setup-spot-analytics-toolbar = एनालिटिक्स टूलबार

setup-spot-search = CRM खोज

setup-spot-details-autocomplete = कंपनी और बैंक विवरण फ़ॉर्म

setup-spot-profile-menu = प्रोफ़ाइल मेनू

setup-spot-calendar-view = कैलेंडर व्यू

setup-spot-call-card = कॉल कार्ड

setup-spot-chat-input-panel = चैट इनपुट के ऊपर पैनल

setup-spot-chat-sidebar = चैट साइडबार

setup-spot-message-menu = संदेश मेनू

setup-spot-mobile-message-menu = मोबाइल ऐप में संदेश मेनू

setup-spot-messenger-navigation = मैसेंजर नेविगेशन

setup-spot-contact-center-tile = कॉन्टैक्ट सेंटर टाइल

setup-spot-connector-settings = ओपन चैनल सेटिंग

setup-spot-field-type = CRM के फ़ील्ड प्रकार

setup-spot-site-settings = साइट सेटिंग

setup-spot-block-settings = साइट एडिटर में ब्लॉक सेटिंग

setup-spot-other = कहीं और

setup-subject-old-invoice = इनवॉइस (पुराना)

setup-subject-workgroup = वर्कग्रुप

setup-subject-employee = कर्मचारी

setup-title = ऐप इंस्टॉल करें

setup-intro = चुनें कि आपके पोर्टल में ऐप कहाँ दिखे। एक उपयुक्त सेट पहले से चुना हुआ है; आप इसे बाद में ऐप की सेटिंग में बदल सकते हैं।

setup-selected = चुने गए: { $count }

setup-install = इंस्टॉल करें

setup-installed = इंस्टॉल है

setup-progress = पूरे हुए चरण: { $total } में से { $done }

setup-state-pending = प्रतीक्षा में

setup-state-running = चल रहा है

setup-state-done = पूरा हुआ

setup-state-already = पहले से मौजूद

setup-state-failed = विफल

setup-state-unknown = परिणाम अज्ञात

setup-problems-title = कुछ चरण पूरे नहीं हुए

setup-problems-text = बाकी सब तैयार है। कारण ठीक होने पर फिर से कोशिश करें: सिर्फ़ वही भेजा जाएगा जो अभी भी नहीं है।

setup-rechecked-text = पोर्टल ने नहीं बताया कि कुछ चरण सफल हुए या नहीं, इसलिए ऐप ने पोर्टल को फिर से जाँचा। सूची में वही है जो अभी भी नहीं है; कुछ भी दो बार नहीं भेजा गया।

setup-finishing = इंस्टॉलेशन पूरा हो रहा है…

setup-finished = ऐप इंस्टॉल हो गया है। पोर्टल अब इसे फिर से लोड कर रहा है।

setup-finish-failed = पोर्टल ने इंस्टॉलेशन का अंत स्वीकार नहीं किया।

setup-nothing-new = आपने जो भी चुना, वह पहले से इंस्टॉल है।

setup-not-admin-title = ऐप इंस्टॉल करने के लिए अपने एडमिनिस्ट्रेटर से कहें

setup-not-admin-text = केवल Bitrix24 एडमिनिस्ट्रेटर ही इस ऐप को इंस्टॉल कर सकता है और चुन सकता है कि यह कहाँ दिखे। कुछ भी नहीं बदला गया है।

setup-bad-address = ऐप ऐसे पते पर खुला है जहाँ से पोर्टल विजेट लोड नहीं कर सकता।

setup-settings-title = ऐप सेटिंग

setup-settings-intro = आपके पोर्टल में ऐप कहाँ दिखता है, और इसके विकल्प।

setup-read-only = इन सेटिंग को केवल एडमिनिस्ट्रेटर बदल सकता है।

setup-places = ऐप कहाँ दिखता है

setup-bound = जुड़ा है

setup-not-bound = जुड़ा नहीं है

setup-unavailable = इस पोर्टल पर उपलब्ध नहीं

setup-apply = बदलाव लागू करें

setup-no-changes = बदलने के लिए कुछ नहीं है।

setup-applied = बदलाव लागू हो गए हैं।

setup-app-options = सभी के लिए विकल्प

setup-my-options = मेरे विकल्प

setup-theme = थीम

setup-theme-auto = सिस्टम के अनुसार

setup-theme-light = लाइट

setup-theme-dark = डार्क

setup-transport = REST कनेक्शन

setup-transport-bx24 = पोर्टल पेज के ज़रिए

setup-transport-fetch = सीधे अनुरोध

setup-save = सहेजें

setup-saved = सहेजा गया।

setup-save-failed = विकल्प सहेजे नहीं गए।

home-open-settings = ऐप सेटिंग
## Messenger
im-templates-title = त्वरित जवाब
im-template-thanks = धन्यवाद! मैं जल्द ही आपसे संपर्क करूँगा।
im-template-details = क्या आप कृपया मुझे विवरण भेज सकते हैं?
im-template-call = आइए इस पर फ़ोन पर बात करें। आपके लिए कब ठीक रहेगा?
im-template-bound = हम { $element } पर काम कर रहे हैं और इस चैट में आपको जानकारी देते रहेंगे।
im-draft-reply = { $name }, आपके संदेश के लिए धन्यवाद: “{ $about }” मैं इसे देखकर आज ही जवाब दूँगा।
im-draft-reply-anonymous = आपके संदेश के लिए धन्यवाद: “{ $about }” मैं इसे देखकर आज ही जवाब दूँगा।
im-draft-button = जवाब का मसौदा बनाएँ
im-read-input = इनपुट पढ़ें
im-replace-text = इनपुट का टेक्स्ट बदलें
im-input-text = इनपुट में टेक्स्ट: { $text } (लंबाई: { $count })
im-input-empty = संदेश इनपुट खाली है।
im-inserted = टेक्स्ट संदेश इनपुट में है।
im-no-textarea = मैसेंजर ने जवाब नहीं दिया: यहाँ कोई संदेश इनपुट नहीं है।
im-insert-failed = टेक्स्ट नहीं डाला जा सका: { $reason }
im-task-ref = कार्य #{ $id }
im-belongs-to = संबंधित:
im-ordinary-chat = यह चैट किसी CRM तत्व या कार्य से जुड़ी नहीं है।
im-private-chat = निजी चैट: यह किसी CRM तत्व या कार्य से जुड़ी नहीं है।
im-members = सदस्य: { $count }
im-online = ऑनलाइन
im-write = लिखें
im-call-short = कॉल करें
im-write-to = { $name } को लिखें
im-call = { $name } को कॉल करें
im-field-title = शीर्षक
im-field-description = विवरण
im-field-deadline = समय-सीमा
im-make-task = कार्य बनाएँ
im-make-activity = CRM गतिविधि जोड़ें
im-title-required = एक शीर्षक दर्ज करें।
im-deadline-required = CRM गतिविधि के लिए समय-सीमा ज़रूरी है।
im-no-crm-binding = यह चैट किसी CRM तत्व से जुड़ी नहीं है, इसलिए केवल कार्य बनाया जा सकता है।
im-from-message = “{ $chat }” में { $author } के संदेश से।
im-task-created = कार्य #{ $id } बना दिया गया है।
im-activity-created = गतिविधि #{ $id } को { $element } में जोड़ दिया गया है।
im-write-refused = पोर्टल ने अस्वीकार किया: { $reason }
im-write-unknown = पोर्टल ने समय पर पुष्टि नहीं की: हो सकता है यह बन गया हो। दोबारा भेजने से पहले जाँच लें।
im-check = जाँचें
im-check-not-found = कुछ भी नहीं बना। आप दोबारा भेज सकते हैं।
im-recent-title = आपकी चैट
im-no-chats = अभी कोई चैट नहीं है।
im-unread = अपठित: { $count }
im-open-chat = चैट खोलें
im-more-chats = केवल नवीनतम चैट दिखाई गई हैं (अधिकतम { $count })।
im-smiles-deprecated = यह स्थान अप्रचलित है
im-smiles-deprecated-text = मैसेंजर के संस्करण 25.1600.0 से इमोजी की जगह स्टिकर आ गए हैं और पोर्टल अब यह स्थान नहीं खोलता। जहाँ पोर्टल अनुमति देता है, वहाँ नीचे दिए सेट अब भी संदेश इनपुट में डाले जाते हैं।
im-smiles-faces = चेहरे
im-smiles-work = काम
im-smiles-gestures = इशारे

## Telephony
call-note-label = कॉल नोट
call-note-save = नोट सहेजें
call-note-discard = छोड़ें
call-note-held = जब तक आप नोट सहेजते या छोड़ते नहीं, कॉल कार्ड खुला रहेगा।
call-note-saving = नोट सहेजा जा रहा है…
call-note-saved = नोट को { $element } पर गतिविधि #{ $id } के रूप में सहेजा गया।
call-note-refused = नोट नहीं सहेजा गया: { $reason }
call-note-unknown = पोर्टल ने समय पर पुष्टि नहीं की: हो सकता है नोट सहेज लिया गया हो। दोबारा सहेजने से पहले टाइमलाइन जाँचें।
call-note-no-target = नोट सहेजने के लिए कॉल को किसी CRM तत्व से जोड़ें।
call-note-title = कॉल नोट: { $phone }
call-note-title-no-phone = कॉल नोट
softphone-waiting = सॉफ़्टफ़ोन कॉल की प्रतीक्षा कर रहा है।
softphone-title = { $phone } से आने वाली कॉल
softphone-ringing = घंटी बज रही है…
softphone-connected = कनेक्ट हो गया
softphone-on-hold = होल्ड पर
softphone-ended = कॉल { $minutes } मिनट { $seconds } सेकंड बाद समाप्त हुई
softphone-missed = छूटी हुई कॉल
softphone-finish-failed = कॉल समाप्त नहीं की जा सकी: { $reason }
softphone-command-failed = कॉल कार्ड ने कमांड स्वीकार नहीं की: { $reason }
calls-title = पिछले { $days } दिनों की कॉल
calls-total = कॉल
calls-incoming = आने वाली
calls-outgoing = जाने वाली
calls-missed = छूटी हुई
calls-talk-time = बातचीत का समय
calls-average = औसत कॉल
calls-duration = { $minutes } मिनट { $seconds } सेकंड
calls-per-day = प्रति दिन कॉल
calls-per-user = कर्मचारी के अनुसार
calls-employee = कर्मचारी
calls-loading = कॉल लॉग लोड हो रहा है… लोड हुईं: { $rows }
calls-stop = रोकें
calls-partial = लोड करना रोका गया: रिपोर्ट में केवल अब तक लोड हुई कॉल शामिल हैं।
calls-none = इस अवधि में कोई कॉल नहीं।
calls-day = { $date }: उत्तर दी गईं { $answered }, छूटी { $missed }

## Open lines
connector-title = ओपन चैनल कनेक्टर “{ $name }”
connector-not-registered = इस पोर्टल पर ऐप का कनेक्टर पंजीकृत नहीं है। इसे पंजीकृत करने के लिए ऐप की सेटिंग खोलें।
connector-lines = ओपन लाइनें
connector-setup = सेट अप करें
connector-line-id = ओपन लाइन #{ $id }
connector-line-inactive = बंद
connector-active = सक्रिय
connector-inactive = निष्क्रिय
connector-configured = चैनल डेटा सेट है
connector-not-configured = चैनल डेटा सेट नहीं है
connector-error = त्रुटि
connector-ok = काम कर रहा है
connector-works = कनेक्टर इस ओपन लाइन पर काम कर रहा है।
connector-wants-on = आपने इस ओपन लाइन के लिए कनेक्टर चालू किया है: पूरा करने के लिए इसे कनेक्ट करें।
connector-wants-off = आपने इस ओपन लाइन के लिए कनेक्टर बंद किया है: पूरा करने के लिए इसे डिस्कनेक्ट करें।
connector-channel-name = चैनल का नाम
connector-default-name = Rust विजेट चैट
connector-channel-url = चैट लिंक
connector-connect = कनेक्ट करें
connector-disconnect = डिस्कनेक्ट करें
connector-name-required = चैनल का नाम दर्ज करें।
connector-url-invalid = चैट लिंक https:// या http:// से शुरू होना चाहिए।
connector-refused = पोर्टल ने अस्वीकार किया: { $reason }
connector-unknown = पोर्टल ने समय पर पुष्टि नहीं की: हो सकता है बदलाव लागू हो गया हो। दोबारा कोशिश करने से पहले स्थिति जाँचें।
connector-check = स्थिति जाँचें

## Unsupported spots
spot-hr-title = वेतन और छुट्टी (HR)
spot-hr-text = पोर्टल यह स्लाइडर HR मॉड्यूल के वेतन और छुट्टी मेनू से खोलता है। Bitrix24 यह दस्तावेज़ नहीं करता कि यहाँ ऐप को क्या भेजा जाता है, इसलिए ऐप केवल वही दिखाता है जो मिला, उससे ज़्यादा कुछ नहीं।
spot-catalog-title = बाहरी उत्पाद कैटलॉग
spot-catalog-text = उत्पाद चयनकर्ता बाहरी कैटलॉग में खोजने के लिए यह छिपा फ़्रेम लोड करता है। इसके कमांड और इवेंट दस्तावेज़ित नहीं हैं (केवल पोर्टल के कोड से ज्ञात), इसलिए ऐप उनका जवाब नहीं देता और चयनकर्ता पोर्टल का अपना कैटलॉग ही उपयोग करता रहता है।
spot-options = पोर्टल ने क्या भेजा
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

crm-report-title = चरण रिपोर्ट: { $entity }
crm-report-entity = रिपोर्ट किस पर
crm-report-counting = गिनती: { $total } में से { $done }
crm-report-stop = रोकें
crm-report-stopped-early = कुछ भी गिनने से पहले रोक दिया गया।
crm-report-count-again = फिर से गिनें
crm-report-partial = बीच में रोका गया: ये आँकड़े { $total } में से { $done } के हैं।
crm-report-counted = गिने गए: { $count }
crm-report-empty = यह सूची खाली है।
crm-report-pipeline = पाइपलाइन
crm-report-total = कुल
crm-report-won = सफल
crm-report-lost = असफल
crm-report-win-rate = सफलता दर
crm-report-percent = { $percent }%
crm-report-reached = { $percent }% इस चरण तक पहुँचे
crm-report-chart = { $pipeline } के चरण
crm-report-open-hint = उस चरण से फ़िल्टर की गई सूची खोलने के लिए चरण चुनें।

## CRM list row actions (CRM_*_LIST_MENU)

crm-row-actions = त्वरित कार्रवाइयाँ
crm-row-stage = चरण
crm-row-move = ले जाएँ
crm-row-reassign = ज़िम्मेदार बदलें
crm-row-pick-user = नया ज़िम्मेदार व्यक्ति चुनें
crm-row-saving = सहेजा जा रहा है…
crm-row-moved = “{ $stage }” में ले जाया गया।
crm-row-reassigned = अब { $name } ज़िम्मेदार हैं।
crm-row-save-failed = बदलाव सहेजा नहीं गया: { $reason }
crm-row-unknown = पोर्टल ने बदलाव की पुष्टि नहीं की, इसलिए यह सहेजा गया हो भी सकता है और नहीं भी। पंक्ति फिर से पढ़ी गई है: दोबारा कोशिश करने से पहले इसे जाँच लें।

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

automation-title = ऑटोमेशन ट्रिगर
automation-hint = इस डिज़ाइनर में ऐप के किसी ट्रिगर को किसी चरण पर रखें: जब किसी एलिमेंट पर ट्रिगर चलता है, तो एलिमेंट उस चरण में चला जाता है।
automation-empty = ऐप में अभी कोई ट्रिगर नहीं है।
automation-admin-only = ऐप के ट्रिगर केवल एडमिनिस्ट्रेटर जोड़, हटा या चला सकता है।
automation-delete = हटाएँ
automation-delete-label = “{ $name }” हटाएँ
automation-add-title = नया ट्रिगर
automation-name = नाम
automation-code = कोड
automation-code-hint = छोटे लैटिन अक्षर, अंक, बिंदु, हाइफ़न और अंडरस्कोर। ऐप नाम के आधार पर एक कोड सुझाता है।
automation-add = ट्रिगर जोड़ें
automation-empty-name = ट्रिगर को नाम दें।
automation-bad-code = कोड में केवल छोटे लैटिन अक्षर, अंक, बिंदु, हाइफ़न और अंडरस्कोर हो सकते हैं (अधिकतम 64 वर्ण)।
automation-taken-code = ऐप में इस कोड वाला ट्रिगर पहले से है।
automation-added = “{ $name }” अब डिज़ाइनर के ट्रिगर में शामिल है।
automation-deleted = “{ $name }” हटा दिया गया।
automation-fire-title = ट्रिगर आज़माएँ
automation-fire-trigger = ट्रिगर
automation-fire-element = एलिमेंट ID
automation-fire-pick = एलिमेंट चुनें
automation-fire = चलाएँ
automation-bad-id = एलिमेंट की ID पूर्ण संख्या के रूप में दर्ज करें।
automation-picked = एलिमेंट: { $title }
automation-fired = “{ $name }” को { $element } पर चलाया गया।
automation-no-fire = इस प्रकार के एलिमेंट पर ऑटोमेशन नहीं चलता, इसलिए उन पर ट्रिगर नहीं चलाए जा सकते।
automation-saving = सहेजा जा रहा है…
automation-failed = पोर्टल ने मना कर दिया: { $reason }
automation-unknown = पोर्टल ने इसकी पुष्टि नहीं की, इसलिए यह हुआ हो भी सकता है और नहीं भी। सूची फिर से पढ़ी गई है: दोबारा कोशिश करने से पहले इसे जाँच लें।

## CRM rating field (USERFIELD_TYPE)

crm-rating-stars = { $max } में से { $stars } सितारे
crm-rating-choose = रेटिंग चुनें
crm-rating-entry = रेटिंग { $number }
crm-rating-note = टिप्पणी
crm-rating-note-count = { $used } / { $max }
crm-rating-add = रेटिंग जोड़ें
crm-rating-remove = हटाएँ
crm-rating-required = यह फ़ील्ड अनिवार्य है: कम से कम एक सितारा चुनें।
crm-rating-no-stars = रेटिंग { $number } के लिए सितारे चुनें।
crm-rating-note-too-long = रेटिंग { $number } की टिप्पणी बहुत लंबी है: अधिकतम { $max } अक्षर।
crm-rating-unreadable = एक सहेजा गया मान दिखाया नहीं जा सकता ({ $reason })। कार्ड सहेजने पर वह बदल जाएगा।
crm-rating-kept = कार्ड में रखा गया: कार्ड सहेजने पर यह सहेजा जाएगा।
crm-rating-set-failed = कार्ड ने मान स्वीकार नहीं किया: { $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)
workload-title = कार्यभार: { $name }
workload-title-visible = आपको दिखने वाले कार्यों का कार्यभार
workload-tasks-total = सूची में कार्य: { $total }
workload-progress = लोड किए गए कार्य: { $total } में से { $loaded }
workload-stop = लोड करना रोकें
workload-stopped = लोड करना रोका गया
workload-partial = रिपोर्ट में अभी तक लोड किए गए कार्य ही शामिल हैं: { $total } में से { $loaded }।
workload-load-again = फिर से लोड करें
workload-open-tasks = खुले कार्य
workload-due-this-week = इस सप्ताह देय
workload-no-deadline = बिना समय सीमा
workload-by-status = स्थिति के अनुसार कार्य
workload-per-person = ज़िम्मेदार व्यक्ति के अनुसार खुले कार्य
workload-person-load = { $open } (विलंबित: { $overdue })
workload-other-status = अन्य स्थिति
workload-open-list = कार्य सूची खोलें
workload-empty = इस सूची में कोई कार्य नहीं है।

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)
group-kind-workgroup = कार्य समूह
group-open-to-join = शामिल होने के लिए खुला
group-members = सदस्य
group-role-owner = स्वामी
group-role-moderator = मॉडरेटर
group-role-member = सदस्य
group-deadlines = आगामी समय सीमाएँ
group-no-deadlines = इस समूह के किसी भी खुले कार्य की समय सीमा नहीं है।
group-open-page = समूह खोलें
group-no-group-title = यहाँ कोई समूह नहीं है
group-no-group-text = पोर्टल ने यह बटन ऐसे पेज पर खोला जिसमें कोई समूह नहीं है, इसलिए दिखाने के लिए कोई समूह कार्ड नहीं है।

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)
profile-department = विभाग
profile-manager = प्रबंधक
profile-work-phone = कार्यालय फ़ोन
profile-mobile = मोबाइल फ़ोन
profile-extension = एक्सटेंशन
profile-online = ऑनलाइन
profile-dismissed = कंपनी छोड़ चुके हैं
profile-message = संदेश भेजें
profile-call = कॉल करें
profile-open-profile = प्रोफ़ाइल खोलें
profile-open-deals = खुली डील: { $count }
profile-open-tasks = खुले कार्य: { $count }
profile-no-deals = कोई खुली डील नहीं।
profile-no-tasks = कोई खुला कार्य नहीं।
profile-messenger-failed = मैसेंजर यहाँ से नहीं खोला जा सकता।

## App links (REST_APP_URI)
link-unknown-title = यह लिंक ऐसी कोई चीज़ नहीं बताता जिसे ऐप खोल सके
link-unknown-text = ऐप ऐसे लिंक खोलता है जिनके पैरामीटर कोई CRM आइटम (entityTypeId और id, या deal, lead, contact, company, quote, invoice), कोई कार्य (task) या कोई कर्मचारी (user) बताते हैं। यह लिंक यह लाया:
link-no-params = यह लिंक कोई पैरामीटर नहीं लाया।

## Calendar view (CALENDAR_GRIDVIEW)
calendar-range = { $from } – { $to }
calendar-events-count = इस अवधि के इवेंट: { $count }
calendar-previous = पिछली अवधि
calendar-next = अगली अवधि
calendar-add = नया इवेंट
calendar-all-day = पूरा दिन
calendar-edit = संपादित करें
calendar-delete = हटाएँ
calendar-edit-event = “{ $name }” संपादित करें
calendar-delete-event = “{ $name }” हटाएँ
calendar-no-events = कोई इवेंट नहीं
calendar-not-found = कैलेंडर को यह इवेंट नहीं मिला। व्यू को रीफ़्रेश करके फिर से कोशिश करें।

## Sites
landing-site-settings = साइट सेटिंग
landing-page = पेज: { $page }
landing-site-title = साइट का शीर्षक
landing-site-description = विवरण
landing-save = सहेजें
landing-site-saved = साइट सेटिंग सहेज ली गईं।
landing-title-required = साइट का शीर्षक दर्ज करें।
landing-refused = पोर्टल ने अस्वीकार किया: { $reason }
landing-unknown = पोर्टल ने समय पर पुष्टि नहीं की: हो सकता है बदलाव सहेज लिया गया हो। दोबारा सहेजने से पहले पेज फिर से लोड करें।
landing-block-settings = ब्लॉक के टेक्स्ट
landing-block-hint = जिन टेक्स्ट को बदलना है उन्हें भरें; खाली फ़ील्ड एडिटर में जैसे हैं वैसे ही रहेंगे।
landing-no-text-nodes = इस ब्लॉक में यहाँ बदलने के लिए कोई टेक्स्ट नहीं है।
landing-nothing-to-save = कम से कम एक टेक्स्ट भरें।
landing-block-saved = ब्लॉक अपडेट हो गया और एडिटर में फिर से लोड हो गया।
landing-block-saved-no-refresh = ब्लॉक अपडेट हो गया, लेकिन एडिटर ने उसे फिर से लोड नहीं किया: { $reason }
## CRM work
crm-todo-title = नया कार्य
crm-todo-for = { $title } के लिए
crm-todo-heading = “{ $title }” के लिए नया कार्य
crm-todo-text = क्या करना है
crm-todo-text-placeholder = उदाहरण: ऑफ़र के बारे में वापस कॉल करें
crm-todo-deadline = अंतिम तिथि
crm-todo-due = देय
crm-todo-due-today = आज, 18:00
crm-todo-due-tomorrow = कल, 10:00
crm-todo-due-three-days = 3 दिन में
crm-todo-due-week = एक सप्ताह में
crm-todo-responsible = ज़िम्मेदार
crm-todo-me = आप
crm-todo-choose-user = चुनें
crm-todo-create = कार्य बनाएँ
crm-todo-create-again = फिर भी बनाएँ
crm-todo-cancel = रद्द करें
crm-todo-saving = कार्य बनाया जा रहा है…
crm-todo-created = कार्य बनाया गया: { $text }
crm-todo-failed-title = कार्य नहीं बनाया गया
crm-todo-failed = कार्य नहीं बनाया गया: { $reason }
crm-todo-unknown-title = पुष्टि नहीं हुई
crm-todo-unknown = पोर्टल ने कार्य की पुष्टि नहीं की, इसलिए हो सकता है कि वह बन चुका हो। दोबारा बनाने से पहले खुले कार्य देख लें।
crm-todo-open = खुले कार्य: { $count }
crm-todo-open-none = अभी कोई खुला कार्य नहीं है।
crm-todo-empty-text = लिखें कि क्या करना है।
crm-todo-bad-deadline = दिनांक और समय चुनें।
crm-todo-driver-loading = फ़ॉर्म तैयार हो रहा है…
crm-todo-driver-ready = फ़ॉर्म दिखाया गया है।
crm-todo-load-failed = आइटम लोड नहीं हो सका: { $reason }
crm-todo-layout-refused = पोर्टल फ़ॉर्म नहीं दिखा सका।
crm-record-paid = भुगतान हो गया
crm-record-unpaid = भुगतान बाकी
crm-record-canceled = रद्द
crm-record-status = स्थिति: { $code }
crm-record-done = पूरा
crm-record-open = बाकी
crm-record-incoming = आने वाला
crm-record-outgoing = जाने वाला
crm-record-meeting = मीटिंग
crm-record-call = कॉल
crm-record-task = टास्क
crm-record-email = ईमेल
crm-record-todo = कार्य
crm-record-billed = जारी
crm-record-pay-before = भुगतान की अंतिम तिथि
crm-record-starts = शुरू
crm-record-order-title = ऑर्डर { $number }
crm-record-belongs-to = संबंधित
crm-record-items = आइटम
crm-record-line = { $quantity } × { $price }
crm-search-running = खोज जारी है…
crm-search-found = फ़ॉर्म को भेजे गए परिणाम: { $count }
crm-search-failed = खोज विफल रही: { $reason }
crm-search-picked = चुना गया परिणाम फ़ॉर्म में भर दिया गया।
crm-search-unknown-pick = चुना गया विकल्प इस ऐप से नहीं आया।
crm-doc-title = व्यावसायिक प्रस्ताव
crm-doc-number = सं. { $number }
crm-doc-issued = दिनांक
crm-doc-subject = विषय
crm-doc-client = ग्राहक
crm-doc-stage = चरण
crm-doc-prepared-by = तैयारकर्ता
crm-doc-note = यह प्रस्ताव ऊपर दी गई तिथि से 14 दिनों तक मान्य है।
crm-doc-print = प्रिंट करें
crm-doc-download = डाउनलोड करें
crm-doc-downloaded = { $file } के रूप में सहेजा गया।
crm-doc-download-failed = फ़ाइल सहेजी नहीं जा सकी।
crm-doc-print-failed = ब्राउज़र यह पेज प्रिंट नहीं कर सका।
crm-record-mark-done = पूरा चिह्नित करें
crm-record-done-failed = पूरा चिह्नित नहीं किया जा सका: { $reason }
crm-record-done-unknown = पोर्टल ने बदलाव की पुष्टि नहीं की। कार्ड फिर से पढ़ा गया: दोबारा प्रयास से पहले जाँच लें।
crm-robot-title = रोबोट सेटिंग्स
crm-robot-hint = बदलाव तुरंत रोबोट फ़ॉर्म में जाते हैं; उन्हें रखने के लिए रोबोट सहेजें।
crm-robot-sent = रोबोट फ़ॉर्म को भेजा गया: { $name }
crm-robot-required = यह फ़ील्ड भरें।
crm-robot-not-integer = पूर्ण संख्या दर्ज करें।
crm-robot-not-number = संख्या दर्ज करें।
crm-robot-not-date = दिनांक दर्ज करें।
crm-robot-not-option = विकल्पों में से एक चुनें।
crm-robot-no-properties = इस रोबोट की कोई सेटिंग नहीं है।
crm-robot-one-per-line = हर पंक्ति में एक मान।
