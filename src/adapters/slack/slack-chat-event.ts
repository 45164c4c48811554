import { randomUUID } from "node:crypto";
import type { webApi } from "@slack/bolt";
import type { Db } from "../../db/connect.js";
import type { Logger } from "../../logger.js";
import type { Clock } from "../../core/clock.js";
import type { Inbound } from "../../core/conversation/types.js";
import { findActor } from "../../core/conversation/actor.js";
import type { Translator } from "../../i18n/translator.js";
import type { ChatEvent, DeliverRoute } from "../runtime/chat-event.js";
import type { ChatRuntime } from "../runtime/chat-runtime.js";
import { ACTION_ID_PREFIX, renderSlackMessages } from "./slack-blocks.js";
import { parseButtonPress, parseCommand, parseEvent, slackUserId, tsToDate, type SlackBotIds, type SlackIncoming } from "./slack-inbound.js";
import { deliverSlackReplies, postResponse, type ReplyRoute } from "./slack-replies.js";
import type { SlackSender } from "./slack-sender.js";

/** One request Bolt hands over: an Events API event, a slash command, or a button press (block_actions). */
export interface SlackRequest {
  type: "event" | "command" | "button";
  body: Record<string, unknown>;
}

export interface SlackEventDeps {
  /** For findActor: whether a user is registered (their name is then known). */
  db: Db;
  logger: Logger;
  clock: Clock;
  translator: Translator;
  runtime: Pick<ChatRuntime, "delivery" | "languageOf" | "chatOf">;
  sender: SlackSender;
  client: webApi.WebClient;
  me: SlackBotIds;
  mainCommand: string;
  /** Timeout of a response_url call, in ms. */
  timeoutMs: number;
}

/**
 * Reads Slack's requests as chat events. Every event of a user is ordered
 * by that user ("TEAM:USER"): a slash command answered in the user's DM and
 * a message typed there must not overtake each other, wherever they were
 * typed. The user's DM and display name are looked up in the event's turn;
 * replies go through the response_url, the thread or the chat, as Slack
 * shows each kind of request (see deliverSlackReplies).
 */
