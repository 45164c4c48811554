import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { createLogger } from "../../src/logger.js";
import { createHttpServer, type HttpServer } from "../../src/http/server.js";
import { createFileLinks, DEFAULT_FILE_LINK_TTL_MS, FILE_LINKS_PATH, hashToken, type FileLinks } from "../../src/http/file-links.js";

const START = new Date("2026-12-01T08:00:00Z");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe.each(providers)("short-lived file links on %s", (provider) => {
  let database: TestDatabase;
  let http: HttpServer;
  let publicUrl: string;
  let links: FileLinks;
  let now: Date;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    http = createHttpServer({ host: "127.0.0.1", port: 0, logger: createLogger({ logLevel: "silent", logFormat: "json" }) });
    publicUrl = (await http.start()).url;
    // A trailing slash in PUBLIC_URL must not double the slash in links.
    links = createFileLinks({ db: database.db, clock: () => new Date(now.getTime()), publicUrl: `${publicUrl}/` });
    http.mount(FILE_LINKS_PATH, links.listener);
  });
  afterAll(async () => {
    await http?.stop();
    await database?.destroy();
  });
  beforeEach(async () => {
    now = START;
    await database.db.fileLink.deleteMany();
  });

  /** The token inside a published URL. */
  const tokenOf = (url: string) => new URL(url).pathname.split("/")[2]!;

  it("serves the exact bytes of a document, with a Vietnamese name, as an attachment", async () => {
    const bytes = randomBytes(70_000);
    const filename = "Báo cáo tiến độ — Sở Y tế (6 tháng).xlsx";
    const url = await links.publish({ filename, mimeType: XLSX, bytes });
    expect(url).toMatch(new RegExp(`^${publicUrl}/files/[A-Za-z0-9_-]{43}/${encodeURIComponent(filename).replace(/[()]/g, "\\$&")}$`));

    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    expect(res.headers.get("content-type")).toBe(XLSX);
    expect(res.headers.get("content-length")).toBe("70000");
    expect(res.headers.get("cache-control")).toBe(`private, max-age=${DEFAULT_FILE_LINK_TTL_MS / 1000}`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const disposition = res.headers.get("content-disposition")!;
    expect(disposition).toBe(
      `attachment; filename="Bao cao tien do _ So Y te (6 thang).xlsx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20ti%E1%BA%BFn%20%C4%91%E1%BB%99%20%E2%80%94%20S%E1%BB%9F%20Y%20t%E1%BA%BF%20%286%20th%C3%A1ng%29.xlsx`,
    );
    expect(decodeURIComponent(disposition.split("''")[1]!)).toBe(filename);
  });

  it("serves a chart inline, and a query string changes nothing", async () => {
    const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), randomBytes(500)]);
    const url = await links.publish({ filename: "biểu-đồ.png", mimeType: "image/png", bytes });
    const res = await fetch(`${url}?from=zalo`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-disposition")).toBe(`inline; filename="bieu-do.png"; filename*=UTF-8''bi%E1%BB%83u-%C4%91%E1%BB%93.png`);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("answers HEAD with the headers and no body", async () => {
    const url = await links.publish({ filename: "bao-cao.csv", mimeType: "text/csv; charset=utf-8", bytes: Buffer.from("Cơ quan;Số nhiệm vụ\nSở Y tế;12\n") });
    now = new Date(START.getTime() + 60 * 60 * 1000);
    const res = await fetch(url, { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-length")).toBe(String(Buffer.byteLength("Cơ quan;Số nhiệm vụ\nSở Y tế;12\n")));
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; /);
    // An hour later, the cache may keep it for the 23 hours left.
    expect(res.headers.get("cache-control")).toBe(`private, max-age=${23 * 60 * 60}`);
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it("gives the same 404 to unknown, malformed and expired tokens", async () => {
    const url = await links.publish({ filename: "a.docx", mimeType: "application/octet-stream", bytes: Buffer.from("x") });
    const token = tokenOf(url);
    const unknown = randomBytes(32).toString("base64url");
    const paths = [
      `/files/${unknown}/a.docx`,
      `/files/${unknown}`,
      "/files",
      "/files/",
      "/files/abc/a.docx",
      `/files/${token}x/a.docx`,
      `/files/${token.slice(1)}/a.docx`,
      `/files/${token}/a.docx/more`,
      `/files/${encodeURIComponent("đ".repeat(43))}/a.docx`,
      `/files/${hashToken(token)}/a.docx`,
    ];
    const answers = await Promise.all(paths.map(async (p) => {
      const res = await fetch(`${publicUrl}${p}`);
      return [res.status, await res.text()] as const;
    }));
    const notFound = answers[0]!;
    expect(notFound[0]).toBe(404);
    for (const answer of answers) expect(answer).toEqual(notFound);

    // Works until the last millisecond, then answers like an unknown token.
    now = new Date(START.getTime() + DEFAULT_FILE_LINK_TTL_MS - 1);
    const last = await fetch(url);
    expect(last.status).toBe(200);
    expect(last.headers.get("cache-control")).toBe("private, max-age=0");
    await last.arrayBuffer();
    now = new Date(START.getTime() + DEFAULT_FILE_LINK_TTL_MS);
    const expired = await fetch(url);
    expect([expired.status, await expired.text()]).toEqual(notFound);
    expect((await fetch(url, { method: "HEAD" })).status).toBe(404);
  });

  it("refuses other methods with 405", async () => {
    const url = await links.publish({ filename: "a.docx", mimeType: "application/octet-stream", bytes: Buffer.from("x") });
    for (const method of ["POST", "PUT", "DELETE"]) {
      const res = await fetch(url, { method, body: method === "DELETE" ? undefined : "data" });
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, HEAD");
    }
    expect((await fetch(url)).status).toBe(200);
  });

  it("prunes expired files only", async () => {
    const old = await links.publish({ filename: "old.csv", mimeType: "text/csv", bytes: Buffer.from("old") });
    now = new Date(START.getTime() + 12 * 60 * 60 * 1000);
    const fresh = await links.publish({ filename: "fresh.csv", mimeType: "text/csv", bytes: Buffer.from("fresh") });
    expect(await links.prune()).toBe(0);

    now = new Date(START.getTime() + DEFAULT_FILE_LINK_TTL_MS);
    expect(await links.prune()).toBe(1);
    const rows = await database.db.fileLink.findMany();
    expect(rows.map((r) => r.filename)).toEqual(["fresh.csv"]);
    expect((await fetch(old)).status).toBe(404);
    expect(await (await fetch(fresh)).text()).toBe("fresh");
    expect(await links.prune()).toBe(0);
  });

  it("stores only a hash of the token", async () => {
    const bytes = randomBytes(100);
    const url = await links.publish({ filename: "bao-cao.docx", mimeType: "application/octet-stream", bytes });
    const token = tokenOf(url);
    const [row] = await database.db.fileLink.findMany();
    expect(row).toMatchObject({ tokenHash: hashToken(token), filename: "bao-cao.docx", createdAt: START, expiresAt: new Date(START.getTime() + DEFAULT_FILE_LINK_TTL_MS) });
    expect(Buffer.from(row!.bytes).equals(bytes)).toBe(true);
    const text = JSON.stringify({ ...row, bytes: undefined });
    expect(text).not.toContain(token);
    expect(Buffer.from(row!.bytes).includes(token)).toBe(false);
  });

  it("makes a different token for every file, even the same one", async () => {
    const file = { filename: "a.csv", mimeType: "text/csv", bytes: Buffer.from("a") };
    const urls = await Promise.all([links.publish(file), links.publish(file), links.publish(file)]);
    expect(new Set(urls.map(tokenOf)).size).toBe(3);
  });
});
