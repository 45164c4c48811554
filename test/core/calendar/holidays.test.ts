import { describe, expect, it } from "vitest";
import {
  defaultHolidays,
  isWeekend,
  statutoryHolidays,
  withCompensatoryDays,
  type Holiday,
} from "../../../src/core/calendar/index.js";

const dates = (list: readonly Holiday[]): string[] => list.map((h) => h.date);

describe("statutoryHolidays (Labour Code 2019, art. 112(1))", () => {
  // 2019 as a sample year. Tết Kỷ Hợi: mùng 1 = Tue 2019-02-05; the computed
  // five days (30 tháng Chạp … mùng 4) are Mon 4/2 – Fri 8/2, exactly the
  // weekdays of the official break 2/2 – 10/2/2019, so the working days agree.
  // Official 2019 differences, which show why yearly overrides are needed:
  // 30/4 – 1/5 was extended by swapping Mon 29/4 with Saturday 4/5, and 2019
  // was still under the Labour Code 2012 (a single National Day, so 3/9/2019
  // was a working day).
  const expected2019: [string, string][] = [
    ["2019-01-01", "Tết Dương lịch"],
    ["2019-02-04", "Tết Nguyên đán Kỷ Hợi (30 tháng Chạp)"],
    ["2019-02-05", "Tết Nguyên đán Kỷ Hợi (mùng 1 tháng Giêng)"],
    ["2019-02-06", "Tết Nguyên đán Kỷ Hợi (mùng 2 tháng Giêng)"],
    ["2019-02-07", "Tết Nguyên đán Kỷ Hợi (mùng 3 tháng Giêng)"],
    ["2019-02-08", "Tết Nguyên đán Kỷ Hợi (mùng 4 tháng Giêng)"],
    ["2019-04-14", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"],
    ["2019-04-30", "Ngày Chiến thắng (30/4)"],
    ["2019-05-01", "Ngày Quốc tế Lao động (1/5)"],
    ["2019-09-02", "Quốc khánh (2/9)"],
    ["2019-09-03", "Quốc khánh (ngày liền kề 3/9)"],
  ];

  it("lists the eleven statutory days of 2019 in order", () => {
    expect(statutoryHolidays(2019).map((h) => [h.date, h.name])).toEqual(expected2019);
    expect(statutoryHolidays(2019).every((h) => h.source === "computed")).toBe(true);
  });

  it.each([
    [2022, ["2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04"], "2022-04-10"],
    [2025, ["2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01"], "2025-04-07"],
    [2026, ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"], "2026-04-26"],
    [2030, ["2030-02-01", "2030-02-02", "2030-02-03", "2030-02-04", "2030-02-05"], "2030-04-12"],
  ])("%i: Tết days %j, Giỗ Tổ %s", (year, tet, gioTo) => {
    const list = statutoryHolidays(year);
    expect(dates(list.filter((h) => h.name.startsWith("Tết Nguyên đán")))).toEqual(tet);
    expect(list.find((h) => h.name.startsWith("Giỗ Tổ"))?.date).toBe(gioTo);
    expect(list).toHaveLength(11);
  });

  it("names the last day 29 tháng Chạp when month 12 is short", () => {
    expect(statutoryHolidays(2026)[1]?.name).toBe("Tết Nguyên đán Bính Ngọ (29 tháng Chạp)");
  });

  it("throws outside the lunar calendar's range", () => {
    expect(() => statutoryHolidays(1899)).toThrow(RangeError);
    expect(() => statutoryHolidays(2200)).toThrow(RangeError);
  });
});

describe("withCompensatoryDays (Labour Code 2019, art. 111(3))", () => {
  it.each([
    // year, expected compensatory days (date, name)
    [2019, [["2019-04-15", "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)"]]],
    // 1/1 Sat; Giỗ Tổ Sun 10/4; 30/4 Sat + 1/5 Sun; 3/9 Sat (the official
    // 2022 arrangement matched except for National Day, where 1/9 was chosen).
    [
      2022,
      [
        ["2022-01-03", "Nghỉ bù Tết Dương lịch"],
        ["2022-04-11", "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)"],
        ["2022-05-02", "Nghỉ bù Ngày Chiến thắng (30/4)"],
        ["2022-05-03", "Nghỉ bù Ngày Quốc tế Lao động (1/5)"],
        ["2022-09-05", "Nghỉ bù Quốc khánh (ngày liền kề 3/9)"],
      ],
    ],
    // Tết Quý Mão: Sat 21/1 (30 Tết) and Sun 22/1 (mùng 1) → Thu 26/1, Fri 27/1;
    // Giỗ Tổ Sat 29/4 and 30/4 Sun, with 1/5 on Monday → Tue 2/5 and Wed 3/5.
    [
      2023,
      [
        ["2023-01-02", "Nghỉ bù Tết Dương lịch"],
        ["2023-01-26", "Nghỉ bù Tết Nguyên đán Quý Mão (30 tháng Chạp)"],
        ["2023-01-27", "Nghỉ bù Tết Nguyên đán Quý Mão (mùng 1 tháng Giêng)"],
        ["2023-05-02", "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)"],
        ["2023-05-03", "Nghỉ bù Ngày Chiến thắng (30/4)"],
        ["2023-09-04", "Nghỉ bù Quốc khánh (2/9)"],
        ["2023-09-05", "Nghỉ bù Quốc khánh (ngày liền kề 3/9)"],
      ],
    ],
    // Tết Ất Tỵ computed: 28/1 … Sat 1/2 → Monday 3/2.
    [2025, [["2025-02-03", "Nghỉ bù Tết Nguyên đán Ất Tỵ (mùng 4 tháng Giêng)"]]],
    [2026, [["2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)"]]],
    // 1/1 Sat; Tết Mậu Thân ends Sat 29/1; 30/4 Sun with 1/5 on Monday;
    // 2/9 Sat and 3/9 Sun → Mon 4/9, Tue 5/9.
    [
      2028,
      [
        ["2028-01-03", "Nghỉ bù Tết Dương lịch"],
        ["2028-01-31", "Nghỉ bù Tết Nguyên đán Mậu Thân (mùng 4 tháng Giêng)"],
        ["2028-05-02", "Nghỉ bù Ngày Chiến thắng (30/4)"],
        ["2028-09-04", "Nghỉ bù Quốc khánh (2/9)"],
        ["2028-09-05", "Nghỉ bù Quốc khánh (ngày liền kề 3/9)"],
      ],
    ],
  ])("%i", (year, expected) => {
    const statutory = new Set(dates(statutoryHolidays(year)));
    const added = defaultHolidays(year).filter((h) => !statutory.has(h.date));
    expect(added.map((h) => [h.date, h.name])).toEqual(expected);
  });

  it("never puts a compensatory day on a weekend or another holiday", () => {
    for (let year = 2021; year <= 2060; year++) {
      const all = defaultHolidays(year);
      expect(new Set(dates(all)).size).toBe(all.length);
      const weekendHolidays = statutoryHolidays(year).filter((h) => isWeekend(h.date)).length;
      const compensatory = all.filter((h) => h.name.startsWith("Nghỉ bù"));
      expect(compensatory).toHaveLength(weekendHolidays);
      expect(compensatory.every((h) => !isWeekend(h.date) && h.date.startsWith(String(year)))).toBe(true);
    }
  });

  it("leaves weekday-only lists unchanged and returns a sorted copy", () => {
    const input: Holiday[] = [
      { date: "2026-05-01", name: "B", source: "computed" },
      { date: "2026-04-30", name: "A", source: "computed" },
    ];
    expect(dates(withCompensatoryDays(input))).toEqual(["2026-04-30", "2026-05-01"]);
    expect(dates(input)).toEqual(["2026-05-01", "2026-04-30"]);
  });
});
