import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_RATE_LIMIT } from "../../src/api/rate-limit.js";
import { apiKeyPrefix, revokeApiKey } from "../../src/core/api-keys/api-keys.js";
import { providers } from "../helpers/test-database.js";
import { START, startApi, type ApiHarness } from "./api-harness.js";

const TASK = { title: "Báo cáo", agency: "Sở Y tế", assignedAt: "02/01/2019" };

describe.each(providers)("API keys, routing and limits on %s", (provider) => {
  let api: ApiHarness;
  afterEach(() => api.stop());

  it("stores only the hash and prefix of a key", async () => {
    api = await startApi(provider);
    const rows = await api.database.db.apiKey.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => r.scope)).toEqual(["write", "read"]);
    expect(api.writeKey).toMatch(/^nv_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(rows[0]!.keyHash).toBe(createHash("sha256").update(api.writeKey).digest("hex"));
    expect(rows[0]!.prefix).toBe(apiKeyPrefix(api.writeKey));
    expect(JSON.stringify(rows)).not.toContain(api.writeKey.slice(12));
  });

  it("answers 401 to a missing, malformed, unknown or revoked key", async () => {
    api = await startApi(provider);
    const missing = await api.call("GET", "/stats", { key: null });
    expect(missing.status).toBe(401);
    expect(missing.json.error.code).toBe("missing_api_key");
    expect(missing.headers.get("www-authenticate")).toContain("Bearer");

    for (const authorization of [`Basic ${api.readKey}`, "Bearer", `Bearer ${api.readKey} extra`]) {
      const malformed = await api.call("GET", "/stats", { key: null, headers: { authorization } });
      expect([malformed.status, malformed.json.error.code]).toEqual([401, "invalid_authorization"]);
    }
    const notAKey = await api.call("GET", "/stats", { key: "secret" });
    expect([notAKey.status, notAKey.json.error.code]).toEqual([401, "unknown_api_key"]);
    // Right prefix, wrong secret.
    const forged = `${api.readKey.slice(0, 12)}${"A".repeat(43)}`;
    expect((await api.call("GET", "/stats", { key: forged })).json.error.code).toBe("unknown_api_key");

    expect((await api.call("GET", "/stats", { key: api.readKey })).status).toBe(200);
    await revokeApiKey(api.deps, apiKeyPrefix(api.readKey)!);
    const revoked = await api.call("GET", "/stats", { key: api.readKey });
    expect([revoked.status, revoked.json.error.code]).toEqual([401, "revoked_api_key"]);
    expect(typeof revoked.json.error.message).toBe("string");
  });

  it("answers 403 when a read key writes, and lets it read", async () => {
    api = await startApi(provider);
    const put = await api.call("PUT", "/tasks/NV-1", { key: api.readKey, body: TASK });
    expect(put.status).toBe(403);
    expect(put.json.error).toMatchObject({ code: "insufficient_scope", details: { required: "write", scope: "read" } });
    expect((await api.call("POST", "/tasks:batch", { key: api.readKey, body: { tasks: [TASK] } })).status).toBe(403);
    expect(await api.database.db.task.count()).toBe(0);
    expect((await api.call("GET", "/tasks/overdue", { key: api.readKey })).status).toBe(200);
    expect((await api.call("GET", "/tasks/overdue", { key: api.writeKey })).status).toBe(200);
  });

  it("answers 404 to unknown routes and 405 with Allow to wrong methods", async () => {
    api = await startApi(provider);
    for (const path of ["/nothing", "/tasks", "/tasks/", "/tasks/A/progress/x", "/stats/"]) {
      const res = await api.call("GET", path);
      expect([path, res.status, res.json.error.code]).toEqual([path, 404, "not_found"]);
    }
    const wrong = await api.call("DELETE", "/tasks/NV-1");
    expect(wrong.status).toBe(405);
    expect(wrong.json.error.code).toBe("method_not_allowed");
    expect(wrong.headers.get("allow")).toBe("PUT");
    expect((await api.call("GET", "/tasks/NV-1/progress")).headers.get("allow")).toBe("POST");
    // /tasks/overdue is both the overdue list (GET) and the task with code "overdue" (PUT).
    expect((await api.call("POST", "/tasks/overdue")).headers.get("allow")).toBe("PUT, GET");
    expect((await api.call("GET", "/tasks/%E0%A4%A/progress")).status).toBe(405);
    const badEscape = await api.call("POST", "/tasks/%E0%A4%A/progress", { body: { text: "x", externalId: "1" } });
    expect([badEscape.status, badEscape.json.error.code]).toEqual([400, "invalid_path"]);
  });

  it("rejects oversized bodies, malformed JSON and other content types", async () => {
    api = await startApi(provider);
    const big = await api.call("PUT", "/tasks/NV-1", { body: JSON.stringify({ ...TASK, note: "x".repeat(1024 * 1024) }) });
    expect([big.status, big.json.error.code]).toEqual([413, "payload_too_large"]);
    // Without a Content-Length (chunked), the limit is enforced while reading.
    const chunk = new Uint8Array(256 * 1024).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const chunked = await fetch(`${api.url}/api/v1/tasks/NV-1`, {
      method: "PUT",
      headers: { authorization: `Bearer ${api.writeKey}`, "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit).catch((err: Error) => err);
    if (chunked instanceof Error) throw chunked;
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");

    const malformed = await api.call("PUT", "/tasks/NV-1", { body: '{"title": "A",' });
    expect([malformed.status, malformed.json.error.code]).toEqual([400, "invalid_json"]);
    const empty = await api.call("PUT", "/tasks/NV-1", { body: "" , headers: { "content-type": "application/json" } });
    expect([empty.status, empty.json.error.code]).toEqual([400, "invalid_json"]);
    const latin1 = await api.call("PUT", "/tasks/NV-1", { body: Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]) });
    expect([latin1.status, latin1.json.error.code]).toEqual([400, "invalid_json"]);
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin1"]) {
      const res = await api.call("PUT", "/tasks/NV-1", { body: JSON.stringify(TASK), headers: { "content-type": type } });
      expect([type, res.status, res.json.error.code]).toEqual([type, 415, "unsupported_media_type"]);
    }
    const noType = await fetch(`${api.url}/api/v1/tasks/NV-1`, { method: "PUT", headers: { authorization: `Bearer ${api.writeKey}` }, body: new Uint8Array(Buffer.from(JSON.stringify(TASK))) });
    expect(noType.status).toBe(415);
    const ok = await api.call("PUT", "/tasks/NV-1", { body: JSON.stringify(TASK), headers: { "content-type": "application/json; charset=UTF-8" } });
    expect(ok.status).toBe(201);
  });

  it("limits each key to its bucket and says when to retry", async () => {
    let ms = 0;
    api = await startApi(provider, { rateLimit: { perSecond: 2, burst: 3, now: () => ms } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await api.call("GET", "/tasks/overdue", { key: api.readKey })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await api.call("GET", "/tasks/overdue", { key: api.readKey });
    expect(limited.json.error.code).toBe("rate_limited");
    expect(limited.headers.get("retry-after")).toBe("1");
    // Another key has its own bucket.
    expect((await api.call("GET", "/tasks/overdue", { key: api.writeKey })).status).toBe(200);
    ms += 500; // one token back
    expect((await api.call("GET", "/tasks/overdue", { key: api.readKey })).status).toBe(200);
    expect((await api.call("GET", "/tasks/overdue", { key: api.readKey })).status).toBe(429);
  });

  it("lets 40 concurrent requests of a key through with the default bucket, and refuses the rest", async () => {
    // The default sizes, with the limiter's clock stopped so that no token comes back during the burst.
    api = await startApi(provider, { rateLimit: { ...DEFAULT_RATE_LIMIT, now: () => 0 } });
    expect(DEFAULT_RATE_LIMIT).toEqual({ perSecond: 20, burst: 40 });
    const statuses = await Promise.all(Array.from({ length: 60 }, () => api.call("GET", "/tasks/overdue?limit=1", { key: api.readKey }).then((r) => r.status)));
    expect(statuses.filter((s) => s === 200)).toHaveLength(40);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
  });

  it("updates lastUsedAt at most once a minute", async () => {
    api = await startApi(provider);
    const lastUsed = async () => (await api.database.db.apiKey.findFirstOrThrow({ where: { prefix: apiKeyPrefix(api.readKey)! } })).lastUsedAt;
    expect(await lastUsed()).toBeNull();
    await api.call("GET", "/tasks/overdue", { key: api.readKey });
    expect(await lastUsed()).toEqual(START);
    api.setNow(new Date(START.getTime() + 59_000));
    await api.call("GET", "/tasks/overdue", { key: api.readKey });
    expect(await lastUsed()).toEqual(START);
    const later = new Date(START.getTime() + 60_000);
    api.setNow(later);
    await api.call("GET", "/tasks/overdue", { key: api.readKey });
    expect(await lastUsed()).toEqual(later);
  });
});
