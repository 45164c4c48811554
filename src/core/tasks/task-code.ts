/**
 * Task codes as people type them. The full code is "NV-2019-0104", but
 * officials write "0104", "104", "nv-104" or "2019-104": the number, with or
 * without its leading zeros, the "NV" prefix and the year. These pure
 * functions read such a short form and tell which full codes it fits.
 */

/** The parts of a code as typed; `number` has no leading zeros ("0" for zero). */
export interface ShortCode {
  prefix: string | null;
  year: string | null;
  number: string;
}

/** At most this many digits in the number part; longer input is no short code. */
const MAX_NUMBER_DIGITS = 12;

const SHORT_CODE = new RegExp(`^(?:([A-Z]+)-?)?(?:(\\d{4})[-/.])?(\\d{1,${MAX_NUMBER_DIGITS}})$`);

/**
 * Reads "0104", "104", "NV-104", "nv104", "2019-0104" or "NV-2019-0104";
 * null when the text is not of that shape (then only an exact code can match).
 */
export function parseShortCode(text: string): ShortCode | null {
  const m = SHORT_CODE.exec(text.trim().toUpperCase());
  if (!m) return null;
  return { prefix: m[1] ?? null, year: m[2] ?? null, number: withoutLeadingZeros(m[3]!) };
}

/**
 * True when the full `code` is one the short form may stand for: its last
 * part is the same number (leading zeros ignored), and the year and prefix,
 * when typed, are parts of it too. "104" fits "NV-2019-0104" and
 * "NV-2018-104", not "NV-2019-1104".
 */
export function shortCodeFits(short: ShortCode, code: string): boolean {
  const parts = code.toUpperCase().split(/[^A-Z0-9]+/).filter((p) => p !== "");
  const last = parts.at(-1);
  if (last === undefined || !/^\d+$/.test(last) || withoutLeadingZeros(last) !== short.number) return false;
  const before = parts.slice(0, -1);
  if (short.year !== null && !before.includes(short.year)) return false;
  if (short.prefix !== null && before[0] !== short.prefix) return false;
  return true;
}

/**
 * True when a lone argument is meant as a task code rather than a name: one
 * word with a digit in it. Agency names are words ("Sở Y tế", "SYT"), task
 * codes are numbers ("1207", "NV-2019-1207").
 */
export function looksLikeTaskCode(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== "" && !/\s/.test(trimmed) && /\d/.test(trimmed);
}

function withoutLeadingZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, "");
}
