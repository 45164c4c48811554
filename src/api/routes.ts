/**
 * The endpoints of /api/v1, each with its schemas and handler. The router
 * (listener.ts) and the OpenAPI document (openapi.ts) both read this table.
 */
import type { z } from "zod";
import type { ApiKeyInfo, ApiKeyScope } from "../core/api-keys/api-keys.js";
import type { CoreDeps } from "../core/deps.js";
import type { Translator } from "../i18n/translator.js";
import { ApiError, zodReasons } from "./errors.js";
import { overdueReport, statsReport } from "./reports.js";
import {
  BatchEnvelopeSchema,
  BatchRequestSchema,
  BatchResponseSchema,
  BatchTaskSchema,
  CompleteRequestSchema,
  CompleteResponseSchema,
  OverdueQuerySchema,
  OverdueResponseSchema,
  ProgressRequestSchema,
  ProgressResponseSchema,
  StatsQuerySchema,
  StatsResponseSchema,
  TaskFieldsSchema,
  UpsertResponseSchema,
} from "./schemas.js";
import { completeApiTask, findApiTask, recordApiProgress, taskJson } from "./task-actions.js";
import { upsertTasks, type UpsertItem } from "./task-upsert.js";

/** What a handler receives; `query` and `body` are already validated by the route's schemas. */
export interface RouteContext {
  deps: CoreDeps;
  key: ApiKeyInfo;
  params: Record<string, string>;
  query: unknown;
  body: unknown;
  translator: Translator;
}

/** One endpoint. */
export interface RouteDef {
  method: "GET" | "PUT" | "POST";
  /** Below /api/v1, with `{name}` segments: "/tasks/{code}/progress". */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  /** Scope needed; null for a public route (no key). */
  scope: ApiKeyScope | null;
  query?: z.ZodObject;
  /** Validates the body. */
  body?: z.ZodType;
  /** The body as documented, when it differs from the validator (batch items are checked one by one). */
  bodyDoc?: z.ZodType;
  /** Successful answers by status. */
  responses: Record<number, { description: string; schema?: z.ZodType }>;
  /** Error statuses this endpoint may answer besides the common ones. */
  errors: number[];
  handle(ctx: RouteContext): Promise<{ status: number; body: unknown }>;
}

const actorLabel = (key: ApiKeyInfo) => `api:${key.prefix}`;

