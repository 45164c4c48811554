/**
 * Secrets never reach the logs, the replies or the outbox. The bot is
 * started as src/main.ts starts it (config from the environment with
 * LOG_LEVEL=debug, the logger of src/logger.ts writing JSON into a captured
 * stream, openApp, the shared HTTP server with the API and the download
 * links, the chat adapters of src/chat-adapters.ts, the outbox dispatcher)
 * against the local fakes of Telegram, Slack and Zalo. A scenario then
 * registers people with invite codes on each platform, creates an API key
 * and calls the API, sends webhooks with wrong secrets, and makes every
 * platform fail: errors quoting the request URL (which holds the Telegram
 * and Zalo tokens), echoing the Authorization header, cutting the
 * connection, and a start-up against a refusing server. Every secret string
 * is then looked for in every log line, every message sent to a user, every
 * API answer and every outbox and audit row.
 */
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { hostname } from "node:os";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { configSecrets, createLogger, secretScrubber } from "../../src/logger.js";
import { createChatAdapters, type StartableAdapter } from "../../src/chat-adapters.js";
import { createHttpServer, type HttpServer } from "../../src/http/server.js";
import { createApiListener } from "../../src/api/listener.js";
import { createFileLinks, FILE_LINKS_PATH } from "../../src/http/file-links.js";
import { createDispatcher } from "../../src/outbox/dispatcher.js";
import { enqueueMessage } from "../../src/outbox/enqueue.js";
import type { ChatSender } from "../../src/outbox/sender.js";
import type { Platform } from "../../src/core/conversation/types.js";
import { createInvite } from "../../src/core/registration/invites.js";
import { createApiKey } from "../../src/core/api-keys/api-keys.js";
import { normalizeInviteCode } from "../../src/core/registration/invite-code.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { TELEGRAM_SECRET_HEADER } from "../../src/adapters/telegram/telegram-webhook.js";
import { ZALO_SECRET_HEADER } from "../../src/adapters/zalo/zalo-webhook.js";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { startObservedFake, type ObservedFakeTelegram } from "../fakes/telegram/observed-fake.js";
import { linkTelegram } from "../fakes/telegram/adapter-harness.js";
import { telegramUser, textUpdate } from "../fakes/telegram/user-updates.js";
import { ZaloClient } from "../../src/adapters/zalo/zalo-client.js";
import { startFakeZaloBotApi, zaloTextUpdate, type FakeZaloBotApi } from "../fakes/zalo-bot-api.js";
import { dmChannelOf, newTs, startFakeSlack, type FakeSlack } from "../fakes/slack-web-api.js";

const TELEGRAM_WEBHOOK_SECRET = "tg_Webhook-Secret-7d1c0e9a44b2";
const ZALO_WEBHOOK_SECRET = "zalo-webhook-secret-3f8b1a77c2";

type GatewayMode = "pass" | "echo-401" | "html-500" | "reset";

/**
 * What sits between the bot and the fake Telegram: it forwards every call,
 * or fails the calls of the named methods the way a misbehaving server or
 * proxy does, quoting the request URL (and so the bot token) in its answer.
 */
interface Gateway {
  url: string;
  fail(mode: GatewayMode, methods?: string[]): void;
  close(): Promise<void>;
}

