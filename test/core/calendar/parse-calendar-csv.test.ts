import { describe, expect, it } from "vitest";
import { parseCalendarCsv } from "../../../src/core/calendar/index.js";

describe("parseCalendarCsv — accepted input", () => {
  it("parses the English header with comments and blank lines", () => {
    const text = [
      "# Official days off, 2026",
      "",
      "date,kind,name",
      "2026-01-01,holiday,Tết Dương lịch",
      "# make-up day",
      "2026-01-10,workday,Làm bù",
      "",
    ].join("\n");
    expect(parseCalendarCsv(text)).toEqual({
      overrides: [
        { date: "2026-01-01", kind: "holiday", name: "Tết Dương lịch" },
        { date: "2026-01-10", kind: "workday", name: "Làm bù" },
      ],
      errors: [],
    });
  });

  it.each([
    ["BOM + CRLF", "\uFEFFdate,kind,name\r\n2026-01-01,holiday,Tết Dương lịch\r\n"],
    ["semicolons", "date;kind;name\n2026-01-01;holiday;Tết Dương lịch\n"],
    ["Vietnamese header", "ngay,loai,ten\n2026-01-01,nghi,Tết Dương lịch\n"],
    ["Vietnamese header with diacritics", "Ngày;Loại;Tên\n2026-01-01;Nghỉ;Tết Dương lịch\n"],
    ["upper-case kind, spaces", "DATE , Kind , Name\n 2026-01-01 , HOLIDAY , Tết Dương lịch \n"],
    ["columns in another order", "name,date,kind\nTết Dương lịch,2026-01-01,holiday\n"],
    ["no trailing newline", "date,kind,name\n2026-01-01,holiday,Tết Dương lịch"],
  ])("%s", (_label, text) => {
    expect(parseCalendarCsv(text)).toEqual({
      overrides: [{ date: "2026-01-01", kind: "holiday", name: "Tết Dương lịch" }],
      errors: [],
    });
  });

  it.each([
    ["lam", "workday"],
    ["làm", "workday"],
    ["Workday", "workday"],
    ["nghi", "holiday"],
    ["nghỉ", "holiday"],
  ])("kind %j → %s", (kind, expected) => {
    expect(parseCalendarCsv(`date,kind,name\n2026-01-10,${kind},x\n`).overrides[0]?.kind).toBe(expected);
  });

  it("keeps separators, quotes and # inside quoted names", () => {
    const text = 'date,kind,name\n2025-05-02,holiday,"Nghỉ hoán đổi, làm bù ""26/4"" #1"\n';
    expect(parseCalendarCsv(text).overrides[0]?.name).toBe('Nghỉ hoán đổi, làm bù "26/4" #1');
  });
});

describe("parseCalendarCsv — errors (with 1-based line numbers)", () => {
  it("reports bad rows and keeps the good ones", () => {
    const text = [
      "# header comment", // 1
      "date,kind,name", // 2
      "2025-02-31,holiday,Không tồn tại", // 3 invalid day
      "2025-01-01,holiday,Tết Dương lịch", // 4 ok
      "2025-04-26,off,Làm bù", // 5 unknown kind
      "2025/04/30,holiday,Chiến thắng", // 6 bad format
      "2025-05-01,holiday,", // 7 missing name
      "2025-01-01,holiday,Trùng", // 8 duplicate
      "2025-09-02,holiday,Quốc khánh,extra", // 9 too many columns
      "2025-09-01,holiday", // 10 too few columns
      "", // 11
      "2025-09-03,nghi,ok", // 12 ok
    ].join("\n");
    const result = parseCalendarCsv(text);
    expect(result.overrides.map((o) => o.date)).toEqual(["2025-01-01", "2025-09-03"]);
    expect(result.errors.map((e) => e.line)).toEqual([3, 5, 6, 7, 8, 9, 10]);
    expect(result.errors[0]?.message).toMatch(/Invalid date "2025-02-31"/);
    expect(result.errors[1]?.message).toMatch(/Unknown kind "off"/);
    expect(result.errors[3]?.message).toMatch(/Missing name/);
    expect(result.errors[4]?.message).toMatch(/Duplicate date 2025-01-01 \(first listed on line 4\)/);
    expect(result.errors[5]?.message).toMatch(/Expected 3 columns, found 4/);
  });

  it("reports several problems of one row together", () => {
    const result = parseCalendarCsv("date,kind,name\n2025-13-01,x,\n");
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message).toMatch(/Invalid date.*Unknown kind.*Missing name/);
  });

  it("gives the first line of a record with a multi-line quoted name", () => {
    const result = parseCalendarCsv('date,kind,name\n2025-01-01,holiday,"a\nb"\n2025-02-30,holiday,x\n');
    expect(result.overrides[0]?.name).toBe("a\nb");
    expect(result.errors).toEqual([{ line: 4, message: expect.stringMatching(/Invalid date/) }]);
  });

  it.each([
    ["", 1, /Missing header/],
    ["# only a comment\n", 1, /Missing header/],
    ["day,type,label\n2025-01-01,holiday,x\n", 1, /Header must name/],
    ["# c\ndate,kind\n2025-01-01,holiday\n", 2, /Header must name/],
    ['date,kind,name\n2025-01-01,holiday,"unclosed\n', 2, /Malformed CSV/],
  ])("fails as a whole on %j", (text, line, message) => {
    const result = parseCalendarCsv(text);
    expect(result.overrides).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.line).toBe(line);
    expect(result.errors[0]?.message).toMatch(message);
  });
});
