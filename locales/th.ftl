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

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

setup-area-app = หน้าของแอปเอง

setup-area-crm = CRM

setup-area-tasks = งาน

setup-area-workgroups = กลุ่มงานและโปรเจกต์

setup-area-people = พนักงาน

setup-area-calendar = ปฏิทิน

setup-area-telephony = โทรศัพท์

setup-area-messenger = เมสเซนเจอร์

setup-area-contact-center = ศูนย์ติดต่อ

setup-area-fields = ฟิลด์ CRM

setup-area-sites = เว็บไซต์และร้านค้า

setup-purpose-app-page = Widgets

setup-purpose-app-page-text = หน้าของแอปเอง: คุณเป็นใคร พอร์ทัลของคุณ และการตั้งค่าแอป

setup-purpose-app-link = เปิดใน Widgets

setup-purpose-app-link-text = เปิดองค์ประกอบ CRM งาน หรือพนักงานที่ลิงก์ไปยังแอประบุไว้

setup-purpose-call-watcher = ตัวติดตามการโทร

setup-purpose-call-watcher-text = ทำงานเบื้องหลังในทุกหน้าและติดตามการโทรให้การ์ดการโทร

setup-purpose-entity-overview = ภาพรวม

setup-purpose-entity-overview-text = องค์ประกอบในแวบเดียว: สเตจ จำนวนเงิน ผู้เกี่ยวข้อง และข้อมูลติดต่อ

setup-purpose-row-action = การดำเนินการ Widgets

setup-purpose-row-action-text = ดำเนินการกับแถวที่เลือกในรายการ

setup-purpose-list-report = รายงานตามสเตจ

setup-purpose-list-report-text = จำนวนและยอดเงินต่อสเตจของทั้งรายการ และอัตราการเปลี่ยนตลอดช่องทางการขาย

setup-purpose-card-action = สรุป

setup-purpose-card-action-text = สรุปองค์ประกอบในแผงเลื่อน

setup-purpose-activity = สิ่งที่ต้องทำ

setup-purpose-activity-text = ประเภทกิจกรรม CRM ที่เพิ่มสิ่งที่ต้องทำให้องค์ประกอบ

setup-purpose-timeline-action = การดำเนินการกับบันทึก

setup-purpose-timeline-action-text = ทำงานกับบันทึกไทม์ไลน์ที่เลือก

setup-purpose-document = สรุปสำหรับพิมพ์

setup-purpose-document-text = สร้างเอกสารสำหรับพิมพ์ขององค์ประกอบ

setup-purpose-automation-triggers = ทริกเกอร์ระบบอัตโนมัติ

setup-purpose-automation-triggers-text = เพิ่มทริกเกอร์ของแอปลงในตัวออกแบบระบบอัตโนมัติและทดลองใช้กับองค์ประกอบ

setup-purpose-search = การค้นหา Widgets

setup-purpose-search-text = ค้นหาองค์ประกอบ CRM และรายละเอียดบริษัทสำหรับการค้นหาและแบบฟอร์มรายละเอียด

setup-purpose-analytics = รายงาน Widgets

setup-purpose-analytics-text = รายงานในส่วนการวิเคราะห์

setup-purpose-task-summary = สรุปงาน

setup-purpose-task-summary-text = งานในแวบเดียว: สถานะ กำหนดส่ง ผู้เกี่ยวข้อง และเช็กลิสต์

setup-purpose-workload = ภาระงาน

setup-purpose-workload-text = รายงานภาระงานจากงานของบุคคลหรือกลุ่ม

setup-purpose-group-card = ภาพรวมกลุ่ม

setup-purpose-group-card-text = สมาชิก บทบาท และงานที่ยังเปิดอยู่ของกลุ่มงาน

setup-purpose-employee-card = การ์ดพนักงาน

setup-purpose-employee-card-text = แผนก ผู้จัดการ ข้อมูลติดต่อ ดีลและงานที่ยังเปิดอยู่

setup-purpose-calendar-view = กำหนดการ

setup-purpose-calendar-view-text = มุมมองหนึ่งของปฏิทิน

setup-purpose-call-notes = บันทึกการโทร

setup-purpose-call-notes-text = บันทึกระหว่างการโทร บันทึกไว้ในองค์ประกอบ CRM ของลูกค้า

setup-purpose-calls-report = รายงานการโทร

setup-purpose-calls-report-text = รายงานการโทรของพอร์ทัล

setup-purpose-chat-templates = เทมเพลตการตอบกลับ

setup-purpose-chat-templates-text = เทมเพลตการตอบกลับเหนือช่องป้อนข้อความของแชท

setup-purpose-chat-context = บริบทของแชท

setup-purpose-chat-context-text = องค์ประกอบ CRM หรืองานที่แชทเกี่ยวข้อง ในแถบด้านข้าง

setup-purpose-message-action = สร้างจากข้อความ