export function createSlackEventReader(deps: SlackEventDeps): (request: SlackRequest) => ChatEvent {
  const { logger, translator, runtime } = deps;
  const replyDeps = { ...runtime.delivery, timeoutMs: deps.timeoutMs };
  const names = new Map<string, string | undefined>();
  const routed =
    (route: (chatId: string) => ReplyRoute): DeliverRoute =>
    (replies, chatId, key) =>
      deliverSlackReplies(replyDeps, route(chatId), replies, key);

  function fromEvent(body: Record<string, unknown>): ChatEvent {
    const parsed = parseEvent(body, deps.me);
    if (parsed.kind === "ignored") return parsed;
    const m = parsed.message;
    const userId = slackUserId(m.team, m.user);
    const updateId = m.eventId ?? `${m.channel}/${m.ts}`;
    const threadTs = m.threadTs ?? (m.chatType === "group" ? m.ts : undefined);
    const deliver = routed(() => ({ kind: "chat", chatId: m.channel, ...(threadTs ? { threadTs } : {}) }));
    if (parsed.kind === "unsupported") {
      return { kind: "unsupported", orderKey: userId, chatId: m.channel, userId, updateId, sentence: "slack-unsupported-file", deliver };
    }
    return { kind: "inbound", orderKey: userId, inbound: () => inboundOf(m, updateId), replyKey: updateId, deliver };
  }

  async function inboundOf(m: SlackIncoming, updateId: string): Promise<Inbound> {
    const displayName = await nameOf(m.team, m.user);
    return {
      platform: "slack",
      userId: slackUserId(m.team, m.user),
      chatId: m.channel,
      chatType: m.chatType,
      messageId: m.ts,
      updateId,
      ...(m.threadTs ? { replyToMessageId: m.threadTs } : {}),
      text: m.text,
      at: tsToDate(m.ts) ?? deps.clock(),
      ...(displayName ? { displayName } : {}),
    };
  }

  function fromCommand(body: Record<string, unknown>): ChatEvent {
    const cmd = parseCommand(body, deps.mainCommand);
    if (!cmd) {
      logger.warn({ platform: "slack" }, "slack: malformed slash command ignored");
      return { kind: "ignored", reason: "malformed slash command" };
    }
    const userId = slackUserId(cmd.team, cmd.user);
    const key = `cmd/${cmd.triggerId ?? randomUUID()}`;
    return {
      kind: "inbound",
      orderKey: userId,
      replyKey: key,
      inbound: async () => {
        const dm = await dmOrExplain(cmd.team, cmd.user, cmd.responseUrl);
        if (!dm) return null;
        return {
          platform: "slack",
          userId,
          // The answer is seen by this user alone, so the command counts as said in their DM with the bot.
          chatId: dm,
          chatType: "private",
          ...(cmd.triggerId ? { updateId: key } : {}),
          text: cmd.text,
          at: deps.clock(),
          ...(cmd.displayName ? { displayName: cmd.displayName } : {}),
        };
      },
      // Typed in the DM itself: real messages there, which can be replied to and edited.
      deliver: routed((dm) => (cmd.channel === dm || !cmd.responseUrl ? { kind: "chat", chatId: dm } : { kind: "response_url", url: cmd.responseUrl, fallbackChatId: dm })),
    };
  }

  function fromButton(body: Record<string, unknown>): ChatEvent {
    const actions = Array.isArray(body.actions) ? body.actions : [];
    const ours = actions.some((a: { action_id?: unknown }) => typeof a?.action_id === "string" && a.action_id.startsWith(ACTION_ID_PREFIX));
    const press = ours ? parseButtonPress(body) : null;
    if (!press) return { kind: "ignored", reason: "block action not ours" };
    const userId = slackUserId(press.team, press.user);
    return {
      kind: "inbound",
      orderKey: userId,
      replyKey: `act/${press.pressId}`,
      inbound: async () => {
        const chatId = press.ephemeral ? await dmOrExplain(press.team, press.user, press.responseUrl) : press.channel;
        if (!chatId) return null;
        return {
          platform: "slack",
          userId,
          chatId,
          chatType: press.ephemeral || press.channel.startsWith("D") ? "private" : "group",
          messageId: press.messageTs,
          updateId: `act/${press.pressId}`,
          action: press.value,
          at: deps.clock(),
          ...(press.displayName ? { displayName: press.displayName } : {}),
        };
      },
      deliver: routed((chatId) =>
        press.ephemeral && press.responseUrl
          ? { kind: "response_url", url: press.responseUrl, fallbackChatId: chatId }
          : { kind: "chat", chatId: press.channel, ...(press.threadTs ? { threadTs: press.threadTs } : {}) },
      ),
    };
  }

  /** The user's DM with the bot: the one their identity names, else opened. On failure, says so through response_url. */
  async function dmOrExplain(team: string, user: string, responseUrl: string | undefined): Promise<string | undefined> {
    const known = await runtime.chatOf(slackUserId(team, user));
    if (known?.startsWith("D")) return known;
    try {
      return await deps.sender.openDm(user);
    } catch (err) {
      logger.warn({ err, platform: "slack" }, "slack: could not open the DM of a user");
      const text = translator.t(await runtime.languageOf(slackUserId(team, user)), "slack-dm-unavailable");
      const [message] = renderSlackMessages({ text });
      if (responseUrl && message) await postResponse(responseUrl, { ...message, response_type: "ephemeral", replace_original: false }, deps.timeoutMs);
      return undefined;
    }
  }

  /** The name Slack shows for a person not yet registered (registration stores it); undefined when unknown. */
  async function nameOf(team: string, user: string): Promise<string | undefined> {
    if (names.has(user)) return names.get(user);
    if (await findActor(deps.db, "slack", slackUserId(team, user))) return undefined;
    let name: string | undefined;
    try {
      const info = await deps.client.users.info({ user });
      name = info.user?.profile?.real_name || info.user?.real_name || info.user?.profile?.display_name || info.user?.name || undefined;
    } catch (err) {
      logger.debug({ err, platform: "slack" }, "slack: users.info failed; no display name");
    }
    names.set(user, name);
    return name;
  }

  return (request) => {
    if (request.type === "event") return fromEvent(request.body);
    if (request.type === "command") return fromCommand(request.body);
    return fromButton(request.body);
  };
}
