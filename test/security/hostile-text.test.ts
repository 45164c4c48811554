/**
 * Hostile text: NUL bytes, control characters, lone surrogates, bytes that
 * are not UTF-8, zero-width and right-to-left characters, and 100,000 emoji,
 * sent through the real webhooks (Telegram, Zalo, Slack over HTTP) and the
 * real import (the CLI). Each gets a clear answer or a clean rejection; no
 * row is stored with a NUL (PostgreSQL would refuse the insert) or a lone
 * surrogate, and names compare without their invisible characters.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { runCli } from "../helpers/cli.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { createInvite } from "../../src/core/registration/invites.js";
import { MAX_DISPLAY_NAME } from "../../src/core/text/clean-text.js";
import { MAX_INBOUND_TEXT } from "../../src/core/conversation/types.js";
import { TELEGRAM_SECRET_HEADER } from "../../src/adapters/telegram/telegram-webhook.js";
import { ZALO_SECRET_HEADER } from "../../src/adapters/zalo/zalo-webhook.js";
import { createZaloAdapter, type ZaloAdapter } from "../../src/adapters/zalo/zalo-adapter.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createHttpServer, type HttpServer } from "../../src/http/server.js";
import { startObservedFake, type ObservedFakeTelegram } from "../fakes/telegram/observed-fake.js";
import { keptLogger, linkTelegram, startAdapter, translator, type AdapterUnderTest } from "../fakes/telegram/adapter-harness.js";
import { telegramUser, textUpdate, type TelegramUser } from "../fakes/telegram/user-updates.js";
import { startFakeZaloBotApi, zaloTextUpdate, type FakeZaloBotApi } from "../fakes/zalo-bot-api.js";
import { linkDemoPeople, slackUserOf, startSlackHarness, type SlackHarness } from "../scenarios/slack-driver.js";
import { dmChannelOf, newTs } from "../fakes/slack-web-api.js";

const SECRET = "hostile_text-secret-0123456789";
const SYT_STATS = "Tổng số nhiệm vụ: 41";

/** Every way of writing "Sở Y tế" with invisible characters that this suite tries. */
const INVISIBLE_NAMES = [
  "Sở\u200B Y tế",
  "S\u200Bở Y tế",
  "Sở \u200CY\u200D tế",
  "Sở Y t\u2060ế",
  "\uFEFFSở Y tế",
  "Sở Y tế\uFEFF",
  "\u202ASở Y tế\u202C",
  "\u202BSở Y tế\u202C",
  "\u202DSở Y tế\u202C",
  "\u202ESở Y tế",
  "\u2066Sở Y tế\u2069",
  "\u2067Sở\u2068 Y tế\u2069",
  "S\u200BY\u200BT",
  "SYT\u202E",
  "\u200B\u200C\u200D\u2060\uFEFFSYT",
];

/** Texts that are valid UTF-16 in JSON but hold what no column should store. */
const CONTROL_TEXTS = [
  "/thongke Sở\u0000 Y tế",
  "/thongke Sở Y tế\u0000\u0000",
  "/thongke \u0001\u0002Sở Y tế\u001F",
  "/thongke Sở Y tế\u007F\u0085\u009F",
  "/thongke Sở Y tế\uD800",
  "/thongke \uDC00Sở Y tế",
  "/thongke Sở Y tế\uD83D",
];

