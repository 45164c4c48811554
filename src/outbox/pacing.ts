import type { Platform } from "../core/conversation/types.js";

/** A token bucket: `burst` tokens at most (a send takes one), refilled at `perSecond`. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

/** How fast one platform may be sent to. Every bucket that applies must have a token. */
export interface PlatformPacing {
  /** All sends of this bot on the platform. */
  overall?: RateLimit;
  /** Sends to one chat (a private chat, a channel). */
  perChat?: RateLimit;
  /** Sends to one group chat, on top of perChat. */
  perGroup?: RateLimit;
  isGroup?: (chatId: string) => boolean;
}

export type PacingConfig = Partial<Record<Platform, PlatformPacing>>;

/**
 * Published limits with a small margin. Sends are evenly spread (a platform
 * that allows bursts also accepts an even stream at the same rate; the
 * reverse is not true); the overall bucket holds 1.5 tokens so that a timer
 * that fires late is caught up rather than lost:
 * - Telegram: 30/s overall, 1/s per chat, 20/min per group (chat id < 0).
 *   29/s with 1.5 tokens never puts more than 30 sends in any second
 *   (1.5 + 29), and leaves a little room for interactive replies, which do
 *   not go through here.
 * - Slack: chat.postMessage about 1/s per channel.
 * - Zalo: no published figure; 5/s overall and 1/s per chat, conservatively.
 * - Console: unlimited.
 */
export const DEFAULT_PACING: PacingConfig = {
  telegram: {
    overall: { perSecond: 29, burst: 1.5 },
    perChat: { perSecond: 1, burst: 1 },
    perGroup: { perSecond: 19 / 60, burst: 1 },
    isGroup: (chatId) => chatId.startsWith("-"),
  },
  slack: { perChat: { perSecond: 1, burst: 1 } },
  zalo: { overall: { perSecond: 5, burst: 1 }, perChat: { perSecond: 1, burst: 1 } },
  console: {},
};

/** Paces sends per platform. Time is monotonic milliseconds (performance.now by default). */
export interface Pacer {
  /**
   * Takes a token from every bucket that applies to a send to this chat and
   * returns 0, or takes none and returns the milliseconds to wait.
   */
  tryTake(platform: Platform, chatId: string): number;
  /** Charges `count` extra sends (the further parts of a split message); buckets may go into debt. */
  charge(platform: Platform, chatId: string, count: number): void;
  /** Holds every send to the platform for `ms` (a 429's retry_after applies to the whole bot). */
  pause(platform: Platform, ms: number): void;
  /** Gives back the token of a send that did not happen (another instance had claimed the row). */
  refund(platform: Platform, chatId: string): void;
}

class Bucket {
  tokens: number;
  at: number;
  constructor(readonly limit: RateLimit, now: number) {
    this.tokens = limit.burst;
    this.at = now;
  }
  wait(now: number): number {
    this.tokens = Math.min(this.limit.burst, this.tokens + ((now - this.at) / 1000) * this.limit.perSecond);
    this.at = now;
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / this.limit.perSecond) * 1000);
  }
}

/** Chat buckets kept before idle, refilled ones are dropped (a refilled bucket equals a new one). */
const MAX_IDLE_BUCKETS = 10_000;

/** A pacer with one overall bucket per platform and one bucket per chat and per group. */
export function createPacer(config: PacingConfig = DEFAULT_PACING, now: () => number = () => performance.now()): Pacer {
  const buckets = new Map<string, Bucket>();
  const pausedUntil = new Map<Platform, number>();

  const bucket = (key: string, limit: RateLimit | undefined, t: number): Bucket | null => {
    if (!limit) return null;
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = new Bucket(limit, t)));
    return b;
  };
  const applicable = (platform: Platform, chatId: string, t: number): Bucket[] => {
    const p = config[platform] ?? {};
    const group = p.isGroup?.(chatId) === true;
    return [
      bucket(`${platform}`, p.overall, t),
      bucket(`${platform}:c:${chatId}`, p.perChat, t),
      group ? bucket(`${platform}:g:${chatId}`, p.perGroup, t) : null,
    ].filter((b): b is Bucket => b !== null);
  };
  const sweep = (t: number) => {
    if (buckets.size <= MAX_IDLE_BUCKETS) return;
    for (const [key, b] of buckets) if (b.wait(t) === 0 && b.tokens >= b.limit.burst) buckets.delete(key);
  };

  return {
    tryTake(platform, chatId) {
      const t = now();
      const paused = (pausedUntil.get(platform) ?? 0) - t;
      if (paused > 0) return Math.ceil(paused);
      const list = applicable(platform, chatId, t);
      const wait = Math.max(0, ...list.map((b) => b.wait(t)));
      if (wait > 0) return wait;
      for (const b of list) b.tokens -= 1;
      sweep(t);
      return 0;
    },
    charge(platform, chatId, count) {
      if (count <= 0) return;
      const t = now();
      for (const b of applicable(platform, chatId, t)) {
        b.wait(t);
        b.tokens -= count;
      }
    },
    refund(platform, chatId) {
      const t = now();
      for (const b of applicable(platform, chatId, t)) {
        b.wait(t);
        b.tokens = Math.min(b.limit.burst, b.tokens + 1);
      }
    },
    pause(platform, ms) {
      const until = now() + ms;
      pausedUntil.set(platform, Math.max(pausedUntil.get(platform) ?? 0, until));
    },
  };
}
