/**
 * A small in-process cache of stats results. An entry is keyed by the filter
 * without its as-of instant and by the data version the counts were made at
 * (data-version.ts), so any write to tasks or agencies, on any instance
 * sharing the database, makes every instance count again. Time is the other
 * thing that changes counts: an entry made as of C holds for as-of instants
 * from C up to the next instant a task of the filter is assigned, completed
 * or passes its deadline (`queryNextChange`), and is never used outside it.
 */
import type { StatsResult } from "./compute-stats.js";
import type { StatsFilter } from "./stats-query.js";

/** Filters kept by default; each holds a few as-of intervals. */
const DEFAULT_MAX_FILTERS = 100;
/** As-of intervals kept per filter and version (now, and a few "đến <ngày>" dates). */
const INTERVALS_PER_FILTER = 4;

interface Interval {
  /** Epoch ms, inclusive. */
  from: number;
  /** Epoch ms, exclusive; Infinity when no task of the filter changes category later. */
  until: number;
  result: StatsResult;
}

export interface StatsCache {
  /** The result for `filter` at data version `version`, when one made earlier holds for `filter.asOf`. */
  get(version: string, filter: StatsFilter): StatsResult | undefined;
  /** Keeps `result`, counted as of `filter.asOf` at `version`, valid until `nextChange` (exclusive; null: for ever). */
  set(version: string, filter: StatsFilter, result: StatsResult, nextChange: Date | null): void;
  /** Filters held. */
  readonly size: number;
}

/**
 * The cache key of a filter at a data version: everything of the filter but
 * its as-of instant. Agency lists are compared as sets.
 */
export function statsCacheKey(version: string, filter: StatsFilter): string {
  const instant = (d: Date | undefined) => (d ? String(d.getTime()) : "-");
  const agencies = filter.agencyIds ? [...new Set(filter.agencyIds)].sort((a, b) => a - b).join(",") : "*";
  return `${version}|${instant(filter.assignedFrom)}|${instant(filter.assignedTo)}|${agencies}`;
}

/**
 * Creates the cache, least recently used filters out first.
 * @param options.maxFilters filters held at most; default 100.
 */
export function createStatsCache(options: { maxFilters?: number } = {}): StatsCache {
  const maxFilters = options.maxFilters ?? DEFAULT_MAX_FILTERS;
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const entries = new Map<string, Interval[]>();
  return {
    get(version, filter) {
      const key = statsCacheKey(version, filter);
      const intervals = entries.get(key);
      const c = filter.asOf.getTime();
      const hit = intervals?.find((i) => i.from <= c && c < i.until);
      if (!hit) return undefined;
      entries.delete(key);
      entries.set(key, intervals!);
      return { ...hit.result, asOf: filter.asOf };
    },
    set(version, filter, result, nextChange) {
      const key = statsCacheKey(version, filter);
      const interval = { from: filter.asOf.getTime(), until: nextChange?.getTime() ?? Infinity, result: frozen(result) };
      const kept = [interval, ...(entries.get(key) ?? [])].slice(0, INTERVALS_PER_FILTER);
      entries.delete(key);
      entries.set(key, kept);
      while (entries.size > maxFilters) entries.delete(entries.keys().next().value!);
    },
    get size() {
      return entries.size;
    },
  };
}

/** Callers share a cached result: freezing makes a change to it fail loudly instead of altering later answers. */
function frozen(result: StatsResult): StatsResult {
  for (const row of result.rows) {
    Object.freeze(row.agency);
    Object.freeze(row);
  }
  Object.freeze(result.rows);
  Object.freeze(result.total);
  return Object.freeze(result);
}
