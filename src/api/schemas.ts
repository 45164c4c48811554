/**
 * The zod schemas of the integration API: requests are validated with them
 * and the OpenAPI document (openapi.ts) is generated from them, so the two
 * cannot disagree. Every schema that appears in the document is registered
 * in {@link apiSchemas} under its component name.
 */
import { z } from "zod";

/** Component schemas of the OpenAPI document, by name. */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

/** Most tasks a batch may carry. */
export const BATCH_MAX = 1_000;
/** Default and largest page of the overdue list. */
export const OVERDUE_PAGE = { default: 50, max: 500 } as const;

const DATE_HELP =
  "ISO 8601 (2019-06-30, 2019-06-30T14:30, 2019-06-30T14:30:00+07:00) or dd/mm/yyyy [HH:mm]; without an offset, " +
  "a wall time in the server's APP_TIMEZONE.";

const dateText = (description: string) => z.string().max(64).describe(`${description}. ${DATE_HELP}`);
const optional = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** The fields of a task, as in the CSV/XLSX import (English names). Absent optional fields are stored empty. */
export const TaskFieldsSchema = z
  .strictObject({
    title: z.string().describe("Trích yếu: what is to be done (at most 2,000 characters)."),
    agency: z.string().describe("The lead agency (cơ quan chủ trì): its name, short name, alias or code."),
    documentNumber: optional(z.string()).describe("Số ký hiệu of the directive document, e.g. 270/QĐ-UBND."),
    documentDate: optional(dateText("Issue date of the document")),
    assignedAt: dateText("Assignment (ngày giao); a plain date is the start of that day"),
    deadline: optional(dateText("Deadline day (hạn xử lý), stored as the end of that day; absent for a standing task")),
    completedAt: optional(dateText("Completion (ngày hoàn thành); a plain date is the start of that day; absent while open")),
    note: optional(z.string()).describe("Ghi chú (at most 10,000 characters)."),
  })
  .register(apiSchemas, { id: "TaskFields", description: "A task's fields; PUT replaces them all." });
/** A validated PUT body. */
export type TaskFields = z.infer<typeof TaskFieldsSchema>;

/** One task of a batch: the fields plus an optional code. */
export const BatchTaskSchema = TaskFieldsSchema.extend({
  code: z
    .string()
    .optional()
    .describe("Mã nhiệm vụ. When absent, a code is derived from agency, title, assignment date and document number."),
}).register(apiSchemas, { id: "BatchTask" });
/** A validated batch item. */
export type BatchTask = z.infer<typeof BatchTaskSchema>;

/** POST /tasks:batch, as documented: 1 to {@link BATCH_MAX} tasks. */
export const BatchRequestSchema = z
  .strictObject({ tasks: z.array(BatchTaskSchema).min(1).max(BATCH_MAX) })
  .register(apiSchemas, { id: "BatchRequest" });

/** The envelope a batch is first checked against; each item is then checked alone. */
export const BatchEnvelopeSchema = z.strictObject({ tasks: z.array(z.unknown()).min(1).max(BATCH_MAX) });

/** POST /tasks/{code}/progress */
export const ProgressRequestSchema = z
  .strictObject({
    text: z.string().trim().min(1).max(2_000).describe("What was done."),
    percent: z.int().min(0).max(100).optional().describe("Progress in percent, when known."),
    externalId: z
      .string()
      .min(1)
      .max(200)
      .describe("The caller's id of this update; sending it again records nothing new (idempotency)."),
  })
  .register(apiSchemas, { id: "ProgressRequest" });

/** POST /tasks/{code}/complete */
export const CompleteRequestSchema = z
  .strictObject({
    completedAt: dateText("When the task was completed; a plain date is the start of that day; default now").optional(),
    note: z.string().max(10_000).optional().describe("Completion note."),
    externalId: z.string().min(1).max(200).describe("The caller's id of this completion (idempotency)."),
  })
  .register(apiSchemas, { id: "CompleteRequest" });

/** Query of GET /stats. */
export const StatsQuerySchema = z.strictObject({
  agency: z.string().min(1).optional().describe("One agency: name, short name, alias or code."),
  asOf: dateText("Count as of this instant; a plain date means the end of that day; default now").optional(),
  from: dateText("Only tasks assigned from this instant; a plain date means the start of that day").optional(),
  to: dateText("Only tasks assigned until this instant; a plain date means the end of that day").optional(),
});

