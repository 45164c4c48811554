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
error-unknown_task = Không tìm thấy nhiệm vụ “{ $code }”.{ $count ->
    [0] {""}
   *[other] {" "}Các mã gần giống: { $suggestions }.
}
error-invalid_invite = Mã mời không đúng, đã dùng hoặc đã hết hạn.
error-too_many_attempts = Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau { $minutes } phút.
error-not_found = Không tìm thấy dữ liệu yêu cầu.
error-conflict = Dữ liệu đã thay đổi trong lúc xử lý. Vui lòng thử lại.
error-invalid_input = Dữ liệu không hợp lệ: { $reason }
error-internal = Đã xảy ra lỗi. Vui lòng thử lại sau; quản trị viên đã được ghi nhận sự cố.

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
stats-did-you-mean = Ý bạn là cơ quan nào? (“{ $query }”)

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
