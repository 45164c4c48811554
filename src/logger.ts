import pino, { type Logger } from "pino";
import pretty from "pino-pretty";
import type { Config } from "./config.js";

export type { Logger };

/**
 * Keys whose values never reach a log line: tokens, secrets, invite codes,
 * API keys and authorization headers, wherever they are nested.
 */
const REDACT = [
  "token", "*.token", "secret", "*.secret", "password", "*.password", "apiKey", "*.apiKey",
  "inviteCode", "*.inviteCode", "authorization", "*.authorization", "headers.authorization",
  'headers["x-telegram-bot-api-secret-token"]', 'headers["x-bot-api-secret-token"]', 'headers["x-slack-signature"]',
];

/** pino: readable on a terminal, JSON otherwise (LOG_FORMAT overrides). */
export function createLogger(config: Pick<Config, "logLevel" | "logFormat">, stream: NodeJS.WritableStream = process.stderr): Logger {
  const usePretty = config.logFormat === "pretty" || (config.logFormat === "auto" && (stream as { isTTY?: boolean }).isTTY === true);
  const options = { level: config.logLevel, redact: { paths: REDACT, censor: "[redacted]" } };
  if (!usePretty) return pino(options, stream);
  return pino(options, pretty({ destination: stream, colorize: true, sync: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname" }));
}
