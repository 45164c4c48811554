/** The two appendices as DOCX tables, with the report's merged headings. */
import { Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from "docx";
import { para } from "./docx-blocks.js";
import type { ReportOptions } from "./options.js";
import {
  appendix1Headings,
  appendix1Title,
  appendix2Headings,
  appendix2Title,
  attachedNote,
  dataNote,
  monthLabel,
  type ReportText,
} from "./report-text.js";
import type { ReportData } from "./types.js";

interface CellSpec {
  text: string;
  rows?: number;
  cols?: number;
  bold?: boolean;
  align?: "left" | "center";
}

/** "PHỤ LỤC 0n", the title and the two notes, centred. */
export function appendixHeading(label: string, title: string, data: ReportData, options: ReportOptions, text: ReportText): Paragraph[] {
  return [
    para(label, { bold: true, align: "center", size: 14 }),
    para(title, { bold: true, align: "center", size: 13 }),
    para(dataNote(data, text), { italics: true, align: "center", size: 13 }),
    para(attachedNote(options, text), { italics: true, align: "center", size: 13, after: 6 }),
  ];
}

/** Appendix 1: TT, agency, total, then "Kết quả thực hiện" over the four categories. */
export function appendix1Section(data: ReportData, options: ReportOptions, text: ReportText, width: number): (Paragraph | Table)[] {
  const A1 = appendix1Headings(text);
  const numberWidth = Math.floor((width - 600) / 9);
  const widths = [600, width - 600 - 5 * numberWidth, ...Array<number>(5).fill(numberWidth)];
  const heading: CellSpec[][] = [
    [
      { text: A1.order, rows: 3 },
      { text: A1.agency, rows: 3 },
      { text: A1.total, rows: 3 },
      { text: A1.result, cols: 4 },
    ],
    [
      { text: A1.completed, cols: 2 },
      { text: A1.notCompleted, cols: 2 },
    ],
    [{ text: A1.onTime }, { text: A1.late }, { text: A1.inTerm }, { text: A1.overdue }],
  ].map((row) => row.map((c) => ({ ...c, bold: true })));
  const body: CellSpec[][] = data.appendix1.rows.map((r) => [
    { text: String(r.order) },
    { text: r.agency.name, align: "left" },
    ...[r.total, r.onTime, r.late, r.inTerm, r.overdue].map((n) => ({ text: text.cell(n) })),
  ]);
  const t = data.appendix1.total;
  body.push(
    [{ text: "" }, { text: A1.totalRow }, ...[t.total, t.onTime, t.late, t.inTerm, t.overdue].map((n) => ({ text: text.cell(n) }))].map(
      (c) => ({ ...c, bold: true }),
    ),
  );
  return [...appendixHeading(text.t("report-appendix1-label"), appendix1Title(data, text), data, options, text), grid(widths, heading, body, 12)];
}

/** Appendix 2: per month "Giao" / "Đã thực hiện", then "Lũy kế" and "Còn phải thực hiện". */
export function appendix2Section(data: ReportData, options: ReportOptions, text: ReportText, width: number): (Paragraph | Table)[] {
  const A2 = appendix2Headings(text);
  const n = data.months.length;
  const numbers = 2 * n + 3;
  const nameWidth = n <= 6 ? 2800 : n <= 12 ? 2200 : 1700;
  const numberWidth = Math.floor((width - 500 - nameWidth) / numbers);
  const widths = [500, width - 500 - numbers * numberWidth, ...Array<number>(numbers).fill(numberWidth)];
  const heading: CellSpec[][] = [
    [
      { text: A2.order, rows: 2 },
      { text: A2.agency, rows: 2 },
      ...data.months.map((m) => ({ text: monthLabel(m, data.months, text), cols: 2 })),
      { text: A2.cumulative, cols: 3 },
    ],
    [...data.months.flatMap(() => [{ text: A2.assigned }, { text: A2.done }]), { text: A2.assigned }, { text: A2.done }, { text: A2.remaining }],
  ].map((row) => row.map((c) => ({ ...c, bold: true })));
  const cells = (r: { months: { assigned: number; done: number }[]; assigned: number; done: number; remaining: number }) =>
    [...r.months.flatMap((m) => [m.assigned, m.done]), r.assigned, r.done, r.remaining].map((v) => ({ text: text.cell(v) }));
  const body: CellSpec[][] = data.appendix2.rows.map((r) => [{ text: String(r.order) }, { text: r.agency.name, align: "left" }, ...cells(r)]);
  body.push([{ text: "" }, { text: A2.totalRow }, ...cells(data.appendix2.total)].map((c) => ({ ...c, bold: true })));
  const size = n <= 6 ? 10 : n <= 12 ? 8 : 6.5;
  return [...appendixHeading(text.t("report-appendix2-label"), appendix2Title(data, text), data, options, text), grid(widths, heading, body, size)];
}

/** A bordered table: heading rows repeat on every page; rows never split. */
function grid(widths: number[], heading: CellSpec[][], body: CellSpec[][], size: number): Table {
  const row = (cells: CellSpec[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((c) => {
        return new TableCell({
          children: [para(c.text, { size, bold: c.bold, align: c.align ?? "center", compact: true })],
          rowSpan: c.rows,
          columnSpan: c.cols,
          verticalAlign: VerticalAlignTable.CENTER,
        });
      }),
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: 40, right: 40, top: 20, bottom: 20 },
    rows: [...heading.map((cells) => row(cells, true)), ...body.map((cells) => row(cells, false))],
  });
}
