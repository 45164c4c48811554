import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { inflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parse } from "csv-parse/sync";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { openApp } from "../../src/app.js";
import { parseCommandArgs, UsageError } from "../../src/cli/command.js";
import { cliText } from "../../src/cli/cli-text.js";
import { reportCommand } from "../../src/cli/commands/report.js";
import { writeReport, type ReportFiles } from "../../src/reports/write-report.js";
import { createReportText } from "../../src/reports/report-text.js";
import { createTranslator } from "../../src/i18n/translator.js";
import type { ReportData } from "../../src/reports/types.js";

type Row = Record<string, string>;
const seedText = (name: string) => readFileSync(new URL(`../../src/demo/seed/${name}`, import.meta.url), "utf8");
const seed = (name: string) => parse(seedText(name).replace(/^\uFEFF/, ""), { columns: true }) as Row[];
const appendix1 = seed("phu-luc-01.csv");
const appendix2 = seed("phu-luc-02.csv");
const header1 = Object.keys(appendix1[0]!);
const header2 = Object.keys(appendix2[0]!);

/** The seed's appendix 2 abbreviates one name; the report writes every agency's full name (appendix 1). */
const fullName = (tt: string, name: string) => (tt === "" ? name : appendix1.find((r) => r.tt === tt)!.co_quan!);
/** Seed rows as [TT, name, ...numbers], TT "" on the totals row. */
const expected1 = appendix1.map((r) => [r.tt!, r.co_quan!, ...header1.slice(2).map((c) => Number(r[c]))] as const);
const expected2 = appendix2.map((r) => [r.stt!, fullName(r.stt!, r.co_quan!), ...header2.slice(2).map((c) => Number(r[c]))] as const);

/** Vietnamese thousands separator, "-" for zero: how the DOCX tables write numbers. */
const vi = (n: number) => (n === 0 ? "-" : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "."));

