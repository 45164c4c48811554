/**
 * Reads the two appendices of the inspection report (CSV, UTF-8) into typed
 * rows, resolving every agency name to an agency of {@link AGENCIES}.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { AGENCIES, findAgency, type DemoAgency } from "./seed/agencies.js";

/** Appendix 1: task results per agency as of 30/06/2019. */
export interface Appendix1Row {
  /** TT column. */
  order: number;
  /** Agency name as written in appendix 1 (NFC, trimmed). */
  agencyName: string;
  agencyCode: string;
  total: number;
  /** hoan_thanh_dung_han: completed on time. */
  onTime: number;
  /** hoan_thanh_qua_han: completed after the deadline. */
  late: number;
  /** chua_hoan_thanh_trong_han: not completed, deadline not passed. */
  inTerm: number;
  /** chua_hoan_thanh_tre_han: not completed, deadline passed. */
  overdue: number;
}

/** Assigned and completed counts of one month in appendix 2. */
export interface MonthCount {
  /** thang{m}_giao: tasks assigned in the month. */
  assigned: number;
  /** thang{m}_da_thuc_hien: of those, completed by the cut-off. */
  done: number;
}

/** Appendix 2: tasks assigned and completed per agency and month. */
export interface Appendix2Row {
  /** STT column. */
  order: number;
  /** Canonical agency name (the appendix-1 spelling). */
  agencyName: string;
  /** Name as written in appendix 2 (may be an abbreviation). */
  sourceName: string;
  agencyCode: string;
  /** January..June, index 0 = January. */
  months: MonthCount[];
  cumulativeAssigned: number;
  cumulativeDone: number;
  remaining: number;
}

/** Both appendices. */
export interface Appendices {
  appendix1: Appendix1Row[];
  appendix2: Appendix2Row[];
}

type CsvRecord = { [column: string]: string | undefined };

function records(text: string): CsvRecord[] {
  return parse(text.replace(/^\uFEFF/, ""), { columns: true, skip_empty_lines: true, trim: true }) as CsvRecord[];
}

function num(row: CsvRecord, column: string): number {
  const raw = (row[column] ?? "").trim();
  if (raw === "" || raw === "-") return 0;
  const value = Number(raw.replace(/\./g, ""));
  if (!Number.isInteger(value) || value < 0) throw new Error(`bad number in column ${column}: ${JSON.stringify(raw)}`);
  return value;
}

function isTotalRow(row: CsvRecord): boolean {
  return (row["tt"] ?? row["stt"] ?? "").trim() === "" && /tổng/i.test((row["co_quan"] ?? "").normalize("NFC"));
}

function resolve(name: string, agencies: readonly DemoAgency[]): DemoAgency {
  const agency = findAgency(name, agencies);
  if (!agency) throw new Error(`unknown agency in appendix: ${JSON.stringify(name)}`);
  return agency;
}

function checkTotal(label: string, column: string, rows: number[], totalRow: CsvRecord | undefined): void {
  if (!totalRow) return;
  const sum = rows.reduce((a, b) => a + b, 0);
  const expected = num(totalRow, column);
  if (sum !== expected) throw new Error(`${label}: column ${column} sums to ${sum}, total row says ${expected}`);
}

