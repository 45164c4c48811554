/**
 * The OpenAPI 3.1 document of /api/v1, generated from the route table and
 * the zod schemas the API validates with (JSON Schema draft 2020-12, which
 * OpenAPI 3.1 uses as is).
 */
import { z } from "zod";
import type { RouteDef } from "./routes.js";
import { apiSchemas, ErrorSchema } from "./schemas.js";

type Json = Record<string, unknown>;

/** Common error answers, by status. */
const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Malformed request: invalid_json, invalid_query, invalid_path, unknown_agency, ambiguous_agency",
  401: "Missing, malformed, unknown or revoked API key",
  403: "The key's scope does not allow this (insufficient_scope)",
  404: "Unknown route or task (not_found, task_not_found)",
  405: "Method not allowed on this route (method_not_allowed)",
  409: "Conflicts with the task's state or an earlier externalId",
  413: "Body over 1 MiB (payload_too_large)",
  415: "Body not sent as application/json (unsupported_media_type)",
  422: "Body does not match its schema (invalid_body) or the task is invalid (invalid_task); reasons in details",
  429: "Too many requests for this key (rate_limited); see Retry-After",
};

/** Drops the keys that belong to a standalone JSON Schema document. */
function component(schema: Json): Json {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

/** A `$ref` to the registered component of `schema`, or the schema inlined. */
function schemaRef(schema: z.ZodType): Json {
  const id = apiSchemas.get(schema)?.id;
  if (id) return { $ref: `#/components/schemas/${id}` };
  return component(z.toJSONSchema(schema, { io: "input" }) as Json);
}

function jsonContent(schema: z.ZodType): Json {
  return { "application/json": { schema: schemaRef(schema) } };
}

/** Query parameters from an object schema's fields. */
function queryParameters(query: z.ZodObject): Json[] {
  return Object.entries(query.shape).map(([name, field]) => {
    const { description, ...schema } = component(z.toJSONSchema(field as z.ZodType, { io: "input" }) as Json);
    return { name, in: "query", required: !(field as z.ZodType).safeParse(undefined).success, description, schema };
  });
}

function operation(route: RouteDef): Json {
  const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    description: "Task code (mã nhiệm vụ), URL-encoded.",
    schema: { type: "string", minLength: 1, maxLength: 100 },
  }));
  const responses: Json = {};
  for (const [status, r] of Object.entries(route.responses)) {
    responses[status] = { description: r.description, ...(r.schema && { content: jsonContent(r.schema) }) };
  }
  const errors = route.scope === null ? [] : [401, 403, 404, 405, 429, ...route.errors];
  for (const status of [...new Set(errors)].sort()) {
    responses[String(status)] = {
      description: ERROR_DESCRIPTIONS[status] ?? "Error",
      ...(status === 429 && { headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } } }),
      content: jsonContent(ErrorSchema),
    };
  }
  const body = route.bodyDoc ?? route.body;
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description && { description: route.description }),
    ...(route.scope === "write" && { "x-required-scope": "write" }),
    ...(route.scope === null && { security: [] }),
    parameters: [...params, ...(route.query ? queryParameters(route.query) : [])],
    ...(body && { requestBody: { required: true, content: jsonContent(body) } }),
    responses,
  };
}

/** The whole document; `serverUrl` is where /api/v1 is served. */
export function buildOpenApiDocument(routes: readonly RouteDef[], serverUrl = "/api/v1"): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation(route) };
  }
  const registry = z.toJSONSchema(apiSchemas, { io: "input", uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, Json> };
  const schemas = Object.fromEntries(Object.entries(registry.schemas).map(([id, s]) => [id, component(s)]));
  return {
    openapi: "3.1.0",
    info: {
      title: "Nhắc việc integration API",
      version: "1.0.0",
      description:
        "Tasks, progress and statistics of the provincial task tracker. Authenticate with `Authorization: Bearer <key>` " +
        "(create keys with `nhacviec apikey create`). Read keys may call GET endpoints; write keys everything. Each key " +
        "may send 40 requests at once, then 20 a second (per server process); beyond that the answer is 429 with " +
        "Retry-After. Every 4xx answer is `{ error: { code, message, details? } }`.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "nv_<prefix>_<secret>" } },
      schemas,
    },
  };
}
