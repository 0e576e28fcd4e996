# Turkish (tr)

## Yükleme ve hata ekranları: widget'tan önce ve onun yerine
loading = Yükleniyor…
not-in-frame-title = Bu uygulamayı Bitrix24 içinde açın
not-in-frame-text = Bu sayfa bir Bitrix24 widget'ıdır. Bitrix24 portalınızın içinde çalışır; ihtiyaç duyduğu bağlamı portal iletir. Portal menüsünden, bir CRM kartından veya uygulamanın yüklü olduğu başka bir yerden açın.
not-in-frame-dev-hint = Geliştiriciler için: Tüm widget'ları yerel portal emülatöründe denemek için scripts/run.sh komutunu çalıştırın.
init-timeout-title = Bitrix24 yanıt vermiyor
init-timeout-text = Portal, bağlamı widget'a zamanında göndermedi. Bağlantınızı kontrol edip tekrar deneyin.
malformed-title = Bu widget okuyamadığı veriler aldı
malformed-text = Portal, widget'ı beklenmeyen biçimdeki seçeneklerle açtı. Hiçbir şey değiştirilmedi. Aşağıdaki ayrıntılar uygulamanın geliştiricisine yardımcı olur.
unknown-title = Bu konum henüz desteklenmiyor
unknown-text = Portal, uygulamayı tanımadığı bir konumda açtı. Aldığı veriler şunlar:
crash-title = Bir şeyler ters gitti
crash-text = Widget'ta beklenmeyen bir hata oluştu. Sayfayı yeniden yüklemek genellikle işe yarar.
retry = Tekrar dene
reload = Yeniden yükle
placement-code = Yerleşim
error = Hata

## Tüm widget'ların ortak eylemleri
open = Aç
details = Ayrıntılar
refresh = Yenile

## CRM kartı ve görev kartı alanları
amount = Tutar
responsible = Sorumlu kişi
created-by = Oluşturan
contact = Kişi
company = Şirket
phone = Telefon
email = E-posta
created = Oluşturulma tarihi
modified = Değiştirilme tarihi
start-date = Başlangıç tarihi
close-date = Kapanış tarihi
deadline = Son tarih
project = Proje
checklist = Kontrol listesi
not-set = Belirtilmedi
overdue = Gecikmiş
important = Yüksek öncelik
closed-item = Kapalı

## Yükleme durumları
load-failed = Veriler yüklenemedi
not-found = Bulunamadı veya erişim yok
not-found-text = Silinmiş olabilir veya izinleriniz onu görmenize izin vermiyor olabilir.
path-not-available = Portal bu sayfayı burada açamıyor.

## Görev durumları (tasks.task.get status 1–7)
task-new = Yeni
task-pending = Beklemede
task-in-progress = Devam ediyor
task-awaiting-review = Kontrol bekliyor
task-completed = Tamamlandı
task-deferred = Ertelendi
task-declined = Reddedildi

## CRM varlık türleri
lead = Potansiyel müşteri
deal = Anlaşma
contact-entity = Kişi
company-entity = Şirket
quote = Teklif
invoice = Fatura
smart-process-item = Akıllı süreç öğesi
activity = Etkinlik
order = Sipariş
task = Görev

## Arama kartı (CALL_CARD)
incoming-call = Gelen arama
outgoing-call = Giden arama
callback = Geri arama
line = Hat
call-idle = bekleniyor
call-connecting = bağlanıyor
call-connected = bağlandı
no-crm-binding = Arayan kişi henüz CRM'de yok.
also-linked = Ayrıca bağlantılı

## Bağlam görünümü (henüz kendi widget'ı olmayan konumlar)
widget-context = Widget bağlamı
widget-context-text = Portal, uygulamayı burada bu bağlamla açtı. Bu konum, kendi widget'ı hazırlanana kadar bağlamını gösterir.
opened-from = Açıldığı yer
presentation = Gösterim biçimi

## Ana sayfa (DEFAULT, LEFT_MENU)
welcome = Bitrix24 için Rust widget'ları
welcome-text = Uygulama; CRM kartlarına, görevlere, arama kartına ve portalınızın diğer bölümlerine widget'lar ekler.
signed-in-as = Oturum açan kullanıcı
portal = Portal
language = Dil
administrator = Yönetici

## Ortak denetimler
toggle-theme = Açık/koyu tema arasında geçiş yap
background-worker = Arka plan işlemi çalışıyor.

## Görev kartı
checklist-progress = Kontrol listesi: { $total } öğeden { $done } tanesi tamamlandı

