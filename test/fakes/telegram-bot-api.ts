/**
 * A local fake of the Telegram Bot API for tests, and for people: it speaks
 * the real protocol at `/bot<token>/<method>` on 127.0.0.1 (JSON, form and
 * multipart bodies, as grammY sends them), enforces Telegram's rate limits
 * with 429 + retry_after, validates messages as Telegram does, fails on
 * demand, and records every accepted call.
 *
 *   npx tsx test/fakes/telegram-bot-api.ts [port]
 *
 * prints the apiRoot and a token to put in TELEGRAM_API_ROOT / TELEGRAM_BOT_TOKEN.
 * Then `curl -d '{"message":{...}}' <apiRoot>/_fake/updates` pushes an update.
 */
import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import { readParams, type UploadedFile } from "./telegram/read-body.js";
import { RateLimits, TELEGRAM_LIMITS, type LimitSpecs } from "./telegram/rate-limits.js";
import { UpdateQueue, type Update } from "./telegram/updates.js";
import { BadRequest, checkReplyMarkup, checkText, visibleText } from "./telegram/validate-message.js";

export type { Update } from "./telegram/updates.js";
export { TELEGRAM_LIMITS } from "./telegram/rate-limits.js";

export interface FakeTelegramOptions {
  /** Default: a random token of the real shape. */
  token?: string;
  /** Limits to enforce; `false` enforces none. Default TELEGRAM_LIMITS. */
  limits?: LimitSpecs | false;
  /** Accept any chat id, creating the chat on first use (for people). Default false: unknown chat → 400. */
  autoCreateChats?: boolean;
  port?: number;
  /** The limits' clock in monotonic ms (default performance.now); a stopped one makes limit tests exact. */
  now?: () => number;
}

/** A call the fake accepted. `at` is Date.now() when it was accepted. */
export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  files: UploadedFile[];
  result: unknown;
  at: number;
}

/** A call the fake refused (rate limit, block, validation, injected failure). */
export interface Refusal {
  method: string;
  params: Record<string, unknown>;
  errorCode: number;
  description: string;
  retryAfter?: number;
  at: number;
}

export type InjectedFailure = { status: 429; retryAfter?: number } | { status: 500 };

interface ChatInfo {
  id: number;
  type: "private" | "group" | "supergroup";
}

/** Calls that post into a chat and so count against the limits. */
const SEND_METHODS = new Set(["sendMessage", "sendDocument", "sendPhoto"]);
const DEFAULT_FAILING = ["sendMessage", "sendDocument", "sendPhoto", "editMessageText"];

class ApiFailure extends Error {
  constructor(readonly code: number, message: string, readonly retryAfter?: number) {
    super(message);
  }
}

export class FakeTelegram extends EventEmitter<{ call: [RecordedCall]; refusal: [Refusal] }> {
  readonly token: string;
  readonly calls: RecordedCall[] = [];
  readonly refusals: Refusal[] = [];
  readonly updates = new UpdateQueue();
  readonly bot = { id: 7000000001, is_bot: true, first_name: "Nhắc việc (fake)", username: "nhacviec_fake_bot" };
  private readonly chats = new Map<string, ChatInfo>();
  private readonly blocked = new Set<string>();
  private readonly messages = new Map<string, { text: string; markup: string }>();
  private readonly callbackIds = new Set<string>();
  private readonly failures: { failure: InjectedFailure; methods: Set<string>; chat?: string }[] = [];
  private readonly limits: RateLimits | null;
  private nextMessageId = 1;
  private delayMs = 0;
  private held: Promise<void> | null = null;
  private releaseHeld: () => void = () => {};
  private server: Server | null = null;
  apiRoot = "";

  constructor(private readonly options: FakeTelegramOptions = {}) {
    super();
    this.token = options.token ?? `${1000000 + Math.floor(Math.random() * 8999999)}:AA${randomBytes(16).toString("hex")}`;
    this.limits = options.limits === false ? null : new RateLimits(options.limits ?? TELEGRAM_LIMITS, options.now);
  }

