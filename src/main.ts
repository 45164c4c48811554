import { openApp, type App } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { loadDemo } from "./demo/load-demo.js";
import { runConsoleChat } from "./adapters/console/console-chat.js";
import { findConsolePerson, listConsolePeople } from "./adapters/console/console-people.js";
import { MigrationError } from "./db/migrate.js";

/** Who the console speaks as at start: the demo leader. */
const DEFAULT_CONSOLE_USER = "leader";

/**
 * `npm start`: the bot process. With no chat platform configured it opens a
 * console chat, loading the demo data into an empty database first.
 */
async function start(): Promise<number> {
  let config;
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
    if (err instanceof MigrationError) {
      logger.fatal(err.message);
      return 1;
    }
    throw err;
  }
  const shutdown = async (signal: string) => {
    logger.info({ signal }, "shutting down");
    await app.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));

  const { bot } = app;

  if (config.hasChatPlatform) {
    logger.error("chat platform adapters are not available in this build; unset the tokens to use the console chat");
    await app.close();
    return 1;
  }

  const isEmpty = (await app.deps.db.task.count()) === 0 && (await app.deps.db.agency.count()) === 0;
  if (isEmpty) {
    const result = await loadDemo(app.deps, { shiftToToday: true });
    process.stdout.write(
      `Cơ sở dữ liệu trống: đã nạp dữ liệu mẫu (báo cáo Kon Tum 6 tháng 2019, ${result.tasks} nhiệm vụ, dời ngày chốt số liệu về hôm nay).\n` +
        `The database was empty: loaded the demo data (Kon Tum 2019 report, ${result.tasks} tasks, cut-off moved to today).\n\n`,
    );
  }
  const people = await listConsolePeople(app.deps.db);
  const me = findConsolePerson(people, DEFAULT_CONSOLE_USER) ?? people[0];
  process.stdout.write(
    `Nhắc việc — trò chuyện trên console. Gõ /help để xem lệnh, /quit hoặc Ctrl-D để thoát.\n` +
      `Console chat. Type /help for commands, /quit or Ctrl-D to leave.\n` +
      (me ? `Bạn đang là / You are: ${me.name} (${me.roles})\n\n` : "\n"),
  );
  await runConsoleChat({
    bot,
    db: app.deps.db,
    input: process.stdin,
    output: process.stdout,
    clock: app.deps.clock,
    userId: me?.userId ?? "console",
    async switchUser(query) {
      const all = await listConsolePeople(app.deps.db);
      const found = query ? findConsolePerson(all, query) : null;
      if (!found) return { notice: ["/as <người | person>:", ...all.map((p) => `  ${p.userId}: ${p.name} (${p.roles})`)].join("\n") };
      return { userId: found.userId, notice: `Bạn đang là / You are: ${found.name} (${found.roles})` };
    },
  });
  await app.close();
  return 0;
}

start().then(
  (code) => process.exit(code),
  (err: unknown) => {
    createLogger({ logLevel: "fatal", logFormat: "auto" }).fatal({ err }, "start-up failed");
    process.exit(1);
  },
);
