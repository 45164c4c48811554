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
error-unknown_agency-choices = No agency matches “{ $query }”. Which one did you mean?
error-ambiguous_agency-choices = “{ $query }” matches several agencies. Which one did you mean?
error-unknown_task = No task “{ $code }”.{ $count ->
    [0] {""}
   *[other] {" "}Similar codes: { $suggestions }.
}
error-ambiguous_task = “{ $query }” matches { $count } tasks ({ $codes }). Please pick one, or type the full code.
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
error-invalid_button = This button is not valid or no longer works. Please send the command again for fresh choices.
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

help-nhiemvu = /tasks [agency | code] [overdue | due soon | all] — open tasks, or one task in detail by its code
usage-nhiemvu = /tasks [agency] [overdue | due soon | all] · /tasks <task code>
tasks-scope-all = all agencies
tasks-title-open = 📋 Open tasks — { $agency } ({ $count }):
tasks-title-overdue = ⚠️ Overdue tasks — { $agency } ({ $count }):
tasks-title-soon = ⏰ Tasks due within 7 days — { $agency } ({ $count }):
tasks-empty-open = { $agency }: no open tasks.
tasks-empty-overdue = { $agency }: no overdue tasks. 👍
tasks-empty-soon = { $agency }: nothing due in the next 7 days.
tasks-page = Page { $page }/{ $pages }
card-title = 📌 { $code } — { $title }
card-document = Document: { $number } of { $date }
card-document-undated = Document: { $number }
card-agency = Lead agency: { $agency }
card-assigned = Assigned: { $date }
card-deadline = Deadline: { $date }
card-deadline-extended = Deadline: { $date } (extended; first deadline { $original })
card-no-deadline = Deadline: none (standing task)
card-state-onTime = Status: ✅ Completed on time ({ $date })
card-state-late = Status: 🕓 Completed late ({ $date })
card-state-inTerm = Status: ⏳ Open, within the deadline{ $days ->
    [none] {""}
    [0] {" "}(due today)
    [one] {" "}(1 day left)
   *[other] {" "}({ $days } days left)
}
card-state-overdue = Status: ⚠️ Open, overdue ({ $days ->
    [one] 1 day
   *[other] { $days } days
})
card-state-cancelled = Status: ❌ Cancelled
card-progress = Progress: { $percent }%
card-no-updates = No progress reported yet.
card-updates = Latest updates:
card-update = • { $date } · { $who }: { $text }
card-update-completed = reported done
card-update-empty = (no text)
card-who-system = system
card-extensions = Extension requests awaiting a decision:
card-extension = • #{ $id }: to { $date } · { $who }: { $reason }
card-button-approve = ✅ Approve #{ $id }
card-button-reject = ❌ Reject #{ $id }

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
overdue-takes-no-agency = /overdue lists the overdue tasks of every agency. For one agency: /tasks { $agency } overdue
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

## --- cli: nhacviec commands: help, usage errors, output (BEGIN) ---

cli-migrate-summary = Apply pending database migrations
cli-migrate-usage = nhacviec migrate
cli-demo-summary = Load the 2019 Kon Tum report as demo data (30 agencies, 2,139 tasks, demo people)
cli-demo-usage =
    nhacviec demo [--shift-to-today]

      --shift-to-today   move every date so that the report's cut-off (30/06/2019) is today,
                         so that live stats show the report's numbers

    Does nothing when the database already holds tasks.
cli-agencies-import-summary = Import the agency directory from a CSV file
cli-agencies-import-usage =
    nhacviec agencies import FILE.csv

    Columns (Vietnamese | English; * required):
      ma | code *, ten | name *, ten_viet_tat | aliases (separated by `;`),
      loai | kind: sở, ban, huyện, xã, văn phòng, khác (department, board, district, commune, office, other),
      thu_tu | order: display order (default: new agencies after the existing ones, in file order)

    Upserts by code. Any invalid row rejects the file (exit 1).
