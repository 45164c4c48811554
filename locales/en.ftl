# English. Every key must also exist in vi.ftl (checked by test/i18n).

## Errors

error-not_registered = You are not registered yet. Send /register <invite code> with the code an administrator gave you.
error-forbidden = You are not allowed to do that.
error-unknown_command = There is no command “{ $command }”. Type /help to see the commands.
error-usage = A parameter is missing or wrong. Usage: { $usage }
error-text_too_long = Your message is too long ({ $length } characters). Please send at most { $max }.
error-invalid_date = “{ $text }” is not a valid date. Use dd/mm/yyyy, for example 30/06/2019.
error-invalid_period = Cannot read the period “{ $text }”. Examples: tháng 6/2019, quý 2/2019, năm 2019, từ 01/01/2019 đến 30/06/2019.
error-unknown_agency = No agency matches “{ $query }”.{ $count ->
    [0] {""}
   *[other] {" "}Did you mean: { $suggestions }?
}
error-ambiguous_agency = “{ $query }” matches several agencies: { $suggestions }. Please be more specific.
error-unknown_task = No task “{ $code }”.{ $count ->
    [0] {""}
   *[other] {" "}Similar codes: { $suggestions }.
}
error-invalid_invite = The invite code is wrong, already used, or expired.
error-too_many_attempts = Too many wrong attempts. Please try again in { $minutes } minutes.
error-not_found = The requested data was not found.
error-conflict = The data changed while your request was processed. Please try again.
error-invalid_input = Invalid input: { $reason }
error-internal = Something went wrong. Please try again later; the problem has been logged.

## General

hint-use-help = I did not understand that. Type /help to see the commands.

## Help

help-unregistered = Hello! This is Nhắc việc, the bot that tracks the tasks the provincial People's Committee assigns.
    To start, send /register <invite code> with the code an administrator gave you.
help-intro-agency = Hello { $name }! These are your commands:
help-intro-staff = Hello { $name }! These are your commands:
help-help = /help — list the commands
usage-help = /help
help-thongke = /stats [agency] [period] [to <date>] — task counts (on time, late, in term, overdue)
usage-thongke = /stats [agency] [6/2019 | Q2/2019 | 2019 | from <date> to <date>] [to <date>]

## Stats

stats-title-province = 📊 Task progress — whole province
stats-title-agency = 📊 Task progress — { $agency }
stats-period = Tasks assigned from { $from } to { $to }
stats-as-of = As of the end of { $date }
stats-total = Total tasks: { $count }
stats-on-time = ✅ Completed on time: { $count }
stats-late = 🕓 Completed late: { $count }
stats-in-term = ⏳ Open, within the deadline: { $count }
stats-overdue = ⚠️ Open, overdue: { $count }
stats-rate = { $done } tasks completed, { $rate }
stats-top-overdue = The { $count } agencies with the most overdue tasks:
stats-top-overdue-row = { $rank }. { $agency }: { $count }
stats-no-overdue = No agency has overdue tasks.
stats-did-you-mean = Which agency did you mean? (“{ $query }”)

## --- import: nhacviec import, nhacviec agencies import|list (BEGIN) ---

import-file-not-found = File “{ $path }” not found.
import-file-too-large = The file is too large ({ $size } MB); at most { $max } MB is accepted.
import-file-encoding = The file is not UTF-8 text. Save it again as “CSV UTF-8”.
import-file-empty = The file is empty.
import-file-no-rows = The file has a header line but no data rows.
import-file-unclosed-quote = Line { $line }: a double quote (") is opened but never closed.
import-file-missing-columns = Missing required column(s): { $columns }. Columns in the file: { $found }.
import-file-duplicate-column = Columns “{ $first }” and “{ $second }” name the same field.
import-reason-required = must not be empty.
import-reason-too-long = is { $length } characters long, at most { $max } allowed.
import-reason-date-format = cannot read the date “{ $value }”; use dd/mm/yyyy, dd/mm/yyyy HH:mm or ISO 8601.
import-reason-date-invalid = “{ $value }” is not a real date.
import-reason-deadline-before-assigned = deadline { $deadline } is before the assignment date { $assigned }.
import-reason-completed-before-assigned = completion date { $completed } is before the assignment date { $assigned }.
import-reason-completed-in-future = completion date { $completed } is in the future.
import-reason-unknown-agency = no agency matches “{ $query }”.{ $count ->
    [0] {""}
   *[other] {" "}Did you mean: { $suggestions }?
}
import-reason-ambiguous-agency = “{ $query }” matches several agencies: { $suggestions }. Please write the name more precisely.
import-reason-duplicate-code = code “{ $code }” repeats line { $firstLine }.
import-reason-duplicate-row = same content as line { $firstLine }.
import-reason-cell-count = has { $actual } cells but the header has { $expected } columns.
import-reason-bad-quotes = misplaced double quote (").
import-reason-document-date-without-number = has a document date but no document number.
import-reason-agency-kind = kind “{ $value }” is not valid; use department, board, district, commune, office or other (or sở, ban, huyện, xã, văn phòng, khác).
import-reason-agency-order = order “{ $value }” must be a whole number.
import-issue = Line { $line }, column “{ $column }”: { $reason }
import-issue-row = Line { $line }: { $reason }
import-issues-header = { $count } invalid row(s):
import-rejected = Nothing was imported because { $count } row(s) are invalid. Fix the file and import it again, or use --skip-invalid to import only the valid rows.
import-ignored-columns = Ignored unknown columns: { $columns }.
import-summary = { $rows } row(s) in the file: { $created } task(s) created, { $updated } updated, { $unchanged } unchanged, { $skipped } invalid row(s) skipped.
import-summary-dry-run = Dry run, nothing written. { $rows } row(s) in the file: { $created } task(s) would be created, { $updated } updated, { $unchanged } unchanged, { $skipped } invalid row(s) skipped.
import-progress-validate = Validating
import-progress-write = Writing
import-agencies-rejected = No agency was imported because some rows are invalid. Fix the file and import it again.
import-agencies-summary = { $rows } agenc(ies) imported: { $created } created, { $updated } updated, { $unchanged } unchanged.
import-agencies-none = There are no agencies yet. Import the directory with: nhacviec agencies import FILE.csv
import-agencies-column-code = Code
import-agencies-column-name = Name
import-agencies-column-aliases = Aliases
import-agencies-column-kind = Kind
import-agencies-column-active = Active
import-agencies-active-yes = yes
import-agencies-active-no = no

## --- import (END) ---
