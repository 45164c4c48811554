/** The first pages of the DOCX report: header block, title, sections 1-3, signature. */
import type { Paragraph, Table } from "docx";
import { layoutTable, para, PORTRAIT_WIDTH, rule } from "./docx-blocks.js";
import { formatDateVi } from "../core/time/format.js";
import { formatNumberVi, formatPercentVi, periodRangeVi } from "./format.js";
import { upperVi, type ReportOptions } from "./options.js";
import { inPeriodVi } from "./texts.js";
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
export function headerBlock(options: ReportOptions): Table {
  const left = 3700;
  const right = PORTRAIT_WIDTH - left;
  return layoutTable(
    [left, right],
    [
      [
        [
          para(upperVi(options.authority), { size: 13, align: "center" }),
          para(upperVi(options.unit), { size: 13, bold: true, align: "center" }),
          rule(1350),
        ],
        [
          para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: 13, bold: true, align: "center" }),
          para("Độc lập - Tự do - Hạnh phúc", { size: 14, bold: true, underline: true, align: "center" }),
        ],
      ],
      [
        [para(`Số:          /${options.symbol}`, { size: 13, align: "center", before: 6 })],
        [para(`${options.place}, ngày      tháng      năm          `, { size: 14, italics: true, align: "center", before: 6 })],
      ],
    ],
  );
}

/** "BÁO CÁO" and the subject line with the period, with a short rule under it. */
export function titleBlock(data: ReportData): Paragraph[] {
  return [
    para("BÁO CÁO", { bold: true, align: "center", before: 18 }),
    para(
      "Kết quả kiểm tra việc thực hiện nhiệm vụ do Ủy ban nhân dân tỉnh, " +
        `Chủ tịch Ủy ban nhân dân tỉnh giao ${inPeriodVi(data)}`,
      { bold: true, align: "center" },
    ),
    rule(Math.round(PORTRAIT_WIDTH / 3), 12),
  ];
}

/** Sections 1-3 with the computed figures, and blanks for what the team writes. */
export function sections(data: ReportData, options: ReportOptions): Paragraph[] {
  const n = formatNumberVi;
  const t = data.tasks;
  const range = periodRangeVi(data.period);
  const out: Paragraph[] = [
    body(
      "Thực hiện Quy chế theo dõi, đôn đốc, kiểm tra việc thực hiện nhiệm vụ do Ủy ban nhân dân tỉnh, " +
        `Chủ tịch Ủy ban nhân dân tỉnh giao; ${options.unit} báo cáo kết quả rà soát, kiểm tra tình hình ` +
        `thực hiện nhiệm vụ được giao ${inPeriodVi(data)} như sau:`,
    ),
    heading("1. Tình hình giao và theo dõi thực hiện nhiệm vụ"),
    body(
      `${range.charAt(0).toUpperCase()}${range.slice(1)} (dữ liệu báo cáo được xuất đến ngày ${formatDateVi(data.asOfDate)}), ` +
        `trên Hệ thống theo dõi nhiệm vụ đã cập nhật ${n(data.documents)} văn bản, trong đó giao ${n(t.total)} nhiệm vụ ` +
        "để các sở, ban ngành và Ủy ban nhân dân các huyện, thành phố theo dõi thực hiện, cập nhật tiến độ.",
    ),
    placeholder("(Bổ sung tình hình triển khai, theo dõi và đôn đốc thực hiện nhiệm vụ trong kỳ.)"),
    heading("2. Kết quả thực hiện nhiệm vụ"),
    body(
      `Các đơn vị, địa phương đã hoàn thành đúng hạn: ${n(t.onTime)} nhiệm vụ; đã hoàn thành nhưng quá hạn: ` +
        `${n(t.late)} nhiệm vụ; còn trong hạn giải quyết: ${n(t.inTerm)} nhiệm vụ; đã trễ hạn nhưng chưa hoàn thành: ` +
        `${n(t.overdue)} nhiệm vụ (Phụ lục 01).`,
    ),
    body(
      `Tổng số lũy kế đã thực hiện ${n(data.done)} nhiệm vụ, tỷ lệ hoàn thành đạt ${formatPercentVi(data.completionRate)}; ` +
        `còn ${n(data.inProgress)} nhiệm vụ đang thực hiện (Phụ lục 02).`,
    ),
    heading("3. Một số khó khăn, vướng mắc và kiến nghị"),
  ];
  const overdue = data.appendix1.rows
    .filter((r) => r.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue || a.order - b.order)
    .slice(0, 5);
  if (overdue.length > 0) {
    out.push(
      body(
        `Còn ${n(t.overdue)} nhiệm vụ đã trễ hạn nhưng chưa hoàn thành, nhiều nhất tại: ` +
          `${overdue.map((r) => `${r.agency.name} (${n(r.overdue)} nhiệm vụ)`).join(", ")}. ` +
          "Đề nghị các đơn vị khẩn trương hoàn thành, báo cáo kết quả thực hiện.",
      ),
    );
  }
  out.push(...qualityParagraphs(data));
  out.push(
    placeholder("(Bổ sung khó khăn, vướng mắc và kiến nghị.)"),
    body(`Trên đây là báo cáo kết quả kiểm tra việc thực hiện nhiệm vụ ${inPeriodVi(data)} của ${options.unit}./.`),
  );
  return out;
}

