import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyDatabase, providers } from "../helpers/test-database.js";
import { runCli } from "../helpers/cli.js";
import type { DatabaseTarget } from "../../src/config.js";

const AT = "2019-06-20T09:00:00+07:00";

describe.each(providers)("`nhacviec ask` (%s)", (provider) => {
  let target: DatabaseTarget;
  let drop: () => Promise<void>;
  const ask = (args: string[]) => runCli(["ask", "--at", AT, ...args], target);

  beforeAll(async () => {
    ({ target, drop } = await createEmptyDatabase(provider));
    expect((await runCli(["demo"], target)).code).toBe(0);
  });
  afterAll(() => drop());

  it("answers as the demo leader by default, and exits 0", async () => {
    const run = await ask(["/thongke Sở Y tế đến 30/06/2019"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Tổng số nhiệm vụ: 41/);
  });

  it("speaks as a named person and fixes the clock", async () => {
    const list = await ask(["--as", "focal-SYT", "/nhiemvu"]);
    expect(list.stdout).toMatch(/Sở Y tế \(5\)/);
    const code = /NV-2019-\d{4}/.exec(list.stdout)![0];
    const update = await ask(["--as", "Sở Y tế", `/capnhat ${code} đạt 40%`]);
    expect(update.stdout).toMatch(/tiến độ 40%/);
    const done = await ask(["--as", "focal-SYT", `/hoanthanh ${code} xong`]);
    expect(done.stdout).toMatch(/đã hoàn thành lúc 20\/06\/2019 09:00/);
  });

  it("shows buttons as numbered choices", async () => {
    const run = await ask(["/thongke kon tum"]);
    expect(run.stdout).toMatch(/ {2}1\. UBND thành phố Kon Tum/);
  });

  it("answers bad input with a sentence, still exiting 0", async () => {
    const run = await ask(["--as", "focal-SYT", "/giahan"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Cách dùng: \/giahan/);
  });

  it("refuses an unknown person, a bad --at, and a missing message", async () => {
    expect((await ask(["--as", "nobody-here", "/help"])).code).toBe(1);
    expect((await runCli(["ask", "--at", "yesterday", "/help"], target)).code).toBe(2);
    expect((await runCli(["ask"], target)).code).toBe(2);
  });
});
