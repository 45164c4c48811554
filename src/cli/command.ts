import { parseArgs, type ParseArgsConfig } from "node:util";
import type { App, OpenAppOptions } from "../app.js";

/** Where a command reads and writes; replaced in tests. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

export interface CliContext {
  io: CliIo;
  /** Opens the application (config, database, migrations). Commands that need it call it once. */
  openApp(options?: Omit<OpenAppOptions, "env">): Promise<App>;
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface CliCommand {
  /** Words that select the command: ["stats"], ["agencies", "import"]. */
  path: string[];
  summary: string;
  /** Usage lines shown by --help and on usage errors. */
  usage: string;
  options?: ParseArgsConfig["options"];
  /** Returns the exit code: 0 success, 1 runtime error. */
  run(ctx: CliContext): Promise<number>;
}

/** A mistake in how the command was called: exit code 2 with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
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
    throw new UsageError((err as Error).message);
  }
}

export function writeLine(stream: NodeJS.WritableStream, line = ""): void {
  stream.write(`${line}\n`);
}
