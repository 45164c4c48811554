import { foldVietnamese } from "../text/fold.js";
import type { AgencyRecord } from "../agencies/agency-directory.js";
import { createAgencyMatcher } from "../agencies/agency-directory.js";
import { AppError } from "../errors.js";

/** Who an urging notice goes to. */
export type BroadcastTarget = { kind: "overdue" } | { kind: "all" } | { kind: "agencies"; agencyIds: number[] };

/**
 * Reads `/dondoc <đối tượng> <nội dung>`:
 * - `tre_han <nội dung>`: every agency with overdue tasks;
 * - `tat_ca <nội dung>`: every active agency;
 * - `<cơ quan>, <cơ quan>…: <nội dung>`: the listed agencies (names or aliases, a colon before the text).
 *
 * @param usage the command's usage line in the user's language, for the `usage` error.
 */
export function parseBroadcast(args: string, agencies: readonly AgencyRecord[], usage: string): { target: BroadcastTarget; text: string } {
  const trimmed = args.trim();
  const [first = "", ...rest] = trimmed.split(/\s+/);
  const word = foldVietnamese(first).replace(/[\s_-]/g, "");
  const need = (text: string) => {
    if (text.trim() === "") throw new AppError("usage", { usage });
    return text.trim();
  };
  if (word === "trehan" || word === "quahan" || word === "overdue") return { target: { kind: "overdue" }, text: need(rest.join(" ")) };
  if (word === "tatca" || word === "all") return { target: { kind: "all" }, text: need(rest.join(" ")) };
  const colon = trimmed.indexOf(":");
  if (colon <= 0) throw new AppError("usage", { usage });
  const matcher = createAgencyMatcher(agencies);
  const ids = trimmed
    .slice(0, colon)
    .split(/[,;]/)
    .map((name) => name.trim())
    .filter((name) => name !== "")
    .map((name) => {
      const m = matcher.match(name);
      if (m.kind === "exact") return m.item.id;
      const names = (m.kind === "ambiguous" ? m.candidates : m.suggestions).map((a) => a.name);
      throw new AppError(m.kind === "ambiguous" ? "ambiguous_agency" : "unknown_agency", { query: name, suggestions: names.join("; "), count: names.length });
    });
  return { target: { kind: "agencies", agencyIds: [...new Set(ids)] }, text: need(trimmed.slice(colon + 1)) };
}

/** How a target is stored on the Broadcast row. */
export function targetToString(target: BroadcastTarget): string {
  return target.kind === "overdue" ? "tre_han" : target.kind === "all" ? "tat_ca" : target.agencyIds.join(",");
}

export function targetFromString(stored: string): BroadcastTarget {
  if (stored === "tre_han") return { kind: "overdue" };
  if (stored === "tat_ca") return { kind: "all" };
  return { kind: "agencies", agencyIds: stored.split(",").map(Number).filter((n) => Number.isInteger(n)) };
}