/** The table. GET /openapi.json is added by the listener. */
export const ROUTES: RouteDef[] = [
  {
    method: "PUT",
    path: "/tasks/{code}",
    operationId: "upsertTask",
    summary: "Create or update one task by its code",
    description:
      "Validated exactly like a row of the CSV/XLSX import. The body replaces every imported field: an absent optional " +
      "field is stored empty (an absent completedAt reopens a done task). Idempotent: sending the same body again " +
      "changes nothing and answers 200 with result \"unchanged\".",
    scope: "write",
    body: TaskFieldsSchema,
    responses: {
      200: { description: "Updated, or unchanged", schema: UpsertResponseSchema },
      201: { description: "Created", schema: UpsertResponseSchema },
    },
    errors: [413, 415, 422],
    async handle({ deps, key, params, body, translator }) {
      const code = params.code!;
      const [outcome] = await upsertTasks(deps, [{ index: 0, task: { ...(body as z.infer<typeof TaskFieldsSchema>), code } }], {
        actorLabel: actorLabel(key),
        translator,
      });
      if (!outcome!.ok) {
        const { reasons } = outcome!;
        throw new ApiError(422, "invalid_task", `The task is not valid: ${reasons.map((r) => r.message).join(" ")}`, { reasons });
      }
      const task = taskJson(await findApiTask(deps, outcome!.code));
      return { status: outcome!.result === "created" ? 201 : 200, body: { result: outcome!.result, task } };
    },
  },
  {
    method: "POST",
    path: "/tasks:batch",
    operationId: "upsertTasks",
    summary: "Create or update up to 1,000 tasks",
    description:
      "Each item is validated like a row of the import; valid items are applied even when others are invalid, " +
      "and every invalid item is reported with its index, code and reasons. Items without a code get the import's " +
      "derived code. Answers 200 whenever the envelope is valid.",
    scope: "write",
    body: BatchEnvelopeSchema,
    bodyDoc: BatchRequestSchema,
    responses: { 200: { description: "Per-item results and errors", schema: BatchResponseSchema } },
    errors: [413, 415, 422],
    async handle({ deps, key, body, translator }) {
      const items: UpsertItem[] = (body as { tasks: unknown[] }).tasks.map((raw, index) => {
        const parsed = BatchTaskSchema.safeParse(raw);
        if (parsed.success) return { index, task: parsed.data };
        const code = typeof (raw as { code?: unknown } | null)?.code === "string" ? (raw as { code: string }).code : null;
        return { index, code, reasons: zodReasons(parsed.error) };
      });
      const outcomes = await upsertTasks(deps, items, { actorLabel: actorLabel(key), translator });
      const results = outcomes.flatMap((o) => (o.ok ? [{ index: o.index, code: o.code, result: o.result }] : []));
      const errors = outcomes.flatMap((o) => (o.ok ? [] : [{ index: o.index, code: o.code, reasons: o.reasons }]));
      const count = (r: string) => results.filter((x) => x.result === r).length;
      return {
        status: 200,
        body: { counts: { created: count("created"), updated: count("updated"), unchanged: count("unchanged"), failed: errors.length }, results, errors },
      };
    },
  },
  {
    method: "POST",
    path: "/tasks/{code}/progress",
    operationId: "recordProgress",
    summary: "Record a progress report on an open task",
    description: "Idempotent by externalId: a replay answers 200 with result \"unchanged\" and the first record.",
    scope: "write",
    body: ProgressRequestSchema,
    responses: {
      200: { description: "Already recorded (same externalId)", schema: ProgressResponseSchema },
      201: { description: "Recorded", schema: ProgressResponseSchema },
    },
    errors: [404, 409, 413, 415, 422],
    async handle({ deps, key, params, body }) {
      const input = body as z.infer<typeof ProgressRequestSchema>;
      const out = await recordApiProgress(deps, key, { code: params.code!, ...input });
      return { status: out.result === "created" ? 201 : 200, body: out };
    },
  },
  {
    method: "POST",
    path: "/tasks/{code}/complete",
    operationId: "completeTask",
    summary: "Mark a task completed",
    description: "Idempotent by externalId. A task completed by other means answers 409 already_completed.",
    scope: "write",
    body: CompleteRequestSchema,
    responses: { 200: { description: "Completed, or already completed with this externalId", schema: CompleteResponseSchema } },
    errors: [404, 409, 413, 415, 422],
    async handle({ deps, key, params, body }) {
      const input = body as z.infer<typeof CompleteRequestSchema>;
      return { status: 200, body: await completeApiTask(deps, key, { code: params.code!, ...input }) };
    },
  },
  {
    method: "GET",
    path: "/stats",
    operationId: "getStats",
    summary: "Four-way task counts per agency (the JSON of `nhacviec stats --json`)",
    scope: "read",
    query: StatsQuerySchema,
    responses: { 200: { description: "Counts per agency and in total", schema: StatsResponseSchema } },
    errors: [400],
    handle: async ({ deps, query }) => ({ status: 200, body: await statsReport(deps, query as z.infer<typeof StatsQuerySchema>) }),
  },
  {
    method: "GET",
    path: "/tasks/overdue",
    operationId: "listOverdueTasks",
    summary: "Tasks past their deadline and not completed, oldest deadline first",
    description: "Paginated: pass nextCursor as cursor for the next page. Titles of confidential tasks are null.",
    scope: "read",
    query: OverdueQuerySchema,
    responses: { 200: { description: "One page", schema: OverdueResponseSchema } },
    errors: [400],
    handle: async ({ deps, query }) => ({ status: 200, body: await overdueReport(deps, query as z.infer<typeof OverdueQuerySchema>) }),
  },
];
