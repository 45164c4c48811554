import type { CoreDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { audit } from "../audit.js";
import type { Role } from "../access/roles.js";
import type { Platform } from "../conversation/types.js";
import { generateInviteCode, hashInviteCode } from "./invite-code.js";
import { clearFailures, recordFailure, throttleWait } from "./throttle.js";

export interface CreateInviteInput {
  role: Role;
  /** Required for focal and head; for a leader, the agency they are in charge of. */
  agencyId?: number;
  /** Link to this existing person (another chat app of the same person). */
  personId?: number;
  expiresInMs: number;
  note?: string;
  createdBy: string;
}

/** Creates a single-use invite; returns the code, which is shown once and never stored. */
export async function createInvite(deps: CoreDeps, input: CreateInviteInput): Promise<{ code: string; expiresAt: Date }> {
  if ((input.role === "focal" || input.role === "head") && input.agencyId === undefined) {
    throw new AppError("invalid_input", { reason: "agency" });
  }
  const now = deps.clock();
  const code = generateInviteCode();
  const expiresAt = new Date(now.getTime() + input.expiresInMs);
  const invite = await deps.db.inviteCode.create({
    data: { codeHash: hashInviteCode(code), role: input.role, agencyId: input.agencyId ?? null, personId: input.personId ?? null, note: input.note ?? null, expiresAt, createdAt: now },
  });
  await audit(deps.db, { actorLabel: input.createdBy, action: "invite.create", entity: "InviteCode", entityId: invite.id, after: { role: input.role, agencyId: input.agencyId, expiresAt }, at: now });
  return { code, expiresAt };
}

export interface RedeemInput {
  platform: Platform;
  userId: string;
  chatId: string;
  displayName?: string;
  code: string;
}

export interface RedeemResult {
  personId: number;
  role: Role;
  agencyName: string | null;
  /** The chat identity was new (not a second role for a registered user). */
  linked: boolean;
}

/**
 * Links a chat identity to a person and grants the invite's role. Codes work
 * once (a guarded update claims them) and expire. Wrong codes are counted per
 * chat user; after MAX_FAILURES in a window the user must wait.
 */
export async function redeemInvite(deps: CoreDeps, input: RedeemInput): Promise<RedeemResult> {
  const now = deps.clock();
  const subject = `invite:${input.platform}:${input.userId}`;
  const wait = await throttleWait(deps.db, subject, now);
  if (wait > 0) throw new AppError("too_many_attempts", { minutes: wait });
  const invite = await deps.db.inviteCode.findUnique({ where: { codeHash: hashInviteCode(input.code) }, include: { agency: true } });
  if (!invite || invite.usedAt !== null || invite.expiresAt.getTime() <= now.getTime()) {
    await recordFailure(deps.db, subject, now);
    throw new AppError("invalid_invite");
  }
  const result = await deps.db.$transaction(async (tx) => {
    const claimed = await tx.inviteCode.updateMany({ where: { id: invite.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count === 0) throw new AppError("invalid_invite");
    const existing = await tx.chatIdentity.findUnique({ where: { platform_externalUserId: { platform: input.platform, externalUserId: input.userId } } });
    let personId = existing?.personId ?? invite.personId ?? null;
    if (personId === null) {
      const person = await tx.person.create({ data: { name: input.displayName?.trim() || `${input.platform}:${input.userId}`, createdAt: now } });
      personId = person.id;
    }
    if (!existing) {
      await tx.chatIdentity.create({
        data: { personId, platform: input.platform, externalUserId: input.userId, chatId: input.chatId, displayName: input.displayName ?? null, lastSeenAt: now, createdAt: now },
      });
    }
    const hasRole = await tx.roleGrant.findFirst({ where: { personId, role: invite.role, agencyId: invite.agencyId } });
    if (!hasRole) await tx.roleGrant.create({ data: { personId, role: invite.role, agencyId: invite.agencyId, createdAt: now } });
    await tx.inviteCode.update({ where: { id: invite.id }, data: { usedByPersonId: personId } });
    await audit(tx, { actorId: personId, action: "invite.redeem", entity: "Person", entityId: personId, after: { role: invite.role, agencyId: invite.agencyId, platform: input.platform }, at: now });
    return { personId, role: invite.role as Role, agencyName: invite.agency?.name ?? null, linked: !existing };
  });
  await clearFailures(deps.db, subject);
  return result;
}
