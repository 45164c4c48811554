/**
 * Task import throughput: 50,000 rows from a CSV file and from an XLSX file
 * (both generated here, with the same content; the XLSX dates are real Excel
 * date cells), each imported into an empty task table and then imported
 * again (every row unchanged). Times include reading the file, validation
 * and writing, as `nhacviec import` does.
 */
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { importTasks } from "../src/core/import/import-tasks.js";
import { readCsvTable, type Table } from "../src/core/import/read-table.js";
import { readXlsxTable } from "../src/core/import/read-xlsx.js";
import { coreDeps, type BenchDatabase } from "./databases.js";
import { report } from "./harness.js";

const ROWS = 50_000;
const AGENCIES = 60;
const HEADER = ["ma_nhiem_vu", "trich_yeu", "co_quan_chu_tri", "so_ky_hieu_van_ban", "ngay_van_ban", "ngay_giao", "han_xu_ly", "ngay_hoan_thanh", "ghi_chu"];

/** One row's values; dates as [year, month, day] or null. */
interface Row {
  code: string;
  title: string;
  agency: string;
  documentNumber: string;
  documentDate: [number, number, number] | null;
  assigned: [number, number, number];
  deadline: [number, number, number] | null;
  completed: [number, number, number] | null;
  note: string;
}

/** A deterministic load over two years (2022-2023, all in the past), a few hundred documents, 45 % open. */
function generateRows(): Row[] {
  let seed = 11;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const day = (offset: number): [number, number, number] => {
    const d = new Date(Date.UTC(2022, 0, 3) + offset * 86_400_000);
    return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  };
  return Array.from({ length: ROWS }, (_, i) => {
    const assigned = Math.floor(rnd() * 700);
    const doc = Math.floor(rnd() * 400);
    const open = rnd() < 0.45;
    return {
      code: `NV-I-${i}`,
      title: `Triển khai nhiệm vụ số ${i} theo chỉ đạo của UBND tỉnh`,
      agency: `Cơ quan ${1 + Math.floor(rnd() * AGENCIES)}`,
      documentNumber: rnd() < 0.8 ? `${doc}/QĐ-UBND` : "",
      documentDate: null,
      assigned: day(assigned),
      deadline: rnd() < 0.05 ? null : day(assigned + 10 + Math.floor(rnd() * 50)),
      completed: open ? null : day(assigned + Math.floor(rnd() * 60)),
      note: rnd() < 0.1 ? "Ghi chú, có dấu phẩy" : "",
    };
  }).map((r) => ({ ...r, documentDate: r.documentNumber ? day(Number(r.documentNumber.split("/")[0]) % 300) : null }));
}

const vn = (d: [number, number, number] | null) => (d ? `${String(d[2]).padStart(2, "0")}/${String(d[1]).padStart(2, "0")}/${d[0]}` : "");

function csvOf(rows: Row[]): Buffer {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = rows.map((r) =>
    [r.code, r.title, r.agency, r.documentNumber, vn(r.documentDate), vn(r.assigned), vn(r.deadline), vn(r.completed), r.note].map(q).join(","),
  );
  return Buffer.from(`${HEADER.join(",")}\n${lines.join("\n")}\n`, "utf8");
}

async function xlsxOf(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Nhiệm vụ");
  sheet.addRow(HEADER);
  const date = (d: [number, number, number] | null) => (d ? new Date(Date.UTC(d[0], d[1] - 1, d[2])) : null);
  for (const r of rows) {
    sheet.addRow([r.code, r.title, r.agency, r.documentNumber || null, date(r.documentDate), date(r.assigned), date(r.deadline), date(r.completed), r.note || null]);
  }
  for (const col of [5, 6, 7, 8]) sheet.getColumn(col).numFmt = "dd/mm/yyyy";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Imports a file the way the CLI does; returns the seconds it took and the counts. */
async function timeImport(target: BenchDatabase, read: () => Promise<Table>) {
  const start = performance.now();
  const table = await read();
  const result = await importTasks(coreDeps(target.db), { table, sourceName: "bench" });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== "ok") {
    const first = result.status === "rejected" ? ` (line ${result.issues[0]?.line}: ${result.issues[0]?.reason.key})` : "";
    throw new Error(`import ${result.status}${first}`);
  }
  return { seconds, counts: result.counts };
}

async function resetTasks(target: BenchDatabase): Promise<void> {
  await target.db.task.deleteMany();
  await target.db.document.deleteMany();
  await target.db.auditLog.deleteMany();
}

/** `npm run bench import`: seconds and rows/s per format, first import and re-import. */
export async function benchImport(target: BenchDatabase): Promise<void> {
  await target.db.agency.createMany({
    data: Array.from({ length: AGENCIES }, (_, i) => ({ code: `B${i + 1}`, name: `Cơ quan ${i + 1}`, displayOrder: i })),
  });
  const rows = generateRows();
  const csv = csvOf(rows);
  const xlsx = await xlsxOf(rows);
  const readCsv = async () => {
    const r = readCsvTable(csv);
    if (!r.ok) throw new Error(r.error.key);
    return r.table;
  };
  const readXlsx = async () => {
    const r = await readXlsxTable(xlsx);
    if (!r.ok) throw new Error(r.error.key);
    return r.table;
  };
  const parseStart = performance.now();
  await readXlsx();
  const xlsxParse = (performance.now() - parseStart) / 1000;

  const line = (label: string, m: { seconds: number; counts: { created: number; unchanged: number } }) =>
    `${label.padEnd(22)} ${m.seconds.toFixed(2)} s  ${Math.round(ROWS / m.seconds).toLocaleString("en")} rows/s  ` +
    `(created ${m.counts.created}, unchanged ${m.counts.unchanged})`;
  const lines: string[] = [];
  for (const [name, read] of [["CSV", readCsv], ["XLSX", readXlsx]] as const) {
    await resetTasks(target);
    const first = await timeImport(target, read);
    const again = await timeImport(target, read);
    if (first.counts.created !== ROWS || again.counts.unchanged !== ROWS) throw new Error(`${name}: unexpected counts`);
    lines.push(line(`${name} first import`, first), line(`${name} re-import`, again));
  }
  lines.push(
    `files: CSV ${(csv.length / 1024 / 1024).toFixed(1)} MB, XLSX ${(xlsx.length / 1024 / 1024).toFixed(1)} MB; ` +
      `reading the XLSX alone takes ${xlsxParse.toFixed(2)} s`,
  );
  report(`task import, ${ROWS.toLocaleString("en")} rows / ${AGENCIES} agencies (${target.provider})`, lines);
}
