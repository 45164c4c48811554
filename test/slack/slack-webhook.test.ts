import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { newEventId, newTs, slackSignature, startFakeSlack, type FakeSlack } from "../fakes/slack-web-api.js";
import { createSlackAdapter } from "../../src/adapters/slack/slack-adapter.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createHttpServer } from "../../src/http/server.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createLogger } from "../../src/logger.js";
import { linkDemoPeople, slackUserOf, startSlackHarness, type SlackHarness } from "../scenarios/slack-driver.js";
import messageFixture from "../fixtures/slack/message-im.json" with { type: "json" };
import challengeFixture from "../fixtures/slack/url-verification.json" with { type: "json" };

const LEADER = slackUserOf("leader");
const LEADER_DM = `D${LEADER.slice(1)}`;

/** The fixture's DM event as the leader, with a fresh ts and event id. */
function leaderMessage(fake: FakeSlack, text: string): string {
  const ts = newTs();
  return JSON.stringify({
    ...messageFixture,
    team_id: fake.teamId,
    event_id: newEventId(),
    event: { ...messageFixture.event, team: fake.teamId, user: LEADER, channel: LEADER_DM, text, ts, event_ts: ts },
  });
}

describe.each(providers)("the Slack webhook on %s", (provider) => {
  let database: TestDatabase;
  let h: SlackHarness;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await loadDemo(testDeps(database.db));
  });
  afterAll(() => database.destroy());
  beforeEach(async () => {
    h = await startSlackHarness(database.db);
    if ((await database.db.chatIdentity.count({ where: { platform: "slack" } })) === 0) await linkDemoPeople(database.db, h.fake.teamId);
  });
  afterEach(async () => {
    await h.close();
    const written = h.logs.join("");
    expect(written).not.toContain(h.fake.botToken);
    expect(written).not.toContain(h.fake.signingSecret);
  });

  it("learns the bot's ids with one auth.test and handles a correctly signed event", async () => {
    expect(h.fake.calls.filter((c) => c.method === "auth.test")).toHaveLength(1);
    const response = await h.fake.signedPost(leaderMessage(h.fake, "/thongke Sở Y tế"), "application/json");
    expect(response.status).toBe(200);
    await h.adapter.idle();
    const [reply] = h.fake.messages(LEADER_DM);
    expect(reply?.text).toMatch(/Sở Y tế/);
  });

  it.each([
    ["a signature made with another secret", { secret: "not-the-signing-secret" }],
    ["a tampered signature", { signature: `v0=${"0".repeat(64)}` }],
    ["no signature", { signature: null }],
    ["a signature of another version", { signature: "v1=abc" }],
  ])("answers 401 to %s and handles nothing", async (_name, options) => {
    const response = await h.fake.signedPost(leaderMessage(h.fake, "/thongke"), "application/json", options);
    expect(response.status).toBe(401);
    await h.adapter.idle();
    expect(h.fake.messages()).toHaveLength(0);
  });

  it("answers 401 to a correctly signed request older than five minutes (a replay)", async () => {
    const body = leaderMessage(h.fake, "/thongke");
    const stale = await h.fake.signedPost(body, "application/json", { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(stale.status).toBe(401);
    const almost = await h.fake.signedPost(body, "application/json", { timestamp: Math.floor(Date.now() / 1000) - 4 * 60 });
    expect(almost.status).toBe(200);
    await h.adapter.idle();
    expect(h.fake.messages(LEADER_DM)).toHaveLength(1);
  });

  it("answers 401 when the body was changed after signing", async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = slackSignature(h.fake.signingSecret, timestamp, leaderMessage(h.fake, "/thongke"));
    const response = await h.fake.signedPost(leaderMessage(h.fake, "/quahan"), "application/json", { timestamp, signature });
    expect(response.status).toBe(401);
  });

  it("answers Slack's url_verification challenge, when signed", async () => {
    const body = JSON.stringify(challengeFixture);
    const response = await h.fake.signedPost(body, "application/json");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: challengeFixture.challenge });
    expect((await h.fake.signedPost(body, "application/json", { secret: "wrong" })).status).toBe(401);
  });

  it("answers 405 to other methods and 404 below the path, without reaching Bolt", async () => {
    const get = await fetch(`${h.url}/webhooks/slack`);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect((await fetch(`${h.url}/webhooks/slack/extra`, { method: "POST", body: "{}" })).status).toBe(404);
  });

  it("answers 400 to a signed body that is not JSON", async () => {
    const response = await h.fake.signedPost("{not json", "application/json");
    expect(response.status).toBe(400);
  });

  it("answers 503 once stopped, so that Slack delivers the event again later", async () => {
    await h.adapter.stop();
    const response = await h.fake.signedPost(leaderMessage(h.fake, "/thongke"), "application/json");
    expect(response.status).toBe(503);
    expect(h.fake.messages()).toHaveLength(0);
  });

  it("keeps the token and the signing secret out of the logs, even at trace level", async () => {
    await h.fake.signedPost(leaderMessage(h.fake, "/help"), "application/json");
    await h.fake.signedPost(leaderMessage(h.fake, "/help"), "application/json", { secret: "wrong" });
    await h.adapter.idle();
    expect(h.logs.length).toBeGreaterThan(0);
    expect(h.logs.join("")).toMatch(/chat\.postMessage/);
  });

  it("refuses to start with a token Slack rejects, naming the variable and not the token", async () => {
    const fake = await startFakeSlack();
    const http = createHttpServer({ host: "127.0.0.1", port: 0, logger: createLogger({ logLevel: "silent", logFormat: "json" }) });
    const deps = testDeps(database.db);
    const translator = createTranslator();
    const options = { db: database.db, logger: deps.logger, http, signingSecret: fake.signingSecret, apiUrl: fake.apiUrl, clock: deps.clock, translator, retryConfig: { retries: 0 } };
    const bot = createBot({ ...deps, translator, defaultLanguage: "vi" });
    try {
      expect(() => createSlackAdapter({ ...options, bot, botToken: fake.botToken, signingSecret: undefined })).toThrow(/SLACK_SIGNING_SECRET is required/);
      const wrong = createSlackAdapter({ ...options, bot, botToken: "xoxb-not-the-right-token" });
      const err = await wrong.start().then(() => null, (e: unknown) => e as Error);
      expect(err?.message).toMatch(/SLACK_BOT_TOKEN.*invalid_auth/);
      expect(err?.message).not.toContain("xoxb-not-the-right-token");
      await wrong.stop();
      const given = createSlackAdapter({ ...options, bot, botToken: fake.botToken, botUserId: fake.bot.userId, botId: fake.bot.botId });
      await given.start();
      expect(fake.requests.filter((r) => r.method === "auth.test")).toHaveLength(1);
      await given.stop();
    } finally {
      await fake.close();
    }
  });
});
