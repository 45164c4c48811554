import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openApp } from "../../src/app.js";
import { parseCommandArgs, UsageError, type CliCommand } from "../../src/cli/command.js";
import { cliText } from "../../src/cli/cli-text.js";
import { agenciesImportCommand } from "../../src/cli/commands/agencies.js";
import { importCommand } from "../../src/cli/commands/import.js";
import { fixedClock } from "../../src/core/clock.js";
import { readCsvTable } from "../../src/core/import/read-table.js";
import { cellText, readXlsxTable, wallClockText } from "../../src/core/import/read-xlsx.js";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";

const fixturePath = (name: string) => new URL(`../fixtures/import/${name}`, import.meta.url).pathname;

const HEADERS = ["ma_nhiem_vu", "trich_yeu", "co_quan_chu_tri", "so_ky_hieu_van_ban", "ngay_van_ban", "ngay_giao", "han_xu_ly", "ngay_hoan_thanh", "ghi_chu"];

/** A wall-clock reading as exceljs represents a date cell: its UTC fields. */
const excelDate = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

type Cell = ExcelJS.CellValue;

/** An XLSX file with one sheet; Date cells get a date (or date-time) number format. */
async function xlsx(rows: Cell[][], options: { after?: (sheet: ExcelJS.Worksheet) => void; extraSheet?: boolean } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Nhiệm vụ");
  for (const values of rows) {
    const row = sheet.addRow(values);
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = cell.value.getUTCHours() || cell.value.getUTCMinutes() ? "dd/mm/yyyy hh:mm" : "dd/mm/yyyy";
    });
  }
  options.after?.(sheet);
  if (options.extraSheet) workbook.addWorksheet("Khác").addRow(["không", "đọc"]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The rows of the first sheet of an XLSX file, as plain values (row 1 first). */
async function readBack(file: string): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const out: Cell[][] = [];
  workbook.worksheets[0]!.eachRow((row) => out.push((row.values as Cell[]).slice(1)));
  return out;
}

describe("readXlsxTable", () => {
  it("reads the first sheet from its first non-empty row, with Excel row numbers as lines", async () => {
    const bytes = await xlsx(
      [
        [],
        [],
        ["ma", "ngay", "gio", "van_ban", "so", "tien", "cong_thuc", "lien_ket", "loi"],
        ["A-1", excelDate(2019, 1, 3), excelDate(2019, 1, 3, 14, 30), { richText: [{ text: "270/" }, { text: "QĐ-UBND", font: { bold: true } }] }, 12, 0.1 + 0.2, { formula: "DATE(2019,2,10)", result: excelDate(2019, 2, 10) }, { text: "trang", hyperlink: "https://example.org" }, { error: "#N/A" }],
        [],
        ["A-2", "05/01/2019", null, null, null, null, { formula: "1+1", result: 2 }, null, null],
        ["A-3", null, null, null, null, null, null, null, null, null, "ngoài bảng"],
      ],
      { extraSheet: true },
    );
    const read = await readXlsxTable(bytes);
    if (!read.ok) throw new Error(read.error.key);
    expect(read.table.headers).toEqual(["ma", "ngay", "gio", "van_ban", "so", "tien", "cong_thuc", "lien_ket", "loi"]);
    expect(read.table.rows).toEqual([
      { line: 4, cells: ["A-1", "03/01/2019", "03/01/2019 14:30", "270/QĐ-UBND", "12", "0.3", "10/02/2019", "trang", "#N/A"] },
      { line: 6, cells: ["A-2", "05/01/2019", "", "", "", "", "2", "", ""] },
      { line: 7, cells: ["A-3", "", "", "", "", "", "", "", "", "", "ngoài bảng"] },
    ]);
  });

  it("uses the stored wall-clock reading of a date cell, never the instant", () => {
    // 23:59:59.6 rounds to the next second; the day stays the written day.
    expect(wallClockText(new Date(Date.UTC(2019, 11, 31, 23, 59, 59, 400)))).toBe("31/12/2019 23:59:59");
    expect(wallClockText(excelDate(2019, 3, 31))).toBe("31/03/2019");
    expect(cellText(excelDate(2019, 3, 31, 8, 5))).toBe("31/03/2019 08:05");
    expect(cellText("Cu\u0309a")).toBe("Của");
    expect(cellText(true)).toBe("TRUE");
  });

  it("empties the cells covered by a merged range, and strips a byte order mark from headers", async () => {
    const bytes = await xlsx([["\uFEFFma", "ten", "ghi_chu"], ["X", "gộp", null]], { after: (sheet) => sheet.mergeCells("B2:C2") });
    const read = await readXlsxTable(bytes);
    if (!read.ok) throw new Error(read.error.key);
    expect(read.table.headers).toEqual(["ma", "ten", "ghi_chu"]);
    expect(read.table.rows).toEqual([{ line: 2, cells: ["X", "gộp", ""] }]);
  });

  it("fails on a file that is not a workbook, an empty workbook and a header without rows", async () => {
    expect(await readXlsxTable(Buffer.from("ma,ten\n1,2\n"))).toEqual({ ok: false, error: { key: "import-file-xlsx-unreadable" } });
    expect(await readXlsxTable(await xlsx([[], [null, "  "]]))).toEqual({ ok: false, error: { key: "import-file-empty" } });
    expect(await readXlsxTable(await xlsx([HEADERS]))).toEqual({ ok: false, error: { key: "import-file-no-rows" } });
  });
});

