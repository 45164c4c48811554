import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { sendJson } from "../../http/server.js";

/** Where Slack's requests arrive (events, interactivity and slash commands alike), after PUBLIC_URL. */
export const SLACK_WEBHOOK_PATH = "/webhooks/slack";

/** Largest request body accepted, in bytes; Slack's payloads are a few kilobytes. */
export const SLACK_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Guards Bolt's HTTPReceiver on the shared server: only POST to the exact
 * path reaches it (405 and 404 otherwise, instead of an error thrown from
 * inside Bolt), and once the adapter stops it answers 503, so that Slack
 * delivers the event again later rather than to a process that is leaving.
 * Bolt itself checks the signature and the timestamp (401) and answers
 * Slack's url_verification challenge.
 */
export function guardSlackListener(receiver: RequestListener, isOpen: () => boolean): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (!isOpen()) return sendJson(res, 503, { ok: false, error: "stopping" });
    const path = (req.url ?? "/").split("?")[0];
    if (path !== SLACK_WEBHOOK_PATH) return sendJson(res, 404, { ok: false, error: "not_found" });
    if (req.method !== "POST") {
      res.setHeader("allow", "POST");
      return sendJson(res, 405, { ok: false, error: "method_not_allowed" });
    }
    return receiver(req, res);
  };
}
