import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providers, type TestDatabase } from "../helpers/test-database.js";
import { PROCESSED_UPDATE_RETENTION_MS, pruneHousekeeping } from "../../src/scheduler/housekeeping.js";

describe.each(providers)("housekeeping (%s)", (provider) => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase(provider);
  });
  afterAll(() => tdb.destroy());

  it("forgets update ids past the retention and expired sessions, and keeps the rest", async () => {
    const now = new Date("2026-12-01T08:00:00Z");
    const at = (ms: number) => new Date(now.getTime() - ms);
    await tdb.db.processedUpdate.createMany({
      data: [
        { platform: "telegram", updateId: "old", processedAt: at(PROCESSED_UPDATE_RETENTION_MS + 1) },
        { platform: "telegram", updateId: "edge", processedAt: at(PROCESSED_UPDATE_RETENTION_MS) },
        { platform: "slack", updateId: "recent", processedAt: at(60_000) },
      ],
    });
    await tdb.db.chatSession.createMany({
      data: [
        { key: "expired", data: "{}", expiresAt: at(1), updatedAt: at(1_800_000) },
        { key: "now", data: "{}", expiresAt: now, updatedAt: at(1_800_000) },
        { key: "pending", data: "{}", expiresAt: new Date(now.getTime() + 60_000), updatedAt: now },
      ],
    });

    expect(await pruneHousekeeping(tdb.db, now)).toEqual({ processedUpdates: 1, sessions: 2 });
    expect((await tdb.db.processedUpdate.findMany({ orderBy: { updateId: "asc" } })).map((r) => r.updateId)).toEqual(["edge", "recent"]);
    expect((await tdb.db.chatSession.findMany()).map((r) => r.key)).toEqual(["pending"]);
    // A second pass finds nothing more.
    expect(await pruneHousekeeping(tdb.db, now)).toEqual({ processedUpdates: 0, sessions: 0 });
  });
});
