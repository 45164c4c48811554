/**
 * Abuse of the integration API and of the download links, over HTTP on
 * 127.0.0.1 against the real listeners and database: a read key on every
 * write route, a revoked key on every route, JSON nested 100,000 levels deep,
 * batches of 100,000 items, NUL and lone surrogates in fields, the rate limit
 * under a bounded loop, and path traversal in /files/. Each attempt gets a
 * clean 4xx and changes nothing; the server answers the next good request.
 */
import { request } from "node:http";
import { shippedPolicy } from "../helpers/test-deps.js";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ROUTES, type RouteDef } from "../../src/api/routes.js";
import { BATCH_MAX } from "../../src/api/schemas.js";
import { MAX_BODY_BYTES } from "../../src/api/http.js";
import { apiKeyPrefix, revokeApiKey } from "../../src/core/api-keys/api-keys.js";
import { createHttpServer, type HttpServer } from "../../src/http/server.js";
import { createFileLinks, FILE_LINKS_PATH, type FileLinks } from "../../src/http/file-links.js";
import { createApiListener } from "../../src/api/listener.js";
import { createLogger } from "../../src/logger.js";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { startApi, type ApiHarness } from "../api/api-harness.js";

const TASK = { title: "Báo cáo tình hình", agency: "Sở Y tế", assignedAt: "02/01/2019" };
const DEEP = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;

/** A concrete path and a valid body for a route of the table. */
function exampleCall(route: RouteDef): { path: string; body?: unknown } {
  const path = route.path.replace("{code}", "NV-A1");
  switch (route.operationId) {
    case "upsertTask":
      return { path, body: TASK };
    case "upsertTasks":
      return { path, body: { tasks: [{ ...TASK, code: "NV-A2" }] } };
    case "recordProgress":
      return { path, body: { text: "Đạt 50%", percent: 50, externalId: "ext-1" } };
    case "completeTask":
      return { path, body: { externalId: "ext-2" } };
    default:
      return { path };
  }
}

/** What a refused request must not have changed. */
async function snapshot(api: ApiHarness) {
  const db = api.database.db;
  return {
    tasks: await db.task.findMany({ orderBy: { id: "asc" } }),
    progress: await db.progressUpdate.count(),
    audit: await db.auditLog.count(),
    documents: await db.document.count(),
  };
}

