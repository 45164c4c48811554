import type { Db } from "../../db/connect.js";

/**
 * Who decides an agency's extension requests: the leaders in charge of it,
 * or the inspectors when no leader is set for it.
 */
export async function extensionDeciders(db: Pick<Db, "roleGrant">, agencyId: number): Promise<number[]> {
  const inCharge = await db.roleGrant.findMany({ where: { role: "leader", agencyId }, select: { personId: true } });
  if (inCharge.length > 0) return unique(inCharge.map((g) => g.personId));
  const inspectors = await db.roleGrant.findMany({ where: { role: "inspector" }, select: { personId: true } });
  return unique(inspectors.map((g) => g.personId));
}

function unique(ids: number[]): number[] {
  return [...new Set(ids)];
}
