/**
 * The inspection report: data computed from the database, and its
 * renderings (XLSX, DOCX, PNG chart, CSV).
 */
export { buildReportData, type ReportDeps } from "./build-report-data.js";
export { renderChartPng, renderSvgToPng } from "./chart/png.js";
export { buildChartSvg, CHART_WIDTH, chartHeight } from "./chart/svg.js";
export { renderCsv, type ReportCsv } from "./csv.js";
export { renderDocx } from "./docx.js";
export { formatNumberEn, formatNumberVi, formatPercentEn, formatPercentVi } from "./format.js";
export { createReportText, inPeriod, periodPhrase, periodRange, type ReportText } from "./report-text.js";
export { DEFAULT_REPORT_OPTIONS, resolveReportOptions, type ReportOptions } from "./options.js";
export { MAX_REPORT_MONTHS, resolvePeriod, type ReportDateInput, type ReportPeriodInput } from "./period.js";
export type { Appendix1Row, Appendix2Row, Appendix2Sums, MonthCell, ReportData } from "./types.js";
export { REPORT_FILE_NAMES, renderReport, writeReport, type RenderedReport, type ReportFiles, type WriteReportInput } from "./write-report.js";
export { renderXlsx } from "./xlsx.js";
