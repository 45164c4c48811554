import { ZaloApiError, ZaloHttpError } from "./zalo-errors.js";
import type { ZaloBotInfo, ZaloEnvelope, ZaloSentMessage, ZaloUpdate, ZaloWebhookInfo } from "./zalo-types.js";

export const DEFAULT_ZALO_API_ROOT = "https://bot-api.zaloplatforms.com";

export interface ZaloClientOptions {
  token: string;
  /** Default https://bot-api.zaloplatforms.com (ZALO_API_ROOT). */
  apiRoot?: string;
  /** Timeout of every call but getUpdates, in ms. Default 10 000. */
  timeoutMs?: number;
}

export interface CallOptions {
  /** Aborts the call (e.g. on shutdown), on top of its timeout. */
  signal?: AbortSignal;
}

/** What getUpdates waits for at most by default, in seconds (the platform's default too). */
export const DEFAULT_POLL_TIMEOUT_SECONDS = 30;

/** The API answers a long poll that saw nothing with this error code. */
const POLL_TIMEOUT_CODE = 408;

/**
 * A small typed client of the Zalo Bot API over `fetch`: every method is a
 * JSON POST to `<apiRoot>/bot<token>/<method>`. Failures throw ZaloApiError
 * (the API refused) or ZaloHttpError (no usable answer); neither carries the
 * token.
 */
export class ZaloClient {
  readonly apiRoot: string;
  // A private field keeps the token out of any serialisation of the client (logs, inspection).
  readonly #token: string;
  private readonly timeoutMs: number;

  constructor(options: ZaloClientOptions) {
    this.#token = options.token;
    this.apiRoot = (options.apiRoot ?? DEFAULT_ZALO_API_ROOT).replace(/\/+$/, "");
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** The bot's id and name; a cheap check that the token works. */
  getMe(options?: CallOptions): Promise<ZaloBotInfo> {
    return this.call<ZaloBotInfo>("getMe", {}, options);
  }

  /**
   * Long-polls for the next update (the API returns one at a time). Resolves
   * null when none arrived within `timeoutSeconds` (default 30).
   */
  async getUpdates(params: { timeoutSeconds?: number } = {}, options?: CallOptions): Promise<ZaloUpdate | null> {
    const seconds = params.timeoutSeconds ?? DEFAULT_POLL_TIMEOUT_SECONDS;
    try {
      // The platform documents `timeout` as a string.
      const result = await this.call<ZaloUpdate | null>("getUpdates", { timeout: String(seconds) }, {
        ...options,
        // The local timeout must outlast the server's long poll.
        timeoutMs: seconds * 1000 + 10_000,
      });
      // Unchecked here: the adapter validates every update (and logs the malformed ones).
      return result && typeof result === "object" && Object.keys(result).length > 0 ? result : null;
    } catch (err) {
      if (err instanceof ZaloApiError && err.errorCode === POLL_TIMEOUT_CODE) return null;
      throw err;
    }
  }

  /** Sets the webhook; `secretToken` (8-256 characters) comes back in X-Bot-Api-Secret-Token. */
  setWebhook(params: { url: string; secretToken: string }, options?: CallOptions): Promise<ZaloWebhookInfo> {
    return this.call<ZaloWebhookInfo>("setWebhook", { url: params.url, secret_token: params.secretToken }, options);
  }

  /** Removes the webhook, so that getUpdates works again. */
  deleteWebhook(options?: CallOptions): Promise<ZaloWebhookInfo> {
    return this.call<ZaloWebhookInfo>("deleteWebhook", {}, options);
  }

  /** The webhook URL in use ("" when none); the secret is never returned. */
  getWebhookInfo(options?: CallOptions): Promise<ZaloWebhookInfo> {
    return this.call<ZaloWebhookInfo>("getWebhookInfo", {}, options);
  }

  /** Sends plain text (1-2000 characters; the caller splits longer texts). */
  sendMessage(params: { chatId: string; text: string }, options?: CallOptions): Promise<ZaloSentMessage> {
    return this.call<ZaloSentMessage>("sendMessage", { chat_id: params.chatId, text: params.text }, options);
  }

  /** Sends a photo by URL. */
  sendPhoto(params: { chatId: string; photo: string; caption?: string }, options?: CallOptions): Promise<ZaloSentMessage> {
    const body: Record<string, unknown> = { chat_id: params.chatId, photo: params.photo };
    if (params.caption !== undefined) body.caption = params.caption;
    return this.call<ZaloSentMessage>("sendPhoto", body, options);
  }

  /** Shows "typing…" in the chat (the only action the platform offers as stable). */
  async sendChatAction(params: { chatId: string; action?: "typing" }, options?: CallOptions): Promise<void> {
    await this.call<unknown>("sendChatAction", { chat_id: params.chatId, action: params.action ?? "typing" }, options);
  }

  private async call<T>(method: string, body: Record<string, unknown>, options: CallOptions & { timeoutMs?: number } = {}): Promise<T> {
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.apiRoot}/bot${this.#token}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal,
      });
      text = await response.text();
    } catch (err) {
      const why = timeout.aborted ? `no answer within ${timeoutMs} ms` : options.signal?.aborted ? "aborted" : "network failure";
      throw new ZaloHttpError(method, why, undefined, { cause: this.redact(err) });
    }
    return this.parse<T>(method, response, text);
  }

  private parse<T>(method: string, response: Response, text: string): T {
    const { status } = response;
    if (status >= 500) throw new ZaloHttpError(method, `HTTP ${status}`, status);
    const envelope = parseEnvelope<T>(text);
    const refused = status >= 400 || (envelope !== null && !envelope.ok);
    if (refused) {
      const retryAfter = Number(response.headers.get("retry-after"));
      throw new ZaloApiError(
        method,
        envelope?.error_code ?? status,
        // A description could quote the request URL, which holds the token.
        this.mask(envelope?.description ?? `HTTP ${status}`),
        status,
        Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
      );
    }
    if (envelope === null) throw new ZaloHttpError(method, "the answer is not the API's JSON", status);
    return envelope.result as T;
  }

  /** `text` with the token replaced by "<token>". */
  private mask(text: string): string {
    return this.#token === "" ? text : String(text).split(this.#token).join("<token>");
  }

  /** A cause whose message would show the token (e.g. a bad URL) is replaced by a masked copy. */
  private redact(err: unknown): unknown {
    if (!(err instanceof Error) || this.#token === "") return err;
    const mentions = (e: unknown): boolean =>
      e instanceof Error && (e.message.includes(this.#token) || String(e.stack).includes(this.#token) || mentions(e.cause));
    if (!mentions(err)) return err;
    const masked = new Error(err.message.split(this.#token).join("<token>"));
    masked.name = err.name;
    masked.stack = `${masked.name}: ${masked.message}`;
    return masked;
  }
}

function parseEnvelope<T>(text: string): ZaloEnvelope<T> | null {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === "object" && typeof (value as { ok?: unknown }).ok === "boolean") return value as ZaloEnvelope<T>;
    return null;
  } catch {
    return null;
  }
}
