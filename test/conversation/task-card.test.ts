import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { fixedClock } from "../../src/core/clock.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { formatDateVi } from "../../src/core/time/format.js";
import type { Conversation } from "../../src/core/conversation/handle-inbound.js";
import type { Inbound, Outbound } from "../../src/core/conversation/types.js";

const NOW = new Date("2019-06-20T09:00:00+07:00");
const TZ = "Asia/Ho_Chi_Minh";

describe.each(providers)("the task card of /nhiemvu <mã> (%s)", (provider) => {
  let tdb: TestDatabase;
  let bot: Conversation;
  let n = 0;
  const msg = (userId: string, over: Partial<Inbound>): Inbound => ({
    platform: "console", userId, chatId: `chat-${userId}`, chatType: "private", at: NOW, updateId: `card-${++n}`, ...over,
  });
  const send = async (userId: string, text: string): Promise<Outbound> => (await bot.handle(msg(userId, { text })))[0]!;
  const press = async (userId: string, action: string): Promise<Outbound> => (await bot.handle(msg(userId, { action })))[0]!;
  const actions = (reply: Outbound) => (reply.buttons ?? []).flat().map((b) => b.action);
  const task = (code: string) => tdb.db.task.findUniqueOrThrow({ where: { code }, include: { agency: true, document: true } });

  beforeAll(async () => {
    tdb = await createTestDatabase(provider);
    await loadDemo(testDeps(tdb.db));
    bot = createBot({ ...testDeps(tdb.db, fixedClock(NOW)), translator: createTranslator(), defaultLanguage: "vi" });
    // The demo inspector is also an administrator; this one only inspects.
    const person = await tdb.db.person.create({ data: { name: "Kiểm tra viên", handle: "inspector-only" } });
    await tdb.db.roleGrant.create({ data: { personId: person.id, role: "inspector" } });
    await tdb.db.chatIdentity.create({ data: { personId: person.id, platform: "console", externalUserId: "inspector-only", chatId: "chat-inspector-only" } });
  });
  afterAll(() => tdb.destroy());

  it("shows what the task is, its document, agency, dates, state and progress, and the agency's buttons", async () => {
    const t = await task("NV-2019-1207");
    const card = await send("focal-SYT", "/nhiemvu NV-2019-1207");
    const lines = card.text.split("\n");
    expect(lines[0]).toBe(`📌 NV-2019-1207 — ${t.title}`);
    expect(card.text).toContain(`Văn bản: ${t.document!.number} ngày ${formatDateVi(t.document!.issuedAt!, TZ)}`);
    expect(card.text).toContain("Cơ quan chủ trì: Sở Y tế");
    expect(card.text).toContain(`Ngày giao: ${formatDateVi(t.assignedAt, TZ)}`);
    expect(card.text).toContain("Hạn xử lý: 16/07/2019");
    expect(card.text).not.toContain("hạn ban đầu");
    expect(card.text).toContain("Tình trạng: ⏳ Chưa hoàn thành, trong hạn (còn 26 ngày)");
    expect(card.text).toContain(`Tiến độ: ${t.progressPercent}%`);
    expect(card.text).toContain("Chưa có báo cáo tiến độ.");
    expect(card.taskId).toBe(t.id);
    expect(actions(card)).toEqual([`upd:${t.id}`, `done:${t.id}`, `ext:${t.id}`]);
    expect((card.buttons ?? []).flat().map((b) => b.label)).toEqual(["📝 Cập nhật", "✅ Đã hoàn thành", "⏳ Xin gia hạn"]);
  });

  it("lists the last three progress updates, newest first, with date and who", async () => {
    for (const text of ["đã họp lần 1", "đã trình dự thảo, đạt 30%", "đã lấy ý kiến các sở, đạt 50%", "đã hoàn chỉnh hồ sơ, đạt 70%"]) {
      await send("focal-SYT", `/capnhat NV-2019-0747 ${text}`);
    }
    const card = await send("focal-SYT", "/nhiemvu NV-2019-0747");
    expect(card.text).toContain("Tiến độ: 70%");
    const updates = card.text.split("\n").filter((l) => l.startsWith("• "));
    expect(updates).toEqual([
      "• 20/06/2019 · Phạm Thị Hồng Hà: đã hoàn chỉnh hồ sơ, đạt 70%",
      "• 20/06/2019 · Phạm Thị Hồng Hà: đã lấy ý kiến các sở, đạt 50%",
      "• 20/06/2019 · Phạm Thị Hồng Hà: đã trình dự thảo, đạt 30%",
    ]);
    expect(card.text).not.toContain("đã họp lần 1");
  });

  it("shows a pending extension, with approve and reject only for the leader, and the original deadline once extended", async () => {
    const t = await task("NV-2019-1094");
    expect((await send("focal-SYT", "/giahan NV-2019-1094 31/12/2019 chờ kinh phí")).text).toMatch(/Đã gửi đề nghị gia hạn số (\d+)/);
    const request = await tdb.db.extensionRequest.findFirstOrThrow({ where: { taskId: t.id, status: "pending" } });
    const line = `• Số ${request.id}: đến 31/12/2019 · Phạm Thị Hồng Hà: chờ kinh phí`;

    const focal = await send("focal-SYT", "/nhiemvu NV-2019-1094");
    expect(focal.text).toContain("Đề nghị gia hạn chờ duyệt:");
    expect(focal.text).toContain(line);
    expect(actions(focal)).toEqual([`upd:${t.id}`, `done:${t.id}`]);

    const leader = await send("leader", "/nhiemvu NV-2019-1094");
    expect(leader.text).toContain(line);
    expect(actions(leader)).toEqual([`xa:${request.id}`, `xr:${request.id}`]);

    const inspector = await send("inspector-only", "/nhiemvu NV-2019-1094");
    expect(inspector.text).toContain(line);
    expect(inspector.buttons).toBeUndefined();

    expect((await press("leader", `xa:${request.id}`)).text).toMatch(/Đã duyệt đề nghị số/);
    const extended = await send("focal-SYT", "/nhiemvu NV-2019-1094");
    expect(extended.text).toContain("Hạn xử lý: 31/12/2019 (đã gia hạn; hạn ban đầu 29/11/2019)");
    expect(extended.text).not.toContain("Đề nghị gia hạn chờ duyệt");
    expect(actions(extended)).toEqual([`upd:${t.id}`, `done:${t.id}`, `ext:${t.id}`]);
  });

  it("names each of the report's four categories, and cancelled tasks", async () => {
    const done = await tdb.db.task.findMany({ where: { status: "done", completedAt: { lte: NOW }, deadline: { not: null }, code: { gte: "NV-2019-0100" } }, orderBy: { code: "asc" } });
    const onTime = done.find((x) => x.completedAt! <= x.deadline!)!;
    const late = done.find((x) => x.completedAt! > x.deadline!)!;
    const overdue = await tdb.db.task.findFirstOrThrow({ where: { status: "open", deadline: { lt: NOW } }, orderBy: { code: "asc" } });
    const cancelled = await tdb.db.task.update({ where: { code: "NV-2019-0002" }, data: { status: "cancelled" } });
    const standing = await tdb.db.task.update({ where: { code: "NV-2019-0003" }, data: { status: "open", completedAt: null, deadline: null, originalDeadline: null } });
    const days = Math.round((Date.parse("2019-06-20") - Date.parse(formatDateVi(overdue.deadline!, TZ).split("/").reverse().join("-"))) / 86_400_000);

    const cases: [string, string][] = [
      [onTime.code, `Tình trạng: ✅ Hoàn thành đúng hạn (ngày ${formatDateVi(onTime.completedAt!, TZ)})`],
      [late.code, `Tình trạng: 🕓 Hoàn thành quá hạn (ngày ${formatDateVi(late.completedAt!, TZ)})`],
      [overdue.code, `Tình trạng: ⚠️ Chưa hoàn thành, trễ hạn (${days} ngày)`],
      [cancelled.code, "Tình trạng: ❌ Đã hủy"],
      [standing.code, "Tình trạng: ⏳ Chưa hoàn thành, trong hạn\n"],
    ];
    for (const [code, state] of cases) expect((await send("leader", `/nhiemvu ${code}`)).text).toContain(state);
    expect((await send("leader", `/nhiemvu ${standing.code}`)).text).toContain("Hạn xử lý: không thời hạn");
    // A task that is no longer open has nothing to update, even for its agency.
    const doneOwn = await tdb.db.task.findFirstOrThrow({ where: { status: "done", agency: { code: "SYT" } } });
    expect((await send("focal-SYT", `/nhiemvu ${doneOwn.code}`)).buttons).toBeUndefined();
  });

  it("shows a confidential task by its code and 'nội dung mật', never its title nor what was reported", async () => {
    const secret = await tdb.db.task.findFirstOrThrow({ where: { confidential: true }, include: { agency: true } });
    await tdb.db.progressUpdate.create({ data: { taskId: secret.id, text: "Đã làm việc với đối tác XYZ về gói thầu", createdAt: new Date("2019-06-18T10:00:00+07:00") } });
    const card = await send("leader", `/nhiemvu ${secret.code}`);
    expect(card.text.split("\n")[0]).toBe(`📌 ${secret.code} — nội dung mật`);
    expect(card.text).not.toContain(secret.title);
    expect(card.text).toContain("• 18/06/2019 · hệ thống: nội dung mật");
    expect(card.text).not.toContain("XYZ");
  });

  it("answers a task of another agency exactly as a code that does not exist, so codes cannot be probed", async () => {
    const foreign = await tdb.db.task.findFirstOrThrow({ where: { agency: { code: "STC" } }, orderBy: { code: "asc" } });
    const seen = await send("focal-SYT", `/nhiemvu ${foreign.code}`);
    expect(seen.text).toMatch(/^Không tìm thấy nhiệm vụ/);
    expect(seen.text).not.toContain(foreign.title);
    await tdb.db.task.update({ where: { id: foreign.id }, data: { code: `${foreign.code}-X` } });
    const missing = await send("focal-SYT", `/nhiemvu ${foreign.code}`);
    await tdb.db.task.update({ where: { id: foreign.id }, data: { code: foreign.code } });
    expect(seen.text).toBe(missing.text);
    expect((seen.buttons ?? []).flat().map((b) => b.label)).toEqual((missing.buttons ?? []).flat().map((b) => b.label));
    // Whoever may read it gets the card.
    expect((await send("focal-STC", `/nhiemvu ${foreign.code}`)).text).toContain(`📌 ${foreign.code} — `);
    expect((await send("inspector-only", `/nhiemvu ${foreign.code}`)).text).toContain("Cơ quan chủ trì: Sở Tài chính");
  });

  it("works from its buttons: Cập nhật asks for the text, Đã hoàn thành completes", async () => {
    const t = await task("NV-2019-1830");
    const card = await send("focal-SYT", "/nhiemvu nv-2019-1830");
    expect(actions(card)).toContain(`done:${t.id}`);
    expect((await press("focal-SYT", `upd:${t.id}`)).text).toMatch(/Gửi nội dung cập nhật cho NV-2019-1830/);
    expect((await press("focal-SYT", `done:${t.id}`)).text).toMatch(/✅ NV-2019-1830: đã hoàn thành lúc 20\/06\/2019 09:00/);
    expect((await send("focal-SYT", "/nhiemvu NV-2019-1830")).text).toContain("Tình trạng: ✅ Hoàn thành đúng hạn (ngày 20/06/2019)");
  });

  it("is in English for English-speaking users", async () => {
    await send("leader", "/ngonngu en");
    const card = await send("leader", "/tasks NV-2019-1207");
    expect(card.text).toContain("Lead agency: Sở Y tế");
    expect(card.text).toContain("Deadline: 16/07/2019");
    expect(card.text).toContain("Status: ⏳ Open, within the deadline (26 days left)");
    await send("leader", "/ngonngu vi");
  });
});
