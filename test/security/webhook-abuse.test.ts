/**
 * Abuse of the chat webhooks, over HTTP against the real adapters on the
 * shared HTTP server: huge, negative and malformed update ids, the same update
 * again, bodies just under and over the size limit, JSON nested 100,000 levels
 * deep, wrong and missing secrets, wrong methods. Each attempt gets a clean
 * answer and no side effect, and the server answers the next good request.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { TELEGRAM_SECRET_HEADER } from "../../src/adapters/telegram/telegram-webhook.js";
import { ZALO_SECRET_HEADER } from "../../src/adapters/zalo/zalo-webhook.js";
import { createZaloAdapter, type ZaloAdapter } from "../../src/adapters/zalo/zalo-adapter.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createHttpServer, type HttpServer } from "../../src/http/server.js";
import { startObservedFake, type ObservedFakeTelegram } from "../fakes/telegram/observed-fake.js";
import { keptLogger, linkTelegram, startAdapter, translator, type AdapterUnderTest } from "../fakes/telegram/adapter-harness.js";
import { textUpdate, type TelegramUser } from "../fakes/telegram/user-updates.js";
import { newMessageId, startFakeZaloBotApi, zaloTextUpdate, type FakeZaloBotApi } from "../fakes/zalo-bot-api.js";
import { linkDemoPeople, slackUserOf, startSlackHarness, type SlackHarness } from "../scenarios/slack-driver.js";
import { dmChannelOf, newEventId, newTs, slackSignature } from "../fakes/slack-web-api.js";

const SECRET = "abuse_Secret-0123456789abcdef";
const MiB = 1024 * 1024;

/** A JSON object of exactly `size` bytes: `prefix` then a padding field. */
function exactly(size: number, prefix: string): string {
  const open = `${prefix},"pad":"`;
  const close = `"}`;
  const pad = size - Buffer.byteLength(open) - close.length;
  if (pad < 0) throw new Error("prefix longer than the size");
  return `${open}${"x".repeat(pad)}${close}`;
}

/** Bodies nested far too deep, each a valid JSON text. */
function deepBodies(prefix: string): [string, string][] {
  return [
    ["100,000 levels of [", `${"[".repeat(100_000)}${"]".repeat(100_000)}`],
    // 40,000 levels keep it under Zalo's 256 KiB.
    ["40,000 levels of {\"a\":", `${'{"a":'.repeat(40_000)}1${"}".repeat(40_000)}`],
    ["100,000 levels of [ inside an update", `${prefix},"x":${"[".repeat(100_000)}${"]".repeat(100_000)}}`],
    ["65 levels", `${"[".repeat(65)}${"]".repeat(65)}`],
  ];
}

/** Secret headers that are not the secret. */
const WRONG_SECRETS: [string, Record<string, string>][] = [
  ["no header", {}],
  ["an empty header", { "@": "" }],
  ["another secret", { "@": "not-the-secret-0123456789" }],
  ["the secret plus one character", { "@": `${SECRET}x` }],
  ["the secret minus its last character", { "@": SECRET.slice(0, -1) }],
  ["the secret in upper case", { "@": SECRET.toUpperCase() }],
  ["the secret with a space before it", { "@": ` ${SECRET}x` }],
  ["the secret twice", { "@": `${SECRET}, ${SECRET}` }],
  ["10,000 characters", { "@": "s".repeat(10_000) }],
];

/** `WRONG_SECRETS` with the platform's header name. */
function secretHeaders(header: string): [string, Record<string, string>][] {
  return WRONG_SECRETS.map(([name, h]) => [name, "@" in h ? { [header]: h["@"]! } : {}]);
}

