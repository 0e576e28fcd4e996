# Indonesian (id)

## Layar pemuatan dan kesalahan: sebelum widget dan sebagai penggantinya
loading = Memuat…
not-in-frame-title = Buka aplikasi ini di dalam Bitrix24
not-in-frame-text = Halaman ini adalah widget Bitrix24. Widget ini berfungsi di dalam portal Bitrix24 Anda, yang memberikan konteks yang dibutuhkannya. Buka dari menu portal, kartu CRM, atau tempat lain tempat aplikasi ini dipasang.
not-in-frame-dev-hint = Untuk developer: jalankan scripts/run.sh untuk mencoba semua widget di emulator portal lokal.
init-timeout-title = Bitrix24 tidak merespons
init-timeout-text = Portal tidak mengirimkan konteks ke widget tepat waktu. Periksa koneksi Anda, lalu coba lagi.
malformed-title = Widget ini menerima data yang tidak dapat dibacanya
malformed-text = Portal membuka widget dengan opsi dalam format yang tidak terduga. Tidak ada yang diubah. Detail di bawah ini membantu developer aplikasi.
unknown-title = Lokasi ini belum didukung
unknown-text = Portal membuka aplikasi di lokasi yang tidak dikenalinya. Berikut data yang diterimanya:
crash-title = Terjadi kesalahan
crash-text = Widget mengalami kesalahan tak terduga. Memuat ulang biasanya dapat mengatasinya.
retry = Coba lagi
reload = Muat ulang
placement-code = Penempatan
error = Kesalahan

## Tindakan umum semua widget
open = Buka
details = Detail
refresh = Segarkan

## Kolom kartu CRM dan kartu tugas
amount = Jumlah
responsible = Penanggung jawab
created-by = Dibuat oleh
contact = Kontak
company = Perusahaan
phone = Telepon
email = Email
created = Dibuat
modified = Diubah
start-date = Tanggal mulai
close-date = Tanggal penutupan
deadline = Tenggat waktu
project = Proyek
checklist = Daftar periksa
not-set = Tidak ditentukan
overdue = Terlambat
important = Prioritas tinggi
closed-item = Ditutup

## Status pemuatan
load-failed = Tidak dapat memuat data
not-found = Tidak ditemukan atau tidak ada akses
not-found-text = Item ini mungkin telah dihapus, atau izin Anda tidak memungkinkan Anda melihatnya.
path-not-available = Portal tidak dapat membuka halaman ini di sini.

## Status tugas (tasks.task.get status 1–7)
task-new = Baru
task-pending = Tertunda
task-in-progress = Sedang dikerjakan
task-awaiting-review = Menunggu peninjauan
task-completed = Selesai
task-deferred = Ditangguhkan
task-declined = Ditolak

## Jenis entitas CRM
lead = Prospek
deal = Deal
contact-entity = Kontak
company-entity = Perusahaan
quote = Penawaran
invoice = Faktur
smart-process-item = Item proses cerdas
activity = Aktivitas
order = Pesanan
task = Tugas

## Kartu panggilan (CALL_CARD)
incoming-call = Panggilan masuk
outgoing-call = Panggilan keluar
callback = Panggilan balik
line = Saluran
call-idle = menunggu
call-connecting = menghubungkan
call-connected = terhubung
no-crm-binding = Penelepon belum ada di CRM.
also-linked = Juga ditautkan

## Tampilan konteks (lokasi yang belum memiliki widget sendiri)
widget-context = Konteks widget
widget-context-text = Portal membuka aplikasi di sini dengan konteks ini. Lokasi ini menampilkan konteksnya sampai widget khususnya dibuat.
opened-from = Dibuka dari
presentation = Ditampilkan sebagai

## Beranda (DEFAULT, LEFT_MENU)
welcome = Widget Rust untuk Bitrix24
welcome-text = Aplikasi ini menambahkan widget ke kartu CRM, tugas, kartu panggilan, dan tempat lain di portal Anda.
signed-in-as = Masuk sebagai
portal = Portal
language = Bahasa
administrator = Administrator

## Kontrol bersama
toggle-theme = Ganti tema terang/gelap
background-worker = Proses latar belakang sedang berjalan.

## Kartu tugas
checklist-progress = Daftar periksa: { $done } dari { $total } selesai

## Tampilan detail
yes = Ya
no = Tidak

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

