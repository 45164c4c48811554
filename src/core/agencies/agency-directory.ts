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

/** How a typed agency name was understood: one agency, or why not with the names worth offering instead. */
export type AgencyLookup<T = AgencyRecord> =
  | { kind: "found"; agency: T }
  | { kind: "unknown_agency" | "ambiguous_agency"; suggestions: T[] };

/** Finds agencies by typed name; see {@link createAgencyFinder}. */
export interface AgencyFinder {
  find(query: string): AgencyLookup;
}

/**
 * The one way a typed agency name is read, in every chat command, the CLI,
 * the API and the task import: {@link createAgencyMatcher} over every agency,
 * then what the person may read. Only a name that stands for exactly one
 * agency is accepted; an ambiguous one lists the candidates, an unknown one
 * the closest names.
 *
 * `readable` (default "all") limits the answer to the agencies a person may
 * see. The words are still read against every agency, so that the same
 * wording means the same agency whoever types it ("Sở Tài chính" never
 * becomes the reader's own agency); an agency outside `readable` is then
 * answered exactly as a name that does not exist, and suggestions come from
 * the readable agencies only, so the answer says nothing about the others.
 * Results are remembered per query (the import asks once per distinct name).
 */
export function createAgencyFinder(agencies: readonly AgencyRecord[], readable: "all" | readonly number[] = "all"): AgencyFinder {
  const all = createAgencyMatcher(agencies);
  const mayRead = (a: AgencyRecord) => readable === "all" || readable.includes(a.id);
  let visible: NameMatcher<AgencyRecord> | null = null;
  const visibleMatcher = () => (visible ??= createAgencyMatcher(agencies.filter(mayRead)));
  const memo = new Map<string, AgencyLookup>();

  function lookup(query: string): AgencyLookup {
    const result = all.match(query);
    if (readable === "all") return fromMatch(result);
    if (result.kind === "exact" && mayRead(result.item)) return { kind: "found", agency: result.item };
    const candidates = result.kind === "ambiguous" ? result.candidates.filter(mayRead) : [];
    if (candidates.length > 1) return { kind: "ambiguous_agency", suggestions: candidates };
    if (candidates.length === 1) return { kind: "unknown_agency", suggestions: candidates };
    // Unknown to this person: offer what they may read, never resolve to it on a weaker match.
    const own = visibleMatcher().match(query);
    return { kind: "unknown_agency", suggestions: own.kind === "exact" ? [own.item] : own.kind === "ambiguous" ? own.candidates : own.suggestions };
  }

  return {
    find(query) {
      let found = memo.get(query);
      if (!found) memo.set(query, (found = lookup(query)));
      return found;
    },
  };
}

function fromMatch(result: MatchResult<AgencyRecord>): AgencyLookup {
  if (result.kind === "exact") return { kind: "found", agency: result.item };
  if (result.kind === "ambiguous") return { kind: "ambiguous_agency", suggestions: result.candidates };
  return { kind: "unknown_agency", suggestions: result.suggestions };
}

/**
 * Resolves a name to exactly one agency. Throws `unknown_agency` or
 * `ambiguous_agency` ({@link agencyError}). A merged agency still resolves
 * to itself, so its history stays reachable.
 */
export function resolveAgency(finder: AgencyFinder, query: string): AgencyRecord {
  const result = finder.find(query);
  if (result.kind === "found") return result.agency;
  throw agencyError(query, result);
}

/**
 * The error of a name that did not resolve: the closest names in
 * `details.suggestions` (separated by "; ") and as alternatives, so that a
 * chat offers them as choices.
 */
export function agencyError(query: string, result: Exclude<AgencyLookup, { kind: "found" }>): AppError {
  const names = result.suggestions.map((a) => a.name);
  return new AppError(result.kind, { query, suggestions: names.join("; "), count: names.length }, { alternatives: names.map((value) => ({ value })) });
}
