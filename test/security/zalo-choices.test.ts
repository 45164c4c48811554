import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { testDeps } from "../helpers/test-deps.js";
import { fixedClock } from "../../src/core/clock.js";
import { createTranslator } from "../../src/i18n/translator.js";
import type { ConversationDeps } from "../../src/core/conversation/context.js";
import { createZaloDriver, startZaloHarness, type ZaloHarness } from "../scenarios/zalo-driver.js";
import type { ChatDriver } from "../scenarios/driver.js";
import { ATTACK_NOW, buildAttackWorld, snapshot, type AttackWorld } from "./attack-world.js";

const translator = createTranslator();
const vi = (key: string, args?: Record<string, string | number>) => translator.t("vi", key, args);

/**
 * Zalo has no buttons: a typed number stands for the stored choice of that
 * chat's last prompt. The choice was stored when the bot could offer it; the
 * number may come a day later, when the task or the person's rights changed.
 */
describe.each(providers)("typed choices on Zalo (%s)", (provider) => {
  let tdb: TestDatabase;
  let world: AttackWorld;
  let harness: ZaloHarness;
  let chat: ChatDriver;

  beforeAll(async () => {
    tdb = await createTestDatabase(provider);
    const deps: ConversationDeps = { ...testDeps(tdb.db, fixedClock(ATTACK_NOW)), translator, defaultLanguage: "vi" };
    world = await buildAttackWorld(tdb.db, deps);
    harness = await startZaloHarness(tdb.db, { clock: deps.clock });
    chat = createZaloDriver({ harness, db: tdb.db });
  });
  afterAll(async () => {
    await harness?.close();
    await tdb?.destroy();
  });

  it("checks the person's rights when the number is typed, not when the choice was offered", async () => {
    const { code, id } = world.tasks.revoked;
    const asked = await chat.send("focal-SYT", `/capnhat ${code} đã hoàn thành`);
    expect(asked.buttons).toEqual([vi("button-confirm-done"), vi("button-not-yet")]);
    const person = await tdb.db.person.findUniqueOrThrow({ where: { handle: "focal-SYT" } });
    await tdb.db.roleGrant.updateMany({ where: { personId: person.id }, data: { agencyId: world.agencies.stc } });
    try {
      const before = await snapshot(tdb.db);
      expect((await chat.press("focal-SYT", /Xác nhận/)).text).toBe(vi("error-not_found"));
      expect(await snapshot(tdb.db)).toBe(before);
      expect((await tdb.db.task.findUniqueOrThrow({ where: { id } })).status).toBe("open");
    } finally {
      await tdb.db.roleGrant.updateMany({ where: { personId: person.id }, data: { agencyId: world.agencies.syt } });
    }
  });

  it("answers a choice about a task completed since, and changes nothing", async () => {
    const { code } = world.tasks.confirmTwice;
    await chat.send("focal-SYT", `/capnhat ${code} đã hoàn thành`);
    // Completed by command; the confirmation's choices are still the chat's last ones.
    expect((await chat.send("focal-SYT", `/hoanthanh ${code}`)).text).toBe(vi("done-confirmed", { code, at: "20/06/2019 09:00" }));
    const before = await snapshot(tdb.db);
    expect((await chat.send("focal-SYT", "2")).text).toBe(vi("error-task_not_open", { code }));
    expect((await chat.send("focal-SYT", "1")).text).toBe(vi("done-already", { code, at: "20/06/2019 09:00" }));
    expect(await snapshot(tdb.db)).toBe(before);
  });

  it("reads a number that is no choice as text, never as a press", async () => {
    const { code, id } = world.tasks.target;
    expect((await chat.send("focal-SYT", `/capnhat ${code} đã hoàn thành`)).buttons).toHaveLength(2);
    for (const typed of ["0", "3", "99", "-1", "１", "1.", "+1"]) {
      const answer = await chat.send("focal-SYT", typed);
      // Free text in a private chat: the officer's open tasks are offered for it.
      expect(answer.text).toBe(vi("free-text-pick-task"));
      expect((await tdb.db.task.findUniqueOrThrow({ where: { id } })).status).toBe("open");
      // Back to the confirmation prompt, whose choices the next number could press.
      await chat.send("focal-SYT", `/capnhat ${code} đã hoàn thành`);
    }
  });
});
