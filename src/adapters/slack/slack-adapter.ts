import { App, HTTPReceiver, webApi } from "@slack/bolt";
import type { Db } from "../../db/connect.js";
import type { Logger } from "../../logger.js";
import type { Clock } from "../../core/clock.js";
import type { Conversation } from "../../core/conversation/handle-inbound.js";
import type { HttpServer } from "../../http/server.js";
import type { Language, Translator } from "../../i18n/translator.js";
import { boltLogger } from "./slack-logger.js";
import { createSlackSender, type SlackSender } from "./slack-sender.js";
import { createSlackHandlers, type SlackHandlers } from "./slack-handlers.js";
import { createSlackEventReader } from "./slack-chat-event.js";
import { createChatRuntime } from "../runtime/chat-runtime.js";
import { guardSlackListener, SLACK_MAX_BODY_BYTES, SLACK_WEBHOOK_PATH } from "./slack-webhook.js";

/** Slack's Web API, the default of SLACK_API_URL. */
export const DEFAULT_SLACK_API_URL = "https://slack.com/api/";

export interface SlackAdapterOptions {
  db: Db;
  logger: Logger;
  bot: Conversation;
  http: HttpServer;
  /** SLACK_BOT_TOKEN (xoxb-…). */
  botToken: string;
  /** SLACK_SIGNING_SECRET: every request to /webhooks/slack must be signed with it. Required unless Socket Mode. */
  signingSecret?: string;
  /** SLACK_APP_TOKEN (xapp-…): when set, Socket Mode instead of the webhook. */
  appToken?: string;
  /** SLACK_API_URL; default https://slack.com/api/. */
  apiUrl?: string;
  clock: Clock;
  /** Renders the adapter's own sentences (files it cannot read, a DM it cannot open). */
  translator: Translator;
  /** Language of people not registered. Default "vi". */
  defaultLanguage?: Language;
  /** The bot's user and bot ids; when both are given, start() skips auth.test. */
  botUserId?: string;
  botId?: string;
  /** The app's slash command that takes any command as its text. Default "nhacviec". */
  mainCommand?: string;
  /** Web API retries after a network failure or a 5xx. Default 2 retries, waiting 1-10 s. */
  retryConfig?: webApi.RetryOptions;
  /** Timeout of each Web API and response_url call, in ms. Default 10 000. */
  timeoutMs?: number;
  /** Called when a reply could not be sent now and went to the outbox (wake the dispatcher). */
  onQueued?: () => void;
}

export interface SlackAdapter {
  readonly mode: "http" | "socket";
  /** For the outbox dispatcher: sends to Slack channels and DMs. */
  readonly sender: SlackSender;
  /** Checks the token (auth.test, unless the ids were given), then mounts /webhooks/slack or connects Socket Mode. */
  start(): Promise<void>;
  /** Answers 503 to new requests (Slack retries them later) and waits for the ones in hand. */
  stop(): Promise<void>;
  /** Resolves once every request taken in so far is handled and its replies sent. */
  idle(): Promise<void>;
}

/**
 * The Slack adapter: a Bolt app whose HTTPReceiver is mounted on the shared
 * HTTP server at /webhooks/slack (events, interactivity and slash commands all
 * POST there, signed with the signing secret), or that connects through
 * Socket Mode when an app token is configured. Every request is acknowledged
 * at once; the work runs after the acknowledgement, in the chat runtime, one
 * request at a time per user. Replies go out as Block Kit messages through
 * the sender.
 */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { logger } = options;
  const mode = options.appToken ? "socket" : "http";
  const signingSecret = options.signingSecret ?? "";
  if (mode === "http" && signingSecret === "") throw new Error("SLACK_SIGNING_SECRET is required (or SLACK_APP_TOKEN, for Socket Mode)");
  const timeoutMs = options.timeoutMs ?? 10_000;
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: options.apiUrl ?? DEFAULT_SLACK_API_URL,
    retryConfig: options.retryConfig ?? { retries: 2, factor: 2, minTimeout: 1000, maxTimeout: 10_000 },
    // A 429 is the dispatcher's business (it paces and reschedules), not a wait inside the client.
    rejectRateLimitedCalls: true,
    timeout: timeoutMs,
    logger: boltLogger(logger),
  };
  const client = new webApi.WebClient(options.botToken, clientOptions);
  const sender = createSlackSender(client);
  const runtime = createChatRuntime({
    core: options.bot, sender, db: options.db, logger, clock: options.clock, translator: options.translator, defaultLanguage: options.defaultLanguage, onQueued: options.onQueued,
  });
  let app: App | undefined;
  let handlers: SlackHandlers | undefined;
  let state: "new" | "running" | "stopped" = "new";

  async function identify(): Promise<{ userId: string; botId: string }> {
    if (options.botUserId && options.botId) return { userId: options.botUserId, botId: options.botId };
    let me: webApi.AuthTestResponse;
    try {
      me = await client.auth.test();
    } catch (err) {
      const code = (err as { data?: { error?: string } }).data?.error;
      throw new Error(`Slack rejected SLACK_BOT_TOKEN (auth.test: ${code ?? (err as Error).message})`, { cause: err });
    }
    if (!me.user_id || !me.bot_id) throw new Error("SLACK_BOT_TOKEN is not a bot token (xoxb-…): auth.test names no bot user");
    return { userId: me.user_id, botId: me.bot_id };
  }

  async function start(): Promise<void> {
    if (state !== "new") throw new Error("the Slack adapter starts once");
    state = "running";
    const me = await identify();
    const toChatEvent = createSlackEventReader({ ...options, runtime, sender, client, me, timeoutMs, mainCommand: options.mainCommand ?? "nhacviec" });
    handlers = createSlackHandlers({ logger, runtime, toChatEvent });
    const common = {
      token: options.botToken,
      botId: me.botId,
      botUserId: me.userId,
      tokenVerificationEnabled: false,
      convoStore: false as const,
      logger: boltLogger(logger),
      // A copy: Bolt writes its logger into the options it is given.
      clientOptions: { ...clientOptions },
    };
    if (mode === "socket") {
      app = new App({ ...common, socketMode: true, appToken: options.appToken });
    } else {
      const receiver = new HTTPReceiver({
        signingSecret,
        endpoints: [SLACK_WEBHOOK_PATH],
        // The listeners only queue the work, so holding the answer until they return costs nothing,
        // and a request that was answered has been taken in (see idle()).
        processBeforeResponse: true,
        bodyLimit: SLACK_MAX_BODY_BYTES,
        logger: boltLogger(logger),
      });
      app = new App({ ...common, receiver });
      options.http.mount(SLACK_WEBHOOK_PATH, guardSlackListener(receiver.requestListener, () => state === "running"));
    }
    handlers.register(app);
    if (mode === "socket") await app.start();
    logger.info({ platform: "slack", mode, botUserId: me.userId }, "slack adapter started");
  }

  async function stop(): Promise<void> {
    if (state === "stopped") return;
    const wasRunning = state === "running";
    state = "stopped";
    await runtime.idle();
    if (wasRunning && mode === "socket") await app?.stop();
  }

  return { mode, sender, start, stop, idle: () => runtime.idle() };
}
