import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeStats } from "../../../src/core/stats/compute-stats.js";
import { countTasks, nextCategoryChange, type CategorizableTask } from "../../../src/core/stats/categorize.js";
import { queryNextChange } from "../../../src/core/stats/stats-query.js";
import { endOfLocalDay, startOfLocalDay } from "../../../src/core/time/zone.js";
import { createTestDatabase, providers, type TestDatabase } from "../../helpers/test-database.js";
import { testDeps } from "../../helpers/test-deps.js";

const TZ = "Asia/Ho_Chi_Minh";

/** A deterministic pseudo-random task set around the boundaries that matter. */
function sampleTasks(count: number): (CategorizableTask & { agency: number })[] {
  let seed = 42;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const base = Date.parse("2019-01-01T00:00:00+07:00");
  const day = 86_400_000;
  return Array.from({ length: count }, () => {
    const assignedAt = new Date(base + Math.floor(next() * 200) * day + Math.floor(next() * day));
    const deadline = next() < 0.1 ? null : endOfLocalDay(new Date(assignedAt.getTime() + (5 + Math.floor(next() * 60)) * day + 7 * 3600_000).toISOString().slice(0, 10), TZ);
    const completedAt = next() < 0.5 ? null : new Date(assignedAt.getTime() + Math.floor(next() * 80 * day));
    // Put some completions exactly on the deadline, and one millisecond after it.
    const exact = deadline && completedAt && next() < 0.2 ? new Date(deadline.getTime() + (next() < 0.5 ? 0 : 1)) : completedAt;
    const status = next() < 0.03 ? "cancelled" : exact ? "done" : "open";
    return { agency: Math.floor(next() * 4), assignedAt, deadline, completedAt: exact, status };
  });
}

describe.each(providers)("stats query on %s", (provider) => {
  let tdb: TestDatabase;
  const tasks = sampleTasks(600);
  const agencyIds: number[] = [];

  beforeAll(async () => {
    tdb = await createTestDatabase(provider);
    for (let i = 0; i < 5; i++) {
      const a = await tdb.db.agency.create({ data: { code: `A${i}`, name: `Agency ${i}`, displayOrder: 5 - i } });
      agencyIds.push(a.id);
    }
    await tdb.db.task.createMany({
      data: tasks.map((t, i) => ({
        code: `T${i}`, title: `Task ${i}`, agencyId: agencyIds[t.agency]!, assignedAt: t.assignedAt,
        deadline: t.deadline, completedAt: t.completedAt, status: t.status,
      })),
    });
  });
  afterAll(() => tdb.destroy());

  it.each(["2019-03-31", "2019-06-30", "2019-07-15", "2019-12-31"])("agrees with the pure rule as of %s, per agency", async (date) => {
    const asOf = endOfLocalDay(date, TZ);
    const stats = await computeStats(testDeps(tdb.db), { asOf });
    for (const [index, id] of agencyIds.entries()) {
      const row = stats.rows.find((r) => r.agency.id === id)!;
      const { agency: _a, ...counts } = row;
      expect(counts).toEqual(countTasks(tasks.filter((t) => t.agency === index), asOf));
    }
    expect(stats.total).toEqual(countTasks(tasks, asOf));
  });

  it("filters by assignment period and agency", async () => {
    const asOf = endOfLocalDay("2019-06-30", TZ);
    const from = startOfLocalDay("2019-04-01", TZ);
    const to = endOfLocalDay("2019-06-30", TZ);
    const stats = await computeStats(testDeps(tdb.db), { asOf, assignedFrom: from, assignedTo: to, agencyIds: [agencyIds[1]!] });
    const expected = countTasks(tasks.filter((t) => t.agency === 1 && t.assignedAt >= from && t.assignedAt <= to), asOf);
    expect(stats.rows).toHaveLength(1);
    expect(stats.total).toEqual(expected);
  });

  /** The earliest nextCategoryChange of the tasks, by the pure rule. */
  const earliestChange = (list: CategorizableTask[], asOf: Date) => {
    const times = list.map((t) => nextCategoryChange(t, asOf)?.getTime()).filter((t): t is number => t !== undefined);
    return times.length === 0 ? null : new Date(Math.min(...times));
  };

  it.each(["2019-01-01T00:00:00+07:00", "2019-03-31T16:59:59.999Z", "2019-05-17T10:23:45.678+07:00", "2019-06-30T16:59:59.999Z", "2020-06-01T00:00:00Z"])(
    "finds the next instant the counts may change as of %s, as the pure rule does",
    async (iso) => {
      const asOf = new Date(iso);
      expect(await queryNextChange(tdb.db, { asOf })).toEqual(earliestChange(tasks, asOf));
      const from = startOfLocalDay("2019-04-01", TZ);
      const to = endOfLocalDay("2019-06-30", TZ);
      const some = tasks.filter((t) => t.agency === 2 && t.assignedAt >= from && t.assignedAt <= to);
      expect(await queryNextChange(tdb.db, { asOf, assignedFrom: from, assignedTo: to, agencyIds: [agencyIds[2]!] })).toEqual(earliestChange(some, asOf));
    },
  );

  it("says the counts never change by themselves once every task is past its instants", async () => {
    expect(await queryNextChange(tdb.db, { asOf: new Date("2030-01-01T00:00:00Z") })).toBeNull();
    expect(await queryNextChange(tdb.db, { asOf: new Date("2019-06-30T00:00:00Z"), agencyIds: [agencyIds[4]!] })).toBeNull();
  });

  it("lists every active agency in display order, with zeros for an agency without tasks", async () => {
    const stats = await computeStats(testDeps(tdb.db), { asOf: endOfLocalDay("2019-06-30", TZ) });
    expect(stats.rows.map((r) => r.agency.code)).toEqual(["A4", "A3", "A2", "A1", "A0"]);
    expect(stats.rows[0]).toMatchObject({ total: 0, onTime: 0, late: 0, inTerm: 0, overdue: 0 });
  });
});
