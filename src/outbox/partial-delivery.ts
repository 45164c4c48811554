import type { Outbound } from "../core/conversation/types.js";
import { DeliveryError, type SentMessage } from "./sender.js";

/**
 * What a sender that splits long texts may return: the ids of every part, in
 * order. `messageId` stays the first part's id (the ChatSender contract); the
 * dispatcher links every part to the task so a reply to any of them finds it,
 * and charges the pacer for each part.
 */
export interface SentParts extends SentMessage {
  messageIds: string[];
}

/** The ids of every part a sender reports, or just `messageId`. */
export function sentMessageIds(sent: SentMessage): string[] {
  const ids = (sent as Partial<SentParts>).messageIds;
  return Array.isArray(ids) && ids.length > 0 ? ids : [sent.messageId];
}

/**
 * A long message failed after some of its parts were delivered. Resending the
 * whole message would repeat those parts, so the dispatcher records the
 * delivered ids and re-queues only `remaining`. `kind` is the failure of the
 * first undelivered part.
 */
export class PartialDeliveryError extends DeliveryError {
  constructor(
    readonly delivered: string[],
    readonly remaining: Outbound,
    failure: DeliveryError,
  ) {
    super(failure.kind, `${delivered.length} part(s) delivered, then: ${failure.message}`, failure.retryAfterMs);
    this.name = "PartialDeliveryError";
  }
}
