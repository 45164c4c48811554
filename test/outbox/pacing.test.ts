import { describe, expect, it } from "vitest";
import { createPacer, DEFAULT_PACING } from "../../src/outbox/pacing.js";

/** A pacer on a hand-moved monotonic clock. */
function pacer() {
  let t = 1_000;
  const p = createPacer(DEFAULT_PACING, () => t);
  return { p, advance: (ms: number) => void (t += ms) };
}

/** Sends as soon as the pacer allows, to chats chosen by `chatOf(i)`; returns the send times. */
function drive(count: number, chatOf: (i: number) => string, platform: "telegram" | "zalo" | "slack" = "telegram"): number[] {
  let t = 0;
  const p = createPacer(DEFAULT_PACING, () => t);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    for (let wait = p.tryTake(platform, chatOf(i)); wait > 0; wait = p.tryTake(platform, chatOf(i))) t += wait;
    times.push(t);
  }
  return times;
}

/** The most sends in any window of `ms` milliseconds. */
function maxInWindow(times: number[], ms: number): number {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= ms) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe("createPacer", () => {
  it("keeps Telegram under 30 messages in any second across chats, close to that rate", () => {
    const times = drive(600, (i) => String(10_000 + i));
    expect(maxInWindow(times, 1_000)).toBeLessThanOrEqual(30);
    expect(600 / (times.at(-1)! / 1000)).toBeGreaterThan(28);
  });

  it("sends at most one message a second to one chat", () => {
    const times = drive(10, () => "42");
    expect(maxInWindow(times, 1_000)).toBe(1);
    expect(times.at(-1)).toBeLessThanOrEqual(9_000);
  });

  it("sends at most 20 messages a minute to one group (negative chat id)", () => {
    const times = drive(45, () => "-100777");
    expect(maxInWindow(times, 60_000)).toBeLessThanOrEqual(20);
    expect(maxInWindow(times, 1_000)).toBe(1);
  });

  it("does not hold back other chats while one chat waits", () => {
    const { p } = pacer();
    expect(p.tryTake("telegram", "1")).toBe(0);
    expect(p.tryTake("telegram", "1")).toBeGreaterThan(900);
    const { p: fresh, advance } = pacer();
    expect(fresh.tryTake("telegram", "1")).toBe(0);
    advance(40);
    expect(fresh.tryTake("telegram", "2")).toBe(0);
  });

  it("pauses the whole platform for a retry_after, and only that platform", () => {
    const { p, advance } = pacer();
    p.pause("telegram", 5_000);
    expect(p.tryTake("telegram", "9")).toBe(5_000);
    expect(p.tryTake("zalo", "9")).toBe(0);
    advance(5_000);
    expect(p.tryTake("telegram", "9")).toBe(0);
  });

  it("charges the extra parts of a split message to the chat", () => {
    const { p, advance } = pacer();
    expect(p.tryTake("telegram", "5")).toBe(0);
    p.charge("telegram", "5", 2);
    advance(1_000);
    expect(p.tryTake("telegram", "5")).toBeGreaterThan(1_900);
    advance(2_000);
    expect(p.tryTake("telegram", "5")).toBe(0);
  });

  it("paces Zalo at 5 a second overall and Slack at 1 a second per channel; the console not at all", () => {
    expect(maxInWindow(drive(50, (i) => `z${i}`, "zalo"), 1_000)).toBeLessThanOrEqual(5);
    expect(maxInWindow(drive(5, () => "C1", "slack"), 1_000)).toBe(1);
    const { p } = pacer();
    for (let i = 0; i < 100; i++) expect(p.tryTake("console", "x")).toBe(0);
  });
});