/**
 * The data-quality check (/chatluong) in section 3: what makes the figures
 * less reliable, counted over all tasks as of the report's date, with the
 * agencies that no reminder can reach named.
 */
function qualityParagraphs(data: ReportData): Paragraph[] {
  const n = formatNumberVi;
  const q = data.quality;
  const findings = [
    q.openWithoutDeadline.count > 0 ? `${n(q.openWithoutDeadline.count)} nhiệm vụ đang thực hiện chưa có thời hạn xử lý` : null,
    q.stale.count > 0 ? `${n(q.stale.count)} nhiệm vụ không được cập nhật tiến độ từ ${q.staleDays} ngày trở lên` : null,
    q.doneWithoutNote.count > 0 ? `${n(q.doneWithoutNote.count)} nhiệm vụ báo hoàn thành nhưng không có báo cáo tiến độ hay ghi chú` : null,
    q.agenciesWithoutFocal.count > 0
      ? `${n(q.agenciesWithoutFocal.count)} cơ quan chưa có cán bộ đầu mối liên lạc được` +
        ` (${q.agenciesWithoutFocal.items.map((a) => a.name).join(", ")}${q.agenciesWithoutFocal.count > q.agenciesWithoutFocal.items.length ? ", …" : ""})`
      : null,
  ].filter((f) => f !== null);
  const date = formatDateVi(q.asOfDate);
  if (findings.length === 0) return [body(`Về chất lượng dữ liệu: đến ngày ${date}, không phát hiện nhiệm vụ thiếu thời hạn, lâu không cập nhật hay thiếu đầu mối theo dõi.`)];
  return [
    body(`Về chất lượng dữ liệu trên Hệ thống (đến ngày ${date}): ${findings.join("; ")}. Đề nghị các đơn vị rà soát, cập nhật đầy đủ, chính xác.`),
  ];
}

/** "Nơi nhận:" on the left/** "Nơi nhận:" on the left, the signer's title and name on the right. */
export function signatureBlock(options: ReportOptions): Table {
  const left = 4300;
  const recipients = [
    para("Nơi nhận:", { size: 12, bold: true, italics: true, before: 6 }),
    ...options.recipients.map((line) => para(`- ${line}`, { size: 11 })),
  ];
  const signer = [
    para(upperVi(options.signerTitle), { bold: true, align: "center", before: 6 }),
    ...Array.from({ length: 4 }, () => para("", { align: "center" })),
    options.signerName
      ? para(options.signerName, { bold: true, align: "center" })
      : para("(Họ và tên)", { italics: true, align: "center" }),
  ];
  return layoutTable([left, PORTRAIT_WIDTH - left], [[recipients, signer]]);
}
