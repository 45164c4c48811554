import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkQuality, type QualityResult } from "../../src/core/quality/check-quality.js";
import { renderQualityLines } from "../../src/core/quality/render-quality.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";

/** 30/06/2019 10:00 in Asia/Ho_Chi_Minh. */
const AS_OF = new Date("2019-06-30T03:00:00Z");
const DAY = 86_400_000;
const daysBefore = (n: number) => new Date(AS_OF.getTime() - n * DAY);

describe.each(providers)("data-quality check on %s", (provider) => {
  let database: TestDatabase;
  const ids: Record<string, number> = {};

  beforeEach(async () => {
    database = await createTestDatabase(provider);
    const db = database.db;
    for (const [i, code] of ["SYT", "STC", "BDT", "OLD", "MERGED", "UNREACH", "HEADONLY"].entries()) {
      ids[code] = (await db.agency.create({ data: { code, name: `Cơ quan ${code}`, displayOrder: i, active: code !== "OLD" } })).id;
    }
    await db.agency.update({ where: { code: "MERGED" }, data: { mergedIntoId: ids.SYT } });
    const person = async (name: string, agency: string, role: string, unreachable: boolean | null) => {
      const p = await db.person.create({ data: { name } });
      await db.roleGrant.create({ data: { personId: p.id, role, agencyId: ids[agency]! } });
      if (unreachable !== null) {
        await db.chatIdentity.create({
          data: { personId: p.id, platform: "telegram", externalUserId: name, chatId: name, unreachableAt: unreachable ? daysBefore(3) : null },
        });
      }
    };
    await person("syt", "SYT", "focal", false);
    await person("stc", "STC", "focal", false);
    await person("bdt-no-chat", "BDT", "focal", null);
    await person("unreach", "UNREACH", "focal", true);
    await person("head", "HEADONLY", "head", false);

    const task = (code: string, agency: string, data: object) =>
      db.task.create({ data: { code, title: `Nhiệm vụ ${code}`, agencyId: ids[agency]!, assignedAt: daysBefore(10), deadline: daysBefore(-10), ...data } });
    await task("ND-1", "SYT", { deadline: null, assignedAt: daysBefore(5) });
    await task("ND-2", "STC", { deadline: null, assignedAt: daysBefore(50), confidential: true });
    await task("ND-DONE", "STC", { deadline: null, status: "done", completedAt: daysBefore(1), completionNote: "xong" });
    await task("ST-1", "SYT", { assignedAt: daysBefore(31) });
    await task("ST-2", "BDT", { assignedAt: daysBefore(100), lastUpdateAt: daysBefore(40) });
    await task("ST-3", "BDT", { assignedAt: daysBefore(45), lastUpdateAt: daysBefore(70) });
    await task("FRESH-1", "SYT", { assignedAt: daysBefore(100), lastUpdateAt: daysBefore(29) });
    await task("FRESH-2", "SYT", { assignedAt: daysBefore(29) });
    await task("CANCELLED", "SYT", { assignedAt: daysBefore(100), status: "cancelled", deadline: null });
    await task("DN-1", "SYT", { status: "done", completedAt: daysBefore(2) });
    await task("DN-2", "STC", { status: "done", completedAt: daysBefore(1), completionNote: "" });
    await task("DN-NOTE", "STC", { status: "done", completedAt: daysBefore(1), completionNote: "Đã báo cáo" });
    const reported = await task("DN-PROGRESS", "STC", { status: "done", completedAt: daysBefore(1) });
    await db.progressUpdate.create({ data: { taskId: reported.id, text: "50%", percent: 50 } });
  });
  afterEach(() => database.destroy());

  const codes = (list: { items: { code: string }[] }) => list.items.map((i) => i.code);

  it("counts and lists every problem", async () => {
    const result = await checkQuality(testDeps(database.db), { asOf: AS_OF, staleDays: 30 });
    expect(result.asOfDate).toBe("2019-06-30");
    expect(result.staleDays).toBe(30);
    expect(result.openWithoutDeadline.count).toBe(2);
    expect(codes(result.openWithoutDeadline)).toEqual(["ND-2", "ND-1"]);
    expect(result.openWithoutDeadline.items[0]).toMatchObject({ confidential: true, agency: { code: "STC", name: "Cơ quan STC" }, assignedDate: "2019-05-11" });

    // Longest silent first: ST-3 (70 days), ND-2 (assigned 50 days ago), ST-2 (40), ST-1 (31).
    expect(result.stale.count).toBe(4);
    expect(codes(result.stale)).toEqual(["ST-3", "ND-2", "ST-2", "ST-1"]);
    expect(result.stale.items[0]!.lastActivityDate).toBe("2019-04-21");

    // BDT: focal without a chat; UNREACH: focal marked unreachable; HEADONLY: no focal. OLD is inactive, MERGED merged away.
    expect(result.agenciesWithoutFocal).toEqual({
      count: 3,
      items: [
        { id: ids.BDT, code: "BDT", name: "Cơ quan BDT" },
        { id: ids.UNREACH, code: "UNREACH", name: "Cơ quan UNREACH" },
        { id: ids.HEADONLY, code: "HEADONLY", name: "Cơ quan HEADONLY" },
      ],
    });

    expect(result.doneWithoutNote.count).toBe(2);
    expect(codes(result.doneWithoutNote)).toEqual(["DN-2", "DN-1"]);
    expect(result.doneWithoutNote.items[1]!.completedDate).toBe("2019-06-28");
  });

  it("keeps the counts whole when it lists only the first items", async () => {
    const result = await checkQuality(testDeps(database.db), { asOf: AS_OF, limit: 1, staleDays: 35 });
    expect(result.stale.count).toBe(3);
    expect(codes(result.stale)).toEqual(["ST-3"]);
    expect(result.agenciesWithoutFocal.count).toBe(3);
    expect(result.agenciesWithoutFocal.items).toHaveLength(1);
  });

  it("finds a stale task only once the 30 days have passed", async () => {
    const before = await checkQuality(testDeps(database.db), { asOf: daysBefore(2), staleDays: 30 });
    expect(codes(before.stale)).toEqual(["ST-3", "ND-2", "ST-2"]);
  });

  it("renders the report in Vietnamese and English, hiding confidential titles", async () => {
    const result = await checkQuality(testDeps(database.db), { asOf: AS_OF, limit: 3, staleDays: 30 });
    const translator = createTranslator();
    const vi = renderQualityLines(result, (key, args) => translator.t("vi", key, args));
    expect(vi).toEqual([
      "🔎 Kiểm tra chất lượng dữ liệu, tính đến ngày 30/06/2019",
      "",
      "Nhiệm vụ đang thực hiện nhưng chưa có hạn xử lý: 2",
      "• ND-2 — Cơ quan STC (nhiệm vụ mật)",
      "• ND-1 — Cơ quan SYT: Nhiệm vụ ND-1",
      "",
      "Nhiệm vụ đang thực hiện không được cập nhật từ 30 ngày trở lên: 4",
      "• ST-3 — Cơ quan BDT: Nhiệm vụ ST-3 (cập nhật lần cuối 21/04/2019)",
      "• ND-2 — Cơ quan STC (nhiệm vụ mật) (cập nhật lần cuối 11/05/2019)",
      "• ST-2 — Cơ quan BDT: Nhiệm vụ ST-2 (cập nhật lần cuối 21/05/2019)",
      "… và 1 mục khác",
      "",
      "Cơ quan chưa có cán bộ đầu mối liên lạc được: 3",
      "• Cơ quan BDT",
      "• Cơ quan UNREACH",
      "• Cơ quan HEADONLY",
      "",
      "Nhiệm vụ đã hoàn thành nhưng không có báo cáo tiến độ hay ghi chú hoàn thành: 2",
      "• DN-2 — Cơ quan STC: Nhiệm vụ DN-2",
      "• DN-1 — Cơ quan SYT: Nhiệm vụ DN-1",
    ]);
    const en = renderQualityLines(result, (key, args) => translator.t("en", key, args));
    expect(en[0]).toBe("🔎 Data-quality check as of 30/06/2019");
    expect(en).toContain("… and 1 more");
    expect(en).toContain("• ND-2 — Cơ quan STC (confidential task)");
  });

  it("says so when there is nothing to fix, and shortens long titles", () => {
    const translator = createTranslator();
    const t = (key: string, args?: Record<string, string | number>) => translator.t("vi", key, args);
    const empty = { count: 0, items: [] };
    const clean: QualityResult = {
      asOf: AS_OF, asOfDate: "2019-06-30", staleDays: 30,
      openWithoutDeadline: empty, stale: empty, agenciesWithoutFocal: empty, doneWithoutNote: empty,
    };
    expect(renderQualityLines(clean, t)).toEqual(["🔎 Kiểm tra chất lượng dữ liệu, tính đến ngày 30/06/2019", "✅ Không phát hiện vấn đề nào."]);
    const long = "Rà soát ".repeat(30);
    const item = { id: 1, code: "L", title: long, confidential: false, agency: { code: "A", name: "A" }, assignedDate: "2019-01-01", lastActivityDate: "2019-01-01", completedDate: null };
    const lines = renderQualityLines({ ...clean, openWithoutDeadline: { count: 1, items: [item] } }, t);
    expect(lines[3]).toMatch(/^• L — A: Rà soát .*…$/);
    expect([...lines[3]!].length).toBeLessThan(100);
  });
});
