# Vietnamese (vi)

## Màn hình tải và màn hình lỗi: trước tiện ích và thay cho tiện ích
loading = Đang tải…
not-in-frame-title = Hãy mở ứng dụng này trong Bitrix24
not-in-frame-text = Trang này là một tiện ích của Bitrix24. Tiện ích hoạt động bên trong cổng thông tin Bitrix24 của bạn, nơi cổng thông tin truyền cho nó ngữ cảnh cần thiết. Hãy mở từ menu của cổng thông tin, thẻ CRM hoặc bất kỳ nơi nào khác đã cài đặt ứng dụng.
not-in-frame-dev-hint = Dành cho nhà phát triển: chạy scripts/run.sh để thử mọi tiện ích trong trình giả lập cổng thông tin cục bộ.
init-timeout-title = Bitrix24 không phản hồi
init-timeout-text = Cổng thông tin không gửi ngữ cảnh cho tiện ích kịp thời. Hãy kiểm tra kết nối và thử lại.
malformed-title = Tiện ích này nhận được dữ liệu không đọc được
malformed-text = Cổng thông tin đã mở tiện ích với các tùy chọn ở định dạng không mong đợi. Không có gì bị thay đổi. Thông tin chi tiết bên dưới sẽ giúp ích cho nhà phát triển ứng dụng.
unknown-title = Vị trí này chưa được hỗ trợ
unknown-text = Cổng thông tin đã mở ứng dụng ở một vị trí mà ứng dụng không nhận biết. Đây là dữ liệu ứng dụng nhận được:
crash-title = Đã xảy ra lỗi
crash-text = Tiện ích gặp lỗi không mong muốn. Tải lại trang thường sẽ khắc phục được.
retry = Thử lại
reload = Tải lại
placement-code = Vị trí nhúng
error = Lỗi

## Thao tác chung của mọi tiện ích
open = Mở
details = Chi tiết
refresh = Làm mới

## Các trường của thẻ CRM và thẻ tác vụ
amount = Số tiền
responsible = Người chịu trách nhiệm
created-by = Người tạo
contact = Liên hệ
company = Công ty
phone = Điện thoại
email = Email
created = Ngày tạo
modified = Ngày sửa đổi
start-date = Ngày bắt đầu
close-date = Ngày đóng
deadline = Hạn chót
project = Dự án
checklist = Danh sách kiểm tra
not-set = Chưa đặt
overdue = Quá hạn
important = Ưu tiên cao
closed-item = Đã đóng

## Trạng thái tải
load-failed = Không thể tải dữ liệu
not-found = Không tìm thấy hoặc không có quyền truy cập
not-found-text = Mục này có thể đã bị xóa hoặc quyền của bạn không cho phép xem mục này.
path-not-available = Cổng thông tin không thể mở trang này tại đây.

## Trạng thái tác vụ (tasks.task.get status 1–7)
task-new = Mới
task-pending = Đang chờ
task-in-progress = Đang thực hiện
task-awaiting-review = Chờ kiểm tra
task-completed = Đã hoàn thành
task-deferred = Đã hoãn
task-declined = Đã từ chối

## Loại thực thể CRM
lead = Khách hàng tiềm năng
deal = Giao dịch
contact-entity = Liên hệ
company-entity = Công ty
quote = Báo giá
invoice = Hóa đơn
smart-process-item = Mục quy trình thông minh
activity = Hoạt động
order = Đơn hàng
task = Tác vụ

## Thẻ cuộc gọi (CALL_CARD)
incoming-call = Cuộc gọi đến
outgoing-call = Cuộc gọi đi
callback = Gọi lại
line = Đường dây
call-idle = đang chờ
call-connecting = đang kết nối
call-connected = đã kết nối
no-crm-binding = Người gọi chưa có trong CRM.
also-linked = Cũng được liên kết

## Chế độ xem ngữ cảnh (các vị trí chưa có tiện ích riêng)
widget-context = Ngữ cảnh tiện ích
widget-context-text = Cổng thông tin đã mở ứng dụng tại đây với ngữ cảnh này. Vị trí này sẽ hiển thị ngữ cảnh cho đến khi có tiện ích riêng.
opened-from = Mở từ
presentation = Hiển thị dưới dạng

## Trang chủ (DEFAULT, LEFT_MENU)
welcome = Tiện ích Rust cho Bitrix24
welcome-text = Ứng dụng thêm tiện ích vào thẻ CRM, tác vụ, thẻ cuộc gọi và những nơi khác trong cổng thông tin của bạn.
signed-in-as = Đăng nhập với tư cách
portal = Cổng thông tin
language = Ngôn ngữ
administrator = Quản trị viên

## Điều khiển dùng chung
toggle-theme = Chuyển giao diện sáng/tối
background-worker = Tiến trình nền đang chạy.

