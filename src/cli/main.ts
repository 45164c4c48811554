import { openApp } from "../app.js";
import { ConfigError } from "../config.js";
import { AppError } from "../core/errors.js";
import { MigrationError } from "../db/migrate.js";
import { ReminderPolicyError } from "../core/reminders/policy.js";
import type { Translate } from "../i18n/translator.js";
import { cliText, type CliText } from "./cli-text.js";
import { commandHelp, commandUsage, parseCommandArgs, UsageError, writeLine, type CliCommand, type CliIo } from "./command.js";
import { commands } from "./commands/index.js";

function programHelp(list: CliCommand[], t: Translate): string {
  return [
    t("cli-program-title"),
    "",
    t("cli-program-usage"),
    "",
    t("cli-program-commands"),
    ...list.map((c) => `  ${c.path.join(" ").padEnd(20)} ${t(c.summaryKey)}`),
    "",
    t("cli-program-exit-codes"),
  ].join("\n");
}

/** Finds the command whose words start the argument list (longest match). */
function findCommand(args: string[]): { command: CliCommand; rest: string[] } | null {
  const sorted = [...commands].sort((a, b) => b.path.length - a.path.length);
  for (const command of sorted) {
    if (command.path.every((word, i) => args[i] === word)) return { command, rest: args.slice(command.path.length) };
  }
  return null;
}

const defaultIo: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };

/** Runs one command line and returns the exit code. Never throws. Speaks DEFAULT_LANGUAGE. */
export async function main(args: string[], io: CliIo = defaultIo): Promise<number> {
  const text = cliText(io.env);
  const { t } = text;
  if (args.length === 0 || args[0] === "--help" || args[0] === "-h" || args[0] === "help") {
    writeLine(args.length === 0 ? io.stderr : io.stdout, programHelp(commands, t));
    return args.length === 0 ? 2 : 0;
  }
  const found = findCommand(args);
  if (!found) {
    writeLine(io.stderr, `${t("cli-unknown-command", { command: args.join(" ") })}\n\n${programHelp(commands, t)}`);
    return 2;
  }
  const { command, rest } = found;
  try {
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      writeLine(io.stdout, commandHelp(command, t));
      return 0;
    }
    return await command.run({
      ...text,
      io,
      values,
      positionals,
      openApp: (options) => openApp({ ...options, env: io.env }),
    });
  } catch (err) {
    return reportError(err, command, io, text);
  }
}

function reportError(err: unknown, command: CliCommand, io: CliIo, text: CliText): number {
  const { t } = text;
  if (err instanceof UsageError) {
    writeLine(io.stderr, t("cli-usage-error", { message: err.message, usage: commandUsage(command, t) }));
    return 2;
  }
  if (err instanceof ConfigError || err instanceof MigrationError || err instanceof ReminderPolicyError) {
    writeLine(io.stderr, err.message);
    return 1;
  }
  if (err instanceof AppError) {
    // An expected error, as a localized sentence.
    const key = `error-${err.code}`;
    writeLine(io.stderr, text.translator.has(text.language, key) ? t(key, err.details) : err.message);
    return 1;
  }
  writeLine(io.stderr, t("cli-error", { message: err instanceof Error ? err.message : String(err) }));
  return 1;
}
