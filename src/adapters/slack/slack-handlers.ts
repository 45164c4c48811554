import { randomUUID } from "node:crypto";
import type { App, webApi } from "@slack/bolt";
import { Prisma, type Db } from "../../db/connect.js";
import type { Logger } from "../../logger.js";
import type { Clock } from "../../core/clock.js";
import type { Conversation } from "../../core/conversation/handle-inbound.js";
import type { Inbound } from "../../core/conversation/types.js";
import { findActor } from "../../core/conversation/actor.js";
import type { Language, Translator } from "../../i18n/translator.js";
import { ACTION_ID_PREFIX, renderSlackMessages } from "./slack-blocks.js";
import { parseButtonPress, parseCommand, parseEvent, slackUserId, tsToDate, type SlackBotIds, type SlackIncoming } from "./slack-inbound.js";
import { deliverSlackReplies, postResponse, type ReplyRoute } from "./slack-replies.js";
import type { SlackSender } from "./slack-sender.js";

export interface SlackHandlerDeps {
  db: Db;
  logger: Logger;
  bot: Conversation;
  sender: SlackSender;
  client: webApi.WebClient;
  clock: Clock;
  translator: Translator;
  defaultLanguage?: Language;
  me: SlackBotIds;
  mainCommand: string;
  timeoutMs: number;
  onQueued?: () => void;
}

export interface SlackHandlers {
  /** Adds the listeners for messages, mentions, slash commands and button presses. */
  register(app: App): void;
  /** Resolves once every request taken in so far is handled. */
  idle(): Promise<void>;
}

/** A rate-limited interactive reply waits this long at most, then goes to the outbox. */
const MAX_REPLY_WAIT_MS = 5000;

/**
 * What the adapter does with each kind of request. Listeners acknowledge and
 * queue; the work runs per user in arrival order (so a redelivered event
 * waits for the first delivery and is then dropped as already handled).
 */