## Ayrıntı görünümü
yes = Evet
no = Hayır

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

setup-area-app = Uygulamanın kendi sayfaları

setup-area-crm = CRM

setup-area-tasks = Görevler

setup-area-workgroups = Çalışma grupları ve projeler

setup-area-people = Çalışanlar

setup-area-calendar = Takvim

setup-area-telephony = Telefon

setup-area-messenger = Messenger

setup-area-contact-center = İletişim merkezi

setup-area-fields = CRM alanları

setup-area-sites = Siteler ve mağazalar

setup-purpose-app-page = Widgets

setup-purpose-app-page-text = Uygulamanın kendi sayfası: kim olduğunuz, portalınız ve uygulamanın ayarları.

setup-purpose-app-link = Widgets'ta aç

setup-purpose-app-link-text = Uygulamaya verilen bir bağlantının gösterdiği CRM öğesini, görevi veya çalışanı açar.

setup-purpose-call-watcher = Arama izleyici

setup-purpose-call-watcher-text = Her sayfada arka planda çalışır ve arama kartı için aramaları izler.

setup-purpose-entity-overview = Genel bakış

setup-purpose-entity-overview-text = Öğeye bir bakışta: aşama, tutar, kişiler ve iletişim bilgileri.

setup-purpose-row-action = Widgets işlemleri

setup-purpose-row-action-text = Listede seçilen satırlar üzerinde işlem yapar.

setup-purpose-list-report = Aşama raporu

setup-purpose-list-report-text = Tüm listenin aşama başına sayısı ve tutarı, huni boyunca dönüşüm.

setup-purpose-card-action = Özet

setup-purpose-card-action-text = Öğenin özeti bir kaydırmalı panelde.

setup-purpose-activity = Yapılacak

setup-purpose-activity-text = Öğeye bir yapılacak iş ekleyen bir CRM etkinlik türü.

setup-purpose-timeline-action = Kayıt işlemleri

setup-purpose-timeline-action-text = Seçilen zaman akışı kaydı üzerinde çalışır.

setup-purpose-document = Yazdırılabilir özet

setup-purpose-document-text = Öğe için yazdırılabilir bir belge oluşturur.

setup-purpose-automation-triggers = Otomasyon tetikleyicileri

setup-purpose-automation-triggers-text = Uygulamanın tetikleyicilerini otomasyon tasarımcısına ekler ve bunları bir öğe üzerinde dener.

setup-purpose-search = Widgets araması

setup-purpose-search-text = Arama ve bilgi formu için CRM öğelerini ve şirket bilgilerini bulur.

setup-purpose-analytics = Widgets raporu

setup-purpose-analytics-text = Analitik bölümünde bir rapor.

setup-purpose-task-summary = Görev özeti

setup-purpose-task-summary-text = Göreve bir bakışta: durum, son tarih, kişiler ve kontrol listesi.

setup-purpose-workload = İş yükü

setup-purpose-workload-text = Bir kişinin veya grubun görevleri üzerine iş yükü raporu.

setup-purpose-group-card = Grup özeti

setup-purpose-group-card-text = Çalışma grubunun üyeleri, rolleri ve açık görevleri.

setup-purpose-employee-card = Çalışan kartı

setup-purpose-employee-card-text = Departman, yönetici, iletişim bilgileri, açık anlaşmalar ve görevler.

setup-purpose-calendar-view = Ajanda

setup-purpose-calendar-view-text = Takvimin bir görünümü.

setup-purpose-call-notes = Arama notları

setup-purpose-call-notes-text = Arama sırasında alınan, müşterinin CRM öğesine kaydedilen notlar.

setup-purpose-calls-report = Arama raporu

setup-purpose-calls-report-text = Portalın aramaları üzerine bir rapor.

setup-purpose-chat-templates = Yanıt şablonları

setup-purpose-chat-templates-text = Sohbetin giriş alanının üstünde yanıt şablonları.

setup-purpose-chat-context = Sohbet bağlamı

setup-purpose-chat-context-text = Sohbetin ait olduğu CRM öğesi veya görev, kenar çubuğunda.

setup-purpose-message-action = Mesajdan oluştur

setup-purpose-message-action-text = Bir mesajı göreve veya CRM etkinliğine dönüştürür.

setup-purpose-messenger-page = Widgets

setup-purpose-messenger-page-text = Messenger içinde bir sayfa olarak uygulama.

setup-purpose-connector-tile = Widgets bağlayıcısı

