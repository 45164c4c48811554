/**
 * The read endpoints: the four-way stats (the same JSON as
 * `nhacviec stats --json`) and the paginated list of overdue tasks.
 */
import { createAgencyFinder, loadAgencies } from "../core/agencies/agency-directory.js";
import type { CoreDeps } from "../core/deps.js";
import { daysBetween } from "../core/time/local-date.js";
import { endOfLocalDay, localDateOf, startOfLocalDay } from "../core/time/zone.js";
import { parseDate } from "../core/time/parse-date.js";
import { computeStats } from "../core/stats/compute-stats.js";
import { statsToJson, type StatsJson } from "../core/stats/stats-json.js";
import type { Prisma } from "../db/connect.js";
import { ApiError, invalidQuery } from "./errors.js";
import { OVERDUE_PAGE } from "./schemas.js";

/** A date query parameter: a plain date is the start or end of its local day; with a time, that instant. */
function dateParam(name: string, text: string, timeZone: string, edge: "start" | "end"): Date {
  const parsed = parseDate(text, { tz: timeZone });
  if (!parsed.ok) {
    const invalid = parsed.reason === "invalid_date";
    const message = invalid
      ? `${name}: “${text}” is not a real date.`
      : `${name}: cannot read “${text}”; use ISO 8601 or dd/mm/yyyy [HH:mm].`;
    throw invalidQuery([{ field: name, code: invalid ? "date_invalid" : "date_format", message }]);
  }
  const { date, time, instant } = parsed.value;
  if (time !== null) return instant;
  return edge === "start" ? startOfLocalDay(date, timeZone) : endOfLocalDay(date, timeZone);
}

/** The id of the agency a query names, or 400 `unknown_agency` / `ambiguous_agency` with suggestions. */
async function agencyParam(deps: Pick<CoreDeps, "db">, query: string): Promise<number> {
  const result = createAgencyFinder(await loadAgencies(deps.db)).find(query);
  if (result.kind === "found") return result.agency.id;
  const names = result.suggestions.map((a) => a.name);
  const ambiguous = result.kind === "ambiguous_agency";
  throw new ApiError(
    400,
    ambiguous ? "ambiguous_agency" : "unknown_agency",
    ambiguous ? `“${query}” matches several agencies; be more specific.` : `No agency matches “${query}”.`,
    { agency: query, suggestions: names },
  );
}

/** GET /stats */
export async function statsReport(
  deps: CoreDeps,
  query: { agency?: string; asOf?: string; from?: string; to?: string },
): Promise<StatsJson> {
  const tz = deps.timeZone;
  const asOf = query.asOf ? dateParam("asOf", query.asOf, tz, "end") : deps.clock();
  const assignedFrom = query.from ? dateParam("from", query.from, tz, "start") : undefined;
  const assignedTo = query.to ? dateParam("to", query.to, tz, "end") : undefined;
  if (assignedFrom && assignedTo && assignedFrom.getTime() > assignedTo.getTime()) {
    throw invalidQuery([{ field: "from", code: "invalid_period", message: "from: the period starts after it ends." }]);
  }
  const agencyIds = query.agency ? [await agencyParam(deps, query.agency)] : undefined;
  return statsToJson(await computeStats(deps, { asOf, assignedFrom, assignedTo, agencyIds }));
}

/** Position after the last item of a page: its deadline and id. */
interface Cursor {
  d: number;
  i: number;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

function decodeCursor(text: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Partial<Cursor>;
    if (Number.isSafeInteger(value.d) && Number.isSafeInteger(value.i)) return { d: value.d!, i: value.i! };
  } catch {
    /* reported below */
  }
  throw invalidQuery([{ field: "cursor", code: "invalid_cursor", message: "cursor: not a cursor this API returned." }]);
}

/**
 * GET /tasks/overdue: tasks not completed at `asOf` whose deadline passed
 * (the report's "chưa hoàn thành, trễ hạn"), oldest deadline first, with
 * keyset pagination on (deadline, id). Confidential titles are withheld.
 */
export async function overdueReport(
  deps: CoreDeps,
  query: { agency?: string; asOf?: string; limit?: string; cursor?: string },
) {
  const tz = deps.timeZone;
  const asOf = query.asOf ? dateParam("asOf", query.asOf, tz, "end") : deps.clock();
  const limit = query.limit === undefined ? OVERDUE_PAGE.default : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > OVERDUE_PAGE.max) {
    throw invalidQuery([{ field: "limit", code: "too_big", message: `limit: must be 1 to ${OVERDUE_PAGE.max}.` }]);
  }
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const agencyId = query.agency ? await agencyParam(deps, query.agency) : undefined;

  const and: Prisma.TaskWhereInput[] = [
    { status: { not: "cancelled" }, assignedAt: { lte: asOf }, deadline: { lt: asOf } },
    { OR: [{ completedAt: null }, { completedAt: { gt: asOf } }] },
  ];
  if (agencyId !== undefined) and.push({ agencyId });
  if (cursor) {
    const d = new Date(cursor.d);
    and.push({ OR: [{ deadline: { gt: d } }, { deadline: d, id: { gt: cursor.i } }] });
  }
  const rows = await deps.db.task.findMany({
    where: { AND: and },
    select: { id: true, code: true, title: true, confidential: true, deadline: true, agency: { select: { code: true, name: true } } },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const asOfDay = localDateOf(asOf, tz);
  return {
    asOf: asOf.toISOString(),
    items: page.map((t) => ({
      code: t.code,
      title: t.confidential ? null : t.title,
      confidential: t.confidential,
      agency: t.agency,
      deadline: t.deadline!.toISOString(),
      daysOverdue: daysBetween(localDateOf(t.deadline!, tz), asOfDay),
    })),
    nextCursor: rows.length > limit && last ? encodeCursor({ d: last.deadline!.getTime(), i: last.id }) : null,
  };
}