## Thẻ tác vụ
checklist-progress = Danh sách kiểm tra: đã hoàn thành { $done }/{ $total }

## Chế độ xem chi tiết
yes = Có
no = Không

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

setup-area-app = Trang riêng của ứng dụng

setup-area-crm = CRM

setup-area-tasks = Công việc

setup-area-workgroups = Nhóm làm việc và dự án

setup-area-people = Nhân viên

setup-area-calendar = Lịch

setup-area-telephony = Điện thoại

setup-area-messenger = Messenger

setup-area-contact-center = Trung tâm liên hệ

setup-area-fields = Trường CRM

setup-area-sites = Trang web và cửa hàng

setup-purpose-app-page = Widgets

setup-purpose-app-page-text = Trang riêng của ứng dụng: bạn là ai, cổng thông tin của bạn và cài đặt ứng dụng.

setup-purpose-app-link = Mở trong Widgets

setup-purpose-app-link-text = Mở phần tử CRM, công việc hoặc nhân viên mà liên kết tới ứng dụng chỉ đến.

setup-purpose-call-watcher = Theo dõi cuộc gọi

setup-purpose-call-watcher-text = Chạy nền trên mọi trang và theo dõi cuộc gọi cho thẻ cuộc gọi.

setup-purpose-entity-overview = Tổng quan

setup-purpose-entity-overview-text = Phần tử trong nháy mắt: giai đoạn, số tiền, người liên quan và thông tin liên hệ.

setup-purpose-row-action = Thao tác Widgets

setup-purpose-row-action-text = Thao tác trên các hàng đã chọn trong danh sách.

setup-purpose-list-report = Báo cáo theo giai đoạn

setup-purpose-list-report-text = Số lượng và số tiền mỗi giai đoạn của cả danh sách, cùng tỷ lệ chuyển đổi qua phễu.

setup-purpose-card-action = Tóm tắt

setup-purpose-card-action-text = Tóm tắt phần tử trong bảng trượt.

setup-purpose-activity = Việc cần làm

setup-purpose-activity-text = Một loại hoạt động CRM thêm việc cần làm vào phần tử.

setup-purpose-timeline-action = Thao tác với bản ghi

setup-purpose-timeline-action-text = Làm việc với bản ghi dòng thời gian đã chọn.

setup-purpose-document = Bản tóm tắt để in

setup-purpose-document-text = Tạo tài liệu có thể in cho phần tử.

setup-purpose-automation-triggers = Trình kích hoạt tự động hóa

setup-purpose-automation-triggers-text = Thêm các trình kích hoạt của ứng dụng vào trình thiết kế tự động hóa và chạy thử chúng trên một phần tử.

setup-purpose-search = Tìm kiếm Widgets

setup-purpose-search-text = Tìm phần tử CRM và thông tin công ty cho tìm kiếm và biểu mẫu thông tin.

setup-purpose-analytics = Báo cáo Widgets

setup-purpose-analytics-text = Một báo cáo trong phần phân tích.

setup-purpose-task-summary = Tóm tắt công việc

setup-purpose-task-summary-text = Công việc trong nháy mắt: trạng thái, hạn chót, người liên quan và danh sách kiểm tra.

setup-purpose-workload = Khối lượng công việc

setup-purpose-workload-text = Báo cáo khối lượng công việc của một người hoặc một nhóm.

setup-purpose-group-card = Tổng quan nhóm

setup-purpose-group-card-text = Thành viên, vai trò và công việc đang mở của nhóm làm việc.

setup-purpose-employee-card = Thẻ nhân viên

setup-purpose-employee-card-text = Phòng ban, quản lý, liên hệ, giao dịch và công việc đang mở.

setup-purpose-calendar-view = Lịch trình

setup-purpose-calendar-view-text = Một chế độ xem của lịch.

setup-purpose-call-notes = Ghi chú cuộc gọi

setup-purpose-call-notes-text = Ghi chú trong cuộc gọi, lưu vào phần tử CRM của khách hàng.

setup-purpose-calls-report = Báo cáo cuộc gọi

setup-purpose-calls-report-text = Báo cáo về các cuộc gọi của cổng thông tin.

setup-purpose-chat-templates = Mẫu trả lời

setup-purpose-chat-templates-text = Mẫu trả lời phía trên ô nhập của cuộc trò chuyện.

setup-purpose-chat-context = Ngữ cảnh trò chuyện

setup-purpose-chat-context-text = Phần tử CRM hoặc công việc mà cuộc trò chuyện thuộc về, trong thanh bên.

setup-purpose-message-action = Tạo từ tin nhắn

setup-purpose-message-action-text = Chuyển tin nhắn thành công việc hoặc hoạt động CRM.

setup-purpose-messenger-page = Widgets

setup-purpose-messenger-page-text = Ứng dụng dưới dạng một trang trong Messenger.