setup-purpose-connector-tile-text = Bağlayıcının kurulumunu açan bir iletişim merkezi kutucuğu.

setup-purpose-connector-settings = Bağlayıcı ayarları

setup-purpose-connector-settings-text = Uygulamanın açık kanal bağlayıcısının ayarları.

setup-purpose-rating-field = Puan

setup-purpose-rating-field-text = Bir CRM alan türü: not içeren yıldızlı puanlama.

setup-purpose-site-settings = Site ayarları

setup-purpose-site-settings-text = Uygulamanın bir sitedeki ayarları.

setup-purpose-block-settings = Blok ayarları

setup-purpose-block-settings-text = Site düzenleyicisinde uygulamanın bloklarının ayarları.

setup-spot-left-menu = Sol menü

setup-spot-app-links = Uygulamaya bağlantılar

setup-spot-every-page = Her sayfa, arka planda

setup-spot-card-tab = Kart sekmesi

setup-spot-card-activity = Karttaki etkinlik

setup-spot-card-toolbar = Kart araç çubuğu

setup-spot-card-sidebar = Kart kenar çubuğu

setup-spot-card-top-panel = Kart üst paneli

setup-spot-list-toolbar = Listenin üstünde

setup-spot-funnels-toolbar = Hunilerin üstünde

setup-spot-list-row-menu = Liste satırı menüsü

setup-spot-timeline-menu = Zaman akışı kaydı menüsü

setup-spot-document-button = Belgeler düğmesi

setup-spot-automation-toolbar = Otomasyon tasarımcısı

setup-spot-analytics-menu = Analitik menüsü

setup-spot-analytics-toolbar = Analitik araç çubuğu

setup-spot-search = CRM araması

setup-spot-details-autocomplete = Şirket ve banka bilgileri formu

setup-spot-profile-menu = Profil menüsü

setup-spot-calendar-view = Takvim görünümleri

setup-spot-call-card = Arama kartı

setup-spot-chat-input-panel = Sohbet girişinin üstündeki panel

setup-spot-chat-sidebar = Sohbet kenar çubuğu

setup-spot-message-menu = Mesaj menüsü

setup-spot-mobile-message-menu = Mobil uygulamada mesaj menüsü

setup-spot-messenger-navigation = Messenger gezinmesi

setup-spot-contact-center-tile = İletişim merkezi kutucuğu

setup-spot-connector-settings = Açık kanal ayarları

setup-spot-field-type = CRM alan türleri

setup-spot-site-settings = Site ayarları

setup-spot-block-settings = Site düzenleyicisinde blok ayarları

setup-spot-other = Başka bir yerde

setup-subject-old-invoice = Fatura (eski)

setup-subject-workgroup = Çalışma grubu

setup-subject-employee = Çalışan

setup-title = Uygulamayı yükle

setup-intro = Uygulamanın portalınızda nerede görüneceğini seçin. Makul bir seçim zaten yapıldı; daha sonra uygulamanın ayarlarından değiştirebilirsiniz.

setup-selected = Seçilen: { $count }

setup-install = Yükle

setup-installed = Yüklü

setup-progress = Tamamlanan adımlar: { $done } / { $total }

setup-state-pending = Bekliyor

setup-state-running = Sürüyor

setup-state-done = Tamam

setup-state-already = Zaten var

setup-state-failed = Başarısız

setup-state-unknown = Sonuç bilinmiyor

setup-problems-title = Bazı adımlar tamamlanmadı

setup-problems-text = Geri kalan her şey yerinde. Neden giderildiğinde tekrar deneyin: yalnızca hâlâ eksik olan gönderilir.

setup-rechecked-text = Portal bazı adımların başarılı olup olmadığını bildirmedi, bu yüzden uygulama portalı yeniden kontrol etti. Listelenenler hâlâ eksik; hiçbir şey iki kez gönderilmedi.

setup-finishing = Kurulum tamamlanıyor…

setup-finished = Uygulama yüklendi. Portal şimdi onu yeniden yüklüyor.

setup-finish-failed = Portal kurulumun bitişini kabul etmedi.

setup-nothing-new = Seçtiğiniz her şey zaten yüklü.

setup-not-admin-title = Uygulamayı yüklemesi için yöneticinize başvurun

setup-not-admin-text = Bu uygulamayı yalnızca bir Bitrix24 yöneticisi yükleyebilir ve nerede görüneceğini seçebilir. Hiçbir şey değiştirilmedi.

