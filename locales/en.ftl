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
error-task_not_open = Task { $code } is no longer open (done or cancelled).
error-invalid_completion_date = { $reason ->
    [future] The completion date cannot be in the future.
   *[other] The completion date cannot be before the task was assigned.
}
error-extension_date_too_early = The requested date ({ $date }) must be after { $after }.
error-extension_reason_missing = Please give a reason for the extension.
error-extension_pending = Task { $code } already has extension request #{ $id } waiting for a decision.
error-extension_not_found = There is no extension request #{ $id }.
error-extension_decided = Extension request #{ $id } was already decided.
error-private_only = This command only works in a private chat with the bot, to keep task details confidential.
error-session_expired = That choice has expired. Please send your text again.
error-internal = Something went wrong. Please try again later; the problem has been logged.

## Tasks (display)

task-confidential = confidential
task-no-deadline = no deadline
task-deadline-done = due { $date }
task-deadline-left = due { $date } · { $days } days left
task-deadline-today = due today { $date }
task-deadline-overdue = due { $date } · { $days } days overdue
role-focal = focal officer
role-head = agency head
role-leader = provincial leader
role-inspector = inspection team
role-admin = administrator
button-approve = ✅ Approve
button-reject = ❌ Reject
button-confirm-done = ✅ Confirm done
button-not-yet = Not yet
button-previous = ◀ Previous
button-next = Next ▶

## Registration, language

help-dangky = /register <invite code> — register or link this chat account
usage-dangky = /register <invite code>
register-done = You are registered! Role: { $role }{ $hasAgency ->
    [yes] {" "}— { $agency }
   *[no] {""}
}. Type /help to see the commands.
help-ngonngu = /language vi|en — change the language
usage-ngonngu = /language vi | /language en
language-set = Switched to English.

## Task list

help-nhiemvu = /tasks [agency] [overdue | due soon | all] — open tasks
usage-nhiemvu = /tasks [agency] [overdue | due soon | all]
tasks-scope-all = all agencies
tasks-title-open = 📋 Open tasks — { $agency } ({ $count }):
tasks-title-overdue = ⚠️ Overdue tasks — { $agency } ({ $count }):
tasks-title-soon = ⏰ Tasks due within 7 days — { $agency } ({ $count }):
tasks-empty-open = { $agency }: no open tasks.
tasks-empty-overdue = { $agency }: no overdue tasks. 👍
tasks-empty-soon = { $agency }: nothing due in the next 7 days.
tasks-page = Page { $page }/{ $pages }

## Updates, completion

help-capnhat = /update <code> <text> — report progress (e.g. “80%”, “done”, “xin gia hạn đến 30/7 vì …”)
usage-capnhat = /update <task code> <text>, e.g. /update NV-2019-0001 draft submitted, 80%
update-recorded = Update recorded for { $code }.
update-recorded-percent = Update recorded for { $code }: { $percent }% done.
update-confirm-completion = Do you confirm that task { $code } is done? Your update has been recorded.
update-kept-open = Recorded. Task { $code } stays open.
update-prompt = Send your update for { $code } (e.g. “80%”, “done”).
help-hoanthanh = /done <code> [note] — report a task done
usage-hoanthanh = /done <task code> [note]; the inspection team may give a date: /done <code> on 20/06/2019 [note]
done-confirmed = ✅ { $code }: done at { $at }.
done-already = { $code } was already done (at { $at }).
ack-text = Reminder received
snooze-recorded = You will be reminded of { $code } again at { $at }.
ack-recorded = Recorded: you received the reminder about { $code }.
free-text-pick-task = Which task is this about? Pick one:
free-text-no-tasks = Your agency has no open tasks right now. Type /help to see the commands.

## Extensions

help-giahan = /extend <code> <date> <reason> — ask for an extension
usage-giahan = /extend <task code> <date> <reason>, e.g. /extend NV-2019-0001 30/07/2019 waiting for the Ministry
extension-need-date = Please give the date you ask for { $code }, e.g. “xin gia hạn đến 30/7 vì …”.
extension-prompt = Send the date you ask for and the reason for { $code }, e.g. “30/07/2019 waiting for the Ministry”.
extension-requested = Extension request #{ $id } for { $code } until { $date } has been sent. You will be told the decision.
extension-request-notice = 📝 Extension request #{ $id }
    { $code } · { $title }
    Agency: { $agency } — requested by { $requester }
    Current deadline: { $from } → requested: { $to }
    Reason: { $reason }
    Use the buttons below, or /approve { $id } · /reject { $id } <reason>.