setup-purpose-message-action-text = เปลี่ยนข้อความเป็นงานหรือกิจกรรม CRM

setup-purpose-messenger-page = Widgets

setup-purpose-messenger-page-text = แอปในรูปแบบหน้าหนึ่งในเมสเซนเจอร์

setup-purpose-connector-tile = ตัวเชื่อมต่อ Widgets

setup-purpose-connector-tile-text = ไทล์ของศูนย์ติดต่อที่เปิดการตั้งค่าตัวเชื่อมต่อ

setup-purpose-connector-settings = การตั้งค่าตัวเชื่อมต่อ

setup-purpose-connector-settings-text = การตั้งค่าตัวเชื่อมต่อช่องทางเปิดของแอป

setup-purpose-rating-field = คะแนน

setup-purpose-rating-field-text = ประเภทฟิลด์ CRM: ให้คะแนนเป็นดาวพร้อมหมายเหตุ

setup-purpose-site-settings = การตั้งค่าเว็บไซต์

setup-purpose-site-settings-text = การตั้งค่าของแอปบนเว็บไซต์

setup-purpose-block-settings = การตั้งค่าบล็อก

setup-purpose-block-settings-text = การตั้งค่าบล็อกของแอปในตัวแก้ไขเว็บไซต์

setup-spot-left-menu = เมนูด้านซ้าย

setup-spot-app-links = ลิงก์ไปยังแอป

setup-spot-every-page = ทุกหน้า ในเบื้องหลัง

setup-spot-card-tab = แท็บของการ์ด

setup-spot-card-activity = กิจกรรมในการ์ด

setup-spot-card-toolbar = แถบเครื่องมือของการ์ด

setup-spot-card-sidebar = แถบด้านข้างของการ์ด

setup-spot-card-top-panel = แผงด้านบนของการ์ด

setup-spot-list-toolbar = เหนือรายการ

setup-spot-funnels-toolbar = เหนือช่องทางการขาย

setup-spot-list-row-menu = เมนูของแถวในรายการ

setup-spot-timeline-menu = เมนูของบันทึกไทม์ไลน์

setup-spot-document-button = ปุ่มเอกสาร

setup-spot-automation-toolbar = ตัวออกแบบระบบอัตโนมัติ

setup-spot-analytics-menu = เมนูการวิเคราะห์

setup-spot-analytics-toolbar = แถบเครื่องมือการวิเคราะห์

setup-spot-search = การค้นหา CRM

setup-spot-details-autocomplete = แบบฟอร์มรายละเอียดบริษัทและธนาคาร

setup-spot-profile-menu = เมนูโปรไฟล์

setup-spot-calendar-view = มุมมองปฏิทิน

setup-spot-call-card = การ์ดการโทร

setup-spot-chat-input-panel = แผงเหนือช่องป้อนข้อความแชท

setup-spot-chat-sidebar = แถบด้านข้างของแชท

setup-spot-message-menu = เมนูข้อความ

setup-spot-mobile-message-menu = เมนูข้อความในแอปมือถือ

setup-spot-messenger-navigation = การนำทางเมสเซนเจอร์

setup-spot-contact-center-tile = ไทล์ศูนย์ติดต่อ

setup-spot-connector-settings = การตั้งค่าช่องทางเปิด

setup-spot-field-type = ประเภทฟิลด์ของ CRM

setup-spot-site-settings = การตั้งค่าเว็บไซต์

setup-spot-block-settings = การตั้งค่าบล็อกในตัวแก้ไขเว็บไซต์

setup-spot-other = ที่อื่น

setup-subject-old-invoice = ใบแจ้งหนี้ (แบบเก่า)

setup-subject-workgroup = กลุ่มงาน

setup-subject-employee = พนักงาน

setup-title = ติดตั้งแอป

setup-intro = เลือกตำแหน่งที่แอปจะแสดงในพอร์ทัลของคุณ ชุดที่เหมาะสมถูกเลือกไว้แล้ว คุณเปลี่ยนได้ภายหลังในการตั้งค่าแอป

setup-selected = เลือกแล้ว: { $count }

setup-install = ติดตั้ง

setup-installed = ติดตั้งแล้ว

setup-progress = ขั้นตอนที่เสร็จ: { $done } จาก { $total }

setup-state-pending = รอ

setup-state-running = กำลังดำเนินการ

setup-state-done = เสร็จแล้ว

setup-state-already = มีอยู่แล้ว

setup-state-failed = ล้มเหลว

setup-state-unknown = ไม่ทราบผลลัพธ์

setup-problems-title = บางขั้นตอนไม่เสร็จสมบูรณ์

setup-problems-text = ส่วนอื่นพร้อมแล้ว ลองอีกครั้งเมื่อแก้ไขสาเหตุแล้ว: จะส่งเฉพาะสิ่งที่ยังขาดอยู่

