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

export interface ComputeStatsInput extends StatsFilter {
  /**
   * Include every active agency, with zeros where it has no task (the report's
   * tables list them all). Default true when no agency filter is given.
   */
  includeEmpty?: boolean;
}

/**
 * The report's four-way counts per lead agency, in display order, with the
 * total. Rows come from one grouped query; agencies are read once.
 */
export async function computeStats(deps: { db: Db }, input: ComputeStatsInput): Promise<StatsResult> {
  const [counts, agencies] = await Promise.all([
    queryCountsByAgency(deps.db, input),
    deps.db.agency.findMany({
      where: input.agencyIds ? { id: { in: input.agencyIds } } : undefined,
      select: { id: true, code: true, name: true, displayOrder: true, active: true },
      orderBy: [{ displayOrder: "asc" }, { name: "asc" }],
    }),
  ]);
  const includeEmpty = input.includeEmpty ?? input.agencyIds === undefined;
  const rows: StatsRow[] = [];
  for (const a of agencies) {
    const c = counts.get(a.id);
    if (!c && !(includeEmpty && a.active) && !input.agencyIds) continue;
    rows.push({
      agency: { id: a.id, code: a.code, name: a.name, displayOrder: a.displayOrder },
      ...(c ?? { total: 0, onTime: 0, late: 0, inTerm: 0, overdue: 0 }),
    });
  }
  return { asOf: input.asOf, rows, total: sumCounts(rows) };
}