setup-bad-address = Uygulama, portalın widget yükleyemeyeceği bir adreste açık.

setup-settings-title = Uygulama ayarları

setup-settings-intro = Uygulamanın portalınızda nerede göründüğü ve seçenekleri.

setup-read-only = Bu ayarları yalnızca bir yönetici değiştirebilir.

setup-places = Uygulamanın göründüğü yerler

setup-bound = Bağlı

setup-not-bound = Bağlı değil

setup-unavailable = Bu portalda kullanılamaz

setup-apply = Değişiklikleri uygula

setup-no-changes = Değiştirilecek bir şey yok.

setup-applied = Değişiklikler uygulandı.

setup-app-options = Herkes için seçenekler

setup-my-options = Seçeneklerim

setup-theme = Tema

setup-theme-auto = Sistemdeki gibi

setup-theme-light = Açık

setup-theme-dark = Koyu

setup-transport = REST bağlantısı

setup-transport-bx24 = Portal sayfası üzerinden

setup-transport-fetch = Doğrudan istekler

setup-save = Kaydet

setup-saved = Kaydedildi.

setup-save-failed = Seçenekler kaydedilmedi.

home-open-settings = Uygulama ayarları
## Messenger
im-templates-title = Hızlı yanıtlar
im-template-thanks = Teşekkürler! En kısa sürede size döneceğim.
im-template-details = Ayrıntıları gönderebilir misiniz lütfen?
im-template-call = Bunu telefonda konuşalım. Ne zaman uygunsunuz?
im-template-bound = { $element } üzerinde çalışıyoruz ve sizi bu sohbette bilgilendireceğiz.
im-draft-reply = { $name }, mesajınız için teşekkürler: “{ $about }” İnceleyip bugün yanıt vereceğim.
im-draft-reply-anonymous = Mesajınız için teşekkürler: “{ $about }” İnceleyip bugün yanıt vereceğim.
im-draft-button = Yanıt taslağı hazırla
im-read-input = Giriş alanını oku
im-replace-text = Giriş alanındaki metni değiştir
im-input-text = Giriş alanındaki metin: { $text } (uzunluk: { $count })
im-input-empty = Mesaj giriş alanı boş.
im-inserted = Metin mesaj giriş alanında.
im-no-textarea = Messenger yanıt vermedi: burada mesaj giriş alanı yok.
im-insert-failed = Metin eklenemedi: { $reason }
im-task-ref = Görev no. { $id }
im-belongs-to = Bağlı olduğu:
im-ordinary-chat = Bu sohbet bir CRM öğesine veya göreve bağlı değil.
im-private-chat = Özel sohbet: bir CRM öğesine veya göreve bağlı değil.
im-members = Üyeler: { $count }
im-online = çevrimiçi
im-write = Yaz
im-call-short = Ara
im-write-to = { $name } kişisine yaz
im-call = { $name } kişisini ara
im-field-title = Başlık
im-field-description = Açıklama
im-field-deadline = Son tarih
im-make-task = Görev oluştur
im-make-activity = CRM etkinliği ekle
im-title-required = Bir başlık girin.
im-deadline-required = CRM etkinliği için son tarih gerekir.
im-no-crm-binding = Bu sohbet bir CRM öğesine bağlı değil, bu yüzden yalnızca görev oluşturulabilir.
im-from-message = { $author } kişisinin “{ $chat }” sohbetindeki mesajından.
im-task-created = { $id } numaralı görev oluşturuldu.
im-activity-created = { $id } numaralı etkinlik { $element } öğesine eklendi.
im-write-refused = Portal reddetti: { $reason }
im-write-unknown = Portal zamanında onaylamadı: oluşturulmuş olabilir. Tekrar göndermeden önce kontrol edin.
im-check = Kontrol et
im-check-not-found = Hiçbir şey oluşturulmadı. Tekrar gönderebilirsiniz.
im-recent-title = Sohbetleriniz
im-no-chats = Henüz sohbet yok.
im-unread = Okunmamış: { $count }
im-open-chat = Sohbeti aç
im-more-chats = Yalnızca en son sohbetler gösteriliyor (en fazla { $count }).
im-smiles-deprecated = Bu yer kullanımdan kaldırıldı
im-smiles-deprecated-text = Messenger'ın 25.1600.0 sürümünden bu yana emojilerin yerini çıkartmalar aldı ve portal bu yeri artık açmıyor. Aşağıdaki setler, portalın izin verdiği yerlerde mesaj giriş alanına eklenmeye devam eder.
im-smiles-faces = Yüzler
im-smiles-work = İş
im-smiles-gestures = Hareketler

