/**
 * One way of reading agency names everywhere: the same spellings through
 * every command that takes an agency, for every role that may use it, and
 * through the task import. Names the bot is not sure of come back as choices
 * in every command; an unknown name with nothing close is a plain sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { fixedClock } from "../../src/core/clock.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { importTasks } from "../../src/core/import/import-tasks.js";
import type { Conversation } from "../../src/core/conversation/handle-inbound.js";
import type { Inbound, Outbound } from "../../src/core/conversation/types.js";

const NOW = new Date("2019-06-20T09:00:00+07:00");

/** A spelling, and the agency (code, full name) it must stand for. */
const SPELLINGS: [spelling: string, code: string, name: string][] = [
  ["UBND huyện Ngọc Hồi", "UBND-NGOCHOI", "UBND huyện Ngọc Hồi"],
  ["ngoc hoi", "UBND-NGOCHOI", "UBND huyện Ngọc Hồi"],
  ["Ngọc Hồi", "UBND-NGOCHOI", "UBND huyện Ngọc Hồi"],
  ["NGỌC hồi", "UBND-NGOCHOI", "UBND huyện Ngọc Hồi"],
  ["huyện Ngọc Hồi", "UBND-NGOCHOI", "UBND huyện Ngọc Hồi"],
  ["ubnd ngoc hoi", "UBND-NGOCHOI", "UBND huyện Ngọc Hồi"],
  ["SYT", "SYT", "Sở Y tế"],
  ["syt", "SYT", "Sở Y tế"],
  ["Y tế", "SYT", "Sở Y tế"],
  ["y te", "SYT", "Sở Y tế"],
  ["SỞ y TẾ", "SYT", "Sở Y tế"],
  ["Tư pháp", "STP", "Sở Tư pháp"],
  ["tai chinh", "STC", "Sở Tài chính"],
  ["Sở GD&ĐT", "SGDDT", "Sở Giáo dục và Đào tạo"],
  ["sgddt", "SGDDT", "Sở Giáo dục và Đào tạo"],
  ["giáo dục", "SGDDT", "Sở Giáo dục và Đào tạo"],
  ["thành phố Kon Tum", "UBND-TPKT", "UBND thành phố Kon Tum"],
  ["tp kon tum", "UBND-TPKT", "UBND thành phố Kon Tum"],
  ["dak ha", "UBND-DAKHA", "UBND huyện Đăk Hà"],
  ["Đắk Hà", "UBND-DAKHA", "UBND huyện Đăk Hà"],
];

/** Who may name an agency in each command (the agency's own people for /nhiemvu). */
const STATS_ROLES = (code: string) => [`focal-${code}`, `head-${code}`, "focal-STC", "leader", "inspector"];
const TASKS_ROLES = (code: string) => [`focal-${code}`, `head-${code}`, "leader", "inspector"];
const REPORT_ROLES = ["leader", "inspector"];

