import type { Db } from "../../db/connect.js";
import { sumCounts, type Counts } from "./categorize.js";
import { readDataVersion } from "./data-version.js";
import type { StatsCache } from "./stats-cache.js";
import { queryCountsByAgency, queryNextChange, type StatsFilter } from "./stats-query.js";

export interface AgencyRef {
  id: number;
  code: string;
  name: string;
  displayOrder: number;
}

export interface StatsRow extends Counts {
  agency: AgencyRef;
}

export interface StatsResult {
  asOf: Date;
  rows: StatsRow[];
  total: Counts;
}

/**
 * The report's four-way counts per lead agency, in display order, with the
 * total, from one query. Without an agency filter every active agency is
 * listed (with zeros where it has no task), as the report's tables do, plus
 * any inactive (merged) agency that still has tasks. With `statsCache`, a
 * result counted earlier is reused while the data version and the tasks'
 * categories as of `input.asOf` are provably the same (stats-cache.ts).
 */
export async function computeStats(deps: { db: Db; statsCache?: StatsCache }, input: StatsFilter): Promise<StatsResult> {
  const cache = deps.statsCache;
  if (!cache) return countStats(deps.db, input);
  const version = await readDataVersion(deps.db);
  if (version === null) return countStats(deps.db, input);
  const cached = cache.get(version, input);
  if (cached) return cached;
  const [result, nextChange] = await Promise.all([countStats(deps.db, input), queryNextChange(deps.db, input)]);
  // Kept only when no write landed while counting (every write changes the
  // version): then both queries saw exactly the data of `version`.
  if ((await readDataVersion(deps.db)) === version) cache.set(version, input, result, nextChange);
  return result;
}

async function countStats(db: Db, input: StatsFilter): Promise<StatsResult> {
  const counted = await queryCountsByAgency(db, input);
  const rows: StatsRow[] = counted
    .filter((r) => input.agencyIds !== undefined || r.agency.active || r.total > 0)
    .map(({ agency: { active: _active, ...agency }, ...counts }) => ({ agency, ...counts }));
  return { asOf: input.asOf, rows, total: sumCounts(rows) };
}
