/**
 * A running integration API for tests: a fresh database with the fixture
 * agencies, the shared HTTP server on a random port of 127.0.0.1 with the
 * API mounted at /api/v1, and one write key and one read key.
 */
import { readFileSync } from "node:fs";
import pino from "pino";
import { createApiListener, type ApiOptions } from "../../src/api/listener.js";
import { importAgencies } from "../../src/core/agencies/import-agencies.js";
import { createApiKey } from "../../src/core/api-keys/api-keys.js";
import type { CoreDeps } from "../../src/core/deps.js";
import { createHttpServer, type HttpServer } from "../../src/http/server.js";
import { createTestDatabase, type Provider, type TestDatabase } from "../helpers/test-database.js";
import { shippedPolicy } from "../helpers/test-deps.js";

/** 30/06/2019 10:00 in Asia/Ho_Chi_Minh. */
export const START = new Date("2019-06-30T03:00:00Z");

export interface ApiHarness {
  url: string;
  database: TestDatabase;
  deps: CoreDeps;
  /** Moves the application clock. */
  setNow(date: Date): void;
  writeKey: string;
  readKey: string;
  /** fetch of `path` below /api/v1 with the write key (unless `key` says otherwise) and a JSON body. */
  call(method: string, path: string, options?: { key?: string | null; body?: unknown; headers?: Record<string, string> }): Promise<ApiResponse>;
  stop(): Promise<void>;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON body (null when empty). */
  json: any;
}

export async function startApi(provider: Provider, options: ApiOptions = {}): Promise<ApiHarness> {
  const database = await createTestDatabase(provider);
  let now = START;
  const deps: CoreDeps = { db: database.db, clock: () => new Date(now.getTime()), timeZone: "Asia/Ho_Chi_Minh", logger: pino({ level: "silent" }), policy: shippedPolicy };
  const agencies = await importAgencies(deps, { text: readFileSync(new URL("../fixtures/import/agencies.csv", import.meta.url)) });
  if (agencies.status !== "ok") throw new Error("agency fixture did not import");
  const writeKey = (await createApiKey(deps, { name: "Hệ thống QLVB", scope: "write" })).key;
  const readKey = (await createApiKey(deps, { name: "Cổng thông tin", scope: "read" })).key;
  const server: HttpServer = createHttpServer({ host: "127.0.0.1", port: 0, logger: pino({ level: "silent" }) });
  server.mount("/api/v1", createApiListener(deps, options));
  const { url } = await server.start();
  return {
    url,
    database,
    deps,
    setNow: (date) => (now = date),
    writeKey,
    readKey,
    async call(method, path, { key = writeKey, body, headers = {} } = {}) {
      const res = await fetch(`${url}/api/v1${path}`, {
        method,
        headers: {
          ...(key !== null && { authorization: `Bearer ${key}` }),
          ...(body !== undefined && { "content-type": "application/json" }),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === "string" ? body : body instanceof Uint8Array ? new Uint8Array(body) : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, json: text === "" ? null : JSON.parse(text) };
    },
    async stop() {
      await server.stop();
      await database.destroy();
    },
  };
}
