import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { dmChannelOf, newTs, type Block } from "../fakes/slack-web-api.js";
import { buttonPress, linkDemoPeople, readMessage, slackUserOf, startSlackHarness, type SlackHarness } from "../scenarios/slack-driver.js";
import commandFixture from "../fixtures/slack/slash-command.json" with { type: "json" };

const LEADER = slackUserOf("leader");
const CHANNEL = commandFixture.channel_id;

describe.each(providers)("Slack slash commands on %s", (provider) => {
  let database: TestDatabase;
  let h: SlackHarness;

  /** Runs a slash command as Slack posts it; returns its response URL once the adapter is done. */
  async function command(command: string, text: string, extra: Record<string, string> = {}): Promise<string> {
    const responseUrl = h.fake.newResponseUrl();
    const response = await h.fake.sendCommand({
      ...commandFixture,
      team_id: h.fake.teamId,
      user_id: LEADER,
      command,
      text,
      response_url: responseUrl,
      trigger_id: `${newTs()}.${Math.floor(Math.random() * 1e9)}`,
      ...extra,
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    await h.adapter.idle();
    return responseUrl;
  }

  const answers = (url: string) => h.fake.responses(url).map((r) => readMessage({ channel: "", ts: "", text: r.body.text ?? "", blocks: r.body.blocks ?? [], edits: 0 }));

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

  it("answers `/nhacviec thongke Sở Y tế` through response_url, seen by the user alone", async () => {
    const url = await command("/nhacviec", "thongke Sở Y tế đến 30/06/2019");
    const [post] = h.fake.responses(url);
    expect(post?.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(answers(url)[0]!.text).toMatch(/Sở Y tế/);
    expect(answers(url)[0]!.text).toMatch(/: 41$/m);
    expect(h.fake.calls.filter((c) => c.method === "chat.postMessage")).toHaveLength(0);
  });

  it("answers the /thongke shortcut, with and without an agency, the same way", async () => {
    expect(answers(await command("/thongke", "Sở Y tế đến 30/06/2019"))[0]!.text).toMatch(/: 41$/m);
    expect(answers(await command("/thongke", "đến 30/06/2019"))[0]!.text).toMatch(/: 2\.139$/m);
  });

  it("takes the command with its slash too, and `/nhacviec` alone is /help", async () => {
    expect(answers(await command("/nhacviec", "/thongke SYT đến 30/06/2019"))[0]!.text).toMatch(/: 41$/m);
    expect(answers(await command("/nhacviec", ""))[0]!.text).toMatch(/\/quahan/);
    expect(answers(await command("/nhacviec", "xyz"))[0]!.text).toMatch(/Không có lệnh “\/xyz”/);
  });

  it("acknowledges at once, before the work: the ack does not wait for Slack's Web API", async () => {
    const stranger = "U0NOTYETDM";
    const release = h.fake.hold("conversations.open");
    const responseUrl = h.fake.newResponseUrl();
    const response = await h.fake.sendCommand({ ...commandFixture, team_id: h.fake.teamId, user_id: stranger, command: "/nhacviec", text: "help", response_url: responseUrl });
    expect(response.status).toBe(200);
    expect(h.fake.responses(responseUrl)).toHaveLength(0);
    release();
    await h.adapter.idle();
    expect(answers(responseUrl)[0]!.text).toMatch(/\/dangky/);
  });

  it("answers in the DM itself when the command was typed there, as messages that can be replied to", async () => {
    const url = await command("/nhacviec", "thongke SYT", { channel_id: dmChannelOf(LEADER), channel_name: "directmessage" });
    expect(h.fake.responses(url)).toHaveLength(0);
    const [message] = h.fake.messages(dmChannelOf(LEADER));
    expect(readMessage(message!).text).toMatch(/Sở Y tế/);
  });

  it("handles buttons on its ephemeral answers through their response_url, replacing the answer when the core edits", async () => {
    const url = await command("/nhacviec", "nhiemvu UBND thành phố Kon Tum");
    const first = h.fake.responses(url)[0]!;
    expect(answers(url)[0]!.text).toMatch(/Trang 1\//);
    const next = (first.body.blocks as Block[]).flatMap((b) => b.elements ?? []).find((e) => /Sau/.test(e.text.text))!;
    const pressUrl = h.fake.newResponseUrl();
    const ephemeral = { channel: CHANNEL, ts: newTs(), text: first.body.text ?? "", blocks: first.body.blocks ?? [], edits: 0 };
    const response = await h.fake.sendInteraction(buttonPress(h.fake, LEADER, ephemeral, next, { ephemeral: true, responseUrl: pressUrl }));
    expect(response.status).toBe(200);
    await h.adapter.idle();
    const [replaced] = h.fake.responses(pressUrl);
    expect(replaced?.body.replace_original).toBe(true);
    expect(answers(pressUrl)[0]!.text).toMatch(/Trang 2\//);
    expect(h.fake.calls.filter((c) => c.method === "chat.update" || c.method === "chat.postMessage")).toHaveLength(0);
  });

  it("answers in the DM when the response_url no longer works, so that nothing is lost", async () => {
    h.fake.failNext("response_url", { type: "http", status: 404, body: "expired_url" });
    const url = await command("/nhacviec", "thongke SYT đến 30/06/2019");
    expect(h.fake.responses(url)).toHaveLength(0);
    const [message] = h.fake.messages(dmChannelOf(LEADER));
    expect(readMessage(message!).text).toMatch(/: 41$/m);
  });

  it("says so when it cannot open a DM with a person it does not know yet", async () => {
    h.fake.failNext("conversations.open", { type: "error", error: "user_disabled" });
    const url = await command("/nhacviec", "help", { user_id: "U0DISABLED" });
    expect(answers(url)[0]!.text).toMatch(/chưa mở được tin nhắn riêng/);
  });
});
