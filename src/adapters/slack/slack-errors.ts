import { webApi } from "@slack/bolt";
import { DeliveryError } from "../../outbox/sender.js";

/**
 * Web API errors that mean this person or channel cannot be reached (the
 * account is gone, the bot is not in the channel, the DM cannot be opened).
 * Retrying will not help; the dispatcher marks the identity unreachable.
 */
export const UNREACHABLE_ERRORS: ReadonlySet<string> = new Set([
  "not_in_channel",
  "channel_not_found",
  "is_archived",
  "account_inactive",
  "user_not_found",
  "user_disabled",
  "user_not_visible",
  "cannot_dm_bot",
  "team_access_not_granted",
]);

/** Errors Slack documents as its own trouble: worth another try later. */
const TRANSIENT_ERRORS: ReadonlySet<string> = new Set(["internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited"]);

/** The `error` of a refused Web API call, or undefined for other failures. */
export function slackErrorCode(err: unknown): string | undefined {
  if (err instanceof Error && (err as { code?: unknown }).code === webApi.ErrorCode.PlatformError) {
    const data = (err as { data?: { error?: unknown } }).data;
    return typeof data?.error === "string" ? data.error : undefined;
  }
  return undefined;
}

/**
 * Maps a failed Web API call to what the dispatcher needs: a 429 →
 * rate_limited with Retry-After; an account or channel that is gone →
 * unreachable; other refusals → rejected; no answer, a 5xx or Slack's own
 * trouble → network. The message names the method and Slack's error code,
 * never the token.
 */
export function toDeliveryError(err: unknown, method: string): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const code = err instanceof Error ? (err as { code?: unknown }).code : undefined;
  if (code === webApi.ErrorCode.RateLimitedError) {
    const seconds = Number((err as { retryAfter?: unknown }).retryAfter);
    const retryAfterMs = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 1000;
    return new DeliveryError("rate_limited", `Slack ${method}: rate limited, retry after ${retryAfterMs / 1000} s`, retryAfterMs, { cause: err });
  }
  const error = slackErrorCode(err);
  if (error !== undefined) {
    const message = `Slack ${method} refused: ${error}`;
    if (UNREACHABLE_ERRORS.has(error)) return new DeliveryError("unreachable", message, undefined, { cause: err });
    if (TRANSIENT_ERRORS.has(error)) return new DeliveryError("network", message, undefined, { cause: err });
    return new DeliveryError("rejected", message, undefined, { cause: err });
  }
  if (code === webApi.ErrorCode.HTTPError) {
    const status = Number((err as { statusCode?: unknown }).statusCode);
    const kind = status >= 500 ? "network" : "rejected";
    return new DeliveryError(kind, `Slack ${method}: HTTP ${status}`, undefined, { cause: err });
  }
  const reason = err instanceof Error ? err.message : String(err);
  return new DeliveryError("network", `Slack ${method} failed: ${reason}`, undefined, { cause: err });
}
