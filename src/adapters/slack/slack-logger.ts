import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../logger.js";

/**
 * Bolt's and the Web API client's logger, written to the application's pino
 * logger under `platform: "slack"`. Bolt's debug lines (request bodies, which
 * hold users' words) go to trace. Neither library logs the token or the
 * signing secret: the token travels in a header they redact.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ platform: "slack" });
  const line = (parts: unknown[]) => parts.map((p) => (typeof p === "string" ? p : p instanceof Error ? p.message : JSON.stringify(p))).join(" ");
  let level: LogLevel = LogLevel.INFO;
  let name = "bolt";
  return {
    debug: (...msg: unknown[]) => child.trace({ source: name }, line(msg)),
    info: (...msg: unknown[]) => child.debug({ source: name }, line(msg)),
    warn: (...msg: unknown[]) => child.warn({ source: name }, line(msg)),
    error: (...msg: unknown[]) => child.error({ source: name }, line(msg)),
    setLevel: (l: LogLevel) => void (level = l),
    getLevel: () => level,
    setName: (n: string) => void (name = n),
  };
}