describe.each(providers)("inspection report of the 2019 demo on %s", (provider) => {
  let database: TestDatabase;
  let outDir: string;
  let files: ReportFiles;
  let data: ReportData;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const deps = testDeps(database.db);
    const loaded = await loadDemo(deps);
    expect(loaded.tasks).toBe(2139);
    outDir = mkdtempSync(join(tmpdir(), "nhacviec-report-"));
    ({ files, data } = await writeReport(deps, { from: "2019-01-01", to: "2019-06-30", asOf: "2019-06-30", outDir: join(outDir, "out"), text: createReportText(createTranslator(), "vi") }));
  });
  afterAll(async () => {
    await database?.destroy();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it("computes the report's figures from the database", () => {
    expect(data.documents).toBe(685);
    expect(data.tasks).toEqual({ total: 2139, onTime: 883, late: 281, inTerm: 912, overdue: 63 });
    expect(data.done).toBe(1164);
    expect(data.inProgress).toBe(975);
    expect(data.completionRate).toBeCloseTo(1164 / 2139, 10);
    expect(data.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(data.appendix2.total.months.map((m) => [m.assigned, m.done])).toEqual([
      [320, 257], [135, 106], [408, 224], [623, 286], [463, 220], [190, 71],
    ]);
  });

  it("writes the five files", () => {
    expect(Object.values(files).map((f) => f.slice(join(outDir, "out").length + 1)).sort()).toEqual(
      ["bao-cao.docx", "bao-cao.xlsx", "bieu-do.png", "phu-luc-01.csv", "phu-luc-02.csv"],
    );
    for (const file of Object.values(files)) expect(existsSync(file), file).toBe(true);
  });

  it("CSV files read back equal the seed appendices row by row, with a BOM", () => {
    for (const [file, header, expected] of [
      [files.appendix1Csv, header1, expected1],
      [files.appendix2Csv, header2, expected2],
    ] as const) {
      const bytes = readFileSync(file);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parse(bytes.toString("utf8").slice(1), { relax_column_count: false }) as string[][];
      expect(rows[0]).toEqual(header);
      expect(rows.slice(1).map((r) => [r[0], r[1], ...r.slice(2).map(Number)])).toEqual(expected.map((r) => [...r]));
      expect(rows.slice(1).every((r) => r.slice(2).every((v) => /^\d+$/.test(v)))).toBe(true);
    }
  });

  it("XLSX read back: both sheets hold the appendices as numbers, with merged headings and frozen panes", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(files.xlsx);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Phụ lục 01", "Phụ lục 02"]);

    const sheet1 = workbook.getWorksheet("Phụ lục 01")!;
    const merges1 = (sheet1.model as { merges: string[] }).merges;
    expect(merges1).toEqual(expect.arrayContaining(["A6:A8", "B6:B8", "C6:C8", "D6:G6", "D7:E7", "F7:G7"]));
    expect(sheet1.getCell("D6").value).toBe("Kết quả thực hiện");
    expect(["D7", "F7", "D8", "E8", "F8", "G8"].map((a) => sheet1.getCell(a).value)).toEqual([
      "Đã hoàn thành", "Chưa hoàn thành", "Đúng hạn", "Quá hạn", "Trong hạn", "Trễ hạn",
    ]);
    expect(sheet1.getCell("A1").value).toBe("PHỤ LỤC 01");
    expect(String(sheet1.getCell("A3").value)).toContain("30/06/2019");
    expect(sheet1.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 8 });
    expect(readRows(sheet1, 9, expected1.length)).toEqual(expected1.map((r) => [...r]));

    const sheet2 = workbook.getWorksheet("Phụ lục 02")!;
    const merges2 = (sheet2.model as { merges: string[] }).merges;
    expect(merges2).toEqual(
      expect.arrayContaining(["A6:A7", "B6:B7", "C6:D6", "E6:F6", "G6:H6", "I6:J6", "K6:L6", "M6:N6", "O6:Q6"]),
    );
    expect(["C6", "M6", "O6", "C7", "D7", "O7", "P7", "Q7"].map((a) => sheet2.getCell(a).value)).toEqual([
      "Tháng 1", "Tháng 6", "Lũy kế", "Giao", "Đã thực hiện", "Giao", "Đã thực hiện", "Còn phải thực hiện",
    ]);
    expect(sheet2.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 7 });
    expect(readRows(sheet2, 8, expected2.length)).toEqual(expected2.map((r) => [...r]));
    expect(sheet2.getCell("C8").border?.left?.style).toBe("thin");
  });

  it("DOCX read back: the text carries the figures and the appendix tables every row", async () => {
    const zip = await JSZip.loadAsync(readFileSync(files.docx));
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = paragraphs(xml).join("\n");
    for (const s of [
      "UBND TỈNH KON TUM",
      "TỔ KIỂM TRA",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "/BC-TKTra",
      "Kon Tum, ngày",
      "BÁO CÁO",
      "6 tháng đầu năm 2019",
      "685 văn bản",
      "giao 2.139 nhiệm vụ",
      "hoàn thành đúng hạn: 883 nhiệm vụ",
      "quá hạn: 281 nhiệm vụ",
      "trong hạn giải quyết: 912 nhiệm vụ",
      "chưa hoàn thành: 63 nhiệm vụ",
      "đã thực hiện 1.164 nhiệm vụ",
      "đạt 54,4%",
      "còn 975 nhiệm vụ đang thực hiện",
      // The data-quality check (/chatluong) as of the report's date, in section 3; stale after the
      // shipped policy's staleAfterDays (14).
      "Về chất lượng dữ liệu trên Hệ thống (đến ngày 30/06/2019): 91 nhiệm vụ đang thực hiện chưa có thời hạn xử lý; " +
        "936 nhiệm vụ không được cập nhật tiến độ từ 14 ngày trở lên.",
      "Nơi nhận:",
      "TỔ TRƯỞNG",
      "PHỤ LỤC 01",
      "PHỤ LỤC 02",
    ]) {
      expect(text, s).toContain(s);
    }
    // The motto is underlined; the body is Times New Roman 14 pt.
    const motto = xml.slice(xml.lastIndexOf("<w:r>", xml.indexOf("Độc lập - Tự do - Hạnh phúc")), xml.indexOf("Độc lập - Tự do - Hạnh phúc"));
    expect(motto).toMatch(/<w:u /);
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('<w:sz w:val="28"/>');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);

    const tables = tablesOf(xml);
    const a1 = tables.find((t) => t.some((r) => r.includes("Tổng số nhiệm vụ giao")))!;
    const a2 = tables.find((t) => t.some((r) => r.includes("Còn phải thực hiện")))!;
    expect(a1.slice(3)).toEqual(expected1.map(([tt, name, ...n]) => [tt, name, ...n.map(vi)]));
    expect(a2.slice(2)).toEqual(expected2.map(([tt, name, ...n]) => [tt, name, ...n.map(vi)]));
  });

  it("PNG: a valid 1080-px-wide image with bars in the four colours and text drawn", () => {
    const png = decodePng(readFileSync(files.png));
    expect(png.width).toBe(1080);
    expect(png.height).toBeGreaterThan(30 * 80);
    const count = (rgb: [number, number, number]) => png.count((r, g, b) => r === rgb[0] && g === rgb[1] && b === rgb[2]);
    expect(count([0x2e, 0x7d, 0x32])).toBeGreaterThan(10_000); // Hoàn thành đúng hạn
    expect(count([0xf9, 0xa8, 0x25])).toBeGreaterThan(1_000); // Hoàn thành quá hạn
    expect(count([0x19, 0x76, 0xd2])).toBeGreaterThan(10_000); // Chưa hoàn thành trong hạn
    expect(count([0xc6, 0x28, 0x28])).toBeGreaterThan(500); // Chưa hoàn thành trễ hạn
    // Text is near-black; without the shipped fonts nothing dark would be drawn.
    expect(png.count((r, g, b) => r < 80 && g < 80 && b < 80)).toBeGreaterThan(20_000);
    expect(png.count((r, g, b) => r < 250 || g < 250 || b < 250)).toBeLessThan(png.width * png.height);
  });

  it("`nhacviec report` writes the files and prints the figures; --out is required", async () => {
    const dir = join(outDir, "cli");
    const run = await runReport(["--from", "01/01/2019", "--to", "30/06/2019", "--as-of", "30/06/2019", "--out", dir], database);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("685 văn bản, 2.139 nhiệm vụ");
    expect(run.stdout).toContain("54,4%");
    for (const name of ["bao-cao.xlsx", "bao-cao.docx", "bieu-do.png", "phu-luc-01.csv", "phu-luc-02.csv"]) {
      expect(existsSync(join(dir, name)), name).toBe(true);
    }
    expect(readFileSync(join(dir, "phu-luc-01.csv"), "utf8")).toBe(readFileSync(files.appendix1Csv, "utf8"));

    // Without --from/--to the period runs from 1 January of the as-of year.
    const defaults = await runReport(["--as-of", "2019-06-30", "--out", join(outDir, "cli2")], database);
    expect(defaults.code).toBe(0);
    expect(defaults.stdout).toContain("01/01/2019 – 30/06/2019");

    expect((await runReport(["--as-of", "30/06/2019"], database)).code).toBe(2);
    expect((await runReport(["--as-of", "31/02/2019", "--out", dir], database)).code).toBe(2);
    expect((await runReport(["--from", "01/07/2019", "--to", "30/06/2019", "--out", dir], database)).code).toBe(2);
    expect((await runReport(["--from", "01/01/2017", "--to", "30/06/2019", "--out", dir], database)).code).toBe(2);
    expect((await runReport(["--out", dir, "extra"], database)).code).toBe(2);
  });
});

