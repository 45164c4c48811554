/**
 * Vietnamese (and English) period expressions: "tháng 6/2019", "quý II/2019",
 * "6 tháng đầu năm 2019", "từ 01/01/2019 đến 30/06/2019", "tuần này", ...
 * and the command-argument extractor used by commands such as
 * `/thongke Sở Y tế quý 2/2019 đến 30/06/2019`.
 *
 * Everything is matched on folded text (no diacritics, lower-case), so
 * "thang 6/2019" works like "tháng 6/2019". Relative expressions use the
 * injected `now` read in `tz`; the clock is never read here.
 */
import { foldWithOffsets } from "../text/fold.js";
import { type LocalDate, addDays, addMonths, localDateParts } from "./local-date.js";
import { parseDate } from "./parse-date.js";
import {
  type Period,
  monthPeriod,
  monthsPeriod,
  quarterOfMonth,
  quarterPeriod,
  weekPeriod,
  yearPeriod,
} from "./period.js";
import { localDateOf } from "./zone.js";

export type { Period } from "./period.js";

/** Why a period was rejected. */
export type PeriodFailure = "format" | "invalid_date" | "invalid_period";

/** Result of {@link parsePeriod}. */
export type ParsePeriodResult = { ok: true; period: Period } | { ok: false; reason: PeriodFailure };

/** Result of {@link extractPeriodAndAsOf}. */
export interface ExtractedArgs {
  /** The arguments without the recognised date parts (NFC, whitespace collapsed), e.g. the agency name. */
  rest: string;
  /** Inclusive local-date range, when a period expression was found. */
  period?: Period;
  /** The date of an "đến <ngày>" / "to <date>" clause (the day's end is the as-of instant). */
  asOf?: LocalDate;
  /** First problem found: an impossible date, or an impossible / repeated period. */
  error?: { kind: "invalid_date" | "invalid_period"; text: string };
}

interface Context {
  today: LocalDate;
  year: number;
  tz: string;
}

type Groups = Record<string, string | undefined>;
type Outcome =
  | { type: "period"; period: Period }
  | { type: "asOf"; date: LocalDate }
  | { type: "error"; kind: "invalid_date" | "invalid_period" };

interface Rule {
  pattern: RegExp;
  build(g: Groups, ctx: Context): Outcome;
}

// ---------------------------------------------------------------------------
// Building blocks (all on folded text).

/** Day-level date shapes; numbers are validated by parseDate. */
const DATE =
  String.raw`(?:\d{4}-\d{1,2}-\d{1,2}(?!\p{N})|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\p{N})|\d{1,2}[/.-]\d{1,2}(?!\p{N}|[/.-]\p{N}))`;
const FULL_DATE = String.raw`(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})`;
const YEAR = String.raw`\d{4}`;
/** Separator between a month/quarter number and its year: "6/2019", "6-2019", "6 2019", "6 năm 2019". */
const YEAR_SEP = String.raw`(?:\s*[/-]\s*|\s+(?:(?<kwYear>nam)\s+)?)`;
const RANGE_SEP = String.raw`(?:\s+(?<kwTo>den|toi|to|until)\s+(?:(?<kwEnd>het)\s+)?|\s*[-–]\s*)`;
const ENGLISH_MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

function rule(body: string, build: Rule["build"]): Rule {
  // Not inside a word or number, and not glued to a date ("06/2019" inside "30/06/2019").
  const wrapped = String.raw`(?<![\p{L}\p{N}]|\p{N}[/.-])(?:${body})(?![\p{L}\p{N}]|[/.-]\p{N})`;
  return { pattern: new RegExp(wrapped, "gdu"), build };
}

const period = (p: Period): Outcome => ({ type: "period", period: p });
const fail = (kind: "invalid_date" | "invalid_period"): Outcome => ({ type: "error", kind });

function dayOf(text: string | undefined, ctx: Context): LocalDate | null {
  if (text === undefined) return null;
  const r = parseDate(text, { tz: ctx.tz, referenceYear: ctx.year });
  return r.ok ? r.value.date : null;
}

