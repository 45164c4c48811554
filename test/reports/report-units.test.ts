import { afterAll, beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { parse } from "csv-parse/sync";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { shippedPolicy } from "../helpers/test-deps.js";
import { buildReportData } from "../../src/reports/build-report-data.js";
import { buildChartSvg, chartHeight, escapeXml } from "../../src/reports/chart/svg.js";
import { renderChartPng } from "../../src/reports/chart/png.js";
import { renderCsv } from "../../src/reports/csv.js";
import { renderDocx } from "../../src/reports/docx.js";
import { renderXlsx } from "../../src/reports/xlsx.js";
import { formatNumberEn, formatNumberVi, formatPercentEn, formatPercentVi } from "../../src/reports/format.js";
import { createReportText, inPeriod, periodPhrase, periodRange } from "../../src/reports/report-text.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { resolveReportOptions } from "../../src/reports/options.js";
import { resolvePeriod } from "../../src/reports/period.js";
import { endOfLocalDay } from "../../src/core/time/zone.js";
import type { ReportData } from "../../src/reports/types.js";

const TZ = "Asia/Ho_Chi_Minh";
const translator = createTranslator();
const vi = createReportText(translator, "vi");
const en = createReportText(translator, "en");

describe("report formatting", () => {
  it("writes numbers and rates the Vietnamese way", () => {
    expect([0, 7, 975, 1164, 2139, 100000, 1234567].map(formatNumberVi)).toEqual(["0", "7", "975", "1.164", "2.139", "100.000", "1.234.567"]);
    expect(formatPercentVi(1164 / 2139)).toBe("54,4%");
    expect(formatPercentVi(0)).toBe("0,0%");
    expect(formatPercentVi(1)).toBe("100,0%");
    expect(formatPercentVi(0.99951)).toBe("100,0%");
    expect(formatPercentVi(0.12345)).toBe("12,3%");
  });

  it.each([
    ["2019-01-01", "2019-06-30", "6 tháng đầu năm 2019"],
    ["2019-01-01", "2019-09-30", "9 tháng đầu năm 2019"],
    ["2019-07-01", "2019-12-31", "6 tháng cuối năm 2019"],
    ["2019-01-01", "2019-12-31", "năm 2019"],
    ["2019-04-01", "2019-06-30", "quý II năm 2019"],
    ["2019-10-01", "2019-12-31", "quý IV năm 2019"],
    ["2019-05-01", "2019-05-31", "tháng 5 năm 2019"],
    ["2019-02-01", "2019-05-31", "từ tháng 2 đến tháng 5 năm 2019"],
    ["2019-01-15", "2019-06-30", "từ ngày 15/01/2019 đến ngày 30/06/2019"],
    ["2019-07-01", "2020-06-30", "từ ngày 01/07/2019 đến ngày 30/06/2020"],
  ])("names the period %s..%s \"%s\"", (from, to, phrase) => {
    expect(periodPhrase({ from, to }, vi)).toBe(phrase);
  });

  it("writes numbers and rates the English way for an English report", () => {
    expect([0, 975, 2139, 1234567].map(formatNumberEn)).toEqual(["0", "975", "2,139", "1,234,567"]);
    expect(formatPercentEn(1164 / 2139)).toBe("54.4%");
    expect([en.number(2139), en.percent(0.5), en.cell(0), en.cell(1164)]).toEqual(["2,139", "50.0%", "-", "1,164"]);
    expect([vi.number(2139), vi.percent(0.5), vi.cell(0), vi.cell(1164)]).toEqual(["2.139", "50,0%", "-", "1.164"]);
  });

  it.each([
    ["2019-01-01", "2019-06-30", "the first 6 months of 2019", "in the first 6 months of 2019", "trong 6 tháng đầu năm 2019"],
    ["2019-07-01", "2019-12-31", "the last 6 months of 2019", "in the last 6 months of 2019", "trong 6 tháng cuối năm 2019"],
    ["2019-01-01", "2019-12-31", "the year 2019", "in the year 2019", "trong năm 2019"],
    ["2019-04-01", "2019-06-30", "quarter II of 2019", "in quarter II of 2019", "trong quý II năm 2019"],
    ["2019-05-01", "2019-05-31", "May 2019", "in May 2019", "trong tháng 5 năm 2019"],
    ["2019-02-01", "2019-05-31", "from February to May 2019", "from February to May 2019", "từ tháng 2 đến tháng 5 năm 2019"],
    ["2019-01-15", "2019-06-30", "from 15/01/2019 to 30/06/2019", "from 15/01/2019 to 30/06/2019", "từ ngày 15/01/2019 đến ngày 30/06/2019"],
  ])("names the period %s..%s \"%s\" in English", (from, to, phrase, inEnglish, inVietnamese) => {
    expect(periodPhrase({ from, to }, en)).toBe(phrase);
    expect(inPeriod({ from, to }, en)).toBe(inEnglish);
    expect(inPeriod({ from, to }, vi)).toBe(inVietnamese);
  });

  it("writes the date range of section 1 as the signed report does", () => {
    expect(periodRange({ from: "2019-01-01", to: "2019-06-30" }, vi)).toBe("từ ngày 01 tháng 01 đến ngày 30 tháng 6 năm 2019");
    expect(periodRange({ from: "2018-12-01", to: "2019-02-05" }, vi)).toBe("từ ngày 01 tháng 12 năm 2018 đến ngày 05 tháng 02 năm 2019");
    expect(periodRange({ from: "2018-12-01", to: "2019-02-05" }, en)).toBe("from 01/12/2018 to 05/02/2019");
  });

  it("takes the place from the authority unless given", () => {
    expect(resolveReportOptions().place).toBe("Kon Tum");
    expect(resolveReportOptions({ authority: "UBND tỉnh Gia Lai" }).place).toBe("Gia Lai");
    expect(resolveReportOptions({ authority: "UBND thành phố Đà Nẵng", place: "Đà Nẵng" }).place).toBe("Đà Nẵng");
  });
});

describe("report period", () => {
  it("defaults to 1 January of the as-of year through the as-of day", () => {
    const p = resolvePeriod({ asOf: "2019-06-30" }, TZ);
    expect(p.period).toEqual({ from: "2019-01-01", to: "2019-06-30" });
    expect(p.asOf.toISOString()).toBe("2019-06-30T16:59:59.999Z");
    expect(p.fromInstant.toISOString()).toBe("2018-12-31T17:00:00.000Z");
    expect(p.months.map((m) => `${m.year}-${m.month}`)).toEqual(["2019-1", "2019-2", "2019-3", "2019-4", "2019-5", "2019-6"]);
    expect(p.months[1]!.start.toISOString()).toBe("2019-01-31T17:00:00.000Z");
  });

  it("rejects a reversed period and one longer than 24 months", () => {
    expect(() => resolvePeriod({ from: "2019-07-01", to: "2019-06-30", asOf: "2019-06-30" }, TZ)).toThrow(RangeError);
    expect(() => resolvePeriod({ from: "2018-01-01", to: "2019-12-31", asOf: "2019-12-31" }, TZ)).not.toThrow();
    expect(() => resolvePeriod({ from: "2018-01-01", to: "2020-01-01", asOf: "2020-01-01" }, TZ)).toThrow(/24 months/);
  });
});

/** A small report with awkward names, built by hand. */
function sample(names: string[]): ReportData {
  const rows = names.map((name, i) => ({
    order: i + 1,
    agency: { id: i + 1, code: `A${i}`, name, displayOrder: i },
    total: 10 * (i + 1),
    onTime: 4 * (i + 1),
    late: 3 * (i + 1),
    inTerm: 2 * (i + 1),
    overdue: i + 1,
  }));
  const months = [
    { year: 2019, month: 12, start: new Date("2019-11-30T17:00:00Z") },
    { year: 2020, month: 1, start: new Date("2019-12-31T17:00:00Z") },
  ];
  const a2 = rows.map((r) => ({
    order: r.order,
    agency: r.agency,
    months: [{ assigned: r.total - 1, done: r.onTime }, { assigned: 1, done: r.late }],
    assigned: r.total,
    done: r.onTime + r.late,
    remaining: r.total - r.onTime - r.late,
  }));
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
  const tasks = { total: sum((r) => r.total), onTime: sum((r) => r.onTime), late: sum((r) => r.late), inTerm: sum((r) => r.inTerm), overdue: sum((r) => r.overdue) };
  return {
    timeZone: TZ,
    asOf: endOfLocalDay("2020-01-31", TZ),
    asOfDate: "2020-01-31",
    period: { from: "2019-12-01", to: "2020-01-31" },
    months,
    documents: 3,
    tasks,
    done: tasks.onTime + tasks.late,
    inProgress: tasks.inTerm + tasks.overdue,
    completionRate: (tasks.onTime + tasks.late) / tasks.total,
    appendix1: { rows, total: tasks },
    appendix2: {
      rows: a2,
      total: {
        months: [0, 1].map((m) => ({ assigned: sum((r) => a2[r.order - 1]!.months[m]!.assigned), done: sum((r) => a2[r.order - 1]!.months[m]!.done) })),
        assigned: tasks.total,
        done: tasks.onTime + tasks.late,
        remaining: tasks.inTerm + tasks.overdue,
      },
    },
    quality: {
      asOf: endOfLocalDay("2020-01-31", TZ),
      asOfDate: "2020-01-31",
      staleDays: 30,
      openWithoutDeadline: { count: 0, items: [] },
      stale: { count: 0, items: [] },
      agenciesWithoutFocal: { count: 1, items: [{ id: 1, code: "A0", name: names[0]! }] },
      doneWithoutNote: { count: 0, items: [] },
    },
  };
}

describe("renderers with unusual names and a period across two years", () => {
  const names = ['Sở "A" & <B>', "=SUM(A1)", "Ban, có dấu phẩy\nvà xuống dòng"];
  const data = sample(names);

  it("CSV quotes what needs quoting, disarms formulas and names months with their year", () => {
    const csv = renderCsv(data, vi);
    expect(csv.appendix1.startsWith("\uFEFFtt,co_quan,")).toBe(true);
    expect(csv.appendix1.endsWith("\r\n")).toBe(true);
    const rows = parse(csv.appendix1.slice(1)) as string[][];
    expect(rows.slice(1, 4).map((r) => r[1])).toEqual(['Sở "A" & <B>', "'=SUM(A1)", "Ban, có dấu phẩy\nvà xuống dòng"]);
    expect(rows[4]).toEqual(["", "Tổng số", "60", "24", "18", "12", "6"]);
    const header2 = (parse(csv.appendix2.slice(1)) as string[][])[0];
    expect(header2).toEqual([
      "stt", "co_quan", "thang12_2019_giao", "thang12_2019_da_thuc_hien", "thang1_2020_giao", "thang1_2020_da_thuc_hien",
      "luy_ke_giao", "luy_ke_da_thuc_hien", "con_phai_thuc_hien",
    ]);
  });

  it("the chart escapes names and grows with the number of agencies", () => {
    const { svg, width, height } = buildChartSvg(data, vi);
    expect(width).toBe(1080);
    expect(height).toBe(chartHeight(3));
    expect(chartHeight(31)).toBeGreaterThan(chartHeight(30));
    expect(svg).toContain("Sở &quot;A&quot; &amp; &lt;B&gt;");
    expect(svg).not.toContain("<B>");
    expect(escapeXml(`a&b<c>"d"'e'`)).toBe("a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;");
    const png = renderChartPng(data, vi);
    expect(png.readUInt32BE(16)).toBe(1080);
    expect(png.readUInt32BE(20)).toBe(chartHeight(3));
  });

  it("DOCX and XLSX label months with their year and keep names intact", async () => {
    const zip = await JSZip.loadAsync(await renderDocx(data, vi, { authority: "UBND tỉnh Gia Lai", unit: "Văn phòng", symbol: "BC-VP", signerName: "Nguyễn Văn A" }));
    const xml = await zip.file("word/document.xml")!.async("string");
    for (const s of ["UBND TỈNH GIA LAI", "VĂN PHÒNG", "/BC-VP", "Gia Lai, ngày", "Tháng 12/2019", "Tháng 1/2020", "Nguyễn Văn A", "Sở &quot;A&quot; &amp; &lt;B&gt;"]) {
      expect(xml, s).toContain(s);
    }
    expect(xml).toContain("từ ngày 01/12/2019 đến ngày 31/01/2020");
    expect(xml).toContain("(đến ngày 31/01/2020): 1 cơ quan chưa có cán bộ đầu mối liên lạc được (Sở &quot;A&quot; &amp; &lt;B&gt;).");
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(data, vi)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Phụ lục 02")!;
    expect([sheet.getCell("C6").value, sheet.getCell("E6").value, sheet.getCell("G6").value]).toEqual(["Tháng 12/2019", "Tháng 1/2020", "Lũy kế"]);
    expect(sheet.getCell("B8").value).toBe('Sở "A" & <B>');
  });
});

describe("renderers in English", () => {
  const names = ["Gia Lai Department of Health", "Office of the Provincial People's Committee", "Ban, có dấu"];
  const data = sample(names);
  const options = { authority: "Gia Lai Provincial People's Committee", unit: "Inspection Team", place: "Gia Lai", signerTitle: "Team leader", recipients: ["Archive."] };
  /** Vietnamese letters left once the data (agency names) is taken out: the words the renderer wrote. */
  const vietnameseWords = (text: string) => {
    let rest = text.normalize("NFC");
    for (const name of names) rest = rest.split(name).join("");
    return rest.match(/[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]+/giu) ?? [];
  };

  it("writes the DOCX draft in English, with English numbers", async () => {
    const zip = await JSZip.loadAsync(await renderDocx(data, en, options));
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join("\n").replace(/&apos;/g, "'");
    for (const s of [
      "SOCIALIST REPUBLIC OF VIETNAM",
      "REPORT",
      "GIA LAI PROVINCIAL PEOPLE'S COMMITTEE",
      "1. Tasks assigned and tracked",
      "From 01/12/2019 to 31/01/2020 (report data exported up to 31/01/2020)",
      "In total 42 tasks were completed, a completion rate of 70.0%",
      "APPENDIX 01",
      "December 2019",
      "January 2020",
      "Recipients:",
    ]) {
      expect(text, s).toContain(s);
    }
    expect(vietnameseWords(text)).toEqual([]);
  });

  it("writes the XLSX, the CSV and the chart in English", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(data, en, options)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Appendix 01", "Appendix 02"]);
    const cells = workbook.worksheets.flatMap((w) => w.getSheetValues().flat().filter((v) => typeof v === "string") as string[]);
    expect(cells).toContain("APPENDIX 01");
    expect(cells).toContain("Total");
    expect(vietnameseWords(cells.join("\n"))).toEqual([]);

    const csv = renderCsv(data, en);
    expect(csv.appendix1).toContain("\r\n,Total,60,24,18,12,6\r\n");

    const { svg } = buildChartSvg(data, en);
    for (const s of ["Task results by agency", "From 01/12/2019 to 31/01/2020", "60 tasks · 42 completed (70.0%)", "Completed on time: 24"]) {
      expect(svg, s).toContain(s);
    }
    expect(vietnameseWords(svg)).toEqual([]);
  });
});

