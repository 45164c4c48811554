/**
 * The JSON form of the four-way stats, shared by `nhacviec stats --json` and
 * `GET /api/v1/stats`, so both always answer the same shape.
 */
import type { Counts } from "./categorize.js";
import type { StatsResult } from "./compute-stats.js";

/** Counts without the agency. */
export interface StatsCountsJson {
  total: number;
  onTime: number;
  late: number;
  inTerm: number;
  overdue: number;
}

/** `{ asOf: ISO 8601, rows: [{ agency: name, total, onTime, late, inTerm, overdue }], total: {…} }` */
export interface StatsJson {
  asOf: string;
  rows: (StatsCountsJson & { agency: string })[];
  total: StatsCountsJson;
}

/** Maps a {@link StatsResult} to {@link StatsJson}; agencies by name, in the result's order. */
export function statsToJson(stats: StatsResult): StatsJson {
  const counts = ({ total, onTime, late, inTerm, overdue }: Counts): StatsCountsJson => ({ total, onTime, late, inTerm, overdue });
  return {
    asOf: stats.asOf.toISOString(),
    rows: stats.rows.map((r) => ({ agency: r.agency.name, ...counts(r) })),
    total: counts(stats.total),
  };
}
