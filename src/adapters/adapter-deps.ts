import type { Db } from "../db/connect.js";
import type { Logger } from "../logger.js";
import type { Clock } from "../core/clock.js";
import type { Conversation } from "../core/conversation/handle-inbound.js";
import type { HttpServer } from "../http/server.js";
import type { Language, Translator } from "../i18n/translator.js";

/** What every chat adapter is built with, besides its own token and options. */
export interface ChatAdapterDeps {
  db: Db;
  logger: Logger;
  /** The platform-neutral conversation core. */
  bot: Conversation;
  /** The shared HTTP server its webhook mounts on. */
  http: HttpServer;
  clock: Clock;
  /** Renders the adapter's own sentences (unsupported messages, hints, menus). */
  translator: Translator;
  /** Language for people not registered and for groups. Default "vi". */
  defaultLanguage?: Language;
}