/** 15/07/2019 10:00 in Asia/Ho_Chi_Minh, as in the CSV import tests. */
const NOW = new Date("2019-07-15T03:00:00Z");

/** Runs a command as src/cli/main.ts does, with the clock fixed at {@link NOW}. */
async function run(command: CliCommand, args: string[], env: NodeJS.ProcessEnv) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
  stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
  let code: number;
  try {
    const { values, positionals } = parseCommandArgs(command, args);
    code = await command.run({
      ...cliText(env),
      io: { stdout, stderr, stdin: process.stdin, env },
      values,
      positionals,
      openApp: (options) => openApp({ ...options, env, clock: fixedClock(NOW) }),
    });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err += e.message;
    code = 2;
  }
  return { code, stdout: out, stderr: err };
}

/** The rows of tests/fixtures/import/tasks-vi.csv, with every dd/mm/yyyy [HH:mm] cell as a real Excel date cell. */
function tasksViRows(): Cell[][] {
  const read = readCsvTable(readFileSync(fixturePath("tasks-vi.csv")));
  if (!read.ok) throw new Error(read.error.key);
  expect(read.table.headers).toEqual(HEADERS);
  const toCell = (text: string): Cell => {
    const m = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2}))?$/.exec(text);
    if (!m) return text === "" ? null : text;
    return excelDate(Number(m[3]), Number(m[2]), Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  };
  const rows = read.table.rows.map((r) => r.cells.map(toCell));
  expect(rows.flat().filter((c) => c instanceof Date).length).toBeGreaterThan(10);
  return rows;
}