## Telephony
call-note-label = Görüşme notu
call-note-save = Notu kaydet
call-note-discard = Vazgeç
call-note-held = Notu kaydedene veya vazgeçene kadar arama kartı açık kalır.
call-note-saving = Not kaydediliyor…
call-note-saved = Not, { $element } üzerinde { $id } numaralı etkinlik olarak kaydedildi.
call-note-refused = Not kaydedilmedi: { $reason }
call-note-unknown = Portal zamanında onaylamadı: not kaydedilmiş olabilir. Tekrar kaydetmeden önce zaman akışını kontrol edin.
call-note-no-target = Not kaydetmek için aramayı bir CRM öğesine bağlayın.
call-note-title = Görüşme notu: { $phone }
call-note-title-no-phone = Görüşme notu
softphone-waiting = Softphone aramaları bekliyor.
softphone-title = { $phone } numarasından gelen arama
softphone-ringing = Çalıyor…
softphone-connected = Bağlandı
softphone-on-hold = Beklemede
softphone-ended = Arama { $minutes } dk { $seconds } sn sonra sona erdi
softphone-missed = Cevapsız arama
softphone-finish-failed = Arama sonlandırılamadı: { $reason }
softphone-command-failed = Arama kartı bir komutu kabul etmedi: { $reason }
calls-title = Son { $days } gündeki aramalar
calls-total = Aramalar
calls-incoming = Gelen
calls-outgoing = Giden
calls-missed = Cevapsız
calls-talk-time = Konuşma süresi
calls-average = Ortalama arama
calls-duration = { $minutes } dk { $seconds } sn
calls-per-day = Günlük aramalar
calls-per-user = Çalışana göre
calls-employee = Çalışan
calls-loading = Arama kaydı yükleniyor… Yüklenen: { $rows }
calls-stop = Durdur
calls-partial = Yükleme durduruldu: rapor yalnızca şimdiye kadar yüklenen aramaları kapsıyor.
calls-none = Bu dönemde arama yok.
calls-day = { $date }: { $answered } cevaplandı, { $missed } cevapsız

## Open lines
connector-title = Açık kanal bağlayıcısı “{ $name }”
connector-not-registered = Uygulamanın bağlayıcısı bu portalda kayıtlı değil. Kaydetmek için uygulamanın ayarlarını açın.
connector-lines = Açık kanallar
connector-setup = Ayarla
connector-line-id = Açık kanal no. { $id }
connector-line-inactive = Kapalı
connector-active = Etkin
connector-inactive = Etkin değil
connector-configured = Kanal verileri ayarlandı
connector-not-configured = Kanal verileri eksik
connector-error = Hata
connector-ok = Çalışıyor
connector-works = Bağlayıcı bu açık kanalda çalışıyor.
connector-wants-on = Bu açık kanal için bağlayıcıyı açtınız: tamamlamak için bağlayın.
connector-wants-off = Bu açık kanal için bağlayıcıyı kapattınız: tamamlamak için bağlantıyı kesin.
connector-channel-name = Kanal adı
connector-default-name = Rust widget sohbeti
connector-channel-url = Sohbet bağlantısı
connector-connect = Bağla
connector-disconnect = Bağlantıyı kes
connector-name-required = Kanal adını girin.
connector-url-invalid = Sohbet bağlantısı https:// veya http:// ile başlamalıdır.
connector-refused = Portal reddetti: { $reason }
connector-unknown = Portal zamanında onaylamadı: değişiklik uygulanmış olabilir. Tekrar denemeden önce durumu kontrol edin.
connector-check = Durumu kontrol et

## Unsupported spots
spot-hr-title = Maaş ve izin (İK)
spot-hr-text = Portal bu paneli İK modülünün maaş ve izin menüsünden açar. Bitrix24 burada uygulamaya ne aktardığını belgelemez; bu yüzden uygulama yalnızca gelenleri gösterir, fazlasını değil.
spot-catalog-title = Harici ürün kataloğu
spot-catalog-text = Ürün seçici, harici bir katalogda arama yapmak için bu gizli çerçeveyi yükler. Komutları ve olayları belgelenmemiştir (yalnızca portalın kodundan bilinir); bu yüzden uygulama bunlara yanıt vermez ve seçici portalın kendi kataloğunu kullanmaya devam eder.
spot-options = Portalın gönderdikleri
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

