/**
 * Maps the header names of an imported file to the fields an importer knows.
 * Header names are compared folded (case, diacritics and punctuation
 * ignored; spaces and "-" count as "_"), so `ma_nhiem_vu`, `Mã nhiệm vụ` and
 * `MA-NHIEM-VU` all name the same column.
 */
import { cleanText } from "../text/clean-text.js";
import { foldKey } from "../text/fold.js";
import { message, type ImportMessage } from "./types.js";

/** How one field may be written in the header. */
export interface ColumnSpec {
  /** Accepted header names, Vietnamese first (the first one is shown in errors). */
  names: readonly string[];
  required: boolean;
}

/** Where a field's column sits in the file. */
export interface ColumnRef {
  index: number;
  /** The header as written in the file (trimmed). */
  header: string;
}

/** The columns found for each field of `F`; absent optional fields are missing. */
export type ColumnMap<F extends string> = Partial<Record<F, ColumnRef>>;

/** Result of {@link mapColumns}. */
export type MapColumnsResult<F extends string> =
  | { ok: true; columns: ColumnMap<F>; headerCount: number; ignored: string[] }
  | { ok: false; error: ImportMessage };

/** The folded form used to compare header names: "Mã nhiệm vụ" → "ma_nhiem_vu". */
export function headerKey(header: string): string {
  return foldKey(header).replace(/ /g, "_");
}

/**
 * Finds the column of every field. Fails with `import-file-missing-columns`
 * (all missing required columns at once) or `import-file-duplicate-column`
 * (two headers naming the same field). Unknown headers are listed in `ignored`.
 */
export function mapColumns<F extends string>(
  headers: readonly string[],
  specs: Readonly<Record<F, ColumnSpec>>,
): MapColumnsResult<F> {
  const byName = new Map<string, F>();
  for (const field of Object.keys(specs) as F[]) {
    for (const name of specs[field].names) byName.set(headerKey(name), field);
  }
  const columns: ColumnMap<F> = {};
  const ignored: string[] = [];
  for (const [index, header] of headers.entries()) {
    const field = byName.get(headerKey(header));
    if (field === undefined) {
      if (header !== "") ignored.push(header);
      continue;
    }
    const previous = columns[field];
    if (previous) {
      return { ok: false, error: message("import-file-duplicate-column", { first: previous.header, second: header }) };
    }
    columns[field] = { index, header };
  }
  const missing = (Object.keys(specs) as F[]).filter((f) => specs[f].required && !columns[f]);
  if (missing.length > 0) {
    return {
      ok: false,
      error: message("import-file-missing-columns", {
        columns: missing.map((f) => specs[f].names.join(" / ")).join(", "),
        found: headers.filter((h) => h !== "").join(", "),
      }),
    };
  }
  return { ok: true, columns, headerCount: headers.length, ignored };
}

/**
 * The cell of `field` in `cells`, clean (no NUL or other control character,
 * no lone surrogate: src/core/text/clean-text.ts) and trimmed; "" when the
 * column is absent or the row is short.
 */
export function cellOf<F extends string>(columns: ColumnMap<F>, cells: readonly string[], field: F): string {
  const ref = columns[field];
  return ref ? cleanText(cells[ref.index] ?? "").trim() : "";
}
