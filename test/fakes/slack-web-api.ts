import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createHmac, randomBytes } from "node:crypto";

/**
 * A local stand-in for Slack on 127.0.0.1, both ways:
 * - the Web API the bot calls: `POST /api/<method>` with the bot token as
 *   `Authorization: Bearer`, a form-encoded (or JSON) body, and answers
 *   `{ ok: true, … }` or `{ ok: false, error }` with HTTP 200, or a 429 with
 *   Retry-After. chat.postMessage is limited per channel like Slack's
 *   (about one a second, short bursts allowed) and checks Block Kit's limits;
 * - response URLs (`POST /response/<id>`, five uses each, like Slack's);
 * - file uploads, Slack's external flow: files.getUploadURLExternal gives an
 *   upload URL on the fake (`POST /upload/<file id>`, raw or multipart body),
 *   and files.completeUploadExternal shares the uploaded files in a channel;
 * - Slack's requests to the bot: events, interactivity payloads and slash
 *   commands, signed with the signing secret (`v0=` HMAC-SHA256 of
 *   `v0:<timestamp>:<body>`) and POSTed to the webhook.
 */

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
}

/** A message the bot posted, as it stands now (after any chat.update). */
export interface PostedMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: Block[];
  threadTs?: string;
  /** How many times chat.update changed it. */
  edits: number;
}

export interface Block {
  type: string;
  text?: { type: string; text: string };
  elements?: { type: string; action_id: string; text: { type: string; text: string }; value: string }[];
}

/** A body POSTed to a response URL. */
export interface ResponsePost {
  url: string;
  body: { text?: string; blocks?: Block[]; response_type?: string; replace_original?: boolean };
}

/** Files shared by one files.completeUploadExternal. */
export interface FileShare {
  channel: string;
  files: { id: string; title: string; filename: string; bytes: Buffer }[];
  initial_comment?: string;
  threadTs?: string;
}

export type FakeFailure =
  /** `{ ok: false, error }` with HTTP 200, the way the Web API refuses. */
  | { type: "error"; error: string }
  /** HTTP 429 with Retry-After. */
  | { type: "ratelimited"; retryAfterSeconds: number }
  /** A raw HTTP answer, e.g. a 503 from a proxy. */
  | { type: "http"; status: number; body?: string }
  /** The connection is cut without an answer. */
  | { type: "drop" };

export interface SignedPostOptions {
  /** Seconds since the epoch to sign with (default now): an old one is a stale request. */
  timestamp?: number;
  /** Sign with this secret instead of the right one. */
  secret?: string;
  /** Send this X-Slack-Signature instead of the computed one; null sends none. */
  signature?: string | null;
  /** X-Slack-Retry-Num, as Slack sets it when it delivers an event again. */
  retryNum?: number;
}

export interface FakeSlackOptions {
  /** Per-channel limit of chat.postMessage; null for none. Default 1 a second with bursts of 5. */
  rate?: { perSecond: number; burst: number } | null;
  /** Milliseconds for the rate limiter (default Date.now); a test can stop time with it. */
  now?: () => number;
}

