import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providers } from "../helpers/test-database.js";
import { runCli } from "../helpers/cli.js";
import { startApi, type ApiHarness } from "../api/api-harness.js";
import { startObservedFake, type ObservedFakeTelegram } from "../fakes/telegram/observed-fake.js";
import { linkTelegram, startAdapter, translator, type AdapterUnderTest } from "../fakes/telegram/adapter-harness.js";
import { botMessages, refOf, type BotMessage } from "../fakes/telegram/bot-messages.js";
import { callbackUpdate, textUpdate, type TelegramUser } from "../fakes/telegram/user-updates.js";
import { consoleChatId } from "../../src/adapters/console/console-chat-id.js";
import { createDispatcher } from "../../src/outbox/dispatcher.js";
import type { ChatSender } from "../../src/outbox/sender.js";
import type { Platform } from "../../src/core/conversation/types.js";
import { sweepReminders } from "../../src/core/reminders/sweep.js";
import { loadReminderPolicy } from "../../src/core/reminders/policy.js";
import { loadWorkCalendar } from "../../src/core/calendar/load-calendar.js";

/** In every confidential task's title; must never be shown. Checked case-insensitively, without the diacritics. */
const MARKER = "MẬT-XYZ-123";
const MARKER_CORE = "XYZ-123";
/** In every public task's title: where titles are shown, it proves the path was really read. */
const CONTROL = "CÔNG-KHAI-456";

/** Friday 28/06/2019 08:00, in the send window: escalations of 7 working days fall due for a 19/06 deadline. */
const NOW = new Date("2019-06-28T08:00:00+07:00");
const AT = "2019-06-28T08:00:00+07:00";

const CODES = { overdue: "NV-2019-7001", standing: "NV-2019-7002", done: "NV-2019-7003", flash: "NV-2019-7004" };
const PUBLIC = { overdue: "NV-2019-7101", standing: "NV-2019-7102", done: "NV-2019-7103" };

const vi = (key: string, args?: Record<string, string | number>) => translator.t("vi", key, args);

/**
 * One confidential task of each kind (overdue, without deadline, completed
 * without a note, flash and due on Monday) at Sở Y tế, beside public twins,
 * walked through every path that shows tasks: reminders and escalations
 * (outbox rows, what Telegram received, `remind --dry-run`), the chat
 * commands, their buttons and errors, urging notices, extension notices,
 * the report files (chat and CLI), the outbox listing and the API.
 */