crm-report-title = Aşama raporu: { $entity }
crm-report-entity = Rapor konusu
crm-report-counting = Sayılıyor: { $total } içinden { $done }
crm-report-stop = Durdur
crm-report-stopped-early = Hiçbir şey sayılmadan durduruldu.
crm-report-count-again = Yeniden say
crm-report-partial = Erken durduruldu: bu sayılar { $total } içinden { $done } kaydı kapsıyor.
crm-report-counted = Sayılan: { $count }
crm-report-empty = Bu liste boş.
crm-report-pipeline = Satış hunisi
crm-report-total = Toplam
crm-report-won = Kazanılan
crm-report-lost = Kaybedilen
crm-report-win-rate = Kazanma oranı
crm-report-percent = %{ $percent }
crm-report-reached = %{ $percent } bu aşamaya ulaştı
crm-report-chart = { $pipeline } aşamaları
crm-report-open-hint = Listeyi o aşamaya göre filtrelenmiş açmak için bir aşama seçin.

## CRM list row actions (CRM_*_LIST_MENU)

crm-row-actions = Hızlı işlemler
crm-row-stage = Aşama
crm-row-move = Taşı
crm-row-reassign = Sorumluyu değiştir
crm-row-pick-user = Yeni sorumluyu seçin
crm-row-saving = Kaydediliyor…
crm-row-moved = “{ $stage }” aşamasına taşındı.
crm-row-reassigned = Artık sorumlu: { $name }.
crm-row-save-failed = Değişiklik kaydedilmedi: { $reason }
crm-row-unknown = Portal değişikliği onaylamadı; kaydedilmiş de olabilir, kaydedilmemiş de. Kayıt yeniden okundu: tekrar denemeden önce kontrol edin.

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

automation-title = Otomasyon tetikleyicileri
automation-hint = Uygulamanın tetikleyicilerinden birini bu tasarımcıda bir aşamaya yerleştirin: tetikleyici bir öğe için çalıştığında öğe o aşamaya geçer.
automation-empty = Uygulamanın henüz tetikleyicisi yok.
automation-admin-only = Uygulamanın tetikleyicilerini yalnızca bir yönetici ekleyebilir, silebilir veya çalıştırabilir.
automation-delete = Sil
automation-delete-label = “{ $name }” tetikleyicisini sil
automation-add-title = Yeni tetikleyici
automation-name = Ad
automation-code = Kod
automation-code-hint = Küçük Latin harfleri, rakamlar, noktalar, kısa çizgiler ve alt çizgiler. Uygulama, ada göre bir kod önerir.
automation-add = Tetikleyici ekle
automation-empty-name = Tetikleyiciye bir ad verin.
automation-bad-code = Kod yalnızca küçük Latin harfleri, rakamlar, noktalar, kısa çizgiler ve alt çizgiler içerebilir (en fazla 64 karakter).
automation-taken-code = Uygulamanın bu koda sahip bir tetikleyicisi zaten var.
automation-added = “{ $name }” artık tasarımcının tetikleyicileri arasında.
automation-deleted = “{ $name }” silindi.
automation-fire-title = Tetikleyiciyi deneyin
automation-fire-trigger = Tetikleyici
automation-fire-element = Öğe ID'si
automation-fire-pick = Öğeyi seçin
automation-fire = Çalıştır
automation-bad-id = Öğenin ID'sini tam sayı olarak girin.
automation-picked = Öğe: { $title }
automation-fired = “{ $name }”, { $element } için çalıştırıldı.
automation-no-fire = Bu türdeki öğelerde otomasyon çalışmaz, bu nedenle bunlar için tetikleyici çalıştırılamaz.
automation-saving = Kaydediliyor…
automation-failed = Portal reddetti: { $reason }
automation-unknown = Portal işlemi onaylamadı; gerçekleşmiş de olabilir, gerçekleşmemiş de. Liste yeniden okundu: tekrar denemeden önce kontrol edin.

## CRM rating field (USERFIELD_TYPE)

