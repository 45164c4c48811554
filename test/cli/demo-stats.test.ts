import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { createEmptyDatabase, providers } from "../helpers/test-database.js";
import { runCli } from "../helpers/cli.js";
import type { DatabaseTarget } from "../../src/config.js";

type Row = Record<string, string>;
const seed = (name: string) =>
  parse(readFileSync(new URL(`../../src/demo/seed/${name}`, import.meta.url), "utf8").replace(/^\uFEFF/, ""), { columns: true }) as Row[];
const appendix1 = seed("phu-luc-01.csv");
const appendix2 = seed("phu-luc-02.csv");

interface StatsJson {
  asOf: string;
  rows: { agency: string; total: number; onTime: number; late: number; inTerm: number; overdue: number }[];
  total: { total: number; onTime: number; late: number; inTerm: number; overdue: number };
}

describe.each(providers)("demo data and `nhacviec stats` on %s", (provider) => {
  let target: DatabaseTarget;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ target, drop } = await createEmptyDatabase(provider));
    const loaded = await runCli(["demo"], target);
    expect(loaded.stderr).toBe("");
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toContain("2139");
  });
  afterAll(() => drop());

  it("equal appendix 1 exactly as of 30/06/2019, row by row, in display order", async () => {
    const run = await runCli(["stats", "--as-of", "30/06/2019", "--json"], target);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as StatsJson;
    expect(json.asOf).toBe("2019-06-30T16:59:59.999Z");
    const expected = appendix1.filter((r) => r.tt !== "").map((r) => ({
      agency: r.co_quan,
      total: Number(r.tong_so),
      onTime: Number(r.hoan_thanh_dung_han),
      late: Number(r.hoan_thanh_qua_han),
      inTerm: Number(r.chua_hoan_thanh_trong_han),
      overdue: Number(r.chua_hoan_thanh_tre_han),
    }));
    expect(json.rows).toEqual(expected);
    expect(json.total).toEqual({ total: 2139, onTime: 883, late: 281, inTerm: 912, overdue: 63 });
  });

  it("equal appendix 2 exactly: each month's assigned and completed counts per agency", async () => {
    for (let month = 1; month <= 6; month++) {
      const last = new Date(Date.UTC(2019, month, 0)).getUTCDate();
      const mm = String(month).padStart(2, "0");
      const run = await runCli(
        ["stats", "--as-of", "30/06/2019", "--from", `01/${mm}/2019`, "--to", `${last}/${mm}/2019`, "--json"],
        target,
      );
      const json = JSON.parse(run.stdout) as StatsJson;
      const got = json.rows.map((r) => [r.total, r.onTime + r.late]);
      const want = appendix2.filter((r) => r.stt !== "").map((r) => [Number(r[`thang${month}_giao`]), Number(r[`thang${month}_da_thuc_hien`])]);
      expect(got, `month ${month}`).toEqual(want);
    }
  });

  it("answers one agency by name, alias or without diacritics", async () => {
    for (const name of ["Sở Y tế", "so y te", "SYT"]) {
      const run = await runCli(["stats", "--agency", name, "--as-of", "2019-06-30", "--json"], target);
      expect(run.code, name).toBe(0);
      const json = JSON.parse(run.stdout) as StatsJson;
      expect(json.rows).toEqual([{ agency: "Sở Y tế", total: 41, onTime: 35, late: 1, inTerm: 5, overdue: 0 }]);
    }
  });

  it("prints a table with the totals row", async () => {
    const run = await runCli(["stats", "--as-of", "30/06/2019"], target);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Sở Y tế\s+41\s+35\s+1\s+5\s+0/);
    expect(run.stdout).toMatch(/Tổng số\s+2139\s+883\s+281\s+912\s+63/);
  });

  it("exits 1 with suggestions for an unknown or ambiguous agency", async () => {
    const unknown = await runCli(["stats", "--agency", "So Y tee"], target);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Sở Y tế");
    const ambiguous = await runCli(["stats", "--agency", "Kon Tum"], target);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain("UBND thành phố Kon Tum");
  });

  it("exits 2 on usage errors: a bad date, an unknown option, a stray argument", async () => {
    const bad = await runCli(["stats", "--as-of", "31/02/2019"], target);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("not a real date");
    expect((await runCli(["stats", "--nope"], target)).code).toBe(2);
    expect((await runCli(["stats", "extra"], target)).code).toBe(2);
  });

  it("loads the demo only once", async () => {
    const again = await runCli(["demo"], target);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("already holds tasks");
  });
});

describe("`nhacviec --help`", () => {
  it("works on every command and exits 0", async () => {
    const { commands } = await import("../../src/cli/commands/index.js");
    const target = { provider: "sqlite" as const, url: "file:/nonexistent/never-opened.db", file: "/nonexistent/never-opened.db" };
    const top = await runCli(["--help"], target);
    expect(top.code).toBe(0);
    for (const c of commands) {
      const run = await runCli([...c.path, "--help"], target);
      expect(run.code, c.path.join(" ")).toBe(0);
      expect(run.stdout).toContain("Usage:");
    }
  });

  it("exits 2 for an unknown command", async () => {
    const run = await runCli(["frobnicate"], { provider: "sqlite", url: "file:/x.db", file: "/x.db" });
    expect(run.code).toBe(2);
  });
});
