import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { fixedClock } from "../../src/core/clock.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { DeliveryError } from "../../src/outbox/sender.js";
import { PartialDeliveryError } from "../../src/outbox/partial-delivery.js";
import { ZaloClient } from "../../src/adapters/zalo/zalo-client.js";
import { createZaloSender, type ZaloSender } from "../../src/adapters/zalo/zalo-sender.js";
import { findChoice } from "../../src/adapters/zalo/zalo-choices.js";
import { QUOTA_EXCEEDED, startFakeZaloBotApi, type FakeZaloBotApi } from "../fakes/zalo-bot-api.js";

const now = new Date("2019-06-30T03:00:00Z");
const translator = createTranslator();

describe.each(providers)("the Zalo sender on %s", (provider) => {
  let database: TestDatabase;
  let fake: FakeZaloBotApi;
  let sender: ZaloSender;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const person = await database.db.person.create({ data: { name: "Jane Doe", language: "en" } });
    await database.db.chatIdentity.create({ data: { personId: person.id, platform: "zalo", externalUserId: "zl-en", chatId: "chat-en" } });
  });
  afterAll(() => database.destroy());
  beforeEach(async () => {
    fake = await startFakeZaloBotApi();
    const client = new ZaloClient({ token: fake.token, apiRoot: fake.apiRoot });
    sender = createZaloSender({ client, db: database.db, clock: fixedClock(now), translator, defaultLanguage: "vi" });
  });
  afterEach(() => fake.close());

  it("sends a short text as one message and returns its id", async () => {
    const sent = await sender.send("chat-1", { text: "Xin chào" });
    expect(fake.sentMessages("chat-1")).toEqual([{ chat_id: "chat-1", text: "Xin chào", message_id: sent.messageId }]);
  });

  it("splits a long text under 2,000 characters at line boundaries", async () => {
    const lines = Array.from({ length: 150 }, (_, i) => `${i + 1}. UBND thành phố Kon Tum — nhiệm vụ chưa hoàn thành số ${i + 1}`);
    const sent = await sender.send("chat-long", { text: lines.join("\n") });
    const messages = fake.sentMessages("chat-long");
    expect(messages.length).toBeGreaterThanOrEqual(4);
    for (const m of messages) expect(m.text.length).toBeLessThanOrEqual(2000);
    expect(messages.flatMap((m) => m.text.split("\n"))).toEqual(lines);
    expect(sent.messageId).toBe(messages[0]!.message_id);
  });

  it("puts the choices of a long prompt on its last part, still under 2,000 characters", async () => {
    const lines = Array.from({ length: 60 }, (_, i) => `${i + 1}. Nhiệm vụ giao Sở Kế hoạch và Đầu tư, hạn 30/06/2019`);
    const buttons = Array.from({ length: 8 }, (_, i) => [{ label: `UBND xã số ${i + 1} thuộc huyện Đăk Hà`, action: `st:${i}` }]);
    await sender.send("chat-long-prompt", { text: lines.join("\n"), buttons });
    const messages = fake.sentMessages("chat-long-prompt");
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.text.length).toBeLessThanOrEqual(2000);
    expect(messages.at(-1)!.text).toMatch(/Trả lời bằng số để chọn:\n1 = UBND xã số 1 thuộc huyện Đăk Hà\n[^]*\n8 = UBND xã số 8 thuộc huyện Đăk Hà$/);
    expect(await findChoice(database.db, "chat-long-prompt", "8", now)).toMatchObject({ action: "st:7" });
  });

  it("reports the parts sent and the rest when a long message fails midway", async () => {
    const lines = Array.from({ length: 150 }, (_, i) => `${i + 1}. UBND thành phố Kon Tum — nhiệm vụ số ${i + 1}`);
    fake.failNext("sendMessage", QUOTA_EXCEEDED, { after: 1 });
    const err = await sender.send("chat-partial", { text: lines.join("\n"), buttons: [[{ label: "Xem tiếp", action: "more" }]] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PartialDeliveryError);
    const partial = err as PartialDeliveryError;
    expect(partial.kind).toBe("rate_limited");
    const [first] = fake.sentMessages("chat-partial");
    expect(partial.delivered).toEqual([first!.message_id]);
    expect(await findChoice(database.db, "chat-partial", "1", now)).toBeNull();
    // Sending the rest completes the text exactly once, with the choices at the end.
    await sender.send("chat-partial", partial.remaining);
    const texts = fake.sentMessages("chat-partial").map((m) => m.text);
    expect(texts.join("\n").split("\n").filter((l) => /^\d+\. /.test(l))).toEqual(lines);
    expect(texts.at(-1)).toMatch(/\n1 = Xem tiếp$/);
    expect(await findChoice(database.db, "chat-partial", "1", now)).toMatchObject({ action: "more" });
  });

  it("shows buttons as numbered choices and remembers them for the chat", async () => {
    await sender.send("chat-2", {
      text: "Ý bạn là cơ quan nào?",
      buttons: [[{ label: "UBND thành phố Kon Tum", action: "st:7:-:-:-" }], [{ label: "Sở Y tế", action: "st:3:-:-:-" }]],
    });
    expect(fake.sentMessages("chat-2")[0]!.text).toBe(
      "Ý bạn là cơ quan nào?\n\nTrả lời bằng số để chọn:\n1 = UBND thành phố Kon Tum\n2 = Sở Y tế",
    );
    expect(await findChoice(database.db, "chat-2", "2", now)).toEqual({ label: "Sở Y tế", action: "st:3:-:-:-" });
    expect(await findChoice(database.db, "chat-2", " 1 ", now)).toMatchObject({ action: "st:7:-:-:-" });
    expect(await findChoice(database.db, "chat-2", "3", now)).toBeNull();
    expect(await findChoice(database.db, "chat-2", "1 thôi", now)).toBeNull();
    expect(await findChoice(database.db, "chat-other", "1", now)).toBeNull();
  });

  it("replaces the choices with the next prompt's only, and forgets them after a day", async () => {
    await sender.send("chat-3", { text: "Chọn", buttons: [[{ label: "A", action: "a" }, { label: "B", action: "b" }]] });
    await sender.send("chat-3", { text: "Kết quả, không có nút" });
    expect(await findChoice(database.db, "chat-3", "2", now)).toMatchObject({ action: "b" });
    await sender.send("chat-3", { text: "Chọn lại", buttons: [[{ label: "C", action: "c" }]] });
    expect(await findChoice(database.db, "chat-3", "1", now)).toMatchObject({ action: "c" });
    expect(await findChoice(database.db, "chat-3", "2", now)).toBeNull();
    const nextDay = new Date(now.getTime() + 25 * 60 * 60 * 1000);
    expect(await findChoice(database.db, "chat-3", "1", nextDay)).toBeNull();
  });

  it("writes the hint in the language of the person behind the chat", async () => {
    await sender.send("chat-en", { text: "Which one?", buttons: [[{ label: "Sở Y tế", action: "st:3" }]] });
    expect(fake.sentMessages("chat-en")[0]!.text).toBe("Which one?\n\nReply with a number to choose:\n1 = Sở Y tế");
  });

  it("keeps the earlier choices when a prompt could not be sent", async () => {
    await sender.send("chat-4", { text: "Chọn", buttons: [[{ label: "A", action: "a" }]] });
    fake.failNext("sendMessage", { type: "http", status: 503, body: "busy" });
    await expect(sender.send("chat-4", { text: "Chọn khác", buttons: [[{ label: "Z", action: "z" }]] })).rejects.toThrow(DeliveryError);
    expect(await findChoice(database.db, "chat-4", "1", now)).toMatchObject({ action: "a" });
  });

  it.each([
    ["a quota error (429)", QUOTA_EXCEEDED, "rate_limited"],
    ["a 403", { type: "api" as const, errorCode: 403, description: "Forbidden" }, "unreachable"],
    ["a blocked user", { type: "api" as const, errorCode: -230, description: "User has blocked the bot", status: 200 }, "unreachable"],
    ["a 400", { type: "api" as const, errorCode: 400, description: "Bad Request" }, "rejected"],
    ["a 502", { type: "http" as const, status: 502, body: "<html>Bad Gateway</html>" }, "network"],
    ["a cut connection", { type: "drop" as const }, "network"],
  ])("maps %s to DeliveryError %s", async (_name, failure, kind) => {
    fake.failNext("sendMessage", failure);
    const err = await sender.send("chat-5", { text: "Nhắc việc" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).kind).toBe(kind);
    expect((err as DeliveryError).message).not.toContain(fake.token);
  });

  it("refuses an empty message without calling Zalo", async () => {
    const err = await sender.send("chat-6", { text: "  " }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "DeliveryError", kind: "rejected" });
    expect(fake.requests).toEqual([]);
  });
});