setup-rechecked-text = พอร์ทัลไม่ได้แจ้งว่าบางขั้นตอนสำเร็จหรือไม่ แอปจึงตรวจสอบพอร์ทัลอีกครั้ง รายการที่แสดงยังขาดอยู่ ไม่มีสิ่งใดถูกส่งซ้ำ

setup-finishing = กำลังเสร็จสิ้นการติดตั้ง…

setup-finished = ติดตั้งแอปแล้ว พอร์ทัลกำลังโหลดแอปใหม่

setup-finish-failed = พอร์ทัลไม่ยอมรับการสิ้นสุดการติดตั้ง

setup-nothing-new = ทุกอย่างที่คุณเลือกติดตั้งแล้ว

setup-not-admin-title = ขอให้ผู้ดูแลระบบติดตั้งแอป

setup-not-admin-text = มีเพียงผู้ดูแลระบบ Bitrix24 เท่านั้นที่ติดตั้งแอปนี้และเลือกตำแหน่งที่แสดงได้ ไม่มีการเปลี่ยนแปลงใด ๆ

setup-bad-address = แอปเปิดอยู่ที่ที่อยู่ซึ่งพอร์ทัลไม่สามารถโหลดวิดเจ็ตได้

setup-settings-title = การตั้งค่าแอป

setup-settings-intro = ตำแหน่งที่แอปแสดงในพอร์ทัลของคุณ และตัวเลือกของแอป

setup-read-only = มีเพียงผู้ดูแลระบบเท่านั้นที่เปลี่ยนการตั้งค่าเหล่านี้ได้

setup-places = ตำแหน่งที่แอปแสดง

setup-bound = ผูกแล้ว

setup-not-bound = ยังไม่ผูก

setup-unavailable = ไม่มีในพอร์ทัลนี้

setup-apply = ใช้การเปลี่ยนแปลง

setup-no-changes = ไม่มีอะไรต้องเปลี่ยน

setup-applied = ใช้การเปลี่ยนแปลงแล้ว

setup-app-options = ตัวเลือกสำหรับทุกคน

setup-my-options = ตัวเลือกของฉัน

setup-theme = ธีม

setup-theme-auto = ตามระบบ

setup-theme-light = สว่าง

setup-theme-dark = มืด

setup-transport = การเชื่อมต่อ REST

setup-transport-bx24 = ผ่านหน้าพอร์ทัล

setup-transport-fetch = คำขอโดยตรง

setup-save = บันทึก

setup-saved = บันทึกแล้ว

setup-save-failed = ไม่ได้บันทึกตัวเลือก

home-open-settings = การตั้งค่าแอป
## Messenger
im-templates-title = ตอบกลับด่วน
im-template-thanks = ขอบคุณครับ/ค่ะ! จะติดต่อกลับโดยเร็ว
im-template-details = ช่วยส่งรายละเอียดให้หน่อยได้ไหม
im-template-call = เราคุยเรื่องนี้ทางโทรศัพท์กันดีกว่า สะดวกเมื่อไร
im-template-bound = เรากำลังดำเนินการเรื่อง { $element } และจะแจ้งความคืบหน้าในแชทนี้
im-draft-reply = { $name } ขอบคุณสำหรับข้อความ: “{ $about }” จะตรวจสอบและตอบกลับภายในวันนี้
im-draft-reply-anonymous = ขอบคุณสำหรับข้อความ: “{ $about }” จะตรวจสอบและตอบกลับภายในวันนี้
im-draft-button = ร่างคำตอบ
im-read-input = อ่านช่องป้อนข้อความ
im-replace-text = แทนที่ข้อความในช่องป้อนข้อความ
im-input-text = ข้อความในช่องป้อน: { $text } (ความยาว: { $count })
im-input-empty = ช่องป้อนข้อความว่างอยู่
im-inserted = ข้อความอยู่ในช่องป้อนข้อความแล้ว
im-no-textarea = เมสเซนเจอร์ไม่ตอบสนอง: ที่นี่ไม่มีช่องป้อนข้อความ
im-insert-failed = แทรกข้อความไม่ได้: { $reason }
im-task-ref = งาน #{ $id }
im-belongs-to = เป็นของ:
im-ordinary-chat = แชทนี้ไม่ได้เชื่อมโยงกับองค์ประกอบ CRM หรืองานใด
im-private-chat = แชทส่วนตัว: ไม่ได้เชื่อมโยงกับองค์ประกอบ CRM หรืองานใด
im-members = สมาชิก: { $count }
im-online = ออนไลน์
im-write = เขียน
im-call-short = โทร
im-write-to = เขียนถึง { $name }
im-call = โทรหา { $name }
im-field-title = ชื่อเรื่อง
im-field-description = คำอธิบาย
im-field-deadline = กำหนดเวลา
im-make-task = สร้างงาน
im-make-activity = เพิ่มกิจกรรม CRM
im-title-required = กรุณาป้อนชื่อเรื่อง
im-deadline-required = กิจกรรม CRM ต้องมีกำหนดเวลา
im-no-crm-binding = แชทนี้ไม่ได้เชื่อมโยงกับองค์ประกอบ CRM จึงสร้างได้เฉพาะงาน
im-from-message = จากข้อความของ { $author } ใน “{ $chat }”
im-task-created = สร้างงาน #{ $id } แล้ว
im-activity-created = เพิ่มกิจกรรม #{ $id } ไปยัง { $element } แล้ว
im-write-refused = พอร์ทัลปฏิเสธ: { $reason }
im-write-unknown = พอร์ทัลไม่ยืนยันทันเวลา: อาจสร้างไปแล้ว โปรดตรวจสอบก่อนส่งอีกครั้ง
im-check = ตรวจสอบ
im-check-not-found = ยังไม่มีการสร้างสิ่งใด คุณส่งอีกครั้งได้
im-recent-title = แชทของคุณ
im-no-chats = ยังไม่มีแชท
im-unread = ยังไม่อ่าน: { $count }
im-open-chat = เปิดแชท
im-more-chats = แสดงเฉพาะแชทล่าสุด (สูงสุด { $count })
im-smiles-deprecated = ตำแหน่งนี้เลิกใช้แล้ว
im-smiles-deprecated-text = ตั้งแต่เมสเซนเจอร์เวอร์ชัน 25.1600.0 อีโมจิถูกแทนที่ด้วยสติกเกอร์ และพอร์ทัลจะไม่เปิดตำแหน่งนี้อีกต่อไป ชุดด้านล่างยังคงแทรกลงในช่องป้อนข้อความได้ในที่ที่พอร์ทัลอนุญาต
im-smiles-faces = ใบหน้า
im-smiles-work = งาน
im-smiles-gestures = ท่าทาง

