import type { Db } from "../../db/connect.js";
import { sumCounts, type Counts } from "./categorize.js";
import { queryCountsByAgency, type StatsFilter } from "./stats-query.js";

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
 * any inactive (merged) agency that still has tasks.
 */
export async function computeStats(deps: { db: Db }, input: StatsFilter): Promise<StatsResult> {
  const counted = await queryCountsByAgency(deps.db, input);
  const rows: StatsRow[] = counted
    .filter((r) => input.agencyIds !== undefined || r.agency.active || r.total > 0)
    .map(({ agency: { active: _active, ...agency }, ...counts }) => ({ agency, ...counts }));
  return { asOf: input.asOf, rows, total: sumCounts(rows) };
}