describe.each(providers)("buildReportData on hand-made tasks (%s)", (provider) => {
  let database: TestDatabase;
  const at = (iso: string) => new Date(iso);

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const db = database.db;
    await db.agency.createMany({
      data: [
        { code: "X", name: "Cơ quan X", displayOrder: 2 },
        { code: "Y", name: "Cơ quan Y", displayOrder: 1 },
        { code: "Z", name: "Cơ quan Z (ngừng)", displayOrder: 3, active: false },
      ],
    });
    const id = Object.fromEntries((await db.agency.findMany()).map((a) => [a.code, a.id]));
    const [d1, d2] = await Promise.all(
      ["1/UBND", "2/UBND"].map((number) => db.document.create({ data: { key: `${number}|2019`, number } })),
    );
    const deadline = (date: string) => endOfLocalDay(date, TZ);
    const tasks = [
      // 00:30 on 1 February in Vietnam is still 31 January in UTC: it belongs to February.
      { code: "T1", agencyId: id.X!, documentId: d1!.id, assignedAt: at("2019-01-31T17:30:00Z"), deadline: deadline("2019-02-10"), completedAt: at("2019-02-05T09:00:00+07:00"), status: "done" },
      // 23:30 on 31 January in Vietnam: January.
      { code: "T2", agencyId: id.X!, documentId: d1!.id, assignedAt: at("2019-01-31T23:30:00+07:00"), deadline: deadline("2019-02-01"), completedAt: at("2019-02-03T09:00:00+07:00"), status: "done" },
      // Completed after the as-of date: counts as not done, overdue.
      { code: "T3", agencyId: id.Y!, documentId: d2!.id, assignedAt: at("2019-02-10T08:00:00+07:00"), deadline: deadline("2019-02-20"), completedAt: at("2019-03-05T09:00:00+07:00"), status: "done" },
      // No document, no deadline: in term.
      { code: "T4", agencyId: id.Y!, documentId: null, assignedAt: at("2019-02-11T08:00:00+07:00"), deadline: null, completedAt: null, status: "open" },
      // Cancelled: never counts, nor does its document.
      { code: "T5", agencyId: id.Z!, documentId: d2!.id, assignedAt: at("2019-02-11T08:00:00+07:00"), deadline: null, completedAt: null, status: "cancelled" },
      // Assigned after the as-of date: does not count.
      { code: "T6", agencyId: id.Y!, documentId: d2!.id, assignedAt: at("2019-03-01T08:00:00+07:00"), deadline: null, completedAt: null, status: "open" },
      // Assigned before the period: does not count.
      { code: "T7", agencyId: id.X!, documentId: d2!.id, assignedAt: at("2018-12-31T23:00:00+07:00"), deadline: null, completedAt: null, status: "open" },
    ];
    await db.task.createMany({ data: tasks.map((t) => ({ ...t, title: t.code, originalDeadline: t.deadline })) });
  });
  afterAll(() => database?.destroy());

  it("buckets by local month, counts completion as of the as-of date and skips what does not count", async () => {
    const data = await buildReportData({ db: database.db, timeZone: TZ, policy: shippedPolicy }, { asOf: "2019-02-28" });
    expect(data.period).toEqual({ from: "2019-01-01", to: "2019-02-28" });
    expect(data.tasks).toEqual({ total: 4, onTime: 1, late: 1, inTerm: 1, overdue: 1 });
    expect(data.documents).toBe(2);
    expect(data.done).toBe(2);
    expect(data.inProgress).toBe(2);
    expect(data.completionRate).toBe(0.5);
    // Display order: Y before X; the inactive agency without counted tasks is left out.
    expect(data.appendix1.rows.map((r) => [r.order, r.agency.name, r.total, r.onTime, r.late, r.inTerm, r.overdue])).toEqual([
      [1, "Cơ quan Y", 2, 0, 0, 1, 1],
      [2, "Cơ quan X", 2, 1, 1, 0, 0],
    ]);
    expect(data.appendix2.rows.map((r) => [r.agency.name, r.months.map((m) => [m.assigned, m.done]), r.assigned, r.done, r.remaining])).toEqual([
      ["Cơ quan Y", [[0, 0], [2, 0]], 2, 0, 2],
      ["Cơ quan X", [[1, 1], [1, 1]], 2, 2, 0],
    ]);
    expect(data.appendix2.total).toEqual({ months: [{ assigned: 1, done: 1 }, { assigned: 3, done: 1 }], assigned: 4, done: 2, remaining: 2 });
  });

  it("handles a one-month period and an empty one", async () => {
    const feb = await buildReportData({ db: database.db, timeZone: TZ, policy: shippedPolicy }, { from: "2019-02-01", to: "2019-02-28", asOf: "2019-03-31" });
    expect(feb.months).toHaveLength(1);
    expect(feb.tasks.total).toBe(3);
    expect(feb.appendix2.total).toEqual({ months: [{ assigned: 3, done: 2 }], assigned: 3, done: 2, remaining: 1 });
    const empty = await buildReportData({ db: database.db, timeZone: TZ, policy: shippedPolicy }, { from: "2020-01-01", to: "2020-03-31", asOf: "2020-03-31" });
    expect(empty.tasks.total).toBe(0);
    expect(empty.documents).toBe(0);
    expect(empty.completionRate).toBe(0);
    expect(renderChartPng(empty, vi).length).toBeGreaterThan(1000);
    expect((await renderDocx(empty, vi)).length).toBeGreaterThan(1000);
  });
});