## Telephony
call-note-label = บันทึกการโทร
call-note-save = บันทึกโน้ต
call-note-discard = ยกเลิก
call-note-held = การ์ดการโทรจะเปิดอยู่จนกว่าคุณจะบันทึกหรือยกเลิกโน้ต
call-note-saving = กำลังบันทึกโน้ต…
call-note-saved = บันทึกโน้ตเป็นกิจกรรม #{ $id } ใน { $element } แล้ว
call-note-refused = ไม่ได้บันทึกโน้ต: { $reason }
call-note-unknown = พอร์ทัลไม่ยืนยันทันเวลา: โน้ตอาจบันทึกแล้ว โปรดตรวจสอบไทม์ไลน์ก่อนบันทึกอีกครั้ง
call-note-no-target = เชื่อมโยงการโทรกับองค์ประกอบ CRM เพื่อบันทึกโน้ต
call-note-title = บันทึกการโทร: { $phone }
call-note-title-no-phone = บันทึกการโทร
softphone-waiting = ซอฟต์โฟนกำลังรอสาย
softphone-title = สายเรียกเข้าจาก { $phone }
softphone-ringing = กำลังเรียก…
softphone-connected = เชื่อมต่อแล้ว
softphone-on-hold = พักสาย
softphone-ended = สิ้นสุดการโทรหลังจาก { $minutes } นาที { $seconds } วินาที
softphone-missed = สายที่ไม่ได้รับ
softphone-finish-failed = ไม่สามารถสิ้นสุดการโทรได้: { $reason }
softphone-command-failed = การ์ดการโทรไม่รับคำสั่ง: { $reason }
calls-title = การโทรใน { $days } วันที่ผ่านมา
calls-total = การโทร
calls-incoming = สายเข้า
calls-outgoing = สายออก
calls-missed = ไม่ได้รับ
calls-talk-time = เวลาสนทนา
calls-average = การโทรเฉลี่ย
calls-duration = { $minutes } นาที { $seconds } วินาที
calls-per-day = การโทรต่อวัน
calls-per-user = ตามพนักงาน
calls-employee = พนักงาน
calls-loading = กำลังโหลดบันทึกการโทร… โหลดแล้ว: { $rows }
calls-stop = หยุด
calls-partial = หยุดการโหลดแล้ว: รายงานครอบคลุมเฉพาะการโทรที่โหลดมาแล้ว
calls-none = ไม่มีการโทรในช่วงนี้
calls-day = { $date }: รับ { $answered } ไม่ได้รับ { $missed }

