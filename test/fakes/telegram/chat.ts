/**
 * A terminal Telegram client for the fake Bot API: type as a Telegram user,
 * see what the bot answers, press its buttons.
 *
 *   npx tsx test/fakes/telegram-bot-api.ts 8081          # terminal 1: the fake
 *   TELEGRAM_API_ROOT=http://127.0.0.1:8081 TELEGRAM_BOT_TOKEN=<printed> npm start   # terminal 2: the bot
 *   npx tsx test/fakes/telegram/chat.ts http://127.0.0.1:8081 [user id] [name]       # terminal 3: you
 *
 * In the chat: a line is a message; a number presses that button of the last
 * message with buttons; "#<id> text" replies to bot message <id>; "/photo"
 * sends a photo; Ctrl-D leaves.
 */
import { createInterface } from "node:readline";
import type { RecordedCall } from "../telegram-bot-api.js";
import { botMessages, type InlineButton } from "./bot-messages.js";
import { callbackUpdate, messageUpdate, photoContent, privateChat, telegramUser, textUpdate } from "./user-updates.js";

const [apiRoot, userArg, ...nameWords] = process.argv.slice(2);
if (!apiRoot) {
  process.stderr.write("usage: npx tsx test/fakes/telegram/chat.ts <fake apiRoot> [user id] [name]\n");
  process.exit(2);
}
const user = telegramUser(Number(userArg ?? 4242), nameWords.join(" ") || "Người dùng thử");
const chat = privateChat(user);
let seen = 0;
let buttons: InlineButton[] = [];
let buttonsOf = 0;

async function push(update: object): Promise<void> {
  const res = await fetch(`${apiRoot}/_fake/updates`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(update) });
  if (!res.ok) process.stdout.write(`(the fake refused the update: ${res.status})\n`);
}

/** Prints what the bot sent or edited in this chat since last time. */
async function show(): Promise<void> {
  const calls = (await (await fetch(`${apiRoot}/_fake/calls`)).json()) as RecordedCall[];
  for (const m of botMessages(calls, chat.id, seen)) {
    process.stdout.write(`\n[#${m.messageId}${m.method === "editMessageText" ? " sửa/edited" : ""}] ${m.text}\n`);
    m.buttons.forEach((b, i) => process.stdout.write(`  ${i + 1}. ${b.label}\n`));
    if (m.buttons.length > 0) [buttons, buttonsOf] = [m.buttons, m.messageId];
  }
  seen = calls.length;
}

async function send(line: string): Promise<void> {
  await show(); // a number means a button of what is on screen now
  const reply = /^#(\d+)\s+(.+)$/s.exec(line);
  if (/^\d{1,2}$/.test(line) && buttons[Number(line) - 1]) {
    await push(callbackUpdate(user, { message_id: buttonsOf, chat }, buttons[Number(line) - 1]!.data));
  } else if (reply) {
    await push(textUpdate(user, reply[2]!, { replyTo: { message_id: Number(reply[1]), chat } }));
  } else if (line === "/photo") {
    await push(messageUpdate(user, photoContent()));
  } else {
    await push(textUpdate(user, line));
  }
}

process.stdout.write(`Telegram (fake) — bạn là / you are ${user.first_name} (id ${user.id}). Gõ /help. Ctrl-D để thoát.\n`);
// One reader at a time: a show() in progress when the next starts would print its messages twice.
let showing = Promise.resolve();
const refresh = () => (showing = showing.then(show).catch(() => undefined));
const timer = setInterval(() => void refresh(), 300);
await refresh();
const rl = createInterface({ input: process.stdin });
for await (const raw of rl) {
  const line = raw.trim();
  if (line !== "") await (showing = showing.then(() => send(line)).catch((err: unknown) => void process.stdout.write(`(${String(err)})\n`)));
}
clearInterval(timer);
await refresh();
