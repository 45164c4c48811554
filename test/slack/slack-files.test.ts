import { Writable } from "node:stream";
import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { fixedClock } from "../../src/core/clock.js";
import { createLogger } from "../../src/logger.js";
import { DeliveryError } from "../../src/outbox/sender.js";
import type { OutboundFile, OutboundFiles } from "../../src/core/conversation/types.js";
import { MAX_FILE_BYTES } from "../../src/adapters/slack/slack-sender.js";
import { deliverSlackReplies, type ReplyDeps, type ReplyRoute } from "../../src/adapters/slack/slack-replies.js";
import { readMessage, startSlackHarness, type SlackHarness } from "../scenarios/slack-driver.js";

const DM = "D0LEADER01";
const USER = "U0LEADER01";
const UNAVAILABLE = "Không gửi được tệp báo cáo qua kênh này.";

function file(filename: string, title: string, bytes: Uint8Array, kind: OutboundFile["kind"] = "document"): OutboundFile {
  const mimeType = filename.endsWith(".png") ? "image/png" : filename.endsWith(".csv") ? "text/csv" : "application/octet-stream";
  return { filename, mimeType, bytes, kind, title };
}

/** A report as /baocao gives it: a workbook and a chart, with bytes that are not text. */
function report(): OutboundFiles {
  return {
    items: [file("bao-cao-2019-06.xlsx", "Phụ lục 01 và 02 (Excel)", new Uint8Array(randomBytes(4096))), file("bieu-do.png", "Biểu đồ tiến độ", new Uint8Array(randomBytes(1500)), "photo")],
    linksHeading: "Tải báo cáo:",
    unavailable: UNAVAILABLE,
  };
}

