/** Backoff after a network failure: 5 s, doubling, capped at 15 minutes. */
export const BACKOFF = { baseMs: 5_000, capMs: 15 * 60_000 } as const;

/**
 * Delay before the next try after `failures` consecutive network failures
 * (1 for the first), with "equal jitter": half the exponential step plus a
 * random part of the other half, so that many messages failed by one outage
 * do not all come back in the same second, yet none comes back too early.
 *
 * @param failures how many tries have failed so far, ≥ 1
 * @param random a number in [0, 1); injectable for tests
 */
export function backoffMs(failures: number, random: () => number = Math.random, options: { baseMs: number; capMs: number } = BACKOFF): number {
  const exponent = Math.max(0, Math.min(30, failures - 1));
  const step = Math.min(options.capMs, options.baseMs * 2 ** exponent);
  return Math.round(step / 2 + random() * (step / 2));
}