extension-approved-notice = ✅ Extension request #{ $id } ({ $code }) was approved by { $decider }. New deadline: { $date }.
extension-rejected-notice = ❌ Extension request #{ $id } ({ $code }) was rejected by { $decider }. Reason: { $note }
help-duyet = /approve <number> — approve an extension request
usage-duyet = /approve <request number> [note]
help-tuchoi = /reject <number> <reason> — reject an extension request
usage-tuchoi = /reject <request number> <reason>
extension-approved = Approved request #{ $id }: the new deadline of { $code } is { $date }.
extension-rejected = Rejected request #{ $id } ({ $code }).

## Urging notices

help-dondoc = /urge overdue|all|<agency, …>: <text> — send an urging notice; /urge status <number> — who received it
usage-dondoc = /urge tre_han <text> · /urge tat_ca <text> · /urge Sở Y tế, Sở Tư pháp: <text> · /urge status <number>
broadcast-preview = 📣 Preview of urging notice #{ $id }: { $agencies } agencies, { $people } recipients ({ $unreachable } not reachable).
    Text: { $text }
broadcast-preview-agency = • { $agency }: { $overdue } overdue tasks, { $people } recipients
broadcast-sent = Urging notice #{ $id } sent to { $recipients } people; { $unreachable } agencies have nobody to receive it. See /urge status { $id }.
broadcast-cancelled = Urging notice #{ $id } cancelled.
broadcast-notice = 📣 URGING NOTICE (#{ $id }) — { $agency }
    { $text }
    Overdue tasks of your agency: { $count }
broadcast-task-line = • { $code } · { $title } · due { $date } · { $days } days overdue
broadcast-acknowledged = Recorded: you received urging notice #{ $id }.
broadcast-status-title = Status of urging notice #{ $id }: { $text }
broadcast-status-agency = • { $agency }
      received: { $received }
      acknowledged: { $acknowledged }
      not reachable: { $unreachable }
      being sent: { $pending }
button-send = 📣 Send
button-cancel = Cancel
button-acknowledge = ✅ Received
error-broadcast_no_agency = No agency matches this target.
error-broadcast_already_sent = Urging notice #{ $id } was already sent or cancelled.

help-baocao = /report [period] [to <date>] — inspection report: draft (Word), appendices (Excel, CSV) and chart
usage-baocao = /report [month 6/2019 | quarter 2/2019 | first 6 months of 2019 | from <date> to <date>] [to <date>]
report-title = 📑 Report on the tasks assigned by the Provincial People's Committee
report-period = Tasks assigned from { $from } to { $to }, counted to the end of { $date }
report-documents = { $documents ->
    [one] 1 document
   *[other] { $documents } documents
  } assigned { $tasks ->
    [one] 1 task
   *[other] { $tasks } tasks
  }:
report-in-progress = { $count ->
    [one] 1 task is still in progress.
   *[other] { $count } tasks are still in progress.
  }
report-quality = 🔎 Data quality: { $noDeadline } open without a deadline, { $stale } without an update for { $days } days, { $noFocal } agencies without a reachable focal officer, { $noNote } completed without a note. Details: /quality
report-files = Attached: the draft report, appendices 01 and 02, and the chart.
report-empty = No task was assigned from { $from } to { $to }, so there is nothing to report.
report-file-png = Tasks by agency, to the end of { $date }
report-file-docx = Draft report (Word), to the end of { $date }
report-file-xlsx = Appendices 01 and 02 (Excel), to the end of { $date }
report-file-appendix1-csv = Appendix 01 (CSV)
report-file-appendix2-csv = Appendix 02 (CSV)
report-files-links = Download the report files:
report-files-unavailable = The report files cannot be sent to this chat. Use /report in Telegram or Slack, or ask an administrator to export them with “nhacviec report”.
error-report_period_too_long = A report covers at most { $months } months. Choose a shorter period.
error-report_period_after_as_of = The report period starts ({ $from }) after the counting date ({ $date }).

help-chatluong = /quality — data-quality check (missing deadlines, no updates, no focal officer)
usage-chatluong = /quality

help-kenh = /channel zalo|telegram|slack — choose the app that receives reminders
usage-kenh = /channel zalo | /channel telegram | /channel slack
channel-current = Reminders go to: { $preferred }. Linked apps: { $linked }.
channel-automatic = automatic (any reachable app)
channel-unreachable = unreachable
channel-set = Reminders will now go to { $platform }; when it cannot be reached, another linked app is used.
error-channel_not_linked = You have not linked { $platform }. Linked apps: { $linked }. Send /register <invite code> on { $platform } to link it.

## Overdue

help-quahan = /overdue — overdue tasks by agency
usage-quahan = /overdue
overdue-none = No overdue tasks. 👍
overdue-title = ⚠️ { $count } overdue tasks in { $agencies } agencies:
overdue-agency = { $rank }. { $agency }: { $count } tasks
overdue-days = { $days } days overdue
overdue-stale = ⏸ no update for { $days } days
overdue-more = … and { $count } more

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

## --- import-xlsx: nhacviec import FILE.xlsx, --errors (BEGIN) ---

import-file-xlsx-unreadable = Cannot read the Excel file: it is damaged, password-protected or not in .xlsx format. Open it in Excel and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”.
import-errors-column-line = Line
import-errors-column-reasons = Errors
import-errors-sheet = Invalid rows
import-errors-reason = Column “{ $column }”: { $reason }
import-errors-reason-row = Whole row: { $reason }
import-errors-written = Wrote { $count } invalid rows to “{ $path }”.
import-errors-write-failed = Cannot write the error report “{ $path }” ({ $reason }).

## --- import-xlsx (END) ---

## --- quality: data-quality check, /chatluong (BEGIN) ---

quality-title = 🔎 Data-quality check as of { $date }
quality-all-good = ✅ No problems found.
quality-no-deadline = Open tasks without a deadline: { $count }
quality-stale = Open tasks without an update for { $days } days or more: { $count }
quality-stale-since = (last update { $date })
quality-no-focal = Agencies without a reachable focal officer: { $count }
quality-done-no-note = Completed tasks without any progress report or completion note: { $count }
quality-task-item = • { $code } — { $agency }: { $title }
quality-task-item-confidential = • { $code } — { $agency } (confidential task)
quality-agency-item = • { $agency }
quality-more = … and { $count } more

## --- quality (END) ---

## --- zalo: Zalo Bot adapter (BEGIN) ---

zalo-choices-hint = Reply with a number to choose:
zalo-unsupported-image = I cannot read images yet. Please send your message as text, or type /help to see the commands.
zalo-unsupported-sticker = Thank you! I only understand text messages; type /help to see the commands.
zalo-unsupported = I cannot handle this kind of message yet. Please send your message as text, or type /help to see the commands.

## --- zalo (END) ---

## --- reminders: reminders, escalations, working calendar (BEGIN) ---

remind-confidential = confidential content
remind-status-overdue = due { $deadline }, { $days ->
    [0] overdue
    [one] overdue by 1 working day
   *[other] overdue by { $days } working days
}
remind-status-due-today = due today ({ $deadline })
remind-status-due-soon = due { $deadline }{ $days ->
    [0] {""}
    [one] , 1 working day left
   *[other] , { $days } working days left
}
remind-status-standing = standing task, no progress report for { $days } days
remind-stale = 🕸 no update for { $days } days
remind-snoozed-again = 🔁 reminder again
remind-button-done = ✅ Done
remind-button-update = 📝 Update
remind-button-extend = ⏳ Ask for extension
remind-button-ack = 👌 Acknowledged
remind-button-snooze = 🔔 Remind me later
remind-flash-title = 🔥 FLASH — reminder
remind-cli-at = Reminder plan at { $at } ({ $zone })
remind-cli-in-window = Inside send window { $index }.
remind-cli-outside-window = Outside the send windows; the next window opens at { $next }.
remind-cli-counts = Open tasks: { $tasks }. Reminders due: { $due } (waiting for a send window or snoozed: { $waiting }).
remind-cli-row = [{ $kind ->
    [digest] Digest
    [escalation] Escalation
   *[reminder] Flash
}] → { $person } · { $key }{ $reachable ->
    [no] {" "}(no chat account yet)
   *[other] {""}
}
remind-cli-item = {"    "}{ $task } · { $trigger } · { $role ->
    [focal] focal officer
    [head] agency head
    [leader] leader in charge
   *[inspector] inspection team
} · { $status }{ $snoozed ->
    [yes] {" "}(back after a snooze)
   *[other] {""}
}
remind-cli-waiting = { $count } reminders wait for their send time (the first at { $at }).
remind-cli-dry-run = Dry run, nothing sent or written: { $rows } messages to { $people } people ({ $digest } digests, { $escalation } escalations, { $reminder } flash reminders).
remind-cli-summary = Enqueued { $created } new messages ({ $digest } digests, { $escalation } escalations, { $reminder } flash reminders); { $existing } were already enqueued; { $unreachable } go to people without a chat account.
digest-title = 📋 Reminders for { $date }: { $count ->
    [one] 1 task needs attention
   *[other] { $count } tasks need attention
}
digest-group-overdue = ⚠️ Overdue ({ $count }):
digest-group-due-today = ⏰ Due today ({ $count }):
digest-group-due-soon = 🔜 Due soon ({ $count }):
digest-group-standing = 📝 Standing tasks awaiting a progress report ({ $count }):
digest-more = … and { $count } more tasks — see /nhiemvu
digest-codes-hint = The buttons are for the first { $count } tasks. For the others, use the task code: /capnhat <code> <text>, /hoanthanh <code>, /giahan <code> <date> <reason>.
escalation-title = 🚨 Task overdue by { $days } working days — please direct and follow up
escalation-task = Task { $code }: { $title }
escalation-agency = Lead agency: { $agency }
escalation-overdue = Deadline { $deadline }; overdue by { $days } working days (since { $since }).
escalation-last-update = Last update on { $date }: “{ $text }”
escalation-last-update-hidden = Last update on { $date } (confidential content).
escalation-no-update = No progress report since the task was assigned on { $assigned }.
escalation-role = You receive this notice as { $role ->
    [head] head of the lead agency
    [leader] the provincial leader in charge
    [focal] focal officer
   *[inspector] a member of the inspection team
}.
calendar-import-not-found = Cannot read the file “{ $path }”.
calendar-import-errors = The calendar file has { $count } errors; no day was imported:
calendar-import-error-line = Line { $line }: { $message }
calendar-import-empty = The calendar file lists no day.
calendar-import-done = Imported { $count } days: { $created } new, { $updated } updated, { $unchanged } unchanged.
calendar-import-year-official = { $year }: official days off in use ({ $holidays } days off, { $workdays } make-up days in the file); the Labour Code defaults no longer apply to this year, so the official data must list every day off of the year.
calendar-import-year-workdays = { $year }: { $workdays } make-up working days added; days off unchanged.
calendar-list-title = Working calendar { $year }
calendar-list-holidays = Public holidays ({ $count }):
calendar-list-workdays = Make-up working days ({ $count }):
calendar-list-row = {"  "}{ $date } ({ $weekday ->
    [0] Sunday
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
   *[6] Saturday
}) — { $name } [{ $source }]
calendar-list-computed-note = No official calendar for { $year } yet: the days above follow the Labour Code 2019. Import the official one with: nhacviec calendar import FILE.csv
calendar-source-computed = computed
calendar-source-shipped = official, shipped
calendar-source-imported = official, imported
calendar-source-official = official

## --- reminders (END) ---

## --- telegram: Telegram adapter (BEGIN) ---

telegram-unsupported-photo = I cannot read images yet. Please send your message as text, or type /help to see the commands.
telegram-unsupported-sticker = Thank you! I only understand text messages; type /help to see the commands.
telegram-unsupported-document = I cannot take files in the chat yet. Please send your message as text, or type /help to see the commands.
telegram-unsupported-voice = I cannot listen to voice messages yet. Please send your message as text, or type /help to see the commands.
telegram-unsupported = I cannot handle this kind of message yet. Please send your message as text, or type /help to see the commands.
telegram-button-failed = This could not be done just now. Please try again in a few minutes.

## --- telegram (END) ---

## --- slack: Slack adapter (BEGIN) ---

slack-unsupported-file = I cannot read files or images yet. Please send your message as text, or type /nhacviec help to see the commands.
slack-dm-unavailable = I could not open a direct message with you on Slack. Please try again in a few minutes.

## --- slack (END) ---