setup-purpose-connector-tile = Trình kết nối Widgets

setup-purpose-connector-tile-text = Ô của trung tâm liên hệ mở phần thiết lập trình kết nối.

setup-purpose-connector-settings = Cài đặt trình kết nối

setup-purpose-connector-settings-text = Cài đặt trình kết nối kênh mở của ứng dụng.

setup-purpose-rating-field = Đánh giá

setup-purpose-rating-field-text = Một loại trường CRM: đánh giá sao kèm ghi chú.

setup-purpose-site-settings = Cài đặt trang web

setup-purpose-site-settings-text = Cài đặt của ứng dụng trên một trang web.

setup-purpose-block-settings = Cài đặt khối

setup-purpose-block-settings-text = Cài đặt các khối của ứng dụng trong trình chỉnh sửa trang web.

setup-spot-left-menu = Menu bên trái

setup-spot-app-links = Liên kết tới ứng dụng

setup-spot-every-page = Mọi trang, chạy nền

setup-spot-card-tab = Tab của thẻ

setup-spot-card-activity = Hoạt động trong thẻ

setup-spot-card-toolbar = Thanh công cụ của thẻ

setup-spot-card-sidebar = Thanh bên của thẻ

setup-spot-card-top-panel = Bảng trên cùng của thẻ

setup-spot-list-toolbar = Phía trên danh sách

setup-spot-funnels-toolbar = Phía trên các phễu

setup-spot-list-row-menu = Menu hàng trong danh sách

setup-spot-timeline-menu = Menu bản ghi dòng thời gian

setup-spot-document-button = Nút Tài liệu

setup-spot-automation-toolbar = Trình thiết kế tự động hóa

setup-spot-analytics-menu = Menu phân tích

setup-spot-analytics-toolbar = Thanh công cụ phân tích

setup-spot-search = Tìm kiếm CRM

setup-spot-details-autocomplete = Biểu mẫu thông tin công ty và ngân hàng

setup-spot-profile-menu = Menu hồ sơ

setup-spot-calendar-view = Các chế độ xem lịch

setup-spot-call-card = Thẻ cuộc gọi

setup-spot-chat-input-panel = Bảng phía trên ô nhập trò chuyện

setup-spot-chat-sidebar = Thanh bên trò chuyện

setup-spot-message-menu = Menu tin nhắn

setup-spot-mobile-message-menu = Menu tin nhắn trong ứng dụng di động

setup-spot-messenger-navigation = Điều hướng Messenger

setup-spot-contact-center-tile = Ô trung tâm liên hệ

setup-spot-connector-settings = Cài đặt kênh mở

setup-spot-field-type = Các loại trường CRM

setup-spot-site-settings = Cài đặt trang web

setup-spot-block-settings = Cài đặt khối trong trình chỉnh sửa trang web

setup-spot-other = Nơi khác

setup-subject-old-invoice = Hóa đơn (cũ)

setup-subject-workgroup = Nhóm làm việc

setup-subject-employee = Nhân viên

setup-title = Cài đặt ứng dụng

setup-intro = Chọn nơi ứng dụng xuất hiện trong cổng thông tin của bạn. Một bộ phù hợp đã được chọn sẵn; bạn có thể thay đổi sau trong cài đặt ứng dụng.

setup-selected = Đã chọn: { $count }

setup-install = Cài đặt

setup-installed = Đã cài đặt

setup-progress = Bước đã xong: { $done } / { $total }

setup-state-pending = Đang chờ

setup-state-running = Đang thực hiện

setup-state-done = Xong

setup-state-already = Đã có sẵn

setup-state-failed = Thất bại

setup-state-unknown = Không rõ kết quả

setup-problems-title = Một số bước chưa hoàn tất

setup-problems-text = Mọi thứ khác đã sẵn sàng. Hãy thử lại khi đã khắc phục nguyên nhân: chỉ những gì còn thiếu mới được gửi.

setup-rechecked-text = Cổng thông tin không cho biết một số bước có thành công không, nên ứng dụng đã kiểm tra lại cổng thông tin. Những gì được liệt kê vẫn còn thiếu; không có gì được gửi hai lần.

setup-finishing = Đang hoàn tất cài đặt…

setup-finished = Ứng dụng đã được cài đặt. Cổng thông tin đang tải lại ứng dụng.

setup-finish-failed = Cổng thông tin không chấp nhận việc kết thúc cài đặt.

setup-nothing-new = Mọi thứ bạn chọn đã được cài đặt.

setup-not-admin-title = Hãy nhờ quản trị viên cài đặt ứng dụng

setup-not-admin-text = Chỉ quản trị viên Bitrix24 mới có thể cài đặt ứng dụng này và chọn nơi nó xuất hiện. Không có gì thay đổi.

