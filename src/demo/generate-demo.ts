/**
 * Deterministic demo data that reproduces the Kon Tum inspection report of
 * the first half of 2019: 685 documents assigning 2,139 tasks whose status as
 * of 30/06/2019 matches appendix 1 per agency and appendix 2 per agency and
 * month.
 */
import { atLocalTime, dayOf, endOfLocalDay, formatDay, type LocalDay } from "./calendar.js";
import { chooseType, chooseUrgency, numberDocuments, summarize } from "./documents.js";
import type { Field } from "./fields.js";
import { generatePeople } from "./people.js";
import { planDocuments, planSlots, type PlannedDocument, type Slot } from "./plan.js";
import { createRng, type Rng } from "./random.js";
import type { DemoAgency } from "./seed/agencies.js";
import { CUTOFF, scheduleTask, type TaskTiming } from "./timing.js";
import { lowerFirst, TitleSource, type TitleChoice } from "./titles.js";
import type { DemoData, DemoDocument, DemoDocumentType, DemoInput, DemoTask, DemoUrgency } from "./types.js";

export { shiftDemo } from "./shift.js";
export type * from "./types.js";

/** The report's cut-off: 2019-06-30T23:59:59.999+07:00 (= 2019-06-30T16:59:59.999Z). */
export const DEMO_CUTOFF: Date = CUTOFF;

/** Agencies whose work is most often classified. */
const SENSITIVE = new Set(["TTT", "SNV", "SNGV", "UBND-DAKGLEI", "UBND-NGOCHOI", "UBND-IAHDRAI"]);
/** Share of confidential tasks. */
const CONFIDENTIAL_SHARE = 0.02;

interface TaskDraft {
  slot: Slot;
  choice: TitleChoice;
  timing: TaskTiming;
  coordinators: string[];
}

interface DocumentDraft {
  plan: PlannedDocument;
  type: DemoDocumentType;
  urgency: DemoUrgency;
  tasks: TaskDraft[];
}

function chooseCoordinators(field: Field, lead: string, known: ReadonlyMap<string, DemoAgency>, rng: Rng): string[] {
  if (!rng.chance(0.3)) return [];
  const candidates = field.coordinators.filter((c) => c !== lead && known.has(c));
  if (candidates.length === 0) return [];
  const count = Math.min(candidates.length, [1, 2, 3][rng.weightedIndex([6, 3, 1])]!);
  return rng.shuffle(candidates).slice(0, count);
}

function draftDocuments(planned: readonly PlannedDocument[], known: ReadonlyMap<string, DemoAgency>, rng: Rng): DocumentDraft[] {
  const titles = new Map<string, TitleSource>();
  for (const agency of known.values()) titles.set(agency.code, new TitleSource(agency, createRng(`nhacviec-demo/titles/${agency.code}`)));
  return planned.map((plan) => {
    const type = plan.anchor?.type ?? chooseType(plan.slots.length, rng);
    const urgency: DemoUrgency = plan.anchor ? "normal" : chooseUrgency(type, rng);
    const tasks = plan.slots.map((slot): TaskDraft => {
      const source = titles.get(slot.agencyCode)!;
      let choice: TitleChoice;
      if (plan.anchor) {
        const topic = source.randomTopic();
        choice = { title: plan.anchor.title(topic.text), topic };
      } else choice = source.next();
      const timing = scheduleTask(slot.category, slot.month, plan.day, urgency, rng);
      return { slot, choice, timing, coordinators: chooseCoordinators(choice.topic.field, slot.agencyCode, known, rng) };
    });
    return { plan, type, urgency, tasks };
  });
}

/** Marks whole small letters and notices as confidential until the target share is reached exactly. */
function chooseConfidential(drafts: readonly DocumentDraft[], total: number, rng: Rng): Set<number> {
  const target = Math.round(total * CONFIDENTIAL_SHARE);
  const keyed = drafts
    .map((d, index) => ({ d, index }))
    .filter(({ d }) => !d.plan.anchor && (d.type === "Công văn" || d.type === "Thông báo") && d.tasks.length <= 3)
    .map(({ d, index }) => {
      const weight = d.tasks.some((t) => SENSITIVE.has(t.slot.agencyCode)) ? 4 : 1;
      return { index, size: d.tasks.length, key: Math.pow(rng.next(), 1 / weight) };
    })
    .sort((a, b) => b.key - a.key || a.index - b.index);
  const chosen = new Set<number>();
  let count = 0;
  for (const { index, size } of keyed) {
    if (count + size > target) continue;
    chosen.add(index);
    count += size;
    if (count === target) break;
  }
  return chosen;
}

