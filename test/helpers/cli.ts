import { PassThrough } from "node:stream";
import { main } from "../../src/cli/main.js";
import type { DatabaseTarget } from "../../src/config.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `nhacviec <args>` in-process against a database, capturing its output. */
export async function runCli(args: string[], target: DatabaseTarget, env: NodeJS.ProcessEnv = {}, stdin = ""): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const input = new PassThrough();
  input.end(stdin);
  let out = "";
  let err = "";
  stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
  stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
  const code = await main(args, {
    stdout,
    stderr,
    stdin: input,
    env: { DATABASE_URL: target.url, LOG_LEVEL: "silent", APP_TIMEZONE: "Asia/Ho_Chi_Minh", ...env },
  });
  return { code, stdout: out, stderr: err };
}
