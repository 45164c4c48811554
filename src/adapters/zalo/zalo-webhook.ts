import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Logger } from "../../logger.js";
import { sendJson } from "../../http/server.js";
import { readWebhookJson } from "../../http/webhook.js";
import { parseUpdate, type ParsedUpdate } from "./zalo-update.js";

/** Where the webhook is mounted on the shared HTTP server, and the path after PUBLIC_URL. */
export const ZALO_WEBHOOK_PATH = "/webhooks/zalo";

/** The header Zalo sends the webhook's secret_token in (node lower-cases header names). */
export const ZALO_SECRET_HEADER = "x-bot-api-secret-token";

export interface ZaloWebhookOptions {
  secret: string;
  logger: Logger;
  /** Largest accepted body in bytes; an update is a few hundred. */
  maxBodyBytes: number;
  /** Answer 200 after the update is handled, or after this many ms, whichever comes first. */
  ackWithinMs: number;
  /** False once the adapter stops: answer 503 so nothing is taken in that cannot be handled. */
  isOpen(): boolean;
  onUpdate(update: ParsedUpdate): Promise<void>;
}

/**
 * The request listener of the Zalo webhook. Order matters: the secret is
 * checked (in constant time) before the body is read, so an unauthenticated
 * sender never reaches parsing; then the size (413), then the JSON (400).
 * A good update is answered 200 once handled, but never later than
 * `ackWithinMs`, so a slow query does not make Zalo wait.
 */
export function createZaloWebhookListener(options: ZaloWebhookOptions): RequestListener {
  const { logger } = options;
  return async (req: IncomingMessage, res: ServerResponse) => {
    const payload = await readWebhookJson(req, res, {
      platform: "zalo", secretHeader: ZALO_SECRET_HEADER, secret: options.secret, maxBodyBytes: options.maxBodyBytes, logger, isOpen: options.isOpen,
    });
    if (payload === undefined) return;
    const update = parseUpdate(payload);
    if (update.kind === "invalid") {
      logger.warn({ platform: "zalo", reason: update.reason }, "zalo webhook: not an update");
      return sendJson(res, 400, { ok: false, error: "invalid_update", reason: update.reason });
    }
    await settleWithin(options.onUpdate(update), options.ackWithinMs);
    sendJson(res, 200, { ok: true });
  };
}

async function settleWithin(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  try {
    await Promise.race([work.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
