import type { Db } from "../../db/connect.js";
import { isRole, type Actor } from "../access/roles.js";
import type { Platform } from "./types.js";

interface ActorRow {
  personId: number | bigint;
  name: string;
  language: string;
  role: string | null;
  agencyId: number | bigint | null;
}

/**
 * The registered person behind a chat identity, or null. One joined query:
 * it runs for every incoming message.
 */
export async function findActor(db: Db, platform: Platform, userId: string): Promise<Actor | null> {
  const rows = await db.$queryRaw<ActorRow[]>`
    SELECT p."id" AS "personId", p."name" AS "name", p."language" AS "language", r."role" AS "role", r."agencyId" AS "agencyId"
    FROM "ChatIdentity" i
    JOIN "Person" p ON p."id" = i."personId"
    LEFT JOIN "RoleGrant" r ON r."personId" = p."id"
    WHERE i."platform" = ${platform} AND i."externalUserId" = ${userId}`;
  const first = rows[0];
  if (!first) return null;
  return {
    personId: Number(first.personId),
    name: first.name,
    language: first.language === "en" ? "en" : "vi",
    roles: rows.flatMap((r) => (r.role !== null && isRole(r.role) ? [{ role: r.role, agencyId: r.agencyId === null ? null : Number(r.agencyId) }] : [])),
  };
}
