import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { createInvite } from "../../src/core/registration/invites.js";
import { OFFSET_KEY } from "../../src/adapters/telegram/offset-store.js";
import { startObservedFake, type ObservedFakeTelegram } from "../fakes/telegram/observed-fake.js";
import type { Update } from "../fakes/telegram/updates.js";
import { botMessages } from "../fakes/telegram/bot-messages.js";
import { linkTelegram, startAdapter, translator, type AdapterUnderTest } from "../fakes/telegram/adapter-harness.js";
import { callbackUpdate, messageUpdate, photoContent, stickerContent, telegramUser, textUpdate, type TelegramChat, type TelegramUser } from "../fakes/telegram/user-updates.js";

describe.each(providers)("the Telegram adapter, long polling, on %s", (provider) => {
  let database: TestDatabase;
  let fake: ObservedFakeTelegram;
  let running: AdapterUnderTest;
  let leader: TelegramUser;
  const LEADER_ID = 610001;

  /** Sends a text as `user` and returns the texts the bot sent back to that chat. */
  async function ask(user: TelegramUser, text: string, chat?: TelegramChat): Promise<string[]> {
    const before = fake.calls.length;
    await fake.deliver(textUpdate(user, text, { chat }));
    return botMessages(fake.calls, chat?.id ?? user.id, before).map((m) => m.text);
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await loadDemo(testDeps(database.db));
  });
  afterAll(() => database.destroy());
  beforeEach(async () => {
    fake = await startObservedFake({ limits: false });
    leader = (await linkTelegram(database.db, fake, "leader", LEADER_ID)).user;
    running = await startAdapter(database.db, fake);
  });
  afterEach(async () => {
    await running.stop();
    await fake.close();
    expect(running.logs.join("")).not.toContain(fake.token);
  });

  it("checks the token once, publishes the menu in Vietnamese and English, deletes any webhook, then polls", async () => {
    await ask(leader, "/help");
    expect(fake.calls.slice(0, 5).map((c) => c.method)).toEqual(["getMe", "setMyCommands", "setMyCommands", "deleteWebhook", "getUpdates"]);
    expect(fake.calls.filter((c) => c.method === "getMe")).toHaveLength(1);
    const [vi, en] = fake.calls.filter((c) => c.method === "setMyCommands");
    expect(vi!.params.language_code).toBeUndefined();
    expect(vi!.params.commands).toContainEqual({ command: "thongke", description: "Số liệu nhiệm vụ (đúng hạn, quá hạn, trong hạn, trễ hạn)" });
    expect(en!.params.language_code).toBe("en");
    expect(en!.params.commands).toContainEqual({ command: "stats", description: "Task counts (on time, late, in term, overdue)" });
    expect(running.adapter.mode).toBe("polling");
  });

  it("answers /thongke with the agency's counts", async () => {
    const [answer] = await ask(leader, "/thongke Sở Y tế");
    expect(answer).toContain("Tổng số nhiệm vụ: 41");
    expect(answer).toContain("Hoàn thành đúng hạn: 35");
  });

  it("registers a new user with an invite code, who can then use the commands of their role", async () => {
    const agency = await database.db.agency.findUniqueOrThrow({ where: { code: "SYT" } });
    const { code } = await createInvite(testDeps(database.db), { role: "focal", agencyId: agency.id, expiresInMs: 86_400_000, createdBy: "test" });
    const newcomer = telegramUser(620001, "Trần Văn", "Bình");
    fake.addChat(newcomer.id);
    expect(await ask(newcomer, "/nhiemvu")).toEqual([translator.t("vi", "error-not_registered")]);
    expect((await ask(newcomer, `/dangky ${code}`))[0]).toMatch(/Đăng ký thành công.*cán bộ đầu mối — Sở Y tế/);
    const identity = await database.db.chatIdentity.findUniqueOrThrow({ where: { platform_externalUserId: { platform: "telegram", externalUserId: "620001" } }, include: { person: true } });
    expect(identity).toMatchObject({ chatId: "620001", displayName: "Trần Văn Bình", person: { name: "Trần Văn Bình" } });
    expect((await ask(newcomer, "/nhiemvu"))[0]).toMatch(/Nhiệm vụ đang thực hiện — Sở Y tế/);
  });

  it("in a group, answers commands for this bot and leaves the rest of the talk alone", async () => {
    const group = { id: -100777, type: "supergroup" as const, title: "Tổ kiểm tra" };
    fake.addChat(group.id, "supergroup");
    expect(await ask(leader, "Chào cả nhóm", group)).toEqual([]);
    expect(await ask(leader, "/thongke@other_bot Sở Y tế", group)).toEqual([]);
    const [answer] = await ask(leader, `/thongke@${fake.bot.username} Sở Y tế`, group);
    expect(answer).toContain("Tổng số nhiệm vụ: 41");
    expect(await ask(leader, "/hoanthanh NV-2019-0001", group)).toEqual([translator.t("vi", "error-private_only")]);
  });

  it("answers a photo or a sticker politely, once, in the person's language", async () => {
    const before = fake.calls.length;
    await fake.deliver(messageUpdate(leader, photoContent()));
    await database.db.person.update({ where: { handle: "leader" }, data: { language: "en" } });
    await fake.deliver(messageUpdate(leader, stickerContent()));
    await database.db.person.update({ where: { handle: "leader" }, data: { language: "vi" } });
    expect(botMessages(fake.calls, LEADER_ID, before).map((m) => m.text)).toEqual([
      translator.t("vi", "telegram-unsupported-photo"),
      translator.t("en", "telegram-unsupported-sticker"),
    ]);
  });

  it("ignores edited messages", async () => {
    const before = fake.calls.length;
    const { message } = textUpdate(leader, "/thongke Sở Y tế");
    await fake.deliver({ edited_message: { ...message, edit_date: message.date + 5 } });
    expect(botMessages(fake.calls, LEADER_ID, before)).toEqual([]);
  });

  it("marks the identity unreachable when the user blocked the bot, and reachable again when they unblock it", async () => {
    const identity = () => database.db.chatIdentity.findUniqueOrThrow({ where: { platform_externalUserId: { platform: "telegram", externalUserId: String(LEADER_ID) } } });
    fake.blockChat(LEADER_ID);
    await ask(leader, "/help");
    expect(fake.refusals.map((r) => r.errorCode)).toEqual([403]);
    expect((await identity()).unreachableAt).toEqual(running.clock());
    fake.unblockChat(LEADER_ID);
    const member = (status: string) => ({
      my_chat_member: { chat: { id: LEADER_ID, type: "private" }, from: leader, date: 1, old_chat_member: { status: "kicked", user: fake.bot }, new_chat_member: { status, user: fake.bot } },
    });
    await fake.deliver(member("member"));
    expect((await identity()).unreachableAt).toBeNull();
    await fake.deliver(member("kicked"));
    expect((await identity()).unreachableAt).not.toBeNull();
    await fake.deliver(member("member"));
    expect(await ask(leader, "/ngonngu vi")).toEqual(["Đã chuyển sang tiếng Việt."]);
  });

  it("waits out a short 429 on a reply, within bounds, and the answer arrives once", async () => {
    fake.failNext(1, { status: 429, retryAfter: 1 }, ["sendMessage"]);
    expect(await ask(leader, "/ngonngu vi")).toEqual(["Đã chuyển sang tiếng Việt."]);
    expect(fake.refusals.map((r) => r.errorCode)).toEqual([429]);
  });

  it("does not wait out a long 429 on a reply; it logs it and goes on with the next update", async () => {
    fake.failNext(1, { status: 429, retryAfter: 60 }, ["sendMessage"]);
    expect(await ask(leader, "/ngonngu vi")).toEqual([]);
    expect(await ask(leader, "/ngonngu vi")).toEqual(["Đã chuyển sang tiếng Việt."]);
    expect(running.logs.join("")).toMatch(/could not deliver a reply/);
  });

  it("answers every button press, also one the core refuses or cannot read", async () => {
    const stranger = telegramUser(650001);
    fake.addChat(stranger.id);
    const message = { message_id: 1, chat: { id: LEADER_ID, type: "private" as const } };
    const presses = [
      callbackUpdate(leader, message, "nosuchaction:1"),
      callbackUpdate(stranger, { ...message, chat: { id: stranger.id, type: "private" } }, "done:1"),
      { callback_query: { id: "inline-1", from: leader, chat_instance: "1", inline_message_id: "abc", data: "done:1" } },
    ];
    for (const press of presses) await fake.deliver(press);
    const answered = fake.calls.filter((c) => c.method === "answerCallbackQuery").map((c) => c.params.callback_query_id);
    expect(answered).toEqual([presses[0]!.callback_query.id, presses[1]!.callback_query.id, "inline-1"]);
    expect(botMessages(fake.calls, LEADER_ID).map((m) => m.text)).toEqual([translator.t("vi", "error-invalid_button")]);
    expect(botMessages(fake.calls, stranger.id).map((m) => m.text)).toEqual([translator.t("vi", "error-not_registered")]);
  });

  it("logs a reply Telegram fails with 500, and goes on", async () => {
    fake.failNext(1, { status: 500 }, ["sendMessage"]);
    expect(await ask(leader, "/ngonngu vi")).toEqual([]);
    expect(await ask(leader, "/ngonngu vi")).toEqual(["Đã chuyển sang tiếng Việt."]);
    expect(running.logs.join("")).toMatch(/could not deliver a reply/);
  });

  it("stopped mid-stream and started again, handles every update exactly once, in order", async () => {
    const focal = (await linkTelegram(database.db, fake, "focal-SYT", 630001)).user;
    const task = await database.db.task.findFirstOrThrow({ where: { status: "open", agency: { code: "SYT" } }, orderBy: { code: "asc" } });
    const texts = Array.from({ length: 12 }, (_, i) => `/capnhat ${task.code} bước ${i + 1}, đạt ${i + 1}%`);
    let answers = 0;
    const stopped = new Promise<void>((resolve) => {
      fake.on("call", (c) => {
        if (c.method === "sendMessage" && String(c.params.chat_id) === "630001" && ++answers === 4) resolve(running.adapter.stop());
      });
    });
    const pushed = texts.slice(0, 8).map((t) => fake.pushUpdate(textUpdate(focal, t)));
    await stopped;
    expect(answers).toBe(4);
    pushed.push(...texts.slice(8).map((t) => fake.pushUpdate(textUpdate(focal, t))));

    const polls = fake.updates.pollOffsets.length;
    running = await startAdapter(database.db, fake);
    await fake.handled(pushed.at(-1)!);

    expect(fake.updates.pollOffsets[polls]).toBe(pushed[3]!.update_id + 1);
    const replies = botMessages(fake.calls, 630001).map((m) => m.text);
    expect(replies).toEqual(texts.map((_, i) => translator.t("vi", "update-recorded-percent", { code: task.code, percent: i + 1 })));
    const updates = await database.db.progressUpdate.findMany({ where: { taskId: task.id }, orderBy: { id: "asc" } });
    expect(updates.map((u) => u.text)).toEqual(texts.map((t) => t.slice(`/capnhat ${task.code} `.length)));
  });

  it("after a crash that lost the last offsets, the updates Telegram sends again take no effect twice", async () => {
    const task = await database.db.task.findFirstOrThrow({ where: { status: "open", agency: { code: "STC" } }, orderBy: { code: "asc" } });
    await linkTelegram(database.db, fake, "focal-STC", 640001);
    const focal = telegramUser(640001);
    const first: Update[] = [];
    for (let i = 1; i <= 3; i++) first.push(await fake.deliver(textUpdate(focal, `/capnhat ${task.code} lần ${i}, đạt ${10 * i}%`)));
    await running.adapter.stop();
    // As if the process died after handling updates 2 and 3 but before storing their offsets or polling again.
    const stored = JSON.parse((await database.db.keyValue.findUniqueOrThrow({ where: { key: OFFSET_KEY } })).value) as { offset: number };
    expect(stored.offset).toBe(first[2]!.update_id + 1);
    await database.db.keyValue.update({ where: { key: OFFSET_KEY }, data: { value: JSON.stringify({ ...stored, offset: first[1]!.update_id }) } });
    fake.updates.replay(first[1]!);
    fake.updates.replay(first[2]!);

    const polls = fake.updates.pollOffsets.length;
    running = await startAdapter(database.db, fake);
    await fake.deliver(textUpdate(focal, `/capnhat ${task.code} lần 4, đạt 40%`));
    expect(fake.updates.pollOffsets[polls]).toBe(first[1]!.update_id);

    expect(botMessages(fake.calls, 640001).map((m) => m.text)).toEqual(
      [10, 20, 30, 40].map((percent) => translator.t("vi", "update-recorded-percent", { code: task.code, percent })),
    );
    const updates = await database.db.progressUpdate.findMany({ where: { taskId: task.id }, orderBy: { id: "asc" } });
    expect(updates.map((u) => u.percent)).toEqual([10, 20, 30, 40]);
  });
});
