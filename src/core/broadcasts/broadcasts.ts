import type { ConversationDeps } from "../conversation/context.js";
import type { Actor } from "../access/roles.js";
import { can } from "../access/permissions.js";
import { AppError } from "../errors.js";
import { audit } from "../audit.js";
import { enqueueMessage } from "../../outbox/enqueue.js";
import { bindLanguage, languageOf } from "../../i18n/translator.js";
import { formatDateVi } from "../time/format.js";
import { visibleTitle } from "../tasks/format-task.js";
import { daysUntilDeadline } from "../tasks/task-timing.js";
import { targetFromString, targetToString, type BroadcastTarget } from "./broadcast-target.js";
import type { Db } from "../../db/connect.js";

/** Overdue tasks listed in each agency's notice; the rest are counted. */
export const TASKS_PER_NOTICE = 15;

export interface BroadcastPlan {
  id: number;
  agencies: { id: number; name: string; overdue: number; recipients: number; reachable: number }[];
}

interface AgencyRecipients {
  id: number;
  name: string;
  overdue: number;
  people: { id: number; language: string; reachable: boolean }[];
}

/** The agencies a target names, with their overdue counts and recipients (focal officers and heads). */
async function resolveRecipients(db: Db, target: BroadcastTarget, now: Date): Promise<AgencyRecipients[]> {
  const overdue = await db.task.groupBy({ by: ["agencyId"], where: { status: "open", deadline: { lt: now } }, _count: { _all: true } });
  const overdueOf = new Map(overdue.map((o) => [o.agencyId, o._count._all]));
  const where =
    target.kind === "overdue" ? { id: { in: [...overdueOf.keys()] } } : target.kind === "agencies" ? { id: { in: target.agencyIds } } : { active: true };
  const agencies = await db.agency.findMany({
    where,
    orderBy: [{ displayOrder: "asc" }, { name: "asc" }],
    select: {
      id: true, name: true,
      roles: { where: { role: { in: ["focal", "head"] } }, select: { person: { select: { id: true, language: true, identities: { select: { unreachableAt: true } } } } } },
    },
  });
  return agencies.map((a) => ({
    id: a.id,
    name: a.name,
    overdue: overdueOf.get(a.id) ?? 0,
    people: [...new Map(a.roles.map((r) => [r.person.id, r.person])).values()].map((p) => ({
      id: p.id, language: p.language, reachable: p.identities.some((i) => i.unreachableAt === null),
    })),
  }));
}

/** Drafts an urging notice (đôn đốc) and returns the preview counts; nothing is sent yet. */
export async function draftBroadcast(deps: ConversationDeps, input: { actor: Actor; target: BroadcastTarget; text: string }): Promise<BroadcastPlan> {
  if (!can(input.actor, "broadcast.send")) throw new AppError("forbidden");
  const now = deps.clock();
  const agencies = await resolveRecipients(deps.db, input.target, now);
  if (agencies.length === 0) throw new AppError("broadcast_no_agency");
  const draft = await deps.db.broadcast.create({
    data: { createdById: input.actor.personId, target: targetToString(input.target), text: input.text, status: "draft", createdAt: now },
  });
  return {
    id: draft.id,
    agencies: agencies.map((a) => ({ id: a.id, name: a.name, overdue: a.overdue, recipients: a.people.length, reachable: a.people.filter((p) => p.reachable).length })),
  };
}

/**
 * Sends a drafted notice: one outbox message per recipient, listing their own
 * agency's overdue tasks, and a recipient row per person (or per agency
 * without anyone to reach, recorded as unreachable). A second confirmation
 * sends nothing more: the draft is claimed once, and outbox keys are unique.
 * Only the inspector who drafted it confirms it: the preview was theirs.
 */
