import type { Logger } from "../../logger.js";
import type { ZaloClient } from "./zalo-client.js";
import type { ZaloUpdate } from "./zalo-types.js";
import { abortableSleep } from "../abortable-sleep.js";

export interface ZaloPollingOptions {
  client: ZaloClient;
  logger: Logger;
  /** Long-poll length per getUpdates call, in seconds. */
  timeoutSeconds: number;
  /** Wait after a failed call, doubling up to `maxMs`; reset by a good answer. */
  backoff: { initialMs: number; maxMs: number };
  /** Handles one update; must not throw (the loop would log and back off). */
  onUpdate(update: ZaloUpdate): Promise<void>;
}

export interface ZaloPolling {
  /** Aborts the pending long poll and resolves when the loop has ended. */
  stop(): Promise<void>;
}

/**
 * The getUpdates loop: one call at a time (the API hands out one update per
 * call, so updates are handled in order), bounded exponential backoff on
 * failures, and a prompt end on stop() by aborting the pending request.
 */
export function startZaloPolling(options: ZaloPollingOptions): ZaloPolling {
  const { client, logger, backoff } = options;
  const abort = new AbortController();
  const { signal } = abort;

  const loop = (async () => {
    let delay = backoff.initialMs;
    while (!signal.aborted) {
      try {
        const update = await client.getUpdates({ timeoutSeconds: options.timeoutSeconds }, { signal });
        delay = backoff.initialMs;
        if (update) await options.onUpdate(update);
      } catch (err) {
        if (signal.aborted) break;
        logger.warn({ err, platform: "zalo", retryInMs: delay }, "zalo polling failed; retrying");
        await abortableSleep(delay, signal);
        delay = Math.min(delay * 2, backoff.maxMs);
      }
    }
  })();

  return {
    async stop() {
      abort.abort();
      await loop;
    },
  };
}
