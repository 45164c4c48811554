import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Update } from "grammy/types";
import type { Logger } from "../../logger.js";
import { BodyTooLargeError, readBody, sendJson } from "../../http/server.js";

/** Where the webhook is mounted on the shared HTTP server, and the path after PUBLIC_URL. */
export const TELEGRAM_WEBHOOK_PATH = "/webhooks/telegram";

/** The header Telegram sends setWebhook's secret_token in (node lower-cases header names). */
export const TELEGRAM_SECRET_HEADER = "x-telegram-bot-api-secret-token";

export interface TelegramWebhookOptions {
  secret: string;
  logger: Logger;
  /** Largest accepted body in bytes; an update is a few kilobytes at most. */
  maxBodyBytes: number;
  /** False once the adapter stops: answer 503, so Telegram keeps the update for the next instance. */
  isOpen(): boolean;
  /** Handles one update; throws when it could not be handled. */
  onUpdate(update: Update): Promise<void>;
}

/**
 * The request listener of the Telegram webhook. The secret is checked first,
 * in constant time, so an unauthenticated sender never reaches parsing; then
 * the size (413) and the JSON (400). The answer is 200 only once the update
 * has been handled: until then Telegram keeps it and sends it again, so a
 * crash never loses one (the core drops a repeat by its update id). A failure
 * to handle it answers 500, which makes Telegram retry later.
 */
export function createTelegramWebhookListener(options: TelegramWebhookOptions): RequestListener {
  const { logger } = options;
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (!options.isOpen()) return sendJson(res, 503, { ok: false, error: "stopping" });
    if (req.method !== "POST") {
      res.setHeader("allow", "POST");
      return sendJson(res, 405, { ok: false, error: "method_not_allowed" });
    }
    if (!sameSecret(req.headers[TELEGRAM_SECRET_HEADER], options.secret)) {
      logger.warn({ platform: "telegram", remote: req.socket.remoteAddress }, "telegram webhook: missing or wrong secret token");
      return sendJson(res, 401, { ok: false, error: "unauthorized" });
    }
    let body: Buffer;
    try {
      body = await readBody(req, options.maxBodyBytes);
    } catch (err) {
      if (err instanceof BodyTooLargeError) return sendJson(res, 413, { ok: false, error: "payload_too_large", limit: err.limit });
      return sendJson(res, 400, { ok: false, error: "unreadable_body" });
    }
    let update: unknown;
    try {
      update = JSON.parse(body.toString("utf8"));
    } catch {
      return sendJson(res, 400, { ok: false, error: "malformed_json" });
    }
    if (!isUpdate(update)) {
      logger.warn({ platform: "telegram" }, "telegram webhook: the body is not an update");
      return sendJson(res, 400, { ok: false, error: "invalid_update" });
    }
    try {
      await options.onUpdate(update);
    } catch {
      // Already logged by the handler; Telegram delivers the update again.
      return sendJson(res, 500, { ok: false, error: "not_handled" });
    }
    sendJson(res, 200, { ok: true });
  };
}

function isUpdate(value: unknown): value is Update {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const id = (value as { update_id?: unknown }).update_id;
  return typeof id === "number" && Number.isSafeInteger(id) && id >= 0;
}

/** Compares digests, so neither the length nor the content of the secret leaks through timing. */
function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== "string") return false;
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}
