/**
 * The agency directory import: upserts agencies by code from a CSV file with
 * the columns `ma|code`, `ten|name`, `ten_viet_tat|aliases` (";"-separated),
 * `loai|kind` and optionally `thu_tu|order`. All rows are validated first;
 * one invalid row rejects the whole file. Never prints.
 */
import type { CoreDeps } from "../deps.js";
import { cellOf, mapColumns, type ColumnMap, type ColumnSpec } from "../import/columns.js";
import { readCsvTable, type TableRow } from "../import/read-table.js";
import { message, sortIssues, type ImportMessage, type RowIssue } from "../import/types.js";
import { stripInvisible } from "../text/clean-text.js";
import { foldKey } from "../text/fold.js";
import { AGENCY_KINDS, joinAliases, type AgencyKind } from "./agency-directory.js";

/** Fields of an agency row. */
export type AgencyField = "code" | "name" | "aliases" | "kind" | "order";

/** Header names per field (Vietnamese | English). */
export const AGENCY_COLUMNS: Readonly<Record<AgencyField, ColumnSpec>> = {
  code: { names: ["ma", "code"], required: true },
  name: { names: ["ten", "name"], required: true },
  aliases: { names: ["ten_viet_tat", "aliases"], required: false },
  kind: { names: ["loai", "kind"], required: false },
  order: { names: ["thu_tu", "order"], required: false },
};

/** Longest accepted texts, in characters. */
export const AGENCY_LIMITS = { code: 50, name: 500, aliases: 2_000 } as const;

/** Kind words accepted besides the English ones (compared folded). */
const KIND_WORDS: Record<string, AgencyKind> = {
  so: "department",
  ban: "board",
  huyen: "district",
  xa: "commune",
  "van phong": "office",
  khac: "other",
};

/** Outcome of {@link importAgencies}; `rejected` means nothing was written. */
export type ImportAgenciesResult =
  | { status: "file_error"; error: ImportMessage }
  | { status: "rejected"; rows: number; issues: RowIssue[] }
  | {
      status: "ok";
      rows: number;
      counts: { created: number; updated: number; unchanged: number };
      ignoredColumns: string[];
    };

/** A validated agency row. */
interface AgencyRow {
  line: number;
  code: string;
  name: string;
  aliases: string;
  kind: AgencyKind;
  /** From the order column; null when the file has none or the cell is empty. */
  order: number | null;
}

/**
 * Reads `kind` in English or Vietnamese ("sở", "Văn phòng"); null when
 * unknown. An empty text is "other".
 */
export function parseAgencyKind(text: string): AgencyKind | null {
  const key = foldKey(text);
  if (key === "") return "other";
  if ((AGENCY_KINDS as readonly string[]).includes(key)) return key as AgencyKind;
  return KIND_WORDS[key] ?? null;
}

/**
 * Upserts the agencies of a CSV file by code. Existing agencies keep their
 * display order and active flag unless the file has an order column; new
 * agencies are appended after the existing ones, in file order. Writes one
 * AuditLog row ("agency.import").
 */
