import pino, { type Logger } from "pino";
import pretty from "pino-pretty";
import type { Config, Env } from "./config.js";

export type { Logger };

/**
 * Keys whose values never reach a log line: tokens, secrets, invite codes,
 * API keys and authorization headers, wherever they are nested (an HTTP
 * client's error keeps its request's headers in `config`, grammY's keeps the
 * call's parameters, setWebhook's secret_token among them, in `payload`).
 */
const REDACT = [
  "token", "*.token", "secret", "*.secret", "password", "*.password", "apiKey", "*.apiKey",
  "inviteCode", "*.inviteCode", "authorization", "*.authorization", "headers.authorization",
  'headers["x-telegram-bot-api-secret-token"]', 'headers["x-bot-api-secret-token"]', 'headers["x-slack-signature"]',
  "*.headers.authorization", "*.headers.Authorization", "*.*.headers.authorization", "*.*.headers.Authorization",
  "*.config.headers", "*.*.config.headers", "*.original.config", "*.cause.config",
  "botToken", "*.botToken", "appToken", "*.appToken", "signingSecret", "*.signingSecret", "webhookSecret", "*.webhookSecret",
  "secret_token", "*.secret_token", "*.payload.secret_token", "*.*.payload.secret_token",
];

/** The environment variables that hold secrets: their values are scrubbed from every log line. */
const SECRET_VARIABLES = [
  "TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "ZALO_BOT_TOKEN", "ZALO_WEBHOOK_SECRET",
] as const satisfies readonly (keyof Env)[];

/**
 * Secrets made at run time, which no configuration names: API keys (the
 * prefix stays, it names the key in listings), and bot tokens inside request
 * URLs (`/bot<token>/method`), as HTTP clients quote them in error messages.
 */
const SECRET_PATTERNS: [RegExp, string][] = [
  [/\b(nv_[0-9a-f]{8}_)[A-Za-z0-9_-]{43}/g, "$1[redacted]"],
  [/\/bot\d+:[A-Za-z0-9_-]{20,}/g, "/bot[redacted]"],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/g, "[redacted]"],
  [/\bxapp-[A-Za-z0-9-]{10,}/g, "[redacted]"],
];

/** Secrets shorter than this are not scrubbed by value: they would match ordinary words. */
const MIN_SECRET_LENGTH = 8;

/** The secrets of a configuration, to pass to {@link createLogger}. */
export function configSecrets(env: Partial<Env> | undefined): string[] {
  if (!env) return [];
  return SECRET_VARIABLES.map((name) => env[name]).filter((v): v is string => typeof v === "string" && v.length >= MIN_SECRET_LENGTH);
}

/**
 * A function that removes `secrets` (as written, and as JSON escapes them)
 * and {@link SECRET_PATTERNS} from a text. The last line of defence: it runs
 * on every serialized log line, so a token quoted by some library's error
 * message is caught even where no redact path reaches.
 */
export function secretScrubber(secrets: readonly string[]): (text: string) => string {
  const forms = [...new Set(secrets.filter((s) => s.length >= MIN_SECRET_LENGTH).flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]))]
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const form of forms) if (out.includes(form)) out = out.split(form).join("[redacted]");
    for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
    return out;
  };
}

/**
 * pino: readable on a terminal, JSON otherwise (LOG_FORMAT overrides). When
 * the configuration's environment is given, its secrets (tokens, signing and
 * webhook secrets) are scrubbed from every line, besides the redact paths.
 */
export function createLogger(
  config: Pick<Config, "logLevel" | "logFormat"> & { env?: Partial<Env> },
  stream: NodeJS.WritableStream = process.stderr,
): Logger {
  const usePretty = config.logFormat === "pretty" || (config.logFormat === "auto" && (stream as { isTTY?: boolean }).isTTY === true);
  const scrub = secretScrubber(configSecrets(config.env));
  const options = { level: config.logLevel, redact: { paths: REDACT, censor: "[redacted]" }, hooks: { streamWrite: scrub } };
  if (!usePretty) return pino(options, stream);
  return pino(options, pretty({ destination: stream, colorize: true, sync: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname" }));
}
