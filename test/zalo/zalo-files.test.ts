import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { fixedClock } from "../../src/core/clock.js";
import type { OutboundFile, OutboundFiles } from "../../src/core/conversation/types.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createLogger } from "../../src/logger.js";
import { createHttpServer, type HttpServer } from "../../src/http/server.js";
import { createFileLinks, FILE_LINKS_PATH, type FileLinks } from "../../src/http/file-links.js";
import { DeliveryError } from "../../src/outbox/sender.js";
import { ZaloClient } from "../../src/adapters/zalo/zalo-client.js";
import { createZaloSender, type ZaloSender } from "../../src/adapters/zalo/zalo-sender.js";
import { createZaloAdapter } from "../../src/adapters/zalo/zalo-adapter.js";
import { deliverReplies } from "../../src/adapters/runtime/deliver-replies.js";
import { ZALO_MAX_TEXT } from "../../src/adapters/zalo/zalo-types.js";
import { QUOTA_EXCEEDED, startFakeZaloBotApi, type FakeZaloBotApi } from "../fakes/zalo-bot-api.js";

const now = new Date("2026-12-01T08:00:00Z");
const translator = createTranslator();
const logger = createLogger({ logLevel: "silent", logFormat: "json" });

const chart: OutboundFile = {
  filename: "bieu-do-tien-do.png",
  mimeType: "image/png",
  bytes: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(4000)]),
  kind: "photo",
  title: "Biểu đồ tiến độ theo cơ quan",
};
const documents: OutboundFile[] = [
  {
    filename: "Phụ lục 01-02.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    bytes: randomBytes(20_000),
    kind: "document",
    title: "Phụ lục 01 và 02 (Excel)",
  },
  {
    filename: "Báo cáo 6 tháng.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    bytes: randomBytes(30_000),
    kind: "document",
    title: "Báo cáo (Word)",
  },
  { filename: "so-lieu.csv", mimeType: "text/csv; charset=utf-8", bytes: Buffer.from("Cơ quan;Đúng hạn\nSở Y tế;12\n"), kind: "document", title: "Số liệu (CSV)" },
];
const HEADING = "Tải báo cáo (liên kết dùng được trong 24 giờ):";
const files = (items: OutboundFile[]): OutboundFiles => ({ items, linksHeading: HEADING, unavailable: "Không gửi được tệp báo cáo qua kênh này." });

/** Downloads a link as a browser would, from the shared HTTP server. */
async function download(url: string): Promise<{ bytes: Buffer; type: string | null; disposition: string | null }> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  return { bytes: Buffer.from(await res.arrayBuffer()), type: res.headers.get("content-type"), disposition: res.headers.get("content-disposition") };
}

