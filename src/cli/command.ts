import { parseArgs, type ParseArgsConfig } from "node:util";
import type { App, OpenAppOptions } from "../app.js";
import type { TextArgs, Translate } from "../i18n/translator.js";
import type { CliText } from "./cli-text.js";

/** Where a command reads and writes; replaced in tests. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

/** What a command runs with; its texts come from locales/*.ftl in DEFAULT_LANGUAGE (`t`). */
export interface CliContext extends CliText {
  io: CliIo;
  /** Opens the application (config, database, migrations). Commands that need it call it once. */
  openApp(options?: Omit<OpenAppOptions, "env">): Promise<App>;
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface CliCommand {
  /** Words that select the command: ["stats"], ["agencies", "import"]. */
  path: string[];
  /** Locale key of the one-line summary shown by `nhacviec --help`. */
  summaryKey: string;
  /** Locale key of the usage lines shown by --help and on usage errors. */
  usageKey: string;
  /** Arguments of the usage text. */
  usageArgs?: TextArgs;
  options?: ParseArgsConfig["options"];
  /** Returns the exit code: 0 success, 1 runtime error. */
  run(ctx: CliContext): Promise<number>;
}

/** A mistake in how the command was called: exit code 2 with the usage. The message is already translated. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The usage lines of a command. */
export function commandUsage(command: CliCommand, t: Translate): string {
  return t(command.usageKey, command.usageArgs);
}

/** What `nhacviec <command> --help` prints: the summary, then the usage. */
export function commandHelp(command: CliCommand, t: Translate): string {
  return t("cli-help", { summary: t(command.summaryKey), usage: commandUsage(command, t) });
}

/** Throws the usage error for the first positional argument a command does not take. */
export function rejectPositionals(positionals: string[], t: Translate, allowed = 0): void {
  if (positionals.length > allowed) throw new UsageError(t("cli-unexpected-argument", { argument: positionals[allowed]! }));
}

/** Parses the arguments after the command words, strictly. */
export function parseCommandArgs(command: CliCommand, args: string[]) {
  try {
    return parseArgs({
      args,
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    // Node's own message names the option at fault.
    throw new UsageError((err as Error).message);
  }
}

export function writeLine(stream: NodeJS.WritableStream, line = ""): void {
  stream.write(`${line}\n`);
}