describe.each(providers)("abuse of the integration API on %s", (provider) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await startApi(provider);
    expect((await api.call("PUT", "/tasks/NV-A1", { body: TASK })).status).toBe(201);
  });
  afterEach(() => api.stop());

  const writeRoutes = ROUTES.filter((r) => r.scope === "write");

  it(`answers 403 to a read key on each of the ${writeRoutes.length} write routes, and changes nothing`, async () => {
    expect(writeRoutes.map((r) => r.operationId).sort()).toEqual(["completeTask", "recordProgress", "upsertTask", "upsertTasks"]);
    const before = await snapshot(api);
    for (const route of writeRoutes) {
      const { path, body } = exampleCall(route);
      const res = await api.call(route.method, path, { key: api.readKey, body });
      expect([route.operationId, res.status, res.json.error.code]).toEqual([route.operationId, 403, "insufficient_scope"]);
    }
    expect(await snapshot(api)).toEqual(before);
    // The same calls with the write key work.
    for (const route of writeRoutes) {
      const { path, body } = exampleCall(route);
      const res = await api.call(route.method, path, { body });
      expect([route.operationId, res.status < 300]).toEqual([route.operationId, true]);
    }
    expect((await snapshot(api)).progress).toBeGreaterThan(before.progress);
  });

  it(`answers 401 to a revoked key on each of the ${ROUTES.length} routes, and changes nothing`, async () => {
    await revokeApiKey(api.deps, apiKeyPrefix(api.writeKey)!);
    const before = await snapshot(api);
    for (const route of ROUTES) {
      const { path, body } = exampleCall(route);
      const res = await api.call(route.method, path, { body });
      expect([route.operationId, res.status, res.json.error.code]).toEqual([route.operationId, 401, "revoked_api_key"]);
    }
    expect(await snapshot(api)).toEqual(before);
    expect((await api.call("GET", "/stats", { key: api.readKey })).status).toBe(200);
  });

  it("refuses 5 bodies nested 100,000 levels deep with 400 too_deep on every route with a body", async () => {
    const before = await snapshot(api);
    const bodies = [DEEP, `{"tasks":${DEEP}}`, `{"tasks":[${DEEP}]}`, `{"title":${DEEP}}`, `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`];
    for (const route of writeRoutes) {
      const { path } = exampleCall(route);
      for (const body of bodies) {
        const res = await api.call(route.method, path, { body });
        expect([route.operationId, res.status, res.json.error.code]).toEqual([route.operationId, 400, "too_deep"]);
      }
    }
    expect(await snapshot(api)).toEqual(before);
    expect((await api.call("GET", "/stats")).status).toBe(200);
  });

  it("reads a body of exactly 1 MiB (and judges it: 422), and refuses one byte more with 413", async () => {
    const sized = (size: number) => {
      const head = `{"title":"A","agency":"Sở Y tế","assignedAt":"02/01/2019","note":"`;
      return `${head}${"x".repeat(size - Buffer.byteLength(head) - 2)}"}`;
    };
    expect(Buffer.byteLength(sized(MAX_BODY_BYTES))).toBe(MAX_BODY_BYTES);
    const fits = await api.call("PUT", "/tasks/NV-BIG", { body: sized(MAX_BODY_BYTES) });
    expect([fits.status, fits.json.error.code]).toEqual([422, "invalid_task"]);
    const over = await api.call("PUT", "/tasks/NV-BIG", { body: sized(MAX_BODY_BYTES + 1) });
    expect([over.status, over.json.error.code]).toEqual([413, "payload_too_large"]);
    expect(await api.database.db.task.count({ where: { code: "NV-BIG" } })).toBe(0);
    expect((await api.call("GET", "/stats")).status).toBe(200);
  });

  it("refuses batches of 100,000 and 1,001 items with 422 and writes nothing, but takes 1,000", async () => {
    const before = await snapshot(api);
    for (const tasks of [Array.from({ length: 100_000 }, () => ({})), Array.from({ length: 100_000 }, (_, i) => i), Array.from({ length: BATCH_MAX + 1 }, (_, i) => ({ ...TASK, code: `B-${i}` }))]) {
      const res = await api.call("POST", "/tasks:batch", { body: { tasks } });
      expect([res.status, res.json.error.code, res.json.error.details.reasons.map((r: { code: string }) => r.code)]).toEqual([422, "invalid_body", ["too_big"]]);
    }
    expect(await snapshot(api)).toEqual(before);
    const full = await api.call("POST", "/tasks:batch", { body: { tasks: Array.from({ length: BATCH_MAX }, (_, i) => ({ ...TASK, code: `B-${i}` })) } });
    expect([full.status, full.json.counts]).toEqual([200, { created: BATCH_MAX, updated: 0, unchanged: 0, failed: 0 }]);
  }, 60_000);

  it("stores titles, notes and progress texts sent with NUL, controls and lone surrogates clean, and refuses %00 in a path", async () => {
    const put = await api.call("PUT", "/tasks/NV-N1", { body: `{"title":"Kế\\u0000 hoạch\\u0007 \\ud800","agency":"S\\u200bở Y tế","assignedAt":"02/01/2019","note":"ghi\\u0000 chú"}` });
    expect(put.status).toBe(201);
    const progress = await api.call("POST", "/tasks/NV-N1/progress", { body: `{"text":"đạt\\u0000 50%\\udc00","externalId":"x\\u0000-1"}` });
    expect(progress.status).toBe(201);
    const task = await api.database.db.task.findUniqueOrThrow({ where: { code: "NV-N1" }, include: { progressUpdates: true } });
    expect([task.title, task.note, task.progressUpdates.map((p) => p.text)]).toEqual(["Kế hoạch \uFFFD", "ghi chú", ["đạt 50%\uFFFD"]]);

    const before = await snapshot(api);
    for (const path of ["/tasks/NV%00-1", "/tasks/NV-N1%00/progress", "/tasks/%01/complete"]) {
      const method = path.endsWith("progress") || path.endsWith("complete") ? "POST" : "PUT";
      const res = await api.call(method, path, { body: method === "PUT" ? TASK : { text: "x", externalId: "1" } });
      expect([path, res.status, res.json.error.code]).toEqual([path, 400, "invalid_path"]);
    }
    expect(await snapshot(api)).toEqual(before);
  });

  it("stores a code sent with zero-width characters as the plain code", async () => {
    const res = await api.call("PUT", `/tasks/${encodeURIComponent("NV-\u200BZ1\u2060")}`, { body: TASK });
    expect([res.status, res.json.task.code]).toEqual([201, "NV-Z1"]);
    const again = await api.call("PUT", "/tasks/NV-Z1", { body: TASK });
    expect([again.status, again.json.result]).toEqual([200, "unchanged"]);
  });

  it("answers 429 with Retry-After before 1,000 requests of one key, keeps the other key's bucket, and serves again after the wait", async () => {
    let limited: Awaited<ReturnType<ApiHarness["call"]>> | null = null;
    let sent = 0;
    while (sent < 1_000 && !limited) {
      const res = await api.call("GET", "/tasks/overdue?limit=1", { key: api.readKey });
      sent++;
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(200);
    }
    expect(limited).not.toBeNull();
    expect(sent).toBeGreaterThan(40);
    expect(sent).toBeLessThan(1_000);
    expect(limited!.json.error.code).toBe("rate_limited");
    const wait = Number(limited!.headers.get("retry-after"));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect((await api.call("GET", "/stats")).status).toBe(200);
    await new Promise((r) => setTimeout(r, wait * 1000));
    expect((await api.call("GET", "/tasks/overdue?limit=1", { key: api.readKey })).status).toBe(200);
  });
});

