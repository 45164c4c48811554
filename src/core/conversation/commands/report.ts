import { AppError } from "../../errors.js";
import { can, hasRole } from "../../access/permissions.js";
import { endOfLocalDay, localDateOf } from "../../time/zone.js";
import { formatDateVi } from "../../time/format.js";
import { extractPeriodAndAsOf } from "../../time/parse-period.js";
import { percent } from "../../../i18n/format.js";
import { buildReportData } from "../../../reports/build-report-data.js";
import { MAX_REPORT_MONTHS, resolvePeriod } from "../../../reports/period.js";
import { createReportText } from "../../../reports/report-text.js";
import type { ReportData } from "../../../reports/types.js";
import { REPORT_FILE_NAMES, renderReport, type ReportFiles } from "../../../reports/write-report.js";
import { reply, type CommandContext, type CommandDef } from "../context.js";
import type { OutboundFile } from "../types.js";
import { actorOf } from "./task-access.js";

/** What each file is, in the order the chat shows them: the chart first, then the documents. */
const FILES: { key: keyof ReportFiles; titleKey: string; mimeType: string; kind: OutboundFile["kind"] }[] = [
  { key: "png", titleKey: "report-file-png", mimeType: "image/png", kind: "photo" },
  { key: "docx", titleKey: "report-file-docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", kind: "document" },
  { key: "xlsx", titleKey: "report-file-xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", kind: "document" },
  { key: "appendix1Csv", titleKey: "report-file-appendix1-csv", mimeType: "text/csv; charset=utf-8", kind: "document" },
  { key: "appendix2Csv", titleKey: "report-file-appendix2-csv", mimeType: "text/csv; charset=utf-8", kind: "document" },
];

/**
 * `/baocao [kỳ] [đến <ngày>]` (`/report`): the inspection report of
 * src/reports, in chat: a summary of its figures, then the files (chart,
 * DOCX draft, XLSX and CSV appendices).
 *
 * The period defaults to the year so far. A period that has ended is counted
 * as of its last day ("/baocao 6 tháng đầu năm 2019" is the seed report);
 * "đến <ngày>" sets that day, and the period is cut there.
 */
export const reportCommand: CommandDef = {
  name: "baocao",
  aliases: ["bao cao", "report"],
  usageKey: "usage-baocao",
  helpKey: "help-baocao",
  privateOnly: true,
  visible: (actor) => actor !== null && hasRole(actor, "leader", "inspector", "admin"),
  async run(ctx) {
    if (!can(actorOf(ctx), "report.read")) throw new AppError("forbidden");
    const input = reportInput(ctx);
    const data = await buildReportData(ctx.deps, input);
    if (data.tasks.total === 0) {
      return [reply(ctx.t("report-empty", periodArgs(ctx, data)))];
    }
    // The files in the asker's language, like the message.
    const rendered = await renderReport(data, createReportText(ctx.deps.translator, ctx.language));
    const files: OutboundFile[] = FILES.map((f) => ({
      filename: REPORT_FILE_NAMES[f.key].replace(/\.(\w+)$/, `-${data.asOfDate}.$1`),
      mimeType: f.mimeType,
      bytes: typeof rendered[f.key] === "string" ? new TextEncoder().encode(rendered[f.key] as string) : (rendered[f.key] as Uint8Array),
      kind: f.kind,
      title: ctx.t(f.titleKey, periodArgs(ctx, data)),
    }));
    return [
      reply(summary(ctx, data), {
        files: { items: files, linksHeading: ctx.t("report-files-links"), unavailable: ctx.t("report-files-unavailable") },
      }),
    ];
  },
};

/** The period and as-of instant the arguments ask for; bad arguments throw a localized AppError. */
function reportInput(ctx: CommandContext): { from?: string; to?: string; asOf: Date } {
  const { deps } = ctx;
  const tz = deps.timeZone;
  const now = deps.clock();
  const parsed = extractPeriodAndAsOf(ctx.args, now, tz);
  if (parsed.error) {
    throw new AppError(parsed.error.kind === "invalid_date" ? "invalid_date" : "invalid_period", { text: parsed.error.text });
  }
  if (parsed.rest !== "") throw new AppError("usage", { usage: ctx.t("usage-baocao") });
  const today = localDateOf(now, tz);
  const asOfDate = parsed.asOf ?? (parsed.period && parsed.period.to < today ? parsed.period.to : undefined);
  const asOf = asOfDate ? endOfLocalDay(asOfDate, tz) : now;
  const asOfDay = localDateOf(asOf, tz);
  const from = parsed.period?.from;
  // Tasks assigned after the as-of day do not exist yet at that day.
  const to = parsed.period && parsed.period.to > asOfDay ? asOfDay : parsed.period?.to;
  if (from !== undefined && to !== undefined && from > to) {
    throw new AppError("report_period_after_as_of", { from: formatDateVi(from, tz), date: formatDateVi(asOfDay, tz) });
  }
  try {
    resolvePeriod({ from, to, asOf }, tz);
  } catch (err) {
    if (err instanceof RangeError) throw new AppError("report_period_too_long", { months: MAX_REPORT_MONTHS });
    throw err;
  }
  return { from, to, asOf };
}

function periodArgs(ctx: CommandContext, data: ReportData): Record<string, string> {
  const tz = ctx.deps.timeZone;
  return { from: formatDateVi(data.period.from, tz), to: formatDateVi(data.period.to, tz), date: formatDateVi(data.asOfDate, tz) };
}

/** The figures of sections 1–3 of the report, as a chat message. */
function summary(ctx: CommandContext, data: ReportData): string {
  const t = data.tasks;
  return [
    ctx.t("report-title"),
    ctx.t("report-period", periodArgs(ctx, data)),
    "",
    ctx.t("report-documents", { documents: data.documents, tasks: t.total }),
    ctx.t("stats-on-time", { count: t.onTime }),
    ctx.t("stats-late", { count: t.late }),
    ctx.t("stats-in-term", { count: t.inTerm }),
    ctx.t("stats-overdue", { count: t.overdue }),
    ctx.t("stats-rate", { done: data.done, rate: percent(data.completionRate) }),
    ctx.t("report-in-progress", { count: data.inProgress }),
    "",
    ctx.t("report-quality", {
      noDeadline: data.quality.openWithoutDeadline.count,
      stale: data.quality.stale.count,
      days: data.quality.staleDays,
      noFocal: data.quality.agenciesWithoutFocal.count,
      noNote: data.quality.doneWithoutNote.count,
    }),
    "",
    ctx.t("report-files"),
  ].join("\n");
}
