/**
 * A working-day index over a range of day numbers: O(1) counts and moves
 * where `WorkCalendar` walks day by day. Planning 100,000 tasks needs a few
 * lookups per task, which the calendar alone would make cost seconds.
 */
import { isWeekend, type WorkCalendar } from "../calendar/index.js";
import { fromDayNumber } from "../time/local-date.js";

/** Working-day arithmetic on day numbers (days since 1970-01-01, local). */
export interface DayIndex {
  isWorking(day: number): boolean;
  /** Signed working days in `(a, b]`, like `WorkCalendar.workingDaysBetween`. */
  between(a: number, b: number): number;
  /** The `n`-th working day strictly after `day` (n ≥ 1). */
  after(day: number, n: number): number;
  /** The `k`-th working day strictly before `day` (k ≥ 1). */
  before(day: number, k: number): number;
  /** `day` when it is a working day, else the previous working day. */
  onOrBefore(day: number): number;
  /** `day` when it is a working day, else the next working day. */
  onOrAfter(day: number): number;
}

/** Days the index grows by when a lookup falls outside it. */
const GROW = 366;
/** Growths tried before giving up on a move (a calendar without working days). */
const MAX_GROWTH = 20;

/**
 * Builds an index over `[first, last]` from a calendar; lookups outside the
 * range extend it. Days the calendar cannot judge (years outside the lunar
 * tables, without official data) count as working days unless they are
 * weekends, so one odd date never stops the planning.
 */
export function createDayIndex(calendar: WorkCalendar, first: number, last: number): DayIndex {
  let lo = first;
  let hi = Math.max(first, last);
  let working = new Uint8Array(0);
  /** prefix[i] = working days in [lo, lo + i]. */
  let prefix = new Int32Array(0);
  /** Working days in ascending order. */
  let list: number[] = [];

  const judge = (day: number): boolean => {
    const iso = fromDayNumber(day);
    try {
      return calendar.isWorkingDay(iso);
    } catch {
      return !isWeekend(iso);
    }
  };

  function build(newLo: number, newHi: number): void {
    const size = newHi - newLo + 1;
    const nextWorking = new Uint8Array(size);
    for (let i = 0; i < size; i++) {
      const day = newLo + i;
      nextWorking[i] = day >= lo && day <= hi && working.length > 0 ? working[day - lo]! : judge(day) ? 1 : 0;
    }
    lo = newLo;
    hi = newHi;
    working = nextWorking;
    prefix = new Int32Array(size);
    list = [];
    let count = 0;
    for (let i = 0; i < size; i++) {
      if (working[i]) {
        count++;
        list.push(lo + i);
      }
      prefix[i] = count;
    }
  }

  function ensure(from: number, to: number): void {
    if (from >= lo && to <= hi && working.length > 0) return;
    build(Math.min(lo, from - GROW), Math.max(hi, to + GROW));
  }

  build(lo, hi);

  /** Working days in [lo, day]; day may be lo - 1. */
  const count = (day: number): number => (day < lo ? 0 : prefix[day - lo]!);

  const index: DayIndex = {
    isWorking(day) {
      ensure(day, day);
      return working[day - lo] === 1;
    },
    between(a, b) {
      ensure(Math.min(a, b), Math.max(a, b));
      return count(b) - count(a);
    },
    after(day, n) {
      ensure(day, day);
      for (let grown = 0; grown <= MAX_GROWTH; grown++) {
        const i = count(day) - 1 + n;
        if (i < list.length) return list[i]!;
        ensure(day, hi + GROW);
      }
      throw new RangeError(`No ${n} working days after day ${day}`);
    },
    before(day, k) {
      ensure(day, day);
      for (let grown = 0; grown <= MAX_GROWTH; grown++) {
        const i = count(day - 1) - k;
        if (i >= 0) return list[i]!;
        ensure(lo - GROW, day);
      }
      throw new RangeError(`No ${k} working days before day ${day}`);
    },
    onOrBefore(day) {
      return index.isWorking(day) ? day : index.before(day, 1);
    },
    onOrAfter(day) {
      return index.isWorking(day) ? day : index.after(day, 1);
    },
  };
  return index;
}
