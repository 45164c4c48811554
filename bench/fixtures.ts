import type { Db } from "../src/db/connect.js";

const DAY = 86_400_000;

/** A deterministic task load: `tasks` tasks over `agencies` agencies, spread over two years. */
export async function seedTasks(db: Db, options: { tasks: number; agencies: number; openShare?: number }): Promise<number[]> {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  await db.agency.createMany({
    data: Array.from({ length: options.agencies }, (_, i) => ({ code: `B${i}`, name: `Cơ quan ${i + 1}`, displayOrder: i })),
  });
  const ids = (await db.agency.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((a) => a.id);
  const base = Date.parse("2025-01-01T01:00:00Z");
  const openShare = options.openShare ?? 0.45;
  const batch = 2000;
  for (let start = 0; start < options.tasks; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(options.tasks, start + batch); i++) {
      const assignedAt = new Date(base + Math.floor(rnd() * 700) * DAY);
      const deadline = rnd() < 0.05 ? null : new Date(assignedAt.getTime() + Math.floor(10 + rnd() * 50) * DAY + 16 * 3600_000);
      const open = rnd() < openShare;
      const completedAt = open ? null : new Date(assignedAt.getTime() + Math.floor(rnd() * 70 * DAY));
      rows.push({
        code: `NV-B-${i}`,
        title: `Nhiệm vụ thử tải số ${i}`,
        agencyId: ids[Math.floor(rnd() * ids.length)]!,
        assignedAt,
        deadline,
        originalDeadline: deadline,
        completedAt,
        status: open ? "open" : "done",
      });
    }
    await db.task.createMany({ data: rows });
  }
  return ids;
}