/** Rows [TT, name, ...numbers] from `first`, checking every number is a numeric cell. */
function readRows(sheet: ExcelJS.Worksheet, first: number, count: number): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (let r = first; r < first + count; r++) {
    const row = sheet.getRow(r);
    const values: (string | number)[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const cell = row.getCell(c);
      if (c >= 3) expect(cell.type, `${sheet.name} ${cell.address}`).toBe(ExcelJS.ValueType.Number);
      values.push(c === 1 ? (cell.value === null ? "" : String(cell.value)) : (cell.value as string | number));
    }
    rows.push(values);
  }
  expect(String(sheet.getRow(first + count - 1).getCell(2).value)).toBe("Tổng số");
  expect(sheet.getRow(first + count).getCell(2).value ?? null).toBeNull();
  return rows;
}

const unescape = (s: string) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join("");
const paragraphs = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));
function tablesOf(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1]!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[1]!))),
  );
}

/** Decodes an 8-bit RGB/RGBA, non-interlaced PNG (what resvg writes). */
function decodePng(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (pos < bytes.length) {
    const length = bytes.readUInt32BE(pos);
    const type = bytes.toString("latin1", pos + 4, pos + 8);
    const body = bytes.subarray(pos + 8, pos + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect(body[8]).toBe(8);
      expect([2, 6]).toContain(body[9]);
      expect(body[12]).toBe(0);
      channels = body[9] === 6 ? 4 : 3;
    }
    if (type === "IDAT") idat.push(body);
    pos += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
      pixels[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  return {
    width,
    height,
    count(match: (r: number, g: number, b: number) => boolean): number {
      let n = 0;
      for (let i = 0; i < pixels.length; i += channels) if (match(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!)) n++;
      return n;
    },
  };
}

/** Runs `nhacviec report <args>` the way src/cli/main.ts does, against the test database. */
async function runReport(args: string[], database: TestDatabase): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
  stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
  const env = { DATABASE_URL: database.target.url, LOG_LEVEL: "silent", APP_TIMEZONE: "Asia/Ho_Chi_Minh" };
  try {
    const { values, positionals } = parseCommandArgs(reportCommand, args);
    const code = await reportCommand.run({
      ...cliText(env),
      io: { stdout, stderr, stdin: new PassThrough(), env },
      values,
      positionals,
      openApp: (options) => openApp({ ...options, env }),
    });
    return { code, stdout: out, stderr: err };
  } catch (e) {
    if (e instanceof UsageError) return { code: 2, stdout: out, stderr: e.message };
    throw e;
  }
}
