import type { ConversationDeps } from "../conversation/context.js";
import type { Actor } from "../access/roles.js";
import { can } from "../access/permissions.js";
import { AppError } from "../errors.js";
import { audit } from "../audit.js";
import { endOfLocalDay, localDateOf } from "../time/zone.js";
import { formatDateVi } from "../time/format.js";
import type { LocalDate } from "../time/local-date.js";
import { enqueueMessage } from "../../outbox/enqueue.js";
import { bindLanguage, languageOf } from "../../i18n/translator.js";
import type { TaskView } from "./find-task.js";
import { extensionDeciders } from "./recipients.js";
import { visibleTitle } from "./format-task.js";

export interface RequestExtensionInput {
  actor: Actor;
  task: TaskView;
  date: LocalDate;
  reason: string;
}

/**
 * Opens an extension request (xin gia hạn) and notifies, through the outbox,
 * the leaders in charge of the agency (or the inspectors when none is set),
 * with Approve and Reject buttons.
 */
export async function requestExtension(deps: ConversationDeps, input: RequestExtensionInput): Promise<{ id: number; deciders: number }> {
  const { actor, task } = input;
  if (!can(actor, "extension.request", task.agencyId)) throw new AppError("forbidden");
  if (task.status !== "open") throw new AppError("task_not_open", { code: task.code });
  const now = deps.clock();
  const requested = endOfLocalDay(input.date, deps.timeZone);
  const floor = task.deadline && task.deadline > now ? task.deadline : now;
  if (requested.getTime() <= floor.getTime()) {
    throw new AppError("extension_date_too_early", { date: formatDateVi(input.date, deps.timeZone), after: formatDateVi(floor, deps.timeZone) });
  }
  if (input.reason.trim() === "") throw new AppError("extension_reason_missing");
  return deps.db.$transaction(async (tx) => {
    const pending = await tx.extensionRequest.findFirst({ where: { taskId: task.id, status: "pending" }, select: { id: true } });
    if (pending) throw new AppError("extension_pending", { id: pending.id, code: task.code });
    const request = await tx.extensionRequest.create({
      data: { taskId: task.id, requestedById: actor.personId, requestedDeadline: requested, reason: input.reason.trim(), previousDeadline: task.deadline, createdAt: now },
    });
    await audit(tx, { actorId: actor.personId, action: "extension.request", entity: "ExtensionRequest", entityId: request.id, after: { taskId: task.id, date: input.date, reason: input.reason }, at: now });
    const deciders = await extensionDeciders(tx, task.agencyId);
    const people = await tx.person.findMany({ where: { id: { in: deciders } }, select: { id: true, language: true } });
    for (const person of people) {
      const t = bindLanguage(deps.translator, languageOf(person.language));
      await enqueueMessage(tx, {
        dedupeKey: `extension:${request.id}:${person.id}`,
        personId: person.id,
        kind: "extension",
        taskId: task.id,
        notBefore: now,
        now,
        message: {
          taskId: task.id,
          text: t("extension-request-notice", {
            id: request.id, code: task.code, title: visibleTitle(task, t), agency: task.agency.name, requester: actor.name,
            from: task.deadline ? formatDateVi(task.deadline, deps.timeZone) : t("task-no-deadline"),
            to: formatDateVi(input.date, deps.timeZone), reason: input.reason.trim(),
          }),
          buttons: [[{ label: t("button-approve"), action: `xa:${request.id}` }, { label: t("button-reject"), action: `xr:${request.id}` }]],
        },
      });
    }
    return { id: request.id, deciders: people.length };
  });
}

export interface DecideExtensionInput {
  actor: Actor;
  requestId: number;
  approve: boolean;
  note: string;
}

export interface DecideExtensionResult {
  code: string;
  newDeadline: Date;
  approved: boolean;
}

/**
 * Approves or rejects a pending request. Approval moves the task's deadline
 * and keeps the first one in `originalDeadline`. The requester is told
 * through the outbox. A request decided already answers `extension_decided`.
 */
export async function decideExtension(deps: ConversationDeps, input: DecideExtensionInput): Promise<DecideExtensionResult> {
  const { actor } = input;
  const now = deps.clock();
  return deps.db.$transaction(async (tx) => {
    const request = await tx.extensionRequest.findUnique({
      where: { id: input.requestId },
      include: { task: { select: { id: true, code: true, title: true, confidential: true, agencyId: true, deadline: true, originalDeadline: true } }, requestedBy: { select: { id: true, language: true } } },
    });
    if (!request) throw new AppError("extension_not_found", { id: input.requestId });
    if (!can(actor, "extension.decide", request.task.agencyId)) throw new AppError("forbidden");
    const status = input.approve ? "approved" : "rejected";
    const changed = await tx.extensionRequest.updateMany({
      where: { id: request.id, status: "pending" },
      data: { status, decidedById: actor.personId, decidedAt: now, decisionNote: input.note || null },
    });
    if (changed.count === 0) throw new AppError("extension_decided", { id: request.id, status: request.status });
    if (input.approve) {
      await tx.task.update({
        where: { id: request.task.id },
        data: { deadline: request.requestedDeadline, originalDeadline: request.task.originalDeadline ?? request.task.deadline, lastUpdateAt: now },
      });
    }
    await audit(tx, {
      actorId: actor.personId, action: `extension.${status}`, entity: "ExtensionRequest", entityId: request.id,
      before: { deadline: request.task.deadline }, after: { deadline: input.approve ? request.requestedDeadline : request.task.deadline, note: input.note }, at: now,
    });
    if (request.requestedBy) {
      const t = bindLanguage(deps.translator, languageOf(request.requestedBy.language));
      await enqueueMessage(tx, {
        dedupeKey: `extension-result:${request.id}`,
        personId: request.requestedBy.id,
        kind: "extension",
        taskId: request.task.id,
        notBefore: now,
        now,
        message: {
          taskId: request.task.id,
          text: t(input.approve ? "extension-approved-notice" : "extension-rejected-notice", {
            id: request.id, code: request.task.code, title: visibleTitle(request.task, t),
            date: formatDateVi(localDateOf(request.requestedDeadline, deps.timeZone), deps.timeZone),
            decider: actor.name, note: input.note || "—",
          }),
        },
      });
    }
    return { code: request.task.code, newDeadline: request.requestedDeadline, approved: input.approve };
  });
}
