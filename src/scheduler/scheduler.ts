import cron, { type ScheduledTask } from "node-cron";
import type { Clock } from "../core/clock.js";
import type { Logger } from "../logger.js";

/** A periodic sweep, e.g. the reminder planner. It enqueues; it does not send. */
export interface SchedulerJob {
  name: string;
  run(now: Date): Promise<void>;
}

/** The part of the outbox dispatcher the scheduler drives. */
export interface DispatchLoop {
  start(): void;
  stop(): Promise<void>;
  /** Called after each tick, so that what the jobs enqueued goes out without waiting for the next poll. */
  wake?(): void;
}

export interface SchedulerOptions {
  /** Cron expression (SCHEDULER_CRON); default every minute. Six fields give seconds. */
  cron?: string;
  /** Time zone of the cron expression (APP_TIMEZONE); required, or the host's zone would silently apply. */
  timeZone: string;
  jobs: SchedulerJob[];
  /** Started and stopped with the scheduler. */
  dispatcher?: DispatchLoop;
  clock: Clock;
  logger: Logger;
  /** Names the cron task in logs. Default "nhacviec-scheduler". */
  name?: string;
}

export interface Scheduler {
  start(): void;
  /** Stops the ticks, waits for a running tick and for the dispatcher's sends in progress. */
  stop(): Promise<void>;
  /**
   * Runs the jobs once, in order, each isolated from the others' failures.
   * Returns false, doing nothing, while the previous tick still runs: ticks
   * never overlap, so a slow sweep is never doubled by the next minute's.
   */
  tick(): Promise<boolean>;
}

/**
 * The periodic driver: a cron tick that runs the sweeps, plus the outbox
 * dispatcher's loop. The composition root builds it only when
 * SCHEDULER_ENABLED, and calls stop() on shutdown.
 * Throws at creation on an invalid cron expression.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const expression = options.cron ?? "* * * * *";
  if (!cron.validate(expression)) throw new Error(`SCHEDULER_CRON: invalid cron expression "${expression}"`);
  if (typeof options.timeZone !== "string") throw new Error("APP_TIMEZONE: the scheduler needs the time zone of its cron expression");
  const { logger, clock } = options;
  let running: Promise<void> | null = null;
  let task: ScheduledTask | null = null;

  async function runJobs(): Promise<void> {
    const now = clock();
    for (const job of options.jobs) {
      const started = performance.now();
      try {
        await job.run(now);
        logger.debug({ job: job.name, ms: Math.round(performance.now() - started) }, "scheduler: job done");
      } catch (err) {
        logger.error({ err, job: job.name }, "scheduler: job failed");
      }
    }
    options.dispatcher?.wake?.();
  }

  async function tick(): Promise<boolean> {
    if (running) {
      logger.warn("scheduler: previous tick still running, tick skipped");
      return false;
    }
    running = runJobs().finally(() => (running = null));
    await running;
    return true;
  }

  return {
    tick,
    start() {
      if (task) return;
      task = cron.schedule(expression, () => tick(), {
        name: options.name ?? "nhacviec-scheduler",
        timezone: options.timeZone,
        noOverlap: true,
      });
      options.dispatcher?.start();
      logger.info({ cron: expression, jobs: options.jobs.map((j) => j.name) }, "scheduler: started");
    },
    async stop() {
      if (task) {
        await task.stop();
        await task.destroy();
        task = null;
      }
      await running;
      await options.dispatcher?.stop();
    },
  };
}