setup-area-app = Halaman aplikasi sendiri

setup-area-crm = CRM

setup-area-tasks = Tugas

setup-area-workgroups = Grup kerja dan proyek

setup-area-people = Karyawan

setup-area-calendar = Kalender

setup-area-telephony = Telepon

setup-area-messenger = Messenger

setup-area-contact-center = Pusat kontak

setup-area-fields = Kolom CRM

setup-area-sites = Situs dan toko

setup-purpose-app-page = Widgets

setup-purpose-app-page-text = Halaman aplikasi sendiri: siapa Anda, portal Anda, dan pengaturan aplikasi.

setup-purpose-app-link = Buka di Widgets

setup-purpose-app-link-text = Membuka elemen CRM, tugas, atau karyawan yang ditunjuk oleh tautan ke aplikasi.

setup-purpose-call-watcher = Pemantau panggilan

setup-purpose-call-watcher-text = Berjalan di latar belakang di setiap halaman dan mengikuti panggilan untuk kartu panggilan.

setup-purpose-entity-overview = Ikhtisar

setup-purpose-entity-overview-text = Elemen secara sekilas: tahap, jumlah, orang, dan detail kontak.

setup-purpose-row-action = Tindakan Widgets

setup-purpose-row-action-text = Bertindak pada baris yang dipilih di daftar.

setup-purpose-list-report = Laporan tahap

setup-purpose-list-report-text = Jumlah dan nilai per tahap dari seluruh daftar, serta konversi di sepanjang corong.

setup-purpose-card-action = Ringkasan

setup-purpose-card-action-text = Ringkasan elemen dalam panel geser.

setup-purpose-activity = Tugas yang harus dilakukan

setup-purpose-activity-text = Jenis aktivitas CRM yang menambahkan hal yang harus dilakukan ke elemen.

setup-purpose-timeline-action = Tindakan catatan

setup-purpose-timeline-action-text = Bekerja pada catatan linimasa yang dipilih.

setup-purpose-document = Ringkasan cetak

setup-purpose-document-text = Membuat dokumen yang dapat dicetak untuk elemen.

setup-purpose-automation-triggers = Pemicu otomatisasi

setup-purpose-automation-triggers-text = Menambahkan pemicu aplikasi ke perancang otomatisasi dan mencobanya pada elemen.

setup-purpose-search = Pencarian Widgets

setup-purpose-search-text = Menemukan elemen CRM dan detail perusahaan untuk pencarian dan formulir detail.

setup-purpose-analytics = Laporan Widgets

setup-purpose-analytics-text = Laporan di bagian analitik.

setup-purpose-task-summary = Ringkasan tugas

setup-purpose-task-summary-text = Tugas secara sekilas: status, tenggat, orang, dan daftar periksa.

setup-purpose-workload = Beban kerja

setup-purpose-workload-text = Laporan beban kerja atas tugas seseorang atau sebuah grup.

setup-purpose-group-card = Ikhtisar grup

setup-purpose-group-card-text = Anggota, peran, dan tugas terbuka grup kerja.

setup-purpose-employee-card = Kartu karyawan

setup-purpose-employee-card-text = Departemen, atasan, kontak, deal dan tugas terbuka.

setup-purpose-calendar-view = Agenda

setup-purpose-calendar-view-text = Tampilan kalender.

setup-purpose-call-notes = Catatan panggilan

setup-purpose-call-notes-text = Catatan selama panggilan, disimpan pada elemen CRM klien.

setup-purpose-calls-report = Laporan panggilan

setup-purpose-calls-report-text = Laporan atas panggilan portal.

setup-purpose-chat-templates = Templat balasan

setup-purpose-chat-templates-text = Templat balasan di atas kolom input obrolan.

setup-purpose-chat-context = Konteks obrolan

setup-purpose-chat-context-text = Elemen CRM atau tugas tempat obrolan berada, di bilah sampingnya.

setup-purpose-message-action = Buat dari pesan

setup-purpose-message-action-text = Mengubah pesan menjadi tugas atau aktivitas CRM.

setup-purpose-messenger-page = Widgets

setup-purpose-messenger-page-text = Aplikasi sebagai halaman di dalam messenger.

setup-purpose-connector-tile = Konektor Widgets

setup-purpose-connector-tile-text = Ubin pusat kontak yang membuka penyiapan konektor.

