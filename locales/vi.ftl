# Tiếng Việt — ngôn ngữ mặc định. Mỗi khóa phải có trong en.ftl (test/i18n kiểm tra).

## Lỗi

error-not_registered = Bạn chưa đăng ký. Gửi /dangky <mã mời> với mã do quản trị viên cấp để bắt đầu.
error-forbidden = Bạn không có quyền thực hiện thao tác này.
error-unknown_command = Không có lệnh “{ $command }”. Gõ /help để xem các lệnh.
error-usage = Thiếu hoặc sai tham số. Cách dùng: { $usage }
error-text_too_long = Tin nhắn quá dài ({ $length } ký tự). Vui lòng gửi tối đa { $max } ký tự.
error-invalid_date = “{ $text }” không phải là ngày hợp lệ. Dùng dạng dd/mm/yyyy, ví dụ 30/06/2019.
error-invalid_period = Không hiểu kỳ “{ $text }”. Ví dụ: tháng 6/2019, quý 2/2019, năm 2019, từ 01/01/2019 đến 30/06/2019.
error-unknown_agency = Không tìm thấy cơ quan “{ $query }”.{ $count ->
    [0] {""}
   *[other] {" "}Ý bạn là: { $suggestions }?
}
error-ambiguous_agency = “{ $query }” khớp với nhiều cơ quan: { $suggestions }. Vui lòng ghi rõ hơn.
error-unknown_agency-choices = Không tìm thấy cơ quan “{ $query }”. Ý bạn là cơ quan nào?
error-ambiguous_agency-choices = “{ $query }” khớp với nhiều cơ quan. Ý bạn là cơ quan nào?
error-unknown_task = Không tìm thấy nhiệm vụ “{ $code }”.{ $count ->
    [0] {""}
   *[other] {" "}Các mã gần giống: { $suggestions }.
}
error-ambiguous_task = Mã “{ $query }” khớp với { $count } nhiệm vụ ({ $codes }). Vui lòng chọn một, hoặc gõ mã đầy đủ.
error-invalid_invite = Mã mời không đúng, đã dùng hoặc đã hết hạn.
error-too_many_attempts = Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau { $minutes } phút.
error-not_found = Không tìm thấy dữ liệu yêu cầu.
error-conflict = Dữ liệu đã thay đổi trong lúc xử lý. Vui lòng thử lại.
error-invalid_input = Dữ liệu không hợp lệ: { $reason }
error-task_not_open = Nhiệm vụ { $code } không còn mở (đã hoàn thành hoặc đã hủy).
error-invalid_completion_date = { $reason ->
    [future] Ngày hoàn thành không thể ở tương lai.
   *[other] Ngày hoàn thành không thể trước ngày giao nhiệm vụ.
}
error-extension_date_too_early = Ngày đề nghị gia hạn ({ $date }) phải sau { $after }.
error-extension_reason_missing = Vui lòng nêu lý do xin gia hạn.
error-extension_pending = Nhiệm vụ { $code } đang có đề nghị gia hạn số { $id } chờ duyệt.
error-extension_not_found = Không có đề nghị gia hạn số { $id }.
error-extension_decided = Đề nghị gia hạn số { $id } đã được xử lý trước đó.
error-private_only = Lệnh này chỉ dùng trong trò chuyện riêng với bot, để bảo mật thông tin nhiệm vụ.
error-session_expired = Lựa chọn này đã hết hạn. Vui lòng gửi lại nội dung.
error-invalid_button = Nút này không hợp lệ hoặc đã hết hiệu lực. Vui lòng gửi lại lệnh để nhận lựa chọn mới.
error-internal = Đã xảy ra lỗi. Vui lòng thử lại sau; quản trị viên đã được ghi nhận sự cố.

## Nhiệm vụ (hiển thị)

task-confidential = nội dung mật
task-no-deadline = không thời hạn
task-deadline-done = hạn { $date }
task-deadline-left = hạn { $date } · còn { $days } ngày
task-deadline-today = hạn hôm nay { $date }
task-deadline-overdue = hạn { $date } · quá hạn { $days } ngày
role-focal = cán bộ đầu mối
role-head = lãnh đạo cơ quan
role-leader = lãnh đạo UBND tỉnh
role-inspector = tổ kiểm tra
role-admin = quản trị viên
button-approve = ✅ Duyệt
button-reject = ❌ Từ chối
button-confirm-done = ✅ Xác nhận hoàn thành
button-not-yet = Chưa
button-previous = ◀ Trước
button-next = Sau ▶

## Đăng ký, ngôn ngữ

help-dangky = /dangky <mã mời> — đăng ký hoặc liên kết tài khoản chat
usage-dangky = /dangky <mã mời>
register-done = Đăng ký thành công! Vai trò: { $role }{ $hasAgency ->
    [yes] {" "}— { $agency }
   *[no] {""}
}. Gõ /help để xem các lệnh.
help-ngonngu = /ngonngu vi|en — đổi ngôn ngữ
usage-ngonngu = /ngonngu vi | /ngonngu en
language-set = Đã chuyển sang tiếng Việt.

## Danh sách nhiệm vụ

help-nhiemvu = /nhiemvu [cơ quan | mã] [quá hạn | sắp đến hạn | tất cả] — nhiệm vụ đang thực hiện, hoặc chi tiết một nhiệm vụ theo mã
usage-nhiemvu = /nhiemvu [cơ quan] [quá hạn | sắp đến hạn | tất cả] · /nhiemvu <mã nhiệm vụ>
tasks-scope-all = tất cả cơ quan
tasks-title-open = 📋 Nhiệm vụ đang thực hiện — { $agency } ({ $count }):
tasks-title-overdue = ⚠️ Nhiệm vụ quá hạn — { $agency } ({ $count }):
tasks-title-soon = ⏰ Nhiệm vụ sắp đến hạn (7 ngày) — { $agency } ({ $count }):
tasks-empty-open = { $agency }: không có nhiệm vụ nào đang thực hiện.
tasks-empty-overdue = { $agency }: không có nhiệm vụ quá hạn. 👍
tasks-empty-soon = { $agency }: không có nhiệm vụ sắp đến hạn trong 7 ngày tới.
tasks-page = Trang { $page }/{ $pages }
card-title = 📌 { $code } — { $title }
card-document = Văn bản: { $number } ngày { $date }
card-document-undated = Văn bản: { $number }
card-agency = Cơ quan chủ trì: { $agency }
card-assigned = Ngày giao: { $date }
card-deadline = Hạn xử lý: { $date }
card-deadline-extended = Hạn xử lý: { $date } (đã gia hạn; hạn ban đầu { $original })
card-no-deadline = Hạn xử lý: không thời hạn
card-state-onTime = Tình trạng: ✅ Hoàn thành đúng hạn (ngày { $date })
card-state-late = Tình trạng: 🕓 Hoàn thành quá hạn (ngày { $date })
card-state-inTerm = Tình trạng: ⏳ Chưa hoàn thành, trong hạn{ $days ->
    [none] {""}
    [0] {" "}(hạn là hôm nay)
   *[other] {" "}(còn { $days } ngày)
}
card-state-overdue = Tình trạng: ⚠️ Chưa hoàn thành, trễ hạn ({ $days } ngày)
card-state-cancelled = Tình trạng: ❌ Đã hủy
card-progress = Tiến độ: { $percent }%
card-no-updates = Chưa có báo cáo tiến độ.
card-updates = Cập nhật gần đây:
card-update = • { $date } · { $who }: { $text }
card-update-completed = báo hoàn thành
card-update-empty = (không có nội dung)
card-who-system = hệ thống
card-extensions = Đề nghị gia hạn chờ duyệt:
card-extension = • Số { $id }: đến { $date } · { $who }: { $reason }
card-button-approve = ✅ Duyệt số { $id }
card-button-reject = ❌ Từ chối số { $id }

