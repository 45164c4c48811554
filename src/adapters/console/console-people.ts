import type { Db } from "../../db/connect.js";
import { createNameMatcher } from "../../core/text/match-name.js";

export interface ConsolePerson {
  userId: string;
  name: string;
  roles: string;
}

/** People who have a console identity (the demo people), with a readable role summary. */
export async function listConsolePeople(db: Db): Promise<ConsolePerson[]> {
  const identities = await db.chatIdentity.findMany({
    where: { platform: "console" },
    include: { person: { include: { roles: { include: { agency: true } } } } },
    orderBy: { id: "asc" },
  });
  return identities.map((i) => ({
    userId: i.externalUserId,
    name: i.person.name,
    roles: i.person.roles.map((r) => (r.agency ? `${r.role} ${r.agency.name}` : r.role)).join(", "),
  }));
}

/**
 * Finds a console person by handle ("focal-SYT", "leader"), name, role or
 * agency ("Sở Y tế" finds its focal officer).
 */
export function findConsolePerson(people: ConsolePerson[], query: string): ConsolePerson | null {
  const exact = people.find((p) => p.userId.toLowerCase() === query.toLowerCase());
  if (exact) return exact;
  const matcher = createNameMatcher(people, (p) => [p.userId, p.name, p.roles]);
  const result = matcher.match(query);
  if (result.kind === "exact") return result.item;
  if (result.kind === "ambiguous") {
    // "Sở Y tế" matches its focal officer and its head: the focal officer is who reminders go to.
    return result.candidates.find((p) => p.userId.startsWith("focal-")) ?? null;
  }
  return null;
}