  /** Starts listening on 127.0.0.1 (a random port unless `port` was given). */
  async start(): Promise<this> {
    const server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => server.listen(this.options.port ?? 0, "127.0.0.1", resolve));
    this.server = server;
    this.apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.updates.close();
    this.release();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections();
  }

  /** Makes a chat exist. A negative id is a group. */
  addChat(id: number | string, type?: ChatInfo["type"]): void {
    const n = Number(id);
    this.chats.set(String(n), { id: n, type: type ?? (n < 0 ? "group" : "private") });
  }

  /** From now on, sends to this chat answer 403 as when the user blocked the bot. */
  blockChat(id: number | string): void {
    this.blocked.add(String(id));
  }

  unblockChat(id: number | string): void {
    this.blocked.delete(String(id));
  }

  /**
   * Fails the next `count` calls of `methods` (default: the sending and
   * editing ones), or only those to one chat (`{ chatId }`).
   */
  failNext(count: number, failure: InjectedFailure, which: string[] | { methods?: string[]; chatId?: number | string } = {}): void {
    const { methods = DEFAULT_FAILING, chatId } = Array.isArray(which) ? { methods: which } : which;
    const chat = chatId === undefined ? undefined : String(chatId);
    for (let i = 0; i < count; i++) this.failures.push({ failure, methods: new Set(methods), chat });
  }

  /** Answers every call `ms` later; the call takes effect at once (a slow network, not a slow Telegram). */
  setResponseDelay(ms: number): void {
    this.delayMs = ms;
  }

  /** Accepts calls but keeps their answers back until `release()`. */
  holdResponses(): void {
    if (!this.held) this.held = new Promise((resolve) => (this.releaseHeld = resolve));
  }

  /** Sends the answers kept back by holdResponses(), and stops holding. */
  release(): void {
    this.held = null;
    this.releaseHeld();
  }

  /** The accepted sendMessage calls, optionally to one chat. */
  sentMessages(chatId?: number | string): RecordedCall[] {
    return this.calls.filter((c) => c.method === "sendMessage" && (chatId === undefined || String(c.params.chat_id) === String(chatId)));
  }

  /** Queues an update for getUpdates or the webhook. */
  pushUpdate(update: Record<string, unknown>): Update {
    const query = update.callback_query as { id?: string } | undefined;
    if (query?.id) this.callbackIds.add(query.id);
    return this.updates.push(update);
  }

  /** A text message from a user in their private chat (the chat is created). */
  pushText(userId: number, text: string, extra: Record<string, unknown> = {}): Update {
    this.addChat(userId);
    const from = { id: userId, is_bot: false, first_name: `User ${userId}`, language_code: "vi" };
    const message = { message_id: this.nextMessageId++, date: now(), chat: { id: userId, type: "private", first_name: from.first_name }, from, text, ...extra };
    return this.pushUpdate({ message });
  }

  /** A press on a button of a message the bot sent. */
  pushCallback(userId: number, data: string, messageId: number): Update {
    const from = { id: userId, is_bot: false, first_name: `User ${userId}` };
    const message = { message_id: messageId, date: now(), chat: { id: userId, type: "private" }, from: this.bot, text: "" };
    const id = randomBytes(8).toString("hex");
    return this.pushUpdate({ callback_query: { id, from, message, chat_instance: "1", data } });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname.startsWith("/_fake/")) return this.handleControl(req, url, res);
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!match) return reply(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    if (match[1] !== this.token) return reply(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = match[2]!;
    let params: Record<string, unknown> = {};
    try {
      const read = await readParams(req, url);
      params = read.params;
      const result = await this.call(method, params, read.files);
      const call: RecordedCall = { method, params, files: read.files, result, at: Date.now() };
      this.calls.push(call);
      this.emit("call", call);
      if (this.held) await this.held;
      if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
      reply(res, 200, { ok: true, result });
    } catch (err) {
      const failure = err instanceof ApiFailure ? err : err instanceof BadRequest ? new ApiFailure(400, err.message) : null;
      if (!failure) return reply(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(err)}` });
      const refusal: Refusal = { method, params, errorCode: failure.code, description: failure.message, retryAfter: failure.retryAfter, at: Date.now() };
      this.refusals.push(refusal);
      this.emit("refusal", refusal);
      const parameters = failure.retryAfter !== undefined ? { parameters: { retry_after: failure.retryAfter } } : {};
      reply(res, failure.code, { ok: false, error_code: failure.code, description: failure.message, ...parameters });
    }
  }

  private async call(method: string, p: Record<string, unknown>, files: UploadedFile[]): Promise<unknown> {
    const injected = this.failures.findIndex((f) => f.methods.has(method) && (f.chat === undefined || f.chat === String(p.chat_id)));
    if (injected !== -1) {
      const { failure } = this.failures.splice(injected, 1)[0]!;
      if (failure.status === 429) {
        const retryAfter = failure.retryAfter ?? 1;
        throw new ApiFailure(429, `Too Many Requests: retry after ${retryAfter}`, retryAfter);
      }
      throw new ApiFailure(500, "Internal Server Error");
    }
    switch (method) {
      case "getMe":
        return { ...this.bot, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };
      case "getUpdates":
        return this.getUpdates(p);
      case "setWebhook": {
        const secret = p.secret_token === undefined ? undefined : String(p.secret_token);
        if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) throw new BadRequest("Bad Request: secret token contains unallowed characters");
        const target = String(p.url ?? "");
        this.updates.setWebhook(target === "" ? null : { url: target, secretToken: secret }, p.drop_pending_updates === true || p.drop_pending_updates === "true");
        return true;
      }
      case "deleteWebhook":
        this.updates.setWebhook(null, p.drop_pending_updates === true || p.drop_pending_updates === "true");
        return true;
      case "getWebhookInfo":
        return { url: this.updates.webhook?.url ?? "", has_custom_certificate: false, pending_update_count: 0 };
      case "sendMessage":
        return this.sendMessage(p);
      case "editMessageText":
        return this.editMessageText(p);
      case "sendDocument":
      case "sendPhoto":
        return this.sendFile(method, p, files);
      case "answerCallbackQuery":
        if (!this.callbackIds.has(String(p.callback_query_id))) throw new BadRequest("Bad Request: query is too old and response timeout expired or query ID is invalid");
        if (typeof p.text === "string" && p.text.length > 200) throw new BadRequest("Bad Request: MESSAGE_TOO_LONG");
        return true;
      case "setMyCommands":
        for (const c of (Array.isArray(p.commands) ? p.commands : []) as { command?: string; description?: string }[]) {
          if (!/^[a-z0-9_]{1,32}$/.test(c.command ?? "")) throw new BadRequest("Bad Request: BOT_COMMAND_INVALID");
          if (!c.description || c.description.length > 256) throw new BadRequest("Bad Request: command description is empty");
        }
        return true;
      case "sendChatAction":
        this.chat(p.chat_id);
        return true;
      default:
        throw new ApiFailure(404, "Not Found");
    }
  }

  private async getUpdates(p: Record<string, unknown>): Promise<Update[]> {
    if (this.updates.webhook) throw new ApiFailure(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    const result = await this.updates.getUpdates(Number(p.offset ?? 0), Number(p.limit ?? 100), Number(p.timeout ?? 0));
    if (result === "conflict") throw new ApiFailure(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
    return result;
  }

  /** The chat a call is about, after the existence and block checks. */
  private chat(chatId: unknown): ChatInfo {
    const key = String(chatId);
    if (!this.chats.has(key) && this.options.autoCreateChats && /^-?\d+$/.test(key)) this.addChat(key);
    const chat = this.chats.get(key);
    if (!chat) throw new BadRequest("Bad Request: chat not found");
    if (this.blocked.has(key)) {
      throw new ApiFailure(403, chat.type === "private" ? "Forbidden: bot was blocked by the user" : "Forbidden: bot was kicked from the group chat");
    }
    return chat;
  }

  private admit(chat: ChatInfo): void {
    const retryAfter = this.limits?.admit(String(chat.id)) ?? 0;
    if (retryAfter > 0) throw new ApiFailure(429, `Too Many Requests: retry after ${retryAfter}`, retryAfter);
  }

  private sendMessage(p: Record<string, unknown>): unknown {
    const chat = this.chat(p.chat_id);
    const text = checkText(p.text, p.parse_mode);
    checkReplyMarkup(p.reply_markup);
    const replyTo = (p.reply_parameters as { message_id?: number; allow_sending_without_reply?: boolean } | undefined) ?? undefined;
    if (replyTo?.message_id !== undefined && !replyTo.allow_sending_without_reply && !this.messages.has(`${chat.id}:${replyTo.message_id}`)) {
      throw new BadRequest("Bad Request: message to be replied not found");
    }
    this.admit(chat);
    return this.newMessage(chat, { text }, p.reply_markup);
  }

  private editMessageText(p: Record<string, unknown>): unknown {
    const chat = this.chat(p.chat_id);
    const key = `${chat.id}:${Number(p.message_id)}`;
    const existing = this.messages.get(key);
    if (!existing) throw new BadRequest("Bad Request: message to edit not found");
    const text = checkText(p.text, p.parse_mode);
    checkReplyMarkup(p.reply_markup);
    const markup = JSON.stringify(p.reply_markup ?? null);
    if (existing.text === text && existing.markup === markup) {
      throw new BadRequest("Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
    }
    this.messages.set(key, { text, markup });
    return { message_id: Number(p.message_id), date: now(), edit_date: now(), chat: chatObject(chat), from: this.bot, text };
  }

  private sendFile(method: string, p: Record<string, unknown>, files: UploadedFile[]): unknown {
    const chat = this.chat(p.chat_id);
    const field = method === "sendPhoto" ? "photo" : "document";
    const ref = p[field];
    const attached = typeof ref === "string" && ref.startsWith("attach://") ? files.find((f) => f.field === ref.slice(9)) : files.find((f) => f.field === field);
    if (!attached && (typeof ref !== "string" || ref === "" || ref.startsWith("attach://"))) throw new BadRequest(`Bad Request: there is no ${field} in the request`);
    const caption = typeof p.caption === "string" ? visibleText(p.caption, p.parse_mode) : undefined;
    if (caption !== undefined && caption.length > 1024) throw new BadRequest("Bad Request: message caption is too long");
    checkReplyMarkup(p.reply_markup);
    this.admit(chat);
    const file = { file_id: randomBytes(12).toString("hex"), file_unique_id: randomBytes(6).toString("hex"), file_size: attached?.size ?? 0 };
    const media = field === "photo" ? { photo: [{ ...file, width: 800, height: 600 }] } : { document: { ...file, file_name: attached?.filename ?? "file" } };
    return this.newMessage(chat, { ...media, ...(caption !== undefined ? { caption } : {}) }, p.reply_markup);
  }

  private newMessage(chat: ChatInfo, content: Record<string, unknown>, markup: unknown): unknown {
    const message = { message_id: this.nextMessageId++, date: now(), chat: chatObject(chat), from: this.bot, ...content, ...(markup ? { reply_markup: markup } : {}) };
    this.messages.set(`${chat.id}:${message.message_id}`, { text: String(content.text ?? ""), markup: JSON.stringify(markup ?? null) });
    return message;
  }

  /** `POST /_fake/updates` pushes an update; `GET /_fake/calls` lists the accepted calls. */
  private async handleControl(req: IncomingMessage, url: URL, res: ServerResponse): Promise<void> {
    if (url.pathname === "/_fake/calls") return reply(res, 200, this.calls);
    if (url.pathname === "/_fake/updates" && req.method === "POST") {
      const { params } = await readParams(req, url);
      return reply(res, 200, this.pushUpdate(params));
    }
    reply(res, 404, { error: "unknown control path" });
  }
}

/** Starts a fake Telegram Bot API on 127.0.0.1. Close it with `close()`. */
export function startFakeTelegram(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  return new FakeTelegram(options).start();
}

function chatObject(chat: ChatInfo): Record<string, unknown> {
  return chat.type === "private" ? { id: chat.id, type: chat.type, first_name: `User ${chat.id}` } : { id: chat.id, type: chat.type, title: `Group ${chat.id}` };
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
  res.end(json);
}

const now = () => Math.floor(Date.now() / 1000);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const fake = await startFakeTelegram({ autoCreateChats: true, port: Number(process.argv[2] ?? 0) });
  console.log(`Fake Telegram Bot API listening.\nTELEGRAM_API_ROOT=${fake.apiRoot}\nTELEGRAM_BOT_TOKEN=${fake.token}`);
  console.log(`Push an update: curl -H 'content-type: application/json' -d '{"message":{...}}' ${fake.apiRoot}/_fake/updates`);
  fake.on("call", (c) => console.log(`${new Date(c.at).toISOString()} ${c.method} ${JSON.stringify(c.params)}`));
  fake.on("refusal", (r) => console.log(`${new Date(r.at).toISOString()} ${r.method} refused ${r.errorCode}: ${r.description}`));
  process.on("SIGINT", () => void fake.close().then(() => process.exit(0)));
}
