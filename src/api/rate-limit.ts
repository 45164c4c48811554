/**
 * Per-key rate limiting: a token bucket per API key, in the memory of this
 * process. Each key may send `burst` requests at once, then `perSecond`
 * requests a second. With several processes behind a load balancer, each
 * process limits on its own (the effective limit is multiplied).
 */
import { performance } from "node:perf_hooks";

/** Limits of {@link createRateLimiter}. */
export interface RateLimitOptions {
  /** Tokens added per second. */
  perSecond: number;
  /** Bucket size: the largest burst. */
  burst: number;
  /** Monotonic milliseconds; injected in tests. */
  now?: () => number;
}

/** The API's default: 20 requests a second, bursts of 40. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perSecond: 20, burst: 40 };

/** Result of {@link RateLimiter.take}. */
export type RateDecision = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

/** Token buckets by key. */
export interface RateLimiter {
  /** Takes one token from `key`'s bucket, or says how long to wait for one. */
  take(key: string): RateDecision;
}

/** Buckets kept before full (idle) ones are dropped. */
const MAX_BUCKETS = 10_000;

/** A limiter with one bucket per key; idle full buckets are dropped once there are many. */
export function createRateLimiter(options: RateLimitOptions = DEFAULT_RATE_LIMIT): RateLimiter {
  const now = options.now ?? (() => performance.now());
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refill = (bucket: { tokens: number; at: number }, t: number) => {
    bucket.tokens = Math.min(options.burst, bucket.tokens + ((t - bucket.at) / 1000) * options.perSecond);
    bucket.at = t;
  };
  return {
    take(key) {
      const t = now();
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= MAX_BUCKETS) {
          for (const [k, b] of buckets) {
            refill(b, t);
            if (b.tokens >= options.burst) buckets.delete(k);
          }
        }
        bucket = { tokens: options.burst, at: t };
        buckets.set(key, bucket);
      }
      refill(bucket, t);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true, remaining: Math.floor(bucket.tokens) };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / options.perSecond)) };
    },
  };
}
