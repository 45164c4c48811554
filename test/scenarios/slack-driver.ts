import { createHash } from "node:crypto";
import { Writable } from "node:stream";
import type { Db } from "../../src/db/connect.js";
import type { Clock } from "../../src/core/clock.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createHttpServer, type HttpServer } from "../../src/http/server.js";
import { createLogger } from "../../src/logger.js";
import { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from "../../src/adapters/slack/slack-adapter.js";
import { dmChannelOf, newTs, startFakeSlack, type FakeSlack, type FakeSlackOptions, type PostedMessage } from "../fakes/slack-web-api.js";
import { testDeps } from "../helpers/test-deps.js";
import type { ChatDriver, Reply } from "./driver.js";

/** The real Slack adapter on a real HTTP server, talking to the fake Slack over HTTP. */
export interface SlackHarness {
  fake: FakeSlack;
  http: HttpServer;
  adapter: SlackAdapter;
  /** The bot's base URL; Slack posts to `${url}/webhooks/slack`. */
  url: string;
  /** Every log line the adapter wrote (JSON), to check that no secret shows. */
  logs: string[];
  close(): Promise<void>;
}

/** Starts the fake Slack, the HTTP server and the adapter (started, webhook mounted). */
export async function startSlackHarness(
  db: Db,
  options: { clock?: Clock; fake?: FakeSlackOptions; adapter?: Partial<SlackAdapterOptions> } = {},
): Promise<SlackHarness> {
  const logs: string[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (logs.push(String(chunk)), done()) });
  const logger = createLogger({ logLevel: "trace", logFormat: "json" }, stream);
  const deps = testDeps(db, options.clock);
  const translator = createTranslator();
  const fake = await startFakeSlack(options.fake);
  const http = createHttpServer({ host: "127.0.0.1", port: 0, logger: createLogger({ logLevel: "silent", logFormat: "json" }) });
  const { url } = await http.start();
  const adapter = createSlackAdapter({
    db,
    logger,
    bot: createBot({ ...deps, logger, translator, defaultLanguage: "vi" }),
    http,
    botToken: fake.botToken,
    signingSecret: fake.signingSecret,
    apiUrl: fake.apiUrl,
    clock: deps.clock,
    translator,
    defaultLanguage: "vi",
    retryConfig: { retries: 0 },
    ...options.adapter,
  });
  await adapter.start();
  fake.setWebhook(`${url}/webhooks/slack`);
  return {
    fake,
    http,
    adapter,
    url,
    logs,
    async close() {
      await adapter.stop();
      await http.stop();
      await fake.close();
    },
  };
}

/** The Slack user id of a demo handle ("leader" → "U…"), stable across runs. */
export function slackUserOf(handle: string): string {
  return `U${createHash("sha1").update(handle).digest("hex").slice(0, 10).toUpperCase()}`;
}

/** Gives every demo person (those with a handle) a Slack identity: "TEAM:U…", DM channel "D…". */
export async function linkDemoPeople(db: Db, teamId: string): Promise<void> {
  for (const person of await db.person.findMany({ where: { handle: { not: null } } })) {
    const user = slackUserOf(person.handle!);
    await db.chatIdentity.create({ data: { personId: person.id, platform: "slack", externalUserId: `${teamId}:${user}`, chatId: dmChannelOf(user) } });
  }
}

/** What a person sees of a bot message: its sections' text (unescaped) and its buttons. */
export function readMessage(m: PostedMessage): Reply {
  const text = m.blocks
    .flatMap((b) => (b.type === "section" && b.text ? [b.text.text] : []))
    .join("\n")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
  const buttons = m.blocks.flatMap((b) => (b.type === "actions" ? (b.elements ?? []).map((e) => e.text.text) : []));
  return { text, buttons };
}

