import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Database, type Db } from "../../../src/db/connect.js";
import { computeStats } from "../../../src/core/stats/compute-stats.js";
import { readDataVersion } from "../../../src/core/stats/data-version.js";
import { createStatsCache, type StatsCache } from "../../../src/core/stats/stats-cache.js";
import type { StatsFilter } from "../../../src/core/stats/stats-query.js";
import { endOfLocalDay } from "../../../src/core/time/zone.js";
import { fixedClock } from "../../../src/core/clock.js";
import { createBot } from "../../../src/core/conversation/create-bot.js";
import type { Conversation } from "../../../src/core/conversation/handle-inbound.js";
import { importTasks } from "../../../src/core/import/import-tasks.js";
import { importAgencies } from "../../../src/core/agencies/import-agencies.js";
import { loadDemo } from "../../../src/demo/load-demo.js";
import { createTranslator } from "../../../src/i18n/translator.js";
import { createTestDatabase, providers, type TestDatabase } from "../../helpers/test-database.js";
import { testDeps } from "../../helpers/test-deps.js";
import { START, startApi, type ApiHarness } from "../../api/api-harness.js";

const TZ = "Asia/Ho_Chi_Minh";

/**
 * Stats through a cache next to the same stats counted afresh: after any
 * write the two must agree, and `changed` says whether the cached answer moved.
 */
function cachedStats(db: Db, filter: () => StatsFilter) {
  const cache = createStatsCache();
  let last: unknown;
  return {
    cache,
    async prime() {
      last = await computeStats({ db, statsCache: cache }, filter());
      expect(cache.get((await readDataVersion(db))!, filter())).toEqual(last);
    },
    /** The cached answer after a write: equal to a fresh count; true when it differs from the one primed. */
    async agreeAfterWrite(): Promise<boolean> {
      const cached = await computeStats({ db, statsCache: cache }, filter());
      expect(cached).toEqual(await computeStats({ db }, filter()));
      return JSON.stringify(cached) !== JSON.stringify(last);
    },
  };
}