## Cập nhật, hoàn thành

help-capnhat = /capnhat <mã> <nội dung> — báo cáo tiến độ (ví dụ: “đạt 80%”, “đã hoàn thành”, “xin gia hạn đến 30/7 vì …”)
usage-capnhat = /capnhat <mã nhiệm vụ> <nội dung>, ví dụ: /capnhat NV-2019-0001 đã trình dự thảo, đạt 80%
update-recorded = Đã ghi nhận cập nhật cho { $code }.
update-recorded-percent = Đã ghi nhận cập nhật cho { $code }: tiến độ { $percent }%.
update-confirm-completion = Bạn xác nhận nhiệm vụ { $code } đã hoàn thành? Nội dung cập nhật đã được ghi nhận.
update-kept-open = Đã ghi nhận. Nhiệm vụ { $code } vẫn đang thực hiện.
update-prompt = Gửi nội dung cập nhật cho { $code } (ví dụ: “đạt 80%”, “đã hoàn thành”).
help-hoanthanh = /hoanthanh <mã> [ghi chú] — báo hoàn thành nhiệm vụ
usage-hoanthanh = /hoanthanh <mã nhiệm vụ> [ghi chú]; tổ kiểm tra có thể ghi ngày: /hoanthanh <mã> ngày 20/06/2019 [ghi chú]
done-confirmed = ✅ { $code }: đã hoàn thành lúc { $at }.
done-already = { $code } đã hoàn thành từ trước (lúc { $at }).
ack-text = Đã nhận nhắc việc
snooze-recorded = Sẽ nhắc lại { $code } vào { $at }.
ack-recorded = Đã ghi nhận: bạn đã nhận nhắc việc về { $code }.
free-text-pick-task = Nội dung này thuộc nhiệm vụ nào? Chọn một nhiệm vụ:
free-text-no-tasks = Cơ quan của bạn hiện không có nhiệm vụ nào đang thực hiện. Gõ /help để xem các lệnh.

## Gia hạn

help-giahan = /giahan <mã> <ngày> <lý do> — xin gia hạn
usage-giahan = /giahan <mã nhiệm vụ> <ngày> <lý do>, ví dụ: /giahan NV-2019-0001 30/07/2019 chờ ý kiến Bộ
extension-need-date = Vui lòng ghi ngày đề nghị gia hạn cho { $code }, ví dụ: “xin gia hạn đến 30/7 vì …”.
extension-prompt = Gửi ngày đề nghị gia hạn và lý do cho { $code }, ví dụ: “30/07/2019 chờ ý kiến Bộ”.
extension-requested = Đã gửi đề nghị gia hạn số { $id } cho { $code } đến ngày { $date }. Bạn sẽ nhận được thông báo khi lãnh đạo xử lý.
extension-request-notice = 📝 Đề nghị gia hạn số { $id }
    { $code } · { $title }
    Cơ quan: { $agency } — người đề nghị: { $requester }
    Hạn hiện tại: { $from } → đề nghị: { $to }
    Lý do: { $reason }
    Dùng các nút dưới đây, hoặc /duyet { $id } · /tuchoi { $id } <lý do>.
extension-approved-notice = ✅ Đề nghị gia hạn số { $id } ({ $code }) đã được { $decider } duyệt. Hạn mới: { $date }.
extension-rejected-notice = ❌ Đề nghị gia hạn số { $id } ({ $code }) không được { $decider } chấp thuận. Lý do: { $note }
help-duyet = /duyet <số> — duyệt đề nghị gia hạn
usage-duyet = /duyet <số đề nghị> [ghi chú]
help-tuchoi = /tuchoi <số> <lý do> — từ chối đề nghị gia hạn
usage-tuchoi = /tuchoi <số đề nghị> <lý do>
extension-approved = Đã duyệt đề nghị số { $id }: hạn mới của { $code } là { $date }.
extension-rejected = Đã từ chối đề nghị số { $id } ({ $code }).

## Đôn đốc

help-dondoc = /dondoc tre_han|tat_ca|<cơ quan, …>: <nội dung> — gửi văn bản đôn đốc; /dondoc trangthai <số> — tình trạng nhận
usage-dondoc = /dondoc tre_han <nội dung> · /dondoc tat_ca <nội dung> · /dondoc Sở Y tế, Sở Tư pháp: <nội dung> · /dondoc trangthai <số>
broadcast-preview = 📣 Xem trước đôn đốc số { $id }: { $agencies } cơ quan, { $people } người nhận ({ $unreachable } chưa liên lạc được).
    Nội dung: { $text }
broadcast-preview-agency = • { $agency }: { $overdue } nhiệm vụ trễ hạn, { $people } người nhận
broadcast-sent = Đã gửi đôn đốc số { $id } đến { $recipients } người; { $unreachable } cơ quan chưa có người nhận. Xem /dondoc trangthai { $id }.
broadcast-cancelled = Đã hủy đôn đốc số { $id }.
broadcast-notice = 📣 ĐÔN ĐỐC (số { $id }) — { $agency }
    { $text }
    Nhiệm vụ trễ hạn của cơ quan: { $count }
broadcast-task-line = • { $code } · { $title } · hạn { $date } · quá hạn { $days } ngày
broadcast-acknowledged = Đã ghi nhận: bạn đã nhận đôn đốc số { $id }.
broadcast-status-title = Tình trạng đôn đốc số { $id }: { $text }
broadcast-status-agency = • { $agency }
      đã nhận: { $received }
      đã xác nhận: { $acknowledged }
      không liên lạc được: { $unreachable }
      đang gửi: { $pending }
button-send = 📣 Gửi
button-cancel = Hủy
button-acknowledge = ✅ Đã nhận
error-broadcast_no_agency = Không có cơ quan nào thuộc đối tượng này.
error-broadcast_already_sent = Đôn đốc số { $id } đã được gửi hoặc đã hủy.

