import { Resvg } from "@resvg/resvg-js";
import type { ReportText } from "../report-text.js";
import type { ReportData } from "../types.js";
import { CHART_FONT_FAMILY, chartFontFiles } from "./fonts.js";
import { buildChartSvg } from "./svg.js";

/**
 * Renders an SVG with the shipped DejaVu fonts only (system fonts are never
 * loaded, so the output is the same on every machine).
 */
export function renderSvgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "original" },
    background: "#FFFFFF",
    font: { fontFiles: chartFontFiles(), loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
  });
  return resvg.render().asPng();
}

/**
 * The appendix-1 chart as a PNG: horizontal stacked bars per agency in the
 * four categories with a legend, 1080 px wide (see buildChartSvg).
 */
export function renderChartPng(data: ReportData, text: ReportText): Buffer {
  return renderSvgToPng(buildChartSvg(data, text).svg);
}
