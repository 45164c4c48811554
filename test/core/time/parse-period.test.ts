import { describe, expect, it } from "vitest";
import { extractPeriodAndAsOf, parsePeriod } from "../../../src/core/time/parse-period.js";

const TZ = "Asia/Ho_Chi_Minh";
/** Wednesday 2019-06-12, 10:00 in Vietnam. */
const NOW = new Date("2019-06-12T03:00:00Z");

const p = (from: string, to: string) => ({ ok: true, period: { from, to } });

describe("parsePeriod: months", () => {
  it.each([
    "tháng 6/2019",
    "thang 6/2019",
    "Tháng 6/2019",
    "THÁNG 6/2019",
    "tháng 06/2019",
    "tháng 6-2019",
    "tháng 6 năm 2019",
    "thang 6 nam 2019",
    "tháng 6 2019",
    "tháng6/2019",
    "6/2019",
    "06/2019",
    "6-2019",
    "T6/2019",
    "t6/2019",
    "T06-2019",
    "month 6/2019",
    "June 2019",
    "jun 2019",
    "2019-06",
    "tháng 6".normalize("NFD") + "/2019",
    "  tháng   6/2019 ",
  ])("%j → June 2019", (input) => {
    expect(parsePeriod(input, NOW, TZ)).toEqual(p("2019-06-01", "2019-06-30"));
  });

  it.each([
    ["tháng 2/2019", "2019-02-01", "2019-02-28"],
    ["tháng 2/2020", "2020-02-01", "2020-02-29"],
    ["tháng 2/2000", "2000-02-01", "2000-02-29"],
    ["tháng 2/1900", "1900-02-01", "1900-02-28"],
    ["12/2019", "2019-12-01", "2019-12-31"],
    ["tháng 4/2019", "2019-04-01", "2019-04-30"],
    ["tháng 9", "2019-09-01", "2019-09-30"], // no year: year of now
  ])("%j → %s..%s", (input, from, to) => {
    expect(parsePeriod(input, NOW, TZ)).toEqual(p(from, to));
  });

  it.each(["tháng 13/2019", "13/2019", "tháng 0/2019", "T13/2019", "thang 13"])("%j → invalid_period", (input) => {
    expect(parsePeriod(input, NOW, TZ)).toEqual({ ok: false, reason: "invalid_period" });
  });
});

describe("parsePeriod: quarters, halves, years", () => {
  it.each([
    "quý 2/2019",
    "quy 2/2019",
    "Quý 2/2019",
    "quý 2 năm 2019",
    "quý 2 - 2019",
    "quý II/2019",
    "quy ii/2019",
    "Q2/2019",
    "q2/2019",
    "Q2 2019",
    "quarter 2 2019",
    "quý 2",
  ])("%j → Q2 2019", (input) => {
    expect(parsePeriod(input, NOW, TZ)).toEqual(p("2019-04-01", "2019-06-30"));
  });

  it.each([
    ["quý 1/2019", "2019-01-01", "2019-03-31"],
    ["quý I/2020", "2020-01-01", "2020-03-31"],
    ["quý III/2019", "2019-07-01", "2019-09-30"],
    ["quý IV/2019", "2019-10-01", "2019-12-31"],
    ["Q4/2019", "2019-10-01", "2019-12-31"],
  ])("%j → %s..%s", (input, from, to) => {
    expect(parsePeriod(input, NOW, TZ)).toEqual(p(from, to));
  });

  it.each(["quý 5/2019", "quý 0/2019", "Q5/2019", "quý 12/2019"])("%j → invalid_period", (input) => {
    expect(parsePeriod(input, NOW, TZ)).toEqual({ ok: false, reason: "invalid_period" });
  });

  it.each([
    ["6 tháng đầu năm 2019", "2019-01-01", "2019-06-30"],
    ["6 thang dau nam 2019", "2019-01-01", "2019-06-30"],
    ["6 tháng cuối năm 2019", "2019-07-01", "2019-12-31"],
    ["9 tháng đầu năm 2019", "2019-01-01", "2019-09-30"],
    ["3 tháng cuối năm 2020", "2020-10-01", "2020-12-31"],
    ["6 tháng đầu năm", "2019-01-01", "2019-06-30"],
    ["nửa đầu năm 2019", "2019-01-01", "2019-06-30"],
    ["nửa cuối năm 2019", "2019-07-01", "2019-12-31"],
    ["H1/2019", "2019-01-01", "2019-06-30"],
    ["H2 2019", "2019-07-01", "2019-12-31"],
    ["first half of 2019", "2019-01-01", "2019-06-30"],
    ["second half 2019", "2019-07-01", "2019-12-31"],
  ])("%j → %s..%s", (input, from, to) => {
    expect(parsePeriod(input, NOW, TZ)).toEqual(p(from, to));
  });

  it("rejects 13 months", () => {
    expect(parsePeriod("13 tháng đầu năm 2019", NOW, TZ)).toEqual({ ok: false, reason: "invalid_period" });
  });

  it.each(["năm 2019", "nam 2019", "Năm 2019", "2019", "year 2019"])("%j → 2019", (input) => {
    expect(parsePeriod(input, NOW, TZ)).toEqual(p("2019-01-01", "2019-12-31"));
  });

  it("accepts explicit years outside 19xx/20xx only with a keyword", () => {
    expect(parsePeriod("năm 2105", NOW, TZ)).toEqual(p("2105-01-01", "2105-12-31"));
    expect(parsePeriod("2105", NOW, TZ)).toEqual({ ok: false, reason: "format" });
  });
});

