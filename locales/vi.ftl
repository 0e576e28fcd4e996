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
