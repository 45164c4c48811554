import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, parseDatabaseUrl } from "../../src/config.js";

const issuesOf = (env: NodeJS.ProcessEnv) => {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).issues;
  }
};

describe("configuration", () => {
  it("chooses the database from DATABASE_URL", () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ provider: "sqlite", url: "file:./data/nhacviec.db", file: "./data/nhacviec.db" });
    expect(parseDatabaseUrl("file:/tmp/x.db")).toMatchObject({ provider: "sqlite", file: "/tmp/x.db" });
    expect(parseDatabaseUrl("postgres://u@h/db")).toMatchObject({ provider: "postgresql" });
    expect(parseDatabaseUrl("postgresql://u@h/db")).toMatchObject({ provider: "postgresql" });
  });

  it("has working defaults with an empty environment", () => {
    const config = loadConfig({});
    expect(config.timeZone).toBe("Asia/Ho_Chi_Minh");
    expect(config.database.provider).toBe("sqlite");
    expect(config.hasChatPlatform).toBe(false);
    expect(config.env.PORT).toBe(8080);
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ APP_TIMEZONE: "Mars/Olympus" }, "APP_TIMEZONE"],
    [{ PORT: "eighty" }, "PORT"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ DEFAULT_LANGUAGE: "fr" }, "DEFAULT_LANGUAGE"],
    [{ PUBLIC_URL: "not a url" }, "PUBLIC_URL"],
    [{ TELEGRAM_WEBHOOK_SECRET: "short" }, "TELEGRAM_WEBHOOK_SECRET"],
    [{ SLACK_BOT_TOKEN: "xoxb-1" }, "SLACK_SIGNING_SECRET"],
    [{ SCHEDULER_ENABLED: "maybe" }, "SCHEDULER_ENABLED"],
  ])("stops on %o with a message naming %s", (env, variable) => {
    const issues = issuesOf(env);
    expect(issues.join("\n")).toContain(variable);
  });

  it.each(["http://bot.example.gov.vn", "ftp://bot.example.gov.vn", "http://127.0.0.2:8080", "http://10.0.0.5", "ws://localhost:8080"])(
    "refuses PUBLIC_URL %s: https only, http only on the loopback interface",
    (url) => {
      const issues = issuesOf({ PUBLIC_URL: url });
      expect(issues).toEqual(["PUBLIC_URL: must be an https:// URL (http:// only for 127.0.0.1, localhost or [::1])"]);
    },
  );

  it.each(["https://bot.example.gov.vn", "https://bot.example.gov.vn:8443/nhacviec", "http://127.0.0.1:8080", "http://localhost:3000", "http://[::1]:8080/"])(
    "accepts PUBLIC_URL %s",
    (url) => {
      expect(loadConfig({ PUBLIC_URL: url }).env.PUBLIC_URL).toBe(url);
    },
  );

  it("turns the chat platforms on by their tokens", () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: "1:abc" }).hasChatPlatform).toBe(true);
    expect(loadConfig({ ZALO_BOT_TOKEN: "z" }).hasChatPlatform).toBe(true);
  });
});