function completionNote(task: DemoTask, agency: DemoAgency, number: number, rng: Rng): string {
  const day = formatDay(dayOf(task.completedAt!));
  const sym = agency.documentSymbol;
  const letter = agency.kind === "office" ? `${number}/VP-HCTC` : `${number}/${sym}-VP`;
  const late = task.deadline !== null && task.completedAt! > task.deadline;
  const variant = rng.int(0, 2);
  if (late) {
    return [
      `Hoàn thành chậm so với thời hạn; đã báo cáo tại Báo cáo số ${number}/BC-${sym} ngày ${day}.`,
      `Hoàn thành chậm so với thời hạn; đã trình UBND tỉnh tại Tờ trình số ${number}/TTr-${sym} ngày ${day}.`,
      `Hoàn thành chậm so với thời hạn; đã có Văn bản số ${letter} ngày ${day} báo cáo UBND tỉnh.`,
    ][variant]!;
  }
  return [
    `Đã hoàn thành; kết quả báo cáo tại Báo cáo số ${number}/BC-${sym} ngày ${day}.`,
    `Đã tham mưu, trình UBND tỉnh tại Tờ trình số ${number}/TTr-${sym} ngày ${day}.`,
    `Đã thực hiện xong, báo cáo UBND tỉnh tại Văn bản số ${letter} ngày ${day}.`,
  ][variant]!;
}

/**
 * Generates the demo data. Pure and deterministic: the same input always
 * gives deep-equal output.
 *
 * @throws if the appendices are inconsistent or name an unknown agency.
 */
export function generateDemo(input: DemoInput): DemoData {
  const known = new Map([...input.agencies].sort((a, b) => a.displayOrder - b.displayOrder).map((a) => [a.code, a]));
  const slots = planSlots(input.appendix1, input.appendix2, createRng("nhacviec-demo/categories"));
  for (const s of slots) if (!known.has(s.agencyCode)) throw new Error(`unknown agency code ${s.agencyCode}`);
  const planned = planDocuments(slots, [...known.values()], createRng("nhacviec-demo/documents"));
  const drafts = draftDocuments(planned, known, createRng("nhacviec-demo/tasks"));

  const numbers = numberDocuments(
    drafts.map((d) => ({ day: d.plan.day, minutes: d.plan.minutes, type: d.type, anchor: d.plan.anchor, division: d.tasks[0]!.choice.topic.field.division })),
    createRng("nhacviec-demo/numbers"),
  );
  const textRng = createRng("nhacviec-demo/texts");
  const documents: DemoDocument[] = drafts.map((d, i) => ({
    number: numbers[i]!,
    issuedAt: atLocalTime(d.plan.day, d.plan.minutes),
    type: d.type,
    summary:
      d.plan.anchor?.summary ??
      summarize({ type: d.type, day: d.plan.day, first: d.tasks[0]!.choice, agencies: d.tasks.map((t) => known.get(t.slot.agencyCode)!) }, textRng),
    issuer: "UBND tỉnh Kon Tum",
  }));

  const confidential = chooseConfidential(drafts, slots.length, createRng("nhacviec-demo/confidential"));
  const tasks: DemoTask[] = [];
  drafts.forEach((d, i) => {
    const doc = documents[i]!;
    for (const t of d.tasks) {
      const agency = known.get(t.slot.agencyCode)!;
      const deadlineDay: LocalDay | null = t.timing.deadlineDay;
      const coordination = t.coordinators.length ? `, phối hợp với ${t.coordinators.map((c) => known.get(c)!.name).join(", ")}` : "";
      const due = deadlineDay === null ? "Nhiệm vụ thực hiện thường xuyên." : `Thời hạn hoàn thành: trước ngày ${formatDay(deadlineDay)}.`;
      tasks.push({
        code: `NV-2019-${String(tasks.length + 1).padStart(4, "0")}`,
        title: t.choice.title,
        detail: `Thực hiện ${d.type} số ${doc.number} ngày ${formatDay(d.plan.day)} của UBND tỉnh Kon Tum, giao ${agency.name} chủ trì${coordination}: ${lowerFirst(t.choice.title)}. ${due}`,
        documentNumber: doc.number,
        agencyCode: agency.code,
        coordinatingAgencyCodes: t.coordinators,
        assignedAt: new Date(doc.issuedAt.getTime()),
        deadline: deadlineDay === null ? null : endOfLocalDay(deadlineDay),
        completedAt: t.timing.completedAt,
        urgency: d.urgency,
        confidential: confidential.has(i),
        progressPercent: t.timing.progressPercent,
        completionNote: null,
      });
    }
  });

  const noteRng = createRng("nhacviec-demo/notes");
  const counters = new Map<string, number>();
  const completed = tasks.filter((t) => t.completedAt !== null);
  completed.sort((a, b) => a.completedAt!.getTime() - b.completedAt!.getTime() || (a.code < b.code ? -1 : 1));
  for (const task of completed) {
    const n = (counters.get(task.agencyCode) ?? noteRng.int(3, 30)) + noteRng.int(1, 9);
    counters.set(task.agencyCode, n);
    task.completionNote = completionNote(task, known.get(task.agencyCode)!, n, noteRng);
  }

  return { documents, tasks, people: generatePeople([...known.values()]), cutoff: new Date(CUTOFF.getTime()) };
}