function yearOf(text: string | undefined, ctx: Context): number | null {
  if (text === undefined) return ctx.year;
  const y = Number(text);
  return y >= 1000 ? y : null;
}

function rangeOf(fromText: string | undefined, toText: string | undefined, ctx: Context): Outcome {
  const from = dayOf(fromText, ctx);
  const to = dayOf(toText, ctx);
  if (!from || !to) return fail("invalid_date");
  return from <= to ? period({ from, to }) : fail("invalid_period");
}

function monthOf(m: string | undefined, y: string | undefined, ctx: Context): Outcome {
  const month = Number(m);
  const year = yearOf(y, ctx);
  return year !== null && month >= 1 && month <= 12 ? period(monthPeriod(year, month)) : fail("invalid_period");
}

function quarterOf(q: string | undefined, y: string | undefined, ctx: Context): Outcome {
  const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
  const quarter = roman[q ?? ""] ?? Number(q);
  const year = yearOf(y, ctx);
  return year !== null && quarter >= 1 && quarter <= 4 ? period(quarterPeriod(year, quarter)) : fail("invalid_period");
}

/** First (`first`) or last `months` months of a year. */
function partOfYear(months: number, first: boolean, y: string | undefined, ctx: Context): Outcome {
  const year = yearOf(y, ctx);
  if (year === null || !Number.isInteger(months) || months < 1 || months > 12) return fail("invalid_period");
  return period(first ? monthsPeriod(year, 1, months) : monthsPeriod(year, 13 - months, 12));
}

function relativeMonths(ctx: Context, delta: number): Period {
  const { year, month } = localDateParts(addMonths(`${ctx.today.slice(0, 8)}01`, delta));
  return monthPeriod(year, month);
}

function relativeQuarter(ctx: Context, delta: number): Period {
  const { year, month } = localDateParts(addMonths(`${ctx.today.slice(0, 8)}01`, 3 * delta));
  return quarterPeriod(year, quarterOfMonth(month));
}

// ---------------------------------------------------------------------------
// Rules, in priority order. Named groups starting with "kw" are keywords whose
// original spelling is checked (see keywordAccepted).

const RANGE_RULES: Rule[] = [
  // từ 01/01/2019 đến 30/06/2019 · from 1/1/2019 to 30/6/2019 · từ ngày 1/1/2019 đến hết ngày 30/6/2019
  rule(
    String.raw`(?<kwFrom>tu|from)\s+(?:(?<kwDay>ngay)\s+)?(?<a>${DATE})${RANGE_SEP}(?:(?<kwDay2>ngay)\s+)?(?<b>${DATE})`,
    (g, ctx) => rangeOf(g.a, g.b, ctx),
  ),
  // 01/01/2019 - 30/06/2019 · 01/01/2019 đến 30/06/2019 (but not "đến 30/06/2019 đến ...")
  rule(String.raw`(?<!(?:den|toi|to|until|of)\s+)(?<a>${DATE})${RANGE_SEP}(?:(?<kwDay>ngay)\s+)?(?<b>${DATE})`, (g, ctx) => rangeOf(g.a, g.b, ctx)),
  // từ tháng 1 đến tháng 6/2019 · tháng 1-6/2019 · tháng 1/2019 - tháng 3/2019
  rule(
    String.raw`(?:(?<kwFrom>tu|from)\s+)?(?<kwMonth>thang|month)\s*(?<m1>\d{1,2})(?:\s*/\s*(?<y1>${YEAR}))?${RANGE_SEP}(?:(?<kwMonth2>thang|month)\s*)?(?<m2>\d{1,2})(?:\s*[/-]\s*(?<y2>${YEAR}))?`,
    (g, ctx) => {
      const from = monthOf(g.m1, g.y1 ?? g.y2, ctx);
      const to = monthOf(g.m2, g.y2, ctx);
      if (from.type !== "period") return from;
      if (to.type !== "period") return to;
      return from.period.from <= to.period.to
        ? period({ from: from.period.from, to: to.period.to })
        : fail("invalid_period");
    },
  ),
];

