import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { createInvite } from "../../src/core/registration/invites.js";
import { dmChannelOf, newEventId, newTs, type PostedMessage } from "../fakes/slack-web-api.js";
import { asTyped, buttonPress, linkDemoPeople, readMessage, slackUserOf, startSlackHarness, type SlackHarness } from "../scenarios/slack-driver.js";
import mentionFixture from "../fixtures/slack/app-mention.json" with { type: "json" };

const LEADER = slackUserOf("leader");
const FOCAL = slackUserOf("focal-SYT");

describe.each(providers)("Slack messages and buttons on %s", (provider) => {
  let database: TestDatabase;
  let h: SlackHarness;

  /** A DM from `user`, as Slack delivers it; resolves once the adapter has handled it. */
  async function dm(user: string, text: string, extra: Record<string, unknown> = {}, eventId = newEventId()) {
    const event = { type: "message", channel_type: "im", channel: dmChannelOf(user), user, text: asTyped(text), ts: newTs(), ...extra };
    const { response } = await h.fake.sendEvent(event, { eventId });
    expect(response.status).toBe(200);
    await h.adapter.idle();
    return event;
  }

  const messagesTo = (user: string) => h.fake.messages(dmChannelOf(user));
  const lastTo = (user: string): PostedMessage => messagesTo(user).at(-1)!;
  const openSytTask = () => database.db.task.findFirstOrThrow({ where: { status: "open", agency: { code: "SYT" } }, orderBy: { code: "asc" } });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await loadDemo(testDeps(database.db));
  });
  afterAll(() => database.destroy());
  beforeEach(async () => {
    h = await startSlackHarness(database.db);
    if ((await database.db.chatIdentity.count({ where: { platform: "slack" } })) === 0) await linkDemoPeople(database.db, h.fake.teamId);
  });
  afterEach(() => h.close());

  it("answers a DM with Block Kit: escaped mrkdwn sections and buttons whose value is the core's action", async () => {
    await dm(LEADER, "/thongke kon tum");
    const reply = lastTo(LEADER);
    expect(reply.blocks[0]).toMatchObject({ type: "section", text: { type: "mrkdwn" } });
    expect(readMessage(reply).text).toMatch(/Ý bạn là/);
    const buttons = reply.blocks.flatMap((b) => b.elements ?? []);
    expect(buttons.map((b) => b.text.text)).toContain("UBND thành phố Kon Tum");
    for (const b of buttons) expect(b.value).toMatch(/^rc:/);
    expect(new Set(buttons.map((b) => b.action_id)).size).toBe(buttons.length);
    expect(reply.text).toMatch(/Ý bạn là/);

    await dm(LEADER, "/a&b<c>");
    const echoed = lastTo(LEADER);
    expect(echoed.blocks[0]!.text!.text).toContain("/a&amp;b&lt;c&gt;");
    expect(echoed.blocks[0]!.text!.text).not.toContain("<c>");
  });

  it("handles a button press (block_actions) and edits the message with chat.update", async () => {
    await dm(LEADER, "/nhiemvu UBND thành phố Kon Tum");
    const page = lastTo(LEADER);
    expect(readMessage(page).text).toMatch(/Trang 1\//);
    const next = page.blocks.flatMap((b) => b.elements ?? []).find((e) => /Sau/.test(e.text.text))!;
    const response = await h.fake.sendInteraction(buttonPress(h.fake, LEADER, page, next));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    await h.adapter.idle();
    const update = h.fake.calls.find((c) => c.method === "chat.update");
    expect(update?.body).toMatchObject({ channel: page.channel, ts: page.ts });
    const edited = h.fake.messages(page.channel).find((m) => m.ts === page.ts)!;
    expect(edited.edits).toBe(1);
    expect(readMessage(edited).text).toMatch(/Trang 2\//);
    expect(messagesTo(LEADER).at(-1)!.ts).toBe(page.ts);
  });

  it("handles an event once when Slack delivers it again (X-Slack-Retry-Num)", async () => {
    const task = await openSytTask();
    const event = { type: "message", channel_type: "im", channel: dmChannelOf(FOCAL), user: FOCAL, text: `/capnhat ${task.code} đã họp triển khai, đạt 35%`, ts: newTs() };
    const eventId = newEventId();
    const before = await database.db.progressUpdate.count({ where: { taskId: task.id } });
    const [first, second] = await Promise.all([h.fake.sendEvent(event, { eventId }), h.fake.sendEvent(event, { eventId, retryNum: 1 })]);
    const third = await h.fake.sendEvent(event, { eventId, retryNum: 2 });
    expect([first.response.status, second.response.status, third.response.status]).toEqual([200, 200, 200]);
    await h.adapter.idle();
    expect(await database.db.progressUpdate.count({ where: { taskId: task.id } })).toBe(before + 1);
    expect(messagesTo(FOCAL).filter((m) => readMessage(m).text.includes("35%"))).toHaveLength(1);
  });

  it("records progress from a reply in the thread of a bot message about a task, and answers in that thread", async () => {
    const task = await openSytTask();
    await dm(FOCAL, `/capnhat ${task.code} đã trình dự thảo, đạt 60%`);
    const about = lastTo(FOCAL);
    expect(readMessage(about).text).toMatch(new RegExp(`${task.code}.*60%`));
    await dm(FOCAL, "đã lấy ý kiến các sở, đạt 70%", { thread_ts: about.ts, parent_user_id: h.fake.bot.userId });
    const state = await database.db.task.findUniqueOrThrow({ where: { id: task.id }, include: { progressUpdates: true } });
    expect(state.progressPercent).toBe(70);
    expect(state.progressUpdates.map((u) => u.text)).toContain("đã lấy ý kiến các sở, đạt 70%");
    const answer = lastTo(FOCAL);
    expect(answer.threadTs).toBe(about.ts);
    expect(readMessage(answer).text).toMatch(new RegExp(`${task.code}: tiến độ 70%`));
  });

  it("ignores bot messages, edits and other subtypes, and channel messages that do not mention it", async () => {
    await dm(LEADER, "/thongke", { bot_id: "B0OTHERBOT" });
    await dm(LEADER, "/thongke", { subtype: "message_changed" });
    await dm(LEADER, "/thongke", { user: h.fake.bot.userId });
    const { response } = await h.fake.sendEvent({ type: "message", channel_type: "channel", channel: "C0GIAOBAN1", user: LEADER, text: "/thongke", ts: newTs() });
    expect(response.status).toBe(200);
    await h.adapter.idle();
    expect(h.fake.messages()).toHaveLength(0);
  });

  it("answers a file sent in a DM with a sentence, once", async () => {
    const eventId = newEventId();
    await dm(LEADER, "", { subtype: "file_share", files: [{ id: "F0123", name: "bao-cao.pdf" }] }, eventId);
    await dm(LEADER, "", { subtype: "file_share", files: [{ id: "F0123", name: "bao-cao.pdf" }] }, eventId);
    expect(messagesTo(LEADER)).toHaveLength(1);
    expect(readMessage(lastTo(LEADER)).text).toMatch(/chưa đọc được tệp/);
  });

  it("answers a mention in a channel in the mention's thread, with or without the command's slash", async () => {
    const ts = newTs();
    const { response } = await h.fake.sendEvent({ ...mentionFixture.event, user: LEADER, ts, event_ts: ts, text: `<@${h.fake.bot.userId}> thongke Sở Y tế` });
    expect(response.status).toBe(200);
    await h.adapter.idle();
    const [answer] = h.fake.messages(mentionFixture.event.channel);
    expect(answer?.threadTs).toBe(ts);
    expect(readMessage(answer!).text).toMatch(/Sở Y tế/);
  });

  it("registers a new Slack user with their Slack name and their DM as the chat for reminders", async () => {
    const user = "U0NEWCOMER";
    h.fake.setUserName(user, "Nguyễn Văn Mới");
    await dm(user, "xin chào");
    expect(readMessage(lastTo(user)).text).toMatch(/chưa đăng ký/);
    const agency = await database.db.agency.findUniqueOrThrow({ where: { code: "SYT" } });
    const { code } = await createInvite(testDeps(database.db), { role: "focal", agencyId: agency.id, expiresInMs: 86_400_000, createdBy: "test" });
    await dm(user, `/dangky ${code}`);
    expect(readMessage(lastTo(user)).text).toMatch(/Đăng ký thành công/);
    const identity = await database.db.chatIdentity.findUniqueOrThrow({
      where: { platform_externalUserId: { platform: "slack", externalUserId: `${h.fake.teamId}:${user}` } },
      include: { person: true },
    });
    expect(identity.chatId).toBe(dmChannelOf(user));
    expect(identity.person.name).toBe("Nguyễn Văn Mới");
  });

  it("puts a reply in the outbox when Slack rate-limits it for longer than a reply may wait", async () => {
    h.fake.failNext("chat.postMessage", { type: "ratelimited", retryAfterSeconds: 30 });
    await dm(LEADER, "/thongke Sở Y tế");
    expect(messagesTo(LEADER)).toHaveLength(0);
    const queued = await database.db.outboxMessage.findMany({ where: { platform: "slack", chatId: dmChannelOf(LEADER), kind: "reply" } });
    expect(queued).toHaveLength(1);
    expect(JSON.parse(queued[0]!.payload).text).toMatch(/Sở Y tế/);
    expect(queued[0]!.nextAttemptAt.getTime() - Date.parse("2019-06-30T10:00:00+07:00")).toBe(30_000);
  });

  it("waits out a short rate limit and then delivers the reply itself", async () => {
    h.fake.failNext("chat.postMessage", { type: "ratelimited", retryAfterSeconds: 1 });
    const queuedBefore = await database.db.outboxMessage.count();
    await dm(LEADER, "/thongke Sở Y tế");
    expect(messagesTo(LEADER)).toHaveLength(1);
    expect(await database.db.outboxMessage.count()).toBe(queuedBefore);
  });
});
