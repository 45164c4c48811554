import { Writable } from "node:stream";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createHttpServer, type HttpServer } from "../../src/http/server.js";
import { createLogger } from "../../src/logger.js";
import { createZaloAdapter, type ZaloAdapter, type ZaloAdapterOptions } from "../../src/adapters/zalo/zalo-adapter.js";
import { startFakeZaloBotApi, zaloTextUpdate, type FakeZaloBotApi } from "../fakes/zalo-bot-api.js";
import textFixture from "../fixtures/zalo/text-private.json" with { type: "json" };
import groupFixture from "../fixtures/zalo/text-group.json" with { type: "json" };

const LEADER = "zl-leader-0c44aa";
const SECRET = "webhook-secret-for-tests-7f3e";
const translator = createTranslator();

describe.each(providers)("the Zalo adapter, webhook mode, on %s", (provider) => {
  let database: TestDatabase;
  let fake: FakeZaloBotApi;
  let http: HttpServer;
  let publicUrl: string;
  let adapter: ZaloAdapter;
  let logs: string[];

  async function startAdapter(extra: Partial<ZaloAdapterOptions> = {}): Promise<void> {
    const deps = testDeps(database.db);
    const stream = new Writable({ write: (chunk, _enc, done) => (logs.push(String(chunk)), done()) });
    const logger = createLogger({ logLevel: "debug", logFormat: "json" }, stream);
    adapter = createZaloAdapter({
      db: database.db,
      logger,
      bot: createBot({ ...deps, logger, translator, defaultLanguage: "vi" }),
      http,
      token: fake.token,
      apiRoot: fake.apiRoot,
      publicUrl,
      webhookSecret: SECRET,
      clock: deps.clock,
      translator,
      ...extra,
    });
    await adapter.start();
  }

  /** POSTs a raw body to the webhook as Zalo would, with the given secret header. */
  function post(body: string, secret: string | null = SECRET, method = "POST") {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (secret !== null) headers["x-bot-api-secret-token"] = secret;
    return fetch(`${publicUrl}/webhooks/zalo`, { method, headers, body: method === "GET" ? undefined : body });
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
    http = createHttpServer({ host: "127.0.0.1", port: 0, logger: createLogger({ logLevel: "silent", logFormat: "json" }) });
    publicUrl = (await http.start()).url;
  });
  afterEach(async () => {
    await adapter.stop();
    await http.stop();
    await fake.close();
    const written = logs.join("");
    expect(written).not.toContain(fake.token);
    expect(written).not.toContain(SECRET);
  });

  it("sets the webhook at PUBLIC_URL/webhooks/zalo with the secret, and never polls", async () => {
    await startAdapter();
    expect(adapter.mode).toBe("webhook");
    expect(fake.webhook).toEqual({ url: `${publicUrl}/webhooks/zalo`, secret: SECRET });
    await fake.push(zaloTextUpdate({ text: "/thongke Sở Y tế", from: LEADER }));
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.requests.map((r) => r.method)).toEqual(["getMe", "setWebhook", "sendMessage"]);
  });

  it("makes up a 32-character secret when none is configured", async () => {
    await startAdapter({ webhookSecret: undefined });
    expect(fake.webhook?.secret).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const pushed = await fake.push(zaloTextUpdate({ text: "/thongke Sở Y tế", from: LEADER }));
    expect(pushed).toMatchObject({ status: 200 });
    expect(logs.join("")).not.toContain(fake.webhook!.secret);
  });

  it("handles an update wrapped in {ok, result} and a bare one, before answering 200", async () => {
    await startAdapter();
    const wrapped = await fake.push(zaloTextUpdate({ text: "/thongke Sở Y tế", from: LEADER }), { wrapped: true });
    expect(wrapped).toMatchObject({ status: 200 });
    expect(fake.sentMessages(LEADER).at(-1)?.text).toContain("Tổng số nhiệm vụ: 41");
    const bare = await fake.push(zaloTextUpdate({ text: "/thongke SYT", from: LEADER }), { wrapped: false });
    expect(bare).toMatchObject({ status: 200 });
    expect(fake.sentMessages(LEADER)).toHaveLength(2);
    expect(fake.sentMessages(LEADER)[1]!.text).toBe(fake.sentMessages(LEADER)[0]!.text);
  });

  it("accepts the recorded payloads, and handles a redelivered one once", async () => {
    await startAdapter();
    const body = JSON.stringify(textFixture);
    expect((await post(body)).status).toBe(200);
    expect((await post(body)).status).toBe(200);
    const sender = textFixture.result.message.chat.id;
    expect(fake.sentMessages(sender).map((m) => m.text)).toEqual([translator.t("vi", "error-not_registered")]);
    expect((await post(JSON.stringify(groupFixture))).status).toBe(200);
    expect(fake.sentMessages(groupFixture.message.chat.id)).toEqual([]);
  });

  it("refuses a missing or wrong secret with 401 and handles nothing", async () => {
    await startAdapter();
    const update = zaloTextUpdate({ text: "/thongke Sở Y tế", from: LEADER });
    expect((await fake.push(update, { secretHeader: null })) as { status: number }).toMatchObject({ status: 401 });
    expect((await fake.push(update, { secretHeader: "webhook-secret-for-tests-7f3X" })) as { status: number }).toMatchObject({ status: 401 });
    expect((await fake.push(update, { secretHeader: "" })) as { status: number }).toMatchObject({ status: 401 });
    expect(fake.sentMessages()).toEqual([]);
    // The same update with the right secret is still new: refused deliveries were not recorded.
    expect(await fake.push(update)).toMatchObject({ status: 200 });
    expect(fake.sentMessages(LEADER)).toHaveLength(1);
  });

  it("refuses an oversized body with 413, malformed JSON and non-updates with 400, other methods with 405", async () => {
    await startAdapter({ maxBodyBytes: 4096 });
    const big = JSON.stringify({ ...zaloTextUpdate({ text: "x".repeat(5000), from: LEADER }) });
    expect((await post(big)).status).toBe(413);
    const malformed = await post('{"event_name": "message.text.received", ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: "malformed_json" });
    expect((await post("[1, 2, 3]")).status).toBe(400);
    expect((await post('{"ok": true, "result": {"hello": "world"}}')).status).toBe(400);
    expect((await post("", SECRET, "GET")).status).toBe(405);
    expect(fake.sentMessages()).toEqual([]);
    // Still serving.
    expect(await fake.push(zaloTextUpdate({ text: "/thongke Sở Y tế", from: LEADER }))).toMatchObject({ status: 200 });
    expect(fake.sentMessages(LEADER)).toHaveLength(1);
  });

  it("limits the body to 256 KiB by default", async () => {
    await startAdapter();
    const big = JSON.stringify(zaloTextUpdate({ text: "x".repeat(300 * 1024), from: LEADER }));
    expect((await post(big)).status).toBe(413);
    expect(fake.sentMessages()).toEqual([]);
  });

  it("accepts an event it does not know without failing", async () => {
    await startAdapter();
    const reaction = { event_name: "message.reaction.received", message: { message_id: "r1" } };
    expect(await fake.push(reaction)).toMatchObject({ status: 200 });
    expect(fake.sentMessages()).toEqual([]);
  });

  it("answers 503 once stopped, so Zalo keeps the update", async () => {
    await startAdapter();
    await adapter.stop();
    expect(await fake.push(zaloTextUpdate({ text: "/thongke Sở Y tế", from: LEADER }))).toMatchObject({ status: 503 });
    expect(fake.sentMessages()).toEqual([]);
  });
});
