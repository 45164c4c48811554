/**
 * The chart of appendix 1 as SVG: one horizontal stacked bar per agency in
 * the four categories, sized for a phone screen (1080 px wide, large type,
 * the agency's full name above its bar, values on the bars).
 */
import { formatDateVi } from "../../core/time/format.js";
import { categoryLabels, periodPhrase, type ReportText } from "../report-text.js";
import type { ReportData } from "../types.js";
import { CHART_FONT_FAMILY } from "./fonts.js";

/** Width of the chart in pixels. */
export const CHART_WIDTH = 1080;

/** Fill and text colour of each category, in report order. */
export const CATEGORY_COLORS = {
  onTime: { fill: "#2E7D32", text: "#FFFFFF" },
  late: { fill: "#F9A825", text: "#212121" },
  inTerm: { fill: "#1976D2", text: "#FFFFFF" },
  overdue: { fill: "#C62828", text: "#FFFFFF" },
} as const;

const PAD = 48;
const LEGEND_TOP = 270;
const LEGEND_ROW = 46;
const ROWS_TOP = LEGEND_TOP + 4 * LEGEND_ROW + 36;
const ROW = 94;
const BAR = 42;
const NAME_SIZE = 28;
const VALUE_SIZE = 24;
const TOTAL_ROOM = 120;

/** Height of the chart for `agencies` rows. */
export function chartHeight(agencies: number): number {
  return ROWS_TOP + Math.max(agencies, 1) * ROW + PAD;
}

/** Escapes text for SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** Rough advance width of DejaVu Sans text: enough to decide whether a label fits. */
function textWidth(text: string, size: number): number {
  return [...text].length * size * 0.64;
}

function text(x: number, y: number, content: string, size: number, attrs = ""): string {
  return `<text x="${x}" y="${y}" font-size="${size}" ${attrs}>${escapeXml(content)}</text>`;
}

function truncate(name: string, size: number, width: number): string {
  const max = Math.floor(width / (size * 0.6));
  return [...name].length <= max ? name : `${[...name].slice(0, max - 1).join("")}…`;
}

/** The chart as an SVG document, with its pixel size; words in the language of `words`. */
export function buildChartSvg(data: ReportData, words: ReportText): { svg: string; width: number; height: number } {
  const { t } = words;
  const n = words.number;
  const labels = categoryLabels(words);
  const width = CHART_WIDTH;
  const rows = data.appendix1.rows;
  const height = chartHeight(rows.length);
  const inner = width - 2 * PAD;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT_FAMILY}">`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    text(PAD, 96, t("report-chart-title"), 40, 'font-weight="bold" fill="#111111"'),
    text(PAD, 146, cap(periodPhrase(data.period, words)), 28, 'fill="#444444"'),
    text(PAD, 186, t("report-chart-as-of", { date: formatDateVi(data.asOfDate) }), 28, 'fill="#444444"'),
    text(
      PAD,
      232,
      t("report-chart-totals", { total: n(data.tasks.total), done: n(data.done), rate: words.percent(data.completionRate) }),
      28,
      'font-weight="bold" fill="#111111"',
    ),
  ];

  labels.forEach(([key, label], i) => {
    const y = LEGEND_TOP + i * LEGEND_ROW;
    out.push(
      `<rect x="${PAD}" y="${y}" width="34" height="34" rx="4" fill="${CATEGORY_COLORS[key].fill}"/>`,
      text(PAD + 50, y + 27, t("report-chart-legend", { label, count: n(data.tasks[key]) }), 28, 'fill="#222222"'),
    );
  });
  out.push(`<line x1="${PAD}" y1="${ROWS_TOP - 18}" x2="${width - PAD}" y2="${ROWS_TOP - 18}" stroke="#DDDDDD" stroke-width="2"/>`);

  const max = Math.max(1, ...rows.map((r) => r.total));
  const scale = (inner - TOTAL_ROOM) / max;
  rows.forEach((row, i) => {
    const top = ROWS_TOP + i * ROW;
    const barTop = top + 40;
    out.push(text(PAD, top + 30, truncate(`${row.order}. ${row.agency.name}`, NAME_SIZE, inner), NAME_SIZE, 'fill="#222222"'));
    out.push(`<rect x="${PAD}" y="${barTop}" width="${inner - TOTAL_ROOM}" height="${BAR}" fill="#F3F3F3"/>`);
    let x = PAD;
    for (const [key] of labels) {
      const value = row[key];
      if (value === 0) continue;
      const w = value * scale;
      const colors = CATEGORY_COLORS[key];
      out.push(`<rect x="${x.toFixed(2)}" y="${barTop}" width="${w.toFixed(2)}" height="${BAR}" fill="${colors.fill}"/>`);
      const label = n(value);
      if (textWidth(label, VALUE_SIZE) + 10 <= w) {
        out.push(
          text(+(x + w / 2).toFixed(2), barTop + 30, label, VALUE_SIZE, `font-weight="bold" text-anchor="middle" fill="${colors.text}"`),
        );
      }
      x += w;
    }
    out.push(text(+(x + 12).toFixed(2), barTop + 31, n(row.total), 26, 'font-weight="bold" fill="#111111"'));
  });
  out.push("</svg>");
  return { svg: out.join("\n"), width, height };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
