import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ZaloClient } from "../../src/adapters/zalo/zalo-client.js";
import { ZaloApiError, ZaloHttpError } from "../../src/adapters/zalo/zalo-errors.js";
import { QUOTA_EXCEEDED, startFakeZaloBotApi, zaloTextUpdate, type FakeZaloBotApi } from "../fakes/zalo-bot-api.js";

let fake: FakeZaloBotApi;
let client: ZaloClient;

beforeEach(async () => {
  fake = await startFakeZaloBotApi();
  client = new ZaloClient({ token: fake.token, apiRoot: fake.apiRoot });
});
afterEach(() => fake.close());

/** A port where nothing listens: bound, then released. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error("expected a rejection");
}

function expectNoToken(err: Error) {
  const seen = [err.message, String(err.stack), String((err.cause as Error | undefined)?.message), String((err.cause as Error | undefined)?.stack)];
  for (const text of seen) expect(text).not.toContain(fake.token);
}

describe("the Zalo client against a local Zalo Bot API", () => {
  it("reads the bot with getMe", async () => {
    const me = await client.getMe();
    expect(me).toMatchObject({ id: fake.bot.id, account_name: "Bot Nhắc việc" });
    expect(fake.calls.map((c) => c.method)).toEqual(["getMe"]);
  });

  it("gets one update per getUpdates call, passing timeout as a string", async () => {
    const first = zaloTextUpdate({ text: "một", from: "u1" });
    const second = zaloTextUpdate({ text: "hai", from: "u1" });
    await fake.push(first);
    await fake.push(second);
    expect(await client.getUpdates({ timeoutSeconds: 5 })).toEqual(first);
    expect(await client.getUpdates({ timeoutSeconds: 5 })).toEqual(second);
    expect(fake.requests.filter((r) => r.method === "getUpdates").map((r) => r.body)).toEqual([{ timeout: "5" }, { timeout: "5" }]);
  });

  it("waits in a long poll until an update arrives", async () => {
    const pending = client.getUpdates({ timeoutSeconds: 10 });
    await fake.waitFor(() => fake.requests.some((r) => r.method === "getUpdates"), "the long poll");
    const update = zaloTextUpdate({ text: "đến rồi", from: "u2" });
    await fake.push(update);
    expect(await pending).toEqual(update);
  });

  it("resolves null when a long poll ends with nothing", async () => {
    expect(await client.getUpdates({ timeoutSeconds: 1 })).toBeNull();
  });

  it("sets, reads and deletes the webhook; getUpdates is refused while it is set", async () => {
    const set = await client.setWebhook({ url: "https://bot.example.gov.vn/webhooks/zalo", secretToken: "secret-token-1" });
    expect(set.url).toBe("https://bot.example.gov.vn/webhooks/zalo");
    expect((await client.getWebhookInfo()).url).toBe("https://bot.example.gov.vn/webhooks/zalo");
    const refused = await rejection(client.getUpdates({ timeoutSeconds: 1 }));
    expect(refused).toBeInstanceOf(ZaloApiError);
    expect((refused as ZaloApiError).errorCode).toBe(409);
    expect((await client.deleteWebhook()).url).toBe("");
    expect((await client.getWebhookInfo()).url).toBe("");
  });

  it("sends a message, a photo and a chat action", async () => {
    const sent = await client.sendMessage({ chatId: "c1", text: "Xin chào" });
    expect(sent.message_id).toMatch(/^[0-9a-f]+$/);
    await client.sendPhoto({ chatId: "c1", photo: "https://example.org/chart.png", caption: "Biểu đồ" });
    await client.sendChatAction({ chatId: "c1" });
    expect(fake.calls.map((c) => c.method)).toEqual(["sendMessage", "sendPhoto", "sendChatAction"]);
    expect(fake.calls[1]!.body).toEqual({ chat_id: "c1", photo: "https://example.org/chart.png", caption: "Biểu đồ" });
    expect(fake.calls[2]!.body).toEqual({ chat_id: "c1", action: "typing" });
  });

  it("throws ZaloApiError when the API refuses, without the token", async () => {
    const tooLong = await rejection(client.sendMessage({ chatId: "c1", text: "x".repeat(2001) }));
    expect(tooLong).toBeInstanceOf(ZaloApiError);
    expect(tooLong).toMatchObject({ method: "sendMessage", errorCode: 400, status: 400 });
    expectNoToken(tooLong);

    const wrongToken = await rejection(new ZaloClient({ token: "999:wrong", apiRoot: fake.apiRoot }).getMe());
    expect(wrongToken).toMatchObject({ name: "ZaloApiError", errorCode: 401 });
    expect(wrongToken.message).not.toContain("999:wrong");
  });

  it("reports a quota error (429) with its Retry-After", async () => {
    fake.failNext("sendMessage", { ...QUOTA_EXCEEDED, retryAfterSeconds: 7 } as typeof QUOTA_EXCEEDED);
    const err = await rejection(client.sendMessage({ chatId: "c1", text: "hi" }));
    expect(err).toBeInstanceOf(ZaloApiError);
    expect(err).toMatchObject({ errorCode: 429, retryAfterMs: 7000 });
  });

  it("reads ok:false in a 200 answer as a refusal", async () => {
    fake.failNext("getMe", { type: "api", errorCode: -201, description: "Invalid parameters", status: 200 });
    const err = await rejection(client.getMe());
    expect(err).toBeInstanceOf(ZaloApiError);
    expect(err).toMatchObject({ errorCode: -201, status: 200 });
  });

  it("throws ZaloHttpError for a 5xx, a body that is not JSON, a cut connection", async () => {
    fake.failNext("getMe", { type: "http", status: 502, body: "<html>Bad Gateway</html>" });
    expect(await rejection(client.getMe())).toMatchObject({ name: "ZaloHttpError", status: 502 });
    fake.failNext("getMe", { type: "http", status: 200, body: "<html>captive portal</html>" });
    expect(await rejection(client.getMe())).toMatchObject({ name: "ZaloHttpError", status: 200 });
    fake.failNext("getMe", { type: "drop" });
    const dropped = await rejection(client.getMe());
    expect(dropped).toBeInstanceOf(ZaloHttpError);
    expect(dropped.cause).toBeDefined();
  });

  it("throws ZaloHttpError with its cause when nothing listens, and never shows the token", async () => {
    const port = await deadPort();
    const err = await rejection(new ZaloClient({ token: fake.token, apiRoot: `http://127.0.0.1:${port}` }).getMe());
    expect(err).toBeInstanceOf(ZaloHttpError);
    expect(err.message).toContain("network failure");
    expect(err.cause).toBeInstanceOf(Error);
    expectNoToken(err);
  });

  it("masks the token in a cause that would show it", async () => {
    const err = await rejection(new ZaloClient({ token: fake.token, apiRoot: "http://bad host" }).getMe());
    expect(err).toBeInstanceOf(ZaloHttpError);
    expectNoToken(err);
  });

  describe("timeouts", () => {
    let silent: Server;
    let url: string;
    beforeEach(async () => {
      // Accepts requests and never answers.
      silent = createServer(() => undefined);
      await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
      url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    });
    afterEach(async () => {
      silent.closeAllConnections();
      await new Promise<void>((r) => silent.close(() => r()));
    });

    it("gives up after timeoutMs with ZaloHttpError", async () => {
      const started = Date.now();
      const err = await rejection(new ZaloClient({ token: "t", apiRoot: url, timeoutMs: 200 }).getMe());
      expect(err).toBeInstanceOf(ZaloHttpError);
      expect(err.message).toContain("no answer within 200 ms");
      expect(Date.now() - started).toBeLessThan(2000);
    });

    it("stops a call when its signal aborts", async () => {
      const abort = new AbortController();
      const pending = new ZaloClient({ token: "t", apiRoot: url }).getUpdates({ timeoutSeconds: 30 }, { signal: abort.signal });
      setTimeout(() => abort.abort(), 50);
      const err = await rejection(pending);
      expect(err).toBeInstanceOf(ZaloHttpError);
      expect(err.message).toContain("aborted");
    });
  });
});
