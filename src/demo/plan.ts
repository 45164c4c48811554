/**
 * Planning step of the generator: decides the status category of every task
 * (per agency and month, matching both appendices), groups the tasks into
 * documents and picks the issue day of every document.
 */
import { ANCHOR_DOCUMENTS, type AnchorDocument } from "./anchors.js";
import { datePartsOf, workingDaysBetween, type LocalDay } from "./calendar.js";
import { latestIssueDay, monthInfo } from "./timing.js";
import { weightedSample, type Rng } from "./random.js";
import type { Appendix1Row, Appendix2Row } from "./read-appendices.js";
import type { DemoAgency } from "./seed/agencies.js";
import type { DemoCategory } from "./types.js";

/** Number of documents in the report. */
export const DOCUMENT_COUNT = 685;

/** One task to be generated: who, which month, which status as of the cut-off. */
export interface Slot {
  agencyCode: string;
  /** 1..6. */
  month: number;
  category: DemoCategory;
}

/** A document with its tasks and issue moment. */
export interface PlannedDocument {
  month: number;
  day: LocalDay;
  /** Minutes after local midnight. */
  minutes: number;
  slots: Slot[];
  anchor: AnchorDocument | null;
}

/** Weight of each month (Jan..Jun) when choosing which unfinished tasks are overdue: older ones more often. */
const OVERDUE_WEIGHTS = [6, 5, 4, 3, 2, 0.5];

/**
 * Splits every agency's monthly counts (appendix 2) into the four categories
 * (appendix 1) and returns one slot per task.
 */
export function planSlots(appendix1: readonly Appendix1Row[], appendix2: readonly Appendix2Row[], rng: Rng): Slot[] {
  const slots: Slot[] = [];
  for (const a1 of appendix1) {
    const a2 = appendix2.find((r) => r.agencyCode === a1.agencyCode);
    if (!a2) throw new Error(`appendix 2 has no row for ${a1.agencyName}`);
    const doneMonths: number[] = [];
    const openMonths: number[] = [];
    a2.months.forEach((m, i) => {
      for (let k = 0; k < m.done; k++) doneMonths.push(i + 1);
      for (let k = 0; k < m.assigned - m.done; k++) openMonths.push(i + 1);
    });
    if (doneMonths.length !== a1.onTime + a1.late || openMonths.length !== a1.inTerm + a1.overdue) {
      throw new Error(`appendices disagree for ${a1.agencyName}`);
    }
    const late = weightedSample(rng, doneMonths.map(() => 1), a1.late);
    doneMonths.forEach((month, i) => slots.push({ agencyCode: a1.agencyCode, month, category: late.has(i) ? "late" : "onTime" }));
    const overdue = weightedSample(rng, openMonths.map((m) => OVERDUE_WEIGHTS[m - 1] ?? 1), a1.overdue);
    openMonths.forEach((month, i) =>
      slots.push({ agencyCode: a1.agencyCode, month, category: overdue.has(i) ? "overdue" : "inTerm" }),
    );
  }
  return slots;
}

/** Splits `total` into integer parts proportional to `weights` (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  const missing = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) parts[order[k]!.i]! += 1;
  return parts;
}

/** Sizes of `count` documents holding `tasks` tasks: mostly 1–3, a few large ones. */
function documentSizes(count: number, tasks: number, rng: Rng): number[] {
  const MAX = 24;
  if (tasks < count || tasks > count * MAX) throw new Error(`cannot put ${tasks} tasks into ${count} documents`);
  const sizes = new Array<number>(count).fill(1);
  const weights = sizes.map(() => 0.15 + Math.pow(-Math.log(1 - rng.next()), 2.2));
  for (let extra = tasks - count; extra > 0; extra--) {
    const i = rng.weightedIndex(weights);
    sizes[i]! += 1;
    if (sizes[i]! >= MAX) weights[i] = 0;
  }
  return sizes;
}

/** Removes and returns up to `size` slots, preferring agencies not yet in the document. */
function takeSlots(pool: Slot[], size: number, accept: (s: Slot) => boolean, prefer: (s: Slot) => boolean): Slot[] {
  const taken: Slot[] = [];
  const used = new Set<string>();
  const passes: ((s: Slot) => boolean)[] = [
    (s) => prefer(s) && !used.has(s.agencyCode),
    (s) => !used.has(s.agencyCode),
    () => true,
  ];
  for (const pass of passes) {
    for (let i = 0; i < pool.length && taken.length < size; ) {
      const s = pool[i]!;
      if (accept(s) && pass(s)) {
        taken.push(s);
        used.add(s.agencyCode);
        pool.splice(i, 1);
      } else i++;
    }
  }
  return taken;
}

function pickMinutes(rng: Rng): number {
  return rng.int(7 * 60 + 30, 16 * 60 + 30);
}

/**
 * Groups the slots into {@link DOCUMENT_COUNT} documents. Every document lies
 * in one month and gets an issue day early enough for all its tasks.
 */
export function planDocuments(slots: readonly Slot[], agencies: readonly DemoAgency[], rng: Rng): PlannedDocument[] {
  const byCode = new Map(agencies.map((a) => [a.code, a]));
  const perMonth = [1, 2, 3, 4, 5, 6].map((m) => slots.filter((s) => s.month === m));
  const docCounts = apportion(DOCUMENT_COUNT, perMonth.map((s) => s.length));
  const docs: PlannedDocument[] = [];
  perMonth.forEach((monthSlots, index) => {
    const month = index + 1;
    const pool = rng.shuffle(monthSlots);
    const monthDocs: PlannedDocument[] = [];
    for (const anchor of ANCHOR_DOCUMENTS.filter((a) => datePartsOf(a.day).month === month)) {
      const fits = (s: Slot): boolean => latestIssueDay(s.category, month) >= anchor.day;
      const preferred = (s: Slot): boolean => {
        const agency = byCode.get(s.agencyCode);
        return agency !== undefined && anchor.prefer(agency);
      };
      const taken = takeSlots(pool, anchor.size, fits, preferred);
      if (taken.length === 0) throw new Error(`no task fits document ${anchor.number}`);
      monthDocs.push({ month, day: anchor.day, minutes: anchor.minutes, slots: taken, anchor });
    }
    const free = (docCounts[index] ?? 0) - monthDocs.length;
    for (const size of documentSizes(free, pool.length, rng)) {
      const taken = takeSlots(pool, size, () => true, () => true);
      monthDocs.push({ month, day: 0, minutes: pickMinutes(rng), slots: taken, anchor: null });
    }
    const { firstWork } = monthInfo(month);
    for (const doc of monthDocs) {
      if (doc.anchor) continue;
      const latest = Math.min(...doc.slots.map((s) => latestIssueDay(s.category, month)));
      const days = workingDaysBetween(firstWork, latest);
      doc.day = rng.pick(days);
    }
    docs.push(...monthDocs);
  });
  return docs.sort((a, b) => a.day - b.day || a.minutes - b.minutes);
}