setup-purpose-connector-settings = Pengaturan konektor

setup-purpose-connector-settings-text = Pengaturan konektor saluran terbuka aplikasi.

setup-purpose-rating-field = Penilaian

setup-purpose-rating-field-text = Jenis kolom CRM: penilaian bintang dengan catatan.

setup-purpose-site-settings = Pengaturan situs

setup-purpose-site-settings-text = Pengaturan aplikasi di sebuah situs.

setup-purpose-block-settings = Pengaturan blok

setup-purpose-block-settings-text = Pengaturan blok aplikasi di editor situs.

setup-spot-left-menu = Menu kiri

setup-spot-app-links = Tautan ke aplikasi

setup-spot-every-page = Setiap halaman, di latar belakang

setup-spot-card-tab = Tab kartu

setup-spot-card-activity = Aktivitas di kartu

setup-spot-card-toolbar = Bilah alat kartu

setup-spot-card-sidebar = Bilah samping kartu

setup-spot-card-top-panel = Panel atas kartu

setup-spot-list-toolbar = Di atas daftar

setup-spot-funnels-toolbar = Di atas corong

setup-spot-list-row-menu = Menu baris daftar

setup-spot-timeline-menu = Menu catatan linimasa

setup-spot-document-button = Tombol Dokumen

setup-spot-automation-toolbar = Perancang otomatisasi

setup-spot-analytics-menu = Menu analitik

setup-spot-analytics-toolbar = Bilah alat analitik

setup-spot-search = Pencarian CRM

setup-spot-details-autocomplete = Formulir detail perusahaan dan bank

setup-spot-profile-menu = Menu profil

setup-spot-calendar-view = Tampilan kalender

setup-spot-call-card = Kartu panggilan

setup-spot-chat-input-panel = Panel di atas input obrolan

setup-spot-chat-sidebar = Bilah samping obrolan

setup-spot-message-menu = Menu pesan

setup-spot-mobile-message-menu = Menu pesan di aplikasi seluler

setup-spot-messenger-navigation = Navigasi messenger

setup-spot-contact-center-tile = Ubin pusat kontak

setup-spot-connector-settings = Pengaturan saluran terbuka

setup-spot-field-type = Jenis kolom CRM

setup-spot-site-settings = Pengaturan situs

setup-spot-block-settings = Pengaturan blok di editor situs

setup-spot-other = Di tempat lain

setup-subject-old-invoice = Faktur (lama)

setup-subject-workgroup = Grup kerja

setup-subject-employee = Karyawan

setup-title = Pasang aplikasi

setup-intro = Pilih di mana aplikasi muncul di portal Anda. Pilihan yang sesuai sudah dipilih; Anda dapat mengubahnya nanti di pengaturan aplikasi.

setup-selected = Dipilih: { $count }

setup-install = Pasang

setup-installed = Terpasang

setup-progress = Langkah selesai: { $done } dari { $total }

setup-state-pending = Menunggu

setup-state-running = Berjalan

setup-state-done = Selesai

setup-state-already = Sudah ada

setup-state-failed = Gagal

setup-state-unknown = Hasil tidak diketahui

setup-problems-title = Beberapa langkah tidak selesai

setup-problems-text = Selebihnya sudah siap. Coba lagi setelah penyebabnya diperbaiki: hanya yang masih kurang yang dikirim.

setup-rechecked-text = Portal tidak memberi tahu apakah beberapa langkah berhasil, jadi aplikasi memeriksa portal lagi. Yang tercantum masih kurang; tidak ada yang dikirim dua kali.

setup-finishing = Menyelesaikan pemasangan…

setup-finished = Aplikasi sudah terpasang. Portal kini memuat ulang aplikasi.

setup-finish-failed = Portal tidak menerima akhir pemasangan.

setup-nothing-new = Semua yang Anda pilih sudah terpasang.

setup-not-admin-title = Minta administrator Anda untuk memasang aplikasi

setup-not-admin-text = Hanya administrator Bitrix24 yang dapat memasang aplikasi ini dan memilih di mana aplikasi muncul. Tidak ada yang diubah.

setup-bad-address = Aplikasi dibuka di alamat yang tidak dapat digunakan portal untuk memuat widget.

setup-settings-title = Pengaturan aplikasi

setup-settings-intro = Di mana aplikasi muncul di portal Anda, dan opsinya.

