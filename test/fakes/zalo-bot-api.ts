import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";

/**
 * A local stand-in for the Zalo Bot API (bot-api.zaloplatforms.com) on
 * 127.0.0.1, speaking its protocol: `POST /bot<TOKEN>/<method>` with a JSON
 * body, answers `{ ok, result }` or `{ ok: false, error_code, description }`.
 * Tests push updates; they reach the bot through getUpdates (one per call,
 * long-polled) or, once a webhook is set, as a JSON POST to the webhook with
 * the X-Bot-Api-Secret-Token header, the way Zalo delivers them.
 */

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
}

export interface SentMessage {
  chat_id: string;
  text: string;
  message_id: string;
}

export interface SentPhoto {
  chat_id: string;
  /** The URL Zalo would fetch the image from. */
  photo: string;
  caption?: string;
  message_id: string;
}

/** A failure served instead of the next answer(s) of a method. */
export type FakeFailure =
  /** The API refuses: `{ ok: false, error_code, description }` with an HTTP status (default: the error code). */
  | { type: "api"; errorCode: number; description: string; status?: number; retryAfterSeconds?: number }
  /** A raw HTTP answer, e.g. a 502 page from a proxy. */
  | { type: "http"; status: number; body: string; contentType?: string }
  /** The connection is cut without an answer. */
  | { type: "drop" };

export const QUOTA_EXCEEDED: FakeFailure = { type: "api", errorCode: 429, description: "Quota exceeded", status: 429 };

export interface PushOptions {
  /** Webhook mode: `{ ok: true, result: update }` (default) or the bare update. */
  wrapped?: boolean;
  /** Webhook mode: the secret header to send instead of the configured one; null sends none. */
  secretHeader?: string | null;
}

export type PushResult = { delivered: "queued" } | { delivered: "webhook"; status: number; body: string };

