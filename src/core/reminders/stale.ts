const DAY_MS = 86_400_000;

/** The fields that tell when a task was last touched. */
export interface StaleCandidate {
  readonly assignedAt: Date;
  readonly lastUpdateAt: Date | null;
}

/**
 * The instant of the last sign of life of a task: its last progress update,
 * or its assignment. An update dated after `now` (data entered ahead, or a
 * plan looked at in the past) does not count.
 */
export function lastActivityAt(task: StaleCandidate, now: Date): Date {
  const update = task.lastUpdateAt;
  if (update && update.getTime() <= now.getTime() && update.getTime() >= task.assignedAt.getTime()) return update;
  return task.assignedAt;
}

/**
 * True when a task has had no update for `staleAfterDays` days or more (the
 * policy's `staleAfterDays`): digests flag it, and so does /quahan. Whole
 * 24-hour days, counted from the last update or, when there is none, from the
 * assignment.
 */
export function isStale(task: StaleCandidate, now: Date, staleAfterDays: number): boolean {
  return now.getTime() - lastActivityAt(task, now).getTime() >= staleAfterDays * DAY_MS;
}
