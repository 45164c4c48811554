import type { Db } from "../db/connect.js";
import type { Clock } from "../core/clock.js";
import type { Logger } from "../logger.js";
import type { Platform } from "../core/conversation/types.js";
import { DeliveryError, type ChatSender } from "./sender.js";
import { PartialDeliveryError } from "./partial-delivery.js";
import { claimRow, findDueRows, resolveExpiredLeases, type DueRow } from "./claim.js";
import { resolveChannels, type OutboxTarget } from "./resolve-channel.js";
import { finishHeld, finishUnreachable, markIdentityUnreachable, recordPartial, recordSent, reschedule, type Held } from "./settle.js";
import { createPacer, DEFAULT_PACING, type PacingConfig } from "./pacing.js";
import { backoffMs } from "./backoff.js";
import { createWaker } from "./waker.js";
import { deliver, parsePayload, pick, withRetries, type Candidate } from "./deliver.js";

export interface DispatcherDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** The configured platforms. A person's identity on another platform is skipped. */
  senders: Map<Platform, ChatSender>;
  /** Names this process in `lockedBy` (INSTANCE_ID, or host + pid). */
  instanceId: string;
  /** Network failures before a message is dead (OUTBOX_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** Per-platform rates. Default DEFAULT_PACING. */
  pacing?: PacingConfig;
  /**
   * How long a claim lasts, in ms (default 60,000). It must exceed the
   * senders' HTTP timeout (Telegram: 15 s): past it, a send is taken for
   * interrupted and its row is marked dead with an unknown outcome.
   */
  leaseMs?: number;
  /** Rows read per query (default 100). */
  batchSize?: number;
  /** Sends in progress at once (default 8): the platforms' round trip must not cap the rate. */
  maxInFlight?: number;
  /** The loop's pause when nothing is due, in ms (default 1,000). */
  idleMs?: number;
  /** For the backoff jitter and the order candidates are tried in; injectable for tests. */
  random?: () => number;
}

/** What one pass did. `retried` counts rows put back in the queue (rate limit, network, fallback). */
export interface DispatchResult {
  sent: number;
  retried: number;
  dead: number;
  unreachable: number;
}

export interface Dispatcher {
  /** Sends every row that is due, paced, then resolves. Safe to run in several processes at once. */
  runOnce(): Promise<DispatchResult>;
  /** Runs passes in a loop until stop(). */
  start(): void;
  /** Stops claiming, lets the sends in progress finish and be recorded, then resolves. */
  stop(): Promise<void>;
  /** Ends the loop's idle pause now (after something was enqueued). */
  wake(): void;
}

/** The state of one runOnce() pass shared with its sends. */
interface Pass {
  result: DispatchResult;
  /** A send put its row back as due now (channel fallback): read again. */
  requeued: boolean;
}

/**
 * The outbox dispatcher: sends queued messages through the chat senders,
 * paced per platform, with retries, channel fallback and dead letters.
 *
 * Crash safety ("killing the process at any point never sends a dedupe key
 * twice and never loses one"). A row moves pending → sending → sent:
 * 1. claim: one guarded UPDATE sets status "sending", attempts + 1, lockedBy
 *    and a short lease, committed just before the platform is called (claim.ts);
 * 2. the platform call;
 * 3. one transaction sets "sent" with the platform's message id, the task
 *    links and the broadcast recipient (settle.ts).
 * A kill before 1 leaves the row pending: it is sent after the restart, not
 * lost. A kill after 3 leaves it sent, not repeated. A kill between 1 and 3
 * leaves it "sending" until its lease runs out, and the platform may or may
 * not have the message: Telegram has no idempotency key and no way to ask
 * whether a message arrived. Such a row is never sent again: it becomes dead
 * with lastError "unknown outcome" (claim.ts), listed by `nhacviec outbox list
 * --failed` for a person to check and `outbox retry`. So: at most once, and
 * the doubt is made visible instead of being settled silently either way.
 * Only sends in progress at the kill are affected (at most maxInFlight rows),
 * and stop() (SIGTERM) avoids even that by finishing them first.
 *
 * Outcomes the platform answered are certain and handled as such:
 * rate_limited → retried after retry_after, the whole platform paused, the
 * attempt given back; unreachable → the identity is marked unreachable and a
 * person's row goes at once to their next reachable channel, else becomes
 * "unreachable"; rejected → dead; network → exponential backoff with jitter,
 * dead after maxAttempts. A network failure is retried even when it might
 * have hidden a delivery (a timeout after Telegram accepted the request): a
 * rare duplicate there is preferred to flagging every network blip.
 *
 * Pacing is per process: with several instances, give each a share of the
 * platform's overall rate through `pacing`.
 */
