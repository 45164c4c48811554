import { describe, expect, it } from "vitest";
import { createScheduler, type DispatchLoop } from "../../src/scheduler/scheduler.js";
import { capturedLogger, silent, waitUntil } from "./fixtures.js";

const at = new Date("2026-03-02T01:00:00Z");
const timeZone = "Asia/Ho_Chi_Minh";

describe("createScheduler", () => {
  it("runs every job in order with the clock's instant, and one failing job does not stop the others", async () => {
    const seen: string[] = [];
    const { logger, lines } = capturedLogger();
    const scheduler = createScheduler({
      timeZone,
      clock: () => at,
      logger,
      jobs: [
        { name: "a", run: async (now) => void seen.push(`a ${now.toISOString()}`) },
        { name: "boom", run: async () => Promise.reject(new Error("sweep failed")) },
        { name: "c", run: async () => void seen.push("c") },
      ],
    });
    expect(await scheduler.tick()).toBe(true);
    expect(seen).toEqual([`a ${at.toISOString()}`, "c"]);
    expect(lines.some((l) => l.includes('"job":"boom"') && l.includes("sweep failed"))).toBe(true);
  });

  it("skips a tick while the previous one still runs, and stop() waits for it", async () => {
    let release!: () => void;
    let runs = 0;
    const dispatcher: DispatchLoop & { stopped: boolean; woken: number } = {
      stopped: false,
      woken: 0,
      start() {},
      async stop() {
        this.stopped = true;
      },
      wake() {
        this.woken += 1;
      },
    };
    const scheduler = createScheduler({
      timeZone,
      clock: () => at,
      logger: silent(),
      dispatcher,
      // The first run hangs until released; later ones end at once.
      jobs: [{ name: "slow", run: () => ((runs += 1), runs === 1 ? new Promise<void>((r) => (release = r)) : Promise.resolve()) }],
    });
    const first = scheduler.tick();
    expect(await scheduler.tick()).toBe(false);
    expect(runs).toBe(1);
    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(stopped).toBe(false);
    release();
    expect(await first).toBe(true);
    await stopping;
    expect(dispatcher.stopped).toBe(true);
    expect(dispatcher.woken).toBe(1);
    expect(await scheduler.tick()).toBe(true);
    expect(runs).toBe(2);
  });

  it("ticks on its cron expression once started, and starts and stops the dispatch loop with it", async () => {
    let runs = 0;
    const events: string[] = [];
    const dispatcher: DispatchLoop = { start: () => void events.push("start"), stop: async () => void events.push("stop") };
    const scheduler = createScheduler({ cron: "* * * * * *", timeZone, clock: () => new Date(), logger: silent(), dispatcher, jobs: [{ name: "count", run: async () => void (runs += 1) }] });
    scheduler.start();
    await waitUntil(() => runs >= 1, 5_000, "a cron tick");
    await scheduler.stop();
    const after = runs;
    await new Promise((r) => setTimeout(r, 1_200));
    expect(runs).toBe(after);
    expect(events).toEqual(["start", "stop"]);
  });

  it("refuses an invalid cron expression at creation", () => {
    expect(() => createScheduler({ cron: "every minute", timeZone, clock: () => at, logger: silent(), jobs: [] })).toThrow(/SCHEDULER_CRON/);
  });

  it("refuses to run without the time zone of its cron expression", () => {
    const forgotten = undefined as unknown as string;
    expect(() => createScheduler({ timeZone: forgotten, clock: () => at, logger: silent(), jobs: [] })).toThrow(/APP_TIMEZONE/);
  });
});