export async function sendBroadcast(deps: ConversationDeps, input: { actor: Actor; broadcastId: number }): Promise<{ recipients: number; unreachable: number }> {
  if (!can(input.actor, "broadcast.send")) throw new AppError("forbidden");
  const now = deps.clock();
  const broadcast = await deps.db.broadcast.findUnique({ where: { id: input.broadcastId } });
  if (!broadcast) throw new AppError("not_found");
  if (broadcast.createdById !== input.actor.personId) throw new AppError("forbidden");
  if (broadcast.status !== "draft") throw new AppError("broadcast_already_sent", { id: broadcast.id });
  const agencies = await resolveRecipients(deps.db, targetFromString(broadcast.target), now);
  const tasks = await deps.db.task.findMany({
    where: { status: "open", deadline: { lt: now }, agencyId: { in: agencies.map((a) => a.id) } },
    orderBy: [{ deadline: "asc" }],
    select: { id: true, code: true, title: true, confidential: true, deadline: true, agencyId: true },
  });
  let recipients = 0;
  let unreachable = 0;
  await deps.db.$transaction(async (tx) => {
    // Claimed inside the transaction: two confirmations send once, and a failure leaves the draft as it was.
    const claimed = await tx.broadcast.updateMany({ where: { id: broadcast.id, status: "draft" }, data: { status: "sent", sentAt: now } });
    if (claimed.count === 0) throw new AppError("broadcast_already_sent", { id: broadcast.id });
    for (const agency of agencies) {
      if (agency.people.length === 0) {
        await tx.broadcastRecipient.create({ data: { broadcastId: broadcast.id, agencyId: agency.id, personId: null, status: "unreachable" } });
        unreachable += 1;
        continue;
      }
      const own = tasks.filter((t) => t.agencyId === agency.id);
      for (const person of agency.people) {
        const t = bindLanguage(deps.translator, languageOf(person.language));
        const lines = own.slice(0, TASKS_PER_NOTICE).map((task) =>
          t("broadcast-task-line", { code: task.code, title: visibleTitle(task, t, 60), date: formatDateVi(task.deadline!, deps.timeZone), days: -daysUntilDeadline(task.deadline, now, deps.timeZone)! }),
        );
        if (own.length > TASKS_PER_NOTICE) lines.push(t("overdue-more", { count: own.length - TASKS_PER_NOTICE }));
        const text = [t("broadcast-notice", { id: broadcast.id, agency: agency.name, text: broadcast.text, count: own.length }), ...lines].join("\n");
        const dedupeKey = `broadcast:${broadcast.id}:${agency.id}:${person.id}`;
        await enqueueMessage(tx, {
          dedupeKey, personId: person.id, kind: "broadcast", notBefore: now, now,
          message: { text, buttons: [[{ label: t("button-acknowledge"), action: `ba:${broadcast.id}` }]] },
        });
        const row = await tx.outboxMessage.findUniqueOrThrow({ where: { dedupeKey }, select: { id: true } });
        await tx.broadcastRecipient.create({ data: { broadcastId: broadcast.id, agencyId: agency.id, personId: person.id, outboxId: row.id, status: "queued" } });
        recipients += 1;
      }
    }
    await audit(tx, { actorId: input.actor.personId, action: "broadcast.send", entity: "Broadcast", entityId: broadcast.id, after: { target: broadcast.target, recipients, unreachable }, at: now });
  }, { timeout: 60_000 });
  return { recipients, unreachable };
}

/**
 * Cancels a draft, by the inspector who drafted it.
 * @throws {AppError} `broadcast_already_sent` when it is no longer a draft
 */
export async function cancelBroadcast(deps: ConversationDeps, input: { actor: Actor; broadcastId: number }): Promise<void> {
  if (!can(input.actor, "broadcast.send")) throw new AppError("forbidden");
  const broadcast = await deps.db.broadcast.findUnique({ where: { id: input.broadcastId }, select: { createdById: true } });
  if (!broadcast) throw new AppError("not_found");
  if (broadcast.createdById !== input.actor.personId) throw new AppError("forbidden");
  const changed = await deps.db.broadcast.updateMany({ where: { id: input.broadcastId, status: "draft" }, data: { status: "cancelled" } });
  if (changed.count === 0) throw new AppError("broadcast_already_sent", { id: input.broadcastId });
}

/**
 * A recipient's "Đã nhận"; false when they had acknowledged it already.
 * @throws {AppError} `not_found` for someone the notice was not sent to
 */
export async function acknowledgeBroadcast(deps: ConversationDeps, input: { actor: Actor; broadcastId: number }): Promise<boolean> {
  const changed = await deps.db.broadcastRecipient.updateMany({
    where: { broadcastId: input.broadcastId, personId: input.actor.personId, acknowledgedAt: null },
    data: { acknowledgedAt: deps.clock(), status: "acknowledged" },
  });
  if (changed.count > 0) return true;
  const recipient = await deps.db.broadcastRecipient.findFirst({ where: { broadcastId: input.broadcastId, personId: input.actor.personId }, select: { id: true } });
  if (!recipient) throw new AppError("not_found");
  return false;
}

export interface BroadcastStatusRow {
  agency: string;
  received: { name: string; channel: string | null }[];
  acknowledged: string[];
  unreachable: string[];
  pending: string[];
}

/** `/dondoc trangthai <số>`: per agency, who received, who acknowledged, who could not be reached. */
export async function broadcastStatus(deps: ConversationDeps, input: { actor: Actor; broadcastId: number }): Promise<{ id: number; text: string; rows: BroadcastStatusRow[] }> {
  if (!can(input.actor, "broadcast.send")) throw new AppError("forbidden");
  const broadcast = await deps.db.broadcast.findUnique({
    where: { id: input.broadcastId },
    include: { recipients: { include: { agency: { select: { name: true, displayOrder: true } }, person: { select: { name: true } } }, orderBy: { id: "asc" } } },
  });
  if (!broadcast) throw new AppError("not_found");
  const byAgency = new Map<string, BroadcastStatusRow & { order: number }>();
  for (const r of broadcast.recipients) {
    const row = byAgency.get(r.agency.name) ?? { agency: r.agency.name, order: r.agency.displayOrder, received: [], acknowledged: [], unreachable: [], pending: [] };
    const name = r.person?.name ?? "—";
    if (r.status === "unreachable") row.unreachable.push(name);
    else if (r.status === "queued") row.pending.push(name);
    else row.received.push({ name, channel: r.channel });
    if (r.acknowledgedAt) row.acknowledged.push(name);
    byAgency.set(r.agency.name, row);
  }
  const rows = [...byAgency.values()].sort((a, b) => a.order - b.order).map(({ order: _order, ...row }) => row);
  return { id: broadcast.id, text: broadcast.text, rows };
}