setup-bad-address = Ứng dụng đang mở ở địa chỉ mà cổng thông tin không thể tải tiện ích từ đó.

setup-settings-title = Cài đặt ứng dụng

setup-settings-intro = Nơi ứng dụng xuất hiện trong cổng thông tin của bạn, và các tùy chọn của nó.

setup-read-only = Chỉ quản trị viên mới có thể thay đổi các cài đặt này.

setup-places = Nơi ứng dụng xuất hiện

setup-bound = Đã gắn

setup-not-bound = Chưa gắn

setup-unavailable = Không có trên cổng thông tin này

setup-apply = Áp dụng thay đổi

setup-no-changes = Không có gì để thay đổi.

setup-applied = Đã áp dụng thay đổi.

setup-app-options = Tùy chọn cho mọi người

setup-my-options = Tùy chọn của tôi

setup-theme = Giao diện

setup-theme-auto = Theo hệ thống

setup-theme-light = Sáng

setup-theme-dark = Tối

setup-transport = Kết nối REST

setup-transport-bx24 = Qua trang cổng thông tin

setup-transport-fetch = Yêu cầu trực tiếp

setup-save = Lưu

setup-saved = Đã lưu.

setup-save-failed = Tùy chọn chưa được lưu.

home-open-settings = Cài đặt ứng dụng
## Messenger
im-templates-title = Trả lời nhanh
im-template-thanks = Cảm ơn bạn! Tôi sẽ phản hồi sớm.
im-template-details = Bạn có thể gửi cho tôi thông tin chi tiết được không?
im-template-call = Chúng ta trao đổi qua điện thoại nhé. Khi nào bạn tiện?
im-template-bound = Chúng tôi đang xử lý { $element } và sẽ cập nhật cho bạn trong cuộc trò chuyện này.
im-draft-reply = { $name }, cảm ơn tin nhắn của bạn: “{ $about }” Tôi sẽ xem xét và trả lời trong hôm nay.
im-draft-reply-anonymous = Cảm ơn tin nhắn của bạn: “{ $about }” Tôi sẽ xem xét và trả lời trong hôm nay.
im-draft-button = Soạn câu trả lời
im-read-input = Đọc ô nhập
im-replace-text = Thay văn bản trong ô nhập
im-input-text = Văn bản trong ô nhập: { $text } (độ dài: { $count })
im-input-empty = Ô nhập tin nhắn đang trống.
im-inserted = Văn bản đã có trong ô nhập tin nhắn.
im-no-textarea = Messenger không phản hồi: ở đây không có ô nhập tin nhắn.
im-insert-failed = Không thể chèn văn bản: { $reason }
im-task-ref = Công việc #{ $id }
im-belongs-to = Thuộc về:
im-ordinary-chat = Cuộc trò chuyện này không liên kết với phần tử CRM hay công việc nào.
im-private-chat = Trò chuyện riêng: không liên kết với phần tử CRM hay công việc nào.
im-members = Thành viên: { $count }
im-online = trực tuyến
im-write = Nhắn tin
im-call-short = Gọi
im-write-to = Nhắn tin cho { $name }
im-call = Gọi { $name }
im-field-title = Tiêu đề
im-field-description = Mô tả
im-field-deadline = Hạn chót
im-make-task = Tạo công việc
im-make-activity = Thêm hoạt động CRM
im-title-required = Hãy nhập tiêu đề.
im-deadline-required = Hoạt động CRM cần có hạn chót.
im-no-crm-binding = Cuộc trò chuyện này không liên kết với phần tử CRM, nên chỉ có thể tạo công việc.
im-from-message = Từ tin nhắn của { $author } trong “{ $chat }”.
im-task-created = Đã tạo công việc #{ $id }.
im-activity-created = Đã thêm hoạt động #{ $id } vào { $element }.
im-write-refused = Cổng thông tin đã từ chối: { $reason }
im-write-unknown = Cổng thông tin không xác nhận kịp thời: có thể mục này đã được tạo. Hãy kiểm tra trước khi gửi lại.
im-check = Kiểm tra
im-check-not-found = Chưa có gì được tạo. Bạn có thể gửi lại.
im-recent-title = Các cuộc trò chuyện của bạn
im-no-chats = Chưa có cuộc trò chuyện nào.
im-unread = Chưa đọc: { $count }
im-open-chat = Mở cuộc trò chuyện
im-more-chats = Chỉ hiển thị các cuộc trò chuyện gần đây nhất (tối đa { $count }).
im-smiles-deprecated = Vị trí này đã lỗi thời
im-smiles-deprecated-text = Từ phiên bản messenger 25.1600.0, biểu tượng cảm xúc đã được thay bằng nhãn dán và cổng thông tin không còn mở vị trí này. Các bộ bên dưới vẫn được chèn vào ô nhập tin nhắn nếu cổng thông tin cho phép.
im-smiles-faces = Khuôn mặt
im-smiles-work = Công việc
im-smiles-gestures = Cử chỉ