## Open lines
connector-title = ตัวเชื่อมต่อช่องทางเปิด “{ $name }”
connector-not-registered = ตัวเชื่อมต่อของแอปยังไม่ได้ลงทะเบียนในพอร์ทัลนี้ เปิดการตั้งค่าของแอปเพื่อลงทะเบียน
connector-lines = ช่องทางเปิด
connector-setup = ตั้งค่า
connector-line-id = ช่องทางเปิด #{ $id }
connector-line-inactive = ปิดอยู่
connector-active = ใช้งานอยู่
connector-inactive = ไม่ได้ใช้งาน
connector-configured = ตั้งข้อมูลช่องทางแล้ว
connector-not-configured = ยังไม่ได้ตั้งข้อมูลช่องทาง
connector-error = ข้อผิดพลาด
connector-ok = ทำงานอยู่
connector-works = ตัวเชื่อมต่อทำงานในช่องทางเปิดนี้
connector-wants-on = คุณเปิดตัวเชื่อมต่อสำหรับช่องทางเปิดนี้แล้ว: เชื่อมต่อเพื่อให้เสร็จสิ้น
connector-wants-off = คุณปิดตัวเชื่อมต่อสำหรับช่องทางเปิดนี้แล้ว: ยกเลิกการเชื่อมต่อเพื่อให้เสร็จสิ้น
connector-channel-name = ชื่อช่องทาง
connector-default-name = แชทวิดเจ็ต Rust
connector-channel-url = ลิงก์แชท
connector-connect = เชื่อมต่อ
connector-disconnect = ยกเลิกการเชื่อมต่อ
connector-name-required = กรุณาป้อนชื่อช่องทาง
connector-url-invalid = ลิงก์แชทต้องขึ้นต้นด้วย https:// หรือ http://
connector-refused = พอร์ทัลปฏิเสธ: { $reason }
connector-unknown = พอร์ทัลไม่ยืนยันทันเวลา: การเปลี่ยนแปลงอาจมีผลแล้ว โปรดตรวจสอบสถานะก่อนลองอีกครั้ง
connector-check = ตรวจสอบสถานะ

## Unsupported spots
spot-hr-title = เงินเดือนและการลา (HR)
spot-hr-text = พอร์ทัลเปิดแผงนี้จากเมนูเงินเดือนและการลาของโมดูล HR Bitrix24 ไม่ได้ระบุในเอกสารว่าส่งอะไรให้แอปที่นี่ แอปจึงแสดงเฉพาะสิ่งที่ได้รับและไม่มีอะไรมากกว่านั้น
spot-catalog-title = แคตตาล็อกสินค้าภายนอก
spot-catalog-text = ตัวเลือกสินค้าโหลดเฟรมที่ซ่อนนี้เพื่อค้นหาในแคตตาล็อกภายนอก คำสั่งและเหตุการณ์ของเฟรมไม่มีเอกสาร (ทราบได้จากโค้ดของพอร์ทัลเท่านั้น) แอปจึงไม่ตอบสนอง และตัวเลือกยังคงใช้แคตตาล็อกของพอร์ทัลเอง
spot-options = สิ่งที่พอร์ทัลส่งมา
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

crm-report-title = รายงานตามขั้นตอน: { $entity }
crm-report-entity = รายงานของ
crm-report-counting = กำลังนับ: { $done } จาก { $total }
crm-report-stop = หยุด
crm-report-stopped-early = หยุดก่อนที่จะนับสิ่งใด
crm-report-count-again = นับใหม่
crm-report-partial = หยุดก่อนเสร็จ: ตัวเลขนี้ครอบคลุม { $done } จาก { $total }
crm-report-counted = นับแล้ว: { $count }
crm-report-empty = รายการนี้ว่างเปล่า
crm-report-pipeline = ไปป์ไลน์
crm-report-total = ทั้งหมด
crm-report-won = สำเร็จ
crm-report-lost = ไม่สำเร็จ
crm-report-win-rate = อัตราความสำเร็จ
crm-report-percent = { $percent }%
crm-report-reached = { $percent }% มาถึงขั้นตอนนี้
crm-report-chart = ขั้นตอนของ { $pipeline }
crm-report-open-hint = เลือกขั้นตอนเพื่อเปิดรายการที่กรองตามขั้นตอนนั้น

## CRM list row actions (CRM_*_LIST_MENU)

crm-row-actions = การดำเนินการด่วน
crm-row-stage = ขั้นตอน
crm-row-move = ย้าย
crm-row-reassign = เปลี่ยนผู้รับผิดชอบ
crm-row-pick-user = เลือกผู้รับผิดชอบคนใหม่
crm-row-saving = กำลังบันทึก…
crm-row-moved = ย้ายไปที่ “{ $stage }” แล้ว
crm-row-reassigned = ตอนนี้ { $name } เป็นผู้รับผิดชอบ
crm-row-save-failed = ไม่ได้บันทึกการเปลี่ยนแปลง: { $reason }
crm-row-unknown = พอร์ทัลไม่ได้ยืนยันการเปลี่ยนแปลง จึงอาจบันทึกแล้วหรือยังไม่บันทึก ระบบได้อ่านแถวนี้ใหม่แล้ว โปรดตรวจสอบก่อนลองอีกครั้ง

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