/** Parses the text of appendix 1 (`phu-luc-01.csv`). Throws on inconsistent rows. */
export function parseAppendix1(text: string, agencies: readonly DemoAgency[] = AGENCIES): Appendix1Row[] {
  const all = records(text);
  const totalRow = all.find(isTotalRow);
  const rows = all.filter((r) => !isTotalRow(r)).map((r): Appendix1Row => {
    const agency = resolve(r["co_quan"] ?? "", agencies);
    const row: Appendix1Row = {
      order: num(r, "tt"),
      agencyName: agency.name,
      agencyCode: agency.code,
      total: num(r, "tong_so"),
      onTime: num(r, "hoan_thanh_dung_han"),
      late: num(r, "hoan_thanh_qua_han"),
      inTerm: num(r, "chua_hoan_thanh_trong_han"),
      overdue: num(r, "chua_hoan_thanh_tre_han"),
    };
    if (row.onTime + row.late + row.inTerm + row.overdue !== row.total) {
      throw new Error(`appendix 1: categories of ${row.agencyName} do not add up to ${row.total}`);
    }
    return row;
  });
  const columns: [string, keyof Appendix1Row][] = [
    ["tong_so", "total"],
    ["hoan_thanh_dung_han", "onTime"],
    ["hoan_thanh_qua_han", "late"],
    ["chua_hoan_thanh_trong_han", "inTerm"],
    ["chua_hoan_thanh_tre_han", "overdue"],
  ];
  for (const [column, key] of columns) checkTotal("appendix 1", column, rows.map((r) => r[key] as number), totalRow);
  return rows;
}

/** Parses the text of appendix 2 (`phu-luc-02.csv`). Throws on inconsistent rows. */
export function parseAppendix2(text: string, agencies: readonly DemoAgency[] = AGENCIES): Appendix2Row[] {
  const all = records(text);
  const totalRow = all.find(isTotalRow);
  const rows = all.filter((r) => !isTotalRow(r)).map((r): Appendix2Row => {
    const sourceName = (r["co_quan"] ?? "").normalize("NFC");
    const agency = resolve(sourceName, agencies);
    const months = [1, 2, 3, 4, 5, 6].map((m) => ({ assigned: num(r, `thang${m}_giao`), done: num(r, `thang${m}_da_thuc_hien`) }));
    const row: Appendix2Row = {
      order: num(r, "stt"),
      agencyName: agency.name,
      sourceName,
      agencyCode: agency.code,
      months,
      cumulativeAssigned: num(r, "luy_ke_giao"),
      cumulativeDone: num(r, "luy_ke_da_thuc_hien"),
      remaining: num(r, "con_phai_thuc_hien"),
    };
    const assigned = months.reduce((s, m) => s + m.assigned, 0);
    const done = months.reduce((s, m) => s + m.done, 0);
    if (assigned !== row.cumulativeAssigned || done !== row.cumulativeDone || assigned - done !== row.remaining) {
      throw new Error(`appendix 2: monthly counts of ${row.agencyName} do not match the cumulative columns`);
    }
    if (months.some((m) => m.done > m.assigned)) throw new Error(`appendix 2: ${row.agencyName} completed more than assigned`);
    return row;
  });
  for (let m = 1; m <= 6; m++) {
    checkTotal("appendix 2", `thang${m}_giao`, rows.map((r) => r.months[m - 1]!.assigned), totalRow);
    checkTotal("appendix 2", `thang${m}_da_thuc_hien`, rows.map((r) => r.months[m - 1]!.done), totalRow);
  }
  checkTotal("appendix 2", "luy_ke_giao", rows.map((r) => r.cumulativeAssigned), totalRow);
  checkTotal("appendix 2", "luy_ke_da_thuc_hien", rows.map((r) => r.cumulativeDone), totalRow);
  return rows;
}

/**
 * Reads `phu-luc-01.csv` and `phu-luc-02.csv` from `dir` (a path or a
 * directory URL ending in `/`; default: the `seed` folder next to this file).
 */
export function readAppendices(dir?: string | URL, agencies: readonly DemoAgency[] = AGENCIES): Appendices {
  const base = dir === undefined ? new URL("./seed/", import.meta.url) : dir;
  const file = (name: string): string =>
    readFileSync(typeof base === "string" ? `${base.replace(/[\\/]+$/, "")}/${name}` : new URL(name, base), "utf8");
  return {
    appendix1: parseAppendix1(file("phu-luc-01.csv"), agencies),
    appendix2: parseAppendix2(file("phu-luc-02.csv"), agencies),
  };
}
