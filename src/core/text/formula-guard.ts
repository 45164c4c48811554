/**
 * Spreadsheet ("CSV") injection: a cell whose text starts with "=", "+", "-"
 * or "@" (or a tab or carriage return, which spreadsheets skip before
 * looking) is run as a formula when Excel or LibreOffice opens the file, so
 * a task title or an agency name could fetch a URL or start a program on the
 * reader's machine. OWASP's defence for CSV is a leading apostrophe, which
 * spreadsheets read as "this cell is text" and do not show. XLSX files need
 * no escaping: their text cells are typed strings, never formulas.
 */

/**
 * A cell a spreadsheet may read as a formula: one that starts with a tab or
 * a CR, or with "=", "+", "-" or "@" after any blanks and line breaks (some
 * readers skip them). The full-width forms are included because East Asian
 * spreadsheet locales convert them when a file is opened.
 */
const FORMULA_START = /^(?:[\t\r]|[\t\r\n ]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** True when a spreadsheet would read `text` as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** `text` with a leading apostrophe when a spreadsheet would read it as a formula; otherwise unchanged. */
export function escapeFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/**
 * Undoes {@link escapeFormula}: a CSV written by nhacviec (an import's error
 * file) can be fixed and imported again without the apostrophes ending up
 * in the titles. Only an apostrophe before a formula character is removed.
 */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") && looksLikeFormula(text.slice(1)) ? text.slice(1) : text;
}