cli-agencies-list-summary = List agencies in display order
cli-agencies-list-usage = nhacviec agencies list
cli-import-summary = Import tasks from a CSV or Excel file
cli-import-usage =
    nhacviec import FILE.csv [--dry-run] [--skip-invalid] [--errors ERRORS.xlsx]
    nhacviec import FILE.xlsx [--dry-run] [--skip-invalid] [--errors ERRORS.xlsx]

      --dry-run        validate and report how many tasks would be created or updated; write nothing
      --skip-invalid   import the valid rows, skip the invalid ones
      --errors FILE    write the invalid rows (original cells and reasons) to an .xlsx or .csv file,
                       to fix and import again

    Columns (Vietnamese | English, any order; * required):
      ma_nhiem_vu | code, trich_yeu | title *, co_quan_chu_tri | agency *,
      so_ky_hieu_van_ban | document_number, ngay_van_ban | document_date,
      ngay_giao | assigned_at *, han_xu_ly | deadline, ngay_hoan_thanh | completed_at, ghi_chu | note

    CSV: UTF-8 (BOM optional), separator `,` or `;`. At most 20 MB.
    Excel (.xlsx): the first sheet; the header is the first non-empty row; line numbers are Excel row numbers.
    Dates: dd/mm/yyyy, dd/mm/yyyy HH:mm, ISO 8601 or Excel date cells, in APP_TIMEZONE.
    Exit: 0 imported, 1 invalid rows and nothing imported.
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
    nhacviec ask [--as <person>] [--at <ISO time>] "<message>"

      --as    who speaks: a handle (focal-SYT, leader, inspector), a name, or an agency (its focal officer)
      --at    fix the clock, e.g. 2019-06-30T10:00:00+07:00

    Buttons are printed as numbered choices. Without --as it acts as the demo leader.
cli-apikey-create-summary = Create an integration API key
cli-apikey-create-usage =
    nhacviec apikey create --name NAME --scope read|write

      --name NAME     who uses the key (e.g. "Hệ thống QLVB")
      --scope read    read only (GET);  --scope write   read and write

    The key (nv_<prefix>_<secret>) is printed once on stdout; only its SHA-256 is stored.
cli-apikey-list-summary = List the API keys
cli-apikey-list-usage = nhacviec apikey list
cli-apikey-revoke-summary = Revoke an API key
cli-apikey-revoke-usage =
    nhacviec apikey revoke PREFIX|ID

    Requests with a revoked key are refused (401) at once.
cli-remind-summary = Enqueue due reminders and escalations (try it with --dry-run)
cli-remind-usage =
    nhacviec remind [--dry-run [--at TIME]] [--policy FILE] [--json]

      --dry-run      print who would receive what, and why (trigger); send and write nothing
      --at TIME      plan for this instant instead of now (with --dry-run only)
      --policy FILE  reminder policy (default: REMINDER_POLICY_FILE, else config/reminder-policy.json)
      --json         print the plan, or the sweep's counts, as JSON

    Without --dry-run: one sweep now, enqueueing into the outbox (the dispatcher sends).
    TIME: dd/mm/yyyy HH:mm or ISO 8601, in APP_TIMEZONE.
cli-calendar-import-summary = Import official days off and make-up working days from a CSV file
cli-calendar-import-usage =
    nhacviec calendar import FILE.csv

    Columns: date,kind,name (or ngay,loai,ten); kind: holiday|nghi, workday|lam; `,` or `;`.
    Lines starting with # are comments.
    A year with official holidays uses exactly that list: give every day off of the year.
    Any error imports nothing (exit 1). Upserts by date.