automation-title = ทริกเกอร์ระบบอัตโนมัติ
automation-hint = วางทริกเกอร์ตัวใดตัวหนึ่งของแอปไว้บนขั้นตอนในตัวออกแบบนี้ เมื่อทริกเกอร์ทำงานกับองค์ประกอบ องค์ประกอบนั้นจะย้ายไปยังขั้นตอนดังกล่าว
automation-empty = แอปยังไม่มีทริกเกอร์
automation-admin-only = มีเพียงผู้ดูแลระบบเท่านั้นที่เพิ่ม ลบ หรือเรียกใช้ทริกเกอร์ของแอปได้
automation-delete = ลบ
automation-delete-label = ลบ “{ $name }”
automation-add-title = ทริกเกอร์ใหม่
automation-name = ชื่อ
automation-code = รหัส
automation-code-hint = ตัวอักษรละตินพิมพ์เล็ก ตัวเลข จุด ยัติภังค์ และขีดล่าง แอปจะเสนอรหัสจากชื่อให้
automation-add = เพิ่มทริกเกอร์
automation-empty-name = ตั้งชื่อให้ทริกเกอร์
automation-bad-code = รหัสมีได้เฉพาะตัวอักษรละตินพิมพ์เล็ก ตัวเลข จุด ยัติภังค์ และขีดล่าง (ไม่เกิน 64 ตัวอักษร)
automation-taken-code = แอปมีทริกเกอร์ที่ใช้รหัสนี้อยู่แล้ว
automation-added = “{ $name }” อยู่ในทริกเกอร์ของตัวออกแบบแล้ว
automation-deleted = ลบ “{ $name }” แล้ว
automation-fire-title = ทดลองทริกเกอร์
automation-fire-trigger = ทริกเกอร์
automation-fire-element = ID ขององค์ประกอบ
automation-fire-pick = เลือกองค์ประกอบ
automation-fire = เรียกใช้
automation-bad-id = ป้อน ID ขององค์ประกอบเป็นจำนวนเต็ม
automation-picked = องค์ประกอบ: { $title }
automation-fired = เรียกใช้ “{ $name }” กับ { $element } แล้ว
automation-no-fire = องค์ประกอบประเภทนี้ไม่มีการทำงานอัตโนมัติ จึงเรียกใช้ทริกเกอร์กับองค์ประกอบเหล่านี้ไม่ได้
automation-saving = กำลังบันทึก…
automation-failed = พอร์ทัลปฏิเสธ: { $reason }
automation-unknown = พอร์ทัลไม่ได้ยืนยัน จึงอาจดำเนินการแล้วหรือยังไม่ได้ดำเนินการ ระบบได้อ่านรายการใหม่แล้ว โปรดตรวจสอบก่อนลองอีกครั้ง

## CRM rating field (USERFIELD_TYPE)

crm-rating-stars = { $stars } จาก { $max } ดาว
crm-rating-choose = เลือกคะแนน
crm-rating-entry = คะแนนที่ { $number }
crm-rating-note = หมายเหตุ
crm-rating-note-count = { $used } / { $max }
crm-rating-add = เพิ่มคะแนน
crm-rating-remove = ลบ
crm-rating-required = ช่องนี้จำเป็นต้องกรอก: เลือกอย่างน้อยหนึ่งดาว
crm-rating-no-stars = เลือกดาวสำหรับคะแนนที่ { $number }
crm-rating-note-too-long = หมายเหตุของคะแนนที่ { $number } ยาวเกินไป: ไม่เกิน { $max } ตัวอักษร
crm-rating-unreadable = ไม่สามารถแสดงค่าที่บันทึกไว้ได้ ({ $reason }) การบันทึกการ์ดจะแทนที่ค่านั้น
crm-rating-kept = เก็บไว้ในการ์ดแล้ว: จะบันทึกเมื่อคุณบันทึกการ์ด
crm-rating-set-failed = การ์ดไม่รับค่า: { $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)
workload-title = ภาระงาน: { $name }
workload-title-visible = ภาระงานของงานที่คุณมองเห็นได้
workload-tasks-total = งานในรายการ: { $total }
workload-progress = โหลดงานแล้ว: { $loaded } จาก { $total }
workload-stop = หยุดการโหลด
workload-stopped = หยุดการโหลดแล้ว
workload-partial = รายงานนี้รวมเฉพาะงานที่โหลดแล้ว: { $loaded } จาก { $total }
workload-load-again = โหลดอีกครั้ง
workload-open-tasks = งานที่เปิดอยู่
workload-due-this-week = ครบกำหนดสัปดาห์นี้
workload-no-deadline = ไม่มีกำหนดส่ง
workload-by-status = งานตามสถานะ
workload-per-person = งานที่เปิดอยู่ตามผู้รับผิดชอบ
workload-person-load = { $open } (เลยกำหนด: { $overdue })
workload-other-status = สถานะอื่น
workload-open-list = เปิดรายการงาน
workload-empty = ไม่มีงานในรายการนี้

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)
group-kind-workgroup = กลุ่มงาน
group-open-to-join = เปิดให้เข้าร่วม
group-members = สมาชิก
group-role-owner = เจ้าของ
group-role-moderator = ผู้ดูแล
group-role-member = สมาชิก
group-deadlines = กำหนดส่งที่ใกล้ถึง
group-no-deadlines = ไม่มีงานที่เปิดอยู่ของกลุ่มนี้ที่มีกำหนดส่ง
group-open-page = เปิดกลุ่ม
group-no-group-title = ไม่มีกลุ่มที่นี่
group-no-group-text = พอร์ทัลเปิดปุ่มนี้ในหน้าที่ไม่ได้ระบุกลุ่ม จึงไม่มีการ์ดกลุ่มให้แสดง

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)
profile-department = แผนก
profile-manager = ผู้จัดการ
profile-work-phone = โทรศัพท์ที่ทำงาน
profile-mobile = โทรศัพท์มือถือ
profile-extension = เบอร์ภายใน
profile-online = ออนไลน์
profile-dismissed = พ้นสภาพพนักงาน
profile-message = ส่งข้อความ
profile-call = โทร
profile-open-profile = เปิดโปรไฟล์
profile-open-deals = ดีลที่เปิดอยู่: { $count }
profile-open-tasks = งานที่เปิดอยู่: { $count }
profile-no-deals = ไม่มีดีลที่เปิดอยู่
profile-no-tasks = ไม่มีงานที่เปิดอยู่
profile-messenger-failed = ไม่สามารถเปิดเมสเซนเจอร์จากที่นี่ได้

