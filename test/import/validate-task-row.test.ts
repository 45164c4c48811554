import { describe, expect, it } from "vitest";
import type { AgencyRecord } from "../../src/core/agencies/agency-directory.js";
import { createAgencyFinder } from "../../src/core/agencies/agency-directory.js";
import { createDateReader } from "../../src/core/import/date-reader.js";
import { mapTaskColumns } from "../../src/core/import/task-columns.js";
import {
  deriveTaskCode,
  validateTaskRow,
  validateTaskRows,
  type TaskRowContext,
} from "../../src/core/import/validate-task-row.js";

const TZ = "Asia/Ho_Chi_Minh";
const agency = (id: number, code: string, name: string, aliases: string[] = []): AgencyRecord => ({
  id, code, name, shortName: null, aliases, kind: "department", displayOrder: id, active: true, mergedIntoId: null,
});
const AGENCIES = [agency(1, "SYT", "Sở Y tế", ["SYT"]), agency(2, "STC", "Sở Tài chính")];
const HEADERS = ["ma_nhiem_vu", "trich_yeu", "co_quan_chu_tri", "so_ky_hieu_van_ban", "ngay_van_ban", "ngay_giao", "han_xu_ly", "ngay_hoan_thanh", "ghi_chu"];

function context(): TaskRowContext {
  const mapped = mapTaskColumns(HEADERS);
  if (!mapped.ok) throw new Error("bad headers");
  return {
    columns: mapped.columns,
    headerCount: HEADERS.length,
    now: new Date("2019-07-15T03:00:00Z"),
    dates: createDateReader(TZ),
    findAgency: createAgencyFinder(AGENCIES).find,
  };
}

/** A row from named cells; the others are empty. */
function row(line: number, values: Partial<Record<string, string>>) {
  return { line, cells: HEADERS.map((h) => values[h] ?? "") };
}

const base = { trich_yeu: "Nhiệm vụ", co_quan_chu_tri: "Sở Y tế", ngay_giao: "02/01/2019" };

