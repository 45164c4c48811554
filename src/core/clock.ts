/** The source of "now". Injected everywhere so that tests and `--at` can fix time. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock stopped at one instant. */
export function fixedClock(at: Date): Clock {
  return () => new Date(at.getTime());
}