export async function importAgencies(
  deps: CoreDeps,
  input: { text: string | Uint8Array; actorLabel?: string; sourceName?: string },
): Promise<ImportAgenciesResult> {
  const read = readCsvTable(input.text);
  if (!read.ok) return { status: "file_error", error: read.error };
  const mapped = mapColumns(read.table.headers, AGENCY_COLUMNS);
  if (!mapped.ok) return { status: "file_error", error: mapped.error };

  const issues: RowIssue[] = [];
  const rows: AgencyRow[] = [];
  const firstLine = new Map<string, number>();
  for (const tableRow of read.table.rows) {
    const result = validateAgencyRow(tableRow, mapped.columns, mapped.headerCount);
    if (!result.ok) {
      issues.push(...result.issues);
      continue;
    }
    const first = firstLine.get(result.row.code);
    if (first !== undefined) {
      issues.push({
        line: tableRow.line,
        column: mapped.columns.code!.header,
        reason: message("import-reason-duplicate-code", { code: result.row.code, firstLine: String(first) }),
      });
      continue;
    }
    firstLine.set(result.row.code, tableRow.line);
    rows.push(result.row);
  }
  if (issues.length > 0) return { status: "rejected", rows: read.table.rows.length, issues: sortIssues(issues) };

  const counts = await deps.db.$transaction(async (tx) => {
    const existing = await tx.agency.findMany();
    const byCode = new Map(existing.map((a) => [a.code, a]));
    let nextOrder = existing.reduce((max, a) => Math.max(max, a.displayOrder), 0) + 1;
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const row of rows) {
      const current = byCode.get(row.code);
      const fields = { name: row.name, aliases: row.aliases, kind: row.kind };
      if (!current) {
        await tx.agency.create({ data: { code: row.code, ...fields, displayOrder: row.order ?? nextOrder++ } });
        counts.created++;
        continue;
      }
      const wanted = { ...fields, displayOrder: row.order ?? current.displayOrder };
      const changed = (Object.keys(wanted) as (keyof typeof wanted)[]).some((k) => wanted[k] !== current[k]);
      if (!changed) {
        counts.unchanged++;
        continue;
      }
      await tx.agency.update({ where: { id: current.id }, data: wanted });
      counts.updated++;
    }
    await tx.auditLog.create({
      data: {
        actorLabel: input.actorLabel ?? "cli",
        action: "agency.import",
        entity: "agency",
        after: JSON.stringify({ ...(input.sourceName && { source: input.sourceName }), rows: rows.length, ...counts }),
      },
    });
    return counts;
  });
  return { status: "ok", rows: rows.length, counts, ignoredColumns: mapped.ignored };
}

type AgencyRowResult = { ok: true; row: AgencyRow } | { ok: false; issues: RowIssue[] };

/** Checks one agency row: required code and name, lengths, a known kind, an integer order. */
function validateAgencyRow(row: TableRow, columns: ColumnMap<AgencyField>, headerCount: number): AgencyRowResult {
  if (row.cells.length !== headerCount) {
    const reason = message("import-reason-cell-count", { actual: row.cells.length, expected: headerCount });
    return { ok: false, issues: [{ line: row.line, column: null, reason }] };
  }
  if (row.malformed) return { ok: false, issues: [{ line: row.line, column: null, reason: message("import-reason-bad-quotes") }] };
  const issues: RowIssue[] = [];
  const fail = (field: AgencyField, reason: ImportMessage) =>
    issues.push({ line: row.line, column: columns[field]?.header ?? null, reason });
  const text = (field: AgencyField, max: number, required: boolean) => {
    // Codes, names and aliases are names: invisible characters would make look-alike agencies ("SYT\u200B").
    const value = stripInvisible(cellOf(columns, row.cells, field)).trim();
    if (required && value === "") fail(field, message("import-reason-required"));
    const length = [...value].length;
    if (length > max) fail(field, message("import-reason-too-long", { length, max }));
    return value;
  };
  const code = text("code", AGENCY_LIMITS.code, true);
  const name = text("name", AGENCY_LIMITS.name, true);
  const aliases = joinAliases(text("aliases", AGENCY_LIMITS.aliases, false).split(";"));
  const kindText = cellOf(columns, row.cells, "kind");
  const kind = parseAgencyKind(kindText);
  if (kind === null) fail("kind", message("import-reason-agency-kind", { value: kindText }));
  const orderText = cellOf(columns, row.cells, "order");
  const order = orderText === "" ? null : Number(orderText);
  if (order !== null && !(Number.isSafeInteger(order) && /^[+-]?\d+$/.test(orderText))) {
    fail("order", message("import-reason-agency-order", { value: orderText }));
  }
  if (issues.length > 0 || kind === null) return { ok: false, issues };
  return { ok: true, row: { line: row.line, code, name, aliases, kind, order } };
}
