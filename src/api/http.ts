/**
 * Request plumbing of the integration API: JSON bodies (content type, size,
 * syntax) and query strings.
 */
import type { IncomingMessage } from "node:http";
import { cleanJsonStrings, cleanText } from "../core/text/clean-text.js";
import { parseJsonBytes } from "../http/json-text.js";
import { BodyTooLargeError, readBody } from "../http/server.js";
import { ApiError } from "./errors.js";

/** Largest accepted request body. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads a JSON body: 415 `unsupported_media_type` unless the content type is
 * application/json (charset utf-8, if given), 413 `payload_too_large` over
 * {@link MAX_BODY_BYTES}, 400 `invalid_json` for bytes that are not UTF-8 JSON,
 * 400 `too_deep` for arrays or objects nested deeper than MAX_JSON_DEPTH
 * (src/http/json-text.ts). Every string of the result is clean: no NUL
 * (PostgreSQL refuses it), no control character, no lone surrogate
 * (src/core/text/clean-text.ts).
 */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const [type = "", ...params] = (req.headers["content-type"] ?? "").split(";").map((p) => p.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith("charset="))?.slice(8).replace(/"/g, "");
  if (!(type === "application/json" || /^application\/[\w.+-]+\+json$/.test(type)) || (charset && charset !== "utf-8" && charset !== "utf8")) {
    throw new ApiError(415, "unsupported_media_type", "Send the body as application/json in UTF-8.", {
      contentType: req.headers["content-type"] ?? null,
    });
  }
  let bytes: Buffer;
  try {
    bytes = await readBody(req, MAX_BODY_BYTES);
  } catch (err) {
    if (err instanceof BodyTooLargeError) {
      throw new ApiError(413, "payload_too_large", `The body is larger than ${MAX_BODY_BYTES} bytes.`, { limit: MAX_BODY_BYTES }, { connection: "close" });
    }
    throw err;
  }
  const parsed = parseJsonBytes(bytes);
  if (!parsed.ok) throw new ApiError(400, parsed.reason === "too_deep" ? "too_deep" : "invalid_json", parsed.message);
  return cleanJsonStrings(parsed.value);
}

/**
 * The query string as an object, its values clean (src/core/text/clean-text.ts);
 * a parameter given twice is a 400 `invalid_query` (which one was meant is unclear).
 */
export function queryObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (name in out) {
      throw new ApiError(400, "invalid_query", `The query parameter ${name} is given more than once.`, {
        reasons: [{ field: name, code: "duplicate_parameter", message: `${name} is given more than once.` }],
      });
    }
    out[name] = cleanText(value);
  }
  return out;
}