/** A JSON body with raw bytes spliced into the text: bytes no UTF-8 decoder accepts. */
const INVALID_UTF8: [string, number[]][] = [
  ["a lone 0xFF", [0xff]],
  ["a lone continuation byte", [0x80]],
  ["a lead byte without its continuation", [0xc3, 0x28]],
  ["an overlong slash", [0xc0, 0xaf]],
  ["a UTF-16 surrogate encoded as UTF-8", [0xed, 0xa0, 0x80]],
  ["a code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
  ["a truncated 3-byte sequence", [0xe1, 0xbb]],
  ["Latin-1 é", [0xe9]],
];

function withBytes(before: string, bytes: number[], after: string): Buffer {
  return Buffer.concat([Buffer.from(before, "utf8"), Buffer.from(bytes), Buffer.from(after, "utf8")]);
}

const NUL = /\u0000/;
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe.each(providers)("hostile text through the Telegram webhook on %s", (provider) => {
  let database: TestDatabase;
  let fake: ObservedFakeTelegram;
  let running: AdapterUnderTest;
  let webhookUrl: string;
  let leader: TelegramUser;
  let focal: TelegramUser;
  const LEADER = 820001;
  const FOCAL = 820002;

  const post = (body: string | Buffer) =>
    fetch(webhookUrl, { method: "POST", headers: { "content-type": "application/json", [TELEGRAM_SECRET_HEADER]: SECRET }, body: typeof body === "string" ? body : new Uint8Array(body) });
  const texts = (chatId: number) => fake.sentMessages(chatId).map((c) => String((c.result as { text: string }).text));

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await loadDemo(testDeps(database.db));
    fake = await startObservedFake({ limits: false });
    leader = (await linkTelegram(database.db, fake, "leader", LEADER)).user;
    focal = (await linkTelegram(database.db, fake, "focal-SYT", FOCAL)).user;
    running = await startAdapter(database.db, fake, { webhook: true, webhookSecret: SECRET });
    webhookUrl = String(fake.calls.find((c) => c.method === "setWebhook")?.params.url);
  });
  afterAll(async () => {
    await running.stop();
    await fake.close();
    await database.destroy();
  });

  it(`refuses ${INVALID_UTF8.length} bodies that are not UTF-8 with 400, takes nothing in, and serves the next update`, async () => {
    let updateId = 900_000;
    for (const [name, bytes] of INVALID_UTF8) {
      const body = withBytes(`{"update_id":${updateId++},"message":{"message_id":1,"date":1,"chat":{"id":${LEADER},"type":"private"},"from":{"id":${LEADER},"is_bot":false,"first_name":"L"},"text":"/thongke `, bytes, `"}}`);
      const res = await post(body);
      expect([name, res.status, await res.json()]).toEqual([name, 400, { ok: false, error: "invalid_utf8" }]);
    }
    expect(fake.sentMessages(LEADER)).toEqual([]);
    expect(await database.db.processedUpdate.count({ where: { platform: "telegram" } })).toBe(0);
    await fake.deliver(textUpdate(leader, "/thongke Sở Y tế"));
    expect(texts(LEADER)).toEqual([expect.stringContaining(SYT_STATS)]);
  });

  it(`answers ${CONTROL_TEXTS.length} texts with NUL, controls and lone surrogates as if they were clean`, async () => {
    const before = fake.sentMessages(LEADER).length;
    for (const text of CONTROL_TEXTS) await fake.deliver(textUpdate(leader, text));
    const answers = texts(LEADER).slice(before);
    expect(answers).toHaveLength(CONTROL_TEXTS.length);
    for (const answer of answers) expect(answer).toContain(SYT_STATS);
  });

  it("stores a progress note sent with NUL, controls and a lone surrogate without them", async () => {
    const task = await database.db.task.findFirstOrThrow({ where: { agency: { code: "SYT" }, status: "open" }, orderBy: { id: "asc" } });
    await fake.deliver(textUpdate(focal, `/capnhat ${task.code} đạt 60%\u0000 đang\u0007 họp\uD800 bàn`));
    expect(texts(FOCAL).at(-1)).toBe(translator.t("vi", "update-recorded-percent", { code: task.code, percent: 60 }));
    const [note] = await database.db.progressUpdate.findMany({ where: { taskId: task.id }, orderBy: { id: "desc" }, take: 1 });
    expect(note!.text).toBe("đạt 60% đang họp\uFFFD bàn");
    expect((await database.db.task.findUniqueOrThrow({ where: { id: task.id } })).progressPercent).toBe(60);
  });

  it(`matches ${INVISIBLE_NAMES.length} spellings of Sở Y tế with zero-width and bidi characters`, async () => {
    const before = fake.sentMessages(LEADER).length;
    for (const name of INVISIBLE_NAMES) await fake.deliver(textUpdate(leader, `/thongke ${name}`));
    const answers = texts(LEADER).slice(before);
    expect(answers).toHaveLength(INVISIBLE_NAMES.length);
    answers.forEach((answer, i) => expect(answer, JSON.stringify(INVISIBLE_NAMES[i])).toContain(SYT_STATS));
  });

  it("answers 100,000 emoji with the too-long sentence, and nothing else happens", async () => {
    const text = "😀".repeat(100_000);
    const update = await fake.deliver(textUpdate(leader, text));
    expect(fake.updates.deliveries.at(-1)).toEqual({ updateId: update.update_id, status: 200 });
    expect(texts(LEADER).at(-1)).toBe(translator.t("vi", "error-text_too_long", { length: text.length, max: MAX_INBOUND_TEXT }));
  });

  it("registers a user whose name is NUL, right-to-left marks and 100,000 emoji under a short, clean name", async () => {
    const sy = await database.db.agency.findUniqueOrThrow({ where: { code: "SYT" } });
    const { code } = await createInvite(testDeps(database.db), { role: "focal", agencyId: sy.id, expiresInMs: 86_400_000, createdBy: "test" });
    const id = 820003;
    fake.addChat(id);
    const user = telegramUser(id, `\u0000\u202E${"😀".repeat(100_000)}`, "Nguyễn\u200B\uD800");
    await fake.deliver(textUpdate(user, `/dangky ${code}`));
    expect(texts(id).at(-1)).toMatch(/^Đăng ký thành công/);
    const identity = await database.db.chatIdentity.findUniqueOrThrow({ where: { platform_externalUserId: { platform: "telegram", externalUserId: String(id) } }, include: { person: true } });
    for (const name of [identity.displayName!, identity.person.name]) {
      expect([...name]).toHaveLength(MAX_DISPLAY_NAME);
      expect(name).not.toMatch(NUL);
      expect(name).not.toMatch(LONE);
      expect(name).not.toContain("\u202E");
      expect(name.startsWith("😀")).toBe(true);
    }
  });
});

