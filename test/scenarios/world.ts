import type { Db } from "../../src/db/connect.js";
import type { CoreDeps } from "../../src/core/deps.js";
import { createInvite } from "../../src/core/registration/invites.js";
import type { ScenarioWorld } from "./conversations.js";

/** The database side of the scenarios. */
export function createWorld(deps: CoreDeps): ScenarioWorld {
  const db: Db = deps.db;
  return {
    async invite(role, agencyCode) {
      const agency = agencyCode ? await db.agency.findUniqueOrThrow({ where: { code: agencyCode } }) : null;
      return (await createInvite(deps, { role, agencyId: agency?.id, expiresInMs: 86_400_000, createdBy: "test" })).code;
    },
    async task(code) {
      const t = await db.task.findUniqueOrThrow({ where: { code }, include: { progressUpdates: { orderBy: { id: "asc" } } } });
      return { status: t.status, deadline: t.deadline, originalDeadline: t.originalDeadline, progressPercent: t.progressPercent, updates: t.progressUpdates.map((u) => u.text) };
    },
    async otherAgencyTask() {
      const t = await db.task.findFirstOrThrow({ where: { status: "open", agency: { code: "STC" } }, orderBy: { code: "asc" } });
      return t.code;
    },
    async copyTask(code, newCode) {
      const { id: _id, createdAt: _created, updatedAt: _updated, ...data } = await db.task.findUniqueOrThrow({ where: { code } });
      await db.task.create({ data: { ...data, code: newCode, status: "open", completedAt: null, progressPercent: 0 } });
    },
  };
}
