/**
 * Reads an uploaded table file into headers and rows that remember their
 * physical line numbers. Only CSV is read today; another format (XLSX) can be
 * added by producing the same {@link Table}.
 *
 * CSV rules: UTF-8 with or without a byte order mark; the separator is `,` or
 * `;`, whichever occurs more often outside quotes in the header line; fields
 * may be quoted with `"` (a doubled `""` is a quote) and then contain
 * separators and line breaks; lines that are blank or hold only separators
 * are skipped (but still counted). A cell that starts with an apostrophe
 * before a formula character ("'=…", "'-…") loses the apostrophe: that is how
 * nhacviec's own CSV files (an import's error file) keep such cells from
 * running as formulas, and how they are read back unchanged.
 */
import { unescapeFormula } from "../text/formula-guard.js";
import { message, type ImportMessage } from "./types.js";

/** Files larger than this are refused before parsing. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** One data row. */
export interface TableRow {
  /** Physical line where the row starts; the header is line 1. */
  line: number;
  /** Cell texts, NFC, not trimmed. */
  cells: string[];
  /** True when a quoted cell was followed by other characters (`"ab"c`). */
  malformed?: boolean;
}

/** A table read from a file: header names as written (trimmed) and the data rows. */
export interface Table {
  headers: string[];
  rows: TableRow[];
}

/** Result of {@link readCsvTable}: the table, or one file-level error. */
export type ReadTableResult = { ok: true; table: Table } | { ok: false; error: ImportMessage };

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

/**
 * Parses CSV bytes (or already decoded text) into a {@link Table}. Fails with
 * `import-file-too-large`, `import-file-encoding`, `import-file-empty`,
 * `import-file-no-rows` or `import-file-unclosed-quote`.
 */
export function readCsvTable(source: Uint8Array | string): ReadTableResult {
  const size = typeof source === "string" ? Buffer.byteLength(source, "utf8") : source.byteLength;
  if (size > MAX_IMPORT_BYTES) return { ok: false, error: tooLarge(size) };
  let text: string;
  try {
    text = typeof source === "string" ? source : new TextDecoder("utf-8", { fatal: true }).decode(source);
  } catch {
    return { ok: false, error: message("import-file-encoding") };
  }
  text = text.replace(/^\uFEFF/, "").normalize("NFC");
  if (text.trim() === "") return { ok: false, error: message("import-file-empty") };

  const parsed = parseCsv(text, detectDelimiter(text));
  if ("unclosedQuoteLine" in parsed) {
    return { ok: false, error: message("import-file-unclosed-quote", { line: String(parsed.unclosedQuoteLine) }) };
  }
  const [header, ...rows] = parsed.records;
  if (!header) return { ok: false, error: message("import-file-empty") };
  if (rows.length === 0) return { ok: false, error: message("import-file-no-rows") };
  return { ok: true, table: { headers: header.cells.map((h) => h.trim()), rows } };
}

/** The `import-file-too-large` error for a file of `size` bytes. */
export function tooLarge(size: number): ImportMessage {
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  return message("import-file-too-large", { size: mb(size), max: mb(MAX_IMPORT_BYTES) });
}

/** `;` when the first record has more semicolons than commas outside quotes, else `,`. */
export function detectDelimiter(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && c === ",") commas++;
    else if (!quoted && c === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

type ParseResult = { records: TableRow[] } | { unclosedQuoteLine: number };

/** Splits the text into non-blank records with their starting line numbers. */
function parseCsv(text: string, delimiter: string): ParseResult {
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  const records: TableRow[] = [];
  let i = 0;
  let line = 1;
  while (i < n) {
    const startLine = line;
    const cells: string[] = [];
    let malformed = false;
    for (;;) {
      let cell: string;
      if (text.charCodeAt(i) === QUOTE) {
        let value = "";
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) return { unclosedQuoteLine: startLine };
          const chunk = text.slice(from, q);
          line += countLineBreaks(chunk);
          value += chunk;
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            from = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        let j = i;
        while (j < n && !isCellEnd(text.charCodeAt(j), delim)) j++;
        if (j > i) {
          malformed = true;
          value += text.slice(i, j);
          i = j;
        }
        cell = value.replace(/\r\n?/g, "\n");
      } else {
        let j = i;
        while (j < n && !isCellEnd(text.charCodeAt(j), delim)) j++;
        cell = text.slice(i, j);
        i = j;
      }
      cells.push(unescapeFormula(cell));
      if (i >= n) break;
      if (text.charCodeAt(i) === delim) {
        i++;
        if (i >= n) cells.push("");
        if (i >= n) break;
        continue;
      }
      i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    if (cells.some((c) => c.trim() !== "")) {
      records.push(malformed ? { line: startLine, cells, malformed } : { line: startLine, cells });
    }
  }
  return { records };
}

function isCellEnd(code: number, delim: number): boolean {
  return code === delim || code === LF || code === CR;
}

/** Line breaks in a text: LF, CRLF or a lone CR each count once. */
function countLineBreaks(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LF || (c === CR && s.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}