describe.each(providers)("abuse of the Telegram webhook on %s", (provider) => {
  let database: TestDatabase;
  let fake: ObservedFakeTelegram;
  let running: AdapterUnderTest;
  let webhookUrl: string;
  let base: string;
  let leader: TelegramUser;
  let focal: TelegramUser;
  const LEADER = 830001;
  const FOCAL = 830002;
  /** The start of an update from the leader with `id`, without its closing brace. */
  const updateHead = (id: number | string) =>
    `{"update_id":${id},"message":{"message_id":1,"date":1,"chat":{"id":${LEADER},"type":"private"},"from":{"id":${LEADER},"is_bot":false,"first_name":"L"},"text":"/ngonngu en"}`;

  const post = (body: string, headers: Record<string, string> = { [TELEGRAM_SECRET_HEADER]: SECRET }, method = "POST", url = webhookUrl) =>
    fetch(url, { method, headers: { "content-type": "application/json", ...headers }, ...(method === "GET" || method === "HEAD" ? {} : { body }) });
  const texts = (chatId: number) => fake.sentMessages(chatId).map((c) => String((c.result as { text: string }).text));

  /** Nothing reached the leader, nothing was recorded as handled, and the server still answers a good update. */
  async function stillServing(): Promise<void> {
    expect(fake.sentMessages(LEADER)).toEqual([]);
    expect((await database.db.person.findUniqueOrThrow({ where: { handle: "leader" } })).language).toBe("vi");
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await fake.deliver(textUpdate(leader, "/thongke Sở Y tế"));
    expect(texts(LEADER).at(-1)).toContain("Tổng số nhiệm vụ: 41");
    fake.calls.length = 0;
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await loadDemo(testDeps(database.db));
    fake = await startObservedFake({ limits: false });
    leader = (await linkTelegram(database.db, fake, "leader", LEADER)).user;
    focal = (await linkTelegram(database.db, fake, "focal-SYT", FOCAL)).user;
    running = await startAdapter(database.db, fake, { webhook: true, webhookSecret: SECRET });
    webhookUrl = String(fake.calls.find((c) => c.method === "setWebhook")?.params.url);
    base = new URL(webhookUrl).origin;
    fake.calls.length = 0;
  });
  afterAll(async () => {
    await running.stop();
    await fake.close();
    await database.destroy();
  });

  const BAD_IDS = ["-1", "-2147483648", "9007199254740992", "18446744073709551615", "1e308", "1e400", "1.5", '"12"', "null", "true", "{}", "[]"];

  it(`refuses ${BAD_IDS.length} negative, huge and malformed update ids with 400, and a missing one`, async () => {
    for (const id of BAD_IDS) {
      const res = await post(`${updateHead(id)}}`);
      expect([id, res.status, await res.json()]).toEqual([id, 400, { ok: false, error: "invalid_update" }]);
    }
    const missing = await post(`{"message":{"text":"/ngonngu en"}}`);
    expect(missing.status).toBe(400);
    expect(await database.db.processedUpdate.count()).toBe(0);
    await stillServing();
  });

  it("takes the largest and the smallest safe update id, once each", async () => {
    for (const id of [Number.MAX_SAFE_INTEGER, 0]) {
      expect((await post(`${updateHead(id)}}`.replace("/ngonngu en", "/help"))).status).toBe(200);
      expect((await post(`${updateHead(id)}}`.replace("/ngonngu en", "/help"))).status).toBe(200);
    }
    expect(fake.sentMessages(LEADER)).toHaveLength(2);
    fake.calls.length = 0;
  });

  it("records a progress update once, whether the update comes three times in a row or five times at once", async () => {
    const task = await database.db.task.findFirstOrThrow({ where: { agency: { code: "SYT" }, status: "open" }, orderBy: { id: "asc" } });
    const rows = () => database.db.progressUpdate.count({ where: { taskId: task.id } });
    const before = await rows();
    const sequential = JSON.stringify({ update_id: 4_000_001, ...textUpdate(focal, `/capnhat ${task.code} đạt 30%`) });
    for (let i = 0; i < 3; i++) expect((await post(sequential)).status).toBe(200);
    const concurrent = JSON.stringify({ update_id: 4_000_002, ...textUpdate(focal, `/capnhat ${task.code} đạt 40%`) });
    const statuses = await Promise.all(Array.from({ length: 5 }, () => post(concurrent).then((r) => r.status)));
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect((await rows()) - before).toBe(2);
    expect(texts(FOCAL)).toEqual([
      translator.t("vi", "update-recorded-percent", { code: task.code, percent: 30 }),
      translator.t("vi", "update-recorded-percent", { code: task.code, percent: 40 }),
    ]);
    fake.calls.length = 0;
  });

  it("takes a body of exactly 1 MiB and refuses one byte more with 413, with or without a Content-Length", async () => {
    const fits = exactly(MiB, `{"update_id":4000100`);
    expect(Buffer.byteLength(fits)).toBe(MiB);
    expect((await post(fits)).status).toBe(200);
    const over = exactly(MiB + 1, `{"update_id":4000101`);
    const res = await post(over);
    expect([res.status, await res.json()]).toEqual([413, { ok: false, error: "payload_too_large", limit: MiB }]);
    const chunked = await fetch(webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json", [TELEGRAM_SECRET_HEADER]: SECRET },
      body: new Blob([over]).stream(),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
    await stillServing();
  });

  it("refuses 4 bodies nested deeper than 64 levels with 400 too_deep", async () => {
    for (const [name, body] of deepBodies(updateHead(4_000_200))) {
      const res = await post(body);
      expect([name, res.status, await res.json()]).toEqual([name, 400, { ok: false, error: "too_deep" }]);
    }
    await stillServing();
  });

  it(`refuses ${WRONG_SECRETS.length + 1} wrong or missing secrets with 401 before reading the body`, async () => {
    const body = `${updateHead(4_000_300)}}`;
    for (const [name, headers] of secretHeaders(TELEGRAM_SECRET_HEADER)) {
      const res = await post(body, headers);
      expect([name, res.status]).toEqual([name, 401]);
    }
    expect((await post(body, {}, "POST", `${webhookUrl}?secret_token=${SECRET}`)).status).toBe(401);
    // A refused delivery is not remembered: the same update with the secret is new.
    expect(await database.db.processedUpdate.count({ where: { updateId: { endsWith: ":4000300" } } })).toBe(0);
    await stillServing();
  });

  it("refuses 4 other methods with 405", async () => {
    for (const method of ["GET", "PUT", "DELETE", "PATCH"]) expect([method, (await post("{}", undefined, method)).status]).toEqual([method, 405]);
    await stillServing();
  });
});