describe.each(providers)("Slack files on %s", (provider) => {
  let database: TestDatabase;
  let h: SlackHarness;
  let logs: string[];

  const fileCalls = () => h.fake.requests.filter((r) => r.method.startsWith("files."));
  const shared = (files: OutboundFiles) => files.items.map((f) => ({ filename: f.filename, title: f.title, bytes: Buffer.from(f.bytes) }));
  const received = (i = 0) => h.fake.uploads[i]!.files.map((f) => ({ filename: f.filename, title: f.title, bytes: f.bytes }));

  function replyDeps(): ReplyDeps {
    const stream = new Writable({ write: (chunk, _enc, done) => (logs.push(String(chunk)), done()) });
    const logger = createLogger({ logLevel: "trace", logFormat: "json" }, stream);
    return { db: database.db, logger, sender: h.adapter.sender, clock: fixedClock(new Date("2019-06-30T10:00:00+07:00")), timeoutMs: 2000, maxWaitMs: 0 };
  }

  async function failure(promise: Promise<unknown>): Promise<DeliveryError> {
    const err = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as Error).message).not.toContain(h.fake.botToken);
    return err as DeliveryError;
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(() => database.destroy());
  afterEach(async () => {
    await h.close();
    const all = [...h.logs, ...logs].join("");
    expect(all).not.toContain(h.fake.botToken);
  });

  async function start() {
    logs = [];
    h = await startSlackHarness(database.db);
    return h.adapter.sender;
  }

  it("uploads the files with their exact bytes, names and titles, and shares them in the channel at once", async () => {
    const sender = await start();
    const files = report();
    await sender.sendFiles(DM, files);
    expect(h.fake.uploads).toHaveLength(1);
    expect(h.fake.uploads[0]!.channel).toBe(DM);
    expect(received()).toEqual(shared(files));
    expect(fileCalls().map((c) => c.method).sort()).toEqual(["files.completeUploadExternal", "files.getUploadURLExternal", "files.getUploadURLExternal"]);
    const lengths = fileCalls().filter((c) => c.method === "files.getUploadURLExternal").map((c) => Number(c.body.length));
    expect(lengths.sort((a, b) => a - b)).toEqual([1500, 4096]);
  });

  it("shares in the DM when the chat id is a user id", async () => {
    const sender = await start();
    await sender.sendFiles(`${h.fake.teamId}:${USER}`, report());
    expect(h.fake.uploads.map((u) => u.channel)).toEqual([DM]);
  });

  it("refuses an empty or oversized file without calling Slack", async () => {
    const sender = await start();
    const empty = { ...report(), items: [file("trong.csv", "Trống", new Uint8Array(0))] };
    expect((await failure(sender.sendFiles(DM, empty))).kind).toBe("rejected");
    const huge = { ...report(), items: [file("lon.xlsx", "Quá lớn", new Uint8Array(MAX_FILE_BYTES + 1))] };
    expect((await failure(sender.sendFiles(DM, huge))).kind).toBe("rejected");
    expect((await failure(sender.sendFiles(DM, { ...report(), items: [] }))).kind).toBe("rejected");
    expect(fileCalls()).toHaveLength(0);
    expect(h.fake.requests.filter((r) => r.method === "conversations.open")).toHaveLength(0);
  });

  it("(the fake) takes an upload's bytes as a raw body too, and shares only uploaded files", async () => {
    await start();
    const api = (method: string, body: Record<string, unknown>) =>
      fetch(`${h.fake.apiUrl}${method}`, { method: "POST", headers: { authorization: `Bearer ${h.fake.botToken}`, "content-type": "application/json" }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<Record<string, unknown>>);
    const bytes = randomBytes(300);
    const got = await api("files.getUploadURLExternal", { filename: "bao-cao.csv", length: bytes.length });
    const missing = await api("files.getUploadURLExternal", { filename: "khac.csv", length: 10 });
    expect(await api("files.completeUploadExternal", { channel_id: DM, files: [{ id: missing.file_id }] })).toEqual({ ok: false, error: "file_not_found" });
    const upload = await fetch(String(got.upload_url), { method: "POST", body: bytes });
    expect(await upload.text()).toBe("OK - 300");
    expect(await api("files.completeUploadExternal", { channel_id: DM, files: [{ id: got.file_id, title: "CSV" }] })).toMatchObject({ ok: true });
    expect(h.fake.uploads).toEqual([{ channel: DM, files: [{ id: got.file_id, title: "CSV", filename: "bao-cao.csv", bytes }] }]);
  });

  it("maps a refused completion and a failed upload to DeliveryErrors without the token", async () => {
    const sender = await start();
    h.fake.failNext("files.completeUploadExternal", { type: "error", error: "not_in_channel" });
    expect((await failure(sender.sendFiles(DM, report()))).kind).toBe("unreachable");
    h.fake.failNext("upload", { type: "http", status: 500, body: "upload failed" });
    expect((await failure(sender.sendFiles(DM, report()))).kind).toBe("network");
    h.fake.failNext("files.getUploadURLExternal", { type: "ratelimited", retryAfterSeconds: 20 });
    const limited = await failure(sender.sendFiles(DM, report()));
    expect(limited.kind).toBe("rate_limited");
    expect(limited.retryAfterMs).toBe(20_000);
    expect(h.fake.uploads).toHaveLength(0);
  });

  it("sends a reply's files after its text, in the same chat", async () => {
    await start();
    const files = report();
    await deliverSlackReplies(replyDeps(), { kind: "chat", chatId: DM }, [{ text: "Báo cáo tháng 6", files }], "ev-chat");
    expect(h.fake.messages(DM).map((m) => readMessage(m).text)).toEqual(["Báo cáo tháng 6"]);
    expect(h.fake.uploads.map((u) => u.channel)).toEqual([DM]);
    expect(received()).toEqual(shared(files));
    const order = h.fake.requests.map((r) => r.method);
    expect(order.indexOf("chat.postMessage")).toBeLessThan(order.indexOf("files.completeUploadExternal"));
  });

  it("answers a slash command through response_url and sends its files to the user's DM", async () => {
    await start();
    const url = h.fake.newResponseUrl();
    const route: ReplyRoute = { kind: "response_url", url, fallbackChatId: USER };
    const files = report();
    await deliverSlackReplies(replyDeps(), route, [{ text: "Báo cáo tháng 6", files }], "cmd-1");
    expect(h.fake.responses(url).map((r) => r.body.text)).toEqual(["Báo cáo tháng 6"]);
    expect(h.fake.responses(url)[0]!.body).not.toHaveProperty("files");
    expect(h.fake.messages()).toHaveLength(0);
    expect(h.fake.uploads.map((u) => u.channel)).toEqual([DM]);
    expect(received()).toEqual(shared(files));
  });

  it("sends the files once when the response_url fails and the text goes to the DM", async () => {
    await start();
    const url = h.fake.newResponseUrl();
    h.fake.failNext("response_url", { type: "http", status: 500 });
    await deliverSlackReplies(replyDeps(), { kind: "response_url", url, fallbackChatId: USER }, [{ text: "Báo cáo tháng 6", files: report() }], "cmd-2");
    expect(h.fake.messages(DM).map((m) => readMessage(m).text)).toEqual(["Báo cáo tháng 6"]);
    expect(h.fake.uploads).toHaveLength(1);
    expect(h.fake.uploads[0]!.channel).toBe(DM);
  });

  it("says the files are unavailable when Slack refuses them, and logs no secret", async () => {
    await start();
    h.fake.failNext("files.completeUploadExternal", { type: "error", error: "invalid_arguments" });
    await deliverSlackReplies(replyDeps(), { kind: "chat", chatId: DM }, [{ text: "Báo cáo tháng 6", files: report() }], "ev-fail");
    expect(h.fake.messages(DM).map((m) => readMessage(m).text)).toEqual(["Báo cáo tháng 6", UNAVAILABLE]);
    expect(h.fake.uploads).toHaveLength(0);
    const warning = logs.map((l) => JSON.parse(l) as { level: number; msg: string }).find((l) => /files/.test(l.msg));
    expect(warning?.level).toBe(40);
  });

  it("puts a rate-limited reply in the outbox without its files, and sends the files once", async () => {
    await start();
    h.fake.failNext("chat.postMessage", { type: "ratelimited", retryAfterSeconds: 30 });
    const files = report();
    await deliverSlackReplies(replyDeps(), { kind: "chat", chatId: DM }, [{ text: "Báo cáo tháng 6", files }], "ev-queued");
    const queued = await database.db.outboxMessage.findMany({ where: { dedupeKey: "slack:reply:ev-queued:0" } });
    expect(queued).toHaveLength(1);
    expect(JSON.parse(queued[0]!.payload)).toEqual({ text: "Báo cáo tháng 6" });
    expect(queued[0]!.payload).not.toContain("files");
    expect(h.fake.messages(DM)).toHaveLength(0);
    expect(h.fake.uploads).toHaveLength(1);
    expect(received()).toEqual(shared(files));
  });
});