cli-calendar-list-summary = A year's holidays and make-up working days
cli-calendar-list-usage =
    nhacviec calendar list [--year YYYY]

      --year YYYY   the year (default: this year in APP_TIMEZONE)

    Source: computed from the Labour Code, official shipped with the software, or imported.
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
cli-program-title = nhacviec — task tracking for a provincial People's Committee
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
cli-apikey-created = API key “{ $name }” ({ $prefix }, { $scope }) — store it now; it is shown only once.
cli-apikey-none = No API keys yet: nhacviec apikey create --name NAME --scope read|write
cli-apikey-column-id = ID
cli-apikey-column-prefix = Prefix
cli-apikey-column-name = Name
cli-apikey-column-scope = Scope
cli-apikey-column-created = Created
cli-apikey-column-last-used = Last used
cli-apikey-column-status = Status
cli-apikey-revoked-at = revoked { $at }
cli-apikey-active = active
cli-apikey-missing-ref = missing PREFIX or ID
cli-apikey-already-revoked = Key { $prefix } (“{ $name }”) was already revoked.
cli-apikey-revoked = Revoked key { $prefix } (“{ $name }”).
cli-apikey-not-found = No API key “{ $ref }”: no key has this prefix or id.
cli-ask-missing-message = a message is required
cli-ask-bad-time = --at: "{ $text }" is not an ISO 8601 time
cli-ask-unknown-person = No console person “{ $wanted }”. Known: { $known }
cli-ask-no-people = (none — run nhacviec demo)
cli-ask-no-demo = No demo data: use --as <person>.
cli-calendar-missing-file = missing FILE.csv
cli-calendar-bad-year = --year: "{ $text }" is not a year (YYYY)
cli-demo-not-empty = The database already holds tasks; nothing loaded.
cli-demo-loaded = Loaded: { $agencies } agencies, { $documents } documents, { $tasks } tasks, { $people } people; cut-off { $cutoff }.
cli-import-missing-file = missing FILE.csv (or FILE.xlsx)
cli-import-bad-errors-file = --errors: { $path } must end in .xlsx or .csv
cli-invite-bad-role = --role must be one of { $roles }
cli-invite-agency-required = --agency is required for --role { $role }
cli-invite-bad-expiry = --expires: "{ $text }" is not a duration such as 7d, 12h or 30m
cli-invite-unknown-person = No person with handle “{ $handle }”.
cli-invite-created = One-time code for { $role }, expires { $expires }: send /dangky { $code } to the bot.
cli-invite-created-agency = One-time code for { $role } of { $agency }, expires { $expires }: send /dangky { $code } to the bot.
cli-migrate-up-to-date = Database is up to date ({ $count } migrations applied).
cli-migrate-applied = Applied { $count } migration(s): { $names }
cli-outbox-bad-limit = --limit: expected a positive whole number, got "{ $text }"
cli-outbox-none-failed = No failed messages
cli-outbox-empty = The outbox is empty
cli-outbox-column-id = ID
cli-outbox-column-key = Key
cli-outbox-column-status = Status
cli-outbox-column-attempts = Attempts
cli-outbox-column-next-attempt = Next attempt
cli-outbox-column-last-error = Last error
cli-outbox-missing-id = missing <id>
cli-outbox-bad-id = <id>: expected a message id, got "{ $text }"
cli-outbox-not-found = No message { $id }
cli-outbox-not-failed = Message { $id } is { $status }; only dead or unreachable messages are retried
cli-outbox-retried = Message { $id } queued again
cli-outbox-retried-reset = Message { $id } queued again; { $count } chat account(s) trusted again
cli-remind-at-needs-dry-run = --at needs --dry-run: a real sweep always runs at the current time
cli-report-missing-out = --out DIR is required
cli-report-period = Report { $from } – { $to }, figures as of the end of { $asOf }
cli-report-counts = { $documents } documents, { $total } tasks: { $onTime } done on time, { $late } done late, { $inTerm } open in term, { $overdue } open and overdue
cli-report-done = { $done } done ({ $rate }), { $inProgress } in progress
cli-stats-as-of = As of { $date }
cli-stats-column-order = No.
cli-stats-column-agency = Agency
cli-stats-column-total = Total
cli-stats-column-on-time = Done on time
cli-stats-column-late = Done late
cli-stats-column-in-term = Open in term
cli-stats-column-overdue = Open overdue
cli-stats-total-row = Total

## --- cli (END) ---

## --- console: npm start in a terminal (BEGIN) ---

console-demo-loaded = The database was empty: loaded the demo data (Kon Tum 2019 report, { $tasks } tasks, cut-off moved to today).
console-welcome = Nhắc việc — console chat. Type /help for commands, /as to switch person, /quit or Ctrl-D to leave.
console-you-are = You are: { $name } ({ $roles })
console-people = /as <person>:

## --- console (END) ---

## --- report: the inspection report files (DOCX, XLSX, CSV, chart) (BEGIN) ---

