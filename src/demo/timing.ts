/**
 * Dates of a task from its status category: deadline and completion moment
 * chosen so that, as of the cut-off, the task falls in that category, and a
 * completed task is completed in the month it was assigned.
 */
import {
  atLocalTime,
  endOfLocalDay,
  localDay,
  monthBounds,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
  workingDaysBetween,
  type LocalDay,
} from "./calendar.js";
import type { Rng } from "./random.js";
import type { DemoCategory, DemoUrgency } from "./types.js";

/** Year covered by the report. */
export const REPORT_YEAR = 2019;
/** Local day of the cut-off (30/06/2019). */
export const CUTOFF_DAY: LocalDay = localDay(REPORT_YEAR, 6, 30);
/** The cut-off instant: 2019-06-30T23:59:59.999+07:00. */
export const CUTOFF: Date = endOfLocalDay(CUTOFF_DAY);
/** Latest deadline day that has passed at the cut-off (a working day). */
const LAST_PASSED_DEADLINE: LocalDay = workingDayOnOrBefore(CUTOFF_DAY - 1);
/** Earliest deadline day still open at the cut-off (a working day). */
const FIRST_OPEN_DEADLINE: LocalDay = workingDayOnOrAfter(CUTOFF_DAY);

/** First and last working day of a month of the report year. */
export function monthInfo(month: number): { firstWork: LocalDay; lastWork: LocalDay; last: LocalDay } {
  const { first, last } = monthBounds(REPORT_YEAR, month);
  return { firstWork: workingDayOnOrAfter(first), lastWork: Math.min(workingDayOnOrBefore(last), LAST_PASSED_DEADLINE), last };
}

/** Latest issue day of a document holding a task of this category assigned in `month`. */
export function latestIssueDay(category: DemoCategory, month: number): LocalDay {
  const { lastWork, last } = monthInfo(month);
  switch (category) {
    case "onTime":
      return lastWork - 1;
    case "late":
      return lastWork - 10;
    case "overdue":
      return month === 6 ? LAST_PASSED_DEADLINE - 7 : last;
    case "inTerm":
      return last;
  }
}

/** Deadline offsets in days by urgency. */
const OFFSETS: Record<DemoUrgency, [number, number]> = { normal: [10, 60], urgent: [5, 15], flash: [2, 7] };

/** Share of standing tasks (no deadline) among still-open in-term tasks, by month. */
const STANDING_SHARE = [0.45, 0.35, 0.15, 0.08, 0.03, 0.02];

/** Round deadlines used for long-running tasks (all working days) and their weights. */
const ROUND_DEADLINES: readonly [LocalDay, number][] = [
  [localDay(2019, 7, 15), 1],
  [localDay(2019, 7, 31), 2],
  [localDay(2019, 8, 15), 1],
  [localDay(2019, 8, 30), 2],
  [localDay(2019, 9, 30), 4],
  [localDay(2019, 10, 31), 1],
  [localDay(2019, 11, 29), 1],
  [localDay(2019, 12, 13), 1],
  [localDay(2019, 12, 31), 4],
];

/** Scheduled dates of one task. */
export interface TaskTiming {
  deadlineDay: LocalDay | null;
  completedAt: Date | null;
  progressPercent: number;
}

function workingDayIn(rng: Rng, from: LocalDay, to: LocalDay): LocalDay | null {
  const days = workingDaysBetween(from, to);
  return days.length === 0 ? null : rng.pick(days);
}

function workTime(rng: Rng, day: LocalDay): Date {
  return atLocalTime(day, rng.int(7 * 60 + 30, 17 * 60));
}

/**
 * Chooses deadline and completion of a task of `category` assigned on
 * `issueDay` (which must not be later than {@link latestIssueDay}).
 */
export function scheduleTask(category: DemoCategory, month: number, issueDay: LocalDay, urgency: DemoUrgency, rng: Rng): TaskTiming {
  const { lastWork } = monthInfo(month);
  const [minOffset, maxOffset] = OFFSETS[urgency];
  switch (category) {
    case "onTime": {
      const deadlineDay = workingDayOnOrAfter(issueDay + rng.int(minOffset, maxOffset));
      const doneDay = workingDayIn(rng, issueDay + 1, Math.min(lastWork, deadlineDay, issueDay + 30)) ?? lastWork;
      return { deadlineDay, completedAt: workTime(rng, doneDay), progressPercent: 100 };
    }
    case "late": {
      const deadlineDay =
        workingDayIn(rng, issueDay + 7, Math.min(issueDay + 20, lastWork - 1)) ?? workingDayIn(rng, issueDay + 1, lastWork - 1) ?? issueDay + 1;
      const doneDay = workingDayIn(rng, deadlineDay + 1, Math.min(lastWork, deadlineDay + 15)) ?? lastWork;
      return { deadlineDay, completedAt: workTime(rng, doneDay), progressPercent: 100 };
    }
    case "overdue": {
      const deadlineDay =
        month === 6
          ? (workingDayIn(rng, issueDay + 5, LAST_PASSED_DEADLINE) ?? LAST_PASSED_DEADLINE)
          : Math.min(workingDayOnOrAfter(issueDay + rng.int(minOffset, maxOffset)), LAST_PASSED_DEADLINE);
      return { deadlineDay, completedAt: null, progressPercent: rng.int(1, 8) * 10 };
    }
    case "inTerm": {
      const progressPercent = rng.int(0, 7) * 10;
      if (rng.chance(STANDING_SHARE[month - 1] ?? 0)) return { deadlineDay: null, completedAt: null, progressPercent };
      const toOpen = FIRST_OPEN_DEADLINE - issueDay;
      let deadlineDay: LocalDay;
      if (month >= 5 || (toOpen <= 120 && rng.chance(0.5))) {
        const low = Math.max(minOffset, toOpen);
        deadlineDay = workingDayOnOrAfter(issueDay + rng.int(low, Math.max(maxOffset, low + 20)));
      } else {
        const i = rng.weightedIndex(ROUND_DEADLINES.map(([, w]) => w));
        deadlineDay = workingDayOnOrBefore(ROUND_DEADLINES[i]![0]);
      }
      return { deadlineDay: Math.max(deadlineDay, FIRST_OPEN_DEADLINE), completedAt: null, progressPercent };
    }
  }
}