describe("validateTaskRow", () => {
  it("stores deadlines at the end of their local day and plain dates at the start", () => {
    const result = validateTaskRow(row(2, { ...base, han_xu_ly: "31/01/2019 08:00", ngay_hoan_thanh: "2019-01-20" }), context());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.task.assignedAt.toISOString()).toBe("2019-01-01T17:00:00.000Z");
    expect(result.task.deadline?.toISOString()).toBe("2019-01-31T16:59:59.999Z");
    expect(result.task.completedAt?.toISOString()).toBe("2019-01-19T17:00:00.000Z");
  });

  it("keeps the instant of a date written with a time", () => {
    const result = validateTaskRow(row(2, { ...base, ngay_giao: "02/01/2019 14:30" }), context());
    expect(result.ok && result.task.assignedAt.toISOString()).toBe("2019-01-02T07:30:00.000Z");
  });

  it("builds the document key from number and date", () => {
    const result = validateTaskRow(row(2, { ...base, so_ky_hieu_van_ban: "270/QĐ-UBND", ngay_van_ban: "02/01/2019" }), context());
    expect(result.ok && result.task.document).toEqual({
      key: "270/QĐ-UBND|2019-01-02",
      number: "270/QĐ-UBND",
      issuedAt: new Date("2019-01-01T17:00:00.000Z"),
    });
    const undated = validateTaskRow(row(2, { ...base, so_ky_hieu_van_ban: "15/TB-UBND" }), context());
    expect(undated.ok && undated.task.document?.key).toBe("15/TB-UBND|");
  });

  it("accepts a plain completion date on the assignment day even when the assignment has a time", () => {
    const sameDay = validateTaskRow(row(2, { ...base, ngay_giao: "02/01/2019 14:30", ngay_hoan_thanh: "02/01/2019" }), context());
    expect(sameDay.ok).toBe(true);
    const earlier = validateTaskRow(row(2, { ...base, ngay_giao: "02/01/2019 14:30", ngay_hoan_thanh: "02/01/2019 09:00" }), context());
    expect(!earlier.ok && earlier.issues.map((i) => i.reason.key)).toEqual(["import-reason-completed-before-assigned"]);
  });

  it("accepts a deadline on the assignment day", () => {
    expect(validateTaskRow(row(2, { ...base, han_xu_ly: "02/01/2019" }), context()).ok).toBe(true);
  });

  it("reports every problem of a row, each with its column", () => {
    const result = validateTaskRow(row(7, { trich_yeu: "", co_quan_chu_tri: "", ngay_giao: "30/02/2019", ngay_van_ban: "01/01/2019" }), context());
    expect(!result.ok && result.issues).toEqual([
      { line: 7, column: "trich_yeu", reason: { key: "import-reason-required" } },
      { line: 7, column: "co_quan_chu_tri", reason: { key: "import-reason-required" } },
      { line: 7, column: "ngay_van_ban", reason: { key: "import-reason-document-date-without-number" } },
      { line: 7, column: "ngay_giao", reason: { key: "import-reason-date-invalid", args: { value: "30/02/2019" } } },
    ]);
  });

  it("limits the title to 2,000 and the note to 10,000 characters", () => {
    const ok = validateTaskRow(row(2, { ...base, trich_yeu: "ế".repeat(2_000), ghi_chu: "x".repeat(10_000) }), context());
    expect(ok.ok).toBe(true);
    const long = validateTaskRow(row(2, { ...base, trich_yeu: "ế".repeat(2_001), ghi_chu: "x".repeat(10_001) }), context());
    expect(!long.ok && long.issues).toEqual([
      { line: 2, column: "trich_yeu", reason: { key: "import-reason-too-long", args: { length: 2_001, max: 2_000 } } },
      { line: 2, column: "ghi_chu", reason: { key: "import-reason-too-long", args: { length: 10_001, max: 10_000 } } },
    ]);
  });

  it("suggests the closest agency names for an unknown one", () => {
    const result = validateTaskRow(row(2, { ...base, co_quan_chu_tri: "Sở Tài chánh" }), context());
    expect(!result.ok && result.issues[0]).toEqual({
      line: 2,
      column: "co_quan_chu_tri",
      reason: { key: "import-reason-unknown-agency", args: { query: "Sở Tài chánh", suggestions: "Sở Tài chính", count: 1 } },
    });
  });

  it("refuses a row with the wrong number of cells as a whole", () => {
    const result = validateTaskRow({ line: 3, cells: ["a", "b"] }, context());
    expect(!result.ok && result.issues).toEqual([
      { line: 3, column: null, reason: { key: "import-reason-cell-count", args: { actual: 2, expected: 9 } } },
    ]);
  });
});

describe("deriveTaskCode", () => {
  it("is deterministic, depends on the content and carries the assignment year", () => {
    const identity = { agencyCode: "SYT", title: "Nhiệm vụ", assignedDate: "2019-01-02", documentNumber: "" };
    expect(deriveTaskCode(identity)).toBe(deriveTaskCode({ ...identity }));
    expect(deriveTaskCode(identity)).toMatch(/^NV-2019-[0-9A-F]{10}$/);
    expect(deriveTaskCode({ ...identity, title: "Nhiệm vụ khác" })).not.toBe(deriveTaskCode(identity));
  });
});

describe("validateTaskRows", () => {
  it("flags repeated codes and repeated content after the first occurrence", () => {
    const rows = [
      row(2, { ...base, ma_nhiem_vu: "A" }),
      row(3, { ...base, ma_nhiem_vu: "A", trich_yeu: "Khác" }),
      row(4, base),
      row(5, base),
    ];
    const progress: number[] = [];
    const result = validateTaskRows(rows, context(), (p) => progress.push(p.done));
    expect(result.valid.map((t) => t.line)).toEqual([2, 4]);
    expect(result.issues).toEqual([
      { line: 3, column: "ma_nhiem_vu", reason: { key: "import-reason-duplicate-code", args: { code: "A", firstLine: "2" } } },
      { line: 5, column: null, reason: { key: "import-reason-duplicate-row", args: { firstLine: "4" } } },
    ]);
    expect(result.invalidRows).toBe(2);
    expect(progress.at(-1)).toBe(4);
  });
});
