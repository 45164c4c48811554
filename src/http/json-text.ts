/**
 * Turning the bytes of a request body into JSON, for the webhooks and the
 * integration API. Three things are refused before JSON.parse runs:
 *
 * - bytes that are not UTF-8: decoding would silently turn them into U+FFFD,
 *   and what was received would not be what is stored;
 * - nesting deeper than {@link MAX_JSON_DEPTH}: `[[[[…]]]]` a hundred
 *   thousand levels deep is a valid JSON text of 200 KB, and any recursive
 *   walk of it (validation, logging, JSON.stringify) would overflow the stack;
 * - then JSON.parse itself.
 */

/**
 * Deepest nesting of arrays and objects accepted. A Telegram update (a
 * message quoting a message with its keyboard) or a Slack block action
 * (blocks of rich text) stays well under 20.
 */
export const MAX_JSON_DEPTH = 64;

/** The parsed value, or why the body was refused. */
export type JsonTextResult = { ok: true; value: unknown } | { ok: false; reason: "invalid_utf8" | "too_deep" | "malformed_json"; message: string };

/** Decodes and parses a body; see the module comment for the order of the checks. */
export function parseJsonBytes(bytes: Uint8Array, maxDepth = MAX_JSON_DEPTH): JsonTextResult {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "invalid_utf8", message: "The body is not valid UTF-8." };
  }
  if (nestingExceeds(text, maxDepth)) {
    return { ok: false, reason: "too_deep", message: `The body nests arrays or objects more than ${maxDepth} levels deep.` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    return { ok: false, reason: "malformed_json", message: `The body is not valid JSON: ${(err as Error).message}` };
  }
}

/**
 * True when brackets outside strings nest deeper than `limit`. One pass, no
 * recursion; a malformed text is left for JSON.parse to refuse.
 */
export function nestingExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
