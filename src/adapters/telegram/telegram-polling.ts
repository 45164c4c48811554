import type { Api } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../../logger.js";
import type { OffsetStore } from "./offset-store.js";
import { abortableSleep } from "../abortable-sleep.js";

/** grammY types its signals with the abort-controller package; node's AbortSignal is what it uses at run time. */
type GrammySignal = Parameters<Api["getUpdates"]>[1];

/** The update kinds the bot asks for (getUpdates and setWebhook remember the last list given). */
export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"] as const;

export interface TelegramPollingOptions {
  api: Api;
  offsets: OffsetStore;
  /** The first offset to ask for (OffsetStore.load(), read before starting so that a database failure stops start-up). */
  offset: number;
  logger: Logger;
  /** Turns an error into something safe to log (no token). */
  safe(err: unknown): unknown;
  /** Long-poll length per getUpdates call, in seconds. */
  timeoutSeconds: number;
  /** Wait after a failure, doubling up to `maxMs`; reset by a success. */
  backoff: { initialMs: number; maxMs: number };
  /** Tries per update before it is given up (logged as an error) so that one bad update cannot stop the bot. */
  maxAttempts: number;
  /** Handles one update; throws when it could not be handled, and is then called again with it. */
  handle(update: Update): Promise<void>;
}

export interface TelegramPolling {
  /** Ends the pending long poll, lets the update in hand finish and its offset be stored, then resolves. */
  stop(): Promise<void>;
}

/**
 * The getUpdates loop. Updates are handled one at a time, in order, and the
 * offset is stored after each one, so that:
 * - a restart asks Telegram for the next update, never one already handled;
 * - an update received but not yet handled when the process stops is not
 *   confirmed, and comes again to the next instance (nothing is lost);
 * - a crash between handling and storing repeats one update, which the core
 *   drops by its update id (ProcessedUpdate).
 */
export function startTelegramPolling(options: TelegramPollingOptions): TelegramPolling {
  const { api, offsets, logger, backoff } = options;
  const abort = new AbortController();
  const { signal } = abort;

  const loop = (async () => {
    let offset = options.offset;
    let delay = backoff.initialMs;
    while (!signal.aborted) {
      let updates: Update[];
      try {
        updates = await api.getUpdates({ offset, timeout: options.timeoutSeconds, limit: 100, allowed_updates: [...ALLOWED_UPDATES] }, signal as GrammySignal);
        delay = backoff.initialMs;
      } catch (err) {
        if (signal.aborted) break;
        logger.warn({ err: options.safe(err), platform: "telegram", retryInMs: delay }, "telegram polling failed; retrying");
        await abortableSleep(delay, signal);
        delay = Math.min(delay * 2, backoff.maxMs);
        continue;
      }
      for (const update of updates) {
        if (signal.aborted || !(await handleWithRetries(update))) break;
        offset = update.update_id + 1;
        await offsets.save(offset).catch((err: unknown) => {
          // Not fatal: Telegram is told by the next getUpdates; after a restart the core drops the repeat.
          logger.warn({ err, platform: "telegram", offset }, "telegram: could not store the polling offset");
        });
      }
    }
  })();

  /** True when the update was handled or given up; false when stopping interrupted its retries. */
  async function handleWithRetries(update: Update): Promise<boolean> {
    let wait = backoff.initialMs;
    for (let attempt = 1; ; attempt++) {
      try {
        await options.handle(update);
        return true;
      } catch (err) {
        const log = { err: options.safe(err), platform: "telegram", updateId: update.update_id, attempt };
        if (attempt >= options.maxAttempts) {
          logger.error(log, "telegram: gave up an update that could not be handled");
          return true;
        }
        logger.warn({ ...log, retryInMs: wait }, "telegram: could not handle an update; retrying");
        await abortableSleep(wait, signal);
        if (signal.aborted) return false;
        wait = Math.min(wait * 2, backoff.maxMs);
      }
    }
  }

  return {
    async stop() {
      abort.abort();
      await loop.catch((err: unknown) => logger.error({ err: options.safe(err), platform: "telegram" }, "telegram polling ended with an error"));
    },
  };
}