setup-read-only = Hanya administrator yang dapat mengubah pengaturan ini.

setup-places = Tempat aplikasi muncul

setup-bound = Terikat

setup-not-bound = Tidak terikat

setup-unavailable = Tidak tersedia di portal ini

setup-apply = Terapkan perubahan

setup-no-changes = Tidak ada yang perlu diubah.

setup-applied = Perubahan sudah diterapkan.

setup-app-options = Opsi untuk semua

setup-my-options = Opsi saya

setup-theme = Tema

setup-theme-auto = Sesuai sistem

setup-theme-light = Terang

setup-theme-dark = Gelap

setup-transport = Koneksi REST

setup-transport-bx24 = Melalui halaman portal

setup-transport-fetch = Permintaan langsung

setup-save = Simpan

setup-saved = Tersimpan.

setup-save-failed = Opsi tidak tersimpan.

home-open-settings = Pengaturan aplikasi
## Messenger
im-templates-title = Balasan cepat
im-template-thanks = Terima kasih! Saya akan segera menghubungi Anda kembali.
im-template-details = Bisakah Anda mengirimkan detailnya?
im-template-call = Mari bahas ini lewat telepon. Kapan Anda sempat?
im-template-bound = Kami sedang mengerjakan { $element } dan akan terus memberi kabar di obrolan ini.
im-draft-reply = { $name }, terima kasih atas pesan Anda: “{ $about }” Saya akan memeriksanya dan membalas hari ini.
im-draft-reply-anonymous = Terima kasih atas pesan Anda: “{ $about }” Saya akan memeriksanya dan membalas hari ini.
im-draft-button = Susun balasan
im-read-input = Baca kolom input
im-replace-text = Ganti teks di kolom input
im-input-text = Teks di kolom input: { $text } (panjang: { $count })
im-input-empty = Kolom input pesan kosong.
im-inserted = Teks sudah ada di kolom input pesan.
im-no-textarea = Messenger tidak menjawab: tidak ada kolom input pesan di sini.
im-insert-failed = Teks tidak dapat disisipkan: { $reason }
im-task-ref = Tugas #{ $id }
im-belongs-to = Terkait dengan:
im-ordinary-chat = Obrolan ini tidak terkait dengan elemen CRM maupun tugas.
im-private-chat = Obrolan pribadi: tidak terkait dengan elemen CRM maupun tugas.
im-members = Anggota: { $count }
im-online = online
im-write = Tulis
im-call-short = Telepon
im-write-to = Tulis ke { $name }
im-call = Telepon { $name }
im-field-title = Judul
im-field-description = Deskripsi
im-field-deadline = Tenggat
im-make-task = Buat tugas
im-make-activity = Tambahkan aktivitas CRM
im-title-required = Masukkan judul.
im-deadline-required = Aktivitas CRM memerlukan tenggat.
im-no-crm-binding = Obrolan ini tidak terkait dengan elemen CRM, jadi hanya tugas yang dapat dibuat.
im-from-message = Dari pesan { $author } di “{ $chat }”.
im-task-created = Tugas #{ $id } telah dibuat.
im-activity-created = Aktivitas #{ $id } telah ditambahkan ke { $element }.
im-write-refused = Portal menolak: { $reason }
im-write-unknown = Portal tidak mengonfirmasi tepat waktu: mungkin sudah dibuat. Periksa sebelum mengirim lagi.
im-check = Periksa
im-check-not-found = Tidak ada yang dibuat. Anda dapat mengirim lagi.
im-recent-title = Obrolan Anda
im-no-chats = Belum ada obrolan.
im-unread = Belum dibaca: { $count }
im-open-chat = Buka obrolan
im-more-chats = Hanya obrolan terbaru yang ditampilkan (hingga { $count }).
im-smiles-deprecated = Tempat ini sudah usang
im-smiles-deprecated-text = Sejak messenger versi 25.1600.0, emoji telah diganti dengan stiker dan portal tidak lagi membuka tempat ini. Set di bawah ini tetap masuk ke kolom input pesan jika portal mengizinkannya.
im-smiles-faces = Wajah
im-smiles-work = Kerja
im-smiles-gestures = Gerakan

