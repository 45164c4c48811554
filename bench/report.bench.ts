import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkQuality } from "../src/core/quality/check-quality.js";
import { computeStats } from "../src/core/stats/compute-stats.js";
import { buildReportData } from "../src/reports/build-report-data.js";
import { resolvePeriod } from "../src/reports/period.js";
import { renderChartPng } from "../src/reports/chart/png.js";
import { renderCsv } from "../src/reports/csv.js";
import { renderDocx } from "../src/reports/docx.js";
import { writeReport } from "../src/reports/write-report.js";
import { renderXlsx } from "../src/reports/xlsx.js";
import { createReportText } from "../src/reports/report-text.js";
import { createTranslator } from "../src/i18n/translator.js";
import { coreDeps, type BenchDatabase } from "./databases.js";
import { seedTasks } from "./fixtures.js";
import { measure, ms, report, type Measurement } from "./harness.js";

const TASKS = 100_000;
const AGENCIES = 60;
const DOCUMENTS = 25_000;

/** Links the seeded tasks to `DOCUMENTS` documents, round robin. */
async function seedDocuments(target: BenchDatabase): Promise<void> {
  for (let start = 0; start < DOCUMENTS; start += 5000) {
    await target.db.document.createMany({
      data: Array.from({ length: Math.min(5000, DOCUMENTS - start) }, (_, i) => ({ key: `${start + i + 1}/UBND|2025`, number: `${start + i + 1}/UBND` })),
    });
  }
  const first = await target.db.document.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } });
  await target.db.$executeRaw`UPDATE "Task" SET "documentId" = ${first.id} + ("id" % ${DOCUMENTS})`;
}

/**
 * The whole inspection report at 100,000 tasks / 60 agencies / 25,000
 * documents over 24 months (the longest period a report allows): the data
 * (three grouped queries and the data-quality check; the stats and quality
 * parts shown apart) and each renderer,
 * then writeReport end to end.
 */
export async function benchReport(target: BenchDatabase): Promise<void> {
  await seedTasks(target.db, { tasks: TASKS, agencies: AGENCIES });
  await seedDocuments(target);
  const deps = coreDeps(target.db);
  const text = createReportText(createTranslator(), "vi");
  const input = { from: "2025-01-01", to: "2026-12-31", asOf: "2026-12-31" };
  const data = await buildReportData(deps, input);
  const period = resolvePeriod(input, deps.timeZone);
  if (data.tasks.total !== TASKS || data.appendix2.total.assigned !== TASKS || data.documents !== DOCUMENTS) {
    throw new Error(`report counted ${data.tasks.total} tasks, ${data.documents} documents`);
  }
  const outDir = mkdtempSync(join(tmpdir(), "nhacviec-bench-report-"));
  try {
    const results: Measurement[] = [
      await measure("buildReportData", () => buildReportData(deps, input), 20, 3),
      // The appendix-1 part of it, computed by the stats module.
      await measure("  of which stats", () => computeStats(deps, { asOf: data.asOf, assignedFrom: period.fromInstant, assignedTo: period.toInstant }), 20, 3),
      await measure("  of which quality", () => checkQuality(deps, { asOf: data.asOf, staleDays: deps.policy.staleAfterDays }), 20, 3),
      await measure("renderXlsx", () => renderXlsx(data, text), 5, 1),
      await measure("renderDocx", () => renderDocx(data, text), 5, 1),
      await measure("renderChartPng", async () => renderChartPng(data, text), 5, 1),
      await measure("renderCsv", async () => renderCsv(data, text), 20, 3),
      await measure("writeReport (all)", () => writeReport(deps, { ...input, outDir, text }), 5, 1),
    ];
    report(`report, ${TASKS.toLocaleString("en")} tasks / ${AGENCIES} agencies / ${data.months.length} months (${target.provider})`, [
      ...results.map((r) => `${r.name.padEnd(18)} median ${ms(r.medianMs)}, p95 ${ms(r.p95Ms)}`),
    ]);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
