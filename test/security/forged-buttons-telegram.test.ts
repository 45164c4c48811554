import { expect } from "vitest";
import { startObservedFake } from "../fakes/telegram/observed-fake.js";
import { startAdapter } from "../fakes/telegram/adapter-harness.js";
import { botMessages, refOf, type BotMessage } from "../fakes/telegram/bot-messages.js";
import { callbackUpdate, privateChat, telegramUser, textUpdate, type TelegramChat, type TelegramUser } from "../fakes/telegram/user-updates.js";
import { ATTACK_NOW } from "./attack-world.js";
import { describeForgedButtons, type AttackClient } from "./describe-forged-buttons.js";
import { fixedClock } from "../../src/core/clock.js";
import type { Db } from "../../src/db/connect.js";
import type { ObservedFakeTelegram } from "../fakes/telegram/observed-fake.js";

/** A supergroup the attackers share with the bot. */
const GROUP: TelegramChat = { id: -1001234567, type: "supergroup", title: "Giao ban" };

/**
 * Telegram users: people get 100000 + their person id and are linked to it;
 * any other handle is an unregistered user. callback_data is whatever the
 * attacker's client puts in the update, pressed on the last bot message they
 * got in that chat.
 */
function telegramClient(fake: ObservedFakeTelegram, db: Db): AttackClient {
  const users = new Map<string, TelegramUser>();
  const last = new Map<string, BotMessage>();
  let strangers = 0;

  async function userFor(handle: string): Promise<TelegramUser> {
    const known = users.get(handle);
    if (known) return known;
    const person = await db.person.findUnique({ where: { handle } });
    const user = telegramUser(person ? 100_000 + person.id : 900_000 + ++strangers, person?.name ?? handle);
    if (person) {
      const id = String(user.id);
      await db.chatIdentity.create({ data: { personId: person.id, platform: "telegram", externalUserId: id, chatId: id, displayName: person.name } });
    }
    fake.addChat(user.id);
    users.set(handle, user);
    return user;
  }

  async function exchange(as: string, chat: TelegramChat, update: Record<string, unknown>): Promise<BotMessage[]> {
    const before = fake.calls.length;
    await fake.deliver(update);
    const messages = botMessages(fake.calls, chat.id, before);
    if (messages.length > 0) last.set(`${as}@${chat.id}`, messages.at(-1)!);
    return messages;
  }

  return {
    async send(as, text) {
      const user = await userFor(as);
      const messages = await exchange(as, privateChat(user), textUpdate(user, text));
      const withButtons = messages.filter((m) => m.buttons.length > 0).at(-1);
      if (withButtons) last.set(`${as}@${user.id}`, withButtons);
      return { texts: messages.map((m) => m.text), buttons: messages.flatMap((m) => m.buttons.map((b) => ({ label: b.label, action: b.data }))) };
    },
    async press(as, action, where = "private") {
      const user = await userFor(as);
      const chat = where === "group" ? GROUP : privateChat(user);
      if (!last.has(`${as}@${chat.id}`)) await exchange(as, chat, textUpdate(user, "/trogiup", { chat }));
      const message = last.get(`${as}@${chat.id}`)!;
      const before = fake.calls.length;
      const update = callbackUpdate(user, refOf(message, fake.bot), action);
      const messages = await exchange(as, chat, update);
      // Every press is answered, and none as a failure: a refusal is a sentence in the chat.
      const answers = fake.calls.slice(before).filter((c) => c.method === "answerCallbackQuery");
      expect(answers.map((c) => c.params)).toEqual([{ callback_query_id: update.callback_query.id }]);
      return messages.map((m) => m.text);
    },
  };
}

describeForgedButtons("Telegram", async (db) => {
  const fake = await startObservedFake({ limits: false });
  fake.addChat(GROUP.id, "supergroup");
  const running = await startAdapter(db, fake, { clock: fixedClock(ATTACK_NOW) });
  return {
    client: telegramClient(fake, db),
    async close() {
      await running.stop();
      await fake.close();
      expect(fake.refusals).toEqual([]);
      // An attacker's payload is never a reason to log an error.
      expect(running.logs.filter((l) => JSON.parse(l).level >= 50)).toEqual([]);
    },
  };
});
