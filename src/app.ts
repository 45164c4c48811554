import { loadConfig, type Config } from "./config.js";
import { createDb, migrateDatabase, type Database } from "./db/connect.js";
import { createLogger, type Logger } from "./logger.js";
import { systemClock, type Clock } from "./core/clock.js";
import type { CoreDeps } from "./core/deps.js";
import { createStatsCache } from "./core/stats/stats-cache.js";
import type { ConversationDeps } from "./core/conversation/context.js";
import { createBot } from "./core/conversation/create-bot.js";
import type { Conversation } from "./core/conversation/handle-inbound.js";
import { createTranslator, type Translator } from "./i18n/translator.js";
import { loadReminderPolicy } from "./core/reminders/policy.js";

export interface App {
  config: Config;
  logger: Logger;
  database: Database;
  deps: CoreDeps;
  translator: Translator;
  conversationDeps: ConversationDeps;
  /** The platform-neutral conversation core every adapter talks to. */
  bot: Conversation;
  close(): Promise<void>;
}

export interface OpenAppOptions {
  env?: NodeJS.ProcessEnv;
  config?: Config;
  logger?: Logger;
  clock?: Clock;
  /** Apply pending migrations first (default true). */
  migrate?: boolean;
  /** A reminder policy file that replaces REMINDER_POLICY_FILE (`nhacviec remind --policy`). */
  policyFile?: string;
}

/**
 * The composition root: config → reminder policy → logger → database
 * (migrated) → core deps. Both entry points (src/main.ts for the bot,
 * src/cli/main.ts for the command line) build the application through here
 * and nowhere else, so the policy is read here only, once.
 * @throws {ReminderPolicyError} when the policy file is missing or invalid (before the database is touched).
 */
export async function openApp(options: OpenAppOptions = {}): Promise<App> {
  const config = options.config ?? loadConfig(options.env);
  const policy = loadReminderPolicy(options.policyFile ?? config.env.REMINDER_POLICY_FILE);
  const logger = options.logger ?? createLogger(config);
  if (options.migrate !== false) {
    const result = await migrateDatabase(config.database);
    if (result.applied.length > 0) logger.info({ applied: result.applied }, "database migrated");
  }
  const database = createDb(config.database);
  const deps: CoreDeps = { db: database.db, clock: options.clock ?? systemClock, timeZone: config.timeZone, logger, policy, statsCache: createStatsCache() };
  const translator = createTranslator();
  const conversationDeps: ConversationDeps = { ...deps, translator, defaultLanguage: config.defaultLanguage };
  const bot = createBot(conversationDeps);
  return {
    config,
    logger,
    database,
    deps,
    translator,
    conversationDeps,
    bot,
    close: () => database.close(),
  };
}