help-baocao = /baocao [kỳ] [đến <ngày>] — báo cáo kiểm tra: dự thảo (Word), phụ lục (Excel, CSV) và biểu đồ
usage-baocao = /baocao [tháng 6/2019 | quý 2/2019 | 6 tháng đầu năm 2019 | từ <ngày> đến <ngày>] [đến <ngày>]
report-title = 📑 Báo cáo kết quả thực hiện nhiệm vụ UBND tỉnh giao
report-period = Nhiệm vụ giao từ { $from } đến { $to }, số liệu tính đến hết ngày { $date }
report-documents = { $documents } văn bản giao { $tasks } nhiệm vụ:
report-in-progress = Còn { $count } nhiệm vụ đang thực hiện.
report-quality = 🔎 Chất lượng dữ liệu: { $noDeadline } nhiệm vụ chưa có hạn, { $stale } nhiệm vụ không cập nhật từ { $days } ngày, { $noFocal } cơ quan chưa có đầu mối liên lạc được, { $noNote } nhiệm vụ hoàn thành không có ghi chú. Chi tiết: /chatluong
report-files = Kèm theo: dự thảo báo cáo, phụ lục 01 và 02, biểu đồ.
report-empty = Không có nhiệm vụ nào được giao từ { $from } đến { $to }, nên không có gì để báo cáo.
report-file-png = Biểu đồ tình hình thực hiện nhiệm vụ theo cơ quan, đến hết ngày { $date }
report-file-docx = Dự thảo báo cáo (Word), đến hết ngày { $date }
report-file-xlsx = Phụ lục 01 và 02 (Excel), đến hết ngày { $date }
report-file-appendix1-csv = Phụ lục 01 (CSV)
report-file-appendix2-csv = Phụ lục 02 (CSV)
report-files-links = Tải tệp báo cáo:
report-files-unavailable = Không gửi được tệp báo cáo vào cuộc trò chuyện này. Hãy dùng /baocao trên Telegram hoặc Slack, hoặc nhờ quản trị viên xuất tệp bằng lệnh “nhacviec report”.
error-report_period_too_long = Báo cáo chỉ gồm tối đa { $months } tháng. Hãy chọn kỳ ngắn hơn.
error-report_period_after_as_of = Kỳ báo cáo bắt đầu ({ $from }) sau ngày tính số liệu ({ $date }).

help-chatluong = /chatluong — kiểm tra chất lượng dữ liệu (thiếu hạn, lâu không cập nhật, thiếu đầu mối)
usage-chatluong = /chatluong

help-kenh = /kenh zalo|telegram|slack — chọn ứng dụng nhận nhắc việc
usage-kenh = /kenh zalo | /kenh telegram | /kenh slack
channel-current = Nhắc việc được gửi tới: { $preferred }. Ứng dụng đã liên kết: { $linked }.
channel-automatic = tự động (ứng dụng đang liên lạc được)
channel-unreachable = không liên lạc được
channel-set = Từ nay nhắc việc sẽ được gửi qua { $platform }; nếu không gửi được, bot dùng ứng dụng liên kết khác.
error-channel_not_linked = Bạn chưa liên kết { $platform }. Ứng dụng đã liên kết: { $linked }. Dùng /dangky <mã mời> trên { $platform } để liên kết.

## Quá hạn

help-quahan = /quahan — nhiệm vụ quá hạn theo cơ quan
usage-quahan = /quahan
overdue-takes-no-agency = /quahan liệt kê nhiệm vụ quá hạn của mọi cơ quan. Nhiệm vụ quá hạn của một cơ quan: /nhiemvu { $agency } quá hạn
overdue-none = Không có nhiệm vụ nào quá hạn. 👍
overdue-title = ⚠️ { $count } nhiệm vụ quá hạn tại { $agencies } cơ quan:
overdue-agency = { $rank }. { $agency }: { $count } nhiệm vụ
overdue-days = quá hạn { $days } ngày
overdue-stale = ⏸ không cập nhật { $days } ngày
overdue-more = … và { $count } nhiệm vụ khác

## Chung

hint-use-help = Mình chưa hiểu tin nhắn này. Gõ /help để xem các lệnh.

## Trợ giúp

help-unregistered = Xin chào! Đây là Nhắc việc — bot theo dõi nhiệm vụ UBND tỉnh giao.
    Để sử dụng, gửi /dangky <mã mời> với mã do quản trị viên cấp cho bạn.
help-intro-agency = Xin chào { $name }! Các lệnh bạn dùng được:
help-intro-staff = Xin chào { $name }! Các lệnh bạn dùng được:
help-help = /help — danh sách lệnh
usage-help = /help
help-thongke = /thongke [cơ quan] [kỳ] [đến <ngày>] — số liệu nhiệm vụ (đúng hạn, quá hạn, trong hạn, trễ hạn)
usage-thongke = /thongke [cơ quan] [tháng 6/2019 | quý 2/2019 | năm 2019 | từ <ngày> đến <ngày>] [đến <ngày>]

## Thống kê

stats-title-province = 📊 Tình hình thực hiện nhiệm vụ — toàn tỉnh
stats-title-agency = 📊 Tình hình thực hiện nhiệm vụ — { $agency }
stats-period = Nhiệm vụ giao từ { $from } đến { $to }
stats-as-of = Tính đến hết ngày { $date }
stats-total = Tổng số nhiệm vụ: { $count }
stats-on-time = ✅ Hoàn thành đúng hạn: { $count }
stats-late = 🕓 Hoàn thành quá hạn: { $count }
stats-in-term = ⏳ Chưa hoàn thành, trong hạn: { $count }
stats-overdue = ⚠️ Chưa hoàn thành, trễ hạn: { $count }
stats-rate = Đã hoàn thành { $done } nhiệm vụ, đạt { $rate }
stats-top-overdue = { $count } cơ quan có nhiều nhiệm vụ trễ hạn nhất:
stats-top-overdue-row = { $rank }. { $agency }: { $count }
stats-no-overdue = Không có cơ quan nào có nhiệm vụ trễ hạn.

## --- import: nhacviec import, nhacviec agencies import|list (BEGIN) ---

