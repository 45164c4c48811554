/**
 * The integration API as a node:http listener, to mount at /api/v1 on the
 * shared server (src/http/server.ts).
 *
 * Each request goes: route (404 unknown path, 405 wrong method) → API key
 * (401) → rate limit (429) → scope (403) → body (415, 413, 400) → schema
 * (422 / 400) → handler. GET /openapi.json needs no key.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import type { z } from "zod";
import { authenticateApiKey, markApiKeyUsed, type ApiKeyInfo } from "../core/api-keys/api-keys.js";
import type { CoreDeps } from "../core/deps.js";
import { cleanText } from "../core/text/clean-text.js";
import { createTranslator, type Translator } from "../i18n/translator.js";
import { ApiError, invalidBody, invalidQuery, sendApiError, sendApiJson, zodReasons } from "./errors.js";
import { queryObject, readJsonBody } from "./http.js";
import { buildOpenApiDocument } from "./openapi.js";
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimitOptions } from "./rate-limit.js";
import { ROUTES, type RouteDef } from "./routes.js";

/** Options of {@link createApiListener}. */
export interface ApiOptions {
  /** Where the listener is mounted. Default "/api/v1". */
  basePath?: string;
  /** Per-key token bucket. Default 20 requests a second, bursts of 40. */
  rateLimit?: RateLimitOptions;
  translator?: Translator;
}

const OPENAPI_ROUTE: RouteDef = {
  method: "GET",
  path: "/openapi.json",
  operationId: "getOpenApi",
  summary: "This document (no key needed)",
  scope: null,
  responses: { 200: { description: "OpenAPI 3.1 document" } },
  errors: [],
  handle: async () => ({ status: 200, body: null }),
};

/** Matches a path below the base against the table: the route and its parameters, the allowed methods (405), or null (404). */
function matchRoute(routes: readonly RouteDef[], method: string, path: string) {
  const segments = path.split("/").slice(1);
  const allowed: string[] = [];
  for (const route of routes) {
    const pattern = route.path.split("/").slice(1);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const fits = pattern.every((p, i) => {
      const s = segments[i]!;
      if (p.startsWith("{")) {
        params[p.slice(1, -1)] = s;
        return s !== "";
      }
      return p === s;
    });
    if (!fits) continue;
    if (route.method === method) return { route, params, allowed: [] as string[] };
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { allowed, route: null } : null;
}

/** Decodes `%xx` escapes of a path segment; 400 `invalid_path` when malformed or when it decodes to a control character (`%00`). */
function decodeSegment(segment: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment).normalize("NFC");
  } catch {
    throw new ApiError(400, "invalid_path", "The path contains a malformed %-escape.");
  }
  if (cleanText(decoded) !== decoded) throw new ApiError(400, "invalid_path", "The path contains a control character.");
  return decoded;
}

function unauthorized(code: string, message: string, error: "invalid_request" | "invalid_token"): ApiError {
  return new ApiError(401, code, message, undefined, { "www-authenticate": `Bearer realm="nhacviec", error="${error}"` });
}

/** The key of the request, or 401. */
async function authenticate(deps: CoreDeps, req: IncomingMessage): Promise<ApiKeyInfo> {
  const header = req.headers.authorization;
  if (!header) throw unauthorized("missing_api_key", "Send the API key as Authorization: Bearer <key>.", "invalid_request");
  const m = /^Bearer +(\S+) *$/i.exec(header);
  if (!m) throw unauthorized("invalid_authorization", "The Authorization header must read: Bearer <key>.", "invalid_request");
  const check = await authenticateApiKey(deps, m[1]!);
  if (check.ok) return check.key;
  if (check.reason === "revoked") throw unauthorized("revoked_api_key", "This API key has been revoked.", "invalid_token");
  throw unauthorized("unknown_api_key", "This API key is not valid.", "invalid_token");
}

function parse<T extends z.ZodType>(schema: T, value: unknown, kind: "body" | "query"): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw kind === "body" ? invalidBody(parsed.error) : invalidQuery(zodReasons(parsed.error));
}

/**
 * The API listener. Rate limits live in this listener's memory: create one
 * listener per process and mount it once.
 */
export function createApiListener(deps: CoreDeps, options: ApiOptions = {}): RequestListener {
  const basePath = (options.basePath ?? "/api/v1").replace(/\/+$/, "");
  const limiter = createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const translator = options.translator ?? createTranslator();
  const routes = [...ROUTES, OPENAPI_ROUTE];
  let openapi: string | null = null;

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<{ status: number; key?: string }> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : null;
    const method = (req.method ?? "GET").toUpperCase();
    const match = path === null ? null : matchRoute(routes, method, path);
    if (!match) throw new ApiError(404, "not_found", `There is no endpoint ${url.pathname}.`);
    if (match.route === null) {
      throw new ApiError(405, "method_not_allowed", `${method} is not allowed here; use ${match.allowed.join(", ")}.`, { allowed: match.allowed }, { allow: match.allowed.join(", ") });
    }
    const { route } = match;
    if (route === OPENAPI_ROUTE) {
      openapi ??= JSON.stringify(buildOpenApiDocument(routes, basePath));
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "cache-control": "public, max-age=300" });
      res.end(openapi);
      return { status: 200 };
    }
    const key = await authenticate(deps, req);
    const decision = limiter.take(String(key.id));
    if (!decision.ok) {
      throw new ApiError(429, "rate_limited", `Too many requests; retry in ${decision.retryAfterSeconds} s.`, { retryAfterSeconds: decision.retryAfterSeconds }, { "retry-after": String(decision.retryAfterSeconds) });
    }
    await markApiKeyUsed(deps, key, deps.clock());
    if (route.scope === "write" && key.scope !== "write") {
      throw new ApiError(403, "insufficient_scope", `This endpoint needs a write key; this key can only ${key.scope}.`, { required: "write", scope: key.scope });
    }
    const params = Object.fromEntries(Object.entries(match.params).map(([k, v]) => [k, decodeSegment(v)]));
    const query = route.query ? parse(route.query, queryObject(url), "query") : undefined;
    const body = route.body ? parse(route.body, await readJsonBody(req), "body") : undefined;
    const result = await route.handle({ deps, key, params, query, body, translator });
    sendApiJson(res, result.status, result.body);
    return { status: result.status, key: key.prefix };
  }

  return async (req, res) => {
    const started = performance.now();
    let outcome: { status: number; key?: string };
    try {
      outcome = await serve(req, res);
    } catch (err) {
      if (err instanceof ApiError) {
        sendApiError(res, err);
        outcome = { status: err.status };
      } else {
        deps.logger.error({ err, method: req.method, path: req.url?.split("?")[0] }, "api request failed");
        if (!res.headersSent) sendApiError(res, new ApiError(500, "internal", "Internal error; it has been logged."));
        else res.end();
        outcome = { status: 500 };
      }
    }
    deps.logger.debug(
      { method: req.method, path: req.url?.split("?")[0], status: outcome.status, key: outcome.key, ms: Math.round(performance.now() - started) },
      "api request",
    );
  };
}