describe("parsePeriod: explicit ranges and days", () => {
  it.each([
    "từ 01/01/2019 đến 30/06/2019",
    "tu 1/1/2019 den 30/6/2019",
    "Từ ngày 01/01/2019 đến ngày 30/06/2019",
    "từ 01/01/2019 đến hết ngày 30/06/2019",
    "từ 01/01/2019 tới 30/06/2019",
    "from 1/1/2019 to 30/6/2019",
    "from 2019-01-01 to 2019-06-30",
    "01/01/2019 - 30/06/2019",
    "1/1/2019-30/6/2019",
    "01/01/2019 đến 30/06/2019",
    "từ 1/1 đến 30/6", // short dates: year of now
    "từ tháng 1 đến tháng 6/2019",
    "tu thang 1 den thang 6/2019",
    "tháng 1-6/2019",
    "tháng 1/2019 - tháng 6/2019",
  ])("%j → H1 2019", (input) => {
    expect(parsePeriod(input, NOW, TZ)).toEqual(p("2019-01-01", "2019-06-30"));
  });

  it.each([
    ["từ 15/12/2018 đến 15/01/2019", "2018-12-15", "2019-01-15"],
    ["từ 28/02/2020 đến 01/03/2020", "2020-02-28", "2020-03-01"],
    ["từ 30/06/2019 đến 30/06/2019", "2019-06-30", "2019-06-30"],
    ["từ tháng 11/2018 đến tháng 2/2019", "2018-11-01", "2019-02-28"],
    ["ngày 30/06/2019", "2019-06-30", "2019-06-30"],
    ["ngay 30/6", "2019-06-30", "2019-06-30"],
    ["30/06/2019", "2019-06-30", "2019-06-30"],
    ["2019-06-30", "2019-06-30", "2019-06-30"],
  ])("%j → %s..%s", (input, from, to) => {
    expect(parsePeriod(input, NOW, TZ)).toEqual(p(from, to));
  });

  it.each([
    ["từ 01/01/2019 đến 31/02/2019", "invalid_date"],
    ["từ 29/02/2019 đến 30/06/2019", "invalid_date"],
    ["từ 1/1/19 đến 30/6/19", "invalid_date"],
    ["từ 30/06/2019 đến 01/01/2019", "invalid_period"],
    ["từ tháng 6 đến tháng 1/2019", "invalid_period"],
    ["ngày 31/02/2019", "invalid_date"],
    ["31/02/2019", "invalid_date"],
  ])("%j → %s", (input, reason) => {
    expect(parsePeriod(input, NOW, TZ)).toEqual({ ok: false, reason });
  });

  it.each(["", "abc", "Sở Y tế", "đến 30/06/2019", "tháng 6/2019 Sở Y tế", "30/06", "quý", "tháng"])(
    "%j → format",
    (input) => {
      expect(parsePeriod(input, NOW, TZ)).toEqual({ ok: false, reason: "format" });
    },
  );

  it("rejects two periods", () => {
    expect(parsePeriod("tháng 6/2019 quý 2/2019", NOW, TZ)).toEqual({ ok: false, reason: "invalid_period" });
  });
});