describe.each(providers)("hostile text through the Zalo webhook on %s", (provider) => {
  let database: TestDatabase;
  let fake: FakeZaloBotApi;
  let http: HttpServer;
  let adapter: ZaloAdapter;
  let publicUrl: string;
  const LEADER = "zl-hostile-leader";

  const post = (body: string | Buffer) =>
    fetch(`${publicUrl}/webhooks/zalo`, { method: "POST", headers: { "content-type": "application/json", [ZALO_SECRET_HEADER]: SECRET }, body: typeof body === "string" ? body : new Uint8Array(body) });
  const sent = () => fake.sentMessages(LEADER).map((m) => m.text);

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await loadDemo(testDeps(database.db));
    const person = await database.db.person.findUniqueOrThrow({ where: { handle: "leader" } });
    await database.db.chatIdentity.create({ data: { personId: person.id, platform: "zalo", externalUserId: LEADER, chatId: LEADER } });
    fake = await startFakeZaloBotApi();
    const { logger } = keptLogger();
    http = createHttpServer({ host: "127.0.0.1", port: 0, logger });
    publicUrl = (await http.start()).url;
    const deps = testDeps(database.db);
    adapter = createZaloAdapter({
      db: database.db, logger, http, token: fake.token, apiRoot: fake.apiRoot, publicUrl, webhookSecret: SECRET, clock: deps.clock, translator,
      bot: createBot({ ...deps, logger, translator, defaultLanguage: "vi" }),
    });
    await adapter.start();
  });
  afterAll(async () => {
    await adapter.stop();
    await http.stop();
    await fake.close();
    await database.destroy();
  });

  it(`refuses ${INVALID_UTF8.length} bodies that are not UTF-8 with 400, and serves the next update`, async () => {
    for (const [name, bytes] of INVALID_UTF8) {
      const update = zaloTextUpdate({ text: "@@TEXT@@", from: LEADER });
      const [before, after] = JSON.stringify(update).split("@@TEXT@@") as [string, string];
      const res = await post(withBytes(`${before}/thongke `, bytes, after));
      expect([name, res.status, ((await res.json()) as { error: string }).error]).toEqual([name, 400, "invalid_utf8"]);
    }
    expect(sent()).toEqual([]);
    expect(await fake.push(zaloTextUpdate({ text: "/thongke Sở Y tế", from: LEADER }))).toMatchObject({ status: 200 });
    expect(sent()).toEqual([expect.stringContaining(SYT_STATS)]);
  });

  it(`answers ${CONTROL_TEXTS.length + INVISIBLE_NAMES.length} texts with controls, lone surrogates and invisible characters as if they were clean`, async () => {
    const before = sent().length;
    const all = [...CONTROL_TEXTS, ...INVISIBLE_NAMES.map((n) => `/thongke ${n}`)];
    for (const text of all) expect(await fake.push(zaloTextUpdate({ text, from: LEADER, name: "Lan\u0000\uD800" }))).toMatchObject({ status: 200 });
    const answers = sent().slice(before);
    expect(answers).toHaveLength(all.length);
    answers.forEach((answer, i) => expect(answer, JSON.stringify(all[i])).toContain(SYT_STATS));
  });

  it("refuses 100,000 emoji (over the 256 KiB limit) with 413, and answers 3,000 with the too-long sentence", async () => {
    const before = sent().length;
    expect(await fake.push(zaloTextUpdate({ text: "😀".repeat(100_000), from: LEADER }))).toMatchObject({ status: 413 });
    expect(sent()).toHaveLength(before);
    const text = "😀".repeat(3_000);
    expect(await fake.push(zaloTextUpdate({ text, from: LEADER }))).toMatchObject({ status: 200 });
    expect(sent().at(-1)).toBe(translator.t("vi", "error-text_too_long", { length: text.length, max: MAX_INBOUND_TEXT }));
  });
});

