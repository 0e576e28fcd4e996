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

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

setup-area-app = Halaman aplikasi sendiri

setup-area-crm = CRM

setup-area-tasks = Tugasan

setup-area-workgroups = Kumpulan kerja dan projek

setup-area-people = Pekerja

setup-area-calendar = Kalendar

setup-area-telephony = Telefoni

setup-area-messenger = Messenger

setup-area-contact-center = Pusat hubungan

setup-area-fields = Medan CRM

setup-area-sites = Laman dan kedai

setup-purpose-app-page = Widgets

setup-purpose-app-page-text = Halaman aplikasi sendiri: siapa anda, portal anda dan tetapan aplikasi.

setup-purpose-app-link = Buka dalam Widgets

setup-purpose-app-link-text = Membuka elemen CRM, tugasan atau pekerja yang ditunjukkan oleh pautan ke aplikasi.

setup-purpose-call-watcher = Pemerhati panggilan

setup-purpose-call-watcher-text = Berjalan di latar belakang pada setiap halaman dan mengikuti panggilan untuk kad panggilan.

setup-purpose-entity-overview = Gambaran keseluruhan

setup-purpose-entity-overview-text = Elemen sepintas lalu: peringkat, jumlah, orang dan butiran hubungan.

setup-purpose-row-action = Tindakan Widgets

setup-purpose-row-action-text = Bertindak ke atas baris yang dipilih dalam senarai.

setup-purpose-list-report = Laporan peringkat

setup-purpose-list-report-text = Bilangan dan jumlah bagi setiap peringkat seluruh senarai, serta penukaran sepanjang corong.

setup-purpose-card-action = Ringkasan

setup-purpose-card-action-text = Ringkasan elemen dalam panel gelongsor.

setup-purpose-activity = Perkara untuk dibuat

setup-purpose-activity-text = Jenis aktiviti CRM yang menambah perkara untuk dibuat pada elemen.

setup-purpose-timeline-action = Tindakan rekod

setup-purpose-timeline-action-text = Berfungsi pada rekod garis masa yang dipilih.

setup-purpose-document = Ringkasan boleh cetak

setup-purpose-document-text = Mencipta dokumen boleh cetak untuk elemen.

setup-purpose-automation-triggers = Pencetus automasi

setup-purpose-automation-triggers-text = Menambah pencetus aplikasi ke dalam pereka automasi dan mencubanya pada elemen.

setup-purpose-search = Carian Widgets

setup-purpose-search-text = Mencari elemen CRM dan butiran syarikat untuk carian dan borang butiran.

setup-purpose-analytics = Laporan Widgets

setup-purpose-analytics-text = Laporan dalam bahagian analitik.

setup-purpose-task-summary = Ringkasan tugasan

setup-purpose-task-summary-text = Tugasan sepintas lalu: status, tarikh akhir, orang dan senarai semak.

setup-purpose-workload = Beban kerja

setup-purpose-workload-text = Laporan beban kerja atas tugasan seseorang atau sesebuah kumpulan.

setup-purpose-group-card = Gambaran kumpulan

setup-purpose-group-card-text = Ahli, peranan dan tugasan terbuka kumpulan kerja.

setup-purpose-employee-card = Kad pekerja

setup-purpose-employee-card-text = Jabatan, pengurus, hubungan, urusan dan tugasan terbuka.

setup-purpose-calendar-view = Agenda

setup-purpose-calendar-view-text = Paparan kalendar.

setup-purpose-call-notes = Nota panggilan

setup-purpose-call-notes-text = Nota semasa panggilan, disimpan pada elemen CRM pelanggan.

setup-purpose-calls-report = Laporan panggilan

setup-purpose-calls-report-text = Laporan atas panggilan portal.

setup-purpose-chat-templates = Templat balasan

setup-purpose-chat-templates-text = Templat balasan di atas medan input sembang.

setup-purpose-chat-context = Konteks sembang

setup-purpose-chat-context-text = Elemen CRM atau tugasan yang dimiliki sembang, dalam bar sisinya.

setup-purpose-message-action = Cipta daripada mesej

setup-purpose-message-action-text = Menukar mesej kepada tugasan atau aktiviti CRM.

setup-purpose-messenger-page = Widgets

setup-purpose-messenger-page-text = Aplikasi sebagai halaman dalam messenger.

setup-purpose-connector-tile = Penyambung Widgets

