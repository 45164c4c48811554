import type { Db } from "../../db/connect.js";

/** Wrong invite codes allowed per user in one window before they must wait. */
export const MAX_FAILURES = 5;
/** The window, and the wait after too many failures: 15 minutes. */
export const WINDOW_MS = 15 * 60_000;

interface State {
  failures: number;
  windowStart: number;
}

const keyOf = (subject: string) => `throttle:${subject}`;

/** Minutes the subject must still wait, or 0 when it may try. Persisted, so a restart does not reset it. */
export async function throttleWait(db: Db, subject: string, now: Date): Promise<number> {
  const row = await db.keyValue.findUnique({ where: { key: keyOf(subject) } });
  if (!row) return 0;
  const state = JSON.parse(row.value) as State;
  const elapsed = now.getTime() - state.windowStart;
  if (state.failures < MAX_FAILURES || elapsed >= WINDOW_MS) return 0;
  return Math.ceil((WINDOW_MS - elapsed) / 60_000);
}

/** Counts one failure in the current window. */
export async function recordFailure(db: Db, subject: string, now: Date): Promise<void> {
  const key = keyOf(subject);
  const row = await db.keyValue.findUnique({ where: { key } });
  const previous = row ? (JSON.parse(row.value) as State) : null;
  const state: State =
    previous && now.getTime() - previous.windowStart < WINDOW_MS
      ? { failures: previous.failures + 1, windowStart: previous.windowStart }
      : { failures: 1, windowStart: now.getTime() };
  const value = JSON.stringify(state);
  await db.keyValue.upsert({ where: { key }, create: { key, value, updatedAt: now }, update: { value, updatedAt: now } });
}

export async function clearFailures(db: Db, subject: string): Promise<void> {
  await db.keyValue.deleteMany({ where: { key: keyOf(subject) } });
}
