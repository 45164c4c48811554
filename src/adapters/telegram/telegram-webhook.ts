import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Update } from "grammy/types";
import type { Logger } from "../../logger.js";
import { sendJson } from "../../http/server.js";
import { readWebhookJson } from "../../http/webhook.js";

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
    const update = await readWebhookJson(req, res, {
      platform: "telegram", secretHeader: TELEGRAM_SECRET_HEADER, secret: options.secret, maxBodyBytes: options.maxBodyBytes, logger, isOpen: options.isOpen,
    });
    if (update === undefined) return;
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
