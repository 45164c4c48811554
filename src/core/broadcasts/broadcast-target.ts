import { foldWithOffsets } from "../text/fold.js";
import type { AgencyRecord } from "../agencies/agency-directory.js";
import { createAgencyFinder, resolveAgency } from "../agencies/agency-directory.js";
import { AppError } from "../errors.js";

/** Who an urging notice goes to. */
export type BroadcastTarget = { kind: "overdue" } | { kind: "all" } | { kind: "agencies"; agencyIds: number[] };

/** What a leading keyword of `/dondoc` asks for: an audience, or the status of a notice. */
export type BroadcastKeyword = "overdue" | "all" | "status";

/**
 * The keywords, on folded text: as one word or two, joined by nothing, a
 * space, "_" or "-" ("tre_han", "trễ hạn", "trehan"), and followed by a
 * space, a colon or the end, so that a name merely starting with the same
 * letters stays a name.
 */
const KEYWORD = /^\s*(tre[\s_-]*han|qua[\s_-]*han|overdue|tat[\s_-]*ca|all|trang[\s_-]*thai|status)(?=[\s:]|$)\s*:?\s*/;

/**
 * Reads the keyword `/dondoc` may start with ("tre_han:", "trễ hạn", "tất cả",
 * "trạng thái", with or without diacritics, underscore and colon) and the
 * text after it; null when the arguments start with something else.
 */
export function readBroadcastKeyword(args: string): { keyword: BroadcastKeyword; rest: string } | null {
  const { source, folded, offsets } = foldWithOffsets(args);
  const m = KEYWORD.exec(folded);
  if (!m) return null;
  const word = m[1]!.replace(/[\s_-]/g, "");
  const keyword: BroadcastKeyword = word === "tatca" || word === "all" ? "all" : word === "trangthai" || word === "status" ? "status" : "overdue";
  return { keyword, rest: source.slice(offsets[m[0].length]).trim() };
}

/**
 * Reads `/dondoc <đối tượng> <nội dung>`:
 * - `tre_han[:] <nội dung>`: every agency with overdue tasks;
 * - `tat_ca[:] <nội dung>`: every active agency;
 * - `<cơ quan>, <cơ quan>…: <nội dung>`: the listed agencies (names or aliases, a colon before the text).
 *
 * @param usage the command's usage line in the user's language, for the `usage` error.
 */
export function parseBroadcast(args: string, agencies: readonly AgencyRecord[], usage: string): { target: BroadcastTarget; text: string } {
  const trimmed = args.trim();
  const keyword = readBroadcastKeyword(trimmed);
  const need = (text: string) => {
    if (text.trim() === "") throw new AppError("usage", { usage });
    return text.trim();
  };
  if (keyword?.keyword === "overdue") return { target: { kind: "overdue" }, text: need(keyword.rest) };
  if (keyword?.keyword === "all") return { target: { kind: "all" }, text: need(keyword.rest) };
  const colon = trimmed.indexOf(":");
  if (keyword || colon <= 0) throw new AppError("usage", { usage });
  const finder = createAgencyFinder(agencies);
  const ids = trimmed
    .slice(0, colon)
    .split(/[,;]/)
    .map((name) => name.trim())
    .filter((name) => name !== "")
    .map((name) => resolveAgency(finder, name).id);
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
