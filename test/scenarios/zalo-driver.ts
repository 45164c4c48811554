import { createHash } from "node:crypto";
import type { Db } from "../../src/db/connect.js";
import type { Clock } from "../../src/core/clock.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createTranslator, LANGUAGES } from "../../src/i18n/translator.js";
import { createHttpServer, type HttpServer } from "../../src/http/server.js";
import { createFileLinks, FILE_LINKS_PATH } from "../../src/http/file-links.js";
import { createLogger } from "../../src/logger.js";
import { createZaloAdapter, type ZaloAdapter } from "../../src/adapters/zalo/zalo-adapter.js";
import { startFakeZaloBotApi, zaloTextUpdate, type FakeZaloBotApi, type SentMessage } from "../fakes/zalo-bot-api.js";
import { testDeps } from "../helpers/test-deps.js";
import type { ChatDriver, ReceivedFile, Reply } from "./driver.js";

/** The real Zalo adapter in webhook mode on a real HTTP server, talking to the fake Zalo Bot API over HTTP. */
export interface ZaloHarness {
  fake: FakeZaloBotApi;
  http: HttpServer;
  adapter: ZaloAdapter;
  close(): Promise<void>;
}

/**
 * Starts the fake Zalo Bot API, the HTTP server and the adapter in webhook
 * mode. The webhook answers once the update is handled, so a delivered update
 * has all its answers recorded by the fake when the push returns.
 */
export async function startZaloHarness(db: Db, options: { clock?: Clock } = {}): Promise<ZaloHarness> {
  const logger = createLogger({ logLevel: "silent", logFormat: "json" });
  const deps = testDeps(db, options.clock);
  const translator = createTranslator();
  const fake = await startFakeZaloBotApi();
  const http = createHttpServer({ host: "127.0.0.1", port: 0, logger });
  const { url } = await http.start();
  // Report files go out as links served by this server, as with PUBLIC_URL set.
  const fileLinks = createFileLinks({ db, clock: deps.clock, publicUrl: url });
  http.mount(FILE_LINKS_PATH, fileLinks.listener);
  const adapter = createZaloAdapter({
    db,
    logger,
    bot: createBot({ ...deps, logger, translator, defaultLanguage: "vi" }),
    http,
    token: fake.token,
    apiRoot: fake.apiRoot,
    publicUrl: url,
    clock: deps.clock,
    translator,
    defaultLanguage: "vi",
    // Handling always finishes before the webhook answers, however slow the database.
    ackWithinMs: 60_000,
    fileLinks,
  });
  await adapter.start();
  return {
    fake,
    http,
    adapter,
    async close() {
      await adapter.stop();
      await http.stop();
      await fake.close();
    },
  };
}

/** The Zalo user id of a handle ("leader" → 20 hex digits, like Zalo's), stable across runs. */
export function zaloUserOf(handle: string): string {
  return createHash("sha1").update(`zalo:${handle}`).digest("hex").slice(0, 20);
}

/** One bot message as a person reads it: the text without its numbered choices, and the choices' labels by number. */
interface ReadMessage {
  id: string;
  text: string;
  /** Labels of the choices "1 = …", "2 = …" at the end of the message; choices[0] is number 1. */
  choices: string[];
}

const translator = createTranslator();
/** The line above numbered choices, in every language. */
const HINTS = new Set(LANGUAGES.map((language) => translator.t(language, "zalo-choices-hint")));

/**
 * Splits a sent text into what it says and its numbered choices, undoing
 * withChoices: the trailing lines "1 = <label>" … "n = <label>" and the hint
 * line just above them.
 */
export function readZaloMessage(m: SentMessage): ReadMessage {
  const lines = m.text.split("\n");
  let start = lines.length;
  while (start > 0 && /^\d{1,2} = /.test(lines[start - 1]!)) start--;
  const numbered = lines.slice(start).map((line) => /^(\d{1,2}) = (.*)$/.exec(line)!);
  // Only a run numbered 1..n is a choices block.
  if (numbered.length === 0 || numbered.some((match, i) => Number(match[1]) !== i + 1)) return { id: m.message_id, text: m.text, choices: [] };
  let end = start;
  if (end > 0 && HINTS.has(lines[end - 1]!)) end--;
  const text = lines.slice(0, end).join("\n").replace(/\n+$/, "");
  return { id: m.message_id, text, choices: numbered.map((match) => match[2]!) };
}

