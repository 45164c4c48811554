import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openApp } from "../../src/app.js";
import { parseCommandArgs, UsageError, type CliCommand } from "../../src/cli/command.js";
import { cliText } from "../../src/cli/cli-text.js";
import { apikeyCreateCommand, apikeyListCommand, apikeyRevokeCommand } from "../../src/cli/commands/apikey.js";
import { authenticateApiKey, hashApiKey } from "../../src/core/api-keys/api-keys.js";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";

/** Runs one of the commands as src/cli/main.ts does (they are registered in the command list elsewhere). */
async function run(command: CliCommand, args: string[], env: NodeJS.ProcessEnv) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
  stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
  let code: number;
  try {
    const { values, positionals } = parseCommandArgs(command, args);
    code = await command.run({ ...cliText(env), io: { stdout, stderr, stdin: process.stdin, env }, values, positionals, openApp: (o) => openApp({ ...o, env }) });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err += e.message;
    code = 2;
  }
  return { code, stdout: out, stderr: err };
}

describe.each(providers)("nhacviec apikey on %s", (provider) => {
  let database: TestDatabase;
  let env: NodeJS.ProcessEnv;
  beforeEach(async () => {
    database = await createTestDatabase(provider);
    env = { DATABASE_URL: database.target.url, LOG_LEVEL: "silent", APP_TIMEZONE: "Asia/Ho_Chi_Minh" };
  });
  afterEach(() => database.destroy());

  it("creates a key, prints it once, lists and revokes it", async () => {
    const created = await run(apikeyCreateCommand, ["--name", "Hệ thống QLVB", "--scope", "write"], env);
    expect(created.code).toBe(0);
    const key = created.stdout.trim();
    expect(key).toMatch(/^nv_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).toContain("chỉ hiện một lần");
    expect(created.stderr).not.toContain(key);
    const prefix = key.slice(3, 11);
    const row = await database.db.apiKey.findFirstOrThrow();
    expect(row).toMatchObject({ name: "Hệ thống QLVB", scope: "write", prefix, keyHash: hashApiKey(key), revokedAt: null });
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { action: "apikey.create" } });
    expect(audit.after).not.toContain(key.slice(12));

    const list = await run(apikeyListCommand, [], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(prefix);
    expect(list.stdout).toContain("Hệ thống QLVB");
    expect(list.stdout).toContain("hiệu lực / active");
    expect(list.stdout).not.toContain(key.slice(12));

    expect((await authenticateApiKey(testDeps(database.db), key)).ok).toBe(true);
    const revoked = await run(apikeyRevokeCommand, [prefix], env);
    expect(revoked).toMatchObject({ code: 0 });
    expect(revoked.stdout).toContain("Đã thu hồi");
    expect(await authenticateApiKey(testDeps(database.db), key)).toEqual({ ok: false, reason: "revoked" });
    expect((await run(apikeyRevokeCommand, [String(row.id)], env)).stdout).toContain("đã bị thu hồi trước đó");
    expect((await run(apikeyListCommand, [], env)).stdout).toContain("thu hồi / revoked");
  });

  it("revokes by id, and says so when nothing matches", async () => {
    await run(apikeyCreateCommand, ["--name", "A", "--scope", "read"], env);
    const second = (await run(apikeyCreateCommand, ["--name", "B", "--scope", "read"], env)).stdout.trim();
    const b = await database.db.apiKey.findFirstOrThrow({ where: { name: "B" } });
    expect((await run(apikeyRevokeCommand, [String(b.id)], env)).code).toBe(0);
    expect((await authenticateApiKey(testDeps(database.db), second)).ok).toBe(false);
    expect((await database.db.apiKey.findFirstOrThrow({ where: { name: "A" } })).revokedAt).toBeNull();
    const none = await run(apikeyRevokeCommand, ["deadbeef"], env);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("Không có khóa API");
  });

  it("exits 2 on usage errors", async () => {
    expect((await run(apikeyCreateCommand, ["--scope", "write"], env)).code).toBe(2);
    expect((await run(apikeyCreateCommand, ["--name", "X", "--scope", "admin"], env)).code).toBe(2);
    expect((await run(apikeyCreateCommand, ["--name", "X"], env)).code).toBe(2);
    expect((await run(apikeyRevokeCommand, [], env)).code).toBe(2);
    expect((await run(apikeyListCommand, ["extra"], env)).code).toBe(2);
    expect(await database.db.apiKey.count()).toBe(0);
  });
});
