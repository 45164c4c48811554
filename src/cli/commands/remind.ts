import { loadWorkCalendar } from "../../core/calendar/load-calendar.js";
import { formatDateTimeVi } from "../../core/time/format.js";
import { defaultReminderPolicy, loadReminderPolicy, type ReminderPolicy } from "../../core/reminders/policy.js";
import { planReminderRows, sweepReminders, type ReminderRowsPlan } from "../../core/reminders/sweep.js";
import { statusText } from "../../core/reminders/task-text.js";
import { createTranslator, type Language, type TextArgs } from "../../i18n/translator.js";
import { UsageError, writeLine, type CliCommand, type CliIo } from "../command.js";
import { parseDateArg } from "../date-arg.js";

/** `nhacviec remind [--dry-run [--at TIME]]` */
export const remindCommand: CliCommand = {
  path: ["remind"],
  summary: "Xếp hàng nhắc việc, báo cáo vượt cấp đến hạn (chạy thử: --dry-run) / Enqueue due reminders and escalations",
  usage: [
    "nhacviec remind [--dry-run [--at TIME]] [--policy FILE] [--json]",
    "",
    "  --dry-run      print who would receive what, and why (trigger); send and write nothing",
    "  --at TIME      plan for this instant instead of now (with --dry-run only)",
    "  --policy FILE  reminder policy (default: REMINDER_POLICY_FILE, else config/reminder-policy.json)",
    "  --json         print the plan, or the sweep's counts, as JSON",
    "",
    "Without --dry-run: one sweep now, enqueueing into the outbox (the dispatcher sends).",
    "TIME: dd/mm/yyyy HH:mm or ISO 8601, in APP_TIMEZONE.",
  ].join("\n"),
  options: {
    "dry-run": { type: "boolean" },
    at: { type: "string" },
    policy: { type: "string" },
    json: { type: "boolean" },
  },
  async run(ctx) {
    const v = ctx.values as { "dry-run"?: boolean; at?: string; policy?: string; json?: boolean };
    if (ctx.positionals.length > 0) throw new UsageError(`unexpected argument: ${ctx.positionals[0]}`);
    if (v.at !== undefined && !v["dry-run"]) throw new UsageError("--at needs --dry-run: a real sweep always runs at the current time");
    const app = await ctx.openApp();
    try {
      const tz = app.config.timeZone;
      const file = v.policy ?? app.config.env.REMINDER_POLICY_FILE;
      const policy: ReminderPolicy = file ? loadReminderPolicy(file) : defaultReminderPolicy();
      const now = v.at !== undefined ? parseDateArg("--at", v.at, tz, "start") : app.deps.clock();
      const calendar = await loadWorkCalendar(app.deps.db);
      const language = app.config.defaultLanguage;
      if (v["dry-run"]) {
        const plan = await planReminderRows(app.deps, { now, policy, calendar });
        if (v.json) writeLine(ctx.io.stdout, JSON.stringify(planJson(plan), null, 2));
        else printPlan(ctx.io, plan, language, tz);
        return 0;
      }
      const result = await sweepReminders(app.deps, { now, policy, calendar });
      if (v.json) {
        writeLine(ctx.io.stdout, JSON.stringify({ ...result, now: result.now.toISOString(), slot: result.slot && { date: result.slot.date, index: result.slot.index } }, null, 2));
      } else {
        const t = (key: string, args?: TextArgs) => createTranslator().t(language, key, args);
        writeLine(
          ctx.io.stdout,
          t("remind-cli-summary", {
            created: result.created.digest + result.created.escalation + result.created.reminder,
            ...result.created,
            existing: result.existing,
            unreachable: result.unreachable,
          }),
        );
      }
      return 0;
    } finally {
      await app.close();
    }
  },
};

function planJson(plan: ReminderRowsPlan) {
  const person = (id: number) => plan.recipients.people.get(id);
  return {
    at: plan.now.toISOString(),
    window: plan.slot && { date: plan.slot.date, index: plan.slot.index },
    nextWindow: plan.nextSlot.start.toISOString(),
    tasks: plan.tasks,
    rows: plan.rows.map((r) => ({
      key: r.dedupeKey,
      kind: r.kind,
      personId: r.personId,
      person: person(r.personId)?.name ?? null,
      reachable: person(r.personId)?.reachable ?? false,
      items: r.occurrences.map((o) => ({ taskId: o.taskId, code: plan.details.get(o.taskId)?.code ?? null, trigger: o.trigger, role: o.role, dueDate: o.dueDate, state: o.state })),
      text: r.message.text,
    })),
    waiting: plan.occurrences
      .filter((o) => !o.sendable)
      .map((o) => ({ taskId: o.taskId, personId: o.personId, trigger: o.trigger, channel: o.channel, sendAt: o.sendAt.toISOString() })),
  };
}

function printPlan(io: CliIo, plan: ReminderRowsPlan, language: Language, tz: string): void {
  const translator = createTranslator();
  const t = (key: string, args?: TextArgs) => translator.t(language, key, args);
  const at = formatDateTimeVi(plan.now, tz);
  writeLine(io.stdout, t("remind-cli-at", { at, zone: tz }));
  writeLine(io.stdout, plan.slot ? t("remind-cli-in-window", { index: plan.slot.index }) : t("remind-cli-outside-window", { next: formatDateTimeVi(plan.nextSlot.start, tz) }));
  const waiting = plan.occurrences.filter((o) => !o.sendable);
  writeLine(io.stdout, t("remind-cli-counts", { tasks: plan.tasks, due: plan.occurrences.length, waiting: waiting.length }));
  for (const row of plan.rows) {
    const person = plan.recipients.people.get(row.personId);
    const who = person ? `${person.name}${person.handle ? ` (${person.handle})` : ""}` : `#${row.personId}`;
    writeLine(io.stdout, "");
    writeLine(
      io.stdout,
      t("remind-cli-row", {
        kind: row.kind,
        person: who,
        key: row.dedupeKey,
        reachable: person?.reachable ? "yes" : "no",
      }),
    );
    for (const o of row.occurrences) {
      writeLine(io.stdout, t("remind-cli-item", { task: plan.details.get(o.taskId)?.code ?? `#${o.taskId}`, trigger: o.trigger, role: o.role, status: statusText(o, t), snoozed: o.snoozed ? "yes" : "no" }));
    }
  }
  writeLine(io.stdout, "");
  if (waiting.length > 0) {
    const first = waiting.reduce((a, b) => (a.sendAt.getTime() <= b.sendAt.getTime() ? a : b));
    writeLine(io.stdout, t("remind-cli-waiting", { count: waiting.length, at: formatDateTimeVi(first.sendAt, tz) }));
  }
  const kinds = { digest: 0, escalation: 0, reminder: 0 };
  for (const r of plan.rows) kinds[r.kind]++;
  writeLine(io.stdout, t("remind-cli-dry-run", { rows: plan.rows.length, people: new Set(plan.rows.map((r) => r.personId)).size, ...kinds }));
}