/** Query of GET /tasks/overdue. */
export const OverdueQuerySchema = z.strictObject({
  agency: z.string().min(1).optional().describe("One agency: name, short name, alias or code."),
  asOf: dateText("Overdue as of this instant; a plain date means the end of that day; default now").optional(),
  limit: z
    .string()
    .regex(/^\d{1,4}$/)
    .optional()
    .describe(`Items per page, 1 to ${OVERDUE_PAGE.max} (default ${OVERDUE_PAGE.default}).`),
  cursor: z.string().max(200).optional().describe("nextCursor of the previous page."),
});

// Responses.

/** Why an item or field was refused. */
export const ReasonSchema = z
  .object({
    field: z.string().nullable().describe("The offending field, or null for the whole item."),
    code: z.string().describe("Machine code: required, too_long, date_format, date_invalid, unknown_agency, ..."),
    message: z.string(),
  })
  .register(apiSchemas, { id: "Reason" });

/** The body of every 4xx (and 500) answer. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().describe("Machine code, e.g. invalid_json, invalid_body, unknown_api_key, rate_limited."),
      message: z.string().describe("A readable sentence."),
      details: z.unknown().optional(),
    }),
  })
  .register(apiSchemas, { id: "Error" });

const isoInstant = z.string().describe("ISO 8601 instant in UTC.");

/** A task as answered by the API. */
export const TaskSchema = z
  .object({
    code: z.string(),
    title: z.string().nullable().describe("Null for a confidential task."),
    confidential: z.boolean(),
    agency: z.object({ code: z.string(), name: z.string() }),
    documentNumber: z.string().nullable(),
    assignedAt: isoInstant,
    deadline: isoInstant.nullable().describe("End of the deadline day in APP_TIMEZONE."),
    completedAt: isoInstant.nullable(),
    status: z.enum(["open", "done", "cancelled"]),
    progressPercent: z.int(),
    note: z.string().nullable(),
  })
  .register(apiSchemas, { id: "Task" });

const upsertResult = z.enum(["created", "updated", "unchanged"]);

/** Answer of PUT /tasks/{code}. */
export const UpsertResponseSchema = z
  .object({ result: upsertResult, task: TaskSchema })
  .register(apiSchemas, { id: "UpsertResponse" });

/** Answer of POST /tasks:batch. */
export const BatchResponseSchema = z
  .object({
    counts: z.object({ created: z.int(), updated: z.int(), unchanged: z.int(), failed: z.int() }),
    results: z.array(z.object({ index: z.int(), code: z.string(), result: upsertResult })),
    errors: z.array(z.object({ index: z.int(), code: z.string().nullable(), reasons: z.array(ReasonSchema) })),
  })
  .register(apiSchemas, { id: "BatchResponse" });

/** Answer of POST /tasks/{code}/progress. */
export const ProgressResponseSchema = z
  .object({
    result: z.enum(["created", "unchanged"]),
    progress: z.object({
      id: z.int(),
      taskCode: z.string(),
      text: z.string(),
      percent: z.int().nullable(),
      createdAt: isoInstant,
    }),
  })
  .register(apiSchemas, { id: "ProgressResponse" });

/** Answer of POST /tasks/{code}/complete. */
export const CompleteResponseSchema = z
  .object({ result: z.enum(["completed", "unchanged"]), task: TaskSchema })
  .register(apiSchemas, { id: "CompleteResponse" });

const countsShape = { total: z.int(), onTime: z.int(), late: z.int(), inTerm: z.int(), overdue: z.int() };
/** Answer of GET /stats. */
export const StatsResponseSchema = z
  .object({
    asOf: isoInstant,
    rows: z.array(z.object({ agency: z.string(), ...countsShape })),
    total: z.object(countsShape),
  })
  .register(apiSchemas, { id: "StatsResponse", description: "The same JSON as `nhacviec stats --json`." });

/** Answer of GET /tasks/overdue. */
export const OverdueResponseSchema = z
  .object({
    asOf: isoInstant,
    items: z.array(
      z.object({
        code: z.string(),
        title: z.string().nullable().describe("Null for a confidential task."),
        confidential: z.boolean(),
        agency: z.object({ code: z.string(), name: z.string() }),
        deadline: isoInstant,
        daysOverdue: z.int().describe("Calendar days from the deadline day to the as-of day, in APP_TIMEZONE."),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .register(apiSchemas, { id: "OverdueResponse" });
