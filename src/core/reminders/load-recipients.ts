import type { Db } from "../../db/connect.js";
import { buildRecipientDirectory, type RecipientDirectory } from "./recipients.js";

/**
 * Reads every role grant that can receive reminders and their people, with
 * whether each person has any chat identity: two queries, whatever the size.
 */
export async function loadRecipientDirectory(db: Db): Promise<RecipientDirectory> {
  const grants = await db.roleGrant.findMany({
    where: { role: { in: ["focal", "head", "leader", "inspector"] } },
    select: { personId: true, role: true, agencyId: true },
  });
  const ids = [...new Set(grants.map((g) => g.personId))];
  const persons =
    ids.length === 0
      ? []
      : await db.person.findMany({
          where: { id: { in: ids } },
          select: { id: true, name: true, handle: true, language: true, _count: { select: { identities: true } } },
        });
  return buildRecipientDirectory(
    grants,
    persons.map((p) => ({ id: p.id, name: p.name, handle: p.handle, language: p.language, reachable: p._count.identities > 0 })),
  );
}