setup-purpose-connector-tile-text = Jubin pusat hubungan yang membuka persediaan penyambung.

setup-purpose-connector-settings = Tetapan penyambung

setup-purpose-connector-settings-text = Tetapan penyambung saluran terbuka aplikasi.

setup-purpose-rating-field = Penilaian

setup-purpose-rating-field-text = Jenis medan CRM: penilaian bintang dengan nota.

setup-purpose-site-settings = Tetapan laman

setup-purpose-site-settings-text = Tetapan aplikasi pada sesebuah laman.

setup-purpose-block-settings = Tetapan blok

setup-purpose-block-settings-text = Tetapan blok aplikasi dalam editor laman.

setup-spot-left-menu = Menu kiri

setup-spot-app-links = Pautan ke aplikasi

setup-spot-every-page = Setiap halaman, di latar belakang

setup-spot-card-tab = Tab kad

setup-spot-card-activity = Aktiviti dalam kad

setup-spot-card-toolbar = Bar alat kad

setup-spot-card-sidebar = Bar sisi kad

setup-spot-card-top-panel = Panel atas kad

setup-spot-list-toolbar = Di atas senarai

setup-spot-funnels-toolbar = Di atas corong

setup-spot-list-row-menu = Menu baris senarai

setup-spot-timeline-menu = Menu rekod garis masa

setup-spot-document-button = Butang Dokumen

setup-spot-automation-toolbar = Pereka automasi

setup-spot-analytics-menu = Menu analitik

setup-spot-analytics-toolbar = Bar alat analitik

setup-spot-search = Carian CRM

setup-spot-details-autocomplete = Borang butiran syarikat dan bank

setup-spot-profile-menu = Menu profil

setup-spot-calendar-view = Paparan kalendar

setup-spot-call-card = Kad panggilan

setup-spot-chat-input-panel = Panel di atas input sembang

setup-spot-chat-sidebar = Bar sisi sembang

setup-spot-message-menu = Menu mesej

setup-spot-mobile-message-menu = Menu mesej dalam aplikasi mudah alih

setup-spot-messenger-navigation = Navigasi messenger

setup-spot-contact-center-tile = Jubin pusat hubungan

setup-spot-connector-settings = Tetapan saluran terbuka

setup-spot-field-type = Jenis medan CRM

setup-spot-site-settings = Tetapan laman

setup-spot-block-settings = Tetapan blok dalam editor laman

setup-spot-other = Di tempat lain

setup-subject-old-invoice = Invois (lama)

setup-subject-workgroup = Kumpulan kerja

setup-subject-employee = Pekerja

setup-title = Pasang aplikasi

setup-intro = Pilih tempat aplikasi muncul dalam portal anda. Set yang sesuai sudah dipilih; anda boleh mengubahnya kemudian dalam tetapan aplikasi.

setup-selected = Dipilih: { $count }

setup-install = Pasang

setup-installed = Dipasang

setup-progress = Langkah selesai: { $done } daripada { $total }

setup-state-pending = Menunggu

setup-state-running = Sedang berjalan

setup-state-done = Selesai

setup-state-already = Sudah ada

setup-state-failed = Gagal

setup-state-unknown = Hasil tidak diketahui

setup-problems-title = Beberapa langkah tidak selesai

setup-problems-text = Yang lain semuanya sedia. Cuba lagi selepas puncanya dibaiki: hanya yang masih kurang akan dihantar.

setup-rechecked-text = Portal tidak memberitahu sama ada beberapa langkah berjaya, jadi aplikasi menyemak portal sekali lagi. Yang disenaraikan masih kurang; tiada apa yang dihantar dua kali.

setup-finishing = Menyelesaikan pemasangan…

setup-finished = Aplikasi sudah dipasang. Portal kini memuatkan semula aplikasi.

setup-finish-failed = Portal tidak menerima penamat pemasangan.

setup-nothing-new = Semua yang anda pilih sudah dipasang.

setup-not-admin-title = Minta pentadbir anda memasang aplikasi

setup-not-admin-text = Hanya pentadbir Bitrix24 boleh memasang aplikasi ini dan memilih tempat ia muncul. Tiada apa yang diubah.

setup-bad-address = Aplikasi dibuka pada alamat yang tidak boleh digunakan portal untuk memuatkan widget.

setup-settings-title = Tetapan aplikasi

setup-settings-intro = Tempat aplikasi muncul dalam portal anda, dan pilihannya.

