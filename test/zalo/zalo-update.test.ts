import { describe, expect, it } from "vitest";
import { addressedText, parseUpdate } from "../../src/adapters/zalo/zalo-update.js";
import textFixture from "../fixtures/zalo/text-private.json" with { type: "json" };
import groupFixture from "../fixtures/zalo/text-group.json" with { type: "json" };
import imageFixture from "../fixtures/zalo/image-private.json" with { type: "json" };

const bot = { id: "bot-7e3a", name: "Bot Nhắc việc" };

describe("parseUpdate", () => {
  it("reads a recorded webhook body, wrapped in {ok, result}", () => {
    expect(parseUpdate(textFixture)).toEqual({
      kind: "message",
      message: {
        event: "message.text.received",
        messageId: "2d758cb5e222177a4e35",
        userId: "6ede9afa66b88fe6d6a9",
        chatId: "6ede9afa66b88fe6d6a9",
        chatType: "private",
        text: "Xin chào",
        at: new Date(1750316131602),
        displayName: "Ted",
      },
    });
  });

  it("reads a bare group update the same way", () => {
    const parsed = parseUpdate(groupFixture);
    expect(parsed).toMatchObject({ kind: "message", message: { chatType: "group", chatId: "g-3c1f0a77d2e94b51", text: "Chào cả nhóm" } });
  });

  it("reads an image event without text", () => {
    const parsed = parseUpdate(imageFixture);
    expect(parsed).toMatchObject({ kind: "message", message: { event: "message.image.received" } });
    expect(parsed.kind === "message" && "text" in parsed.message).toBe(false);
  });

  it("accepts numeric ids and a quoted bot message", () => {
    const parsed = parseUpdate({
      event_name: "message.text.received",
      message: { message_id: 42, from: { id: 7 }, chat: { id: 7, chat_type: "PRIVATE" }, text: "ok", reply_to_message: { message_id: "m1", from: { id: "bot-7e3a" } } },
    });
    expect(parsed).toMatchObject({ kind: "message", message: { messageId: "42", userId: "7", chatId: "7", replyTo: { messageId: "m1", fromId: "bot-7e3a" } } });
  });

  it("ignores events it does not know and rejects what is not an update", () => {
    expect(parseUpdate({ event_name: "message.reaction.received" })).toEqual({ kind: "ignored", event: "message.reaction.received" });
    for (const bad of [null, [], "text", { ok: true, result: {} }, { event_name: "message.text.received" }, { event_name: "message.text.received", message: { from: {}, chat: {} } }]) {
      expect(parseUpdate(bad).kind, JSON.stringify(bad)).toBe("invalid");
    }
  });
});

describe("addressedText (group messages)", () => {
  it("keeps a message that mentions the bot, without the mention", () => {
    expect(addressedText("@Bot Nhắc việc /thongke Sở Y tế", bot, false)).toBe("/thongke Sở Y tế");
    expect(addressedText("/thongke Sở Y tế @bot nhắc việc", bot, false)).toBe("/thongke Sở Y tế");
    expect(addressedText("@bot-7e3a 2", bot, false)).toBe("2");
    expect(addressedText("@Bot Nhắc việc tiến độ:\n- xong phần 1\n- còn phần 2", bot, false)).toBe("tiến độ:\n- xong phần 1\n- còn phần 2");
  });

  it("keeps commands unless addressed to another bot", () => {
    expect(addressedText("/thongke Sở Y tế", bot, false)).toBe("/thongke Sở Y tế");
    expect(addressedText("/thongke@Bot Nhắc việc Sở Y tế", bot, false)).toBe("/thongke Sở Y tế");
    expect(addressedText("/thongke@BotKhac Sở Y tế", bot, false)).toBeNull();
  });

  it("keeps a reply to the bot and drops the rest", () => {
    expect(addressedText("đã xong", bot, true)).toBe("đã xong");
    expect(addressedText("đã xong", bot, false)).toBeNull();
    expect(addressedText("@Bot Nhắc việcxyz hỏi", bot, false)).toBeNull();
    expect(addressedText("email bot@Bot Nhắc việc.vn", bot, false)).toBeNull();
  });
});