import-file-not-found = Không tìm thấy tệp “{ $path }”.
import-file-too-large = Tệp quá lớn ({ $size } MB); chỉ nhận tệp tối đa { $max } MB.
import-file-encoding = Tệp không phải văn bản UTF-8. Hãy lưu lại với định dạng “CSV UTF-8”.
import-file-empty = Tệp trống, không có dữ liệu.
import-file-no-rows = Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.
import-file-unclosed-quote = Dòng { $line }: dấu ngoặc kép (") được mở nhưng không đóng.
import-file-missing-columns = Thiếu cột bắt buộc: { $columns }. Các cột trong tệp: { $found }.
import-file-duplicate-column = Cột “{ $first }” và cột “{ $second }” cùng chỉ một trường dữ liệu.
import-reason-required = không được để trống.
import-reason-too-long = dài { $length } ký tự, tối đa { $max } ký tự.
import-reason-date-format = không đọc được ngày “{ $value }”; dùng dd/mm/yyyy, dd/mm/yyyy HH:mm hoặc ISO 8601.
import-reason-date-invalid = “{ $value }” không phải là ngày có thật.
import-reason-deadline-before-assigned = hạn xử lý { $deadline } trước ngày giao { $assigned }.
import-reason-completed-before-assigned = ngày hoàn thành { $completed } trước ngày giao { $assigned }.
import-reason-completed-in-future = ngày hoàn thành { $completed } ở tương lai.
import-reason-unknown-agency = không tìm thấy cơ quan “{ $query }”.{ $count ->
    [0] {""}
   *[other] {" "}Ý bạn là: { $suggestions }?
}
import-reason-ambiguous-agency = “{ $query }” khớp với nhiều cơ quan: { $suggestions }. Vui lòng ghi rõ tên cơ quan.
import-reason-duplicate-code = mã “{ $code }” trùng với dòng { $firstLine }.
import-reason-duplicate-row = trùng nội dung với dòng { $firstLine }.
import-reason-cell-count = có { $actual } ô nhưng dòng tiêu đề có { $expected } cột.
import-reason-bad-quotes = dấu ngoặc kép (") đặt sai chỗ.
import-reason-document-date-without-number = có ngày văn bản nhưng thiếu số ký hiệu văn bản.
import-reason-agency-kind = loại “{ $value }” không hợp lệ; dùng: sở, ban, huyện, xã, văn phòng, khác.
import-reason-agency-order = thứ tự “{ $value }” phải là số nguyên.
import-issue = Dòng { $line }, cột “{ $column }”: { $reason }
import-issue-row = Dòng { $line }: { $reason }
import-issues-header = { $count } dòng không hợp lệ:
import-rejected = Chưa nhập nhiệm vụ nào vì có { $count } dòng không hợp lệ. Sửa tệp rồi nhập lại, hoặc dùng --skip-invalid để chỉ nhập các dòng hợp lệ.
import-ignored-columns = Bỏ qua các cột không dùng đến: { $columns }.
import-summary = Tệp có { $rows } dòng: { $created } nhiệm vụ mới, { $updated } được cập nhật, { $unchanged } không đổi, { $skipped } dòng lỗi bị bỏ qua.
import-summary-dry-run = Chạy thử, chưa ghi gì. Tệp có { $rows } dòng: sẽ tạo { $created } nhiệm vụ mới, cập nhật { $updated }, { $unchanged } không đổi, bỏ qua { $skipped } dòng lỗi.
import-progress-validate = Kiểm tra
import-progress-write = Ghi dữ liệu
import-agencies-rejected = Chưa nhập cơ quan nào vì có dòng không hợp lệ. Sửa tệp rồi nhập lại.
import-agencies-summary = Đã nhập { $rows } cơ quan: { $created } mới, { $updated } được cập nhật, { $unchanged } không đổi.
import-agencies-none = Chưa có cơ quan nào. Nhập danh mục bằng lệnh: nhacviec agencies import FILE.csv
import-agencies-column-code = Mã
import-agencies-column-name = Tên cơ quan
import-agencies-column-aliases = Tên viết tắt
import-agencies-column-kind = Loại
import-agencies-column-active = Hoạt động
import-agencies-active-yes = có
import-agencies-active-no = không

## --- import (END) ---

## --- import-xlsx: nhacviec import FILE.xlsx, --errors (BEGIN) ---

import-file-xlsx-unreadable = Không đọc được tệp Excel: tệp hỏng, được đặt mật khẩu hoặc không phải định dạng .xlsx. Hãy mở tệp bằng Excel và lưu lại dưới dạng “Sổ làm việc Excel (.xlsx)” hoặc “CSV UTF-8”.
import-errors-column-line = Dòng
import-errors-column-reasons = Lỗi
import-errors-sheet = Dòng lỗi
import-errors-reason = Cột “{ $column }”: { $reason }
import-errors-reason-row = Cả dòng: { $reason }
import-errors-written = Đã ghi { $count } dòng lỗi vào tệp “{ $path }”.
import-errors-write-failed = Không ghi được tệp báo cáo lỗi “{ $path }” ({ $reason }).

## --- import-xlsx (END) ---

## --- quality: kiểm tra chất lượng dữ liệu, /chatluong (BEGIN) ---

quality-title = 🔎 Kiểm tra chất lượng dữ liệu, tính đến ngày { $date }
quality-all-good = ✅ Không phát hiện vấn đề nào.
quality-no-deadline = Nhiệm vụ đang thực hiện nhưng chưa có hạn xử lý: { $count }
quality-stale = Nhiệm vụ đang thực hiện không được cập nhật từ { $days } ngày trở lên: { $count }
quality-stale-since = (cập nhật lần cuối { $date })
quality-no-focal = Cơ quan chưa có cán bộ đầu mối liên lạc được: { $count }
quality-done-no-note = Nhiệm vụ đã hoàn thành nhưng không có báo cáo tiến độ hay ghi chú hoàn thành: { $count }
quality-task-item = • { $code } — { $agency }: { $title }
quality-task-item-confidential = • { $code } — { $agency } (nhiệm vụ mật)
quality-agency-item = • { $agency }
quality-more = … và { $count } mục khác

## --- quality (END) ---

## --- zalo: Zalo Bot adapter (BEGIN) ---

zalo-choices-hint = Trả lời bằng số để chọn:
zalo-unsupported-image = Mình chưa đọc được hình ảnh. Vui lòng gửi nội dung bằng chữ, hoặc gõ /help để xem các lệnh.
zalo-unsupported-sticker = Cảm ơn bạn! Mình chỉ hiểu tin nhắn bằng chữ; gõ /help để xem các lệnh.
zalo-unsupported = Mình chưa xử lý được loại tin nhắn này. Vui lòng gửi nội dung bằng chữ, hoặc gõ /help để xem các lệnh.

## --- zalo (END) ---

## --- reminders: nhắc việc, báo cáo vượt cấp, lịch làm việc (BEGIN) ---

remind-confidential = nội dung mật
remind-status-overdue = hạn { $deadline }, { $days ->
    [0] đã quá hạn
   *[other] quá hạn { $days } ngày làm việc
}
remind-status-due-today = hạn hôm nay ({ $deadline })
remind-status-due-soon = hạn { $deadline }{ $days ->
    [0] {""}
   *[other] , còn { $days } ngày làm việc
}
remind-status-standing = nhiệm vụ thường xuyên, { $days } ngày chưa báo cáo tiến độ
remind-stale = 🕸 { $days } ngày chưa cập nhật
remind-snoozed-again = 🔁 nhắc lại
remind-button-done = ✅ Đã hoàn thành
remind-button-update = 📝 Cập nhật
remind-button-extend = ⏳ Xin gia hạn
remind-button-ack = 👌 Đã nhận
remind-button-snooze = 🔔 Nhắc lại sau
remind-flash-title = 🔥 HỎA TỐC — nhắc việc
remind-cli-at = Kế hoạch nhắc việc lúc { $at } ({ $zone })
remind-cli-in-window = Đang trong khung giờ gửi số { $index }.
remind-cli-outside-window = Ngoài khung giờ gửi; khung giờ gửi tiếp theo mở lúc { $next }.
remind-cli-counts = Nhiệm vụ đang thực hiện: { $tasks }. Lượt nhắc đến hạn: { $due } (chờ khung giờ gửi hoặc đang hoãn: { $waiting }).
remind-cli-row = [{ $kind ->
    [digest] Tổng hợp
    [escalation] Vượt cấp
   *[reminder] Hỏa tốc
}] → { $person } · { $key }{ $reachable ->
    [no] {" "}(chưa có tài khoản chat)
   *[other] {""}
}
remind-cli-item = {"    "}{ $task } · { $trigger } · { $role ->
    [focal] cán bộ đầu mối
    [head] thủ trưởng cơ quan
    [leader] lãnh đạo phụ trách
   *[inspector] tổ kiểm tra
} · { $status }{ $snoozed ->
    [yes] {" "}(nhắc lại sau khi hoãn)
   *[other] {""}
}
remind-cli-waiting = { $count } lượt nhắc chờ đến giờ gửi (sớm nhất lúc { $at }).
remind-cli-dry-run = Chạy thử, không gửi và không ghi gì: { $rows } tin nhắn cho { $people } người ({ $digest } bản tổng hợp, { $escalation } báo cáo vượt cấp, { $reminder } nhắc hỏa tốc).
remind-cli-summary = Đã xếp hàng { $created } tin nhắn mới ({ $digest } bản tổng hợp, { $escalation } báo cáo vượt cấp, { $reminder } nhắc hỏa tốc); { $existing } tin đã có trong hàng đợi; { $unreachable } tin gửi người chưa có tài khoản chat.
digest-title = 📋 Nhắc việc ngày { $date }: { $count } nhiệm vụ cần chú ý
digest-group-overdue = ⚠️ Quá hạn ({ $count }):
digest-group-due-today = ⏰ Đến hạn hôm nay ({ $count }):
digest-group-due-soon = 🔜 Sắp đến hạn ({ $count }):
digest-group-standing = 📝 Nhiệm vụ thường xuyên cần báo cáo tiến độ ({ $count }):
digest-more = … và { $count } nhiệm vụ khác — xem /nhiemvu
digest-codes-hint = Các nút bấm dành cho { $count } nhiệm vụ đầu. Với nhiệm vụ khác, dùng mã nhiệm vụ: /capnhat <mã> <nội dung>, /hoanthanh <mã>, /giahan <mã> <ngày> <lý do>.
escalation-title = 🚨 Nhiệm vụ quá hạn { $days } ngày làm việc — đề nghị chỉ đạo, đôn đốc
escalation-task = Nhiệm vụ { $code }: { $title }
escalation-agency = Cơ quan chủ trì: { $agency }
escalation-overdue = Hạn xử lý { $deadline }; quá hạn { $days } ngày làm việc (từ ngày { $since }).
escalation-last-update = Cập nhật gần nhất ngày { $date }: “{ $text }”
escalation-last-update-hidden = Cập nhật gần nhất ngày { $date } (nội dung mật).
escalation-no-update = Chưa có báo cáo tiến độ nào từ khi giao nhiệm vụ ngày { $assigned }.
escalation-role = Anh/chị nhận thông báo này với vai trò { $role ->
    [head] thủ trưởng cơ quan chủ trì
    [leader] lãnh đạo UBND tỉnh phụ trách
    [focal] cán bộ đầu mối
   *[inspector] thành viên Tổ kiểm tra
}.
calendar-import-not-found = Không đọc được tệp “{ $path }”.
calendar-import-errors = Tệp lịch có { $count } lỗi; chưa nhập ngày nào:
calendar-import-error-line = Dòng { $line }: { $message }
calendar-import-empty = Tệp lịch không có ngày nào.
calendar-import-done = Đã nhập { $count } ngày: { $created } mới, { $updated } được cập nhật, { $unchanged } không đổi.
calendar-import-year-official = Năm { $year }: dùng lịch nghỉ chính thức ({ $holidays } ngày nghỉ, { $workdays } ngày làm bù trong tệp); ngày nghỉ tính theo Bộ luật Lao động không còn áp dụng cho năm này, vì vậy lịch chính thức phải liệt kê đủ mọi ngày nghỉ trong năm.
calendar-import-year-workdays = Năm { $year }: thêm { $workdays } ngày làm bù; danh sách ngày nghỉ không đổi.
calendar-list-title = Lịch làm việc năm { $year }
calendar-list-holidays = Ngày nghỉ lễ, tết ({ $count }):
calendar-list-workdays = Ngày làm bù ({ $count }):
calendar-list-row = {"  "}{ $date } ({ $weekday ->
    [0] Chủ nhật
    [1] Thứ Hai
    [2] Thứ Ba
    [3] Thứ Tư
    [4] Thứ Năm
    [5] Thứ Sáu
   *[6] Thứ Bảy
}) — { $name } [{ $source }]
calendar-list-computed-note = Chưa có lịch nghỉ chính thức năm { $year }: các ngày trên tính theo Bộ luật Lao động 2019. Nhập lịch chính thức bằng lệnh: nhacviec calendar import TỆP.csv
calendar-source-computed = tính theo luật
calendar-source-shipped = chính thức, kèm phần mềm
calendar-source-imported = chính thức, đã nhập
calendar-source-official = chính thức

## --- reminders (END) ---

## --- telegram: Telegram adapter (BEGIN) ---

telegram-unsupported-photo = Mình chưa đọc được hình ảnh. Vui lòng gửi nội dung bằng chữ, hoặc gõ /help để xem các lệnh.
telegram-unsupported-sticker = Cảm ơn bạn! Mình chỉ hiểu tin nhắn bằng chữ; gõ /help để xem các lệnh.
telegram-unsupported-document = Mình chưa nhận tệp qua trò chuyện. Vui lòng gửi nội dung bằng chữ, hoặc gõ /help để xem các lệnh.
telegram-unsupported-voice = Mình chưa nghe được tin nhắn thoại. Vui lòng gửi nội dung bằng chữ, hoặc gõ /help để xem các lệnh.
telegram-unsupported = Mình chưa xử lý được loại tin nhắn này. Vui lòng gửi nội dung bằng chữ, hoặc gõ /help để xem các lệnh.
telegram-button-failed = Chưa xử lý được thao tác này. Vui lòng thử lại sau ít phút.

## --- telegram (END) ---

## --- slack: Slack adapter (BEGIN) ---

slack-unsupported-file = Mình chưa đọc được tệp hay hình ảnh. Vui lòng gửi nội dung bằng chữ, hoặc gõ /nhacviec help để xem các lệnh.
slack-dm-unavailable = Mình chưa mở được tin nhắn riêng với bạn trên Slack. Vui lòng thử lại sau ít phút.

## --- slack (END) ---

## --- cli: nhacviec commands: help, usage errors, output (BEGIN) ---

cli-migrate-summary = Apply pending database migrations
cli-migrate-usage = nhacviec migrate
cli-demo-summary = Load the 2019 Kon Tum report as demo data (30 agencies, 2,139 tasks, demo people)
cli-demo-usage =
    nhacviec demo [--shift-to-today]

      --shift-to-today   move every date so that the report's cut-off (30/06/2019) is today,
                         so that live stats show the report's numbers

    Does nothing when the database already holds tasks.
cli-agencies-import-summary = Nhập danh mục cơ quan từ tệp CSV / Import the agency directory from a CSV file
cli-agencies-import-usage =
    nhacviec agencies import FILE.csv

    Cột / columns (tiếng Việt | English; * bắt buộc / required):
      ma | code *, ten | name *, ten_viet_tat | aliases (phân cách bởi / separated by `;`),
      loai | kind: sở, ban, huyện, xã, văn phòng, khác (department, board, district, commune, office, other),
      thu_tu | order: thứ tự hiển thị / display order (mặc định / default: cơ quan mới xếp sau, theo thứ tự trong tệp
      / new agencies after the existing ones, in file order)

    Cập nhật theo mã / upserts by code. Có dòng lỗi thì không nhập gì / any invalid row rejects the file (exit 1).
cli-agencies-list-summary = Danh mục cơ quan theo thứ tự hiển thị / List agencies in display order
cli-agencies-list-usage = nhacviec agencies list
cli-import-summary = Nhập nhiệm vụ từ tệp CSV hoặc Excel / Import tasks from a CSV or Excel file
cli-import-usage =
    nhacviec import FILE.csv [--dry-run] [--skip-invalid] [--errors ERRORS.xlsx]
    nhacviec import FILE.xlsx [--dry-run] [--skip-invalid] [--errors ERRORS.xlsx]

      --dry-run        kiểm tra và cho biết sẽ tạo/cập nhật bao nhiêu nhiệm vụ, không ghi gì
                       (validate and report what would change, write nothing)
      --skip-invalid   nhập các dòng hợp lệ, bỏ qua dòng lỗi (import the valid rows, skip the invalid ones)
      --errors FILE    ghi các dòng lỗi (ô gốc + lý do) ra tệp .xlsx hoặc .csv để sửa rồi nhập lại
                       (write the invalid rows, original cells and reasons, to an .xlsx or .csv file)

    Cột / columns (tiếng Việt | English, thứ tự tùy ý / any order; * bắt buộc / required):
      ma_nhiem_vu | code, trich_yeu | title *, co_quan_chu_tri | agency *,
      so_ky_hieu_van_ban | document_number, ngay_van_ban | document_date,
      ngay_giao | assigned_at *, han_xu_ly | deadline, ngay_hoan_thanh | completed_at, ghi_chu | note

    CSV: UTF-8 (BOM tùy ý / optional), phân cách / separator `,` hoặc / or `;`. Tối đa / at most 20 MB.
    Excel (.xlsx): trang tính đầu tiên, dòng tiêu đề là dòng đầu tiên có dữ liệu
      (first sheet; the header is the first non-empty row; line numbers are Excel row numbers).
    Ngày / dates: dd/mm/yyyy, dd/mm/yyyy HH:mm, ISO 8601 hoặc ô ngày Excel / or Excel date cells, theo / in APP_TIMEZONE.
    Exit: 0 đã nhập / imported, 1 có dòng lỗi và không nhập gì / invalid rows and nothing imported.
cli-stats-summary = Four-way task counts per agency (on time, late, in term, overdue)
cli-stats-usage =
    nhacviec stats [--agency NAME] [--as-of DATE] [--from DATE --to DATE] [--json]

      --agency NAME   one agency, by name, short name or alias ("so y te", "SYT")
      --as-of DATE    count as of the end of this day (default: now)
      --from, --to    only tasks assigned in this period (inclusive days)
      --json          print {"{"} asOf, rows: [{"{"} agency, total, onTime, late, inTerm, overdue {"}"}], total {"}"}

    DATE: dd/mm/yyyy, dd/mm/yyyy HH:mm or ISO 8601, in APP_TIMEZONE.
cli-report-summary = Write the inspection report: XLSX, DOCX draft, PNG chart and CSV appendices
cli-report-usage =
    nhacviec report --out DIR [--from DATE --to DATE] [--as-of DATE]

      --out DIR       folder to write bao-cao.xlsx, bao-cao.docx, bieu-do.png,
                      phu-luc-01.csv and phu-luc-02.csv into (created when missing)
      --from, --to    only tasks assigned in this period (inclusive days;
                      default: 1 January of the year of --to, up to the as-of day)
      --as-of DATE    count as of the end of this day (default: now)

    DATE: dd/mm/yyyy, dd/mm/yyyy HH:mm or ISO 8601, in APP_TIMEZONE. At most { $months } months.
cli-invite-summary = Create a one-time invite code that grants a role (and its agency)
cli-invite-usage =
    nhacviec invite --role focal|head|leader|inspector|admin [--agency NAME] [--expires 7d] [--person HANDLE]

      --agency    required for focal and head; for a leader, the agency they are in charge of
      --expires   how long the code works: 7d (default), 12h, 30m
      --person    link the code to an existing person (their second chat app)

    The code is printed once; only its hash is stored. The user sends /dangky <code> to the bot.
cli-ask-summary = Send one message through the bot as a console user and print the reply
cli-ask-usage =
    nhacviec ask [--as <người>] [--at <ISO time>] "<tin nhắn>"

      --as    who speaks: a handle (focal-SYT, leader, inspector), a name, or an agency (its focal officer)
      --at    fix the clock, e.g. 2019-06-30T10:00:00+07:00

    Buttons are printed as numbered choices. Without --as it acts as the demo leader.
cli-apikey-create-summary = Tạo khóa API tích hợp / Create an integration API key
cli-apikey-create-usage =
    nhacviec apikey create --name NAME --scope read|write

      --name NAME     tên hệ thống dùng khóa / who uses the key (e.g. "Hệ thống QLVB")
      --scope read    chỉ đọc (GET) / read only;  --scope write   đọc và ghi / read and write

    The key (nv_<prefix>_<secret>) is printed once on stdout; only its SHA-256 is stored.
cli-apikey-list-summary = Liệt kê khóa API / List the API keys
cli-apikey-list-usage = nhacviec apikey list
cli-apikey-revoke-summary = Thu hồi khóa API / Revoke an API key
cli-apikey-revoke-usage =
    nhacviec apikey revoke PREFIX|ID

    Requests with a revoked key are refused (401) at once.
cli-remind-summary = Xếp hàng nhắc việc, báo cáo vượt cấp đến hạn (chạy thử: --dry-run) / Enqueue due reminders and escalations
cli-remind-usage =
    nhacviec remind [--dry-run [--at TIME]] [--policy FILE] [--json]

      --dry-run      print who would receive what, and why (trigger); send and write nothing
      --at TIME      plan for this instant instead of now (with --dry-run only)
      --policy FILE  reminder policy (default: REMINDER_POLICY_FILE, else config/reminder-policy.json)
      --json         print the plan, or the sweep's counts, as JSON

    Without --dry-run: one sweep now, enqueueing into the outbox (the dispatcher sends).
    TIME: dd/mm/yyyy HH:mm or ISO 8601, in APP_TIMEZONE.
cli-calendar-import-summary = Nhập lịch nghỉ, làm bù chính thức từ tệp CSV / Import official days off and make-up days
cli-calendar-import-usage =
    nhacviec calendar import FILE.csv

    Cột / columns: date,kind,name (hoặc / or ngay,loai,ten); kind: holiday|nghi, workday|lam; `,` or `;`.
    Dòng bắt đầu bằng # là chú thích / lines starting with # are comments.
    Một năm có ngày nghỉ (holiday) trong dữ liệu chính thức thì chỉ dùng danh sách đó: liệt kê đủ mọi ngày nghỉ của năm.
    A year with official holidays uses exactly that list: give every day off of the year.
    Có lỗi thì không nhập gì / any error imports nothing (exit 1). Cập nhật theo ngày / upserts by date.
cli-calendar-list-summary = Ngày nghỉ lễ, tết và ngày làm bù của một năm / A year's holidays and make-up working days
cli-calendar-list-usage =
    nhacviec calendar list [--year YYYY]

      --year YYYY   the year (default: this year in APP_TIMEZONE)

    Nguồn / source: tính theo Bộ luật Lao động (computed), chính thức kèm phần mềm (shipped) hoặc đã nhập (imported).
cli-outbox-list-summary = Outgoing messages: status, attempts, next attempt, last error
cli-outbox-list-usage =
    nhacviec outbox list [--failed] [--limit N] [--json]

      --failed    only the messages that need a person: dead and unreachable
      --limit N   the N newest (default 50)
      --json      print [{"{"} id, key, status, attempts, nextAttemptAt, lastError {"}"}]
cli-outbox-retry-summary = Send a dead or unreachable message again
cli-outbox-retry-usage =
    nhacviec outbox retry <id> [--reset-channels]

      <id>              the message id shown by `nhacviec outbox list --failed`
      --reset-channels  also trust the person's unreachable chat accounts again
                        (after they unblocked the bot)
cli-program-title = nhacviec — nhắc việc: theo dõi nhiệm vụ UBND tỉnh giao / task tracking for a provincial People's Committee
cli-program-usage = Usage: nhacviec <command> [options]      nhacviec <command> --help
cli-program-commands = Commands:
cli-program-exit-codes = Exit codes: 0 success, 1 runtime error, 2 usage error.
cli-unknown-command = Unknown command: { $command }
cli-help =
    { $summary }

    Usage: { $usage }
cli-usage-error =
    { $message }

    Usage: { $usage }
cli-error = Error: { $message }
cli-unexpected-argument = unexpected argument: { $argument }
cli-date-not-real = { $option }: { $text } is not a real date
cli-date-unreadable = { $option }: cannot read "{ $text }"; use dd/mm/yyyy, dd/mm/yyyy HH:mm or ISO 8601
cli-apikey-missing-name = missing --name
cli-apikey-name-too-long = --name: at most { $max } characters
cli-apikey-bad-scope = --scope must be read or write
cli-apikey-created =
    Khóa API “{ $name }” ({ $prefix }, { $scope }) — lưu lại ngay, khóa chỉ hiện một lần.
    API key “{ $name }” ({ $prefix }, { $scope }) — store it now; it is shown only once.
cli-apikey-none = Chưa có khóa API nào / no API keys yet: nhacviec apikey create --name NAME --scope read|write
cli-apikey-column-id = ID
cli-apikey-column-prefix = Prefix
cli-apikey-column-name = Tên / name
cli-apikey-column-scope = Quyền / scope
cli-apikey-column-created = Tạo lúc / created
cli-apikey-column-last-used = Dùng lần cuối / last used
cli-apikey-column-status = Trạng thái / status
cli-apikey-revoked-at = thu hồi / revoked { $at }
cli-apikey-active = hiệu lực / active
cli-apikey-missing-ref = missing PREFIX or ID
cli-apikey-already-revoked = Khóa { $prefix } (“{ $name }”) đã bị thu hồi trước đó / was already revoked.
cli-apikey-revoked = Đã thu hồi khóa { $prefix } (“{ $name }”) / revoked.
cli-apikey-not-found = Không có khóa API “{ $ref }” / no API key with this prefix or id.
cli-ask-missing-message = a message is required
cli-ask-bad-time = --at: "{ $text }" is not an ISO 8601 time
cli-ask-unknown-person = Không tìm thấy người “{ $wanted }” / No console person “{ $wanted }”. Known: { $known }
cli-ask-no-people = (none — run nhacviec demo)
cli-ask-no-demo = Chưa có dữ liệu mẫu: hãy dùng --as <người> / No demo data: use --as <person>.
cli-calendar-missing-file = missing FILE.csv
cli-calendar-bad-year = --year: "{ $text }" is not a year (YYYY)
cli-demo-not-empty = Cơ sở dữ liệu đã có nhiệm vụ; không nạp dữ liệu mẫu. / The database already holds tasks; nothing loaded.
cli-demo-loaded = Đã nạp / Loaded: { $agencies } cơ quan / agencies, { $documents } văn bản / documents, { $tasks } nhiệm vụ / tasks, { $people } người / people; chốt số liệu / cut-off { $cutoff }.
cli-import-missing-file = missing FILE.csv (or FILE.xlsx)
cli-import-bad-errors-file = --errors: { $path } must end in .xlsx or .csv
cli-invite-bad-role = --role must be one of { $roles }
cli-invite-agency-required = --agency is required for --role { $role }
cli-invite-bad-expiry = --expires: "{ $text }" is not a duration such as 7d, 12h or 30m
cli-invite-unknown-person = No person with handle “{ $handle }”.
cli-invite-created = Mã mời dùng một lần, hết hạn { $expires }: gửi /dangky { $code } cho bot. / One-time code for { $role }, expires { $expiresIso }.
cli-invite-created-agency = Mã mời dùng một lần, hết hạn { $expires }: gửi /dangky { $code } cho bot. / One-time code for { $role } of { $agency }, expires { $expiresIso }.
cli-migrate-up-to-date = Database is up to date ({ $count } migrations applied).
cli-migrate-applied = Applied { $count } migration(s): { $names }
cli-outbox-bad-limit = --limit: expected a positive whole number, got "{ $text }"
cli-outbox-none-failed = Không có tin lỗi / no failed messages
cli-outbox-empty = Hộp thư đi trống / the outbox is empty
cli-outbox-column-id = ID
cli-outbox-column-key = Key
cli-outbox-column-status = Status
cli-outbox-column-attempts = Attempts
cli-outbox-column-next-attempt = Next attempt
cli-outbox-column-last-error = Last error
cli-outbox-missing-id = missing <id>
cli-outbox-bad-id = <id>: expected a message id, got "{ $text }"
cli-outbox-not-found = Không có tin { $id } / no message { $id }
cli-outbox-not-failed = Tin { $id } đang ở trạng thái { $status }, không gửi lại / message { $id } is { $status }; only dead or unreachable messages are retried
cli-outbox-retried = Đã xếp lại tin { $id } để gửi / message { $id } queued again
cli-outbox-retried-reset = Đã xếp lại tin { $id } để gửi / message { $id } queued again; { $count } chat account(s) trusted again
cli-remind-at-needs-dry-run = --at needs --dry-run: a real sweep always runs at the current time
cli-report-missing-out = --out DIR is required
cli-report-period = Báo cáo { $from } – { $to }, số liệu đến hết ngày { $asOf }
cli-report-counts = { $documents } văn bản, { $total } nhiệm vụ: { $onTime } hoàn thành đúng hạn, { $late } hoàn thành quá hạn, { $inTerm } chưa hoàn thành trong hạn, { $overdue } chưa hoàn thành trễ hạn
cli-report-done = Đã hoàn thành { $done } ({ $rate }), còn { $inProgress } đang thực hiện
cli-stats-as-of = Số liệu tính đến / as of { $date }
cli-stats-column-order = TT
cli-stats-column-agency = Cơ quan
cli-stats-column-total = Tổng số
cli-stats-column-on-time = HT đúng hạn
cli-stats-column-late = HT quá hạn
cli-stats-column-in-term = Chưa HT trong hạn
cli-stats-column-overdue = Chưa HT trễ hạn
cli-stats-total-row = Tổng số

## --- cli (END) ---

## --- console: npm start in a terminal (BEGIN) ---

console-demo-loaded =
    Cơ sở dữ liệu trống: đã nạp dữ liệu mẫu (báo cáo Kon Tum 6 tháng 2019, { $tasks } nhiệm vụ, dời ngày chốt số liệu về hôm nay).
    The database was empty: loaded the demo data (Kon Tum 2019 report, { $tasks } tasks, cut-off moved to today).
console-welcome =
    Nhắc việc — trò chuyện trên console. Gõ /help để xem lệnh, /as để đổi người dùng, /quit hoặc Ctrl-D để thoát.
    Console chat. Type /help for commands, /as to switch person, /quit or Ctrl-D to leave.
console-you-are = Bạn đang là / You are: { $name } ({ $roles })
console-people = /as <người | person>:

## --- console (END) ---

## --- report: the inspection report files (DOCX, XLSX, CSV, chart) (BEGIN) ---

report-period-days = từ ngày { $from } đến ngày { $to }
report-period-year = năm { $year }
report-period-month = tháng { $month } năm { $year }
report-period-quarter = quý { $quarter } năm { $year }
report-period-first-months = { $months } tháng đầu năm { $year }
report-period-last-months = { $months } tháng cuối năm { $year }
report-period-months = từ tháng { $first } đến tháng { $last } năm { $year }
report-in-period = trong { $period }
report-range-same-year = từ ngày { $fromDay } tháng { $fromMonth } đến ngày { $toDay } tháng { $toMonth } năm { $toYear }
report-range = từ ngày { $fromDay } tháng { $fromMonth } năm { $fromYear } đến ngày { $toDay } tháng { $toMonth } năm { $toYear }
report-month-label = Tháng { $month }
report-month-year-label = Tháng { $month }/{ $year }
report-appendix1-label = PHỤ LỤC 01
report-appendix2-label = PHỤ LỤC 02
report-appendix1-sheet = Phụ lục 01
report-appendix2-sheet = Phụ lục 02
report-appendix1-title = Kết quả thực hiện nhiệm vụ do Chủ tịch UBND tỉnh, UBND tỉnh giao các ngành, cơ quan, địa phương theo dõi thực hiện trên Hệ thống phần mềm { $period }
report-appendix2-title = Thống kê lũy kế thực hiện nhiệm vụ trên Hệ thống phần mềm { $period }
report-data-note = (Dữ liệu báo cáo được xuất đến ngày { $date })
report-attached-note = (Kèm theo Báo cáo số          /{ $symbol } ngày      tháng      năm          của { $unit })
report-a1-order = TT
report-a1-agency = Cơ quan được giao
report-a1-total = Tổng số nhiệm vụ giao
report-a1-result = Kết quả thực hiện
report-a1-completed = Đã hoàn thành
report-a1-not-completed = Chưa hoàn thành
report-a1-on-time = Đúng hạn
report-a1-late = Quá hạn
report-a1-in-term = Trong hạn
report-a1-overdue = Trễ hạn
report-a2-order = STT
report-a2-agency = Cơ quan được giao
report-a2-assigned = Giao
report-a2-done = Đã thực hiện
report-a2-cumulative = Lũy kế
report-a2-remaining = Còn phải thực hiện
report-total-row = Tổng số
report-category-on-time = Hoàn thành đúng hạn
report-category-late = Hoàn thành quá hạn
report-category-in-term = Chưa hoàn thành trong hạn
report-category-overdue = Chưa hoàn thành trễ hạn
report-chart-title = Kết quả thực hiện nhiệm vụ theo cơ quan
report-chart-as-of = Dữ liệu đến hết ngày { $date }
report-chart-totals = { $total } nhiệm vụ · đã hoàn thành { $done } ({ $rate })
report-chart-legend = { $label }: { $count }
report-docx-title = Báo cáo kết quả kiểm tra việc thực hiện nhiệm vụ
report-docx-country = CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
report-docx-motto = Độc lập - Tự do - Hạnh phúc
report-docx-number = Số:          /{ $symbol }
report-docx-place-date = { $place }, ngày      tháng      năm{"          "}
report-docx-heading = BÁO CÁO
report-docx-subject = Kết quả kiểm tra việc thực hiện nhiệm vụ do Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh giao { $period }
report-docx-intro = Thực hiện Quy chế theo dõi, đôn đốc, kiểm tra việc thực hiện nhiệm vụ do Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh giao; { $unit } báo cáo kết quả rà soát, kiểm tra tình hình thực hiện nhiệm vụ được giao { $period } như sau:
report-docx-section1 = 1. Tình hình giao và theo dõi thực hiện nhiệm vụ
report-docx-assigned = { $range } (dữ liệu báo cáo được xuất đến ngày { $date }), trên Hệ thống theo dõi nhiệm vụ đã cập nhật { $documents } văn bản, trong đó giao { $tasks } nhiệm vụ để các sở, ban ngành và Ủy ban nhân dân các huyện, thành phố theo dõi thực hiện, cập nhật tiến độ.
report-docx-section1-placeholder = (Bổ sung tình hình triển khai, theo dõi và đôn đốc thực hiện nhiệm vụ trong kỳ.)
report-docx-section2 = 2. Kết quả thực hiện nhiệm vụ
report-docx-results = Các đơn vị, địa phương đã hoàn thành đúng hạn: { $onTime } nhiệm vụ; đã hoàn thành nhưng quá hạn: { $late } nhiệm vụ; còn trong hạn giải quyết: { $inTerm } nhiệm vụ; đã trễ hạn nhưng chưa hoàn thành: { $overdue } nhiệm vụ (Phụ lục 01).
report-docx-cumulative = Tổng số lũy kế đã thực hiện { $done } nhiệm vụ, tỷ lệ hoàn thành đạt { $rate }; còn { $inProgress } nhiệm vụ đang thực hiện (Phụ lục 02).
report-docx-section3 = 3. Một số khó khăn, vướng mắc và kiến nghị
report-docx-overdue = Còn { $overdue } nhiệm vụ đã trễ hạn nhưng chưa hoàn thành, nhiều nhất tại: { $agencies }. Đề nghị các đơn vị khẩn trương hoàn thành, báo cáo kết quả thực hiện.
report-docx-overdue-agency = { $agency } ({ $count } nhiệm vụ)
report-docx-quality-no-deadline = { $count } nhiệm vụ đang thực hiện chưa có thời hạn xử lý
report-docx-quality-stale = { $count } nhiệm vụ không được cập nhật tiến độ từ { $days } ngày trở lên
report-docx-quality-done-no-note = { $count } nhiệm vụ báo hoàn thành nhưng không có báo cáo tiến độ hay ghi chú
report-docx-quality-no-focal = { $count } cơ quan chưa có cán bộ đầu mối liên lạc được ({ $agencies })
report-docx-quality-none = Về chất lượng dữ liệu: đến ngày { $date }, không phát hiện nhiệm vụ thiếu thời hạn, lâu không cập nhật hay thiếu đầu mối theo dõi.
report-docx-quality = Về chất lượng dữ liệu trên Hệ thống (đến ngày { $date }): { $findings }. Đề nghị các đơn vị rà soát, cập nhật đầy đủ, chính xác.
report-docx-section3-placeholder = (Bổ sung khó khăn, vướng mắc và kiến nghị.)
report-docx-closing = Trên đây là báo cáo kết quả kiểm tra việc thực hiện nhiệm vụ { $period } của { $unit }./.
report-docx-recipients = Nơi nhận:
report-docx-signer-name = (Họ và tên)
report-month-name = tháng { $month }

## --- report (END) ---
