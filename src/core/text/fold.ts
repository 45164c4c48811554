/**
 * Vietnamese-aware text folding: remove diacritics, map đ/Đ, lower-case and
 * normalise whitespace so that "Sở Y tế", "so y te" and "SỞ  Y TẾ" compare equal.
 * Zero-width and bidirectional formatting characters are dropped too, so a
 * name pasted with an invisible character ("Sở\u200B Y tế") still matches.
 */
import { INVISIBLE } from "./clean-text.js";

/** Options for {@link foldVietnamese}. */
export interface FoldOptions {
  /**
   * Replace every run of characters that are neither letters nor digits
   * (punctuation, symbols, "&", "-", apostrophes, ...) with a single space.
   * Default `false`.
   */
  dropPunctuation?: boolean;
}

const COMBINING_MARKS = /\p{M}/gu;
const NON_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;
const WHITESPACE = /\s+/gu;

/** Returns the NFC (precomposed) form of `s`. */
export function toNfc(s: string): string {
  return s.normalize("NFC");
}

/** Folds a single code point (or short string) without touching whitespace. */
function foldChars(s: string): string {
  return s
    .replace(INVISIBLE, "")
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(/[đð]/g, "d");
}

/**
 * Folds Vietnamese text for comparison: drop invisible formatting characters,
 * NFD, strip combining marks (`\p{M}`), map đ/Đ to d, lower-case, collapse
 * whitespace and trim.
 * With `{ dropPunctuation: true }` only letters and digits survive, separated
 * by single spaces.
 *
 * @example foldVietnamese("Sở Y tế") === "so y te"
 * @example foldVietnamese("Lao động - Thương binh", { dropPunctuation: true }) === "lao dong thuong binh"
 */
export function foldVietnamese(s: string, options: FoldOptions = {}): string {
  let out = foldChars(s);
  if (options.dropPunctuation) out = out.replace(NON_ALPHANUMERIC, " ");
  return out.replace(WHITESPACE, " ").trim();
}

/** Shorthand for `foldVietnamese(s, { dropPunctuation: true })`: the key used for name matching. */
export function foldKey(s: string): string {
  return foldVietnamese(s, { dropPunctuation: true });
}

/** Result of {@link foldWithOffsets}. */
export interface FoldedText {
  /** `toNfc(input)`: the text that `offsets` point into. */
  source: string;
  /** Folded text (diacritics removed, lower-case); whitespace is NOT collapsed. */
  folded: string;
  /**
   * `offsets[i]` is the index in `source` of the character that produced
   * `folded[i]`; `offsets[folded.length] === source.length`.
   */
  offsets: number[];
}

/**
 * Folds like {@link foldVietnamese} (without whitespace collapsing or
 * punctuation removal) while remembering where every folded character came
 * from, so that a match found in the folded text can be cut out of the
 * original text.
 */
export function foldWithOffsets(input: string): FoldedText {
  const source = toNfc(input);
  let folded = "";
  const offsets: number[] = [];
  let index = 0;
  for (const ch of source) {
    const f = foldChars(ch);
    for (let k = 0; k < f.length; k++) offsets.push(index);
    folded += f;
    index += ch.length;
  }
  offsets.push(source.length);
  return { source, folded, offsets };
}