## Telephony
call-note-label = Ghi chú cuộc gọi
call-note-save = Lưu ghi chú
call-note-discard = Hủy bỏ
call-note-held = Thẻ cuộc gọi sẽ mở cho đến khi bạn lưu hoặc hủy ghi chú.
call-note-saving = Đang lưu ghi chú…
call-note-saved = Ghi chú đã được lưu thành hoạt động #{ $id } trên { $element }.
call-note-refused = Chưa lưu được ghi chú: { $reason }
call-note-unknown = Cổng thông tin không xác nhận kịp thời: có thể ghi chú đã được lưu. Hãy kiểm tra dòng thời gian trước khi lưu lại.
call-note-no-target = Hãy liên kết cuộc gọi với một phần tử CRM để lưu ghi chú.
call-note-title = Ghi chú cuộc gọi: { $phone }
call-note-title-no-phone = Ghi chú cuộc gọi
softphone-waiting = Softphone đang chờ cuộc gọi.
softphone-title = Cuộc gọi đến từ { $phone }
softphone-ringing = Đang đổ chuông…
softphone-connected = Đã kết nối
softphone-on-hold = Đang giữ máy
softphone-ended = Cuộc gọi kết thúc sau { $minutes } phút { $seconds } giây
softphone-missed = Cuộc gọi nhỡ
softphone-finish-failed = Không thể kết thúc cuộc gọi: { $reason }
softphone-command-failed = Thẻ cuộc gọi không chấp nhận lệnh: { $reason }
calls-title = Cuộc gọi trong { $days } ngày qua
calls-total = Cuộc gọi
calls-incoming = Gọi đến
calls-outgoing = Gọi đi
calls-missed = Gọi nhỡ
calls-talk-time = Thời gian đàm thoại
calls-average = Cuộc gọi trung bình
calls-duration = { $minutes } phút { $seconds } giây
calls-per-day = Cuộc gọi mỗi ngày
calls-per-user = Theo nhân viên
calls-employee = Nhân viên
calls-loading = Đang tải nhật ký cuộc gọi… Đã tải: { $rows }
calls-stop = Dừng
calls-partial = Đã dừng tải: báo cáo chỉ gồm các cuộc gọi đã tải.
calls-none = Không có cuộc gọi nào trong khoảng thời gian này.
calls-day = { $date }: nghe { $answered }, nhỡ { $missed }

## Open lines
connector-title = Trình kết nối kênh mở “{ $name }”
connector-not-registered = Trình kết nối của ứng dụng chưa được đăng ký trên cổng thông tin này. Hãy mở cài đặt ứng dụng để đăng ký.
connector-lines = Kênh mở
connector-setup = Thiết lập
connector-line-id = Kênh mở #{ $id }
connector-line-inactive = Đã tắt
connector-active = Đang hoạt động
connector-inactive = Không hoạt động
connector-configured = Đã đặt dữ liệu kênh
connector-not-configured = Chưa đặt dữ liệu kênh
connector-error = Lỗi
connector-ok = Đang hoạt động tốt
connector-works = Trình kết nối đang hoạt động trên kênh mở này.
connector-wants-on = Bạn đã bật trình kết nối cho kênh mở này: hãy kết nối để hoàn tất.
connector-wants-off = Bạn đã tắt trình kết nối cho kênh mở này: hãy ngắt kết nối để hoàn tất.
connector-channel-name = Tên kênh
connector-default-name = Trò chuyện tiện ích Rust
connector-channel-url = Liên kết trò chuyện
connector-connect = Kết nối
connector-disconnect = Ngắt kết nối
connector-name-required = Hãy nhập tên kênh.
connector-url-invalid = Liên kết trò chuyện phải bắt đầu bằng https:// hoặc http://.
connector-refused = Cổng thông tin đã từ chối: { $reason }
connector-unknown = Cổng thông tin không xác nhận kịp thời: có thể thay đổi đã được áp dụng. Hãy kiểm tra trạng thái trước khi thử lại.
connector-check = Kiểm tra trạng thái

## Unsupported spots
spot-hr-title = Lương và nghỉ phép (HR)
spot-hr-text = Cổng thông tin mở bảng trượt này từ menu lương và nghỉ phép của mô-đun HR. Bitrix24 không mô tả những gì được chuyển cho ứng dụng ở đây, nên ứng dụng chỉ hiển thị những gì nhận được và không gì thêm.
spot-catalog-title = Danh mục sản phẩm bên ngoài
spot-catalog-text = Bộ chọn sản phẩm tải khung ẩn này để tìm trong danh mục bên ngoài. Các lệnh và sự kiện của nó không được mô tả (chỉ biết qua mã nguồn của cổng thông tin), nên ứng dụng không phản hồi và bộ chọn tiếp tục dùng danh mục của cổng thông tin.
spot-options = Những gì cổng thông tin đã gửi
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