crm-rating-stars = { $max } yıldız üzerinden { $stars }
crm-rating-choose = Puanı seçin
crm-rating-entry = Puan { $number }
crm-rating-note = Not
crm-rating-note-count = { $used } / { $max }
crm-rating-add = Puan ekle
crm-rating-remove = Kaldır
crm-rating-required = Bu alan zorunludur: en az bir yıldız seçin.
crm-rating-no-stars = Puan { $number } için yıldızları seçin.
crm-rating-note-too-long = Puan { $number } notu çok uzun: en fazla { $max } karakter.
crm-rating-unreadable = Kayıtlı bir değer gösterilemiyor ({ $reason }). Kart kaydedilince değiştirilir.
crm-rating-kept = Karta aktarıldı: kartı kaydettiğinizde kaydedilir.
crm-rating-set-failed = Kart değeri kabul etmedi: { $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)
workload-title = İş yükü: { $name }
workload-title-visible = Görebildiğiniz görevlerin iş yükü
workload-tasks-total = Listedeki görevler: { $total }
workload-progress = Yüklenen görevler: { $loaded } / { $total }
workload-stop = Yüklemeyi durdur
workload-stopped = Yükleme durduruldu
workload-partial = Rapor yalnızca şimdiye kadar yüklenen görevleri kapsıyor: { $loaded } / { $total }.
workload-load-again = Yeniden yükle
workload-open-tasks = Açık görevler
workload-due-this-week = Bu hafta bitiyor
workload-no-deadline = Son tarihsiz
workload-by-status = Duruma göre görevler
workload-per-person = Sorumlu kişiye göre açık görevler
workload-person-load = { $open } (gecikmiş: { $overdue })
workload-other-status = Diğer durum
workload-open-list = Görev listesini aç
workload-empty = Bu listede görev yok.

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)
group-kind-workgroup = Çalışma grubu
group-open-to-join = Katılıma açık
group-members = Üyeler
group-role-owner = Sahip
group-role-moderator = Moderatör
group-role-member = Üye
group-deadlines = Yaklaşan son tarihler
group-no-deadlines = Bu grubun açık görevlerinin hiçbirinin son tarihi yok.
group-open-page = Grubu aç
group-no-group-title = Burada grup yok
group-no-group-text = Portal bu düğmeyi grup belirtmeyen bir sayfada açtı; bu nedenle gösterilecek grup kartı yok.

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)
profile-department = Departman
profile-manager = Yönetici
profile-work-phone = İş telefonu
profile-mobile = Cep telefonu
profile-extension = Dahili numara
profile-online = Çevrimiçi
profile-dismissed = İşten ayrıldı
profile-message = Mesaj gönder
profile-call = Ara
profile-open-profile = Profili aç
profile-open-deals = Açık anlaşmalar: { $count }
profile-open-tasks = Açık görevler: { $count }
profile-no-deals = Açık anlaşma yok.
profile-no-tasks = Açık görev yok.
profile-messenger-failed = Mesajlaşma buradan açılamıyor.

## App links (REST_APP_URI)
link-unknown-title = Bu bağlantı uygulamanın açabileceği bir şey belirtmiyor
link-unknown-text = Uygulama, parametreleri bir CRM öğesini (entityTypeId ve id ya da deal, lead, contact, company, quote, invoice), bir görevi (task) veya bir çalışanı (user) belirten bağlantıları açar. Bu bağlantıyla gelenler:
link-no-params = Bağlantıyla hiçbir parametre gelmedi.

## Calendar view (CALENDAR_GRIDVIEW)
calendar-range = { $from } – { $to }
calendar-events-count = Bu dönemdeki etkinlikler: { $count }
calendar-previous = Önceki dönem
calendar-next = Sonraki dönem
calendar-add = Yeni etkinlik
calendar-all-day = Tüm gün
calendar-edit = Düzenle
calendar-delete = Sil
calendar-edit-event = “{ $name }” etkinliğini düzenle
calendar-delete-event = “{ $name }” etkinliğini sil
calendar-no-events = Etkinlik yok
calendar-not-found = Takvim bu etkinliği bulamadı. Görünümü yenileyip tekrar deneyin.

