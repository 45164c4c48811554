import { describe, expect, it } from "vitest";
import { createStatsCache, statsCacheKey } from "../../../src/core/stats/stats-cache.js";
import type { StatsResult } from "../../../src/core/stats/compute-stats.js";

const C = new Date("2019-06-30T16:59:59.999Z");
const later = (ms: number) => new Date(C.getTime() + ms);

/** A result whose total tells which computation it came from. */
const result = (total: number, asOf = C): StatsResult => ({
  asOf,
  rows: [{ agency: { id: 1, code: "SYT", name: "Sở Y tế", displayOrder: 1 }, total, onTime: total, late: 0, inTerm: 0, overdue: 0 }],
  total: { total, onTime: total, late: 0, inTerm: 0, overdue: 0 },
});

describe("statsCacheKey", () => {
  it("leaves out the as-of instant, and reads agency lists as sets", () => {
    expect(statsCacheKey("v1", { asOf: C })).toBe(statsCacheKey("v1", { asOf: later(86_400_000) }));
    expect(statsCacheKey("v1", { asOf: C, agencyIds: [3, 1, 3] })).toBe(statsCacheKey("v1", { asOf: C, agencyIds: [1, 3] }));
  });

  it("tells apart versions, periods, agency lists, no list and an empty list", () => {
    const keys = [
      statsCacheKey("v1", { asOf: C }),
      statsCacheKey("v2", { asOf: C }),
      statsCacheKey("v1", { asOf: C, assignedFrom: new Date("2019-01-01T00:00:00+07:00") }),
      statsCacheKey("v1", { asOf: C, assignedTo: new Date("2019-01-01T00:00:00+07:00") }),
      statsCacheKey("v1", { asOf: C, agencyIds: [1] }),
      statsCacheKey("v1", { asOf: C, agencyIds: [12] }),
      statsCacheKey("v1", { asOf: C, agencyIds: [1, 2] }),
      statsCacheKey("v1", { asOf: C, agencyIds: [] }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("createStatsCache", () => {
  it("answers for as-of instants from the counted one up to, not including, the next change", () => {
    const cache = createStatsCache();
    cache.set("v1", { asOf: C }, result(7), later(1_000));
    expect(cache.get("v1", { asOf: C })?.total.total).toBe(7);
    expect(cache.get("v1", { asOf: later(999) })).toEqual(result(7, later(999)));
    expect(cache.get("v1", { asOf: later(1_000) })).toBeUndefined();
    expect(cache.get("v1", { asOf: later(-1) })).toBeUndefined();
    expect(cache.get("v2", { asOf: C })).toBeUndefined();
    expect(cache.get("v1", { asOf: C, agencyIds: [1] })).toBeUndefined();
  });

  it("keeps a result with no next change for every later instant", () => {
    const cache = createStatsCache();
    cache.set("v1", { asOf: C }, result(7), null);
    expect(cache.get("v1", { asOf: later(10 * 365 * 86_400_000) })?.total.total).toBe(7);
  });

  it("keeps a few as-of intervals per filter, the newest first", () => {
    const cache = createStatsCache();
    const day = 86_400_000;
    for (let i = 0; i < 5; i++) cache.set("v1", { asOf: later(i * day) }, result(i, later(i * day)), later(i * day + 1_000));
    expect(cache.size).toBe(1);
    expect(cache.get("v1", { asOf: later(0) })).toBeUndefined();
    for (let i = 1; i < 5; i++) expect(cache.get("v1", { asOf: later(i * day + 500) })?.total.total).toBe(i);
  });

  it("holds at most maxFilters filters and drops the least recently used first", () => {
    const cache = createStatsCache({ maxFilters: 2 });
    cache.set("v1", { asOf: C, agencyIds: [1] }, result(1), null);
    cache.set("v1", { asOf: C, agencyIds: [2] }, result(2), null);
    expect(cache.get("v1", { asOf: C, agencyIds: [1] })).toBeDefined();
    cache.set("v1", { asOf: C, agencyIds: [3] }, result(3), null);
    expect(cache.size).toBe(2);
    expect(cache.get("v1", { asOf: C, agencyIds: [2] })).toBeUndefined();
    expect(cache.get("v1", { asOf: C, agencyIds: [1] })?.total.total).toBe(1);
    expect(cache.get("v1", { asOf: C, agencyIds: [3] })?.total.total).toBe(3);
  });

  it("refuses changes to a cached result, so that no caller can alter a later answer", () => {
    const cache = createStatsCache();
    cache.set("v1", { asOf: C }, result(7), null);
    const hit = cache.get("v1", { asOf: C })!;
    expect(() => {
      hit.total.total = 8;
    }).toThrow(TypeError);
    expect(() => {
      hit.rows[0]!.agency.name = "Sở khác";
    }).toThrow(TypeError);
    expect(() => hit.rows.push(hit.rows[0]!)).toThrow(TypeError);
    expect(cache.get("v1", { asOf: C })).toEqual(result(7));
  });
});