setup-read-only = Hanya pentadbir boleh mengubah tetapan ini.

setup-places = Tempat aplikasi muncul

setup-bound = Terikat

setup-not-bound = Tidak terikat

setup-unavailable = Tidak tersedia dalam portal ini

setup-apply = Guna perubahan

setup-no-changes = Tiada apa yang perlu diubah.

setup-applied = Perubahan telah digunakan.

setup-app-options = Pilihan untuk semua

setup-my-options = Pilihan saya

setup-theme = Tema

setup-theme-auto = Seperti sistem

setup-theme-light = Cerah

setup-theme-dark = Gelap

setup-transport = Sambungan REST

setup-transport-bx24 = Melalui halaman portal

setup-transport-fetch = Permintaan terus

setup-save = Simpan

setup-saved = Disimpan.

setup-save-failed = Pilihan tidak disimpan.

home-open-settings = Tetapan aplikasi
## Messenger
im-templates-title = Balasan pantas
im-template-thanks = Terima kasih! Saya akan menghubungi anda semula tidak lama lagi.
im-template-details = Boleh anda hantar butirannya?
im-template-call = Mari bincang perkara ini melalui panggilan. Bila masa yang sesuai?
im-template-bound = Kami sedang mengusahakan { $element } dan akan terus memaklumkan anda dalam sembang ini.
im-draft-reply = { $name }, terima kasih atas mesej anda: “{ $about }” Saya akan menelitinya dan membalas hari ini.
im-draft-reply-anonymous = Terima kasih atas mesej anda: “{ $about }” Saya akan menelitinya dan membalas hari ini.
im-draft-button = Draf balasan
im-read-input = Baca ruang input
im-replace-text = Gantikan teks dalam ruang input
im-input-text = Teks dalam ruang input: { $text } (panjang: { $count })
im-input-empty = Ruang input mesej kosong.
im-inserted = Teks sudah berada dalam ruang input mesej.
im-no-textarea = Messenger tidak menjawab: tiada ruang input mesej di sini.
im-insert-failed = Teks tidak dapat disisipkan: { $reason }
im-task-ref = Tugasan #{ $id }
im-belongs-to = Berkaitan dengan:
im-ordinary-chat = Sembang ini tidak dipautkan kepada elemen CRM atau tugasan.
im-private-chat = Sembang peribadi: ia tidak dipautkan kepada elemen CRM atau tugasan.
im-members = Ahli: { $count }
im-online = dalam talian
im-write = Tulis
im-call-short = Panggil
im-write-to = Tulis kepada { $name }
im-call = Panggil { $name }
im-field-title = Tajuk
im-field-description = Penerangan
im-field-deadline = Tarikh akhir
im-make-task = Cipta tugasan
im-make-activity = Tambah aktiviti CRM
im-title-required = Masukkan tajuk.
im-deadline-required = Aktiviti CRM memerlukan tarikh akhir.
im-no-crm-binding = Sembang ini tidak dipautkan kepada elemen CRM, jadi hanya tugasan boleh dicipta.
im-from-message = Daripada mesej { $author } dalam “{ $chat }”.
im-task-created = Tugasan #{ $id } telah dicipta.
im-activity-created = Aktiviti #{ $id } telah ditambah kepada { $element }.
im-write-refused = Portal menolak: { $reason }
im-write-unknown = Portal tidak mengesahkan tepat pada masanya: ia mungkin telah dicipta. Semak sebelum menghantar semula.
im-check = Semak
im-check-not-found = Tiada apa-apa dicipta. Anda boleh menghantar semula.
im-recent-title = Sembang anda
im-no-chats = Belum ada sembang.
im-unread = Belum dibaca: { $count }
im-open-chat = Buka sembang
im-more-chats = Hanya sembang terkini dipaparkan (sehingga { $count }).
im-smiles-deprecated = Tempat ini sudah lapuk
im-smiles-deprecated-text = Sejak versi 25.1600.0 messenger, emoji telah digantikan dengan pelekat dan portal tidak lagi membuka tempat ini. Set di bawah masih dimasukkan ke dalam ruang input mesej di mana portal membenarkannya.
im-smiles-faces = Wajah
im-smiles-work = Kerja
im-smiles-gestures = Isyarat