report-period-days = from { $from } to { $to }
report-period-year = the year { $year }
report-period-month = { $monthName } { $year }
report-period-quarter = quarter { $quarter } of { $year }
report-period-first-months = the first { $months } months of { $year }
report-period-last-months = the last { $months } months of { $year }
report-period-months = from { $firstName } to { $lastName } { $year }
report-in-period = in { $period }
report-range-same-year = from { $from } to { $to }
report-range = from { $from } to { $to }
report-month-label = { $monthName }
report-month-year-label = { $monthName } { $year }
report-appendix1-label = APPENDIX 01
report-appendix2-label = APPENDIX 02
report-appendix1-sheet = Appendix 01
report-appendix2-sheet = Appendix 02
report-appendix1-title = Results of the tasks assigned by the Chairman of the Provincial People's Committee and the Provincial People's Committee to departments, agencies and localities, tracked in the software system { $period }
report-appendix2-title = Cumulative statistics of the tasks in the software system { $period }
report-data-note = (Report data exported up to { $date })
report-attached-note = (Attached to Report No.          /{ $symbol } dated                    of the { $unit })
report-a1-order = No.
report-a1-agency = Assigned agency
report-a1-total = Tasks assigned
report-a1-result = Results
report-a1-completed = Completed
report-a1-not-completed = Not completed
report-a1-on-time = On time
report-a1-late = Late
report-a1-in-term = In term
report-a1-overdue = Overdue
report-a2-order = No.
report-a2-agency = Assigned agency
report-a2-assigned = Assigned
report-a2-done = Done
report-a2-cumulative = Cumulative
report-a2-remaining = Remaining
report-total-row = Total
report-category-on-time = Completed on time
report-category-late = Completed late
report-category-in-term = Not completed, in term
report-category-overdue = Not completed, overdue
report-chart-title = Task results by agency
report-chart-as-of = Data up to the end of { $date }
report-chart-totals = { $total } tasks · { $done } completed ({ $rate })
report-chart-legend = { $label }: { $count }
report-docx-title = Report on the inspection of task implementation
report-docx-country = SOCIALIST REPUBLIC OF VIETNAM
report-docx-motto = Independence - Freedom - Happiness
report-docx-number = No.:          /{ $symbol }
report-docx-place-date = { $place }, dated{"                    "}
report-docx-heading = REPORT
report-docx-subject = Results of the inspection of the tasks assigned by the Provincial People's Committee and its Chairman { $period }
report-docx-intro = Under the Regulation on tracking, urging and inspecting the tasks assigned by the Provincial People's Committee and its Chairman, the { $unit } reports the results of its review and inspection of the tasks assigned { $period } as follows:
report-docx-section1 = 1. Tasks assigned and tracked
report-docx-assigned = { $range } (report data exported up to { $date }), the task tracking system recorded { $documents } documents assigning { $tasks } tasks to the departments, boards and the People's Committees of the districts and the city, which follow them up and report their progress.
report-docx-section1-placeholder = (Add how the tasks were carried out, tracked and urged during the period.)
report-docx-section2 = 2. Results
report-docx-results = The agencies and localities completed { $onTime } tasks on time and { $late } tasks late; { $inTerm } tasks are still within their deadline; { $overdue } tasks are overdue and not completed (Appendix 01).
report-docx-cumulative = In total { $done } tasks were completed, a completion rate of { $rate }; { $inProgress } tasks are in progress (Appendix 02).
report-docx-section3 = 3. Difficulties, obstacles and recommendations
report-docx-overdue = { $overdue } tasks are overdue and not completed, most of them at: { $agencies }. These agencies are asked to complete them promptly and report the results.
report-docx-overdue-agency = { $agency } ({ $count } tasks)
report-docx-quality-no-deadline = { $count } tasks in progress have no deadline
report-docx-quality-stale = { $count } tasks have had no progress update for { $days } days or more
report-docx-quality-done-no-note = { $count } tasks were reported completed without any progress report or note
report-docx-quality-no-focal = { $count } agencies have no reachable focal officer ({ $agencies })
report-docx-quality-none = Data quality: as of { $date }, no task without a deadline, without a recent update or without a focal officer was found.
report-docx-quality = Data quality in the system (as of { $date }): { $findings }. The agencies are asked to review their records and keep them complete and accurate.
report-docx-section3-placeholder = (Add difficulties, obstacles and recommendations.)
report-docx-closing = This is the { $unit }'s report on the inspection of task implementation { $period }./.
report-docx-recipients = Recipients:
report-docx-signer-name = (Full name)
report-month-name = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}

## --- report (END) ---
