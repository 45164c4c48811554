import { hostname } from "node:os";
import { openApp, type App } from "./app.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { createLogger } from "./logger.js";
import { MigrationError } from "./db/migrate.js";
import { loadDemo } from "./demo/load-demo.js";
import type { Platform } from "./core/conversation/types.js";
import type { ChatSender } from "./outbox/sender.js";
import { createDispatcher } from "./outbox/dispatcher.js";
import { createScheduler, type Scheduler } from "./scheduler/scheduler.js";
import { ReminderPolicyError } from "./core/reminders/policy.js";
import { sweepReminders } from "./core/reminders/sweep.js";
import { loadWorkCalendar } from "./core/calendar/load-calendar.js";
import { createHttpServer } from "./http/server.js";
import { createApiListener } from "./api/listener.js";
import { runConsoleChat } from "./adapters/console/console-chat.js";
import { createChatAdapters } from "./chat-adapters.js";
import { createFileLinks, FILE_LINKS_PATH, type FileLinks } from "./http/file-links.js";
import { pruneHousekeeping } from "./scheduler/housekeeping.js";
import { createConsoleSender } from "./adapters/console/console-sender.js";
import { consoleChatId } from "./adapters/console/console-chat-id.js";
import { findConsolePerson, listConsolePeople } from "./adapters/console/console-people.js";
import { bindLanguage } from "./i18n/translator.js";

/** Who the console speaks as at start: the demo leader. */
const DEFAULT_CONSOLE_USER = "leader";

/** Something started that must be stopped on shutdown, in reverse order. */
type Stop = () => Promise<void>;

/**
 * `npm start`: the bot process. Builds the HTTP server, the chat adapters,
 * the outbox dispatcher and the scheduler around the core (src/app.ts), and
 * owns shutdown. With no chat platform configured it opens a console chat,
 * loading the demo data into an empty database first.
 */
async function start(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
  const logger = createLogger(config);
  let app: App;
  try {
    app = await openApp({ config, logger });
  } catch (err) {
    if (err instanceof MigrationError || err instanceof ReminderPolicyError) {
      logger.fatal(err.message);
      return 1;
    }
    throw err;
  }
  const stops: Stop[] = [() => app.close()];
  const shutdown = async () => {
    for (const stop of stops.reverse()) await stop().catch((err: unknown) => logger.warn({ err }, "shutdown step failed"));
  };
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, "shutting down");
      void shutdown().then(() => process.exit(0));
    });
  }

  const http = createHttpServer({
    host: config.env.HOST,
    port: config.env.PORT,
    logger,
    ready: async () => (await app.deps.db.$queryRaw`SELECT 1`, true),
  });
  http.mount("/api/v1", createApiListener(app.deps, { translator: app.translator }));
  // Report files as download links (Zalo cannot attach files). Mounted on every instance with a
  // public address: any instance sharing the database may be asked for a link.
  const fileLinks = config.env.PUBLIC_URL ? createFileLinks({ db: app.deps.db, clock: app.deps.clock, publicUrl: config.env.PUBLIC_URL }) : undefined;
  if (fileLinks) http.mount(FILE_LINKS_PATH, fileLinks.listener);
  const senders = new Map<Platform, ChatSender>();
  const consoleMode = !config.hasChatPlatform;
  let consoleUser = DEFAULT_CONSOLE_USER;

  try {
    const adapters = createChatAdapters(app, http, senders, fileLinks);
    if (consoleMode) {
      // The console shows a person only what was sent to them; the rest is logged.
      senders.set("console", createConsoleSender(process.stdout, { shows: (chatId) => chatId === consoleChatId(consoleUser) }));
    }
    const started = await http.start().catch((err: NodeJS.ErrnoException) => {
      if (!consoleMode) throw err;
      logger.warn({ code: err.code, port: config.env.PORT }, "HTTP server not started; the console chat works without it");
      return null;
    });
    if (started) stops.push(() => http.stop());
    // After the HTTP server: in webhook mode updates arrive as soon as the webhook is set.
    for (const adapter of adapters) {
      await adapter.start();
      stops.push(() => adapter.stop());
    }
    if (config.env.SCHEDULER_ENABLED) {
      const scheduler = await startScheduler(app, senders, fileLinks);
      stops.push(() => scheduler.stop());
    }
  } catch (err) {
    logger.fatal({ err }, "start-up failed");
    await shutdown();
    return 1;
  }

  if (!consoleMode) {
    logger.info({ platforms: [...senders.keys()] }, "nhacviec is running");
    return new Promise<number>(() => undefined);
  }

  // The console speaks DEFAULT_LANGUAGE until the person picks another with /ngonngu.
  const t = bindLanguage(app.translator, config.defaultLanguage);
  const isEmpty = (await app.deps.db.task.count()) === 0 && (await app.deps.db.agency.count()) === 0;
  if (isEmpty) {
    const result = await loadDemo(app.deps, { shiftToToday: true });
    process.stdout.write(`${t("console-demo-loaded", { tasks: String(result.tasks) })}\n\n`);
  }
  const people = await listConsolePeople(app.deps.db);
  const me = findConsolePerson(people, DEFAULT_CONSOLE_USER) ?? people[0];
  consoleUser = me?.userId ?? "console";
  process.stdout.write(`${t("console-welcome")}\n${me ? `${t("console-you-are", { name: me.name, roles: me.roles })}\n\n` : "\n"}`);
  await runConsoleChat({
    bot: app.bot,
    db: app.deps.db,
    input: process.stdin,
    output: process.stdout,
    clock: app.deps.clock,
    userId: consoleUser,
    async switchUser(query) {
      const all = await listConsolePeople(app.deps.db);
      const found = query ? findConsolePerson(all, query) : null;
      if (!found) return { notice: [t("console-people"), ...all.map((p) => `  ${p.userId}: ${p.name} (${p.roles})`)].join("\n") };
      consoleUser = found.userId;
      return { userId: found.userId, notice: t("console-you-are", { name: found.name, roles: found.roles }) };
    },
  });
  await shutdown();
  return 0;
}

/** The reminder sweep and the housekeeping (old update ids, expired sessions and file links) on each tick, and the outbox dispatcher's loop. */
async function startScheduler(app: App, senders: Map<Platform, ChatSender>, fileLinks: FileLinks | undefined): Promise<Scheduler> {
  const { config, logger, deps } = app;
  const dispatcher = createDispatcher({
    db: deps.db,
    clock: deps.clock,
    logger,
    senders,
    instanceId: config.env.INSTANCE_ID ?? `${hostname()}-${process.pid}`,
    maxAttempts: config.env.OUTBOX_MAX_ATTEMPTS,
  });
  const scheduler = createScheduler({
    cron: config.env.SCHEDULER_CRON,
    timeZone: config.timeZone,
    clock: deps.clock,
    logger,
    dispatcher,
    jobs: [
      {
        name: "reminders",
        // The calendar is read on each tick, so imported calendar days apply without a restart.
        run: async (now) => void (await sweepReminders(deps, { now, policy: deps.policy, calendar: await loadWorkCalendar(deps.db), translator: app.translator })),
      },
      {
        name: "housekeeping",
        run: async (now) => {
          await pruneHousekeeping(deps.db, now);
          await fileLinks?.prune();
        },
      },
    ],
  });
  scheduler.start();
  return scheduler;
}

start().then(
  (code) => process.exit(code),
  (err: unknown) => {
    createLogger({ logLevel: "fatal", logFormat: "auto" }).fatal({ err }, "start-up failed");
    process.exit(1);
  },
);
