import { describe, expect, it } from "vitest";
import { plainTextOf, renderSlackMessages, SLACK_LIMITS, type ActionsBlock } from "../../src/adapters/slack/slack-blocks.js";
import { fromSlackText, withoutMention } from "../../src/adapters/slack/slack-text.js";
import { parseCommand, parseEvent } from "../../src/adapters/slack/slack-inbound.js";
import messageFixture from "../fixtures/slack/message-im.json" with { type: "json" };
import mentionFixture from "../fixtures/slack/app-mention.json" with { type: "json" };
import commandFixture from "../fixtures/slack/slash-command.json" with { type: "json" };

const BOT = { userId: "U0BOTNHAC", botId: "B0BOTNHAC" };
const actionsOf = (blocks: { type: string }[]) => blocks.filter((b): b is ActionsBlock => b.type === "actions");

describe("Slack Block Kit rendering", () => {
  it("escapes &, < and > in mrkdwn, and nothing else", () => {
    const [m] = renderSlackMessages({ text: "A & B <C> *đậm* _nghiêng_ 50%" });
    expect(m!.blocks).toEqual([{ type: "section", text: { type: "mrkdwn", text: "A &amp; B &lt;C&gt; *đậm* _nghiêng_ 50%" } }]);
    expect(m!.text).toBe("A &amp; B &lt;C&gt; *đậm* _nghiêng_ 50%");
  });

  it("keeps every section within 3,000 characters once escaped, losing nothing", () => {
    const text = `${"<".repeat(5000)}\n${"x".repeat(4000)}`;
    const messages = renderSlackMessages({ text });
    const sections = messages.flatMap((m) => m.blocks);
    for (const s of sections) expect(s.type === "section" && s.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(plainTextOf(messages).replace(/\n/g, "")).toBe(text.replace(/\n/g, ""));
  });

  it("keeps a message within 50 blocks and 12,000 characters, buttons on the last", () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `dòng ${i}`);
    const buttons = [[{ label: "Trước", action: "tl:0:0" }, { label: "Sau", action: "tl:0:2" }]];
    const messages = renderSlackMessages({ text: lines.join("\n"), buttons });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
      expect(m.text.length).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
    }
    expect(messages.slice(0, -1).every((m) => actionsOf(m.blocks).length === 0)).toBe(true);
    expect(actionsOf(messages.at(-1)!.blocks)).toHaveLength(1);
    expect(plainTextOf(messages)).toBe(lines.join("\n"));
  });

  it("renders each row of buttons as an actions block with unique action ids and the core's action as value", () => {
    const rows = [[{ label: "Sở Y tế", action: "st:12" }], [{ label: "Sở Tài chính", action: "st:13" }, { label: "Hủy", action: "st:x" }]];
    const [m] = renderSlackMessages({ text: "Ý bạn là:", buttons: rows });
    const actions = actionsOf(m!.blocks);
    expect(actions.map((a) => a.elements.map((e) => [e.text.text, e.value]))).toEqual([[["Sở Y tế", "st:12"]], [["Sở Tài chính", "st:13"], ["Hủy", "st:x"]]]);
    const ids = actions.flatMap((a) => a.elements.map((e) => e.action_id));
    expect(new Set(ids).size).toBe(3);
  });

  it("shortens labels over 75 characters and spreads more than 25 buttons over several blocks", () => {
    const long = `NV-2019-0001 · ${"Đề án phát triển kinh tế xã hội ".repeat(4)}`;
    const many = Array.from({ length: 30 }, (_, i) => ({ label: `Nút ${i}`, action: `x:${i}` }));
    const [m] = renderSlackMessages({ text: "Chọn", buttons: [[{ label: long, action: "ft:1" }], many] });
    const actions = actionsOf(m!.blocks);
    expect([...actions[0]!.elements[0]!.text.text]).toHaveLength(75);
    expect(actions[0]!.elements[0]!.text.text.endsWith("…")).toBe(true);
    expect(actions.slice(1).map((a) => a.elements.length)).toEqual([25, 5]);
  });

  it("gives nothing for an empty text", () => {
    expect(renderSlackMessages({ text: " \n " })).toEqual([]);
  });
});

