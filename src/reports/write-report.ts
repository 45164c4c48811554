import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildReportData, type ReportDeps } from "./build-report-data.js";
import { renderChartPng } from "./chart/png.js";
import { renderCsv } from "./csv.js";
import { renderDocx } from "./docx.js";
import type { ReportOptions } from "./options.js";
import type { ReportPeriodInput } from "./period.js";
import type { ReportText } from "./report-text.js";
import type { ReportData } from "./types.js";
import { renderXlsx } from "./xlsx.js";

/** What {@link writeReport} writes, by file. */
export interface ReportFiles {
  /** bao-cao.xlsx: both appendices. */
  xlsx: string;
  /** bao-cao.docx: the draft report with both appendices. */
  docx: string;
  /** bieu-do.png: the chart. */
  png: string;
  /** phu-luc-01.csv */
  appendix1Csv: string;
  /** phu-luc-02.csv */
  appendix2Csv: string;
}

/** File names inside the output folder. */
export const REPORT_FILE_NAMES = {
  xlsx: "bao-cao.xlsx",
  docx: "bao-cao.docx",
  png: "bieu-do.png",
  appendix1Csv: "phu-luc-01.csv",
  appendix2Csv: "phu-luc-02.csv",
} as const satisfies Record<keyof ReportFiles, string>;

/** Every rendering of a report, in memory. */
export interface RenderedReport {
  xlsx: Uint8Array;
  docx: Uint8Array;
  png: Uint8Array;
  appendix1Csv: string;
  appendix2Csv: string;
}

/** Renders the report data in every format: XLSX, DOCX, the PNG chart and both CSV appendices, in the language of `text`. */
export async function renderReport(data: ReportData, text: ReportText, options?: Partial<ReportOptions>): Promise<RenderedReport> {
  const [xlsx, docx] = await Promise.all([renderXlsx(data, text, options), renderDocx(data, text, options)]);
  const csv = renderCsv(data, text);
  return { xlsx, docx, png: renderChartPng(data, text), appendix1Csv: csv.appendix1, appendix2Csv: csv.appendix2 };
}

/** Input of {@link writeReport}. */
export interface WriteReportInput extends ReportPeriodInput {
  /** Folder to write into; created when missing. Existing files of the same names are replaced. */
  outDir: string;
  /** The language the files are written in. */
  text: ReportText;
  options?: Partial<ReportOptions>;
}

/**
 * Computes the report data and writes every rendering into `outDir`:
 * bao-cao.xlsx, bao-cao.docx, bieu-do.png, phu-luc-01.csv, phu-luc-02.csv.
 * Returns the data and the paths.
 */
export async function writeReport(deps: ReportDeps, input: WriteReportInput): Promise<{ data: ReportData; files: ReportFiles }> {
  const data = await buildReportData(deps, input);
  const rendered = await renderReport(data, input.text, input.options);
  await mkdir(input.outDir, { recursive: true });
  const files = Object.fromEntries(
    Object.entries(REPORT_FILE_NAMES).map(([key, name]) => [key, join(input.outDir, name)]),
  ) as unknown as ReportFiles;
  await Promise.all((Object.keys(files) as (keyof ReportFiles)[]).map((key) => writeFile(files[key], rendered[key])));
  return { data, files };
}