/**
 * Drives the real Zalo adapter as people do in their private chat with the
 * bot: a text is a `message.text.received` update POSTed to the webhook by
 * the fake, a press is the typed number of the choice, and a reply carries
 * `reply_to_message` with the id the fake gave the bot's message (the field
 * the adapter reads; Zalo does not document one). What the bot answered is
 * read from the fake's sendMessage calls on that chat. A demo handle is
 * linked to that demo person by a Zalo ChatIdentity made on first use; any
 * other handle is a fresh, unregistered Zalo user.
 */
export function createZaloDriver(deps: { harness: ZaloHarness; db: Db }): ChatDriver {
  const { harness, db } = deps;
  const { fake } = harness;
  const users = new Map<string, { id: string; name: string }>();
  const last = new Map<string, ReadMessage[]>();
  /** Ids of messages shown as answers, so that `delivered` lists only the outbox's sends. */
  const answered = new Set<string>();
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

  async function userFor(handle: string): Promise<{ id: string; name: string }> {
    const known = users.get(handle);
    if (known) return known;
    const person = await db.person.findUnique({ where: { handle } });
    // Strangers get an id of this driver only: a fresh, unregistered user each run.
    const user = person ? { id: zaloUserOf(handle), name: person.name } : { id: zaloUserOf(`${run}:${handle}`), name: handle };
    if (person) {
      await db.chatIdentity.upsert({
        where: { platform_externalUserId: { platform: "zalo", externalUserId: user.id } },
        create: { personId: person.id, platform: "zalo", externalUserId: user.id, chatId: user.id, displayName: person.name },
        update: {},
      });
    }
    users.set(handle, user);
    return user;
  }

  /** Pushes a text from the person and returns what the bot sent to their chat meanwhile. */
  async function exchange(handle: string, text: string, replyTo?: string): Promise<Reply> {
    const user = await userFor(handle);
    const before = fake.sentMessages(user.id).length;
    const photosBefore = fake.sentPhotos(user.id).length;
    const update = zaloTextUpdate({ text, from: user.id, name: user.name });
    const message = replyTo ? { ...update.message, reply_to_message: { message_id: replyTo, from: { id: fake.bot.id, is_bot: true } } } : update.message;
    const pushed = await fake.push({ ...update, message });
    if (pushed.delivered !== "webhook" || pushed.status !== 200) throw new Error(`the webhook did not take the update: ${JSON.stringify(pushed)}`);
    const sent = fake.sentMessages(user.id).slice(before);
    for (const m of sent) answered.add(m.message_id);
    // A choices block too long for the last part comes as parts of its own: those parts have no text.
    const messages = sent.map(readZaloMessage);
    last.set(handle, messages);
    // What a person can download: the photos Zalo would fetch, and the links in the messages.
    const links = [...fake.sentPhotos(user.id).slice(photosBefore).map((p) => p.photo), ...sent.flatMap((m) => m.text.match(/https?:\/\/\S+\/files\/\S+/g) ?? [])];
    const files = await Promise.all(links.map(download));
    return {
      text: messages.map((m) => m.text).filter((t) => t !== "").join("\n\n"),
      buttons: messages.flatMap((m) => m.choices),
      ...(files.length > 0 ? { files } : {}),
    };
  }

  return {
    name: "zalo",
    send: (as, text) => exchange(as, text),
    press(as, label) {
      // The chat remembers the choices of the last prompt only: the latest message with choices.
      const messages = [...(last.get(as) ?? [])].reverse();
      const prompt = messages.find((m) => m.choices.length > 0);
      const index = prompt?.choices.findIndex((c) => label.test(c)) ?? -1;
      if (!prompt || index < 0) throw new Error(`no choice ${label} in the last answer to ${as}: ${messages.map((m) => m.text).join(" | ")}`);
      return exchange(as, String(index + 1));
    },
    async replyTo(as, pattern, text) {
      const user = await userFor(as);
      const target = [...fake.sentMessages(user.id)].reverse().find((m) => pattern.test(readZaloMessage(m).text));
      if (!target) throw new Error(`no bot message ${pattern} in the chat of ${as}`);
      return exchange(as, text, target.message_id);
    },
    async delivered(as) {
      const user = await userFor(as);
      return fake
        .sentMessages(user.id)
        .filter((m) => !answered.has(m.message_id))
        .map(readZaloMessage)
        .map((m) => ({ text: m.text, buttons: m.choices }));
    },
  };
}

async function download(url: string): Promise<ReceivedFile> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return { filename: decodeURIComponent(new URL(url).pathname.split("/").pop()!), bytes: new Uint8Array(await response.arrayBuffer()) };
}