async function startGateway(target: string): Promise<Gateway> {
  let mode: GatewayMode = "pass";
  let methods = new Set<string>();
  const server: Server = createServer((req, res) => {
    const method = (req.url ?? "").split("?")[0]!.split("/").pop() ?? "";
    if (mode !== "pass" && methods.has(method)) {
      if (mode === "reset") return void req.socket.destroy();
      req.resume();
      if (mode === "echo-401") {
        res.writeHead(401, { "content-type": "application/json" });
        return void res.end(JSON.stringify({ ok: false, error_code: 401, description: `Unauthorized: ${req.url}` }));
      }
      res.writeHead(500, { "content-type": "text/html" });
      return void res.end(`<html><body><h1>500</h1><p>upstream failed for ${req.url}</p></body></html>`);
    }
    const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    fail(next, names = ["sendMessage"]) {
      mode = next;
      methods = new Set(names);
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

describe.each(providers)("secrets in logs, replies and the outbox, on %s", (provider) => {
  let database: TestDatabase;
  let telegram: ObservedFakeTelegram;
  let gateway: Gateway;
  let slack: FakeSlack;
  let zalo: FakeZaloBotApi;
  let http: HttpServer;
  let app: App;
  let adapters: StartableAdapter[];
  let env: NodeJS.ProcessEnv;
  const logs: string[] = [];
  const apiAnswers: string[] = [];
  /** Every secret of the run; invite codes and the API key are added as they are made. */
  const secrets: string[] = [];

  const SLACK_USER = "U0SECRETS1";
  const SLACK_DM = dmChannelOf(SLACK_USER);
  const ZALO_USER = "zl-secrets-0001";
  const TG_LEADER = 840001;
  const TG_NEW = 840002;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    telegram = await startObservedFake({ limits: false });
    gateway = await startGateway(telegram.apiRoot);
    slack = await startFakeSlack({ rate: null });
    zalo = await startFakeZaloBotApi();
    const capture = new Writable({ write: (chunk, _enc, done) => (logs.push(String(chunk)), done()) });

    // As src/main.ts: the HTTP server first (here on a free port, which is then PUBLIC_URL).
    http = createHttpServer({ host: "127.0.0.1", port: 0, logger: createLogger({ logLevel: "silent", logFormat: "json" }) });
    const publicUrl = (await http.start()).url;
    env = {
      DATABASE_URL: database.target.url,
      LOG_LEVEL: "debug",
      LOG_FORMAT: "json",
      PUBLIC_URL: publicUrl,
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: gateway.url,
      TELEGRAM_WEBHOOK_SECRET,
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_SIGNING_SECRET: slack.signingSecret,
      SLACK_API_URL: slack.apiUrl,
      ZALO_BOT_TOKEN: zalo.token,
      ZALO_API_ROOT: zalo.apiRoot,
      ZALO_WEBHOOK_SECRET,
    };
    const config = loadConfig(env);
    secrets.push(...configSecrets(config.env));
    expect(secrets).toHaveLength(6);
    const logger = createLogger(config, capture);
    app = await openApp({ config, logger });
    await loadDemo(app.deps);
    http.mount("/api/v1", createApiListener(app.deps, { translator: app.translator }));
    const fileLinks = createFileLinks({ db: app.deps.db, clock: app.deps.clock, publicUrl });
    http.mount(FILE_LINKS_PATH, fileLinks.listener);
    const senders = new Map<Platform, ChatSender>();
    adapters = createChatAdapters(app, http, senders, fileLinks);
    for (const adapter of adapters) await adapter.start();
    slack.setWebhook(`${publicUrl}/webhooks/slack`);
    await linkTelegram(app.deps.db, telegram, "leader", TG_LEADER);

    const sy = await app.deps.db.agency.findUniqueOrThrow({ where: { code: "SYT" } });
    const invite = async () => {
      const { code } = await createInvite(app.deps, { role: "focal", agencyId: sy.id, expiresInMs: 86_400_000, createdBy: "cli" });
      secrets.push(code, normalizeInviteCode(code));
      return code;
    };
    const settle = () => new Promise((r) => setTimeout(r, 300));

    // Registration with an invite code on each platform.
    telegram.addChat(TG_NEW);
    await telegram.deliver(textUpdate(telegramUser(TG_NEW, "Lan"), `/dangky ${await invite()}`));
    await zalo.push(zaloTextUpdate({ text: `/dangky ${await invite()}`, from: ZALO_USER, name: "Minh" }));
    await slack.sendEvent({ type: "message", channel_type: "im", channel: SLACK_DM, user: SLACK_USER, text: `/dangky ${await invite()}`, ts: newTs() });
    await settle();

    // An API key, used, and sent where it does not belong.
    const { key } = await createApiKey(app.deps, { name: "QLVB", scope: "write", actorLabel: "cli" });
    secrets.push(key, key.slice("nv_00000000_".length));
    const api = async (path: string, init: RequestInit = {}) => {
      const res = await fetch(`${publicUrl}/api/v1${path}`, init);
      apiAnswers.push(`${res.status} ${[...res.headers].join(";")} ${await res.text()}`);
    };
    const auth = { authorization: `Bearer ${key}` };
    await api("/stats", { headers: auth });
    await api(`/stats?api_key=${key}`, { headers: auth });
    await api("/tasks/overdue", { headers: { authorization: `Bearer ${key.slice(0, -1)}x` } });
    await api("/tasks/NV-S1", { method: "PUT", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ title: key, agency: "Không có", assignedAt: "xx" }) });
    await api("/tasks/NV-S1", { method: "PUT", headers: { ...auth, "content-type": "application/json" }, body: `{"title": "${key}",` });
    await api(`/tasks/${key}/progress`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ text: "x", externalId: key }) });

    // Webhooks with wrong secrets: absent, wrong, another platform's, and the API key.
    const hook = (path: string, headers: Record<string, string>) =>
      fetch(`${publicUrl}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: "{}" }).then((r) => r.arrayBuffer());
    const telegramHeaders: Record<string, string>[] = [{}, { [TELEGRAM_SECRET_HEADER]: "wrong-secret-0000" }, { [TELEGRAM_SECRET_HEADER]: ZALO_WEBHOOK_SECRET }, { [TELEGRAM_SECRET_HEADER]: key }];
    for (const headers of telegramHeaders) {
      await hook("/webhooks/telegram", headers);
    }
    const zaloHeaders: Record<string, string>[] = [{}, { [ZALO_SECRET_HEADER]: TELEGRAM_WEBHOOK_SECRET }, { [ZALO_SECRET_HEADER]: telegram.token }];
    for (const headers of zaloHeaders) await hook("/webhooks/zalo", headers);
    await slack.sendEvent({ type: "message", channel_type: "im", channel: SLACK_DM, user: SLACK_USER, text: "/help", ts: newTs() }, { secret: telegram.token });
    await slack.sendEvent({ type: "message", channel_type: "im", channel: SLACK_DM, user: SLACK_USER, text: "/help", ts: newTs() }, { signature: null });

    // Platform errors on replies: quoting the URL with the token, an HTML 500 page, a cut connection.
    for (const mode of ["echo-401", "html-500", "reset"] as const) {
      gateway.fail(mode);
      await telegram.deliver(textUpdate(telegramUser(TG_LEADER, "Leader"), "/help"));
    }
    gateway.fail("pass");
    zalo.failNext("sendMessage", { type: "api", errorCode: 401, description: `Unauthorized: /bot${zalo.token}/sendMessage` });
    await zalo.push(zaloTextUpdate({ text: "/help", from: ZALO_USER }));
    zalo.failNext("sendMessage", { type: "http", status: 502, body: `<p>Bad gateway: ${zalo.apiRoot}/bot${zalo.token}/sendMessage</p>` });
    await zalo.push(zaloTextUpdate({ text: "/help", from: ZALO_USER }));
    zalo.failNext("sendMessage", { type: "drop" });
    await zalo.push(zaloTextUpdate({ text: "/help", from: ZALO_USER }));
    slack.failNext("chat.postMessage", { type: "http", status: 500, body: `echo: Authorization: Bearer ${slack.botToken}` });
    await slack.sendEvent({ type: "message", channel_type: "im", channel: SLACK_DM, user: SLACK_USER, text: "/help", ts: newTs() });
    await settle();
    slack.failNext("chat.postMessage", { type: "drop" });
    await slack.sendEvent({ type: "message", channel_type: "im", channel: SLACK_DM, user: SLACK_USER, text: "/help", ts: newTs() });
    await settle();

    // The outbox: one message per failure mode, each sent by the dispatcher once.
    const leader = await app.deps.db.person.findUniqueOrThrow({ where: { handle: "leader" } });
    const dispatcher = createDispatcher({ db: app.deps.db, clock: app.deps.clock, logger, senders, instanceId: `${hostname()}-test`, maxAttempts: 3 });
    for (const mode of ["echo-401", "html-500", "reset"] as const) {
      const now = app.deps.clock();
      await enqueueMessage(app.deps.db, { dedupeKey: `test:secrets:${mode}`, personId: leader.id, kind: "digest", message: { text: `Nhắc việc (${mode})` }, notBefore: now, now });
      gateway.fail(mode);
      await dispatcher.runOnce();
    }
    gateway.fail("pass");
    await dispatcher.stop();

    // A start against a server that refuses getMe with a description quoting the URL, logged as src/main.ts logs it.
    gateway.fail("echo-401", ["getMe"]);
    const failing = createChatAdapters({ ...app, config: { ...app.config, env: { ...app.config.env, SLACK_BOT_TOKEN: undefined, ZALO_BOT_TOKEN: undefined } } }, createHttpServer({ host: "127.0.0.1", port: 0, logger }), new Map(), undefined);
    const err = await failing[0]!.start().then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    logger.fatal({ err }, "start-up failed");
    gateway.fail("reset", ["getMe"]);
    const cut = createChatAdapters({ ...app, config: { ...app.config, env: { ...app.config.env, SLACK_BOT_TOKEN: undefined, ZALO_BOT_TOKEN: undefined } } }, createHttpServer({ host: "127.0.0.1", port: 0, logger }), new Map(), undefined);
    logger.fatal({ err: await cut[0]!.start().then(() => null, (e: unknown) => e) }, "start-up failed");
    gateway.fail("pass");
  }, 120_000);

  afterAll(async () => {
    for (const adapter of adapters ?? []) await adapter.stop();
    await http?.stop();
    await app?.close();
    await gateway?.close();
    await telegram?.close();
    await slack?.close();
    await zalo?.close();
    await database?.destroy();
  });

  /** The secrets found in `text`, by index into `secrets`. */
  const found = (text: string) => secrets.flatMap((s, i) => (text.includes(s) ? [`secret #${i} (${s.slice(0, 4)}…)`] : []));

  it("ran the scenario: people registered on three platforms, the API answered, and the failures were logged", async () => {
    const identities = await app.deps.db.chatIdentity.findMany({ where: { externalUserId: { in: [String(TG_NEW), ZALO_USER, `${slack.teamId}:${SLACK_USER}`] } } });
    expect(identities.map((i) => i.platform).sort()).toEqual(["slack", "telegram", "zalo"]);
    expect(apiAnswers.map((a) => Number(a.slice(0, 3)))).toEqual([200, 400, 401, 422, 400, 404]);
    const text = logs.join("");
    expect(secrets.length).toBe(6 + 3 * 2 + 2);
    for (const fragment of ["missing or wrong secret token", "could not deliver a reply", "outbox: send failed", "start-up failed", "api request", "\"level\":20"]) {
      expect(text, fragment).toContain(fragment);
    }
    const outbox = await app.deps.db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: "test:secrets:" } } });
    expect(outbox.map((o) => o.lastError)).toEqual([expect.any(String), expect.any(String), expect.any(String)]);
  });

  it("writes no token, signing secret, webhook secret, invite code or API key into any log line", () => {
    expect(logs.length).toBeGreaterThan(20);
    const leaks = logs.flatMap((line, n) => found(line).map((what) => `line ${n}: ${what}`));
    expect(leaks).toEqual([]);
  });

  it("puts none of them into a message to a user, an API answer, or an outbox or audit row", async () => {
    const toUsers = [
      // setWebhook carries the webhook secret to Telegram, as it must; what users see is sent or edited.
      ...telegram.calls.filter((c) => /^(send|edit)/.test(c.method)).map((c) => JSON.stringify(c.params)),
      ...zalo.sentMessages().map((m) => m.text),
      ...slack.messages().map((m) => JSON.stringify(m)),
    ];
    expect(toUsers.length).toBeGreaterThanOrEqual(3);
    expect(toUsers.flatMap(found)).toEqual([]);
    expect(apiAnswers.flatMap(found)).toEqual([]);
    const rows = [...(await app.deps.db.outboxMessage.findMany()), ...(await app.deps.db.auditLog.findMany()), ...(await app.deps.db.inviteCode.findMany()), ...(await app.deps.db.apiKey.findMany())];
    expect(found(JSON.stringify(rows))).toEqual([]);
  });

  it("keeps the token out of the errors of the Zalo client, even when the API's description quotes it", async () => {
    const client = new ZaloClient({ token: zalo.token, apiRoot: zalo.apiRoot });
    zalo.failNext("sendMessage", { type: "api", errorCode: 401, description: `Unauthorized: /bot${zalo.token}/sendMessage` });
    const err = await client.sendMessage({ chatId: ZALO_USER, text: "x" }).then(() => null, (e: unknown) => e as Error);
    expect(err?.message).toContain("Unauthorized: /bot<token>/sendMessage");
    expect(JSON.stringify(err, Object.getOwnPropertyNames(err))).not.toContain(zalo.token);
  });

  it("scrubs the configured secrets, as written and as JSON escapes them, and runtime keys and URL tokens", () => {
    const scrub = secretScrubber(['we"ird\\secret-value', "short"]);
    expect(scrub(JSON.stringify({ msg: 'we"ird\\secret-value' }))).toBe('{"msg":"[redacted]"}');
    expect(scrub("short stays")).toBe("short stays");
    expect(scrub("GET /bot123456:AAH-abcdefghijklmnopqrstuvwxyz/sendMessage")).toBe("GET /bot[redacted]/sendMessage");
    expect(scrub(`key nv_0a1b2c3d_${"A".repeat(43)} used`)).toBe("key nv_0a1b2c3d_[redacted] used");
    expect(scrub("Bearer xoxb-1234567890-abcdef")).toBe("Bearer [redacted]");
    expect(configSecrets(loadConfig({ ...env, SLACK_APP_TOKEN: "xapp-1-A0-123-abc" }).env)).toContain("xapp-1-A0-123-abc");
  });
});
