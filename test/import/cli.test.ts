import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openApp } from "../../src/app.js";
import { commandHelp, commandUsage, parseCommandArgs, UsageError, writeLine, type CliCommand, type CliIo } from "../../src/cli/command.js";
import { cliText } from "../../src/cli/cli-text.js";
import { agenciesImportCommand, agenciesListCommand } from "../../src/cli/commands/agencies.js";
import { importCommand } from "../../src/cli/commands/import.js";
import { fixedClock } from "../../src/core/clock.js";
import { MAX_IMPORT_BYTES } from "../../src/core/import/read-table.js";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";

const fixturePath = (name: string) => new URL(`../fixtures/import/${name}`, import.meta.url).pathname;

/** A stream that keeps what is written to it. */
function capture(isTTY = false): Writable & { isTTY: boolean; text(): string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return Object.assign(stream, { isTTY, text: () => chunks.join("") });
}

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  opened: number;
}

/**
 * Runs a command the way src/cli/main.ts does: strict argument parsing,
 * `--help`, and a UsageError as exit code 2.
 */
async function runCommand(command: CliCommand, args: string[], env: NodeJS.ProcessEnv, tty = false): Promise<RunResult> {
  const stdout = capture(tty);
  const stderr = capture();
  const io: CliIo = { stdout, stderr, stdin: process.stdin, env };
  const text = cliText(env);
  let opened = 0;
  let code: number;
  try {
    const { values, positionals } = parseCommandArgs(command, args);
    if (values.help) {
      writeLine(io.stdout, commandHelp(command, text.t));
      code = 0;
    } else {
      code = await command.run({
        ...text,
        io,
        values,
        positionals,
        openApp: (options) => {
          opened++;
          return openApp({ ...options, env, clock: fixedClock(new Date("2019-07-15T03:00:00Z")) });
        },
      });
    }
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    writeLine(io.stderr, text.t("cli-usage-error", { message: err.message, usage: commandUsage(command, text.t) }));
    code = 2;
  }
  return { code, stdout: stdout.text(), stderr: stderr.text(), opened };
}

