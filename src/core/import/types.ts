/**
 * Shapes shared by the importers (tasks, agencies): localizable messages,
 * per-row issues and progress reports. The core never prints; adapters render
 * these with the `import-*` keys of locales/*.ftl.
 */

/** A localizable message: a key of locales/*.ftl and its arguments. */
export interface ImportMessage {
  key: string;
  args?: Record<string, string | number>;
}

/** One problem with one data row of an imported file. */
export interface RowIssue {
  /** Physical line in the file where the row starts (the header is line 1). */
  line: number;
  /** The header of the offending column as written in the file; null for the whole row. */
  column: string | null;
  reason: ImportMessage;
}

/** Progress of a long import, reported after each chunk of rows. */
export interface ImportProgress {
  phase: "validate" | "write";
  done: number;
  total: number;
}

/** Receives {@link ImportProgress} reports. */
export type ProgressListener = (progress: ImportProgress) => void;

/** Shorthand for building an {@link ImportMessage}. */
export function message(key: string, args?: Record<string, string | number>): ImportMessage {
  return args ? { key, args } : { key };
}

/** Orders issues by line, keeping the order of issues of the same line. */
export function sortIssues(issues: RowIssue[]): RowIssue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => a.issue.line - b.issue.line || a.index - b.index)
    .map((x) => x.issue);
}