describe.each(providers)("a confidential task's title is never shown (%s)", (provider) => {
  let api: ApiHarness;
  let fake: ObservedFakeTelegram;
  let running: AdapterUnderTest;
  const users = new Map<string, TelegramUser>();
  const walked: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), "nhacviec-confidential-"));

  /** Records a path and checks what it showed: never the marker; these codes; the public title where titles are shown. */
  function check(path: string, text: string, want: { codes?: string[]; control?: boolean } = {}): void {
    walked.push(path);
    const folded = text.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase();
    expect(folded.includes(MARKER_CORE), `${path} shows a confidential title:\n${text}`).toBe(false);
    expect(text, path).not.toContain(MARKER);
    for (const code of want.codes ?? []) expect(text, `${path} should name ${code}`).toContain(code);
    if (want.control) expect(text, `${path} should show the public title`).toContain(CONTROL);
  }

  /** What a person saw of the bot's answer: texts, button labels (and their data). */
  const seen = (messages: BotMessage[]) => messages.map((m) => [m.text, ...m.buttons.map((b) => `[${b.label}] ${b.data}`)].join("\n")).join("\n\n");

  async function ask(as: string, text: string): Promise<BotMessage[]> {
    const user = users.get(as)!;
    const before = fake.calls.length;
    await fake.deliver(textUpdate(user, text));
    return botMessages(fake.calls, user.id, before);
  }

  async function press(as: string, message: BotMessage, label: string): Promise<BotMessage[]> {
    const user = users.get(as)!;
    const button = message.buttons.find((b) => b.label === label)!;
    const before = fake.calls.length;
    await fake.deliver(callbackUpdate(user, refOf(message, fake.bot), button.data));
    return botMessages(fake.calls, user.id, before);
  }

  /** Sends what the outbox holds; returns what each person's chat received meanwhile. */
  async function dispatch(): Promise<Map<string, BotMessage[]>> {
    const before = fake.calls.length;
    const dispatcher = createDispatcher({
      db: api.database.db, clock: api.deps.clock, logger: pino({ level: "silent" }), instanceId: "test", maxAttempts: 3, idleMs: 50,
      senders: new Map<Platform, ChatSender>([["telegram", running.adapter.sender]]),
    });
    await dispatcher.runOnce();
    return new Map([...users].map(([handle, user]) => [handle, botMessages(fake.calls, user.id, before)]));
  }

  /** Every outbox row's payload (text and buttons) not yet checked. */
  let outboxSeen = 0;
  /** What the focal officer received from the sweep, to reply to and press on. */
  let reminders: BotMessage[] = [];
  async function newOutboxRows() {
    const rows = await api.database.db.outboxMessage.findMany({ where: { id: { gt: outboxSeen } }, orderBy: { id: "asc" } });
    outboxSeen = rows.at(-1)?.id ?? outboxSeen;
    return rows;
  }

  /** The text inside a file: every XML part of an XLSX or DOCX, a CSV as it is; a PNG chart has no text. */
  async function fileText(name: string, bytes: Uint8Array): Promise<string> {
    if (/\.(xlsx|docx)$/.test(name)) {
      const zip = await JSZip.loadAsync(bytes);
      const parts = await Promise.all(Object.values(zip.files).filter((f) => f.name.endsWith(".xml")).map((f) => f.async("string")));
      return parts.join("\n");
    }
    return new TextDecoder().decode(bytes);
  }

  beforeAll(async () => {
    api = await startApi(provider);
    api.setNow(NOW);
    const db = api.database.db;
    const syt = await db.agency.findUniqueOrThrow({ where: { code: "SYT" } });
    const people = [
      { handle: "focal-SYT", name: "Nguyễn Thị Lan", roles: [{ role: "focal", agencyId: syt.id }] },
      { handle: "head-SYT", name: "Trần Văn Hùng", roles: [{ role: "head", agencyId: syt.id }] },
      { handle: "leader", name: "Phạm Quang Sơn", roles: [{ role: "leader", agencyId: null }, { role: "leader", agencyId: syt.id }] },
      { handle: "inspector", name: "Đặng Thu Hà", roles: [{ role: "inspector", agencyId: null }] },
    ];
    for (const p of people) {
      const person = await db.person.create({ data: { name: p.name, handle: p.handle, language: "vi" } });
      for (const r of p.roles) await db.roleGrant.create({ data: { personId: person.id, ...r } });
      await db.chatIdentity.create({ data: { personId: person.id, platform: "console", externalUserId: p.handle, chatId: consoleChatId(p.handle), displayName: p.name } });
    }
    const deadline = (day: string) => new Date(`${day}T23:59:59.999+07:00`);
    const assignedAt = new Date("2019-01-10T08:00:00+07:00");
    const tasks = [
      { code: CODES.overdue, title: `${MARKER} kế hoạch bảo vệ bí mật nhà nước`, confidential: true, deadline: deadline("2019-06-19") },
      { code: CODES.standing, title: `${MARKER} phương án phòng thủ dân sự`, confidential: true, deadline: null },
      { code: CODES.done, title: `${MARKER} báo cáo mật về nhân sự`, confidential: true, deadline: deadline("2019-06-10"), status: "done", completedAt: new Date("2019-06-05T10:00:00+07:00") },
      { code: CODES.flash, title: `${MARKER} hỏa tốc: rà soát danh sách`, confidential: true, deadline: deadline("2019-07-01"), urgency: "flash" },
      { code: PUBLIC.overdue, title: `${CONTROL} báo cáo tổng kết ngành y tế`, confidential: false, deadline: deadline("2019-06-19") },
      { code: PUBLIC.standing, title: `${CONTROL} theo dõi dịch bệnh`, confidential: false, deadline: null },
      { code: PUBLIC.done, title: `${CONTROL} kiểm tra an toàn thực phẩm`, confidential: false, deadline: deadline("2019-06-10"), status: "done", completedAt: new Date("2019-06-05T10:00:00+07:00") },
    ];
    for (const t of tasks) await db.task.create({ data: { ...t, agencyId: syt.id, assignedAt } });

    fake = await startObservedFake({ limits: false });
    let id = 820_000;
    for (const p of people) users.set(p.handle, (await linkTelegram(db, fake, p.handle, ++id)).user);
    running = await startAdapter(db, fake, { clock: api.deps.clock });
  });
  afterAll(async () => {
    await running?.stop();
    await fake?.close();
    await api?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("reminders, flash reminders and escalations: the plan, the outbox rows and what Telegram delivered", async () => {
    const plan = await runCli(["remind", "--dry-run", "--at", AT], api.database.target);
    expect(plan.code).toBe(0);
    check("nhacviec remind --dry-run", plan.stdout, { codes: [CODES.overdue, CODES.standing, CODES.flash] });
    const json = await runCli(["remind", "--dry-run", "--json", "--at", AT], api.database.target);
    check("nhacviec remind --dry-run --json", json.stdout, { codes: [CODES.overdue, CODES.flash], control: true });

    const result = await sweepReminders(api.deps, { now: NOW, policy: loadReminderPolicy(), calendar: await loadWorkCalendar(api.database.db) });
    expect(result.created.digest).toBeGreaterThan(0);
    expect(result.created.escalation).toBeGreaterThan(0);
    expect(result.created.reminder).toBeGreaterThan(0);
    const rows = await newOutboxRows();
    for (const kind of ["digest", "escalation", "reminder"]) {
      const ofKind = rows.filter((r) => r.kind === kind);
      const codes = kind === "reminder" ? [CODES.flash] : [CODES.overdue];
      check(`outbox ${kind} rows (${ofKind.length})`, ofKind.map((r) => r.payload).join("\n"), { codes, control: kind !== "reminder" });
    }
    const received = await dispatch();
    reminders = received.get("focal-SYT")!;
    check("Telegram: the focal officer's digest and flash reminder", seen(received.get("focal-SYT")!), { codes: [CODES.overdue, CODES.flash], control: true });
    // 7 working days overdue today: the leader in charge is escalated to (the head's rung was on 24/06).
    check("Telegram: escalations to the leader in charge", seen(received.get("leader")!), { codes: [CODES.overdue], control: true });
  });

  it("the focal officer's commands, choices and error messages", async () => {
    check("/nhiemvu", seen(await ask("focal-SYT", "/nhiemvu")), { codes: [CODES.overdue, CODES.standing, CODES.flash], control: true });
    check("/nhiemvu quá hạn", seen(await ask("focal-SYT", "/nhiemvu quá hạn")), { codes: [CODES.overdue], control: true });
    check("/nhiemvu sắp đến hạn", seen(await ask("focal-SYT", "/nhiemvu sắp đến hạn")), { codes: [CODES.flash] });
    check("/nhiemvu <code> (a task's details)", seen(await ask("focal-SYT", `/nhiemvu ${CODES.overdue}`)), { codes: [CODES.overdue] });
    check("/capnhat", seen(await ask("focal-SYT", `/capnhat ${CODES.overdue} đạt 50%`)), { codes: [CODES.overdue] });
    const completion = await ask("focal-SYT", `/capnhat ${CODES.flash} đã hoàn thành phần rà soát`);
    check("/capnhat asking to confirm a completion", seen(completion), { codes: [CODES.flash] });
    check("“Chưa” under the confirmation", seen(await press("focal-SYT", completion[0]!, vi("button-not-yet"))), { codes: [CODES.flash] });
    check("did you mean: a mistyped code", seen(await ask("focal-SYT", "/capnhat NV-2019-7010 đạt 10%")), { codes: [CODES.overdue] });
    const free = await ask("focal-SYT", "đã gửi văn bản xin ý kiến các sở");
    check("free text: the tasks offered as choices", seen(free), { codes: [CODES.overdue, CODES.standing, CODES.flash], control: true });
    check("free text: the task picked", seen(await press("focal-SYT", free[0]!, free[0]!.buttons.find((b) => b.label.startsWith(CODES.overdue))!.label)), { codes: [CODES.overdue] });
    check("error: extension date too early", seen(await ask("focal-SYT", `/giahan ${CODES.overdue} 01/01/2019 chờ ý kiến`)));
    check("error: invalid completion date", seen(await ask("focal-SYT", `/hoanthanh ${CODES.overdue} ngày 31/02/2019`)));
    check("error: usage", seen(await ask("focal-SYT", `/capnhat ${CODES.overdue}`)));
    check("error: a completed task", seen(await ask("focal-SYT", `/giahan ${CODES.done} 30/07/2019 bổ sung hồ sơ`)), { codes: [CODES.done] });
    const flash = reminders.find((m) => m.text.includes(CODES.flash))!;
    const before = fake.calls.length;
    await fake.deliver(textUpdate(users.get("focal-SYT")!, "đã rà soát xong 60%", { replyTo: refOf(flash, fake.bot) }));
    check("a reply to the flash reminder", seen(botMessages(fake.calls, users.get("focal-SYT")!.id, before)), { codes: [CODES.flash] });
    const digest = reminders.find((m) => m.text.includes(CODES.overdue) && m.buttons.length > 0)!;
    for (const label of [vi("remind-button-ack"), vi("remind-button-snooze"), vi("remind-button-update"), vi("remind-button-extend")]) {
      const button = digest.buttons.find((b) => b.label.endsWith(label) && b.data.includes(":"))!;
      check(`the digest's “${label}”`, seen(await press("focal-SYT", digest, button.label)));
    }
  });

  it("the leader's lists, data quality and report files", async () => {
    check("/quahan (leader)", seen(await ask("leader", "/quahan")), { codes: [CODES.overdue], control: true });
    check("/nhiemvu Sở Y tế", seen(await ask("leader", "/nhiemvu Sở Y tế")), { codes: [CODES.overdue, CODES.standing, CODES.flash], control: true });
    check("/nhiemvu Sở Y tế quá hạn", seen(await ask("leader", "/nhiemvu Sở Y tế quá hạn")), { codes: [CODES.overdue], control: true });
    const which = await ask("leader", "/nhiemvu so y tee");
    check("did you mean: an agency", seen(which));
    check("the agency picked", seen(await press("leader", which[0]!, "Sở Y tế")), { codes: [CODES.overdue], control: true });
    check("/chatluong", seen(await ask("leader", "/chatluong")), { codes: [CODES.standing, CODES.done], control: true });
    check("/thongke Sở Y tế", seen(await ask("leader", "/thongke Sở Y tế")));

    const before = fake.calls.length;
    check("/baocao", seen(await ask("leader", "/baocao 6 tháng đầu năm 2019")));
    const files = fake.calls.slice(before).flatMap((c) => c.files).filter((f) => f.bytes);
    expect(files.map((f) => f.filename).sort()).toEqual(expect.arrayContaining([expect.stringMatching(/\.xlsx$/), expect.stringMatching(/\.docx$/), expect.stringMatching(/\.csv$/)]));
    for (const f of files.filter((x) => !x.filename.endsWith(".png"))) {
      const text = await fileText(f.filename, new Uint8Array(f.bytes!));
      expect(text, f.filename).toContain("Sở Y tế");
      check(`/baocao file ${f.filename}`, text);
    }
  });

  it("urging notices: preview, the notices sent, what Telegram delivered, the status", async () => {
    const preview = await ask("inspector", "/dondoc Sở Y tế: Đề nghị khẩn trương hoàn thành các nhiệm vụ quá hạn");
    check("/dondoc preview", seen(preview));
    check("/dondoc sent", seen(await press("inspector", preview[0]!, vi("button-send"))));
    const rows = await newOutboxRows();
    check("outbox notice rows", rows.filter((r) => r.kind === "broadcast").map((r) => r.payload).join("\n"), { codes: [CODES.overdue], control: true });
    const received = await dispatch();
    check("Telegram: the notice to the focal officer", seen(received.get("focal-SYT")!), { codes: [CODES.overdue], control: true });
    check("Telegram: the notice to the head", seen(received.get("head-SYT")!), { codes: [CODES.overdue], control: true });
    const id = /bc:(\d+)/.exec(preview[0]!.buttons.map((b) => b.data).join(" "))![1];
    check("/dondoc trangthai", seen(await ask("inspector", `/dondoc trangthai ${id}`)));
    check("/quahan (inspector)", seen(await ask("inspector", "/quahan")), { codes: [CODES.overdue], control: true });
  });

  it("the command line: report files, the outbox listing, ask", async () => {
    const out = join(dir, "report");
    const report = await runCli(["report", "--from", "01/01/2019", "--to", "30/06/2019", "--as-of", "28/06/2019", "--out", out], api.database.target);
    expect(report.code).toBe(0);
    check("nhacviec report (output)", report.stdout + report.stderr);
    for (const name of readdirSync(out).filter((n) => !n.endsWith(".png"))) {
      const text = await fileText(name, new Uint8Array(readFileSync(join(out, name))));
      expect(text, name).toContain("Sở Y tế");
      check(`nhacviec report file ${name}`, text);
    }
    const outbox = await runCli(["outbox", "list"], api.database.target);
    check("nhacviec outbox list", outbox.stdout, { codes: [] });
    const failed = await runCli(["outbox", "list", "--failed"], api.database.target);
    check("nhacviec outbox list --failed", failed.stdout);
    const asked = await runCli(["ask", "--as", "leader", "--at", AT, "/quahan"], api.database.target);
    check("nhacviec ask /quahan", asked.stdout, { codes: [CODES.overdue], control: true });
  });

  it("the integration API's answers", async () => {
    const overdue = await api.call("GET", "/tasks/overdue", { key: api.readKey });
    expect(overdue.status).toBe(200);
    expect(overdue.json.items.find((i: { code: string }) => i.code === CODES.overdue)).toMatchObject({ title: null, confidential: true });
    check("GET /tasks/overdue", JSON.stringify(overdue.json), { codes: [CODES.overdue], control: true });
    check("GET /stats", JSON.stringify((await api.call("GET", "/stats", { key: api.readKey })).json));
    const progress = await api.call("POST", `/tasks/${CODES.standing}/progress`, { body: { text: "đã họp triển khai", percent: 30, externalId: "qlvb-1" } });
    expect(progress.status).toBe(201);
    check("POST /tasks/{code}/progress", JSON.stringify(progress.json), { codes: [CODES.standing] });
    const put = await api.call("PUT", `/tasks/${CODES.standing}`, { body: { title: `${MARKER} phương án phòng thủ dân sự`, agency: "SYT", assignedAt: "10/01/2019", note: "bổ sung" } });
    expect(put.status).toBe(200);
    expect(put.json.task).toMatchObject({ code: CODES.standing, confidential: true, title: null });
    check("PUT /tasks/{code}", JSON.stringify(put.json), { codes: [CODES.standing] });
    const missing = await api.call("POST", "/tasks/NV-2019-7010/progress", { body: { text: "x", externalId: "qlvb-2" } });
    check("POST /tasks/{code}/progress, unknown code", JSON.stringify(missing.json));
  });

  it("extension notices: the request to the leader, the decision to the officer, and the API's completion", async () => {
    check("/giahan", seen(await ask("focal-SYT", `/giahan ${CODES.overdue} 30/07/2019 chờ ý kiến Bộ Y tế`)), { codes: [CODES.overdue] });
    const request = await newOutboxRows();
    check("outbox extension request", request.map((r) => r.payload).join("\n"), { codes: [CODES.overdue] });
    const toLeader = (await dispatch()).get("leader")!;
    check("Telegram: the extension request to the leader", seen(toLeader), { codes: [CODES.overdue] });
    check("“Duyệt” under the request", seen(await press("leader", toLeader.at(-1)!, vi("button-approve"))), { codes: [CODES.overdue] });
    check("outbox extension decision", (await newOutboxRows()).map((r) => r.payload).join("\n"), { codes: [CODES.overdue] });
    check("Telegram: the decision to the officer", seen((await dispatch()).get("focal-SYT")!), { codes: [CODES.overdue] });
    check("error: an extension decided already", seen(await ask("leader", `/tuchoi ${/xa:(\d+)/.exec(seen(toLeader))![1]} muộn`)));

    const done = await api.call("POST", `/tasks/${CODES.overdue}/complete`, { body: { note: "đã trình", externalId: "qlvb-3" } });
    expect(done.status).toBe(200);
    expect(done.json.task).toMatchObject({ code: CODES.overdue, confidential: true, title: null });
    check("POST /tasks/{code}/complete", JSON.stringify(done.json), { codes: [CODES.overdue] });
    const again = await api.call("POST", `/tasks/${CODES.overdue}/complete`, { body: { note: "đã trình", externalId: "qlvb-4" } });
    check("POST /tasks/{code}/complete, again", JSON.stringify(again.json), { codes: [CODES.overdue] });
    check("/hoanthanh on a task done already", seen(await ask("focal-SYT", `/hoanthanh ${CODES.overdue}`)), { codes: [CODES.overdue] });
  });

  it("walked all 68 paths", () => {
    expect(walked.length).toBeGreaterThanOrEqual(68);
  });
});