describe.each(providers)("agency names (%s)", (provider) => {
  let tdb: TestDatabase;
  let bot: Conversation;
  let n = 0;
  const send = async (userId: string, text: string): Promise<Outbound> =>
    (await bot.handle({ platform: "console", userId, chatId: `c:${userId}`, chatType: "private", at: NOW, updateId: `u${++n}`, text }))[0]!;
  const press = async (userId: string, answer: Outbound, label: string): Promise<Outbound> => {
    const button = answer.buttons?.flat().find((b) => b.label === label);
    if (!button) throw new Error(`no button “${label}” in: ${answer.text}`);
    return (await bot.handle({ platform: "console", userId, chatId: `c:${userId}`, chatType: "private", at: NOW, updateId: `u${++n}`, action: button.action }))[0]!;
  };
  const labels = (answer: Outbound) => (answer.buttons ?? []).flat().map((b) => b.label);

  beforeAll(async () => {
    tdb = await createTestDatabase(provider);
    await loadDemo(testDeps(tdb.db));
    // A leader in charge of two agencies only.
    const scoped = await tdb.db.person.create({ data: { handle: "leader-scoped", name: "Lãnh đạo phụ trách" } });
    for (const code of ["UBND-NGOCHOI", "UBND-TPKT"]) {
      const agency = await tdb.db.agency.findUniqueOrThrow({ where: { code } });
      await tdb.db.roleGrant.create({ data: { personId: scoped.id, role: "leader", agencyId: agency.id } });
    }
    await tdb.db.chatIdentity.create({ data: { personId: scoped.id, platform: "console", externalUserId: "leader-scoped", chatId: "c:leader-scoped" } });
    bot = createBot({ ...testDeps(tdb.db, fixedClock(NOW)), translator: createTranslator(), defaultLanguage: "vi" });
  });
  afterAll(() => tdb.destroy());

  it.each(SPELLINGS)("“%s” is %s in every command, for every role that may use it", async (spelling, code, name) => {
    for (const who of STATS_ROLES(code)) {
      expect((await send(who, `/thongke ${spelling} đến 30/06/2019`)).text, `${who} /thongke`).toContain(`Tình hình thực hiện nhiệm vụ — ${name}\n`);
    }
    for (const who of TASKS_ROLES(code)) {
      expect((await send(who, `/nhiemvu ${spelling}`)).text, `${who} /nhiemvu`).toMatch(new RegExp(`^(📋 Nhiệm vụ đang thực hiện — ${name} \\(\\d+\\)|${name}: không có nhiệm vụ)`));
      expect((await send(who, `/nhiemvu ${spelling} quá hạn`)).text, `${who} /nhiemvu … quá hạn`).toMatch(new RegExp(`^(⚠️ Nhiệm vụ quá hạn — ${name} |${name}: không có nhiệm vụ quá hạn)`));
    }
    const preview = await send("inspector", `/dondoc ${spelling}: Đề nghị báo cáo tiến độ.`);
    expect(preview.text, "/dondoc").toMatch(/Xem trước đôn đốc số \d+: 1 cơ quan/);
    expect(preview.text, "/dondoc").toContain(`• ${name}:`);
    for (const who of REPORT_ROLES) {
      // Neither takes an agency (README): /quahan points to /nhiemvu, /baocao answers its usage.
      expect((await send(who, `/quahan ${spelling}`)).text, `${who} /quahan`).toContain(`/nhiemvu ${spelling} quá hạn`);
      expect((await send(who, `/baocao ${spelling}`)).text, `${who} /baocao`).toMatch(/Cách dùng: \/baocao/);
    }
  });

  it.each(SPELLINGS.filter(([, code]) => code !== "SYT"))("a focal officer of another agency is told “%s” is unknown, and offered only their own", async (spelling, _code, name) => {
    const answer = await send("focal-SYT", `/nhiemvu ${spelling}`);
    expect(answer.text).toMatch(/^Không tìm thấy cơ quan “/);
    expect(answer.text).not.toContain(`${name}:`);
    expect(labels(answer).every((l) => l === "Sở Y tế")).toBe(true);
  });

  it("limits a leader in charge of some agencies to those, reading names the same way", async () => {
    expect((await send("leader-scoped", "/nhiemvu ngoc hoi")).text).toMatch(/— UBND huyện Ngọc Hồi \(\d+\)/);
    const outside = await send("leader-scoped", "/nhiemvu Sở Y tế");
    expect(outside.text).toMatch(/^Không tìm thấy cơ quan “Sở Y tế”/);
    expect(labels(outside)).not.toContain("Sở Y tế");
    // "Kon Tum" names several agencies; of those this leader reads one, offered rather than assumed.
    const kontum = await send("leader-scoped", "/nhiemvu kon tum quá hạn");
    expect(labels(kontum)).toEqual(["UBND thành phố Kon Tum"]);
    expect((await press("leader-scoped", kontum, "UBND thành phố Kon Tum")).text).toMatch(/^⚠️ Nhiệm vụ quá hạn — UBND thành phố Kon Tum /);
  });

  it.each<[string, string, RegExp]>([
    ["leader", "/thongke kon tum đến 30/06/2019", /^📊 Tình hình thực hiện nhiệm vụ — UBND thành phố Kon Tum\nTính đến hết ngày 30\/06\/2019\n/],
    ["focal-SYT", "/thongke kon tum đến 30/06/2019", /^📊 Tình hình thực hiện nhiệm vụ — UBND thành phố Kon Tum\nTính đến hết ngày 30\/06\/2019\n/],
    ["leader", "/nhiemvu kon tum quá hạn", /^⚠️ Nhiệm vụ quá hạn — UBND thành phố Kon Tum /],
    ["inspector", "/nhiemvu kon tum", /^📋 Nhiệm vụ đang thực hiện — UBND thành phố Kon Tum /],
    ["inspector", "/dondoc Sở Y tế, kon tum: Đề nghị báo cáo.", /^📣 Xem trước đôn đốc số \d+: 2 cơ quan/],
  ])("an ambiguous name comes back as choices: %s %s", async (who, text, expected) => {
    const ask = await send(who, text);
    expect(ask.text).toBe("“kon tum” khớp với nhiều cơ quan. Ý bạn là cơ quan nào?");
    expect(labels(ask)).toEqual(["UBND thành phố Kon Tum", "Thanh tra tỉnh", "Văn phòng UBND tỉnh Kon Tum"]);
    expect((await press(who, ask, "UBND thành phố Kon Tum")).text).toMatch(expected);
  });

  it.each<[string, string, RegExp]>([
    ["leader", "/thongke so y tee quý 2/2019", /^📊 Tình hình thực hiện nhiệm vụ — Sở Y tế\nNhiệm vụ giao từ 01\/04\/2019 đến 30\/06\/2019/],
    ["focal-SYT", "/nhiemvu so y tee", /^📋 Nhiệm vụ đang thực hiện — Sở Y tế \(5\)/],
    ["leader", "/nhiemvu so y tee sắp đến hạn", /Sở Y tế/],
    ["inspector", "/dondoc so y tee: Đề nghị báo cáo.", /^📣 Xem trước đôn đốc số \d+: 1 cơ quan/],
  ])("a misspelt name comes back as choices: %s %s", async (who, text, expected) => {
    const ask = await send(who, text);
    expect(ask.text).toBe("Không tìm thấy cơ quan “so y tee”. Ý bạn là cơ quan nào?");
    expect(labels(ask)[0]).toBe("Sở Y tế");
    expect((await press(who, ask, "Sở Y tế")).text).toMatch(expected);
  });

  it.each<[string, string]>([
    ["leader", "/thongke xyz qwerty"],
    ["leader", "/nhiemvu xyz qwerty"],
    ["focal-SYT", "/nhiemvu xyz qwerty"],
    ["inspector", "/dondoc xyz qwerty: Đề nghị báo cáo."],
  ])("a name with nothing close is a plain sentence: %s %s", async (who, text) => {
    const answer = await send(who, text);
    expect(answer.text).toBe("Không tìm thấy cơ quan “xyz qwerty”.");
    expect(answer.buttons ?? []).toEqual([]);
  });

  it("the task import reads the same spellings, and refuses the same doubtful names", async () => {
    const header = "ma_nhiem_vu,trich_yeu,co_quan_chu_tri,ngay_giao";
    const line = (i: number, agency: string) => `T-${i},Nhiệm vụ thử ${i},"${agency}",02/01/2019`;
    const good = await importTasks(testDeps(tdb.db, fixedClock(NOW)), { text: [header, ...SPELLINGS.map(([s], i) => line(i, s))].join("\n") });
    expect(good).toMatchObject({ status: "ok", issues: [] });
    const imported = await tdb.db.task.findMany({ where: { code: { startsWith: "T-" } }, select: { code: true, agency: { select: { code: true } } } });
    expect(new Map(imported.map((t) => [t.code, t.agency.code]))).toEqual(new Map(SPELLINGS.map(([, code], i) => [`T-${i}`, code])));

    const doubtful = await importTasks(testDeps(tdb.db, fixedClock(NOW)), {
      dryRun: true,
      text: [header, line(100, "kon tum"), line(101, "so y tee"), line(102, "xyz qwerty")].join("\n"),
    });
    expect(doubtful.status).toBe("rejected");
    const reasons = doubtful.status === "rejected" ? doubtful.issues.map((i) => [i.line, i.reason.key, i.reason.args?.suggestions]) : [];
    expect(reasons).toEqual([
      [2, "import-reason-ambiguous-agency", "UBND thành phố Kon Tum; Thanh tra tỉnh; Văn phòng UBND tỉnh Kon Tum"],
      [3, "import-reason-unknown-agency", expect.stringMatching(/^Sở Y tế(; |$)/)],
      [4, "import-reason-unknown-agency", ""],
    ]);
  });
});
