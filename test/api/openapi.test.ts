import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  BatchResponseSchema,
  CompleteResponseSchema,
  ErrorSchema,
  OverdueResponseSchema,
  ProgressResponseSchema,
  StatsResponseSchema,
  TaskFieldsSchema,
  UpsertResponseSchema,
} from "../../src/api/schemas.js";
import { providers } from "../helpers/test-database.js";
import { startApi, type ApiHarness } from "./api-harness.js";

type Json = any;

const OPERATIONS = [
  "put /tasks/{code}",
  "post /tasks:batch",
  "post /tasks/{code}/progress",
  "post /tasks/{code}/complete",
  "get /stats",
  "get /tasks/overdue",
  "get /openapi.json",
];

/** Every `$ref` value anywhere in `value`. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe.each(providers)("the OpenAPI document on %s", (provider) => {
  let api: ApiHarness;
  let doc: Json;
  beforeAll(async () => {
    api = await startApi(provider);
    const res = await api.call("GET", "/openapi.json", { key: null });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    doc = res.json;
  });
  afterAll(() => api.stop());

  it("is an OpenAPI 3.1 document with every operation", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(doc.servers).toEqual([{ url: "/api/v1" }]);
    const operations = Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    );
    expect(operations.sort()).toEqual([...OPERATIONS].sort());
    const ids = operations.map((o) => {
      const [method, path] = o.split(" ");
      return doc.paths[path!][method!].operationId;
    });
    expect(new Set(ids).size).toBe(OPERATIONS.length);
  });

  it("declares bearer authentication, public only for itself, and the error answers", () => {
    expect(doc.components.securitySchemes.bearerAuth).toEqual(expect.objectContaining({ type: "http", scheme: "bearer" }));
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths["/openapi.json"].get.security).toEqual([]);
    for (const op of OPERATIONS.filter((o) => !o.includes("openapi"))) {
      const [method, path] = op.split(" ");
      const operation = doc.paths[path!][method!];
      expect(operation.security, op).toBeUndefined();
      for (const status of ["401", "403", "429"]) {
        expect(operation.responses[status].content["application/json"].schema, `${op} ${status}`).toEqual({ $ref: "#/components/schemas/Error" });
      }
      expect(Object.keys(operation.responses).some((s) => s.startsWith("2")), op).toBe(true);
    }
    expect(doc.paths["/tasks/{code}"].put.responses["429"].headers["Retry-After"]).toBeDefined();
    for (const op of ["/tasks/{code}", "/tasks:batch", "/tasks/{code}/progress", "/tasks/{code}/complete"]) {
      const operation = Object.values(doc.paths[op])[0] as Json;
      for (const status of ["413", "415", "422"]) expect(operation.responses[status], `${op} ${status}`).toBeDefined();
    }
  });

  it("resolves every reference to a component schema generated from the zod schemas", () => {
    const schemas = doc.components.schemas as Record<string, Json>;
    for (const name of ["TaskFields", "BatchTask", "BatchRequest", "ProgressRequest", "CompleteRequest", "Error", "Reason", "Task", "UpsertResponse", "BatchResponse", "ProgressResponse", "CompleteResponse", "StatsResponse", "OverdueResponse"]) {
      expect(schemas[name], name).toBeDefined();
    }
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(20);
    for (const ref of all) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(schemas[ref.split("/").at(-1)!], ref).toBeDefined();
    }
    expect(JSON.stringify(schemas)).not.toContain('"$schema"');
    const { $schema: _, ...expected } = z.toJSONSchema(TaskFieldsSchema, { io: "input" }) as Json;
    expect(schemas.TaskFields).toEqual(expected);
    expect(schemas.TaskFields.required.sort()).toEqual(["agency", "assignedAt", "title"]);
    expect(schemas.TaskFields.additionalProperties).toBe(false);
    expect(schemas.BatchRequest.properties.tasks).toMatchObject({ minItems: 1, maxItems: 1000, items: { $ref: "#/components/schemas/BatchTask" } });
    expect(doc.paths["/tasks/{code}"].put.requestBody.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/TaskFields" });
    expect(doc.paths["/tasks:batch"].post.requestBody.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/BatchRequest" });
  });

  it("lists path and query parameters with their schemas", () => {
    const put = doc.paths["/tasks/{code}"].put.parameters;
    expect(put).toEqual([expect.objectContaining({ name: "code", in: "path", required: true, schema: expect.objectContaining({ type: "string" }) })]);
    const stats = doc.paths["/stats"].get.parameters as Json[];
    expect(stats.map((p) => [p.name, p.in, p.required])).toEqual([
      ["agency", "query", false],
      ["asOf", "query", false],
      ["from", "query", false],
      ["to", "query", false],
    ]);
    expect(stats[1].description).toContain("ISO 8601");
    expect((doc.paths["/tasks/overdue"].get.parameters as Json[]).map((p) => p.name)).toEqual(["agency", "asOf", "limit", "cursor"]);
  });

  it("describes what the endpoints really answer", async () => {
    const task = { title: "Việc", agency: "SYT", assignedAt: "02/01/2019", deadline: "31/01/2019" };
    UpsertResponseSchema.parse((await api.call("PUT", "/tasks/D-1", { body: task })).json);
    BatchResponseSchema.parse((await api.call("POST", "/tasks:batch", { body: { tasks: [task, { title: 1 }] } })).json);
    ProgressResponseSchema.parse((await api.call("POST", "/tasks/D-1/progress", { body: { text: "x", externalId: "p" } })).json);
    CompleteResponseSchema.parse((await api.call("POST", "/tasks/D-1/complete", { body: { externalId: "c" } })).json);
    StatsResponseSchema.parse((await api.call("GET", "/stats")).json);
    OverdueResponseSchema.parse((await api.call("GET", "/tasks/overdue")).json);
    ErrorSchema.parse((await api.call("GET", "/stats", { key: null })).json);
  });
});
