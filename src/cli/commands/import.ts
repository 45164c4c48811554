import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import { importTasks, type ImportTasksResult } from "../../core/import/import-tasks.js";
import { MAX_IMPORT_BYTES, readCsvTable, tooLarge, type ReadTableResult, type Table } from "../../core/import/read-table.js";
import { looksLikeXlsx, readXlsxTable } from "../../core/import/read-xlsx.js";
import { buildErrorReport, errorReportFormat, writeErrorReport } from "../../core/import/write-error-report.js";
import type { ImportMessage, RowIssue } from "../../core/import/types.js";
import type { Language, Translate, Translator } from "../../i18n/translator.js";
import { rejectPositionals, UsageError, writeLine, type CliCommand, type CliIo } from "../command.js";
import { createProgressBar } from "../progress-bar.js";

/** Renders import messages in one language. */
export interface ImportRenderer {
  language: Language;
  text(m: ImportMessage): string;
  issue(issue: RowIssue): string;
}

/** A renderer in `language`, built over the shared locale files. */
export function importRenderer(language: Language, translator: Translator): ImportRenderer {
  const text = (m: ImportMessage) => translator.t(language, m.key, m.args);
  return {
    language,
    text,
    issue: (i) =>
      i.column === null
        ? text({ key: "import-issue-row", args: { line: String(i.line), reason: text(i.reason) } })
        : text({ key: "import-issue", args: { line: String(i.line), column: i.column, reason: text(i.reason) } }),
  };
}

/** The one FILE positional of an import command. */
export function fileArgument(positionals: string[], t: Translate): string {
  if (positionals.length === 0) throw new UsageError(t("cli-import-missing-file"));
  rejectPositionals(positionals, t, 1);
  return positionals[0]!;
}

/**
 * Reads an import file, refusing a missing file or one over the size limit
 * before reading it. Returns the bytes, or null after writing the error.
 */
export function readImportFile(path: string, io: CliIo, r: ImportRenderer): Uint8Array | null {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error("not a file");
    size = stat.size;
  } catch {
    writeLine(io.stderr, r.text({ key: "import-file-not-found", args: { path } }));
    return null;
  }
  if (size > MAX_IMPORT_BYTES) {
    writeLine(io.stderr, r.text(tooLarge(size)));
    return null;
  }
  return readFileSync(path);
}

/**
 * Reads an import file's table: XLSX when the name ends in .xlsx/.xlsm or the
 * bytes are a ZIP container, CSV otherwise.
 */
export async function readImportTable(path: string, bytes: Uint8Array): Promise<ReadTableResult> {
  const ext = extname(path).toLowerCase();
  return ext === ".xlsx" || ext === ".xlsm" || looksLikeXlsx(bytes) ? readXlsxTable(bytes) : readCsvTable(bytes);
}

/** Writes every issue, one line each. */
export function writeIssues(io: CliIo, r: ImportRenderer, issues: readonly RowIssue[]): void {
  if (issues.length === 0) return;
  writeLine(io.stderr, r.text({ key: "import-issues-header", args: { count: new Set(issues.map((i) => i.line)).size } }));
  for (const issue of issues) writeLine(io.stderr, `  ${r.issue(issue)}`);
}

/** `nhacviec import FILE.csv|FILE.xlsx [--dry-run] [--skip-invalid] [--errors REPORT.xlsx|REPORT.csv]` */
export const importCommand: CliCommand = {
  path: ["import"],
  summaryKey: "cli-import-summary",
  usageKey: "cli-import-usage",
  options: {
    "dry-run": { type: "boolean" },
    "skip-invalid": { type: "boolean" },
    errors: { type: "string" },
  },
  async run(ctx) {
    const v = ctx.values as { "dry-run"?: boolean; "skip-invalid"?: boolean; errors?: string };
    const path = fileArgument(ctx.positionals, ctx.t);
    const errorsPath = v.errors;
    if (errorsPath !== undefined && errorReportFormat(errorsPath) === null) {
      throw new UsageError(ctx.t("cli-import-bad-errors-file", { path: errorsPath }));
    }
    const r = importRenderer(ctx.language, ctx.translator);
    const bytes = readImportFile(path, ctx.io, r);
    if (!bytes) return 1;
    const read = await readImportTable(path, bytes);
    if (!read.ok) {
      writeLine(ctx.io.stderr, r.text(read.error));
      return 1;
    }
    const app = await ctx.openApp();
    let result: ImportTasksResult;
    const bar = createProgressBar(ctx.io.stdout);
    try {
      const labels = { validate: r.text({ key: "import-progress-validate" }), write: r.text({ key: "import-progress-write" }) };
      result = await importTasks(app.deps, {
        table: read.table,
        dryRun: v["dry-run"] ?? false,
        skipInvalid: v["skip-invalid"] ?? false,
        sourceName: basename(path),
        onProgress: (p) => bar.update(labels[p.phase], p.done, p.total),
      });
    } finally {
      bar.finish();
      await app.close();
    }
    const code = renderTaskImport(ctx.io, r, result);
    if (errorsPath === undefined || result.status === "file_error") return code;
    return (await writeReport(ctx.io, r, errorsPath, read.table, result.issues)) ? code : 1;
  },
};

/** Writes the `--errors` report and says where; false (after saying why) when it cannot be written. */
async function writeReport(io: CliIo, r: ImportRenderer, path: string, table: Table, issues: readonly RowIssue[]): Promise<boolean> {
  const texts = {
    line: r.text({ key: "import-errors-column-line" }),
    reasons: r.text({ key: "import-errors-column-reasons" }),
    sheet: r.text({ key: "import-errors-sheet" }),
    issue: (i: RowIssue) =>
      i.column === null
        ? r.text({ key: "import-errors-reason-row", args: { reason: r.text(i.reason) } })
        : r.text({ key: "import-errors-reason", args: { column: i.column, reason: r.text(i.reason) } }),
  };
  const grid = buildErrorReport(table, issues, texts);
  try {
    await writeErrorReport(path, grid, texts);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    writeLine(io.stderr, r.text({ key: "import-errors-write-failed", args: { path, reason } }));
    return false;
  }
  writeLine(io.stdout, r.text({ key: "import-errors-written", args: { count: grid.rows.length, path } }));
  return true;
}

/** Prints the outcome of a task import and returns the exit code. */
function renderTaskImport(io: CliIo, r: ImportRenderer, result: ImportTasksResult): number {
  if (result.status === "file_error") {
    writeLine(io.stderr, r.text(result.error));
    return 1;
  }
  if (result.ignoredColumns.length > 0) {
    writeLine(io.stderr, r.text({ key: "import-ignored-columns", args: { columns: result.ignoredColumns.join(", ") } }));
  }
  writeIssues(io, r, result.issues);
  if (result.status === "rejected") {
    writeLine(io.stderr, r.text({ key: "import-rejected", args: { count: new Set(result.issues.map((i) => i.line)).size } }));
    return 1;
  }
  const { created, updated, unchanged, skipped } = result.counts;
  const args = { rows: result.rows, created, updated, unchanged, skipped };
  writeLine(io.stdout, r.text({ key: result.dryRun ? "import-summary-dry-run" : "import-summary", args }));
  return result.validRows === 0 && result.issues.length > 0 ? 1 : 0;
}