/** A GET with the path sent exactly as written (fetch would normalize "..", "%2e" and backslashes). */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe.each(providers)("path traversal in download links on %s", (provider) => {
  let database: TestDatabase;
  let http: HttpServer;
  let base: string;
  let links: FileLinks;
  let url: string;
  let token: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const logger = createLogger({ logLevel: "silent", logFormat: "json" });
    const clock = () => new Date("2026-12-01T08:00:00Z");
    http = createHttpServer({ host: "127.0.0.1", port: 0, logger });
    base = (await http.start()).url;
    // Mounted as src/main.ts does: the API next to the links.
    http.mount("/api/v1", createApiListener({ db: database.db, clock, timeZone: "Asia/Ho_Chi_Minh", logger, policy: shippedPolicy }));
    links = createFileLinks({ db: database.db, clock, publicUrl: base });
    http.mount(FILE_LINKS_PATH, links.listener);
    url = await links.publish({ filename: "báo cáo.xlsx", mimeType: "application/octet-stream", bytes: Buffer.from("the report") });
    token = new URL(url).pathname.split("/")[2]!;
  });
  afterAll(async () => {
    await http.stop();
    await database.destroy();
  });

  it("serves the published link, with the name encoded as published or otherwise, and without it", async () => {
    expect(await rawGet(base, new URL(url).pathname)).toEqual({ status: 200, body: "the report" });
    expect((await rawGet(base, `/files/${token}/b%C3%A1o%20c%C3%A1o.xlsx`)).status).toBe(200);
    expect((await rawGet(base, `/files/${token}/${encodeURIComponent("báo cáo.xlsx".normalize("NFD"))}`)).status).toBe(200);
    expect((await rawGet(base, `/files/${token}`)).status).toBe(200);
  });

  const TRAVERSALS = (t: string) => [
    "/files/..%2F..%2Fetc%2Fpasswd",
    "/files/%2e%2e/%2e%2e/etc/passwd",
    "/files/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
    "/files/../api/v1/openapi.json",
    "/files/..",
    "/files//etc/passwd",
    "/files/..\\..\\windows\\win.ini",
    "/files/%5C..%5C..%5Cwindows",
    `/files/${t}/..%2F..%2Fetc%2Fpasswd`,
    `/files/${t}/%2e%2e%2f%2e%2e%2fdata%2fnhacviec.db`,
    `/files/${t}/..`,
    `/files/${t}/.`,
    `/files/${t}%2F..%2Fb%C3%A1o%20c%C3%A1o.xlsx`,
    `/files/${t}/../${t}/b%C3%A1o%20c%C3%A1o.xlsx`,
    `/files/${t}/b%C3%A1o%20c%C3%A1o.xlsx/..`,
    `/files/${t}\\b%C3%A1o%20c%C3%A1o.xlsx`,
    `/files/${t}//b%C3%A1o%20c%C3%A1o.xlsx`,
    `/files/${t}/`,
    `/files/%2F${t}/b%C3%A1o%20c%C3%A1o.xlsx`,
    `/files/./${t}`,
    `//files/${t}/b%C3%A1o%20c%C3%A1o.xlsx`,
    `/files/${t}/b%C3%A1o%20c%C3%A1o.xlsx%00.png`,
    `/files/${t}/%E0%A4%A`,
    `/files/${t}/other.xlsx`,
    `/files/${t.replace(/./, "%41")}/b%C3%A1o%20c%C3%A1o.xlsx`,
  ];

  it(`answers the same 404 to ${TRAVERSALS("x").length} traversal, encoded-slash and backslash paths, and keeps serving`, async () => {
    const notFound = await rawGet(base, "/files/nothing");
    expect(notFound.status).toBe(404);
    for (const path of TRAVERSALS(token)) expect([path, await rawGet(base, path)]).toEqual([path, notFound]);
    for (const path of [`/api/v1/../files/${token}/b%C3%A1o%20c%C3%A1o.xlsx`, "/api/v1/..%2F..%2Fetc%2Fpasswd", "/api/v1/%2e%2e/openapi.json"]) {
      expect([path, (await rawGet(base, path)).status]).toEqual([path, 404]);
    }
    expect(await database.db.fileLink.count()).toBe(1);
    expect(await rawGet(base, new URL(url).pathname)).toEqual({ status: 200, body: "the report" });
  });
});
