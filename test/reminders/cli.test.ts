import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApp } from "../../src/app.js";
import { parseCommandArgs, UsageError, type CliCommand } from "../../src/cli/command.js";
import { cliText } from "../../src/cli/cli-text.js";
import { calendarImportCommand, calendarListCommand } from "../../src/cli/commands/calendar.js";
import { remindCommand } from "../../src/cli/commands/remind.js";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { outboxKeys, seedFixture, type Fixture } from "./fixture.js";

/** Runs one command object the way src/cli/main.ts does, capturing its output. */
async function run(command: CliCommand, args: string[], database: TestDatabase) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
  stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
  const env = { DATABASE_URL: database.target.url, LOG_LEVEL: "silent", APP_TIMEZONE: "Asia/Ho_Chi_Minh" };
  const { values, positionals } = parseCommandArgs(command, args);
  const code = await command.run({ ...cliText(env), io: { stdout, stderr, stdin: new PassThrough(), env }, values, positionals, openApp: (o) => openApp({ ...o, env }) });
  return { code, stdout: out, stderr: err };
}

describe.each(providers)("reminder and calendar commands on %s", (provider) => {
  let database: TestDatabase;
  let f: Fixture;
  let dir: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await seedFixture(database.db);
    dir = mkdtempSync(join(tmpdir(), "nhacviec-calendar-"));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await database.destroy();
  });

  it("`remind --dry-run --at` prints who would receive what and why, and writes nothing", async () => {
    const result = await run(remindCommand, ["--dry-run", "--at", "11/03/2026 10:00"], database);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Kế hoạch nhắc việc lúc 11/03/2026 10:00 (Asia/Ho_Chi_Minh)");
    expect(result.stdout).toContain(`[Tổng hợp] → Nguyễn Thị Lan (focal-SYT) · digest:${f.people.fA}:2026-03-11:0`);
    expect(result.stdout).toContain("    NV-2026-0001 · before:2 · cán bộ đầu mối · hạn 13/03/2026, còn 2 ngày làm việc");
    expect(result.stdout).toContain(`[Tổng hợp] → Phạm Thu Hà (focal-SXD) · digest:${f.people.fB}:2026-03-11:0 (chưa có tài khoản chat)`);
    expect(result.stdout).toContain(`[Vượt cấp] → Đặng Thị Mai (inspector) · escalation:${f.tasks.T9}:15:${f.people.I}`);
    expect(result.stdout).toContain("    NV-2026-0009 · escalation:15 · tổ kiểm tra · hạn 10/02/2026, quá hạn 16 ngày làm việc");
    expect(result.stdout).toContain("[Hỏa tốc] → Nguyễn Thị Lan (focal-SYT)");
    expect(result.stdout).toContain("Chạy thử, không gửi và không ghi gì: 8 tin nhắn cho 6 người (3 bản tổng hợp, 4 báo cáo vượt cấp, 1 nhắc hỏa tốc).");
    expect(await outboxKeys(database.db)).toEqual([]);

    const json = JSON.parse((await run(remindCommand, ["--dry-run", "--at", "2026-03-11T06:00", "--json"], database)).stdout);
    expect(json.rows).toEqual([]);
    expect(json.nextWindow).toBe("2026-03-11T00:30:00.000Z");
    expect(json.waiting.length).toBeGreaterThan(0);
  });

  it("`remind` runs one sweep now; `--at` without `--dry-run` is a usage error", async () => {
    await expect(run(remindCommand, ["--at", "11/03/2026 10:00"], database)).rejects.toThrow(UsageError);
    const result = await run(remindCommand, ["--json"], database);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ created: expect.any(Object), existing: expect.any(Number) });
  });

  it("`remind --policy` refuses an invalid policy file", async () => {
    const file = join(dir, "bad-policy.json");
    writeFileSync(file, JSON.stringify({ sendWindows: [] }));
    await expect(run(remindCommand, ["--dry-run", "--policy", file], database)).rejects.toThrow(/Invalid reminder policy/);
  });

  it("`calendar import` reports every error with its line and imports nothing", async () => {
    const file = join(dir, "bad.csv");
    writeFileSync(file, "# 2027\ndate,kind,name\n2027-02-31,holiday,Tết\n2027-05-01,nghi,1/5\n2027-05-02,party,x\n");
    const result = await run(calendarImportCommand, [file], database);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Tệp lịch có 2 lỗi; chưa nhập ngày nào:");
    expect(result.stderr).toContain("Dòng 3: Invalid date");
    expect(result.stderr).toContain("Dòng 5: Unknown kind");
    expect(await database.db.calendarDay.count()).toBe(0);
  });

  it("`calendar import` upserts the days, and `calendar list` shows them with their source", async () => {
    const file = join(dir, "2027.csv");
    writeFileSync(file, "ngay;loai;ten\n2027-01-01;nghi;Tết Dương lịch\n2027-02-06;lam;Làm bù\n");
    const first = await run(calendarImportCommand, [file], database);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Đã nhập 2 ngày: 2 mới, 0 được cập nhật, 0 không đổi.");
    expect(first.stdout).toContain("Năm 2027: dùng lịch nghỉ chính thức (1 ngày nghỉ, 1 ngày làm bù trong tệp)");
    writeFileSync(file, "date,kind,name\n2027-01-01,holiday,Tết Dương lịch 2027\n2027-02-06,workday,Làm bù\n");
    expect((await run(calendarImportCommand, [file], database)).stdout).toContain("2 ngày: 0 mới, 1 được cập nhật, 1 không đổi.");

    const list = await run(calendarListCommand, ["--year", "2027"], database);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain("Lịch làm việc năm 2027");
    expect(list.stdout).toContain("  01/01/2027 (Thứ Sáu) — Tết Dương lịch 2027 [chính thức, đã nhập]");
    expect(list.stdout).toContain("  06/02/2027 (Thứ Bảy) — Làm bù [chính thức, đã nhập]");

    const shipped = await run(calendarListCommand, ["--year", "2026"], database);
    expect(shipped.stdout).toContain("  17/02/2026 (Thứ Ba) — Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng) [chính thức, kèm phần mềm]");
    expect(shipped.stdout).toContain("Ngày làm bù (2):");
    const computed = await run(calendarListCommand, ["--year", "2030"], database);
    expect(computed.stdout).toContain("30/04/2030 (Thứ Ba) — Ngày Chiến thắng (30/4) [tính theo luật]");
    expect(computed.stdout).toContain("Chưa có lịch nghỉ chính thức năm 2030");
    await expect(run(calendarListCommand, ["--year", "20x0"], database)).rejects.toThrow(UsageError);
  });
});
