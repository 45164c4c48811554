import { expect } from "vitest";
import { ACTION_ID_PREFIX } from "../../src/adapters/slack/slack-blocks.js";
import { fixedClock } from "../../src/core/clock.js";
import type { Db } from "../../src/db/connect.js";
import { dmChannelOf, newTs, type PostedMessage } from "../fakes/slack-web-api.js";
import { asTyped, buttonPress, linkDemoPeople, readMessage, slackUserOf, startSlackHarness, type SlackHarness } from "../scenarios/slack-driver.js";
import { ATTACK_NOW } from "./attack-world.js";
import { describeForgedButtons, type AttackClient } from "./describe-forged-buttons.js";

/** A channel the attackers share with the bot. */
const GROUP = "C0GIAOBAN9";

/**
 * Slack users: people with a handle are linked by linkDemoPeople, others are
 * unregistered. A press is a signed block_actions payload whose button value
 * is the forged action, on the last bot message in that channel.
 */
function slackClient(h: SlackHarness): AttackClient {
  /** Posts a signed request and returns the bot messages posted or edited in the channel meanwhile. */
  async function interact(channel: string, post: () => Promise<Response>): Promise<PostedMessage[]> {
    const before = new Map(h.fake.messages(channel).map((m) => [m.ts, m.edits]));
    const response = await post();
    expect(response.status).toBe(200);
    await h.adapter.idle();
    const all = h.fake.messages(channel);
    return [...all.filter((m) => before.has(m.ts) && before.get(m.ts)! < m.edits), ...all.filter((m) => !before.has(m.ts))];
  }

  const message = (as: string, text: string) => {
    const user = slackUserOf(as);
    const channel = dmChannelOf(user);
    return interact(channel, () => h.fake.sendEvent({ type: "message", channel_type: "im", channel, user, text: asTyped(text), ts: newTs() }).then((r) => r.response));
  };

  const mention = (as: string, text: string) =>
    interact(GROUP, () => h.fake.sendEvent({ type: "app_mention", channel: GROUP, user: slackUserOf(as), text: `<@${h.fake.bot.userId}> ${asTyped(text)}`, ts: newTs() }).then((r) => r.response));

  return {
    async send(as, text) {
      const messages = await message(as, text);
      const buttons = messages.flatMap((m) => m.blocks.flatMap((b) => (b.type === "actions" ? (b.elements ?? []) : [])));
      return { texts: messages.map((m) => readMessage(m).text), buttons: buttons.map((b) => ({ label: b.text.text, action: b.value })) };
    },
    async press(as, action, where = "private") {
      const channel = where === "group" ? GROUP : dmChannelOf(slackUserOf(as));
      if (h.fake.messages(channel).length === 0) await (where === "group" ? mention(as, "trogiup") : message(as, "/trogiup"));
      const target = h.fake.messages(channel).at(-1)!;
      const button = { action_id: `${ACTION_ID_PREFIX}0`, text: { text: "…" }, value: action };
      const messages = await interact(channel, () => h.fake.sendInteraction(buttonPress(h.fake, slackUserOf(as), target, button)));
      return messages.map((m) => readMessage(m).text);
    },
  };
}

describeForgedButtons("Slack", async (db: Db) => {
  const h = await startSlackHarness(db, { clock: fixedClock(ATTACK_NOW), fake: { rate: null } });
  await linkDemoPeople(db, h.fake.teamId);
  return {
    client: slackClient(h),
    async close() {
      await h.close();
      // An attacker's payload is never a reason to log an error.
      expect(h.logs.filter((l) => JSON.parse(l).level >= 50)).toEqual([]);
    },
  };
});
