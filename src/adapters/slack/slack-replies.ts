import type { Outbound } from "../../core/conversation/types.js";
import { deliverFiles, deliverReply, type DeliverDeps } from "../runtime/deliver-replies.js";
import { plainTextOf, renderSlackMessages, type SlackMessage } from "./slack-blocks.js";

/** Where the replies to one interaction go. */
export type ReplyRoute =
  /** Messages in a channel (a DM, or a thread when `threadTs` is set), edited with chat.update. */
  | { kind: "chat"; chatId: string; threadTs?: string }
  /** Ephemeral answers through a slash command's or a button's response_url; on failure, the user's DM. */
  | { kind: "response_url"; url: string; fallbackChatId: string };

/** What delivery needs (see the chat runtime's deliverReply), and the timeout of a response_url call, in ms. */
export interface ReplyDeps extends DeliverDeps {
  timeoutMs: number;
}

/**
 * Delivers the core's replies to one interaction, Slack's way: through the
 * response_url, ephemerally, when the route says so (a slash command's or an
 * ephemeral button's answer), else into the chat, in the thread when there
 * is one. A response_url that fails sends the rest to the user's DM. The
 * chat part is the runtime's deliverReply: nothing is lost (the outbox takes
 * what may pass), and sent messages about a task are linked to it, so a
 * thread reply updates it. A reply's files follow its text into the chat,
 * once, and never through a response_url (the user's DM instead) nor the
 * outbox (see deliverFiles).
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
    if (rest) await deliverReply(deps, chatId, threadTs && !rest.replyTo ? { ...rest, replyTo: threadTs } : rest, `${key}:${i}`);
    if (files) await deliverFiles(deps, chatId, files);
  }
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