describe.each(providers)("import commands on %s", (provider) => {
  let database: TestDatabase;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const run = (command: CliCommand, args: string[], tty = false) => runCommand(command, args, env, tty);

  beforeEach(async () => {
    database = await createTestDatabase(provider);
    dir = mkdtempSync(join(tmpdir(), "nhacviec-import-cli-"));
    env = { DATABASE_URL: database.target.url, APP_TIMEZONE: "Asia/Ho_Chi_Minh", LOG_LEVEL: "silent", DEFAULT_LANGUAGE: "vi" };
    const seeded = await run(agenciesImportCommand, [fixturePath("agencies.csv")]);
    expect(seeded).toMatchObject({ code: 0, stderr: "" });
  });
  afterEach(async () => {
    await database.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it("imports agencies and lists them in display order", async () => {
    const again = await run(agenciesImportCommand, [fixturePath("agencies.csv")]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe("Đã nhập 8 cơ quan: 0 mới, 0 được cập nhật, 8 không đổi.\n");

    const list = await run(agenciesListCommand, []);
    expect(list.code).toBe(0);
    const lines = list.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^Mã\s+Tên cơ quan\s+Tên viết tắt\s+Loại\s+Hoạt động$/);
    expect(lines[2]).toMatch(/^SYT\s+Sở Y tế\s+SYT; Sở YT\s+department\s+có$/);
    expect(lines.slice(2).map((l) => l.split(/\s+/)[0])).toEqual(["SYT", "STC", "STNMT", "BDT", "UBND-DAKGLEI", "XA-DAKPEK", "VPUBND", "TTT"]);
  });

  it("rejects an invalid agency file with exit code 1", async () => {
    const result = await run(agenciesImportCommand, [fixturePath("agencies-invalid.csv")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Dòng 4, cột “loai”: loại “bộ” không hợp lệ");
    expect(result.stderr).toContain("Chưa nhập cơ quan nào");
  });

  it("imports a task file, then finds it unchanged the second time", async () => {
    const first = await run(importCommand, [fixturePath("tasks-vi.csv")]);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toBe("Tệp có 5 dòng: 5 nhiệm vụ mới, 0 được cập nhật, 0 không đổi, 0 dòng lỗi bị bỏ qua.\n");
    const second = await run(importCommand, [fixturePath("tasks-vi.csv")]);
    expect(second.stdout).toBe("Tệp có 5 dòng: 0 nhiệm vụ mới, 0 được cập nhật, 5 không đổi, 0 dòng lỗi bị bỏ qua.\n");
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { action: "task.import" } });
    expect(JSON.parse(audit.after!)).toMatchObject({ source: "tasks-vi.csv", created: 5 });
  });

  it("lists bad rows with line, column and reason, imports nothing and exits 1", async () => {
    const result = await run(importCommand, [fixturePath("tasks-errors.csv")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("10 dòng không hợp lệ:");
    expect(lines).toContain("  Dòng 3, cột “trich_yeu”: không được để trống.");
    expect(lines).toContain("  Dòng 4, cột “co_quan_chu_tri”: không tìm thấy cơ quan “Sở Y khoa”. Ý bạn là: Sở Y tế?");
    expect(lines).toContain("  Dòng 5, cột “ngay_giao”: “31/02/2019” không phải là ngày có thật.");
    expect(lines).toContain("  Dòng 10: có 4 ô nhưng dòng tiêu đề có 9 cột.");
    expect(lines.at(-1)).toMatch(/^Chưa nhập nhiệm vụ nào vì có 10 dòng không hợp lệ\./);
    expect(await database.db.task.count()).toBe(0);
  });

  it("imports the valid rows with --skip-invalid and exits 0", async () => {
    const result = await run(importCommand, [fixturePath("tasks-errors.csv"), "--skip-invalid"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("Dòng 13, cột “ngay_giao”");
    expect(result.stdout).toBe("Tệp có 12 dòng: 2 nhiệm vụ mới, 0 được cập nhật, 0 không đổi, 10 dòng lỗi bị bỏ qua.\n");
    expect(await database.db.task.count()).toBe(2);
  });

  it("exits 1 with --skip-invalid when no row is valid", async () => {
    const file = join(dir, "all-bad.csv");
    writeFileSync(file, "trich_yeu,co_quan_chu_tri,ngay_giao\nA,Sở Y tế,31/02/2019\n");
    const result = await run(importCommand, [file, "--skip-invalid"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("0 nhiệm vụ mới");
  });

  it("reports without writing on --dry-run", async () => {
    const result = await run(importCommand, ["--dry-run", fixturePath("tasks-vi.csv")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("Chạy thử, chưa ghi gì. Tệp có 5 dòng: sẽ tạo 5 nhiệm vụ mới, cập nhật 0, 0 không đổi, bỏ qua 0 dòng lỗi.\n");
    expect(await database.db.task.count()).toBe(0);
  });

  it("reports a file-level error with exit code 1", async () => {
    const missing = await run(importCommand, [fixturePath("tasks-missing-column.csv")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("Thiếu cột bắt buộc: co_quan_chu_tri / agency, ngay_giao / assigned_at. Các cột trong tệp: ma_nhiem_vu, trich_yeu, han_xu_ly.\n");

    const empty = join(dir, "empty.csv");
    writeFileSync(empty, "");
    expect(await run(importCommand, [empty])).toMatchObject({ code: 1, stderr: "Tệp trống, không có dữ liệu.\n" });

    const absent = await run(importCommand, [join(dir, "absent.csv")]);
    expect(absent).toMatchObject({ code: 1, opened: 0 });
    expect(absent.stderr).toContain("Không tìm thấy tệp");
  });

  it("refuses a file over 20 MB before reading it or opening the database", async () => {
    const big = join(dir, "big.csv");
    writeFileSync(big, Buffer.alloc(MAX_IMPORT_BYTES + 1, "a"));
    const result = await run(importCommand, [big]);
    expect(result).toMatchObject({ code: 1, opened: 0, stdout: "" });
    expect(result.stderr).toBe("Tệp quá lớn (20 MB); chỉ nhận tệp tối đa 20 MB.\n");
  });

  it("exits 2 on a usage error and prints the usage with --help", async () => {
    const none = await run(importCommand, []);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("missing FILE.csv");
    expect((await run(importCommand, ["a.csv", "b.csv"])).code).toBe(2);
    expect((await run(importCommand, ["a.csv", "--force"])).code).toBe(2);
    expect((await run(agenciesListCommand, ["extra"])).code).toBe(2);

    const help = await run(importCommand, ["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("nhacviec import FILE.csv [--dry-run] [--skip-invalid]");
    expect((await run(agenciesImportCommand, ["-h"])).stdout).toContain("nhacviec agencies import FILE.csv");
  });

  it("speaks English when DEFAULT_LANGUAGE is en", async () => {
    env = { ...env, DEFAULT_LANGUAGE: "en" };
    const result = await run(importCommand, [fixturePath("tasks-errors.csv")]);
    expect(result.stderr).toContain("Line 5, column “ngay_giao”: “31/02/2019” is not a real date.");
  });

  it("draws a progress bar on a terminal only", async () => {
    const file = join(dir, "tasks.csv");
    copyFileSync(fixturePath("tasks-vi.csv"), file);
    const tty = await run(importCommand, [file, "--dry-run"], true);
    expect(tty.stdout).toContain("\rKiểm tra [");
    expect(tty.stdout).toMatch(/\r +\rChạy thử/);
    const plain = await run(importCommand, [file]);
    expect(plain.stdout).toBe("Tệp có 5 dòng: 5 nhiệm vụ mới, 0 được cập nhật, 0 không đổi, 0 dòng lỗi bị bỏ qua.\n");
  });
});