describe("parsePeriod: relative to now", () => {
  it.each([
    ["hôm nay", "2019-06-12", "2019-06-12"],
    ["today", "2019-06-12", "2019-06-12"],
    ["hôm qua", "2019-06-11", "2019-06-11"],
    ["tuần này", "2019-06-10", "2019-06-16"],
    ["tuan nay", "2019-06-10", "2019-06-16"],
    ["this week", "2019-06-10", "2019-06-16"],
    ["tuần trước", "2019-06-03", "2019-06-09"],
    ["last week", "2019-06-03", "2019-06-09"],
    ["tuần sau", "2019-06-17", "2019-06-23"],
    ["tháng này", "2019-06-01", "2019-06-30"],
    ["this month", "2019-06-01", "2019-06-30"],
    ["tháng trước", "2019-05-01", "2019-05-31"],
    ["thang truoc", "2019-05-01", "2019-05-31"],
    ["last month", "2019-05-01", "2019-05-31"],
    ["tháng sau", "2019-07-01", "2019-07-31"],
    ["quý này", "2019-04-01", "2019-06-30"],
    ["quý trước", "2019-01-01", "2019-03-31"],
    ["năm nay", "2019-01-01", "2019-12-31"],
    ["nam nay", "2019-01-01", "2019-12-31"],
    ["năm ngoái", "2018-01-01", "2018-12-31"],
    ["năm trước", "2018-01-01", "2018-12-31"],
    ["last year", "2018-01-01", "2018-12-31"],
  ])("%j → %s..%s", (input, from, to) => {
    expect(parsePeriod(input, NOW, TZ)).toEqual(p(from, to));
  });

  // 2019-06-30T17:30Z is Monday 1 July 2019, 00:30 in Vietnam (still Sunday 30 June in UTC).
  const AFTER_MIDNIGHT = new Date("2019-06-30T17:30:00Z");
  it.each([
    ["hôm nay", "2019-07-01", "2019-07-01"],
    ["tuần này", "2019-07-01", "2019-07-07"],
    ["tuần trước", "2019-06-24", "2019-06-30"],
    ["tháng này", "2019-07-01", "2019-07-31"],
    ["tháng trước", "2019-06-01", "2019-06-30"],
    ["quý này", "2019-07-01", "2019-09-30"],
    ["quý trước", "2019-04-01", "2019-06-30"],
  ])("local midnight: %j → %s..%s", (input, from, to) => {
    expect(parsePeriod(input, AFTER_MIDNIGHT, TZ)).toEqual(p(from, to));
  });

  it("uses the zone that is passed in", () => {
    expect(parsePeriod("hôm nay", AFTER_MIDNIGHT, "UTC")).toEqual(p("2019-06-30", "2019-06-30"));
    expect(parsePeriod("tuần này", AFTER_MIDNIGHT, "UTC")).toEqual(p("2019-06-24", "2019-06-30"));
  });

  it.each([
    // now (Vietnam date), expression, from, to
    ["2019-12-31T17:00:00Z", "tuần này", "2019-12-30", "2020-01-05"], // Wed 1 Jan 2020
    ["2019-12-31T17:00:00Z", "tháng trước", "2019-12-01", "2019-12-31"],
    ["2019-12-31T17:00:00Z", "quý trước", "2019-10-01", "2019-12-31"],
    ["2019-12-31T17:00:00Z", "năm nay", "2020-01-01", "2020-12-31"],
    ["2020-03-01T17:00:00Z", "tuần trước", "2020-02-24", "2020-03-01"], // Mon 2 Mar 2020, leap Feb
    ["2020-03-30T17:00:00Z", "tháng trước", "2020-02-01", "2020-02-29"], // 31 Mar 2020
    ["2019-06-09T16:59:59Z", "tuần này", "2019-06-03", "2019-06-09"], // Sun 9 Jun, 23:59:59
    ["2019-06-09T17:00:00Z", "tuần này", "2019-06-10", "2019-06-16"], // Mon 10 Jun, 00:00
  ])("now=%s: %j → %s..%s", (now, input, from, to) => {
    expect(parsePeriod(input, new Date(now), TZ)).toEqual(p(from, to));
  });
});

