import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Logger } from "../../logger.js";
import { BodyTooLargeError, readBody, sendJson } from "../../http/server.js";
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
    if (!options.isOpen()) return sendJson(res, 503, { ok: false, error: "stopping" });
    if (req.method !== "POST") {
      res.setHeader("allow", "POST");
      return sendJson(res, 405, { ok: false, error: "method_not_allowed" });
    }
    if (!sameSecret(req.headers[ZALO_SECRET_HEADER], options.secret)) {
      logger.warn({ platform: "zalo", remote: req.socket.remoteAddress }, "zalo webhook: missing or wrong secret token");
      return sendJson(res, 401, { ok: false, error: "unauthorized" });
    }
    let body: Buffer;
    try {
      body = await readBody(req, options.maxBodyBytes);
    } catch (err) {
      if (err instanceof BodyTooLargeError) return sendJson(res, 413, { ok: false, error: "payload_too_large", limit: err.limit });
      return sendJson(res, 400, { ok: false, error: "unreadable_body" });
    }
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString("utf8"));
    } catch {
      return sendJson(res, 400, { ok: false, error: "malformed_json" });
    }
    const update = parseUpdate(payload);
    if (update.kind === "invalid") {
      logger.warn({ platform: "zalo", reason: update.reason }, "zalo webhook: not an update");
      return sendJson(res, 400, { ok: false, error: "invalid_update", reason: update.reason });
    }
    await settleWithin(options.onUpdate(update), options.ackWithinMs);
    sendJson(res, 200, { ok: true });
  };
}

/** Compares digests, so neither the length nor the content of the secret leaks through timing. */
function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== "string") return false;
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
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
