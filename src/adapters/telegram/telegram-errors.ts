import { GrammyError, HttpError } from "grammy";
import { DeliveryError } from "../../outbox/sender.js";

/**
 * 400 answers that mean this chat cannot receive from the bot at all (it does
 * not exist for the bot, or the bot may not write there), as opposed to a bad
 * message. They make the identity unreachable, like a 403.
 */
const CHAT_GONE = /chat not found|not enough rights to send|have no rights to send|user is deactivated/i;

/**
 * Turns what grammY threw into the dispatcher's vocabulary:
 * 429 → rate_limited (retry_after in ms); 403 and "chat not found" → unreachable;
 * 401/404 (the token was refused: fix the configuration, keep the messages) and
 * 5xx → network; any other 4xx → rejected; a failed HTTP call → network.
 *
 * The token never reaches the result: grammY's HttpError wraps node-fetch's
 * error, whose message holds the request URL and so the token. That cause is
 * therefore dropped and its message redacted; so is a description that
 * quotes the token.
 */
export function toDeliveryError(err: unknown, token: string): DeliveryError {
  if (err instanceof DeliveryError) return err;
  if (err instanceof GrammyError) {
    // A proxy in front of the Bot API may quote the request URL, and so the token, in its description.
    const text = redact(`Telegram ${err.method}: ${err.error_code} ${err.description}`, token);
    const code = err.error_code;
    if (code === 429) {
      const seconds = err.parameters.retry_after ?? 1;
      return new DeliveryError("rate_limited", text, Math.max(0, seconds) * 1000, { cause: err });
    }
    if (code === 403 || (code === 400 && CHAT_GONE.test(err.description))) {
      return new DeliveryError("unreachable", text, undefined, { cause: err });
    }
    if (code === 401 || code === 404 || code >= 500) return new DeliveryError("network", text, undefined, { cause: err });
    if (code >= 400) return new DeliveryError("rejected", text, undefined, { cause: err });
    return new DeliveryError("network", text, undefined, { cause: err });
  }
  if (err instanceof HttpError) {
    const inner = err.error as { code?: string; type?: string; name?: string } | undefined;
    const reason = inner?.code ?? inner?.type ?? inner?.name ?? "unknown";
    return new DeliveryError("network", redact(`${err.message} (${reason})`, token));
  }
  const message = err instanceof Error ? err.message : String(err);
  return new DeliveryError("network", redact(`Telegram call failed: ${message}`, token));
}

/** Removes the bot token from a text, in case an error message quotes a URL. */
export function redact(text: string, token: string): string {
  return token === "" ? text : text.split(token).join("<token>");
}
