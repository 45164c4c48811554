import { foldVietnamese } from "../text/fold.js";
import { parseDate } from "../time/parse-date.js";
import type { LocalDate } from "../time/local-date.js";

/** What a free-form progress text says, besides itself. */
export interface UpdateIntent {
  /** "80%" → 80 (0..100). */
  percent: number | null;
  /** The text says the task is finished ("đã hoàn thành", "xong", "done"). */
  completion: boolean;
  /** The text asks for more time ("xin gia hạn đến 30/7 vì …"). */
  extension: { date: LocalDate | null; dateText: string | null; reason: string } | null;
}

/** Completion wording, folded. Negations are checked first ("chưa hoàn thành" is not a completion). */
const COMPLETION = /(^|\s)(da hoan thanh|hoan thanh|da xong|xong|done|completed|finished)(\s|$|[.!,])/;
const NEGATION = /(chua|khong|not|sap|gan|chua xong)\s+(hoan thanh|xong|done|finished|completed)/;
const EXTENSION = /(xin gia han|de nghi gia han|gia han|extension|extend)/;
const PERCENT = /(\d{1,3})\s*%/;
const DATE = /(\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?|\d{4}-\d{2}-\d{2})/;
/** Words that introduce the reason: "vì", "do", "because", "lý do". */
const REASON = /\b(vi|do|ly do|because|since)\b[:\s]*/;

/**
 * Reads a focal officer's own words. Pure; `referenceYear` completes short
 * dates such as "30/7". Matching ignores case and diacritics.
 */
export function parseUpdateText(text: string, options: { referenceYear: number; tz: string }): UpdateIntent {
  const folded = foldVietnamese(text);
  const percentMatch = PERCENT.exec(folded);
  const rawPercent = percentMatch ? Number(percentMatch[1]) : null;
  const percent = rawPercent !== null && rawPercent <= 100 ? rawPercent : null;
  const completion = !NEGATION.test(folded) && (COMPLETION.test(folded) || percent === 100);
  return { percent, completion, extension: EXTENSION.test(folded) ? readExtension(text, folded, options) : null };
}

function readExtension(text: string, folded: string, options: { referenceYear: number; tz: string }): UpdateIntent["extension"] {
  // Folding keeps length for Vietnamese letters in NFC, so positions map back to the original.
  const original = text.normalize("NFC");
  const dateMatch = DATE.exec(folded);
  let date: LocalDate | null = null;
  if (dateMatch) {
    const parsed = parseDate(dateMatch[1]!, { tz: options.tz, referenceYear: options.referenceYear });
    date = parsed.ok ? parsed.value.date : null;
  }
  const reasonMatch = REASON.exec(folded.slice(dateMatch ? dateMatch.index + dateMatch[0].length : 0));
  let reason = "";
  if (reasonMatch) {
    const start = (dateMatch ? dateMatch.index + dateMatch[0].length : 0) + reasonMatch.index + reasonMatch[0].length;
    reason = original.slice(start).trim();
  } else if (dateMatch) {
    reason = original.slice(dateMatch.index + dateMatch[0].length).trim();
  }
  return { date, dateText: dateMatch?.[1] ?? null, reason: reason.replace(/^[,.:;-]\s*/, "") };
}