describe.each(providers)("report files to Zalo, on %s", (provider) => {
  let database: TestDatabase;
  let http: HttpServer;
  let links: FileLinks;
  let fake: FakeZaloBotApi;
  let client: ZaloClient;
  let sender: ZaloSender;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    http = createHttpServer({ host: "127.0.0.1", port: 0, logger });
    const { url } = await http.start();
    links = createFileLinks({ db: database.db, clock: fixedClock(now), publicUrl: url });
    http.mount(FILE_LINKS_PATH, links.listener);
  });
  afterAll(async () => {
    await http?.stop();
    await database?.destroy();
  });
  beforeEach(async () => {
    fake = await startFakeZaloBotApi();
    client = new ZaloClient({ token: fake.token, apiRoot: fake.apiRoot });
    sender = createZaloSender({ client, db: database.db, clock: fixedClock(now), translator, fileLinks: links });
  });
  afterEach(() => fake.close());

  it("sends the chart as a photo by URL that serves its exact bytes", async () => {
    await sender.sendFiles!("chat-chart", files([chart]));
    const photos = fake.sentPhotos("chat-chart");
    expect(photos).toEqual([{ chat_id: "chat-chart", photo: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/files\//), caption: chart.title, message_id: expect.any(String) }]);
    // What Zalo's servers do with the URL: fetch the image.
    const got = await download(photos[0]!.photo);
    expect(got.bytes.equals(Buffer.from(chart.bytes))).toBe(true);
    expect(got.type).toBe("image/png");
    expect(got.disposition).toMatch(/^inline; /);
    expect(fake.sentMessages("chat-chart")).toEqual([]);
  });

  it("sends the documents as one message of links that download their exact bytes", async () => {
    await sender.sendFiles!("chat-report", files([chart, ...documents]));
    expect(fake.sentPhotos("chat-report")).toHaveLength(1);
    const messages = fake.sentMessages("chat-report");
    expect(messages).toHaveLength(1);
    const [heading, ...lines] = messages[0]!.text.split("\n");
    expect(heading).toBe(HEADING);
    expect(lines).toHaveLength(documents.length);
    for (const [i, doc] of documents.entries()) {
      const match = /^• (.+): (http:\/\/\S+)$/.exec(lines[i]!);
      expect(match?.[1]).toBe(doc.title);
      const got = await download(match![2]!);
      expect(got.bytes.equals(Buffer.from(doc.bytes))).toBe(true);
      expect(got.type).toBe(doc.mimeType);
      expect(got.disposition).toContain(`filename*=UTF-8''${encodeURIComponent(doc.filename)}`);
    }
    // The chart is sent before the links.
    expect(fake.calls.map((c) => c.method)).toEqual(["sendPhoto", "sendMessage"]);
  });

  it("splits many links under Zalo's 2,000 characters, keeping each line whole", async () => {
    const many = Array.from({ length: 40 }, (_, i): OutboundFile => ({
      filename: `phu-luc-${i + 1}.xlsx`,
      mimeType: "application/octet-stream",
      bytes: Buffer.from(`tệp ${i + 1}`),
      kind: "document",
      title: `Phụ lục ${i + 1}: nhiệm vụ giao các sở, ban, ngành và UBND xã, phường`,
    }));
    await sender.sendFiles!("chat-many", files(many));
    const messages = fake.sentMessages("chat-many");
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.text.length).toBeLessThanOrEqual(ZALO_MAX_TEXT);
    const lines = messages.flatMap((m) => m.text.split("\n"));
    expect(lines[0]).toBe(HEADING);
    expect(lines.slice(1).map((l) => l.slice(0, l.lastIndexOf(": http")))).toEqual(many.map((f) => `• ${f.title}`));
    const last = await download(lines.at(-1)!.split(": ").at(-1)!);
    expect(last.bytes.toString()).toBe("tệp 40");
    expect(fake.sentPhotos("chat-many")).toEqual([]);
  });

  it("turns Zalo's refusals into DeliveryErrors", async () => {
    fake.failNext("sendPhoto", QUOTA_EXCEEDED);
    const quota = await sender.sendFiles!("chat-quota", files([chart, ...documents])).catch((e: unknown) => e);
    expect(quota).toBeInstanceOf(DeliveryError);
    expect((quota as DeliveryError).kind).toBe("rate_limited");
    expect(fake.sentMessages("chat-quota")).toEqual([]);

    fake.failNext("sendMessage", { type: "api", errorCode: 403, description: "User blocked the bot" });
    const blocked = await sender.sendFiles!("chat-blocked", files(documents)).catch((e: unknown) => e);
    expect((blocked as DeliveryError).kind).toBe("unreachable");
    expect((blocked as DeliveryError).message).not.toContain(fake.token);
  });

  it("has no sendFiles without a link publisher, in the sender and in the adapter", async () => {
    const plain = createZaloSender({ client, db: database.db, clock: fixedClock(now), translator });
    expect(plain.sendFiles).toBeUndefined();

    const deps = testDeps(database.db);
    const adapterOptions = {
      db: database.db,
      logger,
      bot: createBot({ ...deps, logger, translator, defaultLanguage: "vi" }),
      http,
      token: fake.token,
      apiRoot: fake.apiRoot,
      clock: deps.clock,
      translator,
    };
    expect(createZaloAdapter(adapterOptions).sender.sendFiles).toBeUndefined();
    const withLinks = createZaloAdapter({ ...adapterOptions, fileLinks: links });
    expect(withLinks.sender.sendFiles).toBeTypeOf("function");
    await withLinks.sender.sendFiles!("chat-adapter", files([chart]));
    expect(fake.sentPhotos("chat-adapter")).toHaveLength(1);
  });

  it("a reply with files says they are unavailable when the chat cannot take them, or sending them fails", async () => {
    const plain = createZaloSender({ client, db: database.db, clock: fixedClock(now), translator });
    await deliverReplies({ db: database.db, logger, sender: plain, clock: fixedClock(now) }, "chat-nolinks", [{ text: "Báo cáo 6 tháng", files: files([chart, ...documents]) }], "nolinks");
    expect(fake.sentMessages("chat-nolinks").map((m) => m.text)).toEqual(["Báo cáo 6 tháng", "Không gửi được tệp báo cáo qua kênh này."]);
    expect(fake.sentPhotos("chat-nolinks")).toEqual([]);

    fake.failNext("sendPhoto", QUOTA_EXCEEDED);
    await deliverReplies({ db: database.db, logger, sender, clock: fixedClock(now) }, "chat-failing", [{ text: "Báo cáo 6 tháng", files: files([chart, ...documents]) }], "failing");
    expect(fake.sentMessages("chat-failing").map((m) => m.text)).toEqual(["Báo cáo 6 tháng", "Không gửi được tệp báo cáo qua kênh này."]);
  });
});
