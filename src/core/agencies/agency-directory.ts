import type { Db } from "../../db/connect.js";
import { AppError } from "../errors.js";
import { createNameMatcher, type MatchResult, type NameMatcher } from "../text/match-name.js";

export interface AgencyRecord {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  kind: string;
  displayOrder: number;
  active: boolean;
  mergedIntoId: number | null;
}

export const AGENCY_KINDS = ["department", "board", "district", "commune", "office", "other"] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** Aliases are stored as one ";"-separated string. */
export function splitAliases(stored: string): string[] {
  return stored
    .split(";")
    .map((a) => a.trim())
    .filter((a) => a !== "");
}

export function joinAliases(aliases: readonly string[]): string {
  return [...new Set(aliases.map((a) => a.trim()).filter((a) => a !== ""))].join(";");
}

/** Every agency, in display order. */
export async function loadAgencies(db: Db): Promise<AgencyRecord[]> {
  const rows = await db.agency.findMany({ orderBy: [{ displayOrder: "asc" }, { name: "asc" }] });
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    shortName: r.shortName,
    aliases: splitAliases(r.aliases),
    kind: r.kind,
    displayOrder: r.displayOrder,
    active: r.active,
    mergedIntoId: r.mergedIntoId,
  }));
}

/**
 * Matches user-typed agency names: full name, short name, aliases and code,
 * ignoring case, diacritics and punctuation ("so y te", "SYT", "Sở Y tế").
 */
export function createAgencyMatcher(agencies: readonly AgencyRecord[]): NameMatcher<AgencyRecord> {
  return createNameMatcher(agencies, (a) => [a.name, a.shortName ?? "", a.code, ...a.aliases]);
}

/**
 * Resolves a name to exactly one agency. Throws `unknown_agency` or
 * `ambiguous_agency`, with the closest names in `details.suggestions`
 * (separated by "; "). A merged agency still resolves to itself, so its
 * history stays reachable.
 */
export function resolveAgency(matcher: NameMatcher<AgencyRecord>, query: string): AgencyRecord {
  const result = matcher.match(query);
  if (result.kind === "exact") return result.item;
  throw matchError(query, result);
}

export function matchError(query: string, result: Exclude<MatchResult<AgencyRecord>, { kind: "exact" }>): AppError {
  const names = (result.kind === "ambiguous" ? result.candidates : result.suggestions).map((a) => a.name);
  return new AppError(
    result.kind === "ambiguous" ? "ambiguous_agency" : "unknown_agency",
    { query, suggestions: names.join("; "), count: names.length },
    { alternatives: names.map((value) => ({ value })) },
  );
}