## Telephony
call-note-label = Catatan panggilan
call-note-save = Simpan catatan
call-note-discard = Buang
call-note-held = Kartu panggilan tetap terbuka sampai Anda menyimpan atau membuang catatan.
call-note-saving = Menyimpan catatan…
call-note-saved = Catatan disimpan sebagai aktivitas #{ $id } pada { $element }.
call-note-refused = Catatan tidak disimpan: { $reason }
call-note-unknown = Portal tidak mengonfirmasi tepat waktu: catatan mungkin sudah disimpan. Periksa linimasa sebelum menyimpannya lagi.
call-note-no-target = Tautkan panggilan ke elemen CRM untuk menyimpan catatan.
call-note-title = Catatan panggilan: { $phone }
call-note-title-no-phone = Catatan panggilan
softphone-waiting = Softphone menunggu panggilan.
softphone-title = Panggilan masuk dari { $phone }
softphone-ringing = Berdering…
softphone-connected = Tersambung
softphone-on-hold = Ditahan
softphone-ended = Panggilan berakhir setelah { $minutes } mnt { $seconds } dtk
softphone-missed = Panggilan tak terjawab
softphone-finish-failed = Panggilan tidak dapat diakhiri: { $reason }
softphone-command-failed = Kartu panggilan tidak menerima perintah: { $reason }
calls-title = Panggilan dalam { $days } hari terakhir
calls-total = Panggilan
calls-incoming = Masuk
calls-outgoing = Keluar
calls-missed = Tak terjawab
calls-talk-time = Waktu bicara
calls-average = Rata-rata panggilan
calls-duration = { $minutes } mnt { $seconds } dtk
calls-per-day = Panggilan per hari
calls-per-user = Per karyawan
calls-employee = Karyawan
calls-loading = Memuat log panggilan… Dimuat: { $rows }
calls-stop = Hentikan
calls-partial = Pemuatan dihentikan: laporan hanya mencakup panggilan yang sudah dimuat.
calls-none = Tidak ada panggilan pada periode ini.
calls-day = { $date }: dijawab { $answered }, tak terjawab { $missed }

## Open lines
connector-title = Konektor kanal terbuka “{ $name }”
connector-not-registered = Konektor aplikasi belum terdaftar di portal ini. Buka pengaturan aplikasi untuk mendaftarkannya.
connector-lines = Kanal terbuka
connector-setup = Atur
connector-line-id = Kanal terbuka #{ $id }
connector-line-inactive = Nonaktif
connector-active = Aktif
connector-inactive = Tidak aktif
connector-configured = Data kanal sudah diatur
connector-not-configured = Data kanal belum diatur
connector-error = Kesalahan
connector-ok = Berfungsi
connector-works = Konektor berfungsi di kanal terbuka ini.
connector-wants-on = Anda mengaktifkan konektor untuk kanal terbuka ini: hubungkan untuk menyelesaikan.
connector-wants-off = Anda menonaktifkan konektor untuk kanal terbuka ini: putuskan untuk menyelesaikan.
connector-channel-name = Nama kanal
connector-default-name = Obrolan widget Rust
connector-channel-url = Tautan obrolan
connector-connect = Hubungkan
connector-disconnect = Putuskan
connector-name-required = Masukkan nama kanal.
connector-url-invalid = Tautan obrolan harus diawali https:// atau http://.
connector-refused = Portal menolak: { $reason }
connector-unknown = Portal tidak mengonfirmasi tepat waktu: perubahan mungkin sudah diterapkan. Periksa status sebelum mencoba lagi.
connector-check = Periksa status

## Unsupported spots
spot-hr-title = Gaji dan cuti (HR)
spot-hr-text = Portal membuka panel ini dari menu gaji dan cuti modul HR. Bitrix24 tidak mendokumentasikan apa yang diteruskan ke aplikasi di sini, jadi aplikasi hanya menampilkan apa yang diterima dan tidak lebih.
spot-catalog-title = Katalog produk eksternal
spot-catalog-text = Pemilih produk memuat bingkai tersembunyi ini untuk mencari di katalog eksternal. Perintah dan peristiwanya tidak didokumentasikan (hanya diketahui dari kode portal), jadi aplikasi tidak menjawabnya dan pemilih tetap memakai katalog portal sendiri.
spot-options = Yang dikirim portal
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

