import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { fixedClock } from "../../src/core/clock.js";
import { createTranslator } from "../../src/i18n/translator.js";
import type { Db } from "../../src/db/connect.js";
import type { ConversationDeps } from "../../src/core/conversation/context.js";
import { ATTACK_NOW, buildAttackWorld, snapshot, type AttackWorld } from "./attack-world.js";
import { FORGED_PRESSES } from "./forged-payloads.js";

export const translator = createTranslator();
const vi = (key: string, args?: Record<string, string | number>) => translator.t("vi", key, args);

/** A person's chat app, as an attacker uses it: they type, and they press buttons carrying whatever they like. */
export interface AttackClient {
  /** Sends a text in the person's private chat; returns the bot's answers and the buttons on them. */
  send(as: string, text: string): Promise<{ texts: string[]; buttons: { label: string; action: string }[] }>;
  /**
   * Presses a button carrying `action` on the last bot message the person
   * got in that chat (their private chat, or a group), and returns the texts
   * the bot sent or edited there meanwhile.
   */
  press(as: string, action: string, where?: "private" | "group"): Promise<string[]>;
}

/**
 * Runs every forged payload of FORGED_PRESSES through one platform's real
 * adapter, on a fresh database per provider, then the legitimate presses
 * that must take effect exactly once. `open` starts the adapter and its fake
 * platform server and returns the client.
 */
export function describeForgedButtons(platform: string, open: (db: Db, deps: ConversationDeps) => Promise<{ client: AttackClient; close(): Promise<void> }>): void {
  describe.each(providers)(`forged buttons on ${platform} (%s)`, (provider) => {
    let tdb: TestDatabase;
    let world: AttackWorld;
    let client: AttackClient;
    let close: () => Promise<void>;

    beforeAll(async () => {
      tdb = await createTestDatabase(provider);
      const deps: ConversationDeps = { ...testDeps(tdb.db, fixedClock(ATTACK_NOW)), translator, defaultLanguage: "vi" };
      world = await buildAttackWorld(tdb.db, deps);
      ({ client, close } = await open(tdb.db, deps));
    });
    afterAll(async () => {
      await close?.();
      await tdb?.destroy();
    });

    describe(`${FORGED_PRESSES.length} forged payloads, all refused`, () => {
      it.each(FORGED_PRESSES.map((p) => [p.name, p] as const))("%s", async (_name, press) => {
        if (press.before) await client.send(press.as, press.before);
        const before = await snapshot(tdb.db);
        const texts = await client.press(press.as, press.action(world), press.where);
        const [key, args] = press.expect(world);
        expect(texts).toEqual([vi(key, args)]);
        expect(await snapshot(tdb.db)).toBe(before);
      });
    });

    it("a confirmation pressed twice completes the task once", async () => {
      const { code, id } = world.tasks.confirmTwice;
      const asked = await client.send("focal-SYT", `/capnhat ${code} đã hoàn thành`);
      const confirm = asked.buttons.find((b) => b.label === vi("button-confirm-done"))!;
      expect(confirm.action).toMatch(new RegExp(`^cf:${id}:\\d+$`));
      expect(await client.press("focal-SYT", confirm.action)).toEqual([vi("done-confirmed", { code, at: "20/06/2019 09:00" })]);
      const once = await snapshot(tdb.db);
      expect(await client.press("focal-SYT", confirm.action)).toEqual([vi("done-already", { code, at: "20/06/2019 09:00" })]);
      expect(await snapshot(tdb.db)).toBe(once);
      expect(await tdb.db.progressUpdate.count({ where: { taskId: id, kind: "completion" } })).toBe(1);
      expect(await tdb.db.auditLog.count({ where: { action: "task.complete", entityId: String(id) } })).toBe(1);
    });

    it("an approval pressed twice moves the deadline once and tells the requester once", async () => {
      const id = world.extensions.twice;
      const { code } = world.tasks.approveTwice;
      expect(await client.press("leader-SYT", `xa:${id}`)).toEqual([vi("extension-approved", { id, code, date: "30/08/2019" })]);
      const once = await snapshot(tdb.db);
      expect(await client.press("leader-SYT", `xa:${id}`)).toEqual([vi("error-extension_decided", { id })]);
      expect(await client.press("leader-SYT", `xr:${id}`)).toEqual([vi("error-extension_decided", { id })]);
      expect(await snapshot(tdb.db)).toBe(once);
      expect(await tdb.db.outboxMessage.count({ where: { dedupeKey: `extension-result:${id}` } })).toBe(1);
    });

    it("a notice confirmed twice is sent once", async () => {
      const preview = await client.send("inspector", "/dondoc Sở Y tế: Đề nghị cập nhật tiến độ trước 25/6");
      const send = preview.buttons.find((b) => b.label === vi("button-send"))!;
      const id = Number(/^bc:(\d+)$/.exec(send.action)![1]);
      expect(await client.press("inspector", send.action)).toEqual([vi("broadcast-sent", { id, recipients: 2, unreachable: 0 })]);
      const once = await snapshot(tdb.db);
      expect(await client.press("inspector", send.action)).toEqual([vi("error-broadcast_already_sent", { id })]);
      expect(await snapshot(tdb.db)).toBe(once);
      expect(await tdb.db.broadcastRecipient.count({ where: { broadcastId: id } })).toBe(2);
    });

    it("a button shown while the officer could act is refused once their rights are gone", async () => {
      const { code, id } = world.tasks.revoked;
      const asked = await client.send("focal-SYT", `/capnhat ${code} đã hoàn thành`);
      const confirm = asked.buttons.find((b) => b.label === vi("button-confirm-done"))!;
      const person = await tdb.db.person.findUniqueOrThrow({ where: { handle: "focal-SYT" } });
      // Moved to Sở Tài chính after the button was shown.
      await tdb.db.roleGrant.updateMany({ where: { personId: person.id }, data: { agencyId: world.agencies.stc } });
      try {
        const before = await snapshot(tdb.db);
        expect(await client.press("focal-SYT", confirm.action)).toEqual([vi("error-not_found")]);
        expect(await snapshot(tdb.db)).toBe(before);
        expect((await tdb.db.task.findUniqueOrThrow({ where: { id } })).status).toBe("open");
      } finally {
        await tdb.db.roleGrant.updateMany({ where: { personId: person.id }, data: { agencyId: world.agencies.syt } });
      }
    });
  });
}
