/** A token bucket: `burst` sends at once, refilled at `perSecond`. */
export interface BucketSpec {
  perSecond: number;
  burst: number;
}

/**
 * Telegram's published limits (core.telegram.org/bots/faq), as token buckets so
 * that a sender pacing at exactly the published rate never trips them while a
 * sender going faster does: about 30 messages per second overall, about one
 * per second per chat with a small burst, 20 per minute per group.
 */
export const TELEGRAM_LIMITS = {
  overall: { perSecond: 30, burst: 30 },
  perChat: { perSecond: 1, burst: 3 },
  perGroup: { perSecond: 20 / 60, burst: 20 },
} satisfies Record<string, BucketSpec>;

export type LimitSpecs = typeof TELEGRAM_LIMITS;

class Bucket {
  private tokens: number;
  private at: number;
  constructor(private readonly spec: BucketSpec, now: number) {
    this.tokens = spec.burst;
    this.at = now;
  }
  /** Milliseconds until one token is there (0 when there is one now). */
  wait(now: number): number {
    this.tokens = Math.min(this.spec.burst, this.tokens + ((now - this.at) / 1000) * this.spec.perSecond);
    this.at = now;
    return this.tokens >= 1 ? 0 : ((1 - this.tokens) / this.spec.perSecond) * 1000;
  }
  take(): void {
    this.tokens -= 1;
  }
}

/** The limits of one fake server. A group chat has a negative id. */
export class RateLimits {
  private readonly overall: Bucket;
  private readonly chats = new Map<string, Bucket>();
  private readonly groups = new Map<string, Bucket>();

  constructor(private readonly specs: LimitSpecs = TELEGRAM_LIMITS, private readonly now: () => number = () => performance.now()) {
    this.overall = new Bucket(specs.overall, now());
  }

  /**
   * Takes a token from every bucket that applies to a send to `chatId`, or
   * none and returns the retry_after in whole seconds (at least 1), as a 429 says.
   */
  admit(chatId: string): number {
    const now = this.now();
    const buckets = [this.overall, this.bucket(this.chats, chatId, this.specs.perChat, now)];
    if (chatId.startsWith("-")) buckets.push(this.bucket(this.groups, chatId, this.specs.perGroup, now));
    const wait = Math.max(...buckets.map((b) => b.wait(now)));
    if (wait > 0) return Math.max(1, Math.ceil(wait / 1000));
    for (const b of buckets) b.take();
    return 0;
  }

  private bucket(map: Map<string, Bucket>, chatId: string, spec: BucketSpec, now: number): Bucket {
    let b = map.get(chatId);
    if (!b) map.set(chatId, (b = new Bucket(spec, now)));
    return b;
  }
}