crm-report-title = Laporan tahap: { $entity }
crm-report-entity = Laporan untuk
crm-report-counting = Menghitung: { $done } dari { $total }
crm-report-stop = Hentikan
crm-report-stopped-early = Dihentikan sebelum ada yang dihitung.
crm-report-count-again = Hitung ulang
crm-report-partial = Dihentikan lebih awal: angka ini mencakup { $done } dari { $total }.
crm-report-counted = Terhitung: { $count }
crm-report-empty = Daftar ini kosong.
crm-report-pipeline = Pipeline
crm-report-total = Total
crm-report-won = Berhasil
crm-report-lost = Gagal
crm-report-win-rate = Tingkat keberhasilan
crm-report-percent = { $percent }%
crm-report-reached = { $percent }% mencapai tahap ini
crm-report-chart = Tahap { $pipeline }
crm-report-open-hint = Pilih tahap untuk membuka daftar yang difilter menurut tahap itu.

## CRM list row actions (CRM_*_LIST_MENU)

crm-row-actions = Tindakan cepat
crm-row-stage = Tahap
crm-row-move = Pindahkan
crm-row-reassign = Ganti penanggung jawab
crm-row-pick-user = Pilih penanggung jawab baru
crm-row-saving = Menyimpan…
crm-row-moved = Dipindahkan ke “{ $stage }”.
crm-row-reassigned = { $name } sekarang menjadi penanggung jawab.
crm-row-save-failed = Perubahan tidak disimpan: { $reason }
crm-row-unknown = Portal tidak mengonfirmasi perubahan, jadi mungkin tersimpan, mungkin juga tidak. Baris telah dibaca ulang: periksa sebelum mencoba lagi.

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

automation-title = Pemicu otomatisasi
automation-hint = Tempatkan salah satu pemicu aplikasi pada tahap di perancang ini: saat pemicu dijalankan pada suatu elemen, elemen tersebut pindah ke tahap itu.
automation-empty = Aplikasi belum memiliki pemicu.
automation-admin-only = Hanya administrator yang dapat menambah, menghapus, atau menjalankan pemicu aplikasi.
automation-delete = Hapus
automation-delete-label = Hapus “{ $name }”
automation-add-title = Pemicu baru
automation-name = Nama
automation-code = Kode
automation-code-hint = Huruf Latin kecil, angka, titik, tanda hubung, dan garis bawah. Aplikasi mengusulkan kode berdasarkan nama.
automation-add = Tambah pemicu
automation-empty-name = Beri nama pemicu.
automation-bad-code = Kode hanya boleh berisi huruf Latin kecil, angka, titik, tanda hubung, dan garis bawah (maksimal 64 karakter).
automation-taken-code = Aplikasi sudah memiliki pemicu dengan kode ini.
automation-added = “{ $name }” kini ada di antara pemicu perancang.
automation-deleted = “{ $name }” telah dihapus.
automation-fire-title = Coba pemicu
automation-fire-trigger = Pemicu
automation-fire-element = ID elemen
automation-fire-pick = Pilih elemen
automation-fire = Jalankan
automation-bad-id = Masukkan ID elemen berupa bilangan bulat.
automation-picked = Elemen: { $title }
automation-fired = “{ $name }” dijalankan pada { $element }.
automation-no-fire = Elemen jenis ini tidak menjalankan otomatisasi, jadi pemicu tidak dapat dijalankan padanya.
automation-saving = Menyimpan…
automation-failed = Portal menolak: { $reason }
automation-unknown = Portal tidak mengonfirmasinya, jadi mungkin sudah terjadi, mungkin juga belum. Daftar telah dibaca ulang: periksa sebelum mencoba lagi.

## CRM rating field (USERFIELD_TYPE)

