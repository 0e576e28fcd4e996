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
