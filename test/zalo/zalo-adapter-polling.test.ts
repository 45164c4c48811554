import { Writable } from "node:stream";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createHttpServer } from "../../src/http/server.js";
import { createLogger } from "../../src/logger.js";
import { createZaloAdapter, type ZaloAdapter } from "../../src/adapters/zalo/zalo-adapter.js";
import { ZaloClient } from "../../src/adapters/zalo/zalo-client.js";
import { newMessageId, startFakeZaloBotApi, zaloTextUpdate, type FakeZaloBotApi } from "../fakes/zalo-bot-api.js";
import imageFixture from "../fixtures/zalo/image-private.json" with { type: "json" };
import stickerFixture from "../fixtures/zalo/sticker-private.json" with { type: "json" };
import unsupportedFixture from "../fixtures/zalo/unsupported-private.json" with { type: "json" };

const LEADER = "zl-leader-5b21c9";
const GROUP = "zl-group-ubnd-tinh";
const translator = createTranslator();

/** The update inside a recorded webhook body, with the sender, chat and message id replaced. */
function fromFixture(fixture: object, userId: string) {
  const { result } = structuredClone(fixture) as { result: { message: { from: { id: string }; chat: { id: string }; message_id: string } } };
  result.message.from.id = userId;
  result.message.chat.id = userId;
  result.message.message_id = newMessageId();
  return result;
}

