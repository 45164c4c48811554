/**
 * Errors of the integration API. Every 4xx answer has the body
 * `{ error: { code, message, details? } }`: a stable machine code, a
 * readable English sentence and, where useful, structured details.
 */
import type { ServerResponse } from "node:http";
import type { z } from "zod";
import { secretScrubber } from "../logger.js";

/** API keys (and bot tokens) a client put where a code or a text belongs are not echoed back in errors. */
const scrubSecrets = secretScrubber([]);

/** An error answered with its status; thrown by handlers, rendered by the listener. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** A field-level problem of a request body or query. */
export interface ApiReason {
  field: string | null;
  code: string;
  message: string;
}

/** Writes a JSON answer; API answers are never cached. */
export function sendApiJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
    "cache-control": "no-store",
    ...headers,
  });
  res.end(text);
}

/**
 * Writes an {@link ApiError}. Its message and details may quote what the
 * client sent (a code, a value); an API key among it is masked, as in the logs.
 */
export function sendApiError(res: ServerResponse, error: ApiError): void {
  const body = { error: { code: error.code, message: error.message, ...(error.details !== undefined && { details: error.details }) } };
  sendApiJson(res, error.status, JSON.parse(scrubSecrets(JSON.stringify(body))) as unknown, error.headers);
}

/**
 * zod issues as reasons. A missing required value gets the code `required`
 * (as in the import); other codes are zod's (invalid_type, too_big,
 * unrecognized_keys, ...).
 */
export function zodReasons(error: z.ZodError, prefix: (string | number)[] = []): ApiReason[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path].map(String);
    const missing = issue.code === "invalid_type" && /received undefined$/.test(issue.message);
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
    const field = path.length > 0 ? path.join(".") : keys.length === 1 ? keys[0]! : null;
    return {
      field,
      code: missing ? "required" : issue.code,
      message: missing ? `${field ?? "value"} is required.` : `${field ? `${field}: ` : ""}${issue.message}.`,
    };
  });
}

/** 422 `invalid_body` with the reasons. */
export function invalidBody(error: z.ZodError): ApiError {
  const reasons = zodReasons(error);
  return new ApiError(422, "invalid_body", `The request body is not valid: ${reasons.map((r) => r.message).join(" ")}`, { reasons });
}

/** 400 `invalid_query` with the reasons. */
export function invalidQuery(reasons: ApiReason[]): ApiError {
  return new ApiError(400, "invalid_query", `The query is not valid: ${reasons.map((r) => r.message).join(" ")}`, { reasons });
}
