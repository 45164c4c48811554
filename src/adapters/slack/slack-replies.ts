import type { Db } from "../../db/connect.js";
import type { Clock } from "../../core/clock.js";
import type { Logger } from "../../logger.js";
import type { Outbound } from "../../core/conversation/types.js";
import { DeliveryError } from "../../outbox/sender.js";
import { enqueueMessage } from "../../outbox/enqueue.js";
import { PartialDeliveryError, sentMessageIds } from "../../outbox/partial-delivery.js";
import { deliverFiles, linkMessage } from "../deliver-replies.js";
import { plainTextOf, renderSlackMessages, type SlackMessage } from "./slack-blocks.js";
import type { SlackSender } from "./slack-sender.js";

/** Where the replies to one interaction go. */
export type ReplyRoute =
  /** Messages in a channel (a DM, or a thread when `threadTs` is set), edited with chat.update. */
  | { kind: "chat"; chatId: string; threadTs?: string }
  /** Ephemeral answers through a slash command's or a button's response_url; on failure, the user's DM. */
  | { kind: "response_url"; url: string; fallbackChatId: string };

export interface ReplyDeps {
  db: Db;
  logger: Logger;
  sender: SlackSender;
  clock: Clock;
  /** Timeout of a response_url call, in ms. */
  timeoutMs: number;
  /** A rate-limited reply waits this long at most before it goes to the outbox instead. */
  maxWaitMs: number;
  /** Called after a reply was put in the outbox, so the dispatcher can send it now. */
  onQueued?: () => void;
}

/** Tries per message before a rate-limited reply goes to the outbox. */
const MAX_ATTEMPTS = 3;

/**
 * Delivers the core's replies to one interaction. Nothing is lost: a reply
 * that fails for a reason that may pass (rate limit, network) goes to the
 * outbox, which sends it later; an edit Slack refuses is sent as a new
 * message; a response_url that fails sends the rest to the user's DM. Only a
 * reply Slack refuses outright (unreachable, rejected) is dropped, and logged.
 * Sent messages about a task are linked to it, so a thread reply updates it.
 * A reply's files follow its text into the chat, once, and never through a
 * response_url (the user's DM instead) nor the outbox (see deliverFiles).
 */
export async function deliverSlackReplies(deps: ReplyDeps, route: ReplyRoute, replies: Outbound[], key: string): Promise<void> {
  const chatId = route.kind === "chat" ? route.chatId : route.fallbackChatId;
  const threadTs = route.kind === "chat" ? route.threadTs : undefined;
  let url = route.kind === "response_url" ? route.url : undefined;
  for (let i = 0; i < replies.length; i++) {
    // The text goes its way (response_url, chat, or the outbox, which must not store the bytes); the files go after it.
    const { files, ...reply } = replies[i]!;
    let rest: Outbound | undefined = reply;
    if (url) {
      rest = await respond(deps, url, reply);
      // Once the response_url failed, the rest of this reply and the replies after it go to the DM.
      if (rest) url = undefined;
    }
    if (rest) await deliverOne(deps, chatId, threadTs && !rest.replyTo ? { ...rest, replyTo: threadTs } : rest, `${key}:${i}`);
    if (files) await deliverFiles(deps, chatId, files);
  }
}

async function deliverOne(deps: ReplyDeps, chatId: string, reply: Outbound, key: string): Promise<void> {
  const { sender, logger } = deps;
  let message = reply;
  if (reply.editOf) {
    try {
      await sender.edit(chatId, reply.editOf, reply);
      if (reply.taskId !== undefined) await linkMessage(deps.db, "slack", chatId, reply.editOf, reply.taskId);
      return;
    } catch (err) {
      const failure = asDeliveryError(err);
      if (failure.kind === "unreachable") return void logger.warn({ err: failure, platform: "slack" }, "slack: could not edit a message");
      // Too old to edit, deleted, or a passing failure: the new state goes out as a new message.
      message = { ...reply, editOf: undefined };
    }
  }
  const ids: string[] = [];
  try {
    await sendPatiently(deps, chatId, message, ids);
  } catch (err) {
    const failure = asDeliveryError(err);
    const remaining = failure instanceof PartialDeliveryError ? failure.remaining : message;
    await queueIfPassing(deps, chatId, remaining, failure, key);
  } finally {
    if (reply.taskId !== undefined) for (const id of ids) await linkMessage(deps.db, "slack", chatId, id, reply.taskId);
  }
}

