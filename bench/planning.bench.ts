/**
 * Reminder planning for 100,000 open tasks: reading the tasks (chunked, as a
 * sweep does) and planning them, against the bare driver selecting the same
 * rows and columns in one statement (the floor any planner pays to read its
 * input). Target: ≤ 2×. The full dry-run plan (with digests rendered) is
 * reported too.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { createWorkCalendar, loadShippedOverrides } from "../src/core/calendar/index.js";
import { loadRecipientDirectory } from "../src/core/reminders/load-recipients.js";
import { loadReminderTasks } from "../src/core/reminders/load-tasks.js";
import { planReminders } from "../src/core/reminders/plan.js";
import { planReminderRows } from "../src/core/reminders/sweep.js";
import type { BenchDatabase } from "./databases.js";
import { coreDeps } from "./databases.js";
import { seedTasks } from "./fixtures.js";
import { compare, measure, ms, report } from "./harness.js";

const TASKS = 100_000;
const BASELINE_SQL = `
  SELECT "id", "agencyId", "assignedAt", "deadline", "urgency", "lastUpdateAt"
  FROM "Task"
  WHERE "assignedAt" <= $1 AND ("status" = 'open' OR ("status" = 'done' AND "completedAt" > $1))`;

export async function benchPlanning(target: BenchDatabase): Promise<void> {
  const agencyIds = await seedTasks(target.db, { tasks: TASKS, agencies: 60, openShare: 1 });
  // A focal officer and a head for every agency, a leader and an inspector.
  for (const [i, agencyId] of agencyIds.entries()) {
    for (const role of ["focal", "head"]) {
      const person = await target.db.person.create({ data: { name: `${role} ${i}`, handle: `${role}-B${i}` } });
      await target.db.roleGrant.create({ data: { personId: person.id, role, agencyId } });
    }
  }
  for (const role of ["leader", "inspector"]) {
    const person = await target.db.person.create({ data: { name: role, handle: role } });
    await target.db.roleGrant.create({ data: { personId: person.id, role, agencyId: null } });
  }

  // Every seeded task is assigned by then (seedTasks spreads them over 2025-01-01 + 700 days).
  const now = new Date("2026-12-02T10:00:00+07:00");
  const deps = coreDeps(target.db);
  const policy = deps.policy;
  const calendar = createWorkCalendar(loadShippedOverrides());
  const directory = await loadRecipientDirectory(target.db);

  let baseline: () => Promise<unknown[]>;
  let closeBaseline: () => Promise<void>;
  if (target.provider === "sqlite") {
    const raw = new Database(target.file!, { readonly: true });
    // Instants are stored as integer milliseconds (src/db/connect.ts).
    const stmt = raw.prepare(BASELINE_SQL.replaceAll("$1", "@now"));
    baseline = async () => stmt.all({ now: now.getTime() });
    closeBaseline = async () => void raw.close();
  } else {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    baseline = async () => (await client.query(BASELINE_SQL, [now])).rows;
    closeBaseline = () => client.end();
  }

  const planning = async () => planReminders(await loadReminderTasks(target.db, now), directory, calendar, policy, now, deps.timeZone);
  const read = (await baseline()).length;
  const planned = await planning();
  if (read !== TASKS) throw new Error(`baseline read ${read} tasks, expected ${TASKS}`);
  const result = await compare(["load + planReminders", planning], ["bare-driver SELECT", baseline], 3, 3);
  await closeBaseline();
  const full = await measure("planReminderRows", () => planReminderRows(deps, { now, policy, calendar }), 3, 1);
  const rows = (await planReminderRows(deps, { now, policy, calendar })).rows;

  report(`reminder planning, ${TASKS.toLocaleString("en")} open tasks / 60 agencies (${target.provider})`, [
    `load + planReminders median ${ms(result.subject.medianMs)}, p95 ${ms(result.subject.p95Ms)} (${planned.length} occurrences)`,
    `bare-driver SELECT   median ${ms(result.baseline.medianMs)}, p95 ${ms(result.baseline.p95Ms)}`,
    `ratio ${result.ratio.toFixed(2)}× (target ≤ 2×)`,
    `full dry-run plan (planReminderRows) median ${ms(full.medianMs)}: ${rows.length} messages`,
  ]);
}
