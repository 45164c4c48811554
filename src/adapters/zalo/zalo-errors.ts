/**
 * Errors of the Zalo client, named after the side that failed. Messages name
 * the API method and never the request URL, which holds the bot token.
 */

/** The Zalo API answered and refused the call (`ok: false`, or an HTTP 4xx). */
export class ZaloApiError extends Error {
  constructor(
    readonly method: string,
    /** `error_code` of the answer, or the HTTP status when the body had none. */
    readonly errorCode: number,
    readonly description: string,
    /** The HTTP status of the answer. */
    readonly status: number,
    /** From a Retry-After header, when the API sent one with a 429. */
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(`Zalo API refused ${method}: ${errorCode} ${description}`, options);
    this.name = "ZaloApiError";
  }
}

/** No usable answer: network failure, timeout, HTTP 5xx or a body that is not the API's JSON. */
export class ZaloHttpError extends Error {
  constructor(
    readonly method: string,
    message: string,
    /** The HTTP status, when an answer arrived. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(`Zalo API call ${method} failed: ${message}`, options);
    this.name = "ZaloHttpError";
  }
}