const AS_OF_RULE = rule(
  // đến 30/06/2019 · tính đến ngày 30/6 · đến hết ngày 30/06/2019 · đến nay · to 2019-06-30 · as of today
  String.raw`(?:(?<kwCount>tinh)\s+)?(?<kwTo>den|toi|to|until|as\s+of)\s+(?:(?<kwEnd>het)\s+)?(?:(?<kwDay>ngay)\s+)?(?:(?<d>${DATE})|(?<now>hom\s+nay|nay|today|now))`,
  (g, ctx) => {
    if (g.now !== undefined) return { type: "asOf", date: ctx.today };
    const date = dayOf(g.d, ctx);
    return date ? { type: "asOf", date } : fail("invalid_date");
  },
);

const RELATIVE: Array<[string, (ctx: Context) => Period]> = [
  [String.raw`hom\s+nay|today`, (c) => ({ from: c.today, to: c.today })],
  [String.raw`hom\s+qua|yesterday`, (c) => ({ from: addDays(c.today, -1), to: addDays(c.today, -1) })],
  [String.raw`tuan\s+nay|this\s+week`, (c) => weekPeriod(c.today)],
  [String.raw`tuan\s+(?:truoc|qua)|last\s+week`, (c) => weekPeriod(addDays(c.today, -7))],
  [String.raw`tuan\s+(?:sau|toi)|next\s+week`, (c) => weekPeriod(addDays(c.today, 7))],
  [String.raw`thang\s+nay|this\s+month`, (c) => relativeMonths(c, 0)],
  [String.raw`thang\s+(?:truoc|qua)|last\s+month`, (c) => relativeMonths(c, -1)],
  [String.raw`thang\s+(?:sau|toi)|next\s+month`, (c) => relativeMonths(c, 1)],
  [String.raw`quy\s+nay|this\s+quarter`, (c) => relativeQuarter(c, 0)],
  [String.raw`quy\s+truoc|last\s+quarter`, (c) => relativeQuarter(c, -1)],
  [String.raw`quy\s+(?:sau|toi)|next\s+quarter`, (c) => relativeQuarter(c, 1)],
  [String.raw`nam\s+nay|this\s+year`, (c) => yearPeriod(c.year)],
  [String.raw`nam\s+(?:truoc|ngoai)|last\s+year`, (c) => yearPeriod(c.year - 1)],
  [String.raw`nam\s+(?:sau|toi)|next\s+year`, (c) => yearPeriod(c.year + 1)],
];