## Telephony
call-note-label = Nota panggilan
call-note-save = Simpan nota
call-note-discard = Buang
call-note-held = Kad panggilan kekal terbuka sehingga anda menyimpan atau membuang nota.
call-note-saving = Menyimpan nota…
call-note-saved = Nota disimpan sebagai aktiviti #{ $id } pada { $element }.
call-note-refused = Nota tidak disimpan: { $reason }
call-note-unknown = Portal tidak mengesahkan tepat pada masanya: nota mungkin telah disimpan. Semak garis masa sebelum menyimpannya semula.
call-note-no-target = Pautkan panggilan kepada elemen CRM untuk menyimpan nota.
call-note-title = Nota panggilan: { $phone }
call-note-title-no-phone = Nota panggilan
softphone-waiting = Softphone sedang menunggu panggilan.
softphone-title = Panggilan masuk daripada { $phone }
softphone-ringing = Berdering…
softphone-connected = Bersambung
softphone-on-hold = Ditahan
softphone-ended = Panggilan tamat selepas { $minutes } min { $seconds } s
softphone-missed = Panggilan tidak dijawab
softphone-finish-failed = Panggilan tidak dapat ditamatkan: { $reason }
softphone-command-failed = Kad panggilan tidak menerima arahan: { $reason }
calls-title = Panggilan dalam { $days } hari lepas
calls-total = Panggilan
calls-incoming = Masuk
calls-outgoing = Keluar
calls-missed = Tidak dijawab
calls-talk-time = Masa bercakap
calls-average = Purata panggilan
calls-duration = { $minutes } min { $seconds } s
calls-per-day = Panggilan sehari
calls-per-user = Mengikut pekerja
calls-employee = Pekerja
calls-loading = Memuatkan log panggilan… Dimuatkan: { $rows }
calls-stop = Henti
calls-partial = Pemuatan dihentikan: laporan hanya merangkumi panggilan yang telah dimuatkan.
calls-none = Tiada panggilan dalam tempoh ini.
calls-day = { $date }: dijawab { $answered }, tidak dijawab { $missed }

## Open lines
connector-title = Penyambung saluran terbuka “{ $name }”
connector-not-registered = Penyambung aplikasi tidak didaftarkan pada portal ini. Buka tetapan aplikasi untuk mendaftarkannya.
connector-lines = Saluran terbuka
connector-setup = Sediakan
connector-line-id = Saluran terbuka #{ $id }
connector-line-inactive = Dimatikan
connector-active = Aktif
connector-inactive = Tidak aktif
connector-configured = Data saluran ditetapkan
connector-not-configured = Data saluran belum ditetapkan
connector-error = Ralat
connector-ok = Berfungsi
connector-works = Penyambung berfungsi pada saluran terbuka ini.
connector-wants-on = Anda menghidupkan penyambung untuk saluran terbuka ini: sambungkannya untuk selesai.
connector-wants-off = Anda mematikan penyambung untuk saluran terbuka ini: putuskannya untuk selesai.
connector-channel-name = Nama saluran
connector-default-name = Sembang widget Rust
connector-channel-url = Pautan sembang
connector-connect = Sambung
connector-disconnect = Putuskan
connector-name-required = Masukkan nama saluran.
connector-url-invalid = Pautan sembang mesti bermula dengan https:// atau http://.
connector-refused = Portal menolak: { $reason }
connector-unknown = Portal tidak mengesahkan tepat pada masanya: perubahan mungkin telah digunakan. Semak status sebelum mencuba semula.
connector-check = Semak status

## Unsupported spots
spot-hr-title = Gaji dan cuti (HR)
spot-hr-text = Portal membuka panel ini daripada menu gaji dan cuti modul HR. Bitrix24 tidak mendokumenkan apa yang dihantar kepada aplikasi di sini, jadi aplikasi hanya memaparkan apa yang diterima dan tiada yang lain.
spot-catalog-title = Katalog produk luaran
spot-catalog-text = Pemilih produk memuatkan bingkai tersembunyi ini untuk mencari dalam katalog luaran. Arahan dan peristiwanya tidak didokumenkan (hanya diketahui daripada kod portal), jadi aplikasi tidak menjawabnya dan pemilih terus menggunakan katalog portal sendiri.
spot-options = Apa yang dihantar portal
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