crm-report-title = Báo cáo theo giai đoạn: { $entity }
crm-report-entity = Báo cáo cho
crm-report-counting = Đang đếm: { $done } / { $total }
crm-report-stop = Dừng
crm-report-stopped-early = Đã dừng trước khi đếm được gì.
crm-report-count-again = Đếm lại
crm-report-partial = Đã dừng sớm: các số liệu này gồm { $done } / { $total }.
crm-report-counted = Đã đếm: { $count }
crm-report-empty = Danh sách này trống.
crm-report-pipeline = Phễu
crm-report-total = Tổng cộng
crm-report-won = Thành công
crm-report-lost = Thất bại
crm-report-win-rate = Tỷ lệ thành công
crm-report-percent = { $percent }%
crm-report-reached = { $percent }% đã đến giai đoạn này
crm-report-chart = Các giai đoạn của { $pipeline }
crm-report-open-hint = Chọn một giai đoạn để mở danh sách được lọc theo giai đoạn đó.

## CRM list row actions (CRM_*_LIST_MENU)

crm-row-actions = Thao tác nhanh
crm-row-stage = Giai đoạn
crm-row-move = Chuyển
crm-row-reassign = Đổi người phụ trách
crm-row-pick-user = Chọn người phụ trách mới
crm-row-saving = Đang lưu…
crm-row-moved = Đã chuyển sang “{ $stage }”.
crm-row-reassigned = { $name } hiện là người phụ trách.
crm-row-save-failed = Thay đổi chưa được lưu: { $reason }
crm-row-unknown = Cổng thông tin chưa xác nhận thay đổi, nên có thể đã lưu hoặc chưa. Dòng này đã được đọc lại: hãy kiểm tra trước khi thử lại.

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

automation-title = Trình kích hoạt tự động hóa
automation-hint = Đặt một trong các trình kích hoạt của ứng dụng vào một giai đoạn trong trình thiết kế này: khi trình kích hoạt chạy trên một phần tử, phần tử đó sẽ chuyển sang giai đoạn ấy.
automation-empty = Ứng dụng chưa có trình kích hoạt nào.
automation-admin-only = Chỉ quản trị viên mới có thể thêm, xóa hoặc chạy trình kích hoạt của ứng dụng.
automation-delete = Xóa
automation-delete-label = Xóa “{ $name }”
automation-add-title = Trình kích hoạt mới
automation-name = Tên
automation-code = Mã
automation-code-hint = Chữ cái Latinh viết thường, chữ số, dấu chấm, dấu gạch ngang và dấu gạch dưới. Ứng dụng sẽ đề xuất mã dựa trên tên.
automation-add = Thêm trình kích hoạt
automation-empty-name = Hãy đặt tên cho trình kích hoạt.
automation-bad-code = Mã chỉ được chứa chữ cái Latinh viết thường, chữ số, dấu chấm, dấu gạch ngang và dấu gạch dưới (tối đa 64 ký tự).
automation-taken-code = Ứng dụng đã có trình kích hoạt với mã này.
automation-added = “{ $name }” hiện đã có trong các trình kích hoạt của trình thiết kế.
automation-deleted = Đã xóa “{ $name }”.
automation-fire-title = Thử trình kích hoạt
automation-fire-trigger = Trình kích hoạt
automation-fire-element = ID phần tử
automation-fire-pick = Chọn phần tử
automation-fire = Chạy
automation-bad-id = Nhập ID của phần tử, là một số nguyên.
automation-picked = Phần tử: { $title }
automation-fired = Đã chạy “{ $name }” trên { $element }.
automation-no-fire = Các phần tử thuộc loại này không chạy tự động hóa, nên không thể chạy trình kích hoạt trên chúng.
automation-saving = Đang lưu…
automation-failed = Cổng thông tin đã từ chối: { $reason }
automation-unknown = Cổng thông tin chưa xác nhận, nên có thể đã thực hiện hoặc chưa. Danh sách đã được đọc lại: hãy kiểm tra trước khi thử lại.

## CRM rating field (USERFIELD_TYPE)