describe("extractPeriodAndAsOf", () => {
  const Q2 = { from: "2019-04-01", to: "2019-06-30" };
  const JUNE = { from: "2019-06-01", to: "2019-06-30" };
  const H1 = { from: "2019-01-01", to: "2019-06-30" };

  it.each([
    ["Sở Y tế quý 2/2019 đến 30/06/2019", { rest: "Sở Y tế", period: Q2, asOf: "2019-06-30" }],
    ["so y te quy 2/2019 den 30/06/2019", { rest: "so y te", period: Q2, asOf: "2019-06-30" }],
    ["Sở Y tế đến 30/06/2019 quý 2/2019", { rest: "Sở Y tế", period: Q2, asOf: "2019-06-30" }],
    ["quý 2/2019 Sở Y tế đến 30/06/2019", { rest: "Sở Y tế", period: Q2, asOf: "2019-06-30" }],
    ["so y te", { rest: "so y te" }],
    ["", { rest: "" }],
    ["tháng 6/2019", { rest: "", period: JUNE }],
    ["so y te thang 6/2019", { rest: "so y te", period: JUNE }],
    ["Sở Y tế, tháng 6/2019", { rest: "Sở Y tế", period: JUNE }],
    ["từ 01/01/2019 đến 30/06/2019", { rest: "", period: H1 }],
    ["Sở Y tế từ 01/01/2019 đến 30/06/2019", { rest: "Sở Y tế", period: H1 }],
    ["Sở Tư pháp từ 1/1/2019 đến 30/6/2019", { rest: "Sở Tư pháp", period: H1 }],
    ["UBND huyện Tu Mơ Rông tu 1/1/2019 den 30/6/2019", { rest: "UBND huyện Tu Mơ Rông", period: H1 }],
    ["UBND huyện Đăk Tô 6/2019", { rest: "UBND huyện Đăk Tô", period: JUNE }],
    ["UBND huyện Đăk Tô đến 30/06/2019", { rest: "UBND huyện Đăk Tô", asOf: "2019-06-30" }],
    ["UBND huyện Đăk Tô 30/06/2019", { rest: "UBND huyện Đăk Tô", period: { from: "2019-06-30", to: "2019-06-30" } }],
    ["UBND huyen Dak To 30/06/2019", { rest: "UBND huyen Dak To", period: { from: "2019-06-30", to: "2019-06-30" } }],
    ["Thanh tra tỉnh đến 30/06/2019", { rest: "Thanh tra tỉnh", asOf: "2019-06-30" }],
    ["Sở Y tế tính đến ngày 30/6", { rest: "Sở Y tế", asOf: "2019-06-30" }],
    ["Sở Y tế đến hết ngày 30/06/2019", { rest: "Sở Y tế", asOf: "2019-06-30" }],
    ["Sở Y tế đến nay", { rest: "Sở Y tế", asOf: "2019-06-12" }],
    ["Sở Y tế đến hôm nay", { rest: "Sở Y tế", asOf: "2019-06-12" }],
    ["Department of Health Q2/2019 to 2019-06-30", { rest: "Department of Health", period: Q2, asOf: "2019-06-30" }],
    ["Sở Y tế as of 30/06/2019", { rest: "Sở Y tế", asOf: "2019-06-30" }],
    ["Sở Y tế tháng này", { rest: "Sở Y tế", period: JUNE }],
    ["Sở Y tế tuần này", { rest: "Sở Y tế", period: { from: "2019-06-10", to: "2019-06-16" } }],
    ["Sở Y tế năm 2019", { rest: "Sở Y tế", period: { from: "2019-01-01", to: "2019-12-31" } }],
    ["Sở Y tế 2019", { rest: "Sở Y tế", period: { from: "2019-01-01", to: "2019-12-31" } }],
    // capitalised ASCII "Nam" inside a name is not the keyword "năm"
    ["Sở Y tế Quảng Nam 2019", { rest: "Sở Y tế Quảng Nam", period: { from: "2019-01-01", to: "2019-12-31" } }],
    ["Sở Văn hóa, Thể thao và Du lịch quý II/2019", { rest: "Sở Văn hóa, Thể thao và Du lịch", period: Q2 }],
    ["Sở Lao động - Thương binh và Xã hội 6/2019", { rest: "Sở Lao động - Thương binh và Xã hội", period: JUNE }],
    ["UBND huyện Ia H'Drai T6/2019", { rest: "UBND huyện Ia H'Drai", period: JUNE }],
    ["Sở Y tế 6 tháng đầu năm 2019", { rest: "Sở Y tế", period: H1 }],
    // numbers that are not dates stay in the text
    ["Quận 10", { rest: "Quận 10" }],
    ["Trường THPT số 2", { rest: "Trường THPT số 2" }],
    ["Tổ 123", { rest: "Tổ 123" }],
  ])("%j", (args, expected) => {
    expect(extractPeriodAndAsOf(args, NOW, TZ)).toEqual(expected);
  });

  it("keeps the original spelling of the rest, in NFC", () => {
    const r = extractPeriodAndAsOf("Sở Y tế quý 2/2019".normalize("NFD"), NOW, TZ);
    expect(r.rest).toBe("Sở Y tế");
    expect(r.period).toEqual(Q2);
  });

  it.each([
    ["Sở Y tế đến 31/02/2019", "invalid_date", "đến 31/02/2019", "Sở Y tế"],
    ["Sở Y tế đến 29/02/2019", "invalid_date", "đến 29/02/2019", "Sở Y tế"],
    ["Sở Y tế đến 32/01", "invalid_date", "đến 32/01", "Sở Y tế"],
    ["Sở Y tế đến 30/6/19", "invalid_date", "đến 30/6/19", "Sở Y tế"],
    ["Sở Y tế tháng 13/2019", "invalid_period", "tháng 13/2019", "Sở Y tế"],
    ["Sở Y tế quý 5/2019", "invalid_period", "quý 5/2019", "Sở Y tế"],
    ["Sở Y tế từ 30/06/2019 đến 01/01/2019", "invalid_period", "từ 30/06/2019 đến 01/01/2019", "Sở Y tế"],
    ["Sở Y tế 31/02/2019", "invalid_date", "31/02/2019", "Sở Y tế"],
  ])("%j → %s", (args, kind, text, rest) => {
    const r = extractPeriodAndAsOf(args, NOW, TZ);
    expect(r.error).toEqual({ kind, text });
    expect(r.rest).toBe(rest);
  });

  it("reports a second period", () => {
    const r = extractPeriodAndAsOf("Sở Y tế tháng 6/2019 quý 2/2019", NOW, TZ);
    expect(r.error?.kind).toBe("invalid_period");
    expect(r.rest).toBe("Sở Y tế");
  });

  it("reports a second as-of date", () => {
    const r = extractPeriodAndAsOf("Sở Y tế đến 30/06/2019 đến 01/07/2019", NOW, TZ);
    expect(r.asOf).toBe("2019-06-30");
    expect(r.error).toEqual({ kind: "invalid_date", text: "đến 01/07/2019" });
  });

  it("reads short as-of dates in the local year of now", () => {
    const newYearsEve = new Date("2019-12-31T17:30:00Z"); // 1 Jan 2020 in Vietnam
    expect(extractPeriodAndAsOf("Sở Y tế đến 31/12", newYearsEve, TZ).asOf).toBe("2020-12-31");
    expect(extractPeriodAndAsOf("Sở Y tế đến 31/12", newYearsEve, "UTC").asOf).toBe("2019-12-31");
  });

  it("documents the lower-case 'to' limitation", () => {
    expect(extractPeriodAndAsOf("dak to 30/06/2019", NOW, TZ)).toEqual({ rest: "dak", asOf: "2019-06-30" });
    expect(extractPeriodAndAsOf("dak to 6/2019", NOW, TZ)).toEqual({ rest: "dak to", period: JUNE });
  });
});
