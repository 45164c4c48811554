import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadAgencies } from "../../src/core/agencies/agency-directory.js";
import { importAgencies, parseAgencyKind } from "../../src/core/agencies/import-agencies.js";
import { fixedClock } from "../../src/core/clock.js";
import type { CoreDeps } from "../../src/core/deps.js";
import { createLogger } from "../../src/logger.js";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { shippedPolicy } from "../helpers/test-deps.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));

describe("parseAgencyKind", () => {
  it.each([
    ["department", "department"],
    ["Sở", "department"],
    ["so", "department"],
    ["Ban", "board"],
    ["huyện", "district"],
    ["XÃ", "commune"],
    ["Văn phòng", "office"],
    ["khác", "other"],
    ["", "other"],
    ["bộ", null],
  ])("%j → %j", (text, kind) => {
    expect(parseAgencyKind(text)).toBe(kind);
  });
});

describe.each(providers)("importAgencies on %s", (provider) => {
  let database: TestDatabase;
  let deps: CoreDeps;

  beforeEach(async () => {
    database = await createTestDatabase(provider);
    deps = {
      db: database.db,
      clock: fixedClock(new Date("2019-07-15T03:00:00Z")),
      timeZone: "Asia/Ho_Chi_Minh",
      logger: createLogger({ logLevel: "silent", logFormat: "json" }),
      policy: shippedPolicy,
    };
  });
  afterEach(async () => {
    await database.destroy();
  });

  it("creates agencies in file order with their kinds and aliases", async () => {
    const result = await importAgencies(deps, { text: fixture("agencies.csv") });
    expect(result).toEqual({ status: "ok", rows: 8, counts: { created: 8, updated: 0, unchanged: 0 }, ignoredColumns: [] });
    const agencies = await loadAgencies(database.db);
    expect(agencies.map((a) => [a.code, a.kind, a.displayOrder])).toEqual([
      ["SYT", "department", 1],
      ["STC", "department", 2],
      ["STNMT", "department", 3],
      ["BDT", "board", 4],
      ["UBND-DAKGLEI", "district", 5],
      ["XA-DAKPEK", "commune", 6],
      ["VPUBND", "office", 7],
      ["TTT", "other", 8],
    ]);
    expect(agencies[0]).toMatchObject({ name: "Sở Y tế", aliases: ["SYT", "Sở YT"], active: true });
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { action: "agency.import" } });
    expect(JSON.parse(audit.after!)).toEqual({ rows: 8, created: 8, updated: 0, unchanged: 0 });
  });

  it("leaves unchanged agencies untouched and appends new ones after the existing ones", async () => {
    await importAgencies(deps, { text: fixture("agencies.csv") });
    const before = await database.db.agency.findMany({ orderBy: { id: "asc" } });
    const again = await importAgencies(deps, { text: fixture("agencies.csv") });
    expect(again.status === "ok" && again.counts).toEqual({ created: 0, updated: 0, unchanged: 8 });
    expect(await database.db.agency.findMany({ orderBy: { id: "asc" } })).toEqual(before);

    const more = await importAgencies(deps, { text: "ma,ten\nSNV,Sở Nội vụ\nSCT,Sở Công Thương\n" });
    expect(more.status === "ok" && more.counts).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const agencies = await loadAgencies(database.db);
    expect(agencies.slice(-2).map((a) => [a.code, a.displayOrder, a.kind])).toEqual([
      ["SNV", 9, "other"],
      ["SCT", 10, "other"],
    ]);
  });

  it("upserts by code with an English header, `;` separators and an order column", async () => {
    await importAgencies(deps, { text: fixture("agencies.csv") });
    const result = await importAgencies(deps, { text: fixture("agencies-en-order.csv") });
    expect(result.status === "ok" && result.counts).toEqual({ created: 1, updated: 1, unchanged: 0 });
    const byCode = new Map((await loadAgencies(database.db)).map((a) => [a.code, a]));
    expect(byCode.get("SXD")).toMatchObject({ name: "Sở Xây dựng", aliases: ["SXD", "Sở XD"], displayOrder: 2 });
    expect(byCode.get("SYT")).toMatchObject({ aliases: ["SYT", "Sở YT", "Sở Y tế tỉnh"], displayOrder: 1 });
    expect(byCode.get("STC")!.displayOrder).toBe(2);
  });

  it("rejects the whole file when a row is invalid", async () => {
    const result = await importAgencies(deps, { text: fixture("agencies-invalid.csv") });
    expect(result).toEqual({
      status: "rejected",
      rows: 4,
      issues: [
        { line: 3, column: "ten", reason: { key: "import-reason-required" } },
        { line: 4, column: "loai", reason: { key: "import-reason-agency-kind", args: { value: "bộ" } } },
        { line: 5, column: "ma", reason: { key: "import-reason-duplicate-code", args: { code: "SYT", firstLine: "2" } } },
      ],
    });
    expect(await database.db.agency.count()).toBe(0);
  });

  it("refuses an order that is not a whole number", async () => {
    const result = await importAgencies(deps, { text: "code,name,order\nSYT,Sở Y tế,1.5\n" });
    expect(result.status === "rejected" && result.issues).toEqual([
      { line: 2, column: "order", reason: { key: "import-reason-agency-order", args: { value: "1.5" } } },
    ]);
  });

  it("refuses a file without the code or name column", async () => {
    const result = await importAgencies(deps, { text: "ten_viet_tat,loai\nSYT,sở\n" });
    expect(result.status === "file_error" && result.error.key).toBe("import-file-missing-columns");
  });
});