crm-rating-stars = { $stars } dari { $max } bintang
crm-rating-choose = Pilih penilaian
crm-rating-entry = Penilaian { $number }
crm-rating-note = Catatan
crm-rating-note-count = { $used } / { $max }
crm-rating-add = Tambah penilaian
crm-rating-remove = Hapus
crm-rating-required = Kolom ini wajib diisi: pilih minimal satu bintang.
crm-rating-no-stars = Pilih bintang untuk penilaian { $number }.
crm-rating-note-too-long = Catatan penilaian { $number } terlalu panjang: maksimal { $max } karakter.
crm-rating-unreadable = Nilai tersimpan tidak dapat ditampilkan ({ $reason }). Menyimpan kartu akan menggantinya.
crm-rating-kept = Disimpan di kartu: tersimpan saat Anda menyimpan kartu.
crm-rating-set-failed = Kartu tidak menerima nilai: { $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)
workload-title = Beban kerja: { $name }
workload-title-visible = Beban kerja tugas yang dapat Anda lihat
workload-tasks-total = Tugas dalam daftar: { $total }
workload-progress = Tugas dimuat: { $loaded } dari { $total }
workload-stop = Hentikan pemuatan
workload-stopped = Pemuatan dihentikan
workload-partial = Laporan hanya mencakup tugas yang sudah dimuat: { $loaded } dari { $total }.
workload-load-again = Muat ulang
workload-open-tasks = Tugas terbuka
workload-due-this-week = Jatuh tempo minggu ini
workload-no-deadline = Tanpa tenggat
workload-by-status = Tugas menurut status
workload-per-person = Tugas terbuka per penanggung jawab
workload-person-load = { $open } (terlambat: { $overdue })
workload-other-status = Status lain
workload-open-list = Buka daftar tugas
workload-empty = Tidak ada tugas dalam daftar ini.

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)
group-kind-workgroup = Grup kerja
group-open-to-join = Terbuka untuk bergabung
group-members = Anggota
group-role-owner = Pemilik
group-role-moderator = Moderator
group-role-member = Anggota
group-deadlines = Tenggat terdekat
group-no-deadlines = Tidak ada tugas terbuka grup ini yang memiliki tenggat.
group-open-page = Buka grup
group-no-group-title = Tidak ada grup di sini
group-no-group-text = Portal membuka tombol ini di halaman yang tidak menyebutkan grup, jadi tidak ada kartu grup untuk ditampilkan.

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)
profile-department = Departemen
profile-manager = Atasan
profile-work-phone = Telepon kantor
profile-mobile = Ponsel
profile-extension = Ekstensi
profile-online = Online
profile-dismissed = Sudah keluar
profile-message = Kirim pesan
profile-call = Telepon
profile-open-profile = Buka profil
profile-open-deals = Deal terbuka: { $count }
profile-open-tasks = Tugas terbuka: { $count }
profile-no-deals = Tidak ada deal terbuka.
profile-no-tasks = Tidak ada tugas terbuka.
profile-messenger-failed = Messenger tidak dapat dibuka dari sini.

## App links (REST_APP_URI)
link-unknown-title = Tautan ini tidak menunjuk apa pun yang dapat dibuka aplikasi
link-unknown-text = Aplikasi membuka tautan yang parameternya menunjuk elemen CRM (entityTypeId dan id, atau deal, lead, contact, company, quote, invoice), tugas (task), atau karyawan (user). Tautan ini membawa:
link-no-params = Tautan ini tidak membawa parameter apa pun.

## Calendar view (CALENDAR_GRIDVIEW)
calendar-range = { $from } – { $to }
calendar-events-count = Acara dalam periode ini: { $count }
calendar-previous = Periode sebelumnya
calendar-next = Periode berikutnya
calendar-add = Acara baru
calendar-all-day = Sepanjang hari
calendar-edit = Edit
calendar-delete = Hapus
calendar-edit-event = Edit “{ $name }”
calendar-delete-event = Hapus “{ $name }”
calendar-no-events = Tidak ada acara
calendar-not-found = Kalender tidak menemukan acara ini. Segarkan tampilan lalu coba lagi.