describe.each(providers)("the stats cache on %s", (provider) => {
  describe("behind /thongke, with chat writes (demo data)", () => {
    const NOW = new Date("2019-07-10T09:00:00+07:00");
    let tdb: TestDatabase;
    let cache: StatsCache;
    let cached: Conversation;
    let fresh: Conversation;
    let openCodes: string[];

    beforeAll(async () => {
      tdb = await createTestDatabase(provider);
      await loadDemo(testDeps(tdb.db));
      const deps = { ...testDeps(tdb.db, fixedClock(NOW)), translator: createTranslator(), defaultLanguage: "vi" as const };
      cache = createStatsCache();
      cached = createBot({ ...deps, statsCache: cache });
      fresh = createBot(deps);
      const syt = await tdb.db.agency.findUniqueOrThrow({ where: { code: "SYT" } });
      openCodes = (await tdb.db.task.findMany({ where: { agencyId: syt.id, status: "open" }, orderBy: { deadline: "asc" } })).map((t) => t.code);
    });
    afterAll(() => tdb.destroy());

    const say = async (bot: Conversation, userId: string, text: string) =>
      (await bot.handle({ platform: "console", userId, chatId: `console:${userId}`, chatType: "private", at: NOW, text }))[0]!.text;
    const thongke = (bot: Conversation) => say(bot, "focal-SYT", "/thongke Sở Y tế");

    it("answers a repeated /thongke from the cache while nothing changes", async () => {
      const first = await thongke(cached);
      const version = await readDataVersion(tdb.db);
      expect(cache.size).toBeGreaterThan(0);
      expect(await thongke(cached)).toBe(first);
      expect(await readDataVersion(tdb.db)).toBe(version);
      expect(first).toBe(await thongke(fresh));
    });

    it("shows a completion made in chat at once", async () => {
      const before = await thongke(cached);
      expect(await say(cached, "focal-SYT", `/hoanthanh ${openCodes[1]} xong`)).toMatch(/đã hoàn thành/);
      const after = await thongke(cached);
      expect(after).toBe(await thongke(fresh));
      expect(after).not.toBe(before);
    });

    it("counts again after a progress report made in chat", async () => {
      await thongke(cached);
      const version = await readDataVersion(tdb.db);
      expect(await say(cached, "focal-SYT", `/capnhat ${openCodes[2]} đạt 50%`)).toMatch(/50%/);
      expect(await readDataVersion(tdb.db)).not.toBe(version);
      expect(await thongke(cached)).toBe(await thongke(fresh));
    });

    it("shows an extension approved in chat at once (an overdue task is in term again)", async () => {
      const before = await thongke(cached);
      expect(before).toMatch(/trễ hạn: 1/);
      await say(cached, "focal-SYT", `/giahan ${openCodes[0]} 30/07/2019 chờ ý kiến Bộ`);
      const request = await tdb.db.extensionRequest.findFirstOrThrow({ orderBy: { id: "desc" } });
      expect(await say(cached, "leader", `/duyet ${request.id}`)).toMatch(/30\/07\/2019/);
      const after = await thongke(cached);
      expect(after).toMatch(/trễ hạn: 0/);
      expect(after).toBe(await thongke(fresh));
    });
  });

  describe("with API, import and demo writes", () => {
    let api: ApiHarness;
    let stats: ReturnType<typeof cachedStats>;
    const TASK = { title: "Báo cáo tình hình dịch bệnh", agency: "Sở Y tế", assignedAt: "03/01/2019", deadline: "31/03/2019" };
    beforeEach(async () => {
      api = await startApi(provider);
      stats = cachedStats(api.database.db, () => ({ asOf: START }));
      await stats.prime();
    });
    afterEach(() => api.stop());

    it("shows a task created through PUT /tasks/{code}", async () => {
      expect((await api.call("PUT", "/tasks/NV-1", { body: TASK })).status).toBe(201);
      expect(await stats.agreeAfterWrite()).toBe(true);
    });

    it("shows tasks created through POST /tasks:batch", async () => {
      expect((await api.call("POST", "/tasks:batch", { body: { tasks: [{ ...TASK, code: "B-1" }, { ...TASK, code: "B-2" }] } })).status).toBe(200);
      expect(await stats.agreeAfterWrite()).toBe(true);
    });

    it("counts again after a progress report and shows a completion sent through the API", async () => {
      await api.call("PUT", "/tasks/NV-1", { body: TASK });
      await stats.prime();
      const version = await readDataVersion(api.database.db);
      expect((await api.call("POST", "/tasks/NV-1/progress", { body: { text: "Đã có dự thảo", percent: 60, externalId: "p-1" } })).status).toBe(201);
      expect(await readDataVersion(api.database.db)).not.toBe(version);
      expect(await stats.agreeAfterWrite()).toBe(false);
      expect((await api.call("POST", "/tasks/NV-1/complete", { body: { completedAt: "2019-03-20", externalId: "d-1" } })).status).toBe(200);
      expect(await stats.agreeAfterWrite()).toBe(true);
    });

    it("shows tasks imported from a file", async () => {
      const text = "ma_nhiem_vu,trich_yeu,co_quan_chu_tri,ngay_giao,han_xu_ly,ngay_hoan_thanh\nI-1,Việc nhập,Sở Y tế,02/01/2019,31/01/2019,\nI-2,Việc đã xong,Sở Tài chính,02/01/2019,31/01/2019,15/01/2019\n";
      expect((await importTasks(api.deps, { text })).status).toBe("ok");
      expect(await stats.agreeAfterWrite()).toBe(true);
    });

    it("shows an agency renamed by the directory import", async () => {
      const result = await importAgencies(api.deps, { text: "ma,ten,ten_viet_tat,loai\nSYT,Sở Y tế tỉnh Kon Tum,SYT,sở\n" });
      expect(result).toMatchObject({ status: "ok", counts: { updated: 1 } });
      expect(await stats.agreeAfterWrite()).toBe(true);
    });
  });

  it("shows the demo data once it is loaded", async () => {
    const tdb = await createTestDatabase(provider);
    try {
      const stats = cachedStats(tdb.db, () => ({ asOf: endOfLocalDay("2019-06-30", TZ) }));
      await stats.prime();
      expect((await loadDemo(testDeps(tdb.db))).loaded).toBe(true);
      expect(await stats.agreeAfterWrite()).toBe(true);
    } finally {
      await tdb.destroy();
    }
  });

  describe("against one database", () => {
    let tdb: TestDatabase;
    let agencyId: number;
    let n = 0;
    const task = (over: { assignedAt?: Date; deadline?: Date | null; completedAt?: Date | null; status?: string } = {}) =>
      tdb.db.task.create({
        data: { code: `T-${++n}`, title: "Nhiệm vụ", agencyId, assignedAt: new Date("2019-06-01T08:00:00+07:00"), deadline: endOfLocalDay("2019-07-15", TZ), ...over },
      });

    beforeEach(async () => {
      tdb = await createTestDatabase(provider);
      agencyId = (await tdb.db.agency.create({ data: { code: "SYT", name: "Sở Y tế" } })).id;
    });
    afterEach(() => tdb.destroy());

    it("changes the data version on every kind of write to tasks and agencies, raw SQL included", async () => {
      const versions = [await readDataVersion(tdb.db)];
      const changed = async (write: () => Promise<unknown>) => {
        await write();
        versions.push(await readDataVersion(tdb.db));
        expect(new Set(versions).size).toBe(versions.length);
      };
      expect(versions[0]).toMatch(/\S{16,}/);
      const t = await task();
      versions.push(await readDataVersion(tdb.db));
      await changed(() => tdb.db.task.update({ where: { id: t.id }, data: { progressPercent: 10 } }));
      await changed(() => tdb.db.task.updateMany({ where: { agencyId }, data: { status: "cancelled" } }));
      await changed(() => tdb.db.$executeRaw`UPDATE "Task" SET "status" = 'open' WHERE "id" = ${t.id}`);
      await changed(() => tdb.db.$executeRaw`DELETE FROM "Task" WHERE "id" = ${t.id}`);
      await changed(() => tdb.db.agency.update({ where: { id: agencyId }, data: { name: "Sở Y tế tỉnh" } }));
      await changed(() => tdb.db.agency.create({ data: { code: "STC", name: "Sở Tài chính" } }));
      await changed(() => tdb.db.agency.delete({ where: { code: "STC" } }));
      const unchanged = versions.at(-1);
      await tdb.db.person.create({ data: { name: "Lan" } });
      expect(await readDataVersion(tdb.db)).toBe(unchanged);
    });

    it("keeps several instances correct: a write through one makes the other count again", async () => {
      const other: Database = createDb(tdb.target);
      try {
        const asOf = new Date("2019-07-01T09:00:00+07:00");
        const t = await task();
        const here = cachedStats(tdb.db, () => ({ asOf }));
        const there = cachedStats(other.db, () => ({ asOf }));
        await here.prime();
        await there.prime();
        await other.db.task.update({ where: { id: t.id }, data: { status: "done", completedAt: new Date("2019-06-20T09:00:00+07:00") } });
        expect(await here.agreeAfterWrite()).toBe(true);
        await here.prime();
        await there.prime();
        await task({ deadline: endOfLocalDay("2019-06-25", TZ) });
        expect(await there.agreeAfterWrite()).toBe(true);
      } finally {
        await other.close();
      }
    });

    it("counts a task as overdue from the millisecond after its deadline, without any write", async () => {
      const deadline = endOfLocalDay("2019-07-15", TZ);
      await task({ deadline });
      const cache = createStatsCache();
      const at = (ms: number) => computeStats({ db: tdb.db, statsCache: cache }, { asOf: new Date(deadline.getTime() + ms) });
      expect((await at(-3_600_000)).total).toMatchObject({ inTerm: 1, overdue: 0 });
      const version = (await readDataVersion(tdb.db))!;
      expect(cache.get(version, { asOf: deadline })).toBeDefined();
      expect((await at(0)).total).toMatchObject({ inTerm: 1, overdue: 0 });
      expect(cache.get(version, { asOf: new Date(deadline.getTime() + 1) })).toBeUndefined();
      expect((await at(1)).total).toMatchObject({ inTerm: 0, overdue: 1 });
    });

    it("counts a task from the very millisecond it is assigned, even in the middle of a minute", async () => {
      const assignedAt = new Date("2019-07-01T10:00:30.123+07:00");
      await task({ assignedAt });
      const cache = createStatsCache();
      const at = (ms: number) => computeStats({ db: tdb.db, statsCache: cache }, { asOf: new Date(assignedAt.getTime() + ms) });
      expect((await at(-30_000)).total.total).toBe(0);
      expect((await at(-1)).total.total).toBe(0);
      expect((await at(0)).total.total).toBe(1);
    });

    it("never shows a write that was rolled back, even one it counted while that write was open", async () => {
      await task();
      const stats = cachedStats(tdb.db, () => ({ asOf: new Date("2019-07-01T09:00:00+07:00") }));
      await stats.prime();
      let written!: () => void;
      let rollBack!: () => void;
      const wrote = new Promise<void>((resolve) => (written = resolve));
      const decided = new Promise<void>((resolve) => (rollBack = resolve));
      const open = tdb.db
        .$transaction(async (tx) => {
          await tx.task.create({ data: { code: "X-1", title: "Không lưu", agencyId, assignedAt: new Date("2019-06-02T08:00:00+07:00") } });
          written();
          await decided;
          throw new Error("rolled back on purpose");
        })
        .catch(() => undefined);
      await wrote;
      // SQLite reads through the same connection see the open transaction's row; PostgreSQL reads do not.
      await computeStats({ db: tdb.db, statsCache: stats.cache }, { asOf: new Date("2019-07-01T09:00:00+07:00") });
      rollBack();
      await open;
      // Another write, which a counter would give the same version number as the rolled-back one.
      await task({ status: "done", completedAt: new Date("2019-06-10T09:00:00+07:00") });
      expect(await stats.agreeAfterWrite()).toBe(true);
    });
  });
});