describe.each(providers)("hostile text through the Slack webhook on %s", (provider) => {
  let database: TestDatabase;
  let h: SlackHarness;
  const LEADER = slackUserOf("leader");
  const DM = dmChannelOf(LEADER);

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await loadDemo(testDeps(database.db));
    h = await startSlackHarness(database.db, { fake: { rate: null } });
    await linkDemoPeople(database.db, h.fake.teamId);
  });
  afterAll(async () => {
    await h.close();
    await database.destroy();
  });
  afterEach(() => h.adapter.idle());

  it(`answers ${CONTROL_TEXTS.length + INVISIBLE_NAMES.length} signed messages with controls, lone surrogates and invisible characters as if they were clean`, async () => {
    const all = [...CONTROL_TEXTS, ...INVISIBLE_NAMES.map((n) => `/thongke ${n}`)];
    for (const text of all) {
      const { response } = await h.fake.sendEvent({ type: "message", channel_type: "im", channel: DM, user: LEADER, text, ts: newTs() });
      expect(response.status).toBe(200);
      await h.adapter.idle();
    }
    const answers = h.fake.messages(DM).map((m) => m.text);
    expect(answers).toHaveLength(all.length);
    answers.forEach((answer, i) => expect(answer, JSON.stringify(all[i])).toContain(SYT_STATS));
  });
});