/** Sends, waiting out short rate limits; collects the ids of what went out into `ids`. */
async function sendPatiently(deps: ReplyDeps, chatId: string, message: Outbound, ids: string[]): Promise<void> {
  let rest = message;
  for (let attempt = 1; ; attempt++) {
    try {
      ids.push(...sentMessageIds(await deps.sender.send(chatId, rest)));
      return;
    } catch (err) {
      const failure = asDeliveryError(err);
      if (failure instanceof PartialDeliveryError) {
        ids.push(...failure.delivered);
        rest = failure.remaining;
      }
      const wait = failure.kind === "rate_limited" ? (failure.retryAfterMs ?? 1000) : Infinity;
      if (attempt >= MAX_ATTEMPTS || wait > deps.maxWaitMs) {
        throw failure instanceof PartialDeliveryError || rest === message ? failure : new PartialDeliveryError([], rest, failure);
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

async function queueIfPassing(deps: ReplyDeps, chatId: string, message: Outbound, failure: DeliveryError, key: string): Promise<void> {
  if (failure.kind === "unreachable" || failure.kind === "rejected") {
    deps.logger.warn({ err: failure, platform: "slack", kind: failure.kind }, "slack: a reply was refused and is dropped");
    return;
  }
  const now = deps.clock();
  await enqueueMessage(deps.db, {
    dedupeKey: `slack:reply:${key}`,
    platform: "slack",
    chatId,
    kind: "reply",
    // Never files: their bytes are not stored in the outbox.
    message: { ...message, editOf: undefined, files: undefined },
    ...(message.taskId !== undefined ? { taskId: message.taskId } : {}),
    notBefore: new Date(now.getTime() + (failure.retryAfterMs ?? 0)),
    now,
  });
  deps.logger.info({ platform: "slack", kind: failure.kind }, "slack: a reply could not be sent now and went to the outbox");
  deps.onQueued?.();
}

/**
 * Answers a reply through response_url, ephemerally; an edit replaces the
 * message the button was on. Returns what could not be answered that way
 * (the reply from its first undelivered part), or undefined when all went.
 */
async function respond(deps: ReplyDeps, url: string, reply: Outbound): Promise<Outbound | undefined> {
  const parts = renderSlackMessages(reply);
  for (let j = 0; j < parts.length; j++) {
    try {
      await postResponse(url, { ...parts[j]!, response_type: "ephemeral", replace_original: j === 0 && reply.editOf !== undefined }, deps.timeoutMs);
    } catch (err) {
      deps.logger.warn({ err, platform: "slack" }, "slack: response_url failed; answering in the DM instead");
      return { ...reply, editOf: undefined, text: j === 0 ? reply.text : plainTextOf(parts.slice(j)) };
    }
  }
  return undefined;
}

/** POSTs a message to a response_url. Slack answers 200 (`ok` or `{"ok":true}`), or an error status or `{"ok":false}`. */
export async function postResponse(url: string, body: SlackMessage & Record<string, unknown>, timeoutMs: number): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`response_url answered HTTP ${response.status}`);
  try {
    const parsed = JSON.parse(text) as { ok?: unknown; error?: unknown };
    if (parsed.ok === false) throw new Error(`response_url refused: ${String(parsed.error)}`);
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
  }
}

function asDeliveryError(err: unknown): DeliveryError {
  return err instanceof DeliveryError ? err : new DeliveryError("network", err instanceof Error ? err.message : String(err), undefined, { cause: err });
}
