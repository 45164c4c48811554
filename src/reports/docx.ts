import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from "docx";
import { appendix1Section, appendix2Section } from "./docx-appendix.js";
import { A4, FONT, LANDSCAPE_MARGINS, LANDSCAPE_WIDTH, MARGINS, PORTRAIT_WIDTH, para } from "./docx-blocks.js";
import { headerBlock, sections, signatureBlock, titleBlock } from "./docx-body.js";
import { resolveReportOptions, type ReportOptions } from "./options.js";
import type { ReportText } from "./report-text.js";
import type { ReportData } from "./types.js";

/**
 * A draft report to edit and sign, in the layout of Nghị định 30/2020/NĐ-CP
 * (Phụ lục I): national header and motto, blank number and date, "BÁO CÁO"
 * with the subject and period, sections 1-3 with the computed figures,
 * "Nơi nhận:" and the signer, then Phụ lục 01 (portrait) and Phụ lục 02
 * (landscape) as tables. A4, Times New Roman 14 pt body, margins
 * 20/20/30/15 mm, page numbers centred at the top from page 2. Words in the
 * language of `text`.
 */
export async function renderDocx(data: ReportData, text: ReportText, options: Partial<ReportOptions> = {}): Promise<Buffer> {
  const opts = resolveReportOptions(options);
  const pageNumber = () =>
    new Header({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 28 })] })],
    });
  const portrait = { size: { width: A4.width, height: A4.height }, margin: MARGINS };
  const document = new Document({
    creator: opts.unit,
    title: text.t("report-docx-title"),
    styles: { default: { document: { run: { font: FONT, size: 28 }, paragraph: { spacing: { before: 0, after: 0, line: 240 } } } } },
    sections: [
      {
        properties: { page: portrait, titlePage: true },
        headers: { default: pageNumber(), first: new Header({ children: [new Paragraph({})] }) },
        children: [headerBlock(opts, text), ...titleBlock(data, text), ...sections(data, opts, text), para(""), signatureBlock(opts, text)],
      },
      {
        properties: { page: portrait },
        headers: { default: pageNumber() },
        children: appendix1Section(data, opts, text, PORTRAIT_WIDTH),
      },
      {
        properties: {
          page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGINS },
        },
        headers: { default: pageNumber() },
        children: appendix2Section(data, opts, text, LANDSCAPE_WIDTH),
      },
    ],
  });
  return Packer.toBuffer(document);
}
