# Malay (ms)

## Skrin pemuatan dan ralat: sebelum widget dan sebagai gantinya
loading = Memuatkan…
not-in-frame-title = Buka aplikasi ini di dalam Bitrix24
not-in-frame-text = Halaman ini ialah widget Bitrix24. Ia berfungsi di dalam portal Bitrix24 anda, yang menghantar konteks yang diperlukannya. Bukanya daripada menu portal, kad CRM atau mana-mana tempat lain yang aplikasi ini dipasang.
not-in-frame-dev-hint = Untuk pembangun: jalankan scripts/run.sh untuk mencuba semua widget dalam emulator portal setempat.
init-timeout-title = Bitrix24 tidak bertindak balas
init-timeout-text = Portal tidak menghantar konteks kepada widget tepat pada masanya. Semak sambungan anda dan cuba lagi.
malformed-title = Widget ini menerima data yang tidak dapat dibacanya
malformed-text = Portal membuka widget dengan pilihan dalam format yang tidak dijangka. Tiada apa-apa yang diubah. Butiran di bawah membantu pembangun aplikasi.
unknown-title = Lokasi ini belum disokong
unknown-text = Portal membuka aplikasi di lokasi yang tidak dikenalinya. Berikut ialah data yang diterimanya:
crash-title = Berlaku masalah
crash-text = Widget mengalami ralat yang tidak dijangka. Memuatkan semula biasanya dapat membantu.
retry = Cuba lagi
reload = Muat semula
placement-code = Penempatan
error = Ralat

## Tindakan yang dikongsi oleh semua widget
open = Buka
details = Butiran
refresh = Segar semula

## Medan kad CRM dan kad tugasan
amount = Jumlah
responsible = Orang yang bertanggungjawab
created-by = Dicipta oleh
contact = Kenalan
company = Syarikat
phone = Telefon
email = E-mel
created = Dicipta
modified = Diubah suai
start-date = Tarikh mula
close-date = Tarikh tutup
deadline = Tarikh akhir
project = Projek
checklist = Senarai semak
not-set = Tidak ditetapkan
overdue = Lewat tempoh
important = Keutamaan tinggi
closed-item = Ditutup

## Status pemuatan
load-failed = Tidak dapat memuatkan data
not-found = Tidak ditemui atau tiada akses
not-found-text = Item ini mungkin telah dipadamkan, atau kebenaran anda tidak membenarkan anda melihatnya.
path-not-available = Portal tidak dapat membuka halaman ini di sini.

## Status tugasan (tasks.task.get status 1–7)
task-new = Baharu
task-pending = Menunggu
task-in-progress = Dalam proses
task-awaiting-review = Menunggu semakan
task-completed = Selesai
task-deferred = Ditangguhkan
task-declined = Ditolak

## Jenis entiti CRM
lead = Prospek
deal = Urus niaga
contact-entity = Kenalan
company-entity = Syarikat
quote = Sebut harga
invoice = Invois
smart-process-item = Item proses pintar
activity = Aktiviti
order = Pesanan
task = Tugasan

## Kad panggilan (CALL_CARD)
incoming-call = Panggilan masuk
outgoing-call = Panggilan keluar
callback = Panggilan balik
line = Talian
call-idle = menunggu
call-connecting = menyambung
call-connected = bersambung
no-crm-binding = Pemanggil belum ada dalam CRM.
also-linked = Turut dipautkan

## Paparan konteks (lokasi yang belum mempunyai widget sendiri)
widget-context = Konteks widget
widget-context-text = Portal membuka aplikasi di sini dengan konteks ini. Lokasi ini memaparkan konteksnya sehingga widget khususnya dibina.
opened-from = Dibuka dari
presentation = Dipaparkan sebagai

## Halaman utama (DEFAULT, LEFT_MENU)
welcome = Widget Rust untuk Bitrix24
welcome-text = Aplikasi ini menambah widget pada kad CRM, tugasan, kad panggilan dan tempat lain dalam portal anda.
signed-in-as = Log masuk sebagai
portal = Portal
language = Bahasa
administrator = Pentadbir

## Kawalan dikongsi
toggle-theme = Tukar tema cerah/gelap
background-worker = Proses latar belakang sedang berjalan.

## Kad tugasan
checklist-progress = Senarai semak: { $done } daripada { $total } selesai

## Paparan butiran
yes = Ya
no = Tidak