describe.each(providers)("abuse of the Zalo webhook on %s", (provider) => {
  let database: TestDatabase;
  let fake: FakeZaloBotApi;
  let http: HttpServer;
  let adapter: ZaloAdapter;
  let publicUrl: string;
  const LEADER = "zl-abuse-leader";
  const FOCAL = "zl-abuse-focal";
  const url = () => `${publicUrl}/webhooks/zalo`;
  const post = (body: string, headers: Record<string, string> = { [ZALO_SECRET_HEADER]: SECRET }, method = "POST") =>
    fetch(url(), { method, headers: { "content-type": "application/json", ...headers }, ...(method === "GET" ? {} : { body }) });
  /** A text update with the given raw message_id (JSON). */
  const withId = (rawId: string, text = "/ngonngu en") => JSON.stringify(zaloTextUpdate({ text, from: LEADER, messageId: "@@ID@@" })).replace('"@@ID@@"', rawId);

  /** Messages to the leader already accounted for. */
  let seen = 0;
  const fresh = () => fake.sentMessages(LEADER).slice(seen);

  async function stillServing(): Promise<void> {
    expect(fresh()).toEqual([]);
    expect((await database.db.person.findUniqueOrThrow({ where: { handle: "leader" } })).language).toBe("vi");
    expect(await fake.push(zaloTextUpdate({ text: "/thongke Sở Y tế", from: LEADER }))).toMatchObject({ status: 200 });
    expect(fresh().map((m) => m.text)).toEqual([expect.stringContaining("Tổng số nhiệm vụ: 41")]);
    seen = fake.sentMessages(LEADER).length;
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await loadDemo(testDeps(database.db));
    for (const [handle, id] of [["leader", LEADER], ["focal-SYT", FOCAL]] as const) {
      const person = await database.db.person.findUniqueOrThrow({ where: { handle } });
      await database.db.chatIdentity.create({ data: { personId: person.id, platform: "zalo", externalUserId: id, chatId: id } });
    }
    fake = await startFakeZaloBotApi();
    const { logger } = keptLogger();
    http = createHttpServer({ host: "127.0.0.1", port: 0, logger });
    publicUrl = (await http.start()).url;
    const deps = testDeps(database.db);
    adapter = createZaloAdapter({
      db: database.db, logger, http, token: fake.token, apiRoot: fake.apiRoot, publicUrl, webhookSecret: SECRET, clock: deps.clock, translator,
      bot: createBot({ ...deps, logger, translator, defaultLanguage: "vi" }),
    });
    await adapter.start();
  });
  afterAll(async () => {
    await adapter.stop();
    await http.stop();
    await fake.close();
    await database.destroy();
  });

  const BAD_IDS = ["-1", "-5.5", "1e308", "9007199254740993", '""', '"   "', `"${"a".repeat(129)}"`, `"${"9".repeat(10_000)}"`, '"a b"', '"id\\u0000"', '"id\\u200b"', "null", "true", "{}", '["m1"]'];

  it(`refuses ${BAD_IDS.length} negative, huge, empty and malformed message ids with 400`, async () => {
    for (const id of BAD_IDS) {
      const res = await post(withId(id));
      expect([id.slice(0, 20), res.status, ((await res.json()) as { error: string }).error]).toEqual([id.slice(0, 20), 400, "invalid_update"]);
    }
    expect(await database.db.processedUpdate.count()).toBe(0);
    await stillServing();
  });

  it("takes a 128-character id and the largest safe number, once each", async () => {
    for (const id of [`"${"a".repeat(128)}"`, String(Number.MAX_SAFE_INTEGER)]) {
      expect((await post(withId(id, "/help"))).status).toBe(200);
      expect((await post(withId(id, "/help"))).status).toBe(200);
    }
    expect(fresh()).toHaveLength(2);
    seen = fake.sentMessages(LEADER).length;
  });

  it("records a progress update once, whether the event comes three times in a row or five times at once", async () => {
    const task = await database.db.task.findFirstOrThrow({ where: { agency: { code: "SYT" }, status: "open" }, orderBy: { id: "asc" } });
    const rows = () => database.db.progressUpdate.count({ where: { taskId: task.id } });
    const before = await rows();
    const sequential = JSON.stringify(zaloTextUpdate({ text: `/capnhat ${task.code} đạt 30%`, from: FOCAL, messageId: newMessageId() }));
    for (let i = 0; i < 3; i++) expect((await post(sequential)).status).toBe(200);
    const concurrent = JSON.stringify(zaloTextUpdate({ text: `/capnhat ${task.code} đạt 40%`, from: FOCAL, messageId: newMessageId() }));
    expect(await Promise.all(Array.from({ length: 5 }, () => post(concurrent).then((r) => r.status)))).toEqual([200, 200, 200, 200, 200]);
    expect((await rows()) - before).toBe(2);
    expect(fake.sentMessages(FOCAL).map((m) => m.text)).toEqual([
      translator.t("vi", "update-recorded-percent", { code: task.code, percent: 30 }),
      translator.t("vi", "update-recorded-percent", { code: task.code, percent: 40 }),
    ]);
  });

  it("takes a body of exactly 256 KiB and refuses one byte more with 413", async () => {
    const head = JSON.stringify({ event_name: "message.reaction.received", message: { message_id: "r1" } }).slice(0, -1);
    expect((await post(exactly(256 * 1024, head))).status).toBe(200);
    const over = await post(exactly(256 * 1024 + 1, head));
    expect([over.status, ((await over.json()) as { error: string }).error]).toEqual([413, "payload_too_large"]);
    await stillServing();
  });

  it("refuses 4 bodies nested deeper than 64 levels with 400 too_deep", async () => {
    for (const [name, body] of deepBodies(withId('"deep-1"').slice(0, -1))) {
      const res = await post(body);
      expect([name, res.status, ((await res.json()) as { error: string }).error]).toEqual([name, 400, "too_deep"]);
    }
    await stillServing();
  });

  it(`refuses ${WRONG_SECRETS.length} wrong or missing secrets with 401, and other methods with 405`, async () => {
    for (const [name, headers] of secretHeaders(ZALO_SECRET_HEADER)) {
      expect([name, (await post(withId('"secret-1"'), headers)).status]).toEqual([name, 401]);
    }
    for (const method of ["GET", "PUT", "DELETE"]) expect([method, (await post("{}", undefined, method)).status]).toEqual([method, 405]);
    await stillServing();
  });
});

