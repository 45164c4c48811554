/**
 * Small builders for the DOCX report: runs and paragraphs in Times New Roman
 * with point sizes, and borderless layout tables (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I: text 13-14 pt).
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";

/** The decree's typeface. */
export const FONT = "Times New Roman";

/** Twips per millimetre. */
export const MM = 56.7;

/** A4 in twips, portrait. */
export const A4 = { width: 11906, height: 16838 } as const;

/** Margins of the decree: top/bottom 20 mm, left 30 mm, right 15 mm. */
export const MARGINS = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };

/** Text width of a portrait page, in twips. */
export const PORTRAIT_WIDTH = A4.width - MARGINS.left - MARGINS.right;

/** Appendix pages in landscape: 20 mm all round but 15 mm on the right. */
export const LANDSCAPE_MARGINS = { top: Math.round(20 * MM), bottom: Math.round(15 * MM), left: Math.round(20 * MM), right: Math.round(15 * MM) };

/** Text width of a landscape page, in twips. */
export const LANDSCAPE_WIDTH = A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;

/** How a run of text looks. */
export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  /** Points (default 14). */
  size?: number;
  /**
   * Leave the font and spacing to the document defaults (Times New Roman,
   * single spacing): table cells, where thousands of runs add up.
   */
  compact?: boolean;
}

/** A run of text in Times New Roman. */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: style.compact ? undefined : FONT,
    size: (style.size ?? 14) * 2,
    bold: style.bold,
    italics: style.italics,
    underline: style.underline ? {} : undefined,
  });
}

/** How a paragraph looks; its run style applies to every run. */
export interface ParagraphStyle extends RunStyle {
  align?: "left" | "center" | "right" | "justify";
  /** First-line indent in twips. */
  firstLine?: number;
  /** Space before / after in points. */
  before?: number;
  after?: number;
  keepNext?: boolean;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** A paragraph of one run. */
export function para(text: string, style: ParagraphStyle = {}): Paragraph {
  return new Paragraph({
    children: [run(text, style)],
    alignment: ALIGN[style.align ?? "left"],
    indent: style.firstLine ? { firstLine: style.firstLine } : undefined,
    spacing: style.compact ? undefined : { before: (style.before ?? 0) * 20, after: (style.after ?? 0) * 20, line: 276 },
    keepNext: style.keepNext,
  });
}

/**
 * A short horizontal rule, centred by insetting it `inset` twips from each
 * side: the line the decree draws under the unit's name and under the
 * subject line. An empty paragraph 3 pt high, so it sits just below the text.
 */
export function rule(inset: number, after = 0): Paragraph {
  return new Paragraph({
    children: [],
    indent: { left: inset, right: inset },
    spacing: { before: 0, after: after * 20, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
  });
}

/** A borderless table used for layout (header block, signature block). */
export function layoutTable(widths: number[], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (children, i) =>
              new TableCell({
                children,
                width: { size: widths[i]!, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
                borders: TableBorders.NONE,
              }),
          ),
        }),
    ),
  });
}
