import { describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { addressedText, toEvent, type BotIdentity } from "../../src/adapters/telegram/to-inbound.js";
import { callbackUpdate, messageUpdate, photoContent, stickerContent, telegramUser, textUpdate, type TelegramChat } from "../fakes/telegram/user-updates.js";

const me: BotIdentity = { id: 7000000001, username: "nhacviec_bot" };
const alice = telegramUser(4242, "Nguyễn Thị", "Lan");
const group = { id: -1001234, type: "supergroup" as const, title: "UBND tỉnh" };
const botRef = (chat: TelegramChat = { id: alice.id, type: "private" }) => ({ message_id: 77, chat, from: { id: me.id, is_bot: true as const, first_name: "Nhắc việc", username: me.username } });
const NOW = new Date("2019-06-20T02:00:00Z");
const event = (update: object, id = 12) => toEvent({ update_id: id, ...update } as Update, me, NOW);

describe("reading Telegram updates", () => {
  it("turns a private text into an Inbound with ids, time, sender name and reply target", () => {
    const update = textUpdate(alice, "đạt 80%", { replyTo: botRef() });
    const e = event(update);
    expect(e).toEqual({
      kind: "inbound",
      inbound: {
        platform: "telegram", userId: "4242", chatId: "4242", chatType: "private", messageId: String(update.message.message_id),
        updateId: `${me.id}:12`, text: "đạt 80%", at: new Date(update.message.date * 1000), replyToMessageId: "77", displayName: "Nguyễn Thị Lan",
      },
    });
  });

  it("turns a button press into an action on the message that carries the button", () => {
    const update = callbackUpdate(alice, botRef(), "done:15");
    const e = event(update, 13);
    expect(e.kind).toBe("inbound");
    if (e.kind !== "inbound") return;
    expect(e.callbackQueryId).toBe(update.callback_query.id);
    expect(e.inbound).toMatchObject({ action: "done:15", messageId: "77", chatId: "4242", userId: "4242", chatType: "private", updateId: `${me.id}:13`, at: NOW });
    expect(e.inbound.text).toBeUndefined();
  });

  it("still asks for an answer to a press without a message (an inline message)", () => {
    const query = { id: "q1", from: alice, chat_instance: "1", data: "done:1", inline_message_id: "abc" };
    expect(event({ callback_query: query })).toEqual({ kind: "ignored", reason: expect.any(String), callbackQueryId: "q1" });
  });

  it.each([
    ["a command for everyone", "/thongke Sở Y tế", "/thongke Sở Y tế"],
    ["a command for this bot", "/thongke@NhacViec_Bot Sở Y tế", "/thongke@NhacViec_Bot Sở Y tế"],
    ["a command for another bot", "/thongke@other_bot Sở Y tế", null],
    ["a mention", "@nhacviec_bot /thongke SYT", "/thongke SYT"],
    ["chatter", "Chào cả nhóm, chiều nay họp nhé", null],
    ["a mention of another account", "@nhacviec_bot_fan xem giúp", null],
  ])("in a group, reads %s", (_name, text, expected) => {
    expect(addressedText(text, me, false)).toBe(expected);
    const e = event(textUpdate(alice, text, { chat: group }));
    if (expected === null) expect(e.kind).toBe("ignored");
    else expect(e).toMatchObject({ kind: "inbound", inbound: { chatType: "group", chatId: String(group.id), text: expected } });
  });

  it("in a group, reads a reply to the bot's message", () => {
    const e = event(textUpdate(alice, "đã xong", { chat: group, replyTo: botRef(group) }));
    expect(e).toMatchObject({ kind: "inbound", inbound: { text: "đã xong", replyToMessageId: "77", chatType: "group" } });
  });

  it("answers photos and stickers in private chats, and ignores them in groups", () => {
    expect(event(messageUpdate(alice, photoContent()))).toMatchObject({ kind: "unsupported", what: "photo", chatId: "4242", updateId: `${me.id}:12` });
    expect(event(messageUpdate(alice, stickerContent()))).toMatchObject({ kind: "unsupported", what: "sticker" });
    expect(event(messageUpdate(alice, photoContent(), { chat: group })).kind).toBe("ignored");
  });

  it("ignores edited messages, other bots, service messages and other update kinds", () => {
    expect(event({ edited_message: { ...textUpdate(alice, "sửa").message, edit_date: 1 } }).kind).toBe("ignored");
    expect(event(textUpdate({ ...alice, is_bot: true } as never, "/help")).kind).toBe("ignored");
    expect(event(messageUpdate(alice, { pinned_message: { message_id: 1 } })).kind).toBe("ignored");
    expect(event({ poll_answer: { poll_id: "1", option_ids: [0] } }).kind).toBe("ignored");
  });

  it("reads a block and an unblock of the bot in a private chat", () => {
    const change = (status: string) => ({
      my_chat_member: { chat: { id: alice.id, type: "private" }, from: alice, date: 1, old_chat_member: { status: "member", user: me }, new_chat_member: { status, user: me } },
    });
    expect(event(change("kicked"))).toEqual({ kind: "membership", chatId: "4242", blocked: true });
    expect(event(change("member"))).toEqual({ kind: "membership", chatId: "4242", blocked: false });
  });
});