describe.each(providers)("abuse of the Slack webhook on %s", (provider) => {
  let database: TestDatabase;
  let h: SlackHarness;
  const LEADER = slackUserOf("leader");
  const DM = dmChannelOf(LEADER);
  const event = (text: string, extra: Record<string, unknown> = {}) => ({ type: "message", channel_type: "im", channel: DM, user: LEADER, text, ts: newTs(), ...extra });

  /** Messages in the leader's DM already accounted for. */
  let seen = 0;
  const fresh = () => h.fake.messages(DM).slice(seen);

  async function stillServing(): Promise<void> {
    await h.adapter.idle();
    expect(fresh()).toEqual([]);
    const { response } = await h.fake.sendEvent(event("/thongke Sở Y tế"));
    expect(response.status).toBe(200);
    await h.adapter.idle();
    expect(fresh().map((m) => m.text)).toEqual([expect.stringContaining("Tổng số nhiệm vụ: 41")]);
    seen = h.fake.messages(DM).length;
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await loadDemo(testDeps(database.db));
    h = await startSlackHarness(database.db, { fake: { rate: null } });
    await linkDemoPeople(database.db, h.fake.teamId);
  });
  afterAll(async () => {
    await h.close();
    await database.destroy();
  });

  it("handles an event repeated with the same event id, and Slack's retries of it, once", async () => {
    const eventId = newEventId();
    const same = event("/help");
    const first = await h.fake.sendEvent(same, { eventId });
    const again = await h.fake.sendEvent(same, { eventId });
    const retries = await Promise.all([1, 2, 3].map((retryNum) => h.fake.sendEvent(same, { eventId, retryNum })));
    expect([first, again, ...retries].map((r) => r.response.status)).toEqual([200, 200, 200, 200, 200]);
    await h.adapter.idle();
    expect(fresh()).toHaveLength(1);
    seen = h.fake.messages(DM).length;
  });

  const ODD_IDS: [string, unknown][] = [
    ["a 10,000-character event id", `Ev${"A".repeat(10_000)}`],
    ["a negative number", -1],
    ["a huge number", 1e308],
    ["an object", { id: "Ev1" }],
    ["an empty string", ""],
  ];

  it(`handles ${ODD_IDS.length} events with unusable event ids once each, keyed by their message, and stores no long key`, async () => {
    for (const [name, eventId] of ODD_IDS) {
      const same = event("/help");
      const body = (id: unknown) =>
        JSON.stringify({ team_id: h.fake.teamId, api_app_id: "A0NHACVIEC", event: { team: h.fake.teamId, event_ts: same.ts, ...same }, type: "event_callback", event_id: id, event_time: 1 });
      expect([name, (await h.fake.signedPost(body(eventId), "application/json")).status]).toEqual([name, 200]);
      expect([name, (await h.fake.signedPost(body(eventId), "application/json")).status]).toEqual([name, 200]);
      await h.adapter.idle();
    }
    expect(fresh()).toHaveLength(ODD_IDS.length);
    seen = h.fake.messages(DM).length;
    const keys = await database.db.processedUpdate.findMany({ where: { platform: "slack" }, select: { updateId: true } });
    for (const { updateId } of keys) expect(updateId.length).toBeLessThanOrEqual(255);
  });

  it("ignores, without a reply, signed events whose user, channel or ts is a 10,000-character string", async () => {
    for (const field of ["user", "channel", "ts"]) {
      const { response } = await h.fake.sendEvent(event("/help", { [field]: "U".repeat(10_000) }));
      expect([field, response.status]).toEqual([field, 200]);
    }
    await stillServing();
  });

  it("refuses a signed body over 1 MiB with 413, and one nested 100,000 levels deep with 404, handling nothing", async () => {
    const big = await h.fake.signedPost(exactly(MiB + 1, `{"type":"event_callback","event_id":"${newEventId()}"`), "application/json");
    expect(big.status).toBe(413);
    const deep = await h.fake.signedPost(`${"[".repeat(100_000)}${"]".repeat(100_000)}`, "application/json");
    expect(deep.status).toBe(404);
    const deepInside = await h.fake.signedPost(`{"type":"event_callback","event_id":"${newEventId()}","event":{"type":"message","x":${"[".repeat(100_000)}${"]".repeat(100_000)}}}`, "application/json");
    expect(deepInside.status).toBe(200);
    await stillServing();
  });

  it("refuses 6 unsigned, wrongly signed or replayed requests with 401", async () => {
    const body = JSON.stringify({ team_id: h.fake.teamId, event: { team: h.fake.teamId, ...event("/ngonngu en") }, type: "event_callback", event_id: newEventId() });
    const now = Math.floor(Date.now() / 1000);
    const attempts = [
      await h.fake.signedPost(body, "application/json", { signature: null }),
      await h.fake.signedPost(body, "application/json", { secret: "not-the-signing-secret" }),
      await h.fake.signedPost(body, "application/json", { signature: `v0=${"f".repeat(64)}` }),
      await h.fake.signedPost(body, "application/json", { timestamp: now - 10 * 60 }),
      await h.fake.signedPost(body, "application/json", { timestamp: now, signature: slackSignature(h.fake.signingSecret, now - 1, body) }),
      await h.fake.signedPost(body, "application/json", { timestamp: now, signature: slackSignature(h.fake.signingSecret, now, `${body} `) }),
    ];
    expect(attempts.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 401]);
    expect((await database.db.person.findUniqueOrThrow({ where: { handle: "leader" } })).language).toBe("vi");
    await stillServing();
  });
});
