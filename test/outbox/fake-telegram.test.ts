import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Api, GrammyError, InputFile } from "grammy";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram-bot-api.js";

/** The fake is a fixture other tests trust; these check that it speaks and limits as Telegram does. */
describe("the fake Telegram Bot API", () => {
  let fake: FakeTelegram;
  let api: Api;
  let clockMs = 0;

  beforeEach(async () => {
    // The limits' clock stands still: what they allow does not depend on how fast this machine is.
    clockMs = 0;
    fake = await startFakeTelegram({ now: () => clockMs });
    api = new Api(fake.token, { apiRoot: fake.apiRoot });
  });
  afterEach(() => fake.close());

  const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as GrammyError);

  it("answers getMe for its token only", async () => {
    expect((await api.getMe()).username).toBe(fake.bot.username);
    const other = new Api("1:wrong", { apiRoot: fake.apiRoot });
    expect((await refusal(other.getMe()))?.error_code).toBe(401);
  });

  it("allows a burst of 3 to one chat, then answers 429 with retry_after", async () => {
    fake.addChat(5);
    for (let i = 0; i < 3; i++) await api.sendMessage(5, `m${i}`);
    const err = await refusal(api.sendMessage(5, "m3"));
    expect(err?.error_code).toBe(429);
    expect(err?.parameters.retry_after).toBe(1);
    expect(fake.sentMessages(5)).toHaveLength(3);
    clockMs = 999;
    expect((await refusal(api.sendMessage(5, "m3")))?.error_code).toBe(429);
    clockMs = 1000;
    expect(await refusal(api.sendMessage(5, "m3"))).toBeNull();
  });

  it("limits the whole bot to 30 messages at once across chats", async () => {
    for (let i = 1; i <= 31; i++) fake.addChat(i);
    const results = await Promise.all(Array.from({ length: 31 }, (_, i) => refusal(api.sendMessage(i + 1, "x"))));
    expect(results.filter((r) => r === null)).toHaveLength(30);
    expect(results.filter((r) => r?.error_code === 429)).toHaveLength(1);
  });

  it("limits a group (negative id) to 20 messages a minute", async () => {
    const groupOnly = await startFakeTelegram({
      now: () => 0,
      limits: { overall: { perSecond: 1000, burst: 1000 }, perChat: { perSecond: 1000, burst: 1000 }, perGroup: { perSecond: 20 / 60, burst: 20 } },
    });
    try {
      const groupApi = new Api(groupOnly.token, { apiRoot: groupOnly.apiRoot });
      groupOnly.addChat(-100123);
      for (let i = 0; i < 20; i++) await groupApi.sendMessage(-100123, `g${i}`);
      const err = await refusal(groupApi.sendMessage(-100123, "g20"));
      expect(err?.error_code).toBe(429);
      expect(err?.parameters.retry_after).toBe(3);
    } finally {
      await groupOnly.close();
    }
  });

  it("refuses malformed HTML, unknown chats and blocked chats as Telegram words it", async () => {
    fake.addChat(7);
    expect((await refusal(api.sendMessage(7, "<b>đậm", { parse_mode: "HTML" })))?.description).toMatch(/can't parse entities/);
    expect((await refusal(api.sendMessage(7, "a & b", { parse_mode: "HTML" })))?.description).toMatch(/can't parse entities/);
    expect((await refusal(api.sendMessage(7, "<script>x</script>", { parse_mode: "HTML" })))?.description).toMatch(/Unsupported start tag/);
    expect(await refusal(api.sendMessage(7, "<b>đậm</b> &amp; <i>nghiêng</i>", { parse_mode: "HTML" }))).toBeNull();
    expect((await refusal(api.sendMessage(8, "x")))?.description).toBe("Bad Request: chat not found");
    fake.blockChat(7);
    expect((await refusal(api.sendMessage(7, "x")))?.error_code).toBe(403);
  });

  it("counts the text length after entity parsing", async () => {
    fake.addChat(9);
    expect(await refusal(api.sendMessage(9, "&amp;".repeat(4096), { parse_mode: "HTML" }))).toBeNull();
    expect((await refusal(api.sendMessage(9, "x".repeat(4097))))?.description).toBe("Bad Request: message is too long");
  });

  it("reads form-encoded bodies and multipart uploads", async () => {
    fake.addChat(11);
    const form = await fetch(`${fake.apiRoot}/bot${fake.token}/sendMessage`, {
      method: "POST",
      body: new URLSearchParams({ chat_id: "11", text: "qua form", reply_markup: JSON.stringify({ inline_keyboard: [[{ text: "A", callback_data: "a" }]] }) }),
    });
    expect(((await form.json()) as { ok: boolean }).ok).toBe(true);
    expect(fake.sentMessages(11)[0]!.params.reply_markup).toEqual({ inline_keyboard: [[{ text: "A", callback_data: "a" }]] });
    const photo = await api.sendPhoto(11, new InputFile(Buffer.alloc(1234, 1), "chart.png"), { caption: "Biểu đồ <b>6 tháng</b>", parse_mode: "HTML" });
    expect(photo.caption).toBe("Biểu đồ 6 tháng");
    const doc = await api.sendDocument(11, new InputFile(Buffer.from("xlsx"), "bao-cao.xlsx"));
    expect(doc.document.file_name).toBe("bao-cao.xlsx");
    const upload = fake.calls.find((c) => c.method === "sendPhoto")!;
    expect(upload.files).toEqual([expect.objectContaining({ filename: "chart.png", size: 1234 })]);
  });

  it("long-polls getUpdates: waits for a pushed update, and an offset confirms it", async () => {
    const poll = api.getUpdates({ offset: 0, timeout: 10 });
    await new Promise((r) => setTimeout(r, 50));
    const pushed = fake.pushText(42, "/start");
    const updates = await poll;
    expect(updates.map((u) => u.update_id)).toEqual([pushed.update_id]);
    expect(updates[0]!.message?.text).toBe("/start");
    expect(await api.getUpdates({ offset: pushed.update_id + 1, timeout: 0 })).toEqual([]);
  });

  it("delivers updates to a webhook with the secret token header once one is set", async () => {
    const received: { headers: IncomingHttpHeaders; body: string }[] = [];
    const hook = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        res.end("ok");
      });
    });
    await new Promise<void>((r) => hook.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/telegram`;
      await api.setWebhook(url, { secret_token: "s3cret_Token-1" });
      expect((await refusal(api.getUpdates()))?.error_code).toBe(409);
      const pushed = fake.pushText(43, "xin chào");
      await fake.updates.flush();
      expect(received).toHaveLength(1);
      expect(received[0]!.headers["x-telegram-bot-api-secret-token"]).toBe("s3cret_Token-1");
      expect(JSON.parse(received[0]!.body).update_id).toBe(pushed.update_id);
      await api.deleteWebhook();
      expect(await api.getUpdates({ timeout: 0 })).toEqual([]);
    } finally {
      await new Promise((r) => hook.close(r));
    }
  });

  it("answers callback queries it delivered, and records commands", async () => {
    fake.addChat(44);
    const sent = await api.sendMessage(44, "Chọn", { reply_markup: { inline_keyboard: [[{ text: "Xong", callback_data: "done:1" }]] } });
    const update = fake.pushCallback(44, "done:1", sent.message_id);
    const id = (update.callback_query as { id: string }).id;
    expect(await api.answerCallbackQuery(id, { text: "Đã ghi nhận" })).toBe(true);
    expect((await refusal(api.answerCallbackQuery("nope")))?.error_code).toBe(400);
    expect(await api.setMyCommands([{ command: "baocao", description: "Báo cáo tiến độ" }])).toBe(true);
    expect((await refusal(api.setMyCommands([{ command: "Báo cáo", description: "x" }])))?.error_code).toBe(400);
  });
});