describe.each(providers)("nhacviec import FILE.xlsx on %s", (provider) => {
  let database: TestDatabase;
  let dir: string;
  const cli = (command: CliCommand, args: string[], env: NodeJS.ProcessEnv = {}) =>
    run(command, args, { DATABASE_URL: database.target.url, LOG_LEVEL: "silent", APP_TIMEZONE: "Asia/Ho_Chi_Minh", DEFAULT_LANGUAGE: "vi", ...env });

  beforeEach(async () => {
    database = await createTestDatabase(provider);
    dir = mkdtempSync(join(tmpdir(), "nhacviec-xlsx-"));
    expect((await cli(agenciesImportCommand, [fixturePath("agencies.csv")])).code).toBe(0);
  });
  afterEach(async () => {
    await database.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const write = async (name: string, bytes: Buffer | string) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };

  it("imports date cells as the same local dates as the CSV file, so the CSV then finds nothing to change", async () => {
    const file = await write("tasks.xlsx", await xlsx([[], HEADERS, ...tasksViRows()]));
    const first = await cli(importCommand, [file]);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toBe("Tệp có 5 dòng: 5 nhiệm vụ mới, 0 được cập nhật, 0 không đổi, 0 dòng lỗi bị bỏ qua.\n");
    const nv1 = await database.db.task.findUniqueOrThrow({ where: { code: "NV-001" } });
    expect(nv1.assignedAt.toISOString()).toBe("2019-01-02T17:00:00.000Z"); // 03/01/2019 00:00 +07
    expect(nv1.deadline?.toISOString()).toBe("2019-03-31T16:59:59.999Z"); // 31/03/2019 23:59:59.999 +07
    const nv2 = await database.db.task.findUniqueOrThrow({ where: { code: "NV-002" } });
    expect(nv2.assignedAt.toISOString()).toBe("2019-01-03T07:30:00.000Z"); // 14:30 +07
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { action: "task.import" } });
    expect(JSON.parse(audit.after!)).toMatchObject({ source: "tasks.xlsx", created: 5 });

    const csv = await cli(importCommand, [fixturePath("tasks-vi.csv")]);
    expect(csv.stdout).toBe("Tệp có 5 dòng: 0 nhiệm vụ mới, 0 được cập nhật, 5 không đổi, 0 dòng lỗi bị bỏ qua.\n");
    const again = await cli(importCommand, [file]);
    expect(again.stdout).toContain("0 nhiệm vụ mới, 0 được cập nhật, 5 không đổi");
  });

  it("takes the first non-empty row as the header, even a title row", async () => {
    const file = await write("titled.xlsx", await xlsx([["Danh sách nhiệm vụ năm 2019"], [], HEADERS, ...tasksViRows()]));
    const result = await cli(importCommand, [file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Thiếu cột bắt buộc: trich_yeu / title, co_quan_chu_tri / agency, ngay_giao / assigned_at.");
    expect(await database.db.task.count()).toBe(0);
  });

  it("keeps the written day of a date cell in a zone west of UTC", async () => {
    const file = await write("west.xlsx", await xlsx([HEADERS, ["W-1", "Nhiệm vụ", "Sở Y tế", null, null, excelDate(2019, 1, 3), excelDate(2019, 3, 31), null, null]]));
    const result = await cli(importCommand, [file], { APP_TIMEZONE: "America/New_York" });
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const task = await database.db.task.findUniqueOrThrow({ where: { code: "W-1" } });
    expect(task.assignedAt.toISOString()).toBe("2019-01-03T05:00:00.000Z"); // 03/01 00:00 -05
    expect(task.deadline?.toISOString()).toBe("2019-04-01T03:59:59.999Z"); // 31/03 23:59:59.999 -04
  });

  it("writes the invalid rows of an XLSX file, with their cells and Vietnamese reasons, to --errors", async () => {
    const file = await write("errors.xlsx", await xlsx([
      HEADERS,
      ["E-1", "Hợp lệ", "Sở Y tế", null, null, excelDate(2019, 1, 2), null, null, null],
      ["E-2", null, "Sở Y khoa", null, null, "31/02/2019", null, null, "ghi chú"],
      ["E-3", "Hạn trước ngày giao", "SYT", null, null, excelDate(2019, 1, 10), excelDate(2019, 1, 9), null, null],
    ]));
    const report = join(dir, "loi.xlsx");
    const result = await cli(importCommand, [file, "--errors", report]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Dòng 3, cột “trich_yeu”: không được để trống.");
    expect(result.stdout).toBe(`Đã ghi 2 dòng lỗi vào tệp “${report}”.\n`);
    expect(await database.db.task.count()).toBe(0);

    const rows = await readBack(report);
    expect(rows[0]).toEqual(["Dòng", ...HEADERS, "Lỗi"]);
    expect(rows[1]!.slice(0, 10)).toEqual([3, "E-2", "", "Sở Y khoa", "", "", "31/02/2019", "", "", "ghi chú"]);
    expect(String(rows[1]![10]).split("\n")).toEqual([
      "Cột “trich_yeu”: không được để trống.",
      "Cột “co_quan_chu_tri”: không tìm thấy cơ quan “Sở Y khoa”. Ý bạn là: Sở Y tế?",
      "Cột “ngay_giao”: “31/02/2019” không phải là ngày có thật.",
    ]);
    expect(rows[2]!.slice(0, 8)).toEqual([4, "E-3", "Hạn trước ngày giao", "SYT", "", "", "10/01/2019", "09/01/2019"]);
    expect(rows[2]![10]).toBe("Cột “han_xu_ly”: hạn xử lý 09/01/2019 trước ngày giao 10/01/2019.");
    expect(rows).toHaveLength(3);
  });

  it("writes the report of a BOM-less CSV file as CSV in English, which reads back as the same rows", async () => {
    const source = readFileSync(fixturePath("tasks-errors.csv"));
    expect(source.subarray(0, 3)).not.toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const report = join(dir, "errors.csv");
    const result = await cli(importCommand, [fixturePath("tasks-errors.csv"), "--skip-invalid", "--errors", report], { DEFAULT_LANGUAGE: "en" });
    expect(result.code).toBe(0);
    expect(await database.db.task.count()).toBe(2);
    const bytes = readFileSync(report);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const read = readCsvTable(bytes);
    if (!read.ok) throw new Error(read.error.key);
    expect(read.table.headers).toEqual(["Line", ...HEADERS, "Errors"]);
    expect(read.table.rows.map((r) => r.cells[0])).toEqual(["3", "4", "5", "6", "7", "8", "9", "10", "11", "13"]);
    const multiline = read.table.rows.find((r) => r.cells[0] === "11")!;
    expect(multiline.cells[2]).toBe("Trích yếu\nhai dòng");
    const short = read.table.rows.find((r) => r.cells[0] === "10")!;
    expect(short.cells.slice(1, 5)).toEqual(["E-08", "Thiếu ô", "Sở Y tế", "02/01/2019"]);
    expect(short.cells.at(-1)).toBe("Whole row: has 4 cells but the header has 9 columns.");
    // Fixed, the report imports: its line and error columns are ignored.
    const fixed = bytes.toString("utf8").replace("E-02,,", "E-02,Đã sửa trích yếu,");
    const again = await cli(importCommand, [await write("fixed.csv", fixed), "--skip-invalid"], { DEFAULT_LANGUAGE: "en" });
    expect(again.stderr).toContain("Ignored");
    expect(await database.db.task.findUnique({ where: { code: "E-02" } })).not.toBeNull();
  });

  it("writes an empty report when every row is valid, and refuses other report formats", async () => {
    const report = join(dir, "none.xlsx");
    const ok = await cli(importCommand, [fixturePath("tasks-vi.csv"), "--dry-run", "--errors", report]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`Đã ghi 0 dòng lỗi vào tệp “${report}”.`);
    expect(await readBack(report)).toEqual([["Dòng", ...HEADERS, "Lỗi"]]);

    const usage = await cli(importCommand, [fixturePath("tasks-vi.csv"), "--errors", join(dir, "errors.txt")]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--errors");

    const unwritable = await cli(importCommand, [fixturePath("tasks-vi.csv"), "--dry-run", "--errors", join(dir, "missing", "e.xlsx")]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain("Không ghi được tệp báo cáo lỗi");
  });

  it("reports an unreadable or empty workbook without importing", async () => {
    const broken = await cli(importCommand, [await write("broken.xlsx", "not a workbook")]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("Không đọc được tệp Excel");
    const headerOnly = await cli(importCommand, [await write("header.xlsx", await xlsx([HEADERS]))]);
    expect(headerOnly).toMatchObject({ code: 1, stderr: "Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.\n" });
    // A workbook saved under a .csv name is still read as a workbook.
    const renamed = await cli(importCommand, [await write("renamed.csv", await xlsx([HEADERS, ["R-1", "Việc", "STC", null, null, "02/01/2019", null, null, null]]))]);
    expect(renamed).toMatchObject({ code: 0, stderr: "" });
    expect(await database.db.task.count()).toBe(1);
  });
});
