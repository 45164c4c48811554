import type { Db } from "../../src/db/connect.js";
import type { ObservedFakeTelegram } from "../fakes/telegram/observed-fake.js";
import { botMessages, refOf, type BotMessage } from "../fakes/telegram/bot-messages.js";
import { callbackUpdate, privateChat, telegramUser, textUpdate, type TelegramUser } from "../fakes/telegram/user-updates.js";
import type { RecordedCall } from "../fakes/telegram-bot-api.js";
import type { ChatDriver, ReceivedFile, Reply } from "./driver.js";

/** Telegram user ids: demo people get 100000 + their person id, strangers 900000 + n. */
const DEMO_BASE = 100_000;
const STRANGER_BASE = 900_000;

/**
 * Drives the real Telegram adapter as people do, through the fake Bot API
 * over HTTP: each handle is a Telegram user in a private chat with the bot.
 * A demo handle ("focal-SYT", "leader") is linked to that demo person by a
 * Telegram ChatIdentity made on first use; any other handle is a fresh,
 * unregistered user. What a person "receives" is what the bot sent or edited
 * in their chat while handling their update, read from the fake's calls.
 */
export function createTelegramDriver(deps: { fake: ObservedFakeTelegram; db: Db }): ChatDriver {
  const { fake, db } = deps;
  const users = new Map<string, TelegramUser>();
  const last = new Map<string, BotMessage[]>();
  /** Every message a person received, by message id, as it reads now (edits applied). */
  const history = new Map<string, Map<number, BotMessage>>();
  /** Calls already shown as answers, so that `delivered` lists only the outbox's sends. */
  const answered = new Set<number>();
  let strangers = 0;

  async function userFor(handle: string): Promise<TelegramUser> {
    const known = users.get(handle);
    if (known) return known;
    const person = await db.person.findUnique({ where: { handle } });
    const user = person ? telegramUser(DEMO_BASE + person.id, person.name) : telegramUser(STRANGER_BASE + ++strangers, handle);
    if (person) {
      const id = String(user.id);
      await db.chatIdentity.upsert({
        where: { platform_externalUserId: { platform: "telegram", externalUserId: id } },
        create: { personId: person.id, platform: "telegram", externalUserId: id, chatId: id, displayName: person.name },
        update: {},
      });
    }
    fake.addChat(user.id);
    users.set(handle, user);
    return user;
  }

  /** Delivers an update and returns what the bot sent or edited in the chat meanwhile. */
  async function exchange(handle: string, user: TelegramUser, update: Record<string, unknown>): Promise<Reply> {
    const before = fake.calls.length;
    await fake.deliver(update);
    const messages = botMessages(fake.calls, user.id, before);
    const seen = history.get(handle) ?? new Map<number, BotMessage>();
    for (const m of messages) {
      seen.set(m.messageId, m);
      answered.add(m.index);
    }
    history.set(handle, seen);
    last.set(handle, messages);
    const files = uploadsIn(fake.calls.slice(before), user.id);
    return {
      text: messages.map((m) => m.text).join("\n\n"),
      buttons: messages.flatMap((m) => m.buttons.map((b) => b.label)),
      ...(files.length > 0 ? { files } : {}),
    };
  }

  return {
    name: "telegram",
    async send(as, text) {
      const user = await userFor(as);
      return exchange(as, user, textUpdate(user, text));
    },
    async press(as, label) {
      const user = await userFor(as);
      const messages = last.get(as) ?? [];
      for (const message of messages) {
        const button = message.buttons.find((b) => label.test(b.label));
        if (button) return exchange(as, user, callbackUpdate(user, refOf(message, fake.bot), button.data));
      }
      throw new Error(`no button ${label} in: ${messages.map((m) => m.text).join(" | ")}`);
    },
    async replyTo(as, pattern, text) {
      const user = await userFor(as);
      const target = [...(history.get(as)?.values() ?? [])].reverse().find((m) => pattern.test(m.text));
      if (!target) throw new Error(`no message ${pattern} received by ${as}`);
      return exchange(as, user, textUpdate(user, text, { replyTo: refOf(target, fake.bot) }));
    },
    async delivered(as) {
      const user = await userFor(as);
      return botMessages(fake.calls, privateChat(user).id)
        .filter((m) => m.method === "sendMessage" && !answered.has(m.index))
        .map((m) => ({ text: m.text, buttons: m.buttons.map((b) => b.label) }));
    },
  };
}

/** The photos and documents the bot uploaded into a chat, with their bytes. */
function uploadsIn(calls: readonly RecordedCall[], chatId: number): ReceivedFile[] {
  return calls
    .filter((c) => (c.method === "sendPhoto" || c.method === "sendDocument") && String(c.params.chat_id) === String(chatId))
    .flatMap((c) => c.files.map((f) => ({ filename: f.filename, bytes: new Uint8Array(f.bytes!) })));
}