describe.each(providers)("hostile text through the import on %s", (provider) => {
  let database: TestDatabase;
  let dir: string;
  const cli = (args: string[]) => runCli(args, database.target);
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    dir = mkdtempSync(join(tmpdir(), "nhacviec-hostile-"));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await database.destroy();
  });

  it("stores agency codes, names and aliases without invisible characters, and refuses a look-alike code", async () => {
    const lookAlike = file("twins.csv", "ma,ten\nSYT,Sở Y tế\nSYT\u200B,Sở Y tế (bản giả)\n");
    const twins = await cli(["agencies", "import", lookAlike]);
    expect(twins.code).toBe(1);
    expect(await database.db.agency.count()).toBe(0);

    const agencies = file("agencies.csv", "ma,ten,ten_viet_tat\nSYT\u200B,S\u200Bở Y\u202E tế\u202C,SYT\u2060;Sở\uFEFF YT\nSXD,Sở\u0000 Xây dựng\u0007,SXD\n");
    expect(await cli(["agencies", "import", agencies])).toMatchObject({ code: 0 });
    const rows = await database.db.agency.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true, aliases: true } });
    expect(rows).toEqual([
      { code: "SXD", name: "Sở Xây dựng", aliases: "SXD" },
      { code: "SYT", name: "Sở Y tế", aliases: "SYT;Sở YT" },
    ]);
  });

  it("imports titles and notes with NUL and controls clean, codes without invisible characters, and finds agencies written with them", async () => {
    const tasks = file(
      "tasks.csv",
      [
        "ma_nhiem_vu,trich_yeu,co_quan_chu_tri,so_ky_hieu_van_ban,ngay_giao,ghi_chu",
        "NV-H1\u200B,Kế hoạch\u0000 phòng dịch\u0001,S\u200Bở Y\u2060 tế,12/QĐ\u200B-UBND,02/01/2019,ghi\u0000 chú\u001B",
        "NV-H2,Xây dựng đề án,\u202ESở Xây dựng\u202C,,03/01/2019,👨‍👩‍👧 giữ nguyên",
      ].join("\n"),
    );
    const result = await cli(["import", tasks]);
    expect(result).toMatchObject({ code: 0 });
    const rows = await database.db.task.findMany({ orderBy: { code: "asc" }, include: { agency: true, document: true } });
    expect(rows.map((t) => [t.code, t.title, t.agency.code, t.document?.number ?? null, t.note])).toEqual([
      ["NV-H1", "Kế hoạch phòng dịch", "SYT", "12/QĐ-UBND", "ghi chú"],
      ["NV-H2", "Xây dựng đề án", "SXD", null, "👨‍👩‍👧 giữ nguyên"],
    ]);
    // The same row again, with other invisible characters in its code, is the same task.
    const again = file("again.csv", "ma_nhiem_vu,trich_yeu,co_quan_chu_tri,ngay_giao\n\uFEFFNV-H2\u200D,Xây dựng đề án (sửa),SXD,03/01/2019\n");
    expect((await cli(["import", again])).stdout).toContain("1 được cập nhật");
    expect(await database.db.task.count()).toBe(2);
  });

  it("refuses a file that is not UTF-8, and a title of 100,000 emoji, naming the line; nothing is stored", async () => {
    const latin1 = file("latin1.csv", withBytes("trich_yeu,co_quan_chu_tri,ngay_giao\nK", [0xe9], "t,SYT,02/01/2019\n"));
    const encoding = await cli(["import", latin1]);
    expect(encoding.code).toBe(1);
    expect(encoding.stderr).toMatch(/UTF-8/);
    const surrogate = file("cesu.csv", withBytes("trich_yeu,co_quan_chu_tri,ngay_giao\nA", [0xed, 0xa0, 0x80], ",SYT,02/01/2019\n"));
    expect((await cli(["import", surrogate])).code).toBe(1);

    const huge = file("emoji.csv", `trich_yeu,co_quan_chu_tri,ngay_giao\n${"😀".repeat(100_000)},SYT,02/01/2019\n`);
    const tooLong = await cli(["import", huge]);
    expect(tooLong.code).toBe(1);
    expect(tooLong.stderr).toContain("Dòng 2, cột “trich_yeu”");
    expect(await database.db.task.count()).toBe(2);
  });
});
