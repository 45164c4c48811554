import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TelegramSender } from "../../src/adapters/telegram/telegram-sender.js";
import { DeliveryError } from "../../src/outbox/sender.js";
import { PartialDeliveryError } from "../../src/outbox/partial-delivery.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram-bot-api.js";

const CHAT = "100200300";

describe("TelegramSender against the fake Bot API over HTTP", () => {
  let fake: FakeTelegram;
  let sender: TelegramSender;

  beforeEach(async () => {
    fake = await startFakeTelegram({ limits: false });
    fake.addChat(CHAT);
    sender = new TelegramSender({ token: fake.token, apiRoot: fake.apiRoot });
  });
  afterEach(() => fake.close());

  const failureOf = async (p: Promise<unknown>): Promise<DeliveryError> => {
    const err = await p.then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    return err as DeliveryError;
  };

  it("sends plain text in HTML mode with every reserved character escaped, so it arrives as written", async () => {
    const text = `Nhiệm vụ <b>"Đề án 06"</b> & báo cáo <1/7>`;
    const sent = await sender.send(CHAT, { text });
    const [call] = fake.sentMessages(CHAT);
    expect(call!.params.parse_mode).toBe("HTML");
    expect(call!.params.text).toBe("Nhiệm vụ &lt;b&gt;\"Đề án 06\"&lt;/b&gt; &amp; báo cáo &lt;1/7&gt;");
    expect((call!.result as { text: string }).text).toBe(text);
    expect(sent.messageId).toBe(String((call!.result as { message_id: number }).message_id));
  });

  it("renders buttons as an inline keyboard with the action as callback_data, and replies to a message", async () => {
    const first = await sender.send(CHAT, { text: "Báo cáo tiến độ" });
    await sender.send(CHAT, {
      text: "Chọn",
      replyTo: first.messageId,
      buttons: [[{ label: "Hoàn thành", action: "done:42" }, { label: "Gia hạn", action: "ext:42" }], [{ label: "Nhắc lại sau", action: "snz:42:1d" }]],
    });
    const call = fake.sentMessages(CHAT)[1]!;
    expect(call.params.reply_markup).toEqual({
      inline_keyboard: [
        [{ text: "Hoàn thành", callback_data: "done:42" }, { text: "Gia hạn", callback_data: "ext:42" }],
        [{ text: "Nhắc lại sau", callback_data: "snz:42:1d" }],
      ],
    });
    expect(call.params.reply_parameters).toEqual({ message_id: Number(first.messageId), allow_sending_without_reply: true });
  });

  it("splits a text over 4,096 characters at line boundaries, buttons on the last part, reply target on the first", async () => {
    const lines = Array.from({ length: 300 }, (_, i) => `${i + 1}. Sở Kế hoạch và Đầu tư: nhiệm vụ <${i}> & việc`);
    const text = lines.join("\n");
    const sent = await sender.send(CHAT, { text, replyTo: "1", buttons: [[{ label: "Xem", action: "v:1" }]] });
    const calls = fake.sentMessages(CHAT);
    expect(calls.length).toBeGreaterThanOrEqual(3);
    expect(sent.messageIds).toEqual(calls.map((c) => String((c.result as { message_id: number }).message_id)));
    expect(sent.messageId).toBe(sent.messageIds[0]);
    const visible = calls.map((c) => (c.result as { text: string }).text);
    for (const v of visible) expect(v.length).toBeLessThanOrEqual(4096);
    expect(visible.join("\n")).toBe(text);
    for (const v of visible) expect(v.split("\n").every((line) => lines.includes(line))).toBe(true);
    expect(calls.map((c) => c.params.reply_markup !== undefined)).toEqual(calls.map((_, i) => i === calls.length - 1));
    expect(calls.map((c) => c.params.reply_parameters !== undefined)).toEqual(calls.map((_, i) => i === 0));
  });

  it("maps 429 to rate_limited with retry_after in milliseconds", async () => {
    fake.failNext(1, { status: 429, retryAfter: 7 });
    const err = await failureOf(sender.send(CHAT, { text: "x" }));
    expect(err.kind).toBe("rate_limited");
    expect(err.retryAfterMs).toBe(7000);
  });

  it("maps a blocked bot (403) and an unknown chat (400 chat not found) to unreachable", async () => {
    fake.blockChat(CHAT);
    expect((await failureOf(sender.send(CHAT, { text: "x" }))).kind).toBe("unreachable");
    expect((await failureOf(sender.send("999", { text: "x" }))).kind).toBe("unreachable");
  });

  it("maps a 500 to network and another 4xx to rejected", async () => {
    fake.failNext(1, { status: 500 });
    expect((await failureOf(sender.send(CHAT, { text: "x" }))).kind).toBe("network");
    const tooLong = { text: "x", buttons: [[{ label: "Hoàn thành", action: "hoàn-thành:".repeat(6) }]] };
    const rejected = await failureOf(sender.send(CHAT, tooLong));
    expect(rejected.kind).toBe("rejected");
    expect(rejected.message).toContain("BUTTON_DATA_INVALID");
    expect((await failureOf(sender.send(CHAT, { text: " \n " }))).kind).toBe("rejected");
  });

  it("maps a refused connection to network without the token anywhere in the error", async () => {
    await fake.close();
    const err = await failureOf(sender.send(CHAT, { text: "x" }));
    expect(err.kind).toBe("network");
    const everything = [err.message, err.stack ?? "", JSON.stringify(err), String(err.cause ?? ""), JSON.stringify(err.cause ?? null)].join("\n");
    expect(everything).not.toContain(fake.token);
    expect(everything).not.toContain(fake.token.split(":")[1]!);
  });

  it("reports the parts already delivered when a later part fails, with the rest to send", async () => {
    fake.once("call", () => fake.failNext(1, { status: 429, retryAfter: 2 }));
    const text = Array.from({ length: 400 }, (_, i) => `dòng ${i}`).join("\n") + "\n" + "y".repeat(4000);
    const err = await failureOf(sender.send(CHAT, { text, replyTo: "5", buttons: [[{ label: "OK", action: "ok" }]] }));
    expect(err).toBeInstanceOf(PartialDeliveryError);
    const partial = err as PartialDeliveryError;
    expect(partial.kind).toBe("rate_limited");
    expect(partial.delivered).toEqual(fake.sentMessages(CHAT).map((c) => String((c.result as { message_id: number }).message_id)));
    expect(partial.delivered).toHaveLength(1);
    const firstPart = (fake.sentMessages(CHAT)[0]!.result as { text: string }).text;
    expect(`${firstPart}\n${partial.remaining.text}`).toBe(text);
    expect(partial.remaining.replyTo).toBeUndefined();
    expect(partial.remaining.buttons).toEqual([[{ label: "OK", action: "ok" }]]);
  });

  it("edits a message's text and buttons, and treats an identical edit as done", async () => {
    const sent = await sender.send(CHAT, { text: "Trạng thái: đang làm", buttons: [[{ label: "Xong", action: "done:1" }]] });
    await sender.edit(CHAT, sent.messageId, { text: "Trạng thái: <xong>" });
    const edit = fake.calls.find((c) => c.method === "editMessageText")!;
    expect(edit.params).toMatchObject({ chat_id: CHAT, message_id: Number(sent.messageId), text: "Trạng thái: &lt;xong&gt;", parse_mode: "HTML" });
    await expect(sender.edit(CHAT, sent.messageId, { text: "Trạng thái: <xong>" })).resolves.toBeUndefined();
    expect((await failureOf(sender.edit(CHAT, "987654", { text: "x" }))).kind).toBe("rejected");
  });
});
