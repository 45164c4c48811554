import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyDatabase, providers } from "../helpers/test-database.js";
import { runCli } from "../helpers/cli.js";
import type { DatabaseTarget } from "../../src/config.js";

const EN = { DEFAULT_LANGUAGE: "en" };

/** `nhacviec` speaks DEFAULT_LANGUAGE: its help, its usage errors and its output come from locales/*.ftl. */
describe.each(providers)("`nhacviec` in English (%s)", (provider) => {
  let target: DatabaseTarget;
  let drop: () => Promise<void>;
  let dir: string;
  const en = (args: string[]) => runCli(args, target, EN);

  beforeAll(async () => {
    ({ target, drop } = await createEmptyDatabase(provider));
    dir = mkdtempSync(join(tmpdir(), "nhacviec-cli-en-"));
  });
  afterAll(async () => {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("prints the help in English", async () => {
    const top = await en(["--help"]);
    expect(top.stdout).toContain("nhacviec — task tracking for a provincial People's Committee");
    expect(top.stdout).toMatch(/\n {2}agencies import +Import the agency directory from a CSV file\n/);
    expect(top.stdout).not.toContain("Nhập danh mục cơ quan");
    const help = await en(["calendar", "import", "--help"]);
    expect(help.stdout).toContain("Import official days off and make-up working days from a CSV file\n\nUsage: nhacviec calendar import FILE.csv\n");
    expect(help.stdout).toContain("Lines starting with # are comments.");
    expect(help.stdout).not.toContain("Dòng bắt đầu bằng #");
    expect((await en(["report", "--help"])).stdout).toContain("At most 24 months.");
  });

  it("loads the demo, then says it will not load it twice", async () => {
    const loaded = await en(["demo"]);
    expect(loaded.stdout).toMatch(/^Loaded: 30 agencies, 685 documents, 2139 tasks, \d+ people; cut-off 30\/06\/2019\.\n$/);
    expect((await en(["demo"])).stdout).toBe("The database already holds tasks; nothing loaded.\n");
  });

  it("prints the stats table and the report figures in English", async () => {
    const stats = await en(["stats", "--as-of", "30/06/2019"]);
    const lines = stats.stdout.split("\n");
    expect(lines[0]).toBe("As of 30/06/2019");
    expect(lines[1]).toMatch(/^No\.\s+Agency\s+Total\s+Done on time\s+Done late\s+Open in term\s+Open overdue$/);
    expect(stats.stdout).toMatch(/\n\s+Total\s+2139\s+883\s+281\s+912\s+63\n/);

    const report = await en(["report", "--from", "01/01/2019", "--to", "30/06/2019", "--as-of", "30/06/2019", "--out", join(dir, "report")]);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain("Report 01/01/2019 – 30/06/2019, figures as of the end of 30/06/2019\n");
    expect(report.stdout).toContain("685 documents, 2,139 tasks: 883 done on time, 281 done late, 912 open in term, 63 open and overdue\n");
    expect(report.stdout).toContain("1,164 done (54.4%), 975 in progress\n");
  });

  it("answers usage errors and empty lists in English", async () => {
    const bad = await en(["stats", "--as-of", "31/02/2019"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^--as-of: 31\/02\/2019 is not a real date\n\nUsage: nhacviec stats /);
    const stray = await en(["apikey", "list", "extra"]);
    expect(stray).toMatchObject({ code: 2 });
    expect(stray.stderr).toMatch(/^unexpected argument: extra\n/);
    expect((await en(["apikey", "list"])).stdout).toBe("No API keys yet: nhacviec apikey create --name NAME --scope read|write\n");
    expect((await en(["outbox", "list", "--failed"])).stdout).toBe("No failed messages\n");
    const retry = await en(["outbox", "retry", "4242"]);
    expect(retry).toMatchObject({ code: 1, stderr: "No message 4242\n" });
  });

  it("keeps the Vietnamese output of DEFAULT_LANGUAGE=vi as it was", async () => {
    expect((await runCli(["demo"], target)).stdout).toBe("Cơ sở dữ liệu đã có nhiệm vụ; không nạp dữ liệu mẫu. / The database already holds tasks; nothing loaded.\n");
    expect((await runCli(["outbox", "retry", "4242"], target)).stderr).toBe("Không có tin 4242 / no message 4242\n");
    expect((await runCli(["stats", "--as-of", "30/06/2019"], target)).stdout.split("\n")[0]).toBe("Số liệu tính đến / as of 30/06/2019");
  });
});
