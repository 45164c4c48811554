import { openApp } from "../app.js";
import { ConfigError, loadConfig } from "../config.js";
import { AppError } from "../core/errors.js";
import { MigrationError } from "../db/migrate.js";
import { ReminderPolicyError } from "../core/reminders/policy.js";
import { createTranslator, isLanguage } from "../i18n/translator.js";
import { parseCommandArgs, UsageError, writeLine, type CliCommand, type CliIo } from "./command.js";
import { commands } from "./commands/index.js";

const PROGRAM_HELP = (list: CliCommand[]) =>
  [
    "nhacviec — nhắc việc: theo dõi nhiệm vụ UBND tỉnh giao / task tracking for a provincial People's Committee",
    "",
    "Usage: nhacviec <command> [options]      nhacviec <command> --help",
    "",
    "Commands:",
    ...list.map((c) => `  ${c.path.join(" ").padEnd(20)} ${c.summary}`),
    "",
    "Exit codes: 0 success, 1 runtime error, 2 usage error.",
  ].join("\n");

/** Finds the command whose words start the argument list (longest match). */
function findCommand(args: string[]): { command: CliCommand; rest: string[] } | null {
  const sorted = [...commands].sort((a, b) => b.path.length - a.path.length);
  for (const command of sorted) {
    if (command.path.every((word, i) => args[i] === word)) return { command, rest: args.slice(command.path.length) };
  }
  return null;
}

const defaultIo: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };

/** Runs one command line and returns the exit code. Never throws. */
export async function main(args: string[], io: CliIo = defaultIo): Promise<number> {
  if (args.length === 0 || args[0] === "--help" || args[0] === "-h" || args[0] === "help") {
    writeLine(args.length === 0 ? io.stderr : io.stdout, PROGRAM_HELP(commands));
    return args.length === 0 ? 2 : 0;
  }
  const found = findCommand(args);
  if (!found) {
    writeLine(io.stderr, `Unknown command: ${args.join(" ")}\n\n${PROGRAM_HELP(commands)}`);
    return 2;
  }
  const { command, rest } = found;
  try {
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      writeLine(io.stdout, `${command.summary}\n\nUsage: ${command.usage}`);
      return 0;
    }
    return await command.run({
      io,
      values,
      positionals,
      openApp: (options) => openApp({ ...options, env: io.env }),
    });
  } catch (err) {
    return reportError(err, command, io);
  }
}

function reportError(err: unknown, command: CliCommand, io: CliIo): number {
  if (err instanceof UsageError) {
    writeLine(io.stderr, `${err.message}\n\nUsage: ${command.usage}`);
    return 2;
  }
  if (err instanceof ConfigError || err instanceof MigrationError || err instanceof ReminderPolicyError) {
    writeLine(io.stderr, err.message);
    return 1;
  }
  if (err instanceof AppError) {
    writeLine(io.stderr, renderAppError(err, io.env));
    return 1;
  }
  writeLine(io.stderr, `Error: ${err instanceof Error ? err.message : String(err)}`);
  return 1;
}

/** Localized sentence for an expected error, in DEFAULT_LANGUAGE. */
function renderAppError(err: AppError, env: NodeJS.ProcessEnv): string {
  let language: "vi" | "en" = "vi";
  try {
    language = loadConfig(env).defaultLanguage;
  } catch {
    /* the configuration error, if any, was reported before */
  }
  const translator = createTranslator();
  const key = `error-${err.code}`;
  return translator.has(language, key) ? translator.t(language, key, err.details) : err.message;
}
