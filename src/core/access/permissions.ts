import type { Actor, Role } from "./roles.js";

/**
 * What a person may do. The table test (test/core/access) covers every role
 * × action × own/other agency.
 *
 * | role | can |
 * |---|---|
 * | focal, head | read and update their own agency's tasks |
 * | leader | read everything (narrowed to agencies in charge when set); decide extensions |
 * | inspector | read everything; broadcast urging notices; correct completion dates |
 * | admin | everything, including invites |
 * | any registered person | the stats, as in the report, which goes to every agency |
 */
export type Action =
  | "stats.read"
  | "task.read"
  | "task.update"
  | "task.backdate"
  | "extension.request"
  | "extension.decide"
  | "overdue.read"
  | "broadcast.send"
  | "report.read"
  | "invite.create";

export const ACTIONS: readonly Action[] = [
  "stats.read", "task.read", "task.update", "task.backdate", "extension.request",
  "extension.decide", "overdue.read", "broadcast.send", "report.read", "invite.create",
];

/** Actions a role may take on any agency (within a leader's scope). */
const GLOBAL: Record<Role, readonly Action[]> = {
  focal: ["stats.read"],
  head: ["stats.read"],
  leader: ["stats.read", "task.read", "extension.decide", "overdue.read", "report.read"],
  inspector: ["stats.read", "task.read", "task.backdate", "overdue.read", "broadcast.send", "report.read"],
  admin: ACTIONS,
};

/** Actions a focal officer or head may take on their own agency's tasks. */
const OWN_AGENCY: readonly Action[] = ["task.read", "task.update", "extension.request"];

/**
 * True when the actor may take the action, on a task of `agencyId` when one
 * is given. Actions that concern an agency (task.*, extension.*) need it.
 */
export function can(actor: Actor, action: Action, agencyId?: number): boolean {
  return actor.roles.some((grant) => {
    if ((grant.role === "focal" || grant.role === "head") && OWN_AGENCY.includes(action)) {
      return agencyId !== undefined && grant.agencyId === agencyId;
    }
    if (!GLOBAL[grant.role].includes(action)) return false;
    if (grant.role === "leader" && agencyId !== undefined) return inLeaderScope(actor, agencyId);
    return true;
  });
}

/**
 * A leader with agency grants is in charge of those agencies only; a leader
 * grant without an agency covers all of them.
 */
export function inLeaderScope(actor: Actor, agencyId: number): boolean {
  const grants = actor.roles.filter((g) => g.role === "leader");
  return grants.some((g) => g.agencyId === null || g.agencyId === agencyId);
}

/** The agencies whose tasks the actor may read: "all", or a list. */
export function readableAgencies(actor: Actor): "all" | number[] {
  if (actor.roles.some((g) => g.role === "admin" || g.role === "inspector")) return "all";
  const leader = actor.roles.filter((g) => g.role === "leader");
  if (leader.some((g) => g.agencyId === null)) return "all";
  const ids = new Set<number>();
  for (const g of actor.roles) if (g.agencyId !== null && g.role !== "admin") ids.add(g.agencyId);
  return [...ids];
}

/** The agencies the actor acts for as focal officer or head. */
export function ownAgencies(actor: Actor): number[] {
  return [...new Set(actor.roles.filter((g) => (g.role === "focal" || g.role === "head") && g.agencyId !== null).map((g) => g.agencyId!))];
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((g) => roles.includes(g.role));
}
