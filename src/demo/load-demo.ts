import type { CoreDeps } from "../core/deps.js";
import { joinAliases } from "../core/agencies/agency-directory.js";
import { endOfLocalDay, localDateOf } from "../core/time/zone.js";
import { generateDemo, shiftDemo } from "./generate-demo.js";
import { readAppendices } from "./read-appendices.js";
import { AGENCIES } from "./seed/agencies.js";
import type { DemoData } from "./types.js";
import { consoleChatId } from "../adapters/console/console-chat-id.js";

export interface LoadDemoResult {
  loaded: boolean;
  /** Why nothing was loaded. */
  reason?: "not_empty";
  agencies: number;
  documents: number;
  tasks: number;
  people: number;
  cutoff: Date;
}

/** Rows per createMany; keeps PostgreSQL below its 65,535 bind parameters. */
const BATCH = 500;


/**
 * Loads the 2019 Kon Tum report as demo data: 30 agencies, 685 documents,
 * 2,139 tasks and the demo people with console identities. With
 * `shiftToToday`, every date moves so that the report's cut-off (30/06/2019)
 * falls on today. Does nothing when the database already holds tasks.
 */
export async function loadDemo(deps: CoreDeps, options: { shiftToToday?: boolean } = {}): Promise<LoadDemoResult> {
  const { appendix1, appendix2 } = readAppendices();
  let data: DemoData = generateDemo({ appendix1, appendix2, agencies: AGENCIES });
  if (options.shiftToToday) {
    data = shiftDemo(data, endOfLocalDay(localDateOf(deps.clock(), deps.timeZone), deps.timeZone));
  }
  const counts = { agencies: AGENCIES.length, documents: data.documents.length, tasks: data.tasks.length, people: data.people.length, cutoff: data.cutoff };
  if ((await deps.db.task.count()) > 0) return { loaded: false, reason: "not_empty", ...counts };
  await deps.db.$transaction(async (tx) => {
    for (const a of AGENCIES) {
      const fields = { name: a.name, shortName: a.shortName, aliases: joinAliases(a.aliases), kind: a.kind, displayOrder: a.displayOrder };
      await tx.agency.upsert({ where: { code: a.code }, create: { code: a.code, ...fields }, update: fields });
    }
    const agencyId = new Map((await tx.agency.findMany({ select: { id: true, code: true } })).map((a) => [a.code, a.id]));
    const documentKey = (number: string, issuedAt: Date) => `${number}|${localDateOf(issuedAt, deps.timeZone)}`;
    for (let i = 0; i < data.documents.length; i += BATCH) {
      await tx.document.createMany({
        data: data.documents.slice(i, i + BATCH).map((d) => ({
          key: documentKey(d.number, d.issuedAt), number: d.number, issuedAt: d.issuedAt, type: d.type, summary: d.summary, issuer: d.issuer,
        })),
      });
    }
    const documentId = new Map((await tx.document.findMany({ select: { id: true, number: true } })).map((d) => [d.number, d.id]));
    const idOf = (code: string) => {
      const id = agencyId.get(code);
      if (id === undefined) throw new Error(`demo agency ${code} missing`);
      return id;
    };
    for (let i = 0; i < data.tasks.length; i += BATCH) {
      await tx.task.createMany({
        data: data.tasks.slice(i, i + BATCH).map((t) => ({
          code: t.code,
          title: t.title,
          detail: t.detail,
          documentId: documentId.get(t.documentNumber) ?? null,
          agencyId: idOf(t.agencyCode),
          assignedAt: t.assignedAt,
          deadline: t.deadline,
          originalDeadline: t.deadline,
          urgency: t.urgency,
          confidential: t.confidential,
          status: t.completedAt ? "done" : "open",
          completedAt: t.completedAt,
          completionNote: t.completionNote,
          progressPercent: t.progressPercent,
          lastUpdateAt: t.completedAt ?? t.assignedAt,
        })),
      });
    }
    const taskId = new Map((await tx.task.findMany({ select: { id: true, code: true } })).map((t) => [t.code, t.id]));
    const coordinators = data.tasks.flatMap((t) => t.coordinatingAgencyCodes.map((code) => ({ taskId: taskId.get(t.code)!, agencyId: idOf(code) })));
    for (let i = 0; i < coordinators.length; i += BATCH) await tx.taskCoordinator.createMany({ data: coordinators.slice(i, i + BATCH) });
    for (const p of data.people) {
      const person = await tx.person.upsert({ where: { handle: p.key }, create: { handle: p.key, name: p.name }, update: {} });
      await tx.roleGrant.createMany({ data: p.roles.map((r) => ({ personId: person.id, role: r.role, agencyId: r.agencyCode ? idOf(r.agencyCode) : null })) });
      await tx.chatIdentity.upsert({
        where: { platform_externalUserId: { platform: "console", externalUserId: p.key } },
        create: { personId: person.id, platform: "console", externalUserId: p.key, chatId: consoleChatId(p.key), displayName: p.name },
        update: {},
      });
    }
    await tx.auditLog.create({
      data: { actorLabel: "demo", action: "demo.load", entity: "Task", after: JSON.stringify({ tasks: data.tasks.length, cutoff: data.cutoff }) },
    });
  }, { timeout: 120_000 });
  return { loaded: true, ...counts };
}
