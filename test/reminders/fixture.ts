/**
 * A small database for the sweep tests (dates in March 2026, Vietnam time).
 *
 * Agencies: SYT (focal fA and head hA with chat accounts, leader lA in
 * charge), SXD (focal fB without any chat account, head hB, no leader: the
 * leader L0 without an agency is in charge). Inspector I.
 *
 * At Wed 11/03/2026 10:00:
 * - T1 SYT, deadline Fri 13/03 → before:2 (fA)
 * - T2 SYT, deadline Tue 10/03 → overdue:1 (fA, hA)
 * - T3 SXD, deadline Wed 18/03 → before:5 (fB)
 * - T4 SYT, deadline Thu 05/03 → overdue:4 (fA); escalation:3 (hA), with a progress update
 * - T5 SYT done, T6 SYT cancelled → nothing
 * - T7 SYT confidential, deadline Fri 27/02 → overdue:7 (fA); escalation:7 (lA)
 * - T8 SXD, deadline Fri 27/02 → overdue:7 (fB); escalation:7 (L0)
 * - T9 SYT, deadline Tue 10/02 (before Tết) → overdue:16 (fA); escalation:15 (I)
 * - T10 SYT flash, deadline Thu 12/03 → before:1 (fA), on its own
 */
import pino from "pino";
import type { Db } from "../../src/db/connect.js";
import type { CoreDeps } from "../../src/core/deps.js";
import { fixedClock } from "../../src/core/clock.js";
import { endOfLocalDay } from "../../src/core/time/zone.js";
import { shippedPolicy } from "../helpers/test-deps.js";

export const TZ = "Asia/Ho_Chi_Minh";

export function at(local: string): Date {
  return new Date(`${local}+07:00`);
}

export function depsAt(db: Db, local: string | Date): CoreDeps {
  return { db, clock: fixedClock(typeof local === "string" ? at(local) : local), timeZone: TZ, logger: pino({ level: "silent" }), policy: shippedPolicy };
}

export interface Fixture {
  people: Record<"fA" | "hA" | "lA" | "fB" | "hB" | "L0" | "I", number>;
  tasks: Record<`T${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10}`, number>;
}

export async function seedFixture(db: Db): Promise<Fixture> {
  const syt = await db.agency.create({ data: { code: "SYT", name: "Sở Y tế", shortName: "SYT" } });
  const sxd = await db.agency.create({ data: { code: "SXD", name: "Sở Xây dựng" } });
  const person = async (handle: string, name: string, roles: [string, number | null][], identity: boolean) => {
    const p = await db.person.create({ data: { handle, name } });
    for (const [role, agencyId] of roles) await db.roleGrant.create({ data: { personId: p.id, role, agencyId } });
    if (identity) await db.chatIdentity.create({ data: { personId: p.id, platform: "console", externalUserId: handle, chatId: "console" } });
    return p.id;
  };
  const people = {
    fA: await person("focal-SYT", "Nguyễn Thị Lan", [["focal", syt.id]], true),
    hA: await person("head-SYT", "Trần Văn Hùng", [["head", syt.id]], true),
    lA: await person("leader-SYT", "Lê Minh Quân", [["leader", syt.id]], true),
    fB: await person("focal-SXD", "Phạm Thu Hà", [["focal", sxd.id]], false),
    hB: await person("head-SXD", "Võ Đức Thắng", [["head", sxd.id]], true),
    L0: await person("leader", "Hoàng Văn Nam", [["leader", null]], true),
    I: await person("inspector", "Đặng Thị Mai", [["inspector", null], ["admin", null]], true),
  };
  const assignedAt = at("2026-01-05T08:00");
  const task = async (n: number, agencyId: number, deadline: string, extra: Record<string, unknown> = {}) =>
    (
      await db.task.create({
        data: {
          code: `NV-2026-${String(n).padStart(4, "0")}`,
          title: `Nhiệm vụ thử số ${n}`,
          agencyId,
          assignedAt,
          deadline: endOfLocalDay(deadline, TZ),
          originalDeadline: endOfLocalDay(deadline, TZ),
          lastUpdateAt: at("2026-03-09T09:00"),
          ...extra,
        },
      })
    ).id;
  const tasks = {
    T1: await task(1, syt.id, "2026-03-13"),
    T2: await task(2, syt.id, "2026-03-10"),
    T3: await task(3, sxd.id, "2026-03-18"),
    T4: await task(4, syt.id, "2026-03-05"),
    T5: await task(5, syt.id, "2026-03-13", { status: "done", completedAt: at("2026-03-02T10:00") }),
    T6: await task(6, syt.id, "2026-03-13", { status: "cancelled" }),
    T7: await task(7, syt.id, "2026-02-27", { confidential: true, title: "Tài liệu mật về quy hoạch" }),
    T8: await task(8, sxd.id, "2026-02-27"),
    T9: await task(9, syt.id, "2026-02-10"),
    T10: await task(10, syt.id, "2026-03-12", { urgency: "flash" }),
  };
  await db.progressUpdate.create({
    data: { taskId: tasks.T4, personId: people.fA, text: "Đã trình dự thảo, chờ ý kiến Sở Tài chính", createdAt: at("2026-03-06T15:00") },
  });
  await db.progressUpdate.create({ data: { taskId: tasks.T4, personId: people.fA, text: "Bắt đầu", createdAt: at("2026-03-02T15:00") } });
  return { people, tasks };
}

/** Outbox keys, sorted. */
export async function outboxKeys(db: Db): Promise<string[]> {
  return (await db.outboxMessage.findMany({ select: { dedupeKey: true } })).map((r) => r.dedupeKey).sort();
}