describe.each(providers)("the Zalo adapter, long polling, on %s", (provider) => {
  let database: TestDatabase;
  let fake: FakeZaloBotApi;
  let adapter: ZaloAdapter;
  let logs: string[];

  function makeAdapter(): ZaloAdapter {
    const deps = testDeps(database.db);
    const stream = new Writable({ write: (chunk, _enc, done) => (logs.push(String(chunk)), done()) });
    const logger = createLogger({ logLevel: "debug", logFormat: "json" }, stream);
    const bot = createBot({ ...deps, logger, translator, defaultLanguage: "vi" });
    return createZaloAdapter({
      db: database.db,
      logger,
      bot,
      http: createHttpServer({ host: "127.0.0.1", port: 0, logger }),
      token: fake.token,
      apiRoot: fake.apiRoot,
      clock: deps.clock,
      translator,
      backoff: { initialMs: 20, maxMs: 100 },
    });
  }

  /** Sends a text as the demo leader and waits for the `count`-th reply in that chat. */
  async function ask(text: string, chatId = LEADER): Promise<string> {
    const before = fake.sentMessages(chatId).length;
    await fake.push(zaloTextUpdate({ text, from: LEADER, chatId, group: chatId === GROUP }));
    return (await fake.waitFor(() => fake.sentMessages(chatId)[before], `a reply to "${text}"`)).text;
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await loadDemo(testDeps(database.db));
    const leader = await database.db.person.findUniqueOrThrow({ where: { handle: "leader" } });
    await database.db.chatIdentity.create({ data: { personId: leader.id, platform: "zalo", externalUserId: LEADER, chatId: LEADER } });
  });
  afterAll(() => database.destroy());
  beforeEach(async () => {
    logs = [];
    fake = await startFakeZaloBotApi();
    adapter = makeAdapter();
    await adapter.start();
  });
  afterEach(async () => {
    await adapter.stop();
    await fake.close();
    expect(logs.join("")).not.toContain(fake.token);
  });

  it("checks the token, deletes any webhook, then polls", async () => {
    await fake.waitFor(() => fake.requests.some((r) => r.method === "getUpdates"), "the first poll");
    expect(fake.requests.slice(0, 3).map((r) => r.method)).toEqual(["getMe", "deleteWebhook", "getUpdates"]);
    expect(adapter.mode).toBe("polling");
  });

  it("answers /thongke Sở Y tế with the agency's counts", async () => {
    const answer = await ask("/thongke Sở Y tế");
    expect(answer).toContain("Sở Y tế");
    expect(answer).toContain("Tổng số nhiệm vụ: 41");
    expect(answer).toContain("Hoàn thành đúng hạn: 35");
  });

  it("offers numbered choices for an ambiguous agency, and a typed number picks one", async () => {
    const prompt = await ask("/thongke kon tum");
    const number = /^(\d+) = UBND thành phố Kon Tum$/m.exec(prompt)?.[1];
    expect(number, prompt).toBeDefined();
    expect(prompt).toContain("Trả lời bằng số để chọn:");
    const picked = await ask(number!);
    expect(picked).toContain("— UBND thành phố Kon Tum");
    expect(await ask("/thongke UBND thành phố Kon Tum")).toBe(picked);
  });

  it("handles a repeated message_id once", async () => {
    const update = zaloTextUpdate({ text: "/thongke Sở Y tế", from: LEADER });
    await fake.push(update);
    await fake.push(update);
    await ask("/help");
    const stats = fake.sentMessages(LEADER).filter((m) => m.text.includes("Sở Y tế"));
    expect(stats).toHaveLength(1);
  });

  it("does not replay an update after a restart", async () => {
    const update = zaloTextUpdate({ text: "/thongke Sở Y tế", from: LEADER });
    await fake.push(update);
    await fake.waitFor(() => fake.sentMessages(LEADER).length === 1, "the first answer");
    await adapter.stop();
    adapter = makeAdapter();
    await adapter.start();
    await fake.push(update);
    await ask("/help");
    expect(fake.sentMessages(LEADER).filter((m) => m.text.includes("Sở Y tế"))).toHaveLength(1);
  });

  it.each([
    ["an image", imageFixture, "zalo-unsupported-image"],
    ["a sticker", stickerFixture, "zalo-unsupported-sticker"],
    ["hidden content", unsupportedFixture, "zalo-unsupported"],
  ])("answers %s politely, once", async (_name, fixture, key) => {
    const update = fromFixture(fixture, LEADER);
    await fake.push(update);
    await fake.push(update);
    await ask("/help");
    const polite = fake.sentMessages(LEADER).filter((m) => m.text === translator.t("vi", key));
    expect(polite).toHaveLength(1);
  });

  it("answers an unregistered user with how to register", async () => {
    await fake.push(zaloTextUpdate({ text: "/thongke", from: "zl-stranger" }));
    const reply = await fake.waitFor(() => fake.sentMessages("zl-stranger")[0], "the answer");
    expect(reply.text).toBe(translator.t("vi", "error-not_registered"));
  });

  it("ignores group messages that are not for the bot and answers those that mention it", async () => {
    for (const text of ["Chào cả nhóm", "1", "@Người khác xem giúp", "/thongke@BotKhac Sở Y tế"]) {
      await fake.push(zaloTextUpdate({ text, from: LEADER, chatId: GROUP, group: true }));
    }
    const answer = await ask("@Bot Nhắc việc /thongke Sở Y tế", GROUP);
    expect(answer).toContain("Tổng số nhiệm vụ: 41");
    expect(await ask("/thongke Sở Y tế", GROUP)).toBe(answer);
    expect(fake.sentMessages(GROUP)).toHaveLength(2);
    expect(fake.sentMessages(LEADER)).toHaveLength(0);
  });

  it("survives malformed updates and API failures, and goes on", async () => {
    await fake.push({ event_name: "message.text.received" });
    await fake.push({ event_name: "message.text.received", message: { text: "no ids" } });
    await fake.push({ event_name: "message.reaction.received", message: {} });
    fake.failNext("getUpdates", { type: "http", status: 502, body: "<html>Bad Gateway</html>" });
    fake.failNext("getUpdates", { type: "drop" });
    fake.failNext("getUpdates", { type: "api", errorCode: 429, description: "Quota exceeded" });
    expect(await ask("/thongke Sở Y tế")).toContain("41");
    expect(logs.join("")).toContain("zalo polling failed");
  });

  it("stops promptly while a long poll is pending", async () => {
    await fake.waitFor(() => fake.requests.some((r) => r.method === "getUpdates"), "a pending poll");
    const started = Date.now();
    await adapter.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    const polls = fake.requests.filter((r) => r.method === "getUpdates").length;
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.requests.filter((r) => r.method === "getUpdates").length).toBe(polls);
  });

  it("takes over from a webhook left set: polling and webhook never run together", async () => {
    await adapter.stop();
    const client = new ZaloClient({ token: fake.token, apiRoot: fake.apiRoot });
    await client.setWebhook({ url: "https://old.example.gov.vn/webhooks/zalo", secretToken: "left-behind-secret" });
    adapter = makeAdapter();
    await adapter.start();
    expect(fake.webhook).toBeNull();
    expect(await ask("/thongke Sở Y tế")).toContain("41");
  });
});