/** Text as a Slack client sends it: `&`, `<` and `>` escaped. */
export function asTyped(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Drives the real Slack adapter as people do in their DM with the bot: a text
 * is a signed message.im event, a press a signed block_actions payload, a
 * reply a message in the thread of the bot's message. What the bot answered
 * is read from the fake's chat.postMessage and chat.update calls on that DM.
 * Demo handles are the people linked by linkDemoPeople; other handles are
 * fresh, unregistered Slack users.
 */
export function createSlackDriver(h: SlackHarness): ChatDriver {
  const last = new Map<string, PostedMessage[]>();

  async function interact(handle: string, post: () => Promise<Response>): Promise<Reply> {
    const channel = dmChannelOf(slackUserOf(handle));
    const before = new Map(h.fake.messages(channel).map((m) => [m.ts, m.edits]));
    const uploadsBefore = h.fake.uploads.length;
    const response = await post();
    if (response.status !== 200) throw new Error(`the webhook answered ${response.status}: ${await response.text()}`);
    await h.adapter.idle();
    const all = h.fake.messages(channel);
    const edited = all.filter((m) => before.has(m.ts) && before.get(m.ts)! < m.edits);
    const fresh = all.filter((m) => !before.has(m.ts));
    const answer = [...edited, ...fresh];
    last.set(handle, answer);
    const replies = answer.map(readMessage);
    const files = h.fake.uploads
      .slice(uploadsBefore)
      .filter((u) => u.channel === channel)
      .flatMap((u) => u.files.map((f) => ({ filename: f.filename, bytes: new Uint8Array(f.bytes) })));
    return { text: replies.map((r) => r.text).join("\n"), buttons: replies.flatMap((r) => r.buttons), ...(files.length > 0 ? { files } : {}) };
  }

  function message(handle: string, text: string, threadTs?: string) {
    const user = slackUserOf(handle);
    const event = { type: "message", channel_type: "im", channel: dmChannelOf(user), user, text: asTyped(text), ts: newTs(), ...(threadTs ? { thread_ts: threadTs } : {}) };
    return h.fake.sendEvent(event).then((r) => r.response);
  }

  return {
    name: "slack",
    send: (as, text) => interact(as, () => message(as, text)),
    press(as, label) {
      const user = slackUserOf(as);
      for (const m of [...(last.get(as) ?? [])].reverse()) {
        const current = h.fake.messages(m.channel).find((x) => x.ts === m.ts)!;
        for (const block of current.blocks) {
          const button = (block.elements ?? []).find((e) => label.test(e.text.text));
          if (!button) continue;
          const payload = buttonPress(h.fake, user, current, button);
          return interact(as, () => h.fake.sendInteraction(payload));
        }
      }
      throw new Error(`no button ${label} in the last answer to ${as}`);
    },
    replyTo(as, pattern, text) {
      const channel = dmChannelOf(slackUserOf(as));
      const target = [...h.fake.messages(channel)].reverse().find((m) => pattern.test(readMessage(m).text));
      if (!target) throw new Error(`no bot message ${pattern} in the DM of ${as}`);
      return interact(as, () => message(as, text, target.threadTs ?? target.ts));
    },
  };
}

/** A block_actions payload for a press of `button` on `message`, shaped like Slack's (see test/fixtures/slack/block-actions.json). */
export function buttonPress(
  fake: FakeSlack,
  user: string,
  message: PostedMessage,
  button: { action_id: string; text: { text: string }; value: string },
  extra: { ephemeral?: boolean; responseUrl?: string } = {},
): Record<string, unknown> {
  return {
    type: "block_actions",
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: fake.teamId },
    api_app_id: "A0NHACVIEC",
    token: "legacy-verification-token",
    container: { type: "message", message_ts: message.ts, channel_id: message.channel, is_ephemeral: extra.ephemeral ?? false },
    trigger_id: `${newTs()}.${Math.floor(Math.random() * 1e9)}`,
    team: { id: fake.teamId, domain: "nhacviec" },
    channel: { id: message.channel, name: message.channel.startsWith("D") ? "directmessage" : "giao-ban" },
    message: { type: "message", user: fake.bot.userId, bot_id: fake.bot.botId, ts: message.ts, text: message.text, blocks: message.blocks, ...(message.threadTs ? { thread_ts: message.threadTs } : {}) },
    response_url: extra.responseUrl ?? fake.newResponseUrl(),
    actions: [{ action_id: button.action_id, block_id: "b", text: { type: "plain_text", text: button.text.text, emoji: true }, value: button.value, type: "button", action_ts: newTs() }],
  };
}
