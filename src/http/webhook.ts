import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../logger.js";
import { parseJsonBytes } from "./json-text.js";
import { BodyTooLargeError, readBody, sendJson } from "./server.js";

export interface WebhookGate {
  platform: string;
  /** The header the platform sends the webhook secret in (lower case). */
  secretHeader: string;
  secret: string;
  /** Largest accepted body in bytes. */
  maxBodyBytes: number;
  logger: Logger;
  /** False once the adapter stops: answer 503, so the platform keeps the update. */
  isOpen(): boolean;
}

/**
 * The checks every chat webhook makes, in this order: open (503), POST (405),
 * the secret, compared in constant time before the body is read so an
 * unauthenticated sender never reaches parsing (401), the size (413), then
 * UTF-8, nesting depth and JSON syntax (400 `invalid_utf8`, `too_deep`,
 * `malformed_json`; src/http/json-text.ts). Returns the parsed body, or
 * `undefined` once it has answered.
 */
export async function readWebhookJson(req: IncomingMessage, res: ServerResponse, gate: WebhookGate): Promise<unknown> {
  if (!gate.isOpen()) return void sendJson(res, 503, { ok: false, error: "stopping" });
  if (req.method !== "POST") {
    res.setHeader("allow", "POST");
    return void sendJson(res, 405, { ok: false, error: "method_not_allowed" });
  }
  if (!sameSecret(req.headers[gate.secretHeader], gate.secret)) {
    gate.logger.warn({ platform: gate.platform, remote: req.socket.remoteAddress }, `${gate.platform} webhook: missing or wrong secret token`);
    return void sendJson(res, 401, { ok: false, error: "unauthorized" });
  }
  let body: Buffer;
  try {
    body = await readBody(req, gate.maxBodyBytes);
  } catch (err) {
    if (err instanceof BodyTooLargeError) return void sendJson(res, 413, { ok: false, error: "payload_too_large", limit: err.limit });
    return void sendJson(res, 400, { ok: false, error: "unreadable_body" });
  }
  const parsed = parseJsonBytes(body);
  if (parsed.ok) return parsed.value;
  gate.logger.warn({ platform: gate.platform, reason: parsed.reason }, `${gate.platform} webhook: unreadable body`);
  return void sendJson(res, 400, { ok: false, error: parsed.reason });
}

/** Compares digests, so neither the length nor the content of the secret leaks through timing. */
function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== "string") return false;
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}