## Sites
landing-site-settings = Pengaturan situs
landing-page = Halaman: { $page }
landing-site-title = Judul situs
landing-site-description = Deskripsi
landing-save = Simpan
landing-site-saved = Pengaturan situs sudah disimpan.
landing-title-required = Masukkan judul situs.
landing-refused = Portal menolak: { $reason }
landing-unknown = Portal tidak mengonfirmasi tepat waktu: perubahan mungkin sudah disimpan. Muat ulang halaman sebelum menyimpan lagi.
landing-block-settings = Teks blok
landing-block-hint = Isi teks yang ingin diubah; kolom kosong tetap seperti di editor.
landing-no-text-nodes = Blok ini tidak punya teks yang bisa diubah di sini.
landing-nothing-to-save = Isi setidaknya satu teks.
landing-block-saved = Blok diperbarui dan dimuat ulang di editor.
landing-block-saved-no-refresh = Blok diperbarui, tetapi editor tidak memuatnya ulang: { $reason }
## CRM work
crm-todo-title = Tugas baru
crm-todo-for = Untuk { $title }
crm-todo-heading = Tugas baru untuk “{ $title }”
crm-todo-text = Yang harus dilakukan
crm-todo-text-placeholder = Contoh: telepon balik soal penawaran
crm-todo-deadline = Tenggat
crm-todo-due = Jatuh tempo
crm-todo-due-today = Hari ini, 18.00
crm-todo-due-tomorrow = Besok, 10.00
crm-todo-due-three-days = Dalam 3 hari
crm-todo-due-week = Dalam seminggu
crm-todo-responsible = Penanggung jawab
crm-todo-me = Anda
crm-todo-choose-user = Pilih
crm-todo-create = Buat tugas
crm-todo-create-again = Tetap buat
crm-todo-cancel = Batal
crm-todo-saving = Membuat tugas…
crm-todo-created = Tugas dibuat: { $text }
crm-todo-failed-title = Tugas tidak dibuat
crm-todo-failed = Tugas tidak dibuat: { $reason }
crm-todo-unknown-title = Belum dikonfirmasi
crm-todo-unknown = Portal tidak mengonfirmasi tugas ini, jadi mungkin sudah dibuat. Periksa tugas terbuka sebelum membuatnya lagi.
crm-todo-open = Tugas terbuka: { $count }
crm-todo-open-none = Belum ada tugas terbuka.
crm-todo-empty-text = Tulis apa yang perlu dilakukan.
crm-todo-bad-deadline = Pilih tanggal dan waktu.
crm-todo-driver-loading = Menyiapkan formulir…
crm-todo-driver-ready = Formulir ditampilkan.
crm-todo-load-failed = Tidak dapat memuat elemen: { $reason }
crm-todo-layout-refused = Portal tidak dapat menampilkan formulir.
crm-record-paid = Lunas
crm-record-unpaid = Belum dibayar
crm-record-canceled = Dibatalkan
crm-record-status = Status: { $code }
crm-record-done = Selesai
crm-record-open = Belum selesai
crm-record-incoming = Masuk
crm-record-outgoing = Keluar
crm-record-meeting = Rapat
crm-record-call = Panggilan
crm-record-task = Tugas
crm-record-email = Email
crm-record-todo = Tugas
crm-record-billed = Diterbitkan
crm-record-pay-before = Bayar sebelum
crm-record-starts = Mulai
crm-record-order-title = Pesanan { $number }
crm-record-belongs-to = Terkait dengan
crm-record-items = Item
crm-record-line = { $quantity } × { $price }
crm-search-running = Mencari…
crm-search-found = Hasil yang dikirim ke formulir: { $count }
crm-search-failed = Pencarian gagal: { $reason }
crm-search-picked = Hasil yang dipilih telah diisi ke formulir.
crm-search-unknown-pick = Opsi yang dipilih bukan dari aplikasi ini.
crm-doc-title = Penawaran komersial
crm-doc-number = No. { $number }
crm-doc-issued = Tanggal
crm-doc-subject = Perihal
crm-doc-client = Klien
crm-doc-stage = Tahap
crm-doc-prepared-by = Disiapkan oleh
crm-doc-note = Penawaran ini berlaku 14 hari sejak tanggal di atas.
crm-doc-print = Cetak
crm-doc-download = Unduh
crm-doc-downloaded = Disimpan sebagai { $file }.
crm-doc-download-failed = File tidak dapat disimpan.
crm-doc-print-failed = Browser tidak dapat mencetak halaman ini.
crm-record-mark-done = Tandai selesai
crm-record-done-failed = Tidak dapat ditandai selesai: { $reason }
crm-record-done-unknown = Portal tidak mengonfirmasi perubahan. Kartu dibaca ulang: periksa sebelum mencoba lagi.
crm-robot-title = Pengaturan robot
crm-robot-hint = Perubahan langsung masuk ke formulir robot; simpan robot untuk menyimpannya.
crm-robot-sent = Dikirim ke formulir robot: { $name }
crm-robot-required = Isi kolom ini.
crm-robot-not-integer = Masukkan bilangan bulat.
crm-robot-not-number = Masukkan angka.
crm-robot-not-date = Masukkan tanggal.
crm-robot-not-option = Pilih salah satu opsi.
crm-robot-no-properties = Robot ini tidak memiliki pengaturan.
crm-robot-one-per-line = Satu nilai per baris.
