import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { TELEGRAM_SECRET_HEADER, TELEGRAM_WEBHOOK_PATH } from "../../src/adapters/telegram/telegram-webhook.js";
import { startObservedFake, type ObservedFakeTelegram } from "../fakes/telegram/observed-fake.js";
import { botMessages } from "../fakes/telegram/bot-messages.js";
import { linkTelegram, startAdapter, type AdapterUnderTest } from "../fakes/telegram/adapter-harness.js";
import { textUpdate, type TelegramUser } from "../fakes/telegram/user-updates.js";

const SECRET = "webhook_Secret-0123456789";

describe.each(providers)("the Telegram adapter, webhook mode, on %s", (provider) => {
  let database: TestDatabase;
  let fake: ObservedFakeTelegram;
  let running: AdapterUnderTest;
  let leader: TelegramUser;
  let webhookUrl: string;
  const LEADER = 810001;

  /** A POST to the webhook as anyone could send it. */
  function post(body: string, headers: Record<string, string> = { [TELEGRAM_SECRET_HEADER]: SECRET }, method = "POST") {
    return fetch(webhookUrl, { method, headers: { "content-type": "application/json", ...headers }, ...(method === "POST" ? { body } : {}) });
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await loadDemo(testDeps(database.db));
  });
  afterAll(() => database.destroy());
  beforeEach(async () => {
    fake = await startObservedFake({ limits: false });
    leader = (await linkTelegram(database.db, fake, "leader", LEADER)).user;
    running = await startAdapter(database.db, fake, { webhook: true, webhookSecret: SECRET });
    webhookUrl = String(fake.calls.find((c) => c.method === "setWebhook")?.params.url);
  });
  afterEach(async () => {
    await running.stop();
    await fake.close();
    const logs = running.logs.join("");
    expect(logs).not.toContain(fake.token);
    expect(logs).not.toContain(SECRET);
  });

  it("sets the webhook at PUBLIC_URL/webhooks/telegram with the secret, and does not poll", async () => {
    const setWebhook = fake.calls.find((c) => c.method === "setWebhook")!;
    expect(webhookUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${TELEGRAM_WEBHOOK_PATH}$`));
    expect(setWebhook.params).toMatchObject({ secret_token: SECRET, allowed_updates: ["message", "edited_message", "callback_query", "my_chat_member"] });
    expect(running.adapter.mode).toBe("webhook");
    expect(fake.calls.map((c) => c.method)).not.toContain("getUpdates");
    expect(fake.calls.map((c) => c.method)).not.toContain("deleteWebhook");
  });

  it("handles an update Telegram delivers, and answers 200 once it is handled", async () => {
    const update = await fake.deliver(textUpdate(leader, "/thongke Sở Y tế"));
    expect(fake.updates.deliveries).toEqual([{ updateId: update.update_id, status: 200 }]);
    expect(botMessages(fake.calls, LEADER).map((m) => m.text)).toEqual([expect.stringContaining("Tổng số nhiệm vụ: 41")]);
  });

  it("refuses a missing or wrong secret with 401, and takes nothing in", async () => {
    const body = JSON.stringify({ update_id: 99, ...textUpdate(leader, "/ngonngu en") });
    expect((await post(body, {})).status).toBe(401);
    expect((await post(body, { [TELEGRAM_SECRET_HEADER]: "wrong" })).status).toBe(401);
    expect((await post(body, { [TELEGRAM_SECRET_HEADER]: `${SECRET}x` })).status).toBe(401);
    expect(fake.sentMessages(LEADER)).toEqual([]);
    expect((await post(body)).status).toBe(200);
    expect(fake.sentMessages(LEADER).map((c) => (c.result as { text: string }).text)).toEqual(["Switched to English."]);
    expect((await post(body)).status).toBe(200);
    expect(fake.sentMessages(LEADER)).toHaveLength(1);
    await database.db.person.update({ where: { handle: "leader" }, data: { language: "vi" } });
  });

  it("refuses an oversized body (413), malformed JSON and non-updates (400), and other methods (405)", async () => {
    expect((await post(JSON.stringify({ update_id: 1, pad: "x".repeat(1024 * 1024) }))).status).toBe(413);
    expect((await post("{not json")).status).toBe(400);
    expect((await post(JSON.stringify([1, 2]))).status).toBe(400);
    expect((await post(JSON.stringify({ message: {} }))).status).toBe(400);
    expect((await post("", undefined, "GET")).status).toBe(405);
    expect(fake.sentMessages(LEADER)).toEqual([]);
  });

  it("answers 503 once stopped, so that Telegram keeps the update for the next instance", async () => {
    await running.adapter.stop();
    expect((await post(JSON.stringify({ update_id: 5, ...textUpdate(leader, "/help") }))).status).toBe(503);
    expect(fake.sentMessages(LEADER)).toEqual([]);
  });

  it("makes a random secret when none is configured, and keeps it out of the logs", async () => {
    await running.stop();
    running = await startAdapter(database.db, fake, { webhook: true });
    const secret = String(fake.calls.filter((c) => c.method === "setWebhook").at(-1)?.params.secret_token);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{32,256}$/);
    expect(secret).not.toBe(SECRET);
    await fake.deliver(textUpdate(leader, "/ngonngu vi"));
    expect(fake.updates.deliveries.at(-1)?.status).toBe(200);
    expect(running.logs.join("")).not.toContain(secret);
  });
});
