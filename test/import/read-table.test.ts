import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES, detectDelimiter, readCsvTable, type Table } from "../../src/core/import/read-table.js";
import { headerKey, mapColumns } from "../../src/core/import/columns.js";
import { mapTaskColumns } from "../../src/core/import/task-columns.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));

function table(source: string | Uint8Array): Table {
  const result = readCsvTable(source);
  if (!result.ok) throw new Error(`unexpected error ${result.error.key}`);
  return result.table;
}

describe("readCsvTable", () => {
  it("reads headers and rows with their physical line numbers", () => {
    const t = table("a,b\n1,2\n\n3,4\n");
    expect(t.headers).toEqual(["a", "b"]);
    expect(t.rows).toEqual([
      { line: 2, cells: ["1", "2"] },
      { line: 4, cells: ["3", "4"] },
    ]);
  });

  it("strips a byte order mark and reads `;` with CRLF line ends", () => {
    const t = table(fixture("tasks-bom-semicolon.csv"));
    expect(t.headers[0]).toBe("ma_nhiem_vu");
    expect(t.headers).toHaveLength(6);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(t.rows[0]!.cells[1]).toBe("Tổng kết, đánh giá năm 2018");
    expect(t.rows[1]!.cells[1]).toBe("Báo cáo; có dấu chấm phẩy");
  });

  it("keeps separators, doubled quotes and line breaks inside quoted cells, and counts the lines", () => {
    const t = table(fixture("tasks-quoted.csv"));
    expect(t.rows.map((r) => r.line)).toEqual([2, 4, 5]);
    expect(t.rows[0]!.cells[1]).toBe("Triển khai Nghị quyết số 01, 02 và 03");
    expect(t.rows[0]!.cells[5]).toBe("Dòng một\nDòng hai, có dấu phẩy");
    expect(t.rows[1]!.cells[1]).toBe('Báo cáo "khẩn" về dịch bệnh');
  });

  it("normalizes CRLF inside quoted cells and counts a lone CR as a line break", () => {
    const t = table('a,b\r\n"x\r\ny",1\r\n2,3\r4,5');
    expect(t.rows).toEqual([
      { line: 2, cells: ["x\ny", "1"] },
      { line: 4, cells: ["2", "3"] },
      { line: 5, cells: ["4", "5"] },
    ]);
  });

  it("skips lines made only of separators, keeps a trailing empty cell, and flags text after a closing quote", () => {
    const t = table('a;b\n;\n"x"y;\n');
    expect(t.rows).toEqual([{ line: 3, cells: ["xy", ""], malformed: true }]);
  });

  it("returns NFC text whatever the file's normalization", () => {
    const decomposed = "ma,ten\nSYT,Sở Y tế".normalize("NFD");
    expect(table(decomposed).rows[0]!.cells[1]).toBe("Sở Y tế".normalize("NFC"));
  });

  it("detects the separator from the header line only, outside quotes", () => {
    expect(detectDelimiter('"a;b;c",d,e\nx;y;z;w')).toBe(",");
    expect(detectDelimiter("a;b,c;d\n")).toBe(";");
    expect(detectDelimiter("single")).toBe(",");
  });

  it.each([
    ["", "import-file-empty"],
    ["\uFEFF  \n\n", "import-file-empty"],
    ["a,b\n", "import-file-no-rows"],
    ['a,b\n1,"never closed\n2,3\n', "import-file-unclosed-quote"],
  ])("refuses %j with %s", (source, key) => {
    const result = readCsvTable(source);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.key).toBe(key);
  });

  it("names the line where an unclosed quote starts", () => {
    const result = readCsvTable('a,b\n1,2\n3,"open\nmore');
    expect(result).toEqual({ ok: false, error: { key: "import-file-unclosed-quote", args: { line: "3" } } });
  });

  it("refuses bytes that are not UTF-8", () => {
    const latin1 = Uint8Array.from([0x61, 0x0a, 0x53, 0xf4, 0x0a]);
    expect(readCsvTable(latin1)).toEqual({ ok: false, error: { key: "import-file-encoding" } });
  });

  it("refuses more than 20 MB before parsing", () => {
    const result = readCsvTable(new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toEqual({ key: "import-file-too-large", args: { size: 20, max: 20 } });
  });
});

describe("column mapping", () => {
  it("folds header names", () => {
    expect(headerKey("Mã nhiệm vụ")).toBe("ma_nhiem_vu");
    expect(headerKey(" MA-NHIEM-VU ")).toBe("ma_nhiem_vu");
    expect(headerKey("document_number")).toBe("document_number");
  });

  it("maps Vietnamese and English headers in any order and lists unknown ones", () => {
    const vi = mapTaskColumns(table(fixture("tasks-vi.csv")).headers);
    const en = mapTaskColumns(["Agency", "TITLE", "assigned at", "Ghi chú", "extra"]);
    expect(vi.ok && vi.columns.title).toEqual({ index: 1, header: "trich_yeu" });
    expect(en.ok && en.columns).toEqual({
      agency: { index: 0, header: "Agency" },
      title: { index: 1, header: "TITLE" },
      assignedAt: { index: 2, header: "assigned at" },
      note: { index: 3, header: "Ghi chú" },
    });
    expect(en.ok && en.ignored).toEqual(["extra"]);
  });

  it("reports every missing required column in one error", () => {
    const result = mapTaskColumns(table(fixture("tasks-missing-column.csv")).headers);
    expect(result).toEqual({
      ok: false,
      error: {
        key: "import-file-missing-columns",
        args: { columns: "co_quan_chu_tri / agency, ngay_giao / assigned_at", found: "ma_nhiem_vu, trich_yeu, han_xu_ly" },
      },
    });
  });

  it("refuses two headers for the same field", () => {
    const result = mapColumns(["title", "trich_yeu"], { title: { names: ["trich_yeu", "title"], required: true } });
    expect(result).toEqual({ ok: false, error: { key: "import-file-duplicate-column", args: { first: "title", second: "trich_yeu" } } });
  });
});