export interface FakeSlack {
  /** Pass as SLACK_API_URL. */
  readonly apiUrl: string;
  readonly botToken: string;
  readonly signingSecret: string;
  readonly teamId: string;
  readonly bot: { userId: string; botId: string };
  /** Accepted Web API calls, in order. */
  readonly calls: RecordedCall[];
  /** Every Web API call that named a method, accepted or not. */
  readonly requests: RecordedCall[];
  /** Bot messages, optionally of one channel, in order of posting. */
  messages(channel?: string): PostedMessage[];
  /** Files shared with files.completeUploadExternal, in order. */
  readonly uploads: FileShare[];
  /** Bodies posted to response URLs, optionally to one. */
  responses(url?: string): ResponsePost[];
  /** A fresh response URL, as Slack puts in a slash command or a button press. */
  newResponseUrl(): string;
  /** The name users.info gives for a user. */
  setUserName(user: string, realName: string): void;
  /** Serves `failure` instead of `times` answers of `method` ("response_url" for response URLs, "upload" for upload URLs), after `after` normal ones. */
  failNext(method: string, failure: FakeFailure, options?: { times?: number; after?: number }): void;
  /** Holds every call of `method` (or "response_url", "upload") until the returned function is called. */
  hold(method: string): () => void;
  /** Where Slack's requests go: the bot's /webhooks/slack. */
  setWebhook(url: string): void;
  /** POSTs a raw body to the webhook, signed like Slack signs it. */
  signedPost(body: string, contentType: string, options?: SignedPostOptions): Promise<Response>;
  /** POSTs an Events API event in its envelope; returns the answer and the event_id used. */
  sendEvent(event: Record<string, unknown>, options?: SignedPostOptions & { eventId?: string }): Promise<{ response: Response; eventId: string }>;
  /** POSTs an interactivity payload (form-encoded `payload=<json>`). */
  sendInteraction(payload: Record<string, unknown>, options?: SignedPostOptions): Promise<Response>;
  /** POSTs a slash command (form-encoded fields). */
  sendCommand(fields: Record<string, string>, options?: SignedPostOptions): Promise<Response>;
  close(): Promise<void>;
}

let sequence = 0;

/** A fresh Slack ts ("seconds.micro"), unique across fakes and tests sharing a database. */
export function newTs(): string {
  sequence += 1;
  return `${1_700_000_000 + sequence}.${String(sequence % 1_000_000).padStart(6, "0")}`;
}

/** A fresh event id, like Slack's "Ev…". */
export function newEventId(): string {
  return `Ev${randomBytes(6).toString("hex").toUpperCase()}`;
}