const PERIOD_RULES: Rule[] = [
  // ngày 30/06/2019 · ngày 30/6 → that single day
  rule(String.raw`(?<kwDay>ngay)\s+(?<d>${DATE})`, (g, ctx) => rangeOf(g.d, g.d, ctx)),
  // a bare full date → that single day
  rule(String.raw`(?<d>${FULL_DATE})`, (g, ctx) => rangeOf(g.d, g.d, ctx)),
  ...RELATIVE.map(([body, make]) => rule(body, (_g, ctx) => period(make(ctx)))),
  // 6 tháng đầu năm 2019 · 9 tháng đầu năm · 6 tháng cuối năm 2019
  rule(
    String.raw`(?<n>\d{1,2})\s+(?<kwMonth>thang)\s+(?<pos>dau|cuoi)(?:\s+(?<kwYear>nam))?(?:\s+(?<y>${YEAR}))?`,
    (g, ctx) => partOfYear(Number(g.n), g.pos === "dau", g.y, ctx),
  ),
  // nửa đầu năm 2019 · nửa cuối năm 2019
  rule(String.raw`(?<kwHalf>nua)\s+(?<pos>dau|cuoi)\s+(?<kwYear>nam)(?:\s+(?<y>${YEAR}))?`, (g, ctx) =>
    partOfYear(6, g.pos === "dau", g.y, ctx),
  ),
  // H1/2019 · H2 2019 · first half of 2019
  rule(String.raw`h(?<h>[12])${YEAR_SEP}(?<y>${YEAR})`, (g, ctx) => partOfYear(6, g.h === "1", g.y, ctx)),
  rule(String.raw`(?<pos>first|second)\s+half(?:\s+of)?\s+(?<y>${YEAR})`, (g, ctx) =>
    partOfYear(6, g.pos === "first", g.y, ctx),
  ),
  // quý 2/2019 · quy 2 nam 2019 · quý II/2019 · quý 2 · quarter 2 2019
  rule(String.raw`(?<kwQuarter>quy|quarter)\s*(?<q>\d{1,2}|iv|i{1,3})(?:${YEAR_SEP}(?<y>${YEAR}))?`, (g, ctx) =>
    quarterOf(g.q, g.y, ctx),
  ),
  // Q2/2019 · Q2 2019 · Q2
  rule(String.raw`(?<kwQ>q)(?<q>\d)(?:(?:\s*[/-]\s*|\s+)(?<y>${YEAR}))?`, (g, ctx) => quarterOf(g.q, g.y, ctx)),
  // tháng 6/2019 · thang 6 nam 2019 · month 6/2019 · tháng 6
  rule(String.raw`(?<kwMonth>thang|month)\s*(?<m>\d{1,2})(?:${YEAR_SEP}(?<y>${YEAR}))?`, (g, ctx) =>
    monthOf(g.m, g.y, ctx),
  ),
  // T6/2019
  rule(String.raw`(?<kwT>t)(?<m>\d{1,2})\s*[/-]\s*(?<y>${YEAR})`, (g, ctx) => monthOf(g.m, g.y, ctx)),
  // June 2019 · jun 2019
  rule(
    String.raw`(?<name>${ENGLISH_MONTHS.map((n) => `${n}|${n.slice(0, 3)}`).join("|")})\s+(?<y>${YEAR})`,
    (g, ctx) => monthOf(String(ENGLISH_MONTHS.findIndex((n) => n.startsWith(g.name!)) + 1), g.y, ctx),
  ),
  // 2019-06
  rule(String.raw`(?<y>${YEAR})-(?<m>\d{2})`, (g, ctx) => monthOf(g.m, g.y, ctx)),
  // 6/2019 · 06-2019
  rule(String.raw`(?<m>\d{1,2})[/-](?<y>${YEAR})`, (g, ctx) => monthOf(g.m, g.y, ctx)),
  // năm 2019 · year 2019
  rule(String.raw`(?<kwYear>nam|year)\s+(?<y>${YEAR})`, (g, ctx) => {
    const year = yearOf(g.y, ctx);
    return year === null ? fail("invalid_period") : period(yearPeriod(year));
  }),
  // 2019 (bare years are limited to 19xx/20xx to avoid eating other numbers)
  rule(String.raw`(?<y>(?:19|20)\d{2})`, (g) => period(yearPeriod(Number(g.y)))),
];

const RULES: Rule[] = [...RANGE_RULES, AS_OF_RULE, ...PERIOD_RULES];

// ---------------------------------------------------------------------------
// Keyword spelling check.

/** Correct Vietnamese spellings of the keywords (lower-case NFC). */
const VIETNAMESE_KEYWORDS = new Set(["từ", "đến", "tới", "ngày", "hết", "tính", "tháng", "năm", "quý", "nửa"]);

/**
 * A keyword found in folded text is only taken as a keyword when its original
 * spelling fits: the correct Vietnamese spelling in any case ("Tháng",
 * "ĐẾN"), or plain ASCII in lower or upper case ("thang", "Q"). A capitalised
 * ASCII word in mid-sentence ("Quang Nam 2019", "Dak To 30/06/2019") or a
 * different diacritic ("Đăk Tô", "Đền") is a name, not a keyword. ASCII
 * keywords in title case are accepted at the very start of the text.
 */
function keywordAccepted(original: string, atStart: boolean): boolean {
  if (/^[\x00-\x7f]*$/.test(original)) {
    return atStart || original === original.toLowerCase() || original === original.toUpperCase();
  }
  return VIETNAMESE_KEYWORDS.has(original.toLowerCase());
}