export function createDispatcher(deps: DispatcherDeps): Dispatcher {
  const { db, clock, logger, senders, instanceId } = deps;
  const leaseMs = deps.leaseMs ?? 60_000;
  const batchSize = deps.batchSize ?? 100;
  const maxInFlight = deps.maxInFlight ?? 8;
  const idleMs = deps.idleMs ?? 1_000;
  const random = deps.random ?? Math.random;
  const pacer = createPacer(deps.pacing ?? DEFAULT_PACING);
  const available = new Set(senders.keys());
  const waker = createWaker();
  let stopping = false;
  let loop: Promise<void> | null = null;

  async function runOnce(): Promise<DispatchResult> {
    const result: DispatchResult = { sent: 0, retried: 0, dead: 0, unreachable: 0 };
    for (const id of await resolveExpiredLeases(db, clock())) {
      result.dead += 1;
      logger.warn({ outboxId: id }, "outbox: a send was interrupted (lease expired); outcome unknown, not resent");
    }
    const queue: Candidate[] = [];
    const inFlight = new Map<number, Promise<void>>();
    const pass: Pass = { result, requeued: false };
    // `drained`: the last read found nothing more. Reset when a fallback put a row
    // straight back in the queue; otherwise new rows are looked for every idleMs.
    let drained = false;
    let lastRead = -Infinity;
    while (!stopping) {
      const lowWater = queue.length <= batchSize / 2;
      if (lowWater && (!drained || performance.now() - lastRead >= idleMs)) {
        const exclude = [...queue.map((c) => c.row.id), ...inFlight.keys()];
        const rows = await findDueRows(db, clock(), batchSize - queue.length, exclude);
        lastRead = performance.now();
        drained = rows.length < batchSize - queue.length;
        await enqueueCandidates(rows, queue, result);
      }
      if (queue.length === 0 && inFlight.size === 0 && drained) break;
      let wait = idleMs;
      if (inFlight.size < maxInFlight) {
        const index = pick(queue, random, (c) => {
          const w = pacer.tryTake(c.target.platform, c.target.chatId);
          wait = Math.min(wait, w);
          return w === 0;
        });
        if (index !== -1) {
          const [candidate] = queue.splice(index, 1) as [Candidate];
          const done = send(candidate, pass).finally(() => {
            inFlight.delete(candidate.row.id);
            if (pass.requeued) [drained, pass.requeued] = [false, false];
          });
          inFlight.set(candidate.row.id, done);
          continue;
        }
      }
      const waits: Promise<unknown>[] = [waker.sleep(queue.length > 0 ? wait : idleMs)];
      if (inFlight.size > 0) waits.push(Promise.race(inFlight.values()));
      await Promise.race(waits);
    }
    await Promise.all(inFlight.values());
    return result;
  }

  async function enqueueCandidates(rows: DueRow[], queue: Candidate[], result: DispatchResult): Promise<void> {
    if (rows.length === 0) return;
    const resolutions = await resolveChannels(db, rows, available);
    for (const row of rows) {
      const resolution = resolutions.get(row.id)!;
      if ("target" in resolution) {
        queue.push({ row, target: resolution.target });
      } else if (await finishUnreachable(db, row, resolution.unreachable)) {
        result.unreachable += 1;
        logger.warn({ outboxId: row.id, dedupeKey: row.dedupeKey, reason: resolution.unreachable }, "outbox: recipient unreachable");
      }
    }
  }

  async function send(candidate: Candidate, pass: Pass): Promise<void> {
    const { row, target } = candidate;
    const { result } = pass;
    try {
      if (!(await claimRow(db, row, { now: clock(), instanceId, leaseMs }))) {
        pacer.refund(target.platform, target.chatId); // another instance has it: nothing was sent
        return;
      }
    } catch (err) {
      logger.error({ err, outboxId: row.id }, "outbox: could not claim a row");
      return;
    }
    const held: Held = { row, attempt: row.attempts + 1, instanceId };
    const log = { outboxId: row.id, dedupeKey: row.dedupeKey, platform: target.platform, chatId: target.chatId, attempt: held.attempt };
    try {
      const message = parsePayload(row.payload);
      if (!message) {
        await finishHeld(db, held, "dead", "invalid payload: not a message");
        result.dead += 1;
        return;
      }
      const sender = senders.get(target.platform)!;
      logger.debug(log, "outbox: sending");
      let ids: string[];
      try {
        ids = await deliver(sender, target.chatId, message);
      } catch (err) {
        // Retried as a whole: each write is guarded or idempotent.
        await withRetries(() => settleFailure(held, target, err, pass, log));
        return;
      }
      pacer.charge(target.platform, target.chatId, ids.length - 1);
      const recorded = await withRetries(() => recordSent(db, held, target, ids, row.taskId ?? message.taskId ?? null, clock()));
      result.sent += 1;
      if (recorded) logger.info({ ...log, platformMessageId: ids[0] }, "outbox: sent");
      else logger.warn({ ...log, platformMessageId: ids[0] }, "outbox: sent, but the row was changed meanwhile (retried by hand?); left as it is");
    } catch (err) {
      // Recording failed (database down) even after retries: the row stays
      // "sending" and its lease runs out, which a later pass reports as an
      // unknown outcome. Never resent: that is the at-most-once side.
      logger.error({ err, ...log }, "outbox: could not record the outcome of a send");
    }
  }

  async function settleFailure(held: Held, target: OutboxTarget, err: unknown, pass: Pass, log: object): Promise<void> {
    const { result } = pass;
    const failure = err instanceof DeliveryError ? err : new DeliveryError("network", err instanceof Error ? err.message : String(err));
    if (failure instanceof PartialDeliveryError) {
      await recordPartial(db, held, target, failure.delivered, JSON.stringify(failure.remaining), held.row.taskId ?? failure.remaining.taskId ?? null);
    }
    const now = clock();
    const lastError = `${failure.kind}: ${failure.message}`.slice(0, 1000);
    const direct = held.row.platform !== null && held.row.chatId !== null;
    logger.warn({ ...log, kind: failure.kind, error: failure.message }, "outbox: send failed");
    switch (failure.kind) {
      case "rate_limited": {
        const retryAfter = failure.retryAfterMs ?? 1_000;
        pacer.pause(target.platform, retryAfter);
        await reschedule(db, held, { at: new Date(now.getTime() + retryAfter), lastError, countAttempt: false });
        result.retried += 1;
        return;
      }
      case "unreachable": {
        await markIdentityUnreachable(db, target, now);
        if (direct) {
          await finishHeld(db, held, "unreachable", lastError);
          result.unreachable += 1;
        } else {
          // Due at once: the next read resolves the person's next reachable channel, or none.
          await reschedule(db, held, { at: now, lastError, countAttempt: false });
          result.retried += 1;
          pass.requeued = true;
        }
        return;
      }
      case "rejected":
        await finishHeld(db, held, "dead", lastError);
        result.dead += 1;
        return;
      case "network":
        if (held.attempt >= deps.maxAttempts) {
          await finishHeld(db, held, "dead", `${lastError} (after ${held.attempt} attempts)`);
          result.dead += 1;
        } else {
          await reschedule(db, held, { at: new Date(now.getTime() + backoffMs(held.attempt, random)), lastError, countAttempt: true });
          result.retried += 1;
        }
        return;
    }
  }

  return {
    runOnce,
    start() {
      if (loop) return;
      stopping = false;
      loop = (async () => {
        let failures = 0;
        while (!stopping) {
          try {
            const r = await runOnce();
            failures = 0;
            if (r.sent + r.retried + r.dead + r.unreachable === 0) await waker.sleep(idleMs);
          } catch (err) {
            failures += 1;
            logger.error({ err }, "outbox: dispatcher pass failed");
            await waker.sleep(Math.min(60_000, idleMs * 2 ** failures));
          }
        }
      })();
    },
    async stop() {
      stopping = true;
      waker.wake();
      await loop;
      loop = null;
      stopping = false;
    },
    wake: () => waker.wake(),
  };
}