/** `v0=` HMAC-SHA256 of `v0:<timestamp>:<body>`, Slack's request signature. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const botToken = `xoxb-${randomBytes(8).toString("hex")}-fake`;
  const signingSecret = randomBytes(16).toString("hex");
  const teamId = "T0NHACVIEC";
  const bot = { userId: "U0BOTNHAC", botId: "B0BOTNHAC" };
  const now = options.now ?? Date.now;
  const rate = options.rate === undefined ? { perSecond: 1, burst: 5 } : options.rate;
  const calls: RecordedCall[] = [];
  const requests: RecordedCall[] = [];
  const posted: PostedMessage[] = [];
  const responses: ResponsePost[] = [];
  const responseUses = new Map<string, number>();
  /** Files given an upload URL and not shared yet, by file id; `bytes` once uploaded. */
  const pendingFiles = new Map<string, { filename: string; length: number; bytes?: Buffer }>();
  const uploads: FileShare[] = [];
  const buckets = new Map<string, { tokens: number; at: number }>();
  /** Per method, what to serve next: a failure, or null for a normal answer. */
  const failures = new Map<string, (FakeFailure | null)[]>();
  const userNames = new Map<string, string>();
  const holds = new Map<string, Promise<void>>();
  let webhook = "";
  let base = "";

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
    res.end(JSON.stringify(body));
  };

  /** Takes a token of the channel's bucket, or returns the seconds to wait. */
  function take(channel: string): number {
    if (!rate) return 0;
    const t = now();
    const b = buckets.get(channel) ?? { tokens: rate.burst, at: t };
    b.tokens = Math.min(rate.burst, b.tokens + ((t - b.at) / 1000) * rate.perSecond);
    b.at = t;
    buckets.set(channel, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / rate.perSecond));
  }

  type Answer = Record<string, unknown> | { error: string } | { status: 429; retryAfter: number };
  const methods: Record<string, (body: Record<string, unknown>) => Answer> = {
    "auth.test": () => ({ url: "https://nhacviec.slack.com/", team: "Nhắc việc", user: "nhacviec", team_id: teamId, user_id: bot.userId, bot_id: bot.botId }),
    "chat.postMessage"(body) {
      const channel = str(body.channel);
      if (!channel || !/^[CDG][A-Z0-9]{2,}$/.test(channel)) return { error: "channel_not_found" };
      const content = checkContent(body);
      if ("error" in content) return content;
      const wait = take(channel);
      if (wait > 0) return { status: 429, retryAfter: wait };
      const message: PostedMessage = { channel, ts: newTs(), ...content, edits: 0, ...(str(body.thread_ts) ? { threadTs: str(body.thread_ts) } : {}) };
      posted.push(message);
      return { channel, ts: message.ts, message: { type: "message", user: bot.userId, bot_id: bot.botId, text: message.text, ts: message.ts } };
    },
    "chat.update"(body) {
      const message = posted.find((m) => m.channel === str(body.channel) && m.ts === str(body.ts));
      if (!message) return { error: "message_not_found" };
      const content = checkContent(body);
      if ("error" in content) return content;
      Object.assign(message, content, { edits: message.edits + 1 });
      return { channel: message.channel, ts: message.ts, text: message.text };
    },
    "conversations.open"(body) {
      const user = str(body.users);
      if (!user || !/^[UW][A-Z0-9]+$/.test(user)) return { error: "user_not_found" };
      return { channel: { id: dmChannelOf(user) } };
    },
    "files.getUploadURLExternal"(body) {
      const filename = str(body.filename);
      const length = Number(body.length);
      if (!filename || !Number.isInteger(length) || length <= 0) return { error: "invalid_arguments" };
      const fileId = `F${randomBytes(5).toString("hex").toUpperCase()}`;
      pendingFiles.set(fileId, { filename, length });
      return { upload_url: `${base}/upload/${fileId}`, file_id: fileId };
    },
    "files.completeUploadExternal"(body) {
      let files: unknown = body.files;
      if (typeof files === "string") {
        try {
          files = JSON.parse(files);
        } catch {
          return { error: "invalid_arguments" };
        }
      }
      if (!Array.isArray(files) || files.length === 0) return { error: "invalid_arguments" };
      // Slack would keep files completed without a channel private; the bot always shares them.
      const channel = str(body.channel_id);
      if (!channel || !/^[CDG][A-Z0-9]{2,}$/.test(channel)) return { error: "channel_not_found" };
      const shared: FileShare["files"] = [];
      for (const f of files as { id?: unknown; title?: unknown }[]) {
        const id = str(f.id);
        const pending = id ? pendingFiles.get(id) : undefined;
        // Every file must have been uploaded, whole and not empty.
        if (!id || !pending?.bytes || pending.bytes.length === 0 || pending.bytes.length !== pending.length) return { error: "file_not_found" };
        shared.push({ id, title: str(f.title) ?? pending.filename, filename: pending.filename, bytes: pending.bytes });
      }
      for (const f of shared) pendingFiles.delete(f.id);
      const share: FileShare = { channel, files: shared, ...(str(body.initial_comment) ? { initial_comment: str(body.initial_comment) } : {}), ...(str(body.thread_ts) ? { threadTs: str(body.thread_ts) } : {}) };
      uploads.push(share);
      return { files: shared.map((f) => ({ id: f.id, title: f.title, name: f.filename, size: f.bytes.length })) };
    },
    "users.info"(body) {
      const user = str(body.user);
      if (!user || !/^[UW][A-Z0-9]+$/.test(user)) return { error: "user_not_found" };
      const realName = userNames.get(user) ?? `Slack ${user}`;
      return { user: { id: user, team_id: teamId, name: user.toLowerCase(), real_name: realName, profile: { real_name: realName, display_name: "" } } };
    },
  };

  async function handleApi(method: string, req: IncomingMessage, res: ServerResponse) {
    const body = parseBody(await readAll(req), String(req.headers["content-type"] ?? ""));
    requests.push({ method, body });
    await holds.get(method);
    if (serveFailure(method, res)) return;
    const auth = String(req.headers.authorization ?? "");
    if (auth !== `Bearer ${botToken}` && body.token !== botToken) return json(res, 200, { ok: false, error: "invalid_auth" });
    const handler = methods[method];
    if (!handler) return json(res, 200, { ok: false, error: "unknown_method" });
    const answer = handler(body);
    if ("status" in answer && answer.status === 429) {
      return json(res, 429, { ok: false, error: "ratelimited" }, { "retry-after": String(answer.retryAfter) });
    }
    if ("error" in answer) return json(res, 200, { ok: false, ...answer });
    calls.push({ method, body });
    json(res, 200, { ok: true, ...answer });
  }

  async function handleResponseUrl(url: string, req: IncomingMessage, res: ServerResponse) {
    const raw = await readAll(req);
    await holds.get("response_url");
    if (serveFailure("response_url", res)) return;
    const uses = responseUses.get(url);
    if (uses === undefined) return json(res, 404, { ok: false, error: "expired_url" });
    if (uses >= 5) return json(res, 404, { ok: false, error: "used_url" });
    let body: ResponsePost["body"];
    try {
      body = JSON.parse(raw) as ResponsePost["body"];
    } catch {
      return json(res, 400, { ok: false, error: "invalid_payload" });
    }
    const content = checkContent(body as Record<string, unknown>);
    if ("error" in content) return json(res, 400, { ok: false, error: content.error });
    responseUses.set(url, uses + 1);
    responses.push({ url, body });
    json(res, 200, { ok: true });
  }

  /** An upload URL: takes the bytes of a file given by files.getUploadURLExternal and answers like Slack, "OK - <length>". */
  async function handleUpload(fileId: string, req: IncomingMessage, res: ServerResponse) {
    const raw = await readBytes(req);
    await holds.get("upload");
    if (serveFailure("upload", res)) return;
    const pending = pendingFiles.get(fileId);
    if (!pending) {
      res.writeHead(404, { "content-type": "text/plain" });
      return void res.end("not found");
    }
    pending.bytes = await uploadedBytes(raw, String(req.headers["content-type"] ?? ""));
    res.writeHead(200, { "content-type": "text/plain" });
    res.end(`OK - ${pending.bytes.length}`);
  }

  function serveFailure(method: string, res: ServerResponse): boolean {
    const failure = failures.get(method)?.shift();
    if (!failure) return false;
    if (failure.type === "drop") res.socket?.destroy();
    else if (failure.type === "error") json(res, 200, { ok: false, error: failure.error });
    else if (failure.type === "ratelimited") json(res, 429, { ok: false, error: "ratelimited" }, { "retry-after": String(failure.retryAfterSeconds) });
    else {
      res.writeHead(failure.status, { "content-type": "text/plain" });
      res.end(failure.body ?? "");
    }
    return true;
  }

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const api = /^\/api\/([a-zA-Z.]+)$/.exec(path);
    const upload = /^\/upload\/([A-Z0-9]+)$/.exec(path);
    const work =
      api && req.method === "POST"
        ? handleApi(api[1]!, req, res)
        : path.startsWith("/response/") && req.method === "POST"
          ? handleResponseUrl(`${base}${path}`, req, res)
          : upload && req.method === "POST"
            ? handleUpload(upload[1]!, req, res)
            : Promise.resolve(json(res, 404, { ok: false, error: "not_found" }));
    work.catch(() => {
      if (!res.headersSent) json(res, 500, { ok: false, error: "internal_error" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function signedPost(body: string, contentType: string, o: SignedPostOptions = {}): Promise<Response> {
    if (!webhook) throw new Error("fake Slack: setWebhook first");
    const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = { "content-type": contentType, "x-slack-request-timestamp": String(timestamp) };
    const signature = o.signature === undefined ? slackSignature(o.secret ?? signingSecret, timestamp, body) : o.signature;
    if (signature !== null) headers["x-slack-signature"] = signature;
    if (o.retryNum !== undefined) Object.assign(headers, { "x-slack-retry-num": String(o.retryNum), "x-slack-retry-reason": "http_timeout" });
    return fetch(webhook, { method: "POST", headers, body });
  }

  return {
    apiUrl: `${base}/api/`,
    botToken,
    signingSecret,
    teamId,
    bot,
    calls,
    requests,
    uploads,
    messages: (channel) => posted.filter((m) => channel === undefined || m.channel === channel),
    responses: (url) => responses.filter((r) => url === undefined || r.url === url),
    newResponseUrl() {
      const url = `${base}/response/${randomBytes(8).toString("hex")}`;
      responseUses.set(url, 0);
      return url;
    },
    setUserName: (user, realName) => void userNames.set(user, realName),
    failNext(method, failure, { times = 1, after = 0 } = {}) {
      const planned = [...Array.from({ length: after }, () => null), ...Array.from({ length: times }, () => failure)];
      failures.set(method, [...(failures.get(method) ?? []), ...planned]);
    },
    hold(method) {
      let release!: () => void;
      holds.set(method, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        holds.delete(method);
        release();
      };
    },
    setWebhook: (url) => void (webhook = url),
    signedPost,
    async sendEvent(event, o = {}) {
      const eventId = o.eventId ?? newEventId();
      const envelope = {
        token: "legacy-verification-token",
        team_id: teamId,
        api_app_id: "A0NHACVIEC",
        event: { team: teamId, event_ts: event.ts, ...event },
        type: "event_callback",
        event_id: eventId,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ enterprise_id: null, team_id: teamId, user_id: bot.userId, is_bot: true, is_enterprise_install: false }],
        is_ext_shared_channel: false,
      };
      return { response: await signedPost(JSON.stringify(envelope), "application/json", o), eventId };
    },
    sendInteraction: (payload, o) => signedPost(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), "application/x-www-form-urlencoded", o),
    sendCommand: (fields, o) => signedPost(new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded", o),
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** The DM channel the fake opens for a user: "U123" → "D123". */
export function dmChannelOf(user: string): string {
  return `D${user.slice(1)}`;
}

/** Block Kit's limits, as Slack enforces them: invalid_blocks, no_text, msg_too_long. */
function checkContent(body: Record<string, unknown>): { text: string; blocks: Block[] } | { error: string } {
  let blocks: unknown = body.blocks ?? [];
  if (typeof blocks === "string") {
    try {
      blocks = JSON.parse(blocks);
    } catch {
      return { error: "invalid_blocks_format" };
    }
  }
  if (!Array.isArray(blocks) || blocks.length > 50) return { error: "invalid_blocks" };
  const text = typeof body.text === "string" ? body.text : "";
  if (text === "" && blocks.length === 0) return { error: "no_text" };
  if (text.length > 40_000) return { error: "msg_too_long" };
  const actionIds = new Set<string>();
  for (const block of blocks as Block[]) {
    if (block.type === "section") {
      if (!block.text || typeof block.text.text !== "string" || block.text.text.length === 0 || block.text.text.length > 3000) return { error: "invalid_blocks" };
    } else if (block.type === "actions") {
      const elements = block.elements ?? [];
      if (elements.length === 0 || elements.length > 25) return { error: "invalid_blocks" };
      for (const e of elements) {
        if (e.type !== "button" || !e.action_id || e.action_id.length > 255 || actionIds.has(e.action_id)) return { error: "invalid_blocks" };
        if (!e.text?.text || [...e.text.text].length > 75 || typeof e.value !== "string" || e.value.length > 2000) return { error: "invalid_blocks" };
        actionIds.add(e.action_id);
      }
    } else return { error: "invalid_blocks" };
  }
  return { text, blocks: blocks as Block[] };
}

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw.trim() === "") return {};
  if (contentType.startsWith("application/json")) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(raw));
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

async function readAll(req: IncomingMessage): Promise<string> {
  return (await readBytes(req)).toString("utf8");
}

async function readBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The file in an upload's body: the body itself, or the first file of a multipart/form-data body. */
async function uploadedBytes(raw: Buffer, contentType: string): Promise<Buffer> {
  if (!contentType.startsWith("multipart/form-data")) return raw;
  const form = await new Response(new Uint8Array(raw), { headers: { "content-type": contentType } }).formData();
  const file = [...form.values()].find((value): value is File => typeof value !== "string");
  return file ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
}