export function createSlackHandlers(deps: SlackHandlerDeps): SlackHandlers {
  const { db, logger, bot, sender, clock } = deps;
  const defaultLanguage = deps.defaultLanguage ?? "vi";
  const replyDeps = { db, logger, sender, clock, timeoutMs: deps.timeoutMs, maxWaitMs: MAX_REPLY_WAIT_MS, onQueued: deps.onQueued };
  const queues = new Map<string, Promise<void>>();
  const inflight = new Set<Promise<void>>();
  const names = new Map<string, string | undefined>();

  function schedule(user: string, what: string, task: () => Promise<void>): void {
    const run = (queues.get(user) ?? Promise.resolve()).then(task).catch((err: unknown) => {
      // Logged without the text: messages are the users' words.
      logger.error({ err, platform: "slack", what }, "slack: could not handle a request");
    });
    queues.set(user, run);
    inflight.add(run);
    void run.then(() => {
      inflight.delete(run);
      if (queues.get(user) === run) queues.delete(user);
    });
  }

  function onEvent(body: Record<string, unknown>): void {
    const parsed = parseEvent(body, deps.me);
    if (parsed.kind === "ignored") return void logger.debug({ platform: "slack", reason: parsed.reason }, "slack: event ignored");
    const m = parsed.message;
    schedule(slackUserId(m.team, m.user), "event", async () => {
      const updateId = m.eventId ?? `${m.channel}/${m.ts}`;
      const threadTs = m.threadTs ?? (m.chatType === "group" ? m.ts : undefined);
      const route: ReplyRoute = { kind: "chat", chatId: m.channel, ...(threadTs ? { threadTs } : {}) };
      if (parsed.kind === "unsupported") {
        if (!(await claim(updateId))) return;
        const text = deps.translator.t(await languageOf(m.team, m.user), "slack-unsupported-file");
        return deliverSlackReplies(replyDeps, route, [{ text }], updateId);
      }
      const replies = await bot.handle(await inboundOf(m, updateId));
      await deliverSlackReplies(replyDeps, route, replies, updateId);
    });
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
      at: tsToDate(m.ts) ?? clock(),
      ...(displayName ? { displayName } : {}),
    };
  }

  function onCommand(body: Record<string, unknown>): void {
    const cmd = parseCommand(body, deps.mainCommand);
    if (!cmd) return void logger.warn({ platform: "slack" }, "slack: malformed slash command ignored");
    schedule(slackUserId(cmd.team, cmd.user), "command", async () => {
      const dm = await dmOrExplain(cmd.team, cmd.user, cmd.responseUrl);
      if (!dm) return;
      const key = `cmd/${cmd.triggerId ?? randomUUID()}`;
      const replies = await bot.handle({
        platform: "slack",
        userId: slackUserId(cmd.team, cmd.user),
        // The answer is seen by this user alone, so the command counts as said in their DM with the bot.
        chatId: dm,
        chatType: "private",
        ...(cmd.triggerId ? { updateId: key } : {}),
        text: cmd.text,
        at: clock(),
        ...(cmd.displayName ? { displayName: cmd.displayName } : {}),
      });
      // Typed in the DM itself: real messages there, which can be replied to and edited.
      const route: ReplyRoute = cmd.channel === dm || !cmd.responseUrl ? { kind: "chat", chatId: dm } : { kind: "response_url", url: cmd.responseUrl, fallbackChatId: dm };
      await deliverSlackReplies(replyDeps, route, replies, key);
    });
  }

  function onButton(body: Record<string, unknown>): void {
    const actions = Array.isArray(body.actions) ? body.actions : [];
    const ours = actions.some((a: { action_id?: unknown }) => typeof a?.action_id === "string" && a.action_id.startsWith(ACTION_ID_PREFIX));
    const press = ours ? parseButtonPress(body) : null;
    if (!press) return void logger.debug({ platform: "slack" }, "slack: block action ignored");
    schedule(slackUserId(press.team, press.user), "button", async () => {
      const chatId = press.ephemeral ? await dmOrExplain(press.team, press.user, press.responseUrl) : press.channel;
      if (!chatId) return;
      const key = `act/${press.pressId}`;
      const replies = await bot.handle({
        platform: "slack",
        userId: slackUserId(press.team, press.user),
        chatId,
        chatType: press.ephemeral || press.channel.startsWith("D") ? "private" : "group",
        messageId: press.messageTs,
        updateId: key,
        action: press.value,
        at: clock(),
        ...(press.displayName ? { displayName: press.displayName } : {}),
      });
      const route: ReplyRoute =
        press.ephemeral && press.responseUrl
          ? { kind: "response_url", url: press.responseUrl, fallbackChatId: chatId }
          : { kind: "chat", chatId: press.channel, ...(press.threadTs ? { threadTs: press.threadTs } : {}) };
      await deliverSlackReplies(replyDeps, route, replies, key);
    });
  }

  /** The user's DM with the bot: the one their identity names, else opened. On failure, says so through response_url. */
  async function dmOrExplain(team: string, user: string, responseUrl: string | undefined): Promise<string | undefined> {
    const identity = await db.chatIdentity.findUnique({
      where: { platform_externalUserId: { platform: "slack", externalUserId: slackUserId(team, user) } },
      select: { chatId: true },
    });
    if (identity?.chatId.startsWith("D")) return identity.chatId;
    try {
      return await sender.openDm(user);
    } catch (err) {
      logger.warn({ err, platform: "slack" }, "slack: could not open the DM of a user");
      const text = deps.translator.t(await languageOf(team, user), "slack-dm-unavailable");
      const [message] = renderSlackMessages({ text });
      if (responseUrl && message) await postResponse(responseUrl, { ...message, response_type: "ephemeral", replace_original: false }, deps.timeoutMs);
      return undefined;
    }
  }

  /** The name Slack shows for a person not yet registered (registration stores it); undefined when unknown. */
  async function nameOf(team: string, user: string): Promise<string | undefined> {
    if (names.has(user)) return names.get(user);
    if (await findActor(db, "slack", slackUserId(team, user))) return undefined;
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

  async function languageOf(team: string, user: string): Promise<Language> {
    return (await findActor(db, "slack", slackUserId(team, user)))?.language ?? defaultLanguage;
  }

  /** Records an update the core does not see as handled; false when it already was. */
  async function claim(updateId: string): Promise<boolean> {
    try {
      await db.processedUpdate.create({ data: { platform: "slack", updateId } });
      return true;
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") return false;
      throw err;
    }
  }

  return {
    register(app) {
      app.event("message", async ({ body }) => onEvent(body as unknown as Record<string, unknown>));
      app.event("app_mention", async ({ body }) => onEvent(body as unknown as Record<string, unknown>));
      app.command(/.*/, async ({ ack, body }) => {
        await ack();
        onCommand(body as unknown as Record<string, unknown>);
      });
      app.action({ type: "block_actions" }, async ({ ack, body }) => {
        await ack();
        onButton(body as unknown as Record<string, unknown>);
      });
      app.error(async (err) => logger.error({ err, platform: "slack" }, "slack: Bolt reported an error"));
    },
    async idle() {
      while (inflight.size > 0) await Promise.all([...inflight]);
    },
  };
}
