# Thai (th)

## หน้าจอโหลดและหน้าจอข้อผิดพลาด: ก่อนแสดงวิดเจ็ตและแทนวิดเจ็ต
loading = กำลังโหลด…
not-in-frame-title = เปิดแอปนี้ภายใน Bitrix24
not-in-frame-text = หน้านี้เป็นวิดเจ็ตของ Bitrix24 ซึ่งทำงานภายในพอร์ทัล Bitrix24 ของคุณ โดยพอร์ทัลจะส่งบริบทที่จำเป็นให้ เปิดหน้านี้จากเมนูของพอร์ทัล การ์ด CRM หรือที่อื่นที่ติดตั้งแอปไว้
not-in-frame-dev-hint = สำหรับนักพัฒนา: เรียกใช้ scripts/run.sh เพื่อลองใช้วิดเจ็ตทั้งหมดในโปรแกรมจำลองพอร์ทัลบนเครื่อง
init-timeout-title = Bitrix24 ไม่ตอบสนอง
init-timeout-text = พอร์ทัลไม่ได้ส่งบริบทให้วิดเจ็ตภายในเวลาที่กำหนด ตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง
malformed-title = วิดเจ็ตนี้ได้รับข้อมูลที่อ่านไม่ได้
malformed-text = พอร์ทัลเปิดวิดเจ็ตพร้อมตัวเลือกในรูปแบบที่ไม่คาดคิด ไม่มีสิ่งใดถูกเปลี่ยนแปลง รายละเอียดด้านล่างจะช่วยนักพัฒนาแอปได้
unknown-title = ยังไม่รองรับตำแหน่งนี้
unknown-text = พอร์ทัลเปิดแอปในตำแหน่งที่แอปไม่รู้จัก ข้อมูลที่ได้รับมีดังนี้:
crash-title = เกิดข้อผิดพลาดบางอย่าง
crash-text = วิดเจ็ตพบข้อผิดพลาดที่ไม่คาดคิด โดยปกติการโหลดใหม่จะช่วยแก้ปัญหาได้
retry = ลองอีกครั้ง
reload = โหลดใหม่
placement-code = ตำแหน่งการฝัง
error = ข้อผิดพลาด

## การดำเนินการที่ใช้ร่วมกันในทุกวิดเจ็ต
open = เปิด
details = รายละเอียด
refresh = รีเฟรช

## ฟิลด์ของการ์ด CRM และการ์ดงาน
amount = จำนวนเงิน
responsible = ผู้รับผิดชอบ
created-by = สร้างโดย
contact = ผู้ติดต่อ
company = บริษัท
phone = โทรศัพท์
email = อีเมล
created = สร้างเมื่อ
modified = แก้ไขเมื่อ
start-date = วันที่เริ่ม
close-date = วันที่ปิด
deadline = กำหนดเวลา
project = โปรเจกต์
checklist = รายการตรวจสอบ
not-set = ไม่ได้ระบุ
overdue = เลยกำหนด
important = ความสำคัญสูง
closed-item = ปิดแล้ว

## สถานะการโหลด
load-failed = ไม่สามารถโหลดข้อมูลได้
not-found = ไม่พบหรือไม่มีสิทธิ์เข้าถึง
not-found-text = รายการนี้อาจถูกลบไปแล้ว หรือสิทธิ์ของคุณไม่อนุญาตให้ดูรายการนี้
path-not-available = พอร์ทัลไม่สามารถเปิดหน้านี้ที่นี่ได้

## สถานะงาน (tasks.task.get status 1–7)
task-new = ใหม่
task-pending = รอดำเนินการ
task-in-progress = กำลังดำเนินการ
task-awaiting-review = รอการตรวจสอบ
task-completed = เสร็จสมบูรณ์
task-deferred = เลื่อนออกไป
task-declined = ปฏิเสธแล้ว

## ประเภทเอนทิตี CRM
lead = ลีด
deal = ดีล
contact-entity = ผู้ติดต่อ
company-entity = บริษัท
quote = ใบเสนอราคา
invoice = ใบแจ้งหนี้
smart-process-item = รายการกระบวนการอัจฉริยะ
activity = กิจกรรม
order = คำสั่งซื้อ
task = งาน

## การ์ดการโทร (CALL_CARD)
incoming-call = สายเรียกเข้า
outgoing-call = สายโทรออก
callback = โทรกลับ
line = สาย
call-idle = กำลังรอ
call-connecting = กำลังเชื่อมต่อ
call-connected = เชื่อมต่อแล้ว
no-crm-binding = ผู้โทรยังไม่มีใน CRM
also-linked = เชื่อมโยงกับรายการอื่นด้วย

## มุมมองบริบท (ตำแหน่งที่ยังไม่มีวิดเจ็ตของตัวเอง)
widget-context = บริบทของวิดเจ็ต
widget-context-text = พอร์ทัลเปิดแอปที่นี่พร้อมบริบทนี้ ตำแหน่งนี้จะแสดงบริบทของตัวเองจนกว่าจะมีวิดเจ็ตเฉพาะ
opened-from = เปิดจาก
presentation = แสดงเป็น

## หน้าหลัก (DEFAULT, LEFT_MENU)
welcome = วิดเจ็ต Rust สำหรับ Bitrix24
welcome-text = แอปนี้เพิ่มวิดเจ็ตลงในการ์ด CRM งาน การ์ดการโทร และส่วนอื่นๆ ของพอร์ทัลของคุณ
signed-in-as = ลงชื่อเข้าใช้ในชื่อ
portal = พอร์ทัล
language = ภาษา
administrator = ผู้ดูแลระบบ

## ตัวควบคุมที่ใช้ร่วมกัน
toggle-theme = สลับธีมสว่าง/มืด
background-worker = กระบวนการเบื้องหลังกำลังทำงาน

## การ์ดงาน
checklist-progress = รายการตรวจสอบ: เสร็จแล้ว { $done } จาก { $total }

## มุมมองรายละเอียด
yes = ใช่
no = ไม่
