import { z } from "zod";

/** The database the application talks to, derived from DATABASE_URL. */
export type DatabaseTarget =
  | { provider: "sqlite"; url: string; file: string }
  | { provider: "postgresql"; url: string };

const DEFAULT_SQLITE_FILE = "./data/nhacviec.db";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

/**
 * Every environment variable the application reads. `.env.example` lists them
 * with the same defaults; keep both in step.
 */
const envSchema = z.object({
  DATABASE_URL: optionalString,
  APP_TIMEZONE: z
    .string()
    .default("Asia/Ho_Chi_Minh")
    .refine(isTimeZone, { message: "is not an IANA time zone, e.g. Asia/Ho_Chi_Minh" }),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FORMAT: z.enum(["auto", "pretty", "json"]).default("auto"),
  DEFAULT_LANGUAGE: z.enum(["vi", "en"]).default("vi"),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().default("127.0.0.1"),
  PUBLIC_URL: optionalString.pipe(
    z.string().refine(isPublicUrl, { message: "must be an https:// URL (http:// only for 127.0.0.1, localhost or [::1])" }).optional(),
  ),
  TELEGRAM_BOT_TOKEN: optionalString,
  TELEGRAM_API_ROOT: optionalString.pipe(z.string().url().optional()),
  TELEGRAM_WEBHOOK_SECRET: optionalString.pipe(z.string().regex(/^[A-Za-z0-9_-]{8,256}$/, "8-256 characters of A-Z a-z 0-9 _ -").optional()),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: optionalString.pipe(z.string().url().optional()),
  ZALO_BOT_TOKEN: optionalString,
  ZALO_API_ROOT: optionalString.pipe(z.string().url().optional()),
  ZALO_WEBHOOK_SECRET: optionalString.pipe(z.string().min(8).max(256).optional()),
  SCHEDULER_ENABLED: z.enum(["true", "false", "1", "0"]).default("true").transform((v) => v === "true" || v === "1"),
  SCHEDULER_CRON: z.string().default("* * * * *"),
  REMINDER_POLICY_FILE: optionalString,
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  INSTANCE_ID: optionalString,
}).superRefine((e, ctx) => {
  if (e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) {
    ctx.addIssue({ code: "custom", path: ["SLACK_SIGNING_SECRET"], message: "is required with SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for Socket Mode)" });
  }
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  /** The parsed environment, for adapters that read their own variables. */
  env: Env;
  database: DatabaseTarget;
  timeZone: string;
  logLevel: Env["LOG_LEVEL"];
  logFormat: Env["LOG_FORMAT"];
  defaultLanguage: "vi" | "en";
  /** True when at least one chat platform token is configured. */
  hasChatPlatform: boolean;
}

/** A configuration problem, named after the variable, that stops start-up. */
export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses the environment once. Throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    env: e,
    database: parseDatabaseUrl(e.DATABASE_URL),
    timeZone: e.APP_TIMEZONE,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    defaultLanguage: e.DEFAULT_LANGUAGE,
    hasChatPlatform: Boolean(e.TELEGRAM_BOT_TOKEN || e.SLACK_BOT_TOKEN || e.ZALO_BOT_TOKEN),
  };
}

/**
 * unset → SQLite at ./data/nhacviec.db; `file:` → SQLite;
 * `postgres://` or `postgresql://` → PostgreSQL.
 */
export function parseDatabaseUrl(url: string | undefined): DatabaseTarget {
  if (url === undefined) return { provider: "sqlite", url: `file:${DEFAULT_SQLITE_FILE}`, file: DEFAULT_SQLITE_FILE };
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).split("?")[0] ?? "";
    if (file === "") throw new ConfigError(["DATABASE_URL: a file: URL needs a path, e.g. file:./data/nhacviec.db"]);
    return { provider: "sqlite", url, file };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: "postgresql", url };
  throw new ConfigError(["DATABASE_URL: must start with file:, postgres:// or postgresql://"]);
}

/** Hosts that never leave this machine, where plain http exposes nothing (local tests, a TLS proxy in front). */
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * PUBLIC_URL is where chat platforms send webhooks and where report links
 * point: https, since the webhook secrets and the files travel over it;
 * http only on the loopback interface.
 */
function isPublicUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.protocol === "https:") return url.hostname !== "";
  return url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname);
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
