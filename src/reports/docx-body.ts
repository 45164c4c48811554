/** The first pages of the DOCX report: header block, title, sections 1-3, signature. */
import type { Paragraph, Table } from "docx";
import { layoutTable, para, PORTRAIT_WIDTH, rule } from "./docx-blocks.js";
import { formatDateVi } from "../core/time/format.js";
import type { ReportOptions } from "./options.js";
import { inPeriod, periodRange, type ReportText } from "./report-text.js";
import type { ReportData } from "./types.js";

const INDENT = 567;
const body = (text: string) => para(text, { align: "justify", firstLine: INDENT, after: 6 });
const placeholder = (text: string) => para(text, { align: "justify", firstLine: INDENT, after: 6, italics: true });
const heading = (text: string) => para(text, { bold: true, align: "justify", firstLine: INDENT, after: 6, keepNext: true });

/**
 * National header and motto (left: authority and unit, number; right: the
 * country's name, the underlined motto, place and date), with blanks for the
 * number and the date.
 */
export function headerBlock(options: ReportOptions, text: ReportText): Table {
  const { t } = text;
  const left = 3700;
  const right = PORTRAIT_WIDTH - left;
  return layoutTable(
    [left, right],
    [
      [
        [
          para(text.upper(options.authority), { size: 13, align: "center" }),
          para(text.upper(options.unit), { size: 13, bold: true, align: "center" }),
          rule(1350),
        ],
        [
          para(t("report-docx-country"), { size: 13, bold: true, align: "center" }),
          para(t("report-docx-motto"), { size: 14, bold: true, underline: true, align: "center" }),
        ],
      ],
      [
        [para(t("report-docx-number", { symbol: options.symbol }), { size: 13, align: "center", before: 6 })],
        [para(t("report-docx-place-date", { place: options.place }), { size: 14, italics: true, align: "center", before: 6 })],
      ],
    ],
  );
}

/** "BÁO CÁO" and the subject line with the period, with a short rule under it. */
export function titleBlock(data: ReportData, text: ReportText): Paragraph[] {
  const { t } = text;
  return [
    para(t("report-docx-heading"), { bold: true, align: "center", before: 18 }),
    para(t("report-docx-subject", { period: inPeriod(data.period, text) }), { bold: true, align: "center" }),
    rule(Math.round(PORTRAIT_WIDTH / 3), 12),
  ];
}

/** Sections 1-3 with the computed figures, and blanks for what the team writes. */
export function sections(data: ReportData, options: ReportOptions, text: ReportText): Paragraph[] {
  const { t } = text;
  const n = text.number;
  const tasks = data.tasks;
  const period = inPeriod(data.period, text);
  const range = periodRange(data.period, text);
  const out: Paragraph[] = [
    body(t("report-docx-intro", { unit: options.unit, period })),
    heading(t("report-docx-section1")),
    body(
      t("report-docx-assigned", {
        range: `${range.charAt(0).toUpperCase()}${range.slice(1)}`,
        date: formatDateVi(data.asOfDate),
        documents: n(data.documents),
        tasks: n(tasks.total),
      }),
    ),
    placeholder(t("report-docx-section1-placeholder")),
    heading(t("report-docx-section2")),
    body(t("report-docx-results", { onTime: n(tasks.onTime), late: n(tasks.late), inTerm: n(tasks.inTerm), overdue: n(tasks.overdue) })),
    body(t("report-docx-cumulative", { done: n(data.done), rate: text.percent(data.completionRate), inProgress: n(data.inProgress) })),
    heading(t("report-docx-section3")),
  ];
  const overdue = data.appendix1.rows
    .filter((r) => r.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue || a.order - b.order)
    .slice(0, 5);
  if (overdue.length > 0) {
    const agencies = overdue.map((r) => t("report-docx-overdue-agency", { agency: r.agency.name, count: n(r.overdue) })).join(", ");
    out.push(body(t("report-docx-overdue", { overdue: n(tasks.overdue), agencies })));
  }
  out.push(...qualityParagraphs(data, text));
  out.push(placeholder(t("report-docx-section3-placeholder")), body(t("report-docx-closing", { period, unit: options.unit })));
  return out;
}

/**
 * The data-quality check (/chatluong) in section 3: what makes the figures
 * less reliable, counted over all tasks as of the report's date, with the
 * agencies that no reminder can reach named.
 */
function qualityParagraphs(data: ReportData, text: ReportText): Paragraph[] {
  const { t } = text;
  const n = text.number;
  const q = data.quality;
  const noFocal = q.agenciesWithoutFocal;
  const findings = [
    q.openWithoutDeadline.count > 0 ? t("report-docx-quality-no-deadline", { count: n(q.openWithoutDeadline.count) }) : null,
    q.stale.count > 0 ? t("report-docx-quality-stale", { count: n(q.stale.count), days: n(q.staleDays) }) : null,
    q.doneWithoutNote.count > 0 ? t("report-docx-quality-done-no-note", { count: n(q.doneWithoutNote.count) }) : null,
    noFocal.count > 0
      ? t("report-docx-quality-no-focal", {
          count: n(noFocal.count),
          agencies: `${noFocal.items.map((a) => a.name).join(", ")}${noFocal.count > noFocal.items.length ? ", …" : ""}`,
        })
      : null,
  ].filter((f) => f !== null);
  const date = formatDateVi(q.asOfDate);
  if (findings.length === 0) return [body(t("report-docx-quality-none", { date }))];
  return [body(t("report-docx-quality", { date, findings: findings.join("; ") }))];
}

/** "Nơi nhận:" on the left/** "Nơi nhận:" on the left, the signer's title and name on the right. */
export function signatureBlock(options: ReportOptions, text: ReportText): Table {
  const left = 4300;
  const recipients = [
    para(text.t("report-docx-recipients"), { size: 12, bold: true, italics: true, before: 6 }),
    ...options.recipients.map((line) => para(`- ${line}`, { size: 11 })),
  ];
  const signer = [
    para(text.upper(options.signerTitle), { bold: true, align: "center", before: 6 }),
    ...Array.from({ length: 4 }, () => para("", { align: "center" })),
    options.signerName
      ? para(options.signerName, { bold: true, align: "center" })
      : para(text.t("report-docx-signer-name"), { italics: true, align: "center" }),
  ];
  return layoutTable([left, PORTRAIT_WIDTH - left], [[recipients, signer]]);
}