## App links (REST_APP_URI)
link-unknown-title = ลิงก์นี้ไม่ได้ระบุสิ่งที่แอปเปิดได้
link-unknown-text = แอปจะเปิดลิงก์ที่พารามิเตอร์ระบุรายการ CRM (entityTypeId และ id หรือ deal, lead, contact, company, quote, invoice) งาน (task) หรือพนักงาน (user) ลิงก์นี้ส่งมา:
link-no-params = ลิงก์นี้ไม่ได้ส่งพารามิเตอร์ใดมา

## Calendar view (CALENDAR_GRIDVIEW)
calendar-range = { $from } – { $to }
calendar-events-count = กิจกรรมในช่วงนี้: { $count }
calendar-previous = ช่วงก่อนหน้า
calendar-next = ช่วงถัดไป
calendar-add = กิจกรรมใหม่
calendar-all-day = ทั้งวัน
calendar-edit = แก้ไข
calendar-delete = ลบ
calendar-edit-event = แก้ไข “{ $name }”
calendar-delete-event = ลบ “{ $name }”
calendar-no-events = ไม่มีกิจกรรม
calendar-not-found = ปฏิทินไม่พบกิจกรรมนี้ โปรดรีเฟรชมุมมองแล้วลองอีกครั้ง

## Sites
landing-site-settings = การตั้งค่าเว็บไซต์
landing-page = หน้า: { $page }
landing-site-title = ชื่อเว็บไซต์
landing-site-description = คำอธิบาย
landing-save = บันทึก
landing-site-saved = บันทึกการตั้งค่าเว็บไซต์แล้ว
landing-title-required = กรุณาป้อนชื่อเว็บไซต์
landing-refused = พอร์ทัลปฏิเสธ: { $reason }
landing-unknown = พอร์ทัลไม่ยืนยันทันเวลา: การเปลี่ยนแปลงอาจบันทึกแล้ว โปรดโหลดหน้าใหม่ก่อนบันทึกอีกครั้ง
landing-block-settings = ข้อความของบล็อก
landing-block-hint = กรอกข้อความที่ต้องการเปลี่ยน ช่องที่ว่างจะคงเดิมตามในตัวแก้ไข
landing-no-text-nodes = บล็อกนี้ไม่มีข้อความให้เปลี่ยนที่นี่
landing-nothing-to-save = กรุณากรอกข้อความอย่างน้อยหนึ่งรายการ
landing-block-saved = อัปเดตบล็อกและโหลดใหม่ในตัวแก้ไขแล้ว
landing-block-saved-no-refresh = อัปเดตบล็อกแล้ว แต่ตัวแก้ไขไม่ได้โหลดใหม่: { $reason }
## CRM work
crm-todo-title = สิ่งที่ต้องทำใหม่
crm-todo-for = สำหรับ { $title }
crm-todo-heading = สิ่งที่ต้องทำใหม่สำหรับ “{ $title }”
crm-todo-text = สิ่งที่ต้องทำ
crm-todo-text-placeholder = เช่น โทรกลับเรื่องใบเสนอราคา
crm-todo-deadline = กำหนดเวลา
crm-todo-due = กำหนด
crm-todo-due-today = วันนี้ 18:00
crm-todo-due-tomorrow = พรุ่งนี้ 10:00
crm-todo-due-three-days = อีก 3 วัน
crm-todo-due-week = อีกหนึ่งสัปดาห์
crm-todo-responsible = ผู้รับผิดชอบ
crm-todo-me = คุณ
crm-todo-choose-user = เลือก
crm-todo-create = สร้างสิ่งที่ต้องทำ
crm-todo-create-again = สร้างต่อไป
crm-todo-cancel = ยกเลิก
crm-todo-saving = กำลังสร้างสิ่งที่ต้องทำ…
crm-todo-created = สร้างแล้ว: { $text }
crm-todo-failed-title = ไม่ได้สร้างสิ่งที่ต้องทำ
crm-todo-failed = ไม่ได้สร้างสิ่งที่ต้องทำ: { $reason }
crm-todo-unknown-title = ยังไม่ยืนยัน
crm-todo-unknown = พอร์ทัลไม่ได้ยืนยันสิ่งที่ต้องทำ จึงอาจสร้างไว้แล้ว โปรดตรวจสอบรายการที่เปิดอยู่ก่อนสร้างใหม่
crm-todo-open = สิ่งที่ต้องทำที่เปิดอยู่: { $count }
crm-todo-open-none = ยังไม่มีสิ่งที่ต้องทำที่เปิดอยู่
crm-todo-empty-text = โปรดระบุสิ่งที่ต้องทำ
crm-todo-bad-deadline = เลือกวันและเวลา
crm-todo-driver-loading = กำลังเตรียมแบบฟอร์ม…
crm-todo-driver-ready = แสดงแบบฟอร์มแล้ว
crm-todo-load-failed = โหลดรายการไม่ได้: { $reason }
crm-todo-layout-refused = พอร์ทัลแสดงแบบฟอร์มไม่ได้
crm-record-paid = ชำระแล้ว
crm-record-unpaid = ยังไม่ชำระ
crm-record-canceled = ยกเลิกแล้ว
crm-record-status = สถานะ: { $code }
crm-record-done = เสร็จแล้ว
crm-record-open = ยังไม่เสร็จ
crm-record-incoming = ขาเข้า
crm-record-outgoing = ขาออก
crm-record-meeting = การประชุม
crm-record-call = การโทร
crm-record-task = งาน
crm-record-email = อีเมล
crm-record-todo = สิ่งที่ต้องทำ
crm-record-billed = ออกเมื่อ
crm-record-pay-before = ชำระภายใน
crm-record-starts = เริ่ม
crm-record-order-title = คำสั่งซื้อ { $number }
crm-record-belongs-to = เป็นของ
crm-record-items = รายการ
crm-record-line = { $quantity } × { $price }
crm-search-running = กำลังค้นหา…
crm-search-found = ส่งผลลัพธ์ไปยังแบบฟอร์ม: { $count }
crm-search-failed = ค้นหาไม่สำเร็จ: { $reason }
crm-search-picked = กรอกผลลัพธ์ที่เลือกลงในแบบฟอร์มแล้ว
crm-search-unknown-pick = ตัวเลือกที่เลือกไม่ได้มาจากแอปนี้
crm-doc-title = ใบเสนอราคา
crm-doc-number = เลขที่ { $number }
crm-doc-issued = วันที่
crm-doc-subject = เรื่อง
crm-doc-client = ลูกค้า
crm-doc-stage = ขั้นตอน
crm-doc-prepared-by = จัดทำโดย
crm-doc-note = ใบเสนอราคานี้มีผล 14 วันนับจากวันที่ข้างต้น
crm-doc-print = พิมพ์
crm-doc-download = ดาวน์โหลด
crm-doc-downloaded = บันทึกเป็น { $file } แล้ว
crm-doc-download-failed = บันทึกไฟล์ไม่ได้
crm-doc-print-failed = เบราว์เซอร์พิมพ์หน้านี้ไม่ได้
crm-record-mark-done = ทำเครื่องหมายว่าเสร็จ
crm-record-done-failed = ทำเครื่องหมายว่าเสร็จไม่ได้: { $reason }
crm-record-done-unknown = พอร์ทัลไม่ได้ยืนยันการเปลี่ยนแปลง อ่านการ์ดใหม่แล้ว โปรดตรวจสอบก่อนลองอีกครั้ง
crm-robot-title = การตั้งค่าโรบอต
crm-robot-hint = การเปลี่ยนแปลงจะไปที่แบบฟอร์มโรบอตทันที บันทึกโรบอตเพื่อเก็บไว้
crm-robot-sent = ส่งไปยังแบบฟอร์มโรบอตแล้ว: { $name }
crm-robot-required = กรอกช่องนี้
crm-robot-not-integer = ป้อนจำนวนเต็ม
crm-robot-not-number = ป้อนตัวเลข
crm-robot-not-date = ป้อนวันที่
crm-robot-not-option = เลือกหนึ่งตัวเลือก
crm-robot-no-properties = โรบอตนี้ไม่มีการตั้งค่า
crm-robot-one-per-line = หนึ่งค่าต่อบรรทัด