crm-report-title = Laporan peringkat: { $entity }
crm-report-entity = Laporan untuk
crm-report-counting = Mengira: { $done } daripada { $total }
crm-report-stop = Hentikan
crm-report-stopped-early = Dihentikan sebelum apa-apa dikira.
crm-report-count-again = Kira semula
crm-report-partial = Dihentikan awal: angka ini meliputi { $done } daripada { $total }.
crm-report-counted = Dikira: { $count }
crm-report-empty = Senarai ini kosong.
crm-report-pipeline = Saluran paip
crm-report-total = Jumlah
crm-report-won = Berjaya
crm-report-lost = Gagal
crm-report-win-rate = Kadar kejayaan
crm-report-percent = { $percent }%
crm-report-reached = { $percent }% sampai ke peringkat ini
crm-report-chart = Peringkat { $pipeline }
crm-report-open-hint = Pilih peringkat untuk membuka senarai yang ditapis mengikutnya.

## CRM list row actions (CRM_*_LIST_MENU)

crm-row-actions = Tindakan pantas
crm-row-stage = Peringkat
crm-row-move = Pindahkan
crm-row-reassign = Tukar orang bertanggungjawab
crm-row-pick-user = Pilih orang bertanggungjawab yang baharu
crm-row-saving = Menyimpan…
crm-row-moved = Dipindahkan ke “{ $stage }”.
crm-row-reassigned = { $name } kini bertanggungjawab.
crm-row-save-failed = Perubahan tidak disimpan: { $reason }
crm-row-unknown = Portal tidak mengesahkan perubahan, jadi ia mungkin telah disimpan atau mungkin tidak. Baris telah dibaca semula: semak sebelum mencuba lagi.

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

automation-title = Pencetus automasi
automation-hint = Letakkan salah satu pencetus aplikasi pada peringkat dalam pereka ini: apabila pencetus dijalankan pada sesuatu elemen, elemen itu berpindah ke peringkat tersebut.
automation-empty = Aplikasi belum mempunyai pencetus.
automation-admin-only = Hanya pentadbir boleh menambah, memadam atau menjalankan pencetus aplikasi.
automation-delete = Padam
automation-delete-label = Padam “{ $name }”
automation-add-title = Pencetus baharu
automation-name = Nama
automation-code = Kod
automation-code-hint = Huruf Latin kecil, digit, titik, sempang dan garis bawah. Aplikasi mencadangkan kod berdasarkan nama.
automation-add = Tambah pencetus
automation-empty-name = Berikan nama kepada pencetus.
automation-bad-code = Kod hanya boleh mengandungi huruf Latin kecil, digit, titik, sempang dan garis bawah (maksimum 64 aksara).
automation-taken-code = Aplikasi sudah mempunyai pencetus dengan kod ini.
automation-added = “{ $name }” kini berada dalam senarai pencetus pereka.
automation-deleted = “{ $name }” telah dipadamkan.
automation-fire-title = Cuba pencetus
automation-fire-trigger = Pencetus
automation-fire-element = ID elemen
automation-fire-pick = Pilih elemen
automation-fire = Jalankan
automation-bad-id = Masukkan ID elemen, iaitu nombor bulat.
automation-picked = Elemen: { $title }
automation-fired = “{ $name }” telah dijalankan pada { $element }.
automation-no-fire = Elemen jenis ini tidak menjalankan automasi, jadi pencetus tidak boleh dijalankan padanya.
automation-saving = Menyimpan…
automation-failed = Portal menolak: { $reason }
automation-unknown = Portal tidak mengesahkannya, jadi ia mungkin telah berlaku atau mungkin tidak. Senarai telah dibaca semula: semak sebelum mencuba lagi.

## CRM rating field (USERFIELD_TYPE)

