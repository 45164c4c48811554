import type { Db } from "../../src/db/connect.js";
import type { ConversationDeps } from "../../src/core/conversation/context.js";
import type { Role } from "../../src/core/access/roles.js";
import { findActor } from "../../src/core/conversation/actor.js";
import { consoleChatId } from "../../src/adapters/console/console-chat-id.js";
import { requestExtension, decideExtension } from "../../src/core/tasks/extensions.js";
import { recordProgress } from "../../src/core/tasks/record-progress.js";
import { draftBroadcast, sendBroadcast } from "../../src/core/broadcasts/broadcasts.js";
import { TASK_VIEW } from "../../src/core/tasks/find-task.js";

/** The instant the attacks happen: a working day, inside a send window. */
export const ATTACK_NOW = new Date("2019-06-20T09:00:00+07:00");

/**
 * Who attacks. Sở Y tế (SYT) owns the tasks under attack; Sở Tài chính (STC)
 * is another agency. "leader" reads every agency, "leader-SYT" is in charge
 * of SYT (its extensions go to them), "leader-STC" only of STC. "inspector"
 * drafts the urging notices, "inspector-2" is another inspector. "stranger"
 * never registered.
 */
const PEOPLE: { handle: string; name: string; roles: { role: Role; agency?: "SYT" | "STC" }[] }[] = [
  { handle: "focal-SYT", name: "Nguyễn Thị Lan", roles: [{ role: "focal", agency: "SYT" }] },
  { handle: "head-SYT", name: "Trần Văn Hùng", roles: [{ role: "head", agency: "SYT" }] },
  { handle: "focal-STC", name: "Lê Minh Quân", roles: [{ role: "focal", agency: "STC" }] },
  { handle: "leader", name: "Phạm Quang Sơn", roles: [{ role: "leader" }] },
  { handle: "leader-SYT", name: "Hoàng Thị Mai", roles: [{ role: "leader", agency: "SYT" }] },
  { handle: "leader-STC", name: "Võ Đức Long", roles: [{ role: "leader", agency: "STC" }] },
  { handle: "inspector", name: "Đặng Thu Hà", roles: [{ role: "inspector" }] },
  { handle: "inspector-2", name: "Bùi Công Vinh", roles: [{ role: "inspector" }] },
];

/** The records the forged payloads aim at. */
export interface AttackWorld {
  agencies: { syt: number; stc: number };
  tasks: {
    /** An open SYT task: the main target. */
    target: { id: number; code: string };
    /** Open SYT tasks for the legitimate double presses and the revoked-rights press. */
    confirmTwice: { id: number; code: string };
    approveTwice: { id: number; code: string };
    revoked: { id: number; code: string };
    /** A SYT task completed on 10/06/2019 10:00. */
    done: { id: number; code: string };
    /** An open STC task. */
    foreign: { id: number; code: string };
    /** The id of a task that was deleted. */
    deleted: number;
  };
  /** Progress updates of the target and of the foreign task. */
  updates: { target: number; foreign: number };
  /** Extension requests: pending (leader-SYT decides), already approved, and one for the double press. */
  extensions: { pending: number; decided: number; twice: number };
  /** Urging notices by "inspector": a draft, and one sent to SYT's focal officer and head. */
  broadcasts: { draft: number; sent: number };
}

/**
 * Builds the small world of the attacks on an empty, migrated database:
 * two agencies, the people above with console identities, a few tasks and
 * the extension requests and notices, all made through the core itself.
 */
