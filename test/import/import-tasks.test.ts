import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importAgencies } from "../../src/core/agencies/import-agencies.js";
import { fixedClock } from "../../src/core/clock.js";
import type { CoreDeps } from "../../src/core/deps.js";
import { importTasks, type ImportTasksResult } from "../../src/core/import/import-tasks.js";
import { deriveTaskCode } from "../../src/core/import/validate-task-row.js";
import { createLogger } from "../../src/logger.js";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { shippedPolicy } from "../helpers/test-deps.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));
const fixtureText = (name: string) => fixture(name).toString("utf8");

/** 15/07/2019 10:00 in Asia/Ho_Chi_Minh. */
const NOW = new Date("2019-07-15T03:00:00Z");

type OkResult = Extract<ImportTasksResult, { status: "ok" | "rejected" }>;
function rows(result: ImportTasksResult): OkResult {
  if (result.status === "file_error") throw new Error(`file error ${result.error.key}`);
  return result;
}

describe.each(providers)("importTasks on %s", (provider) => {
  let database: TestDatabase;
  let deps: CoreDeps;

  beforeEach(async () => {
    database = await createTestDatabase(provider);
    deps = {
      db: database.db,
      clock: fixedClock(NOW),
      timeZone: "Asia/Ho_Chi_Minh",
      logger: createLogger({ logLevel: "silent", logFormat: "json" }),
      policy: shippedPolicy,
    };
    const seeded = await importAgencies(deps, { text: fixture("agencies.csv") });
    expect(seeded.status).toBe("ok");
  });
  afterEach(async () => {
    await database.destroy();
  });

  /** Every task, with its agency code and document key, ordered by code. */
  async function snapshot() {
    const tasks = await database.db.task.findMany({
      orderBy: { code: "asc" },
      include: { agency: { select: { code: true } }, document: { select: { key: true, number: true, issuedAt: true } } },
    });
    return tasks;
  }

  it("imports a Vietnamese header file with the storage conventions", async () => {
    const result = rows(await importTasks(deps, { text: fixture("tasks-vi.csv") }));
    expect(result.status).toBe("ok");
    expect(result.counts).toEqual({ created: 5, updated: 0, unchanged: 0, skipped: 0 });
    expect(result.issues).toEqual([]);

    const byCode = new Map((await snapshot()).map((t) => [t.code, t]));
    const nv1 = byCode.get("NV-001")!;
    expect(nv1.agency.code).toBe("SYT");
    expect(nv1.assignedAt.toISOString()).toBe("2019-01-02T17:00:00.000Z"); // 03/01 00:00 +07
    expect(nv1.deadline?.toISOString()).toBe("2019-03-31T16:59:59.999Z"); // 31/03 23:59:59.999 +07
    expect(nv1.originalDeadline?.toISOString()).toBe("2019-03-31T16:59:59.999Z");
    expect(nv1.status).toBe("open");
    expect(nv1.completedAt).toBeNull();
    expect(nv1.document).toEqual({ key: "270/QĐ-UBND|2019-01-02", number: "270/QĐ-UBND", issuedAt: new Date("2019-01-01T17:00:00.000Z") });

    const nv2 = byCode.get("NV-002")!;
    expect(nv2.assignedAt.toISOString()).toBe("2019-01-03T07:30:00.000Z"); // 14:30 +07
    expect(nv2.completedAt?.toISOString()).toBe("2019-02-09T17:00:00.000Z");
    expect(nv2.status).toBe("done");
    expect(nv2.note).toBe("Đã báo cáo UBND tỉnh");
    expect(nv2.documentId).toBe(nv1.documentId);

    const standing = byCode.get(deriveTaskCode({ agencyCode: "BDT", title: "Báo cáo tình hình vùng đồng bào dân tộc thiểu số", assignedDate: "2019-01-10", documentNumber: "" }))!;
    expect(standing.deadline).toBeNull();
    expect(standing.originalDeadline).toBeNull();

    // "so y te" (no diacritics) and "SYT" (alias) both name Sở Y tế.
    const school = [...byCode.values()].find((t) => t.title === "Kiểm tra công tác y tế trường học")!;
    expect(school.agency.code).toBe("SYT");
    expect(school.code).toMatch(/^NV-2019-[0-9A-F]{10}$/);
    expect(school.completedAt?.toISOString()).toBe("2019-02-20T02:15:00.000Z");
    expect(byCode.get("NV-005")!.agency.code).toBe("SYT");
    expect(byCode.get("NV-005")!.assignedAt.toISOString()).toBe("2019-01-20T01:00:00.000Z");

    expect(await database.db.document.count()).toBe(2);
    const audit = await database.db.auditLog.findMany({ where: { action: "task.import" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorLabel).toBe("cli");
    expect(JSON.parse(audit[0]!.after!)).toEqual({ rows: 5, created: 5, updated: 0, unchanged: 0, skipped: 0 });
  });

  it("gives the same tasks from the English header file in another column order", async () => {
    await importTasks(deps, { text: fixture("tasks-vi.csv") });
    const first = await snapshot();
    const again = rows(await importTasks(deps, { text: fixture("tasks-en.csv") }));
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 5, skipped: 0 });
    expect(await snapshot()).toEqual(first);
  });

  it("reads a BOM, `;` separators and CRLF line ends", async () => {
    const result = rows(await importTasks(deps, { text: fixture("tasks-bom-semicolon.csv") }));
    expect(result.counts.created).toBe(2);
    const tasks = await snapshot();
    expect(tasks.map((t) => [t.code, t.title, t.agency.code, t.note])).toEqual([
      ["B-1", "Tổng kết, đánh giá năm 2018", "SYT", null],
      ["B-2", "Báo cáo; có dấu chấm phẩy", "UBND-DAKGLEI", "Ghi chú, có dấu phẩy"],
    ]);
  });

  it("reads quoted fields with commas, quotes and line breaks, and numbers the lines after them", async () => {
    const rejected = rows(await importTasks(deps, { text: fixture("tasks-quoted.csv") }));
    expect(rejected.status).toBe("rejected");
    expect(rejected.issues).toEqual([{ line: 5, column: "ngay_giao", reason: { key: "import-reason-required" } }]);

    const result = rows(await importTasks(deps, { text: fixture("tasks-quoted.csv"), skipInvalid: true }));
    expect(result.counts).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: 1 });
    const tasks = await snapshot();
    expect(tasks.map((t) => [t.code, t.title, t.note])).toEqual([
      ["Q-1", "Triển khai Nghị quyết số 01, 02 và 03", "Dòng một\nDòng hai, có dấu phẩy"],
      ["Q-2", 'Báo cáo "khẩn" về dịch bệnh', null],
    ]);
  });

  it("reports each error with its exact line and column and imports nothing", async () => {
    const result = rows(await importTasks(deps, { text: fixture("tasks-errors.csv") }));
    expect(result.status).toBe("rejected");
    expect(result.rows).toBe(12);
    expect(result.validRows).toBe(2);
    expect(result.issues.map((i) => [i.line, i.column, i.reason.key])).toEqual([
      [3, "trich_yeu", "import-reason-required"],
      [4, "co_quan_chu_tri", "import-reason-unknown-agency"],
      [5, "ngay_giao", "import-reason-date-invalid"],
      [6, "han_xu_ly", "import-reason-deadline-before-assigned"],
      [7, "ngay_hoan_thanh", "import-reason-completed-before-assigned"],
      [8, "ngay_hoan_thanh", "import-reason-completed-in-future"],
      [9, "ma_nhiem_vu", "import-reason-duplicate-code"],
      [10, null, "import-reason-cell-count"],
      [11, "co_quan_chu_tri", "import-reason-ambiguous-agency"],
      [13, "ngay_giao", "import-reason-date-format"],
    ]);
    expect(result.issues[1]!.reason.args).toEqual({ query: "Sở Y khoa", suggestions: "Sở Y tế", count: 1 });
    expect(result.issues[2]!.reason.args).toEqual({ value: "31/02/2019" });
    expect(result.issues[8]!.reason.args).toEqual({
      query: "Sở Tài",
      suggestions: "Sở Tài chính; Sở Tài nguyên và Môi trường",
      count: 2,
    });
    expect(await database.db.task.count()).toBe(0);
    expect(await database.db.auditLog.count({ where: { action: "task.import" } })).toBe(0);
  });

  it("imports only the valid rows with skipInvalid, still listing the bad ones", async () => {
    const result = rows(await importTasks(deps, { text: fixture("tasks-errors.csv"), skipInvalid: true }));
    expect(result.status).toBe("ok");
    expect(result.issues).toHaveLength(10);
    expect(result.counts).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: 10 });
    expect((await snapshot()).map((t) => t.code)).toEqual(["E-01", "E-11"]);
  });

  it("refuses a header without the required columns as one file-level error", async () => {
    const result = await importTasks(deps, { text: fixture("tasks-missing-column.csv") });
    expect(result).toEqual({
      status: "file_error",
      error: {
        key: "import-file-missing-columns",
        args: { columns: "co_quan_chu_tri / agency, ngay_giao / assigned_at", found: "ma_nhiem_vu, trich_yeu, han_xu_ly" },
      },
    });
  });

  it("refuses an empty file", async () => {
    expect(await importTasks(deps, { text: new Uint8Array() })).toEqual({ status: "file_error", error: { key: "import-file-empty" } });
  });

  it("changes nothing when the same file is imported twice", async () => {
    await importTasks(deps, { text: fixture("tasks-vi.csv") });
    const before = await snapshot();
    await new Promise((resolve) => setTimeout(resolve, 20)); // a rewrite would move updatedAt
    const again = rows(await importTasks(deps, { text: fixture("tasks-vi.csv") }));
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 5, skipped: 0 });
    expect(await snapshot()).toEqual(before);
    expect(await database.db.document.count()).toBe(2);
    expect(await database.db.auditLog.count({ where: { action: "task.import.update" } })).toBe(0);
  });

  it("updates a task whose deadline changed and keeps its original deadline", async () => {
    await importTasks(deps, { text: fixture("tasks-vi.csv") });
    const before = new Map((await snapshot()).map((t) => [t.code, t]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const changed = fixtureText("tasks-vi.csv").replace("03/01/2019,31/03/2019,,", "03/01/2019,30/04/2019,,");
    const result = rows(await importTasks(deps, { text: changed }));
    expect(result.counts).toEqual({ created: 0, updated: 1, unchanged: 4, skipped: 0 });

    const after = new Map((await snapshot()).map((t) => [t.code, t]));
    const nv1 = after.get("NV-001")!;
    expect(nv1.deadline?.toISOString()).toBe("2019-04-30T16:59:59.999Z");
    expect(nv1.originalDeadline?.toISOString()).toBe("2019-03-31T16:59:59.999Z");
    expect(nv1.updatedAt.getTime()).toBeGreaterThan(before.get("NV-001")!.updatedAt.getTime());
    for (const [code, task] of after) if (code !== "NV-001") expect(task).toEqual(before.get(code));

    const audit = await database.db.auditLog.findMany({ where: { action: "task.import.update" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorLabel: "cli", entity: "task", entityId: String(nv1.id) });
    expect(JSON.parse(audit[0]!.before!)).toEqual({ deadline: "2019-03-31T16:59:59.999Z" });
    expect(JSON.parse(audit[0]!.after!)).toEqual({ deadline: "2019-04-30T16:59:59.999Z" });
  });

  it("reopens a task whose completion date was removed, and records agency and document changes", async () => {
    await importTasks(deps, { text: fixture("tasks-vi.csv") });
    const changed = fixtureText("tasks-vi.csv").replace(
      "NV-002,Rà soát dự toán ngân sách quý I,Sở Tài chính,270/QĐ-UBND,02/01/2019,03/01/2019 14:30,15/02/2019,10/02/2019,",
      "NV-002,Rà soát dự toán ngân sách quý I,Sở Y tế,271/QĐ-UBND,02/01/2019,03/01/2019 14:30,15/02/2019,,",
    );
    const result = rows(await importTasks(deps, { text: changed }));
    expect(result.counts.updated).toBe(1);
    const nv2 = (await snapshot()).find((t) => t.code === "NV-002")!;
    expect([nv2.status, nv2.completedAt, nv2.agency.code, nv2.document?.key]).toEqual(["open", null, "SYT", "271/QĐ-UBND|2019-01-02"]);
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { action: "task.import.update" } });
    expect(JSON.parse(audit.before!)).toEqual({
      agency: "STC",
      document: "270/QĐ-UBND|2019-01-02",
      completedAt: "2019-02-09T17:00:00.000Z",
      status: "done",
    });
  });

  it("reports what would happen on a dry run without writing", async () => {
    const dry = rows(await importTasks(deps, { text: fixture("tasks-vi.csv"), dryRun: true }));
    expect(dry).toMatchObject({ status: "ok", dryRun: true, counts: { created: 5, updated: 0, unchanged: 0, skipped: 0 } });
    expect(await database.db.task.count()).toBe(0);
    expect(await database.db.document.count()).toBe(0);
    expect(await database.db.auditLog.count({ where: { action: "task.import" } })).toBe(0);

    await importTasks(deps, { text: fixture("tasks-vi.csv") });
    const changed = fixtureText("tasks-vi.csv").replace("03/01/2019,31/03/2019,,", "03/01/2019,30/04/2019,,");
    const before = await snapshot();
    const dryUpdate = rows(await importTasks(deps, { text: changed, dryRun: true }));
    expect(dryUpdate.counts).toEqual({ created: 0, updated: 1, unchanged: 4, skipped: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("reports progress for validation and writing", async () => {
    const phases: string[] = [];
    await importTasks(deps, { text: fixture("tasks-vi.csv"), onProgress: (p) => phases.push(`${p.phase} ${p.done}/${p.total}`) });
    expect(phases.at(-1)).toBe("write 5/5");
    expect(phases).toContain("validate 5/5");
  });

  it("imports thousands of rows in batches, then finds them all unchanged", async () => {
    const lines = ["trich_yeu;co_quan_chu_tri;so_ky_hieu_van_ban;ngay_van_ban;ngay_giao;han_xu_ly;ngay_hoan_thanh"];
    const names = ["Sở Y tế", "so y te", "SYT", "Sở Tài chính", "Ban Dân tộc", "huyện Đăk Glei"];
    for (let i = 0; i < 3_000; i++) {
      const day = String(1 + (i % 28)).padStart(2, "0");
      const month = String(1 + (i % 6)).padStart(2, "0");
      lines.push(`Nhiệm vụ số ${i};${names[i % names.length]};${i % 40}/QĐ-UBND;${day}/${month}/2019;${day}/${month}/2019;${day}/12/2019;${i % 3 ? "" : `${day}/${month}/2019`}`);
    }
    const text = lines.join("\n");
    const first = rows(await importTasks(deps, { text }));
    expect(first.counts).toEqual({ created: 3_000, updated: 0, unchanged: 0, skipped: 0 });
    expect(await database.db.task.count()).toBe(3_000);
    expect(await database.db.task.count({ where: { status: "done" } })).toBe(1_000);
    const second = rows(await importTasks(deps, { text }));
    expect(second.counts).toEqual({ created: 0, updated: 0, unchanged: 3_000, skipped: 0 });

    // A small file against a large table looks its codes up instead of reading the table.
    expect(rows(await importTasks(deps, { text: fixture("tasks-vi.csv") })).counts.created).toBe(5);
    const small = await snapshot();
    expect(rows(await importTasks(deps, { text: fixture("tasks-vi.csv") })).counts.unchanged).toBe(5);
    expect(await snapshot()).toEqual(small);
  });
});
