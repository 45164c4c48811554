import { loadWorkCalendar } from "../../core/calendar/load-calendar.js";
import { formatDateTimeVi } from "../../core/time/format.js";
import { planReminderRows, sweepReminders, type ReminderRowsPlan } from "../../core/reminders/sweep.js";
import { statusText } from "../../core/reminders/task-text.js";
import type { Translate } from "../../i18n/translator.js";
import { rejectPositionals, UsageError, writeLine, type CliCommand, type CliIo } from "../command.js";
import { parseDateArg } from "../date-arg.js";

/** `nhacviec remind [--dry-run [--at TIME]]` */
export const remindCommand: CliCommand = {
  path: ["remind"],
  summaryKey: "cli-remind-summary",
  usageKey: "cli-remind-usage",
  options: {
    "dry-run": { type: "boolean" },
    at: { type: "string" },
    policy: { type: "string" },
    json: { type: "boolean" },
  },
  async run(ctx) {
    const { t } = ctx;
    const v = ctx.values as { "dry-run"?: boolean; at?: string; policy?: string; json?: boolean };
    rejectPositionals(ctx.positionals, t);
    if (v.at !== undefined && !v["dry-run"]) throw new UsageError(t("cli-remind-at-needs-dry-run"));
    const app = await ctx.openApp({ policyFile: v.policy });
    try {
      const tz = app.config.timeZone;
      const policy = app.deps.policy;
      const now = v.at !== undefined ? parseDateArg(t, "--at", v.at, tz, "start") : app.deps.clock();
      const calendar = await loadWorkCalendar(app.deps.db);
      if (v["dry-run"]) {
        const plan = await planReminderRows(app.deps, { now, policy, calendar });
        if (v.json) writeLine(ctx.io.stdout, JSON.stringify(planJson(plan), null, 2));
        else printPlan(ctx.io, plan, t, tz);
        return 0;
      }
      const result = await sweepReminders(app.deps, { now, policy, calendar });
      if (v.json) {
        writeLine(ctx.io.stdout, JSON.stringify({ ...result, now: result.now.toISOString(), slot: result.slot && { date: result.slot.date, index: result.slot.index } }, null, 2));
      } else {
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

function printPlan(io: CliIo, plan: ReminderRowsPlan, t: Translate, tz: string): void {
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