crm-rating-stars = { $stars } / { $max } sao
crm-rating-choose = Chọn đánh giá
crm-rating-entry = Đánh giá { $number }
crm-rating-note = Ghi chú
crm-rating-note-count = { $used } / { $max }
crm-rating-add = Thêm đánh giá
crm-rating-remove = Xóa
crm-rating-required = Trường này là bắt buộc: hãy chọn ít nhất một sao.
crm-rating-no-stars = Hãy chọn số sao cho đánh giá { $number }.
crm-rating-note-too-long = Ghi chú của đánh giá { $number } quá dài: tối đa { $max } ký tự.
crm-rating-unreadable = Không thể hiển thị một giá trị đã lưu ({ $reason }). Lưu thẻ sẽ thay thế giá trị đó.
crm-rating-kept = Đã đưa vào thẻ: sẽ được lưu khi bạn lưu thẻ.
crm-rating-set-failed = Thẻ không nhận giá trị: { $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)
workload-title = Khối lượng công việc: { $name }
workload-title-visible = Khối lượng công việc của các nhiệm vụ bạn có thể xem
workload-tasks-total = Nhiệm vụ trong danh sách: { $total }
workload-progress = Đã tải nhiệm vụ: { $loaded } / { $total }
workload-stop = Dừng tải
workload-stopped = Đã dừng tải
workload-partial = Báo cáo chỉ gồm các nhiệm vụ đã tải đến lúc này: { $loaded } / { $total }.
workload-load-again = Tải lại
workload-open-tasks = Nhiệm vụ đang mở
workload-due-this-week = Đến hạn trong tuần này
workload-no-deadline = Không có hạn chót
workload-by-status = Nhiệm vụ theo trạng thái
workload-per-person = Nhiệm vụ đang mở theo người phụ trách
workload-person-load = { $open } (quá hạn: { $overdue })
workload-other-status = Trạng thái khác
workload-open-list = Mở danh sách nhiệm vụ
workload-empty = Danh sách này không có nhiệm vụ nào.

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)
group-kind-workgroup = Nhóm làm việc
group-open-to-join = Cho phép tham gia tự do
group-members = Thành viên
group-role-owner = Chủ sở hữu
group-role-moderator = Người điều hành
group-role-member = Thành viên
group-deadlines = Hạn chót sắp tới
group-no-deadlines = Không có nhiệm vụ đang mở nào của nhóm này có hạn chót.
group-open-page = Mở nhóm
group-no-group-title = Không có nhóm nào ở đây
group-no-group-text = Cổng thông tin đã mở nút này trên một trang không nêu nhóm nào, nên không có thẻ nhóm để hiển thị.

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)
profile-department = Phòng ban
profile-manager = Quản lý
profile-work-phone = Điện thoại cơ quan
profile-mobile = Điện thoại di động
profile-extension = Số máy lẻ
profile-online = Trực tuyến
profile-dismissed = Đã nghỉ việc
profile-message = Gửi tin nhắn
profile-call = Gọi
profile-open-profile = Mở hồ sơ
profile-open-deals = Giao dịch đang mở: { $count }
profile-open-tasks = Nhiệm vụ đang mở: { $count }
profile-no-deals = Không có giao dịch đang mở.
profile-no-tasks = Không có nhiệm vụ đang mở.
profile-messenger-failed = Không thể mở trình nhắn tin từ đây.

## App links (REST_APP_URI)
link-unknown-title = Liên kết này không chỉ tới thứ gì ứng dụng có thể mở
link-unknown-text = Ứng dụng mở các liên kết có tham số chỉ tới một mục CRM (entityTypeId và id, hoặc deal, lead, contact, company, quote, invoice), một nhiệm vụ (task) hoặc một nhân viên (user). Liên kết này mang theo:
link-no-params = Liên kết không mang theo tham số nào.

## Calendar view (CALENDAR_GRIDVIEW)
calendar-range = { $from } – { $to }
calendar-events-count = Sự kiện trong khoảng này: { $count }
calendar-previous = Khoảng trước
calendar-next = Khoảng sau
calendar-add = Sự kiện mới
calendar-all-day = Cả ngày
calendar-edit = Sửa
calendar-delete = Xóa
calendar-edit-event = Sửa “{ $name }”
calendar-delete-event = Xóa “{ $name }”
calendar-no-events = Không có sự kiện
calendar-not-found = Lịch không tìm thấy sự kiện này. Hãy làm mới chế độ xem và thử lại.