crm-rating-stars = { $stars } daripada { $max } bintang
crm-rating-choose = Pilih penilaian
crm-rating-entry = Penilaian { $number }
crm-rating-note = Catatan
crm-rating-note-count = { $used } / { $max }
crm-rating-add = Tambah penilaian
crm-rating-remove = Buang
crm-rating-required = Medan ini wajib: pilih sekurang-kurangnya satu bintang.
crm-rating-no-stars = Pilih bintang untuk penilaian { $number }.
crm-rating-note-too-long = Catatan penilaian { $number } terlalu panjang: maksimum { $max } aksara.
crm-rating-unreadable = Nilai yang disimpan tidak dapat dipaparkan ({ $reason }). Menyimpan kad akan menggantikannya.
crm-rating-kept = Disimpan dalam kad: ia disimpan apabila anda menyimpan kad.
crm-rating-set-failed = Kad tidak menerima nilai: { $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)
workload-title = Beban kerja: { $name }
workload-title-visible = Beban kerja tugas yang boleh anda lihat
workload-tasks-total = Tugas dalam senarai: { $total }
workload-progress = Tugas dimuatkan: { $loaded } daripada { $total }
workload-stop = Hentikan pemuatan
workload-stopped = Pemuatan dihentikan
workload-partial = Laporan hanya merangkumi tugas yang telah dimuatkan setakat ini: { $loaded } daripada { $total }.
workload-load-again = Muatkan semula
workload-open-tasks = Tugas terbuka
workload-due-this-week = Tamat tempoh minggu ini
workload-no-deadline = Tiada tarikh akhir
workload-by-status = Tugas mengikut status
workload-per-person = Tugas terbuka mengikut orang yang bertanggungjawab
workload-person-load = { $open } (lewat: { $overdue })
workload-other-status = Status lain
workload-open-list = Buka senarai tugas
workload-empty = Tiada tugas dalam senarai ini.

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)
group-kind-workgroup = Kumpulan kerja
group-open-to-join = Terbuka untuk disertai
group-members = Ahli
group-role-owner = Pemilik
group-role-moderator = Moderator
group-role-member = Ahli
group-deadlines = Tarikh akhir terdekat
group-no-deadlines = Tiada tugas terbuka kumpulan ini yang mempunyai tarikh akhir.
group-open-page = Buka kumpulan
group-no-group-title = Tiada kumpulan di sini
group-no-group-text = Portal membuka butang ini pada halaman yang tidak menyatakan sebarang kumpulan, jadi tiada kad kumpulan untuk dipaparkan.

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)
profile-department = Jabatan
profile-manager = Pengurus
profile-work-phone = Telefon pejabat
profile-mobile = Telefon bimbit
profile-extension = Sambungan
profile-online = Dalam talian
profile-dismissed = Telah berhenti
profile-message = Hantar mesej
profile-call = Panggil
profile-open-profile = Buka profil
profile-open-deals = Urus niaga terbuka: { $count }
profile-open-tasks = Tugas terbuka: { $count }
profile-no-deals = Tiada urus niaga terbuka.
profile-no-tasks = Tiada tugas terbuka.
profile-messenger-failed = Messenger tidak boleh dibuka dari sini.

## App links (REST_APP_URI)
link-unknown-title = Pautan ini tidak menyatakan apa-apa yang boleh dibuka oleh aplikasi
link-unknown-text = Aplikasi membuka pautan yang parameternya menyatakan elemen CRM (entityTypeId dan id, atau deal, lead, contact, company, quote, invoice), tugas (task) atau pekerja (user). Pautan ini membawa:
link-no-params = Pautan ini tidak membawa sebarang parameter.

## Calendar view (CALENDAR_GRIDVIEW)
calendar-range = { $from } – { $to }
calendar-events-count = Acara dalam tempoh ini: { $count }
calendar-previous = Tempoh sebelumnya
calendar-next = Tempoh seterusnya
calendar-add = Acara baharu
calendar-all-day = Sepanjang hari
calendar-edit = Edit
calendar-delete = Padam
calendar-edit-event = Edit “{ $name }”
calendar-delete-event = Padam “{ $name }”
calendar-no-events = Tiada acara
calendar-not-found = Kalendar tidak menemui acara ini. Muat semula paparan dan cuba lagi.

