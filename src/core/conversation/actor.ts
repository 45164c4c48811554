import type { Db } from "../../db/connect.js";
import { isRole, type Actor } from "../access/roles.js";
import type { Platform } from "./types.js";

/** The registered person behind a chat identity, or null. */
export async function findActor(db: Db, platform: Platform, userId: string): Promise<Actor | null> {
  const identity = await db.chatIdentity.findUnique({
    where: { platform_externalUserId: { platform, externalUserId: userId } },
    include: { person: { include: { roles: true } } },
  });
  if (!identity) return null;
  return toActor(identity.person);
}

export async function loadActor(db: Db, personId: number): Promise<Actor | null> {
  const person = await db.person.findUnique({ where: { id: personId }, include: { roles: true } });
  return person ? toActor(person) : null;
}

function toActor(person: { id: number; name: string; language: string; roles: { role: string; agencyId: number | null }[] }): Actor {
  return {
    personId: person.id,
    name: person.name,
    language: person.language === "en" ? "en" : "vi",
    roles: person.roles.flatMap((r) => (isRole(r.role) ? [{ role: r.role, agencyId: r.agencyId }] : [])),
  };
}