## Sites
landing-site-settings = Cài đặt trang web
landing-page = Trang: { $page }
landing-site-title = Tiêu đề trang web
landing-site-description = Mô tả
landing-save = Lưu
landing-site-saved = Đã lưu cài đặt trang web.
landing-title-required = Hãy nhập tiêu đề trang web.
landing-refused = Cổng thông tin đã từ chối: { $reason }
landing-unknown = Cổng thông tin không xác nhận kịp thời: có thể thay đổi đã được lưu. Hãy tải lại trang trước khi lưu lại.
landing-block-settings = Văn bản của khối
landing-block-hint = Điền các văn bản cần thay đổi; ô để trống sẽ giữ nguyên như trong trình soạn thảo.
landing-no-text-nodes = Khối này không có văn bản nào để thay đổi ở đây.
landing-nothing-to-save = Hãy điền ít nhất một văn bản.
landing-block-saved = Khối đã được cập nhật và tải lại trong trình soạn thảo.
landing-block-saved-no-refresh = Khối đã được cập nhật, nhưng trình soạn thảo chưa tải lại: { $reason }
## CRM work
crm-todo-title = Việc cần làm mới
crm-todo-for = Cho { $title }
crm-todo-heading = Việc mới cho “{ $title }”
crm-todo-text = Việc cần làm
crm-todo-text-placeholder = Ví dụ: gọi lại về báo giá
crm-todo-deadline = Hạn chót
crm-todo-due = Hạn
crm-todo-due-today = Hôm nay, 18:00
crm-todo-due-tomorrow = Ngày mai, 10:00
crm-todo-due-three-days = Sau 3 ngày
crm-todo-due-week = Sau một tuần
crm-todo-responsible = Người phụ trách
crm-todo-me = Bạn
crm-todo-choose-user = Chọn
crm-todo-create = Tạo việc
crm-todo-create-again = Vẫn tạo
crm-todo-cancel = Hủy
crm-todo-saving = Đang tạo việc…
crm-todo-created = Đã tạo việc: { $text }
crm-todo-failed-title = Chưa tạo được việc
crm-todo-failed = Chưa tạo được việc: { $reason }
crm-todo-unknown-title = Chưa xác nhận
crm-todo-unknown = Cổng chưa xác nhận việc này nên có thể nó đã được tạo. Hãy kiểm tra các việc đang mở trước khi tạo lại.
crm-todo-open = Việc đang mở: { $count }
crm-todo-open-none = Chưa có việc nào đang mở.
crm-todo-empty-text = Hãy ghi việc cần làm.
crm-todo-bad-deadline = Chọn ngày và giờ.
crm-todo-driver-loading = Đang chuẩn bị biểu mẫu…
crm-todo-driver-ready = Biểu mẫu đã hiển thị.
crm-todo-load-failed = Không tải được mục: { $reason }
crm-todo-layout-refused = Cổng không hiển thị được biểu mẫu.
crm-record-paid = Đã thanh toán
crm-record-unpaid = Chưa thanh toán
crm-record-canceled = Đã hủy
crm-record-status = Trạng thái: { $code }
crm-record-done = Đã xong
crm-record-open = Chưa xong
crm-record-incoming = Đến
crm-record-outgoing = Đi
crm-record-meeting = Cuộc họp
crm-record-call = Cuộc gọi
crm-record-task = Nhiệm vụ
crm-record-email = Email
crm-record-todo = Việc cần làm
crm-record-billed = Ngày xuất
crm-record-pay-before = Hạn thanh toán
crm-record-starts = Bắt đầu
crm-record-order-title = Đơn hàng { $number }
crm-record-belongs-to = Thuộc về
crm-record-items = Mặt hàng
crm-record-line = { $quantity } × { $price }
crm-search-running = Đang tìm…
crm-search-found = Kết quả đã gửi vào biểu mẫu: { $count }
crm-search-failed = Tìm kiếm thất bại: { $reason }
crm-search-picked = Đã điền kết quả được chọn vào biểu mẫu.
crm-search-unknown-pick = Tùy chọn đã chọn không đến từ ứng dụng này.
crm-doc-title = Báo giá thương mại
crm-doc-number = Số { $number }
crm-doc-issued = Ngày
crm-doc-subject = Về việc
crm-doc-client = Khách hàng
crm-doc-stage = Giai đoạn
crm-doc-prepared-by = Người lập
crm-doc-note = Báo giá có hiệu lực 14 ngày kể từ ngày trên.
crm-doc-print = In
crm-doc-download = Tải xuống
crm-doc-downloaded = Đã lưu thành { $file }.
crm-doc-download-failed = Không thể lưu tệp.
crm-doc-print-failed = Trình duyệt không in được trang này.
crm-record-mark-done = Đánh dấu đã xong
crm-record-done-failed = Không thể đánh dấu đã xong: { $reason }
crm-record-done-unknown = Cổng chưa xác nhận thay đổi. Thẻ đã được đọc lại: hãy kiểm tra trước khi thử lại.
crm-robot-title = Cài đặt robot
crm-robot-hint = Thay đổi được đưa ngay vào biểu mẫu robot; hãy lưu robot để giữ chúng.
crm-robot-sent = Đã gửi vào biểu mẫu robot: { $name }
crm-robot-required = Hãy điền trường này.
crm-robot-not-integer = Nhập số nguyên.
crm-robot-not-number = Nhập một số.
crm-robot-not-date = Nhập một ngày.
crm-robot-not-option = Chọn một tùy chọn.
crm-robot-no-properties = Robot này không có cài đặt.
crm-robot-one-per-line = Mỗi dòng một giá trị.