## Sites
landing-site-settings = Tetapan laman
landing-page = Halaman: { $page }
landing-site-title = Tajuk laman
landing-site-description = Penerangan
landing-save = Simpan
landing-site-saved = Tetapan laman telah disimpan.
landing-title-required = Masukkan tajuk laman.
landing-refused = Portal menolak: { $reason }
landing-unknown = Portal tidak mengesahkan tepat pada masanya: perubahan mungkin telah disimpan. Muat semula halaman sebelum menyimpan semula.
landing-block-settings = Teks blok
landing-block-hint = Isikan teks yang hendak diubah; medan kosong kekal seperti dalam editor.
landing-no-text-nodes = Blok ini tiada teks untuk diubah di sini.
landing-nothing-to-save = Isikan sekurang-kurangnya satu teks.
landing-block-saved = Blok dikemas kini dan dimuat semula dalam editor.
landing-block-saved-no-refresh = Blok dikemas kini, tetapi editor tidak memuatkannya semula: { $reason }
## CRM work
crm-todo-title = Tugasan baharu
crm-todo-for = Untuk { $title }
crm-todo-heading = Tugasan baharu untuk “{ $title }”
crm-todo-text = Perkara yang perlu dibuat
crm-todo-text-placeholder = Contoh: hubungi semula tentang tawaran
crm-todo-deadline = Tarikh akhir
crm-todo-due = Tamat tempoh
crm-todo-due-today = Hari ini, 18:00
crm-todo-due-tomorrow = Esok, 10:00
crm-todo-due-three-days = Dalam 3 hari
crm-todo-due-week = Dalam seminggu
crm-todo-responsible = Bertanggungjawab
crm-todo-me = Anda
crm-todo-choose-user = Pilih
crm-todo-create = Cipta tugasan
crm-todo-create-again = Cipta juga
crm-todo-cancel = Batal
crm-todo-saving = Mencipta tugasan…
crm-todo-created = Tugasan dicipta: { $text }
crm-todo-failed-title = Tugasan tidak dicipta
crm-todo-failed = Tugasan tidak dicipta: { $reason }
crm-todo-unknown-title = Tidak disahkan
crm-todo-unknown = Portal tidak mengesahkan tugasan ini, jadi ia mungkin sudah dicipta. Semak tugasan terbuka sebelum menciptanya semula.
crm-todo-open = Tugasan terbuka: { $count }
crm-todo-open-none = Belum ada tugasan terbuka.
crm-todo-empty-text = Tulis perkara yang perlu dibuat.
crm-todo-bad-deadline = Pilih tarikh dan masa.
crm-todo-driver-loading = Menyediakan borang…
crm-todo-driver-ready = Borang dipaparkan.
crm-todo-load-failed = Tidak dapat memuatkan elemen: { $reason }
crm-todo-layout-refused = Portal tidak dapat memaparkan borang.
crm-record-paid = Dibayar
crm-record-unpaid = Belum dibayar
crm-record-canceled = Dibatalkan
crm-record-status = Status: { $code }
crm-record-done = Selesai
crm-record-open = Belum selesai
crm-record-incoming = Masuk
crm-record-outgoing = Keluar
crm-record-meeting = Mesyuarat
crm-record-call = Panggilan
crm-record-task = Tugas
crm-record-email = E-mel
crm-record-todo = Tugasan
crm-record-billed = Dikeluarkan
crm-record-pay-before = Bayar sebelum
crm-record-starts = Mula
crm-record-order-title = Pesanan { $number }
crm-record-belongs-to = Berkaitan dengan
crm-record-items = Item
crm-record-line = { $quantity } × { $price }
crm-search-running = Mencari…
crm-search-found = Hasil dihantar ke borang: { $count }
crm-search-failed = Carian gagal: { $reason }
crm-search-picked = Hasil yang dipilih telah diisi ke dalam borang.
crm-search-unknown-pick = Pilihan yang dipilih bukan daripada aplikasi ini.
crm-doc-title = Tawaran komersial
crm-doc-number = No. { $number }
crm-doc-issued = Tarikh
crm-doc-subject = Perkara
crm-doc-client = Pelanggan
crm-doc-stage = Peringkat
crm-doc-prepared-by = Disediakan oleh
crm-doc-note = Tawaran ini sah selama 14 hari dari tarikh di atas.
crm-doc-print = Cetak
crm-doc-download = Muat turun
crm-doc-downloaded = Disimpan sebagai { $file }.
crm-doc-download-failed = Fail tidak dapat disimpan.
crm-doc-print-failed = Pelayar tidak dapat mencetak halaman ini.
crm-record-mark-done = Tandakan selesai
crm-record-done-failed = Tidak dapat ditandakan selesai: { $reason }
crm-record-done-unknown = Portal tidak mengesahkan perubahan. Kad dibaca semula: semak sebelum mencuba lagi.
crm-robot-title = Tetapan robot
crm-robot-hint = Perubahan terus masuk ke borang robot; simpan robot untuk mengekalkannya.
crm-robot-sent = Dihantar ke borang robot: { $name }
crm-robot-required = Isi medan ini.
crm-robot-not-integer = Masukkan nombor bulat.
crm-robot-not-number = Masukkan nombor.
crm-robot-not-date = Masukkan tarikh.
crm-robot-not-option = Pilih salah satu pilihan.
crm-robot-no-properties = Robot ini tiada tetapan.
crm-robot-one-per-line = Satu nilai bagi setiap baris.