export interface FakeZaloBotApi {
  /** Pass as ZALO_API_ROOT. */
  readonly apiRoot: string;
  readonly token: string;
  readonly bot: { id: string; account_name: string };
  /** Calls answered ok:true, in order. */
  readonly calls: RecordedCall[];
  /** Every call that named a method, accepted or not. */
  readonly requests: RecordedCall[];
  readonly webhook: { url: string; secret: string } | null;
  /** Texts accepted by sendMessage, optionally for one chat. */
  sentMessages(chatId?: string): SentMessage[];
  /** Photos accepted by sendPhoto, optionally for one chat. */
  sentPhotos(chatId?: string): SentPhoto[];
  /** Delivers an update: queued for getUpdates, or POSTed to the webhook when one is set. */
  push(update: object, options?: PushOptions): Promise<PushResult>;
  /** Serves `failure` instead of `times` answers of `method` (default 1), after `after` normal ones (default 0). */
  failNext(method: string, failure: FakeFailure, options?: { times?: number; after?: number }): void;
  /** Resolves with the predicate's first truthy value, or rejects after `timeoutMs`. */
  waitFor<T>(predicate: () => T | undefined | null | false, what: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

interface Waiter {
  body: Record<string, unknown>;
  req: IncomingMessage;
  res: ServerResponse;
  timer: NodeJS.Timeout;
}

export async function startFakeZaloBotApi(options: { token?: string; botName?: string } = {}): Promise<FakeZaloBotApi> {
  const token = options.token ?? `1234567890:${randomBytes(12).toString("hex")}`;
  const bot = { id: "bot-7e3a", account_name: options.botName ?? "Bot Nhắc việc" };
  const calls: RecordedCall[] = [];
  const requests: RecordedCall[] = [];
  const sent: SentMessage[] = [];
  const photos: SentPhoto[] = [];
  const queue: object[] = [];
  const waiters: Waiter[] = [];
  /** Per method, what to serve next: a failure, or null for a normal answer. */
  const failures = new Map<string, (FakeFailure | null)[]>();
  let webhook: { url: string; secret: string } | null = null;
  let webhookUpdatedAt = 0;

  const reply = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(text);
  };
  const refuse = (res: ServerResponse, errorCode: number, description: string) =>
    reply(res, errorCode, { ok: false, error_code: errorCode, description });

  const methods: Record<string, (body: Record<string, unknown>, req: IncomingMessage, res: ServerResponse) => unknown> = {
    getMe: () => ({ ...bot, account_type: "BASIC", can_join_groups: true }),
    getUpdates(body, req, res) {
      if (webhook) return refuse(res, 409, "Conflict: getUpdates cannot be used while a webhook is set");
      if (body.timeout !== undefined && typeof body.timeout !== "string") return refuse(res, 400, "timeout must be a string");
      const seconds = body.timeout === undefined ? 30 : Number(body.timeout);
      if (!Number.isFinite(seconds) || seconds < 0) return refuse(res, 400, "timeout must be a number of seconds");
      const next = queue.shift();
      if (next) return next;
      // Nothing yet: hold the request; a push answers it, or the long poll ends with 408 like the real API.
      const waiter: Waiter = {
        body,
        req,
        res,
        timer: setTimeout(() => {
          remove(waiter);
          reply(res, 200, { ok: false, error_code: 408, description: "Request timeout" });
        }, seconds * 1000),
      };
      waiters.push(waiter);
      res.on("close", () => {
        clearTimeout(waiter.timer);
        remove(waiter);
      });
      return HELD;
    },
    setWebhook(body, _req, res) {
      const url = typeof body.url === "string" ? body.url : "";
      const secret = body.secret_token;
      if (!/^https?:\/\//.test(url)) return refuse(res, 400, "url must be an http(s) URL");
      if (typeof secret !== "string" || secret.length < 8 || secret.length > 256) return refuse(res, 400, "secret_token must be 8-256 characters");
      webhook = { url, secret };
      webhookUpdatedAt = Date.now();
      // Pollers waiting now would never be answered: the real API ends them.
      for (const w of waiters.splice(0)) refuse(w.res, 409, "Conflict: a webhook was set");
      return { url, updated_at: webhookUpdatedAt };
    },
    deleteWebhook() {
      webhook = null;
      webhookUpdatedAt = Date.now();
      return { url: "", updated_at: webhookUpdatedAt };
    },
    getWebhookInfo: () => ({ url: webhook?.url ?? "", updated_at: webhookUpdatedAt }),
    sendMessage(body, _req, res) {
      const chatId = body.chat_id;
      const text = body.text;
      if (typeof chatId !== "string" || chatId === "") return refuse(res, 400, "chat_id is required");
      if (typeof text !== "string" || text.length < 1 || text.length > 2000) return refuse(res, 400, "text must be 1-2000 characters");
      const message = { chat_id: chatId, text, message_id: randomBytes(10).toString("hex") };
      sent.push(message);
      return { message_id: message.message_id, date: Date.now() };
    },
    sendPhoto(body, _req, res) {
      if (typeof body.chat_id !== "string" || body.chat_id === "") return refuse(res, 400, "chat_id is required");
      if (typeof body.photo !== "string" || !/^https?:\/\//.test(body.photo)) return refuse(res, 400, "photo must be a URL");
      if (body.caption !== undefined && (typeof body.caption !== "string" || body.caption.length > 2000)) return refuse(res, 400, "caption must be 1-2000 characters");
      const photo: SentPhoto = { chat_id: body.chat_id, photo: body.photo, message_id: randomBytes(10).toString("hex") };
      if (typeof body.caption === "string") photo.caption = body.caption;
      photos.push(photo);
      return { message_id: photo.message_id, date: Date.now() };
    },
    sendChatAction(body, _req, res) {
      if (typeof body.chat_id !== "string" || body.chat_id === "") return refuse(res, 400, "chat_id is required");
      if (body.action !== "typing") return refuse(res, 400, "action must be typing");
      return HELD_OK;
    },
  };

  function remove(waiter: Waiter) {
    const i = waiters.indexOf(waiter);
    if (i >= 0) waiters.splice(i, 1);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec((req.url ?? "").split("?")[0]!);
    if (!match) return refuse(res, 404, "Not Found");
    const [, givenToken, method] = match as unknown as [string, string, string];
    let body: Record<string, unknown> = {};
    const raw = await readAll(req);
    if (raw.trim() !== "") {
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return refuse(res, 400, "Bad Request: body is not JSON");
      }
    }
    requests.push({ method, body });
    if (givenToken !== token) return refuse(res, 401, "Unauthorized");
    const failure = failures.get(method)?.shift();
    if (failure) return serveFailure(res, failure);
    const handler = methods[method];
    if (!handler) return refuse(res, 404, `Not Found: ${method}`);
    const result = handler(body, req, res);
    if (res.headersSent || result === HELD) return;
    calls.push({ method, body });
    reply(res, 200, result === HELD_OK ? { ok: true } : { ok: true, result });
  }

  function serveFailure(res: ServerResponse, failure: FakeFailure) {
    if (failure.type === "drop") return void res.socket?.destroy();
    if (failure.type === "http") {
      res.writeHead(failure.status, { "content-type": failure.contentType ?? "text/html" });
      return void res.end(failure.body);
    }
    const headers: Record<string, string> = failure.retryAfterSeconds ? { "retry-after": String(failure.retryAfterSeconds) } : {};
    reply(res, failure.status ?? failure.errorCode, { ok: false, error_code: failure.errorCode, description: failure.description }, headers);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 500, "Internal Server Error");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  async function push(update: object, options: PushOptions = {}): Promise<PushResult> {
    if (webhook) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      const secret = options.secretHeader === undefined ? webhook.secret : options.secretHeader;
      if (secret !== null) headers["x-bot-api-secret-token"] = secret;
      const payload = options.wrapped === false ? update : { ok: true, result: update };
      const response = await fetch(webhook.url, { method: "POST", headers, body: JSON.stringify(payload) });
      return { delivered: "webhook", status: response.status, body: await response.text() };
    }
    // A poller that just went away may still look present for a moment: let its close arrive first.
    await new Promise((r) => setTimeout(r, 5));
    const waiter = waiters.find((w) => !w.req.socket.destroyed && !w.req.socket.readableEnded && !w.res.writableEnded);
    if (!waiter) {
      queue.push(update);
      return { delivered: "queued" };
    }
    remove(waiter);
    clearTimeout(waiter.timer);
    calls.push({ method: "getUpdates", body: waiter.body });
    reply(waiter.res, 200, { ok: true, result: update });
    return { delivered: "queued" };
  }

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    bot,
    calls,
    requests,
    get webhook() {
      return webhook;
    },
    sentMessages: (chatId) => sent.filter((m) => chatId === undefined || m.chat_id === chatId),
    sentPhotos: (chatId) => photos.filter((p) => chatId === undefined || p.chat_id === chatId),
    push,
    failNext(method, failure, { times = 1, after = 0 } = {}) {
      const planned = [...Array.from({ length: after }, () => null), ...Array.from({ length: times }, () => failure)];
      failures.set(method, [...(failures.get(method) ?? []), ...planned]);
    },
    async waitFor(predicate, what, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const value = predicate();
        if (value) return value;
        if (Date.now() > until) throw new Error(`fake Zalo API: timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close() {
      for (const w of waiters.splice(0)) clearTimeout(w.timer);
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** Marks a held long poll (answered later) and an answer without a result. */
const HELD = Symbol("held");
const HELD_OK = Symbol("ok without result");

async function readAll(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

let nextMessage = 0;

/** A fresh message id, unique across tests sharing a database (ProcessedUpdate remembers ids). */
export function newMessageId(): string {
  nextMessage += 1;
  return `${randomBytes(6).toString("hex")}${nextMessage.toString(16).padStart(4, "0")}`;
}

/**
 * A bare update shaped like the platform's (see test/fixtures/zalo), for a
 * text in a private chat unless `chatId`/`group` say otherwise.
 */
export function zaloTextUpdate(input: { text: string; from: string; chatId?: string; group?: boolean; messageId?: string; date?: number; name?: string }) {
  return {
    event_name: "message.text.received",
    message: {
      from: { id: input.from, display_name: input.name ?? "Người dùng Zalo", is_bot: false },
      chat: { id: input.chatId ?? input.from, chat_type: input.group ? "GROUP" : "PRIVATE" },
      text: input.text,
      message_id: input.messageId ?? newMessageId(),
      date: input.date ?? Date.now(),
    },
  };
}