describe("Slack text and payloads", () => {
  it("reads users' text: escapes undone, links and mentions as their label, NFC", () => {
    expect(fromSlackText("a &amp; b &lt;c&gt;")).toBe("a & b <c>");
    expect(fromSlackText("xem <https://example.vn/bc|báo cáo> và <https://example.vn/x>")).toBe("xem báo cáo và https://example.vn/x");
    expect(fromSlackText("<@U0123|lan> <#C0123|giao-ban> <!here> <mailto:a@b.vn|a@b.vn>")).toBe("lan giao-ban @here a@b.vn");
    expect(fromSlackText("So\u031B\u0309 Y te\u0302\u0301")).toBe("Sở Y tế".normalize("NFC"));
  });

  it("removes the bot's mention and only that", () => {
    expect(withoutMention("<@U0BOTNHAC>   /thongke  SYT", "U0BOTNHAC")).toBe("/thongke SYT");
    expect(withoutMention("hỏi <@U0OTHER> nhé", "U0BOTNHAC")).toBe("hỏi <@U0OTHER> nhé");
  });

  it("turns slash commands into the core's text", () => {
    const text = (command: string, t: string) => parseCommand({ ...commandFixture, command, text: t }, "nhacviec")?.text;
    expect(text("/nhacviec", "thongke Sở Y tế")).toBe("/thongke Sở Y tế");
    expect(text("/nhacviec", "/thongke SYT")).toBe("/thongke SYT");
    expect(text("/nhacviec", "")).toBe("/help");
    expect(text("/thongke", "Sở Y tế")).toBe("/thongke Sở Y tế");
    expect(text("/thongke", "")).toBe("/thongke");
    expect(parseCommand({ ...commandFixture, user_id: "" }, "nhacviec")).toBeNull();
  });

  it("reads a DM event, a thread reply and a mention; ignores what is not a person writing", () => {
    const dm = parseEvent(messageFixture, BOT);
    expect(dm).toMatchObject({ kind: "message", message: { team: "T0NHACVIEC", user: "U0LEADER01", channel: "D0LEADER01", chatType: "private", text: "/thongke Sở Y tế", eventId: "Ev0FIXTURE01" } });
    expect(dm.kind === "message" && dm.message.threadTs).toBeUndefined();
    const reply = parseEvent({ ...messageFixture, event: { ...messageFixture.event, thread_ts: "1560000000.000001" } }, BOT);
    expect(reply.kind === "message" && reply.message.threadTs).toBe("1560000000.000001");
    const mention = parseEvent(mentionFixture, BOT);
    expect(mention).toMatchObject({ kind: "message", message: { chatType: "group", channel: "C0GIAOBAN1", text: "/thongke Sở Y tế" } });
    const inThread = parseEvent({ ...mentionFixture, event: { ...mentionFixture.event, text: "<@U0BOTNHAC> đạt 80%", thread_ts: "1560000000.000001" } }, BOT);
    expect(inThread.kind === "message" && inThread.message.text).toBe("đạt 80%");
    for (const change of [{ bot_id: "B0X" }, { subtype: "message_deleted" }, { channel_type: "channel" }, { user: BOT.userId }]) {
      expect(parseEvent({ ...messageFixture, event: { ...messageFixture.event, ...change } }, BOT).kind).toBe("ignored");
    }
    expect(parseEvent({ ...messageFixture, event: { ...messageFixture.event, subtype: "file_share", text: "" } }, BOT).kind).toBe("unsupported");
    const withText = parseEvent({ ...messageFixture, event: { ...messageFixture.event, subtype: "file_share", text: "báo cáo kèm theo, đạt 90%" } }, BOT);
    expect(withText).toMatchObject({ kind: "message", message: { text: "báo cáo kèm theo, đạt 90%" } });
  });
});
