/**
 * The four categories of the inspection report (Phụ lục 01):
 * - onTime  — hoàn thành đúng hạn
 * - late    — hoàn thành quá hạn
 * - inTerm  — chưa hoàn thành, trong hạn
 * - overdue — chưa hoàn thành, trễ hạn
 */
export type Category = "onTime" | "late" | "inTerm" | "overdue";

export const CATEGORIES: readonly Category[] = ["onTime", "late", "inTerm", "overdue"];

export interface Counts {
  total: number;
  onTime: number;
  late: number;
  inTerm: number;
  overdue: number;
}

/** The fields of a task that decide its category. */
export interface CategorizableTask {
  assignedAt: Date;
  /** End of the deadline day (23:59:59.999 local); null for standing tasks. */
  deadline: Date | null;
  completedAt: Date | null;
  status: string;
}

/**
 * The category of a task as of instant `asOf` (C), or null when it does not
 * count (cancelled, or assigned after C).
 *
 * | category | rule |
 * |---|---|
 * | onTime  | completed at or before C, with no deadline or by the deadline |
 * | late    | completed at or before C, after the deadline |
 * | inTerm  | not completed at C, with no deadline or C not past the deadline |
 * | overdue | not completed at C, and C past the deadline |
 *
 * src/core/stats/stats-query.ts implements the same rule in SQL; a test
 * checks that both agree.
 */
export function categorize(task: CategorizableTask, asOf: Date): Category | null {
  const c = asOf.getTime();
  if (task.status === "cancelled" || task.assignedAt.getTime() > c) return null;
  const deadline = task.deadline?.getTime() ?? null;
  const done = task.completedAt !== null && task.completedAt.getTime() <= c;
  if (done) {
    return deadline === null || task.completedAt!.getTime() <= deadline ? "onTime" : "late";
  }
  return deadline === null || c <= deadline ? "inTerm" : "overdue";
}

/**
 * The first instant after `asOf` at which {@link categorize} may answer
 * differently for this task, or null when it never will. Only three
 * instants move a task between categories as time passes: its assignment
 * (it starts to count), its completion (it becomes done) and the millisecond
 * after its deadline (it becomes overdue). So for every C from `asOf` up to,
 * not including, the returned instant, `categorize(task, C)` equals
 * `categorize(task, asOf)`. `queryNextChange` (stats-query.ts) is the SQL
 * twin over many tasks; a test checks that both agree.
 */
export function nextCategoryChange(task: CategorizableTask, asOf: Date): Date | null {
  if (task.status === "cancelled") return null;
  const c = asOf.getTime();
  const instants = [task.assignedAt.getTime(), task.completedAt?.getTime(), task.deadline && task.deadline.getTime() + 1];
  const later = instants.filter((t): t is number => typeof t === "number" && t > c);
  return later.length === 0 ? null : new Date(Math.min(...later));
}

export function emptyCounts(): Counts {
  return { total: 0, onTime: 0, late: 0, inTerm: 0, overdue: 0 };
}

/** Counts the tasks of a list by category, as of `asOf`. */
export function countTasks(tasks: Iterable<CategorizableTask>, asOf: Date): Counts {
  const counts = emptyCounts();
  for (const task of tasks) {
    const category = categorize(task, asOf);
    if (category === null) continue;
    counts.total += 1;
    counts[category] += 1;
  }
  return counts;
}

/** Sums several rows of counts. */
export function sumCounts(rows: Iterable<Counts>): Counts {
  const total = emptyCounts();
  for (const row of rows) {
    total.total += row.total;
    for (const c of CATEGORIES) total[c] += row[c];
  }
  return total;
}

/** Completed tasks (on time or late) over all counted tasks, 0..1; 0 when there are none. */
export function completionRate(counts: Counts): number {
  return counts.total === 0 ? 0 : (counts.onTime + counts.late) / counts.total;
}
