/**
 * Document-level choices: type, urgency, number and subject line.
 */
import { ANCHOR_DOCUMENTS, type AnchorDocument, type NumberSequence } from "./anchors.js";
import { datePartsOf, isWorkingDay, localDay, type LocalDay } from "./calendar.js";
import type { OfficeDivision } from "./fields.js";
import type { Rng } from "./random.js";
import type { DemoAgency } from "./seed/agencies.js";
import { lowerFirst, type TitleChoice } from "./titles.js";
import type { DemoDocumentType, DemoUrgency } from "./types.js";

/** Picks the type of a generated document from the number of tasks it assigns. */
export function chooseType(size: number, rng: Rng): DemoDocumentType {
  const table: [DemoDocumentType, number][] =
    size === 1
      ? [["Công văn", 82], ["Thông báo", 7], ["Kế hoạch", 5], ["Quyết định", 6]]
      : size <= 4
        ? [["Công văn", 60], ["Thông báo", 20], ["Kế hoạch", 10], ["Quyết định", 10]]
        : [["Công văn", 10], ["Thông báo", 50], ["Kế hoạch", 20], ["Quyết định", 14], ["Chỉ thị", 6]];
  return table[rng.weightedIndex(table.map(([, w]) => w))]![0];
}

/** Urgency marking: only letters and notices are sent "Khẩn" or "Hỏa tốc". */
export function chooseUrgency(type: DemoDocumentType, rng: Rng): DemoUrgency {
  if (type !== "Công văn" && type !== "Thông báo") return "normal";
  const r = rng.next();
  return r < 0.025 ? "flash" : r < 0.15 ? "urgent" : "normal";
}

const SEQUENCE_OF: Record<DemoDocumentType, NumberSequence> = {
  "Quyết định": "QD",
  "Công văn": "VB",
  "Kế hoạch": "VB",
  "Thông báo": "TB",
  "Chỉ thị": "CT",
};

/** Numbers issued per working day after the last cited document of each sequence. */
const RATE: Record<NumberSequence, number> = { QD: 3, VB: 14, TB: 2.5, CT: 0.1 };

const YEAR_START: LocalDay = localDay(2019, 1, 1);

/** Fractional count of working days from 1 January to the given moment. */
function workingIndex(day: LocalDay, minutes: number, cache: Map<LocalDay, number>): number {
  let count = cache.get(day);
  if (count === undefined) {
    count = 0;
    for (let d = YEAR_START; d < day; d++) if (isWorkingDay(d)) count++;
    cache.set(day, count);
  }
  return count + minutes / 1440;
}

/** What numbering needs to know about a document. */
export interface NumberingInput {
  day: LocalDay;
  minutes: number;
  type: DemoDocumentType;
  anchor: AnchorDocument | null;
  /** Office division for letters (`…/UBND-KTTH`). */
  division: OfficeDivision;
}

/** Formats a document number. */
export function formatNumber(value: number, type: DemoDocumentType, division: OfficeDivision): string {
  const n = String(value).padStart(2, "0");
  switch (type) {
    case "Quyết định":
      return `${n}/QĐ-UBND`;
    case "Công văn":
      return `${n}/UBND-${division}`;
    case "Kế hoạch":
      return `${n}/KH-UBND`;
    case "Thông báo":
      return `${n}/TB-UBND`;
    case "Chỉ thị":
      return `${n}/CT-UBND`;
  }
}

/**
 * Numbers the documents (given in issue order). Each sequence grows with the
 * date, passes through the numbers of the documents cited in the report and
 * never reuses a number.
 */
export function numberDocuments(docs: readonly NumberingInput[], rng: Rng): string[] {
  const cache = new Map<LocalDay, number>();
  const points = new Map<NumberSequence, [number, number][]>();
  const reserved = new Map<NumberSequence, Set<number>>();
  for (const a of ANCHOR_DOCUMENTS) {
    const list = points.get(a.sequence) ?? [[0, 0]];
    list.push([workingIndex(a.day, a.minutes, cache), a.value]);
    points.set(a.sequence, list);
    reserved.set(a.sequence, (reserved.get(a.sequence) ?? new Set()).add(a.value));
  }
  const expected = (seq: NumberSequence, x: number): number => {
    const pts = points.get(seq) ?? [[0, 0]];
    for (let i = 1; i < pts.length; i++) {
      const [x0, y0] = pts[i - 1]!;
      const [x1, y1] = pts[i]!;
      if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / Math.max(x1 - x0, 1e-9);
    }
    const [xl, yl] = pts[pts.length - 1]!;
    return yl + RATE[seq] * (x - xl);
  };
  const last = new Map<NumberSequence, number>();
  return docs.map((doc, index) => {
    const seq = doc.anchor?.sequence ?? SEQUENCE_OF[doc.type];
    const prev = last.get(seq) ?? 0;
    if (doc.anchor) {
      last.set(seq, Math.max(prev, doc.anchor.value));
      return doc.anchor.number;
    }
    const taken = reserved.get(seq) ?? new Set<number>();
    const nextAnchor = docs.slice(index + 1).find((d) => d.anchor?.sequence === seq)?.anchor?.value ?? Infinity;
    let value = Math.round(expected(seq, workingIndex(doc.day, doc.minutes, cache))) + rng.int(-2, 2);
    value = Math.max(prev + 1, Math.min(value, nextAnchor - 1));
    while (taken.has(value)) value++;
    last.set(seq, value);
    return formatNumber(value, doc.type, doc.division);
  });
}

/** What a subject line is built from. */
export interface SummaryInput {
  type: DemoDocumentType;
  day: LocalDay;
  first: TitleChoice;
  agencies: readonly DemoAgency[];
}

/** Subject line ("trích yếu") of a generated document. */
export function summarize(input: SummaryInput, rng: Rng): string {
  const { type, first, agencies } = input;
  const topic = first.topic.text;
  switch (type) {
    case "Công văn":
      if (agencies.length === 1 && !/^Tham mưu/.test(first.title) && rng.chance(0.5)) return `V/v ${lowerFirst(first.title)}`;
      if (agencies.length === 1) return `V/v ${topic}`;
      return rng.chance(0.5) ? `V/v triển khai một số nhiệm vụ về ${first.topic.field.label}` : `V/v ${topic}`;
    case "Thông báo": {
      const district = agencies.find((a) => a.kind === "district");
      if (agencies.length >= 4 && rng.chance(0.45)) {
        const { month, day: dayOfMonth } = datePartsOf(input.day);
        if (month === 1 && dayOfMonth <= 20) {
          return "Kết luận của Chủ tịch UBND tỉnh tại Hội nghị triển khai nhiệm vụ trọng tâm năm 2019";
        }
        const meetingMonth = dayOfMonth > 20 ? month : month - 1;
        return `Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh thường kỳ tháng ${meetingMonth}`;
      }
      if (district && rng.chance(0.5)) return `Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc với ${district.name}`;
      return `Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về ${topic}`;
    }
    case "Kế hoạch":
      return rng.chance(0.6) ? `Triển khai ${topic}` : `Kiểm tra ${topic}`;
    case "Quyết định":
      return rng.pick([
        `Về việc giao nhiệm vụ triển khai ${topic}`,
        `Ban hành Kế hoạch thực hiện ${topic}`,
        `Thành lập Tổ công tác liên ngành về ${topic}`,
      ]);
    case "Chỉ thị":
      return `Về việc tăng cường ${topic}`;
  }
}