function keywordsAccepted(m: RegExpExecArray, source: string, offsets: number[], start: number): boolean {
  for (const [name, span] of Object.entries(m.indices?.groups ?? {})) {
    if (!name.startsWith("kw") || !span) continue;
    if (!keywordAccepted(source.slice(offsets[span[0]], offsets[span[1]]), span[0] === start)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Public API.

function contextOf(now: Date, tz: string): Context {
  const today = localDateOf(now, tz);
  return { today, year: localDateParts(today).year, tz };
}

/**
 * Finds an as-of clause ("đến 30/06/2019", "den 30/6", "tính đến ngày ...",
 * "đến nay", "to <date>") and one period expression anywhere in `args`,
 * with or without diacritics, and returns the remaining text.
 *
 * A range "từ X đến Y" (or "X - Y", "X đến Y") is a period, never an as-of.
 * A bare full date ("30/06/2019") or "ngày 30/6" is a one-day period. Short
 * dates and month/quarter numbers without a year use the year of `now` in
 * `tz`. A second period, an impossible date ("31/02/2019") or an impossible
 * period ("tháng 13/2019", "quý 5/2019", "từ 30/6/2019 đến 1/1/2019") sets
 * `error` (the first one found); the offending text is still removed from `rest`.
 *
 * Known limitation: a lower-case ASCII "to" before a date is read as the
 * English "to" ("dak to 30/06/2019" → rest "dak", asOf 2019-06-30); written
 * "Đăk Tô" or "Dak To" it stays part of the name.
 *
 * @example extractPeriodAndAsOf("Sở Y tế quý 2/2019 đến 30/06/2019", now)
 *   // { rest: "Sở Y tế", period: { from: "2019-04-01", to: "2019-06-30" }, asOf: "2019-06-30" }
 */
export function extractPeriodAndAsOf(args: string, now: Date, tz: string): ExtractedArgs {
  const ctx = contextOf(now, tz);
  const { source, folded, offsets } = foldWithOffsets(args);
  const start = folded.search(/\S/);
  let text = folded;
  const cuts: Array<[number, number]> = [];
  const result: ExtractedArgs = { rest: "" };
  const setError = (kind: "invalid_date" | "invalid_period", at: string) => {
    result.error ??= { kind, text: at };
  };

  for (const { pattern, build } of RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (!keywordsAccepted(m, source, offsets, start)) {
        // Retry just after this position, e.g. "tỉnh đến 30/06" → "đến 30/06".
        pattern.lastIndex = m.index + 1;
        continue;
      }
      const from = m.index;
      const to = from + m[0].length;
      const original = source.slice(offsets[from], offsets[to]).trim();
      text = text.slice(0, from) + " ".repeat(to - from) + text.slice(to);
      cuts.push([offsets[from]!, offsets[to]!]);

      const outcome = build(m.groups ?? {}, ctx);
      if (outcome.type === "error") setError(outcome.kind, original);
      else if (outcome.type === "asOf") {
        if (result.asOf === undefined) result.asOf = outcome.date;
        else setError("invalid_date", original);
      } else if (result.period === undefined) result.period = outcome.period;
      else setError("invalid_period", original);
    }
  }

  result.rest = cutOut(source, cuts);
  return result;
}

/**
 * Parses a whole string as one period expression (see
 * {@link extractPeriodAndAsOf} for the forms). Fails with "format" when the
 * text is not exactly one period (e.g. extra words or an as-of clause).
 *
 * @example parsePeriod("quý II/2019", now) // { ok: true, period: { from: "2019-04-01", to: "2019-06-30" } }
 */
export function parsePeriod(input: string, now: Date, tz: string): ParsePeriodResult {
  const r = extractPeriodAndAsOf(input, now, tz);
  if (r.error) return { ok: false, reason: r.error.kind };
  if (!r.period || r.asOf !== undefined || r.rest !== "") return { ok: false, reason: "format" };
  return { ok: true, period: r.period };
}

/** Removes the `cuts` from `source`, collapses whitespace and trims dangling separators. */
function cutOut(source: string, cuts: Array<[number, number]>): string {
  let out = "";
  let pos = 0;
  for (const [from, to] of [...cuts].sort((a, b) => a[0] - b[0])) {
    out += source.slice(pos, from) + " ";
    pos = to;
  }
  out += source.slice(pos);
  return out
    .replace(/\s+/g, " ")
    .replace(/\s+([,;:])/g, "$1")
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, "");
}