## Sites
landing-site-settings = Site ayarları
landing-page = Sayfa: { $page }
landing-site-title = Site başlığı
landing-site-description = Açıklama
landing-save = Kaydet
landing-site-saved = Site ayarları kaydedildi.
landing-title-required = Site başlığını girin.
landing-refused = Portal reddetti: { $reason }
landing-unknown = Portal zamanında onaylamadı: değişiklik kaydedilmiş olabilir. Tekrar kaydetmeden önce sayfayı yenileyin.
landing-block-settings = Blok metinleri
landing-block-hint = Değiştirmek istediğiniz metinleri doldurun; boş alanlar düzenleyicideki gibi kalır.
landing-no-text-nodes = Bu blokta burada değiştirilecek metin yok.
landing-nothing-to-save = En az bir metin doldurun.
landing-block-saved = Blok güncellendi ve düzenleyicide yeniden yüklendi.
landing-block-saved-no-refresh = Blok güncellendi ancak düzenleyici yeniden yüklemedi: { $reason }
## CRM work
crm-todo-title = Yeni yapılacak iş
crm-todo-for = { $title } için
crm-todo-heading = “{ $title }” için yeni iş
crm-todo-text = Ne yapılacak
crm-todo-text-placeholder = Örneğin: teklif hakkında geri ara
crm-todo-deadline = Son tarih
crm-todo-due = Vade
crm-todo-due-today = Bugün, 18:00
crm-todo-due-tomorrow = Yarın, 10:00
crm-todo-due-three-days = 3 gün içinde
crm-todo-due-week = Bir hafta içinde
crm-todo-responsible = Sorumlu
crm-todo-me = Siz
crm-todo-choose-user = Seç
crm-todo-create = İş oluştur
crm-todo-create-again = Yine de oluştur
crm-todo-cancel = İptal
crm-todo-saving = İş oluşturuluyor…
crm-todo-created = İş oluşturuldu: { $text }
crm-todo-failed-title = İş oluşturulmadı
crm-todo-failed = İş oluşturulmadı: { $reason }
crm-todo-unknown-title = Onaylanmadı
crm-todo-unknown = Portal işi onaylamadı, bu yüzden oluşturulmuş olabilir. Yeniden oluşturmadan önce açık işleri kontrol edin.
crm-todo-open = Açık işler: { $count }
crm-todo-open-none = Henüz açık iş yok.
crm-todo-empty-text = Ne yapılması gerektiğini yazın.
crm-todo-bad-deadline = Tarih ve saat seçin.
crm-todo-driver-loading = Form hazırlanıyor…
crm-todo-driver-ready = Form gösteriliyor.
crm-todo-load-failed = Öğe yüklenemedi: { $reason }
crm-todo-layout-refused = Portal formu gösteremedi.
crm-record-paid = Ödendi
crm-record-unpaid = Ödenmedi
crm-record-canceled = İptal edildi
crm-record-status = Durum: { $code }
crm-record-done = Tamamlandı
crm-record-open = Yapılacak
crm-record-incoming = Gelen
crm-record-outgoing = Giden
crm-record-meeting = Toplantı
crm-record-call = Arama
crm-record-task = Görev
crm-record-email = E-posta
crm-record-todo = Yapılacak iş
crm-record-billed = Düzenlendi
crm-record-pay-before = Son ödeme
crm-record-starts = Başlangıç
crm-record-order-title = Sipariş { $number }
crm-record-belongs-to = Ait olduğu kayıt
crm-record-items = Ürünler
crm-record-line = { $quantity } × { $price }
crm-search-running = Aranıyor…
crm-search-found = Forma gönderilen sonuç: { $count }
crm-search-failed = Arama başarısız oldu: { $reason }
crm-search-picked = Seçilen sonuç forma aktarıldı.
crm-search-unknown-pick = Seçilen seçenek bu uygulamadan gelmedi.
crm-doc-title = Ticari teklif
crm-doc-number = No. { $number }
crm-doc-issued = Tarih
crm-doc-subject = Konu
crm-doc-client = Müşteri
crm-doc-stage = Aşama
crm-doc-prepared-by = Hazırlayan
crm-doc-note = Bu teklif yukarıdaki tarihten itibaren 14 gün geçerlidir.
crm-doc-print = Yazdır
crm-doc-download = İndir
crm-doc-downloaded = { $file } olarak kaydedildi.
crm-doc-download-failed = Dosya kaydedilemedi.
crm-doc-print-failed = Tarayıcı sayfayı yazdıramadı.
crm-record-mark-done = Tamamlandı olarak işaretle
crm-record-done-failed = Tamamlandı olarak işaretlenemedi: { $reason }
crm-record-done-unknown = Portal değişikliği onaylamadı. Kart yeniden okundu: tekrar denemeden önce kontrol edin.
crm-robot-title = Robot ayarları
crm-robot-hint = Değişiklikler hemen robot formuna gider; korumak için robotu kaydedin.
crm-robot-sent = Robot formuna gönderildi: { $name }
crm-robot-required = Bu alanı doldurun.
crm-robot-not-integer = Tam sayı girin.
crm-robot-not-number = Bir sayı girin.
crm-robot-not-date = Bir tarih girin.
crm-robot-not-option = Seçeneklerden birini seçin.
crm-robot-no-properties = Bu robotun ayarı yok.
crm-robot-one-per-line = Her satıra bir değer.
