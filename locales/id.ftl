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
