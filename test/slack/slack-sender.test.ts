import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { DeliveryError } from "../../src/outbox/sender.js";
import { PartialDeliveryError } from "../../src/outbox/partial-delivery.js";
import type { FakeFailure, FakeSlackOptions } from "../fakes/slack-web-api.js";
import { readMessage, startSlackHarness, type SlackHarness } from "../scenarios/slack-driver.js";
import type { SlackAdapterOptions } from "../../src/adapters/slack/slack-adapter.js";

const DM = "D0LEADER01";

describe.each(providers)("the Slack sender on %s", (provider) => {
  let database: TestDatabase;
  let h: SlackHarness;

  async function start(options: { fake?: FakeSlackOptions; adapter?: Partial<SlackAdapterOptions> } = {}) {
    h = await startSlackHarness(database.db, options);
    return h.adapter.sender;
  }

  async function failure(promise: Promise<unknown>): Promise<DeliveryError> {
    const err = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DeliveryError);
    return err as DeliveryError;
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(() => database.destroy());
  afterEach(async () => {
    await h.close();
    expect(h.logs.join("")).not.toContain(h.fake.botToken);
  });

  it("sends Block Kit to a channel and returns the message ts", async () => {
    const sender = await start();
    const sent = await sender.send(DM, { text: "Nhắc việc <NV-2019-0001> & hạn", buttons: [[{ label: "Cập nhật", action: "upd:1" }, { label: "Nhắc lại sau", action: "snz:1" }]] });
    const [message] = h.fake.messages(DM);
    expect(sent).toEqual({ messageId: message!.ts, messageIds: [message!.ts] });
    expect(message!.text).toBe("Nhắc việc &lt;NV-2019-0001&gt; &amp; hạn");
    expect(readMessage(message!)).toEqual({ text: "Nhắc việc <NV-2019-0001> & hạn", buttons: ["Cập nhật", "Nhắc lại sau"] });
  });

  it("maps a 429 from chat.postMessage to rate_limited with Retry-After", async () => {
    const sender = await start();
    h.fake.failNext("chat.postMessage", { type: "ratelimited", retryAfterSeconds: 7 });
    const err = await failure(sender.send(DM, { text: "xin chào" }));
    expect(err.kind).toBe("rate_limited");
    expect(err.retryAfterMs).toBe(7000);
  });

  it("meets Slack's per-channel limit as a 429 (about one message a second per channel)", async () => {
    const frozen = Date.now();
    const sender = await start({ fake: { rate: { perSecond: 1, burst: 1 }, now: () => frozen } });
    await sender.send(DM, { text: "một" });
    const err = await failure(sender.send(DM, { text: "hai" }));
    expect(err.kind).toBe("rate_limited");
    expect(err.retryAfterMs).toBe(1000);
    await sender.send("D0OTHERDM1", { text: "kênh khác" });
    expect(h.fake.messages().map((m) => m.text)).toEqual(["một", "kênh khác"]);
  });

  it.each<[string, FakeFailure, DeliveryError["kind"]]>([
    ["not_in_channel", { type: "error", error: "not_in_channel" }, "unreachable"],
    ["channel_not_found", { type: "error", error: "channel_not_found" }, "unreachable"],
    ["account_inactive", { type: "error", error: "account_inactive" }, "unreachable"],
    ["user_not_found", { type: "error", error: "user_not_found" }, "unreachable"],
    ["is_archived", { type: "error", error: "is_archived" }, "unreachable"],
    ["invalid_blocks", { type: "error", error: "invalid_blocks" }, "rejected"],
    ["msg_too_long", { type: "error", error: "msg_too_long" }, "rejected"],
    ["internal_error", { type: "error", error: "internal_error" }, "network"],
    ["HTTP 503", { type: "http", status: 503, body: "upstream unavailable" }, "network"],
    ["a dropped connection", { type: "drop" }, "network"],
  ])("maps %s to %s", async (_name, fail, kind) => {
    const sender = await start();
    h.fake.failNext("chat.postMessage", fail);
    const err = await failure(sender.send(DM, { text: "xin chào" }));
    expect(err.kind).toBe(kind);
    expect(err.message).not.toContain(h.fake.botToken);
  });

  it("retries a failed call a bounded number of times", async () => {
    const sender = await start({ adapter: { retryConfig: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 20 } } });
    h.fake.failNext("chat.postMessage", { type: "http", status: 503 }, { times: 2 });
    await sender.send(DM, { text: "lần ba" });
    expect(h.fake.requests.filter((r) => r.method === "chat.postMessage")).toHaveLength(3);
    h.fake.failNext("chat.postMessage", { type: "http", status: 503 }, { times: 3 });
    expect((await failure(sender.send(DM, { text: "không tới" }))).kind).toBe("network");
    expect(h.fake.requests.filter((r) => r.method === "chat.postMessage")).toHaveLength(6);
  });

  it("opens the DM with conversations.open when the chat id is a user id, once per user", async () => {
    const sender = await start();
    await sender.send("U0PERSON01", { text: "một" });
    await sender.send("T0NHACVIEC:U0PERSON01", { text: "hai" });
    expect(h.fake.calls.filter((c) => c.method === "conversations.open")).toEqual([{ method: "conversations.open", body: expect.objectContaining({ users: "U0PERSON01" }) }]);
    expect(h.fake.messages("D0PERSON01").map((m) => m.text)).toEqual(["một", "hai"]);
    h.fake.failNext("conversations.open", { type: "error", error: "user_disabled" });
    expect((await failure(sender.send("U0PERSON02", { text: "ba" }))).kind).toBe("unreachable");
  });

  it("splits a long text into sections of at most 3,000 characters and messages Slack accepts, buttons on the last", async () => {
    const sender = await start({ fake: { rate: null } });
    const line = (i: number) => `${String(i).padStart(4, "0")} ${"Sở Y tế & <Sở Tài chính> ".repeat(3).trimEnd()}`;
    const text = Array.from({ length: 400 }, (_, i) => line(i)).join("\n");
    const sent = await sender.send(DM, { text, buttons: [[{ label: "Xem tiếp", action: "tl:0:1" }]] });
    const messages = h.fake.messages(DM);
    expect(messages.length).toBeGreaterThan(1);
    expect(sent.messageIds).toEqual(messages.map((m) => m.ts));
    for (const m of messages) for (const b of m.blocks) if (b.type === "section") expect(b.text!.text.length).toBeLessThanOrEqual(3000);
    expect(messages.map((m) => readMessage(m).text).join("\n")).toBe(text);
    expect(messages.map((m) => readMessage(m).buttons)).toEqual([...messages.slice(1).map(() => []), ["Xem tiếp"]]);
  });

  it("reports the parts not sent when a long message fails half-way", async () => {
    const sender = await start({ fake: { rate: null } });
    const text = Array.from({ length: 400 }, (_, i) => `dòng ${i} ${"nội dung ".repeat(10).trimEnd()}`).join("\n");
    h.fake.failNext("chat.postMessage", { type: "error", error: "internal_error" }, { after: 1 });
    const err = await failure(sender.send(DM, { text, taskId: 7 }));
    expect(err).toBeInstanceOf(PartialDeliveryError);
    const partial = err as PartialDeliveryError;
    const [first] = h.fake.messages(DM);
    expect(partial.delivered).toEqual([first!.ts]);
    expect(partial.kind).toBe("network");
    expect(`${readMessage(first!).text}\n${partial.remaining.text}`).toBe(text);
    expect(partial.remaining.taskId).toBe(7);
  });

  it("edits a message with chat.update, and refuses an edit of a message that is not there", async () => {
    const sender = await start();
    const { messageId } = await sender.send(DM, { text: "Trang 1/2", buttons: [[{ label: "Sau", action: "tl:0:1" }]] });
    await sender.edit(DM, messageId, { text: "Trang 2/2" });
    expect(readMessage(h.fake.messages(DM)[0]!)).toEqual({ text: "Trang 2/2", buttons: [] });
    expect((await failure(sender.edit(DM, "1.000000", { text: "x" }))).kind).toBe("rejected");
  });

  it("refuses an empty message without calling Slack", async () => {
    const sender = await start();
    expect((await failure(sender.send(DM, { text: "  " }))).kind).toBe("rejected");
    expect(h.fake.requests.filter((r) => r.method === "chat.postMessage")).toHaveLength(0);
  });
});