export async function buildAttackWorld(db: Db, deps: ConversationDeps): Promise<AttackWorld> {
  const syt = await db.agency.create({ data: { code: "SYT", name: "Sở Y tế", aliases: "SYT", kind: "department", displayOrder: 1 } });
  const stc = await db.agency.create({ data: { code: "STC", name: "Sở Tài chính", aliases: "STC", kind: "department", displayOrder: 2 } });
  const agencyOf = { SYT: syt.id, STC: stc.id };
  for (const p of PEOPLE) {
    const person = await db.person.create({ data: { name: p.name, handle: p.handle, language: "vi" } });
    for (const r of p.roles) await db.roleGrant.create({ data: { personId: person.id, role: r.role, agencyId: r.agency ? agencyOf[r.agency] : null } });
    await db.chatIdentity.create({ data: { personId: person.id, platform: "console", externalUserId: p.handle, chatId: consoleChatId(p.handle), displayName: p.name } });
  }
  let n = 0;
  const task = async (agencyId: number, over: { deadline?: string; status?: string; completedAt?: string } = {}) => {
    n += 1;
    const row = await db.task.create({
      data: {
        code: `NV-2019-${String(9000 + n)}`,
        title: `Nhiệm vụ thử số ${n}`,
        agencyId,
        assignedAt: new Date("2019-03-01T08:00:00+07:00"),
        deadline: new Date(`${over.deadline ?? "2019-07-15"}T23:59:59.999+07:00`),
        status: over.status ?? "open",
        completedAt: over.completedAt ? new Date(over.completedAt) : null,
        ...(over.status === "done" ? { progressPercent: 100 } : {}),
      },
    });
    return { id: row.id, code: row.code };
  };
  // Deleted before the others are made, so that its id is never given again.
  const gone = await task(syt.id);
  const tasks = {
    target: await task(syt.id),
    confirmTwice: await task(syt.id),
    approveTwice: await task(syt.id),
    revoked: await task(syt.id),
    done: await task(syt.id, { status: "done", completedAt: "2019-06-10T10:00:00+07:00" }),
    foreign: await task(stc.id),
    deleted: gone.id,
  };
  const pendingTask = await task(syt.id);
  const decidedTask = await task(syt.id);
  await task(syt.id);
  await db.task.delete({ where: { id: gone.id } });

  const actor = async (handle: string) => (await findActor(db, "console", handle))!;
  const view = (id: number) => db.task.findUniqueOrThrow({ where: { id }, select: TASK_VIEW });
  const focal = await actor("focal-SYT");
  const target = await recordProgress(deps, { actor: focal, task: await view(tasks.target.id), text: "đạt 20%", percent: 20 });
  const foreign = await recordProgress(deps, { actor: await actor("focal-STC"), task: await view(tasks.foreign.id), text: "đạt 10%", percent: 10 });
  const request = async (id: number) => (await requestExtension(deps, { actor: focal, task: await view(id), date: "2019-08-30", reason: "chờ ý kiến các sở" })).id;
  const pending = await request(pendingTask.id);
  const decided = await request(decidedTask.id);
  await decideExtension(deps, { actor: await actor("leader-SYT"), requestId: decided, approve: true, note: "" });
  const twice = await request(tasks.approveTwice.id);

  const inspector = await actor("inspector");
  const draft = await draftBroadcast(deps, { actor: inspector, target: { kind: "agencies", agencyIds: [syt.id] }, text: "Đề nghị báo cáo tiến độ" });
  const sent = await draftBroadcast(deps, { actor: inspector, target: { kind: "agencies", agencyIds: [syt.id] }, text: "Đề nghị khẩn trương hoàn thành" });
  await sendBroadcast(deps, { actor: inspector, broadcastId: sent.id });

  return {
    agencies: { syt: syt.id, stc: stc.id },
    tasks,
    updates: { target: target.id, foreign: foreign.id },
    extensions: { pending, decided, twice },
    broadcasts: { draft: draft.id, sent: sent.id },
  };
}

/**
 * Everything a button press could change, as one comparable value: tasks,
 * progress updates, extension requests, notices and their recipients,
 * snoozes, pending chat states, the audit log and the outbox. (Processed
 * update ids and message links are bookkeeping of the press itself.)
 */
export async function snapshot(db: Db): Promise<string> {
  const [tasks, updates, extensions, broadcasts, recipients, snoozes, sessions, audits, outbox] = await Promise.all([
    db.task.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, deadline: true, originalDeadline: true, completedAt: true, completionNote: true, progressPercent: true, lastUpdateAt: true } }),
    db.progressUpdate.findMany({ orderBy: { id: "asc" }, select: { id: true, taskId: true, personId: true, kind: true, text: true } }),
    db.extensionRequest.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, decidedById: true, decidedAt: true, requestedDeadline: true } }),
    db.broadcast.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, sentAt: true } }),
    db.broadcastRecipient.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, acknowledgedAt: true } }),
    db.taskSnooze.findMany({ orderBy: { id: "asc" }, select: { taskId: true, personId: true, trigger: true, until: true } }),
    db.chatSession.findMany({ orderBy: { key: "asc" }, select: { key: true, data: true, expiresAt: true } }),
    db.auditLog.count(),
    db.outboxMessage.count(),
  ]);
  return JSON.stringify({ tasks, updates, extensions, broadcasts, recipients, snoozes, sessions, audits, outbox });
}
