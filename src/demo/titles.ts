/**
 * Task titles: administrative sentence templates combined with topics of the
 * agency's field. Each agency walks through a shuffled list of all
 * combinations, so titles repeat within an agency only after all are used.
 */
import type { Rng } from "./random.js";
import type { DemoAgency } from "./seed/agencies.js";
import { AGENCY_FIELDS, DISTRICT_EXTRA_TOPICS, DISTRICT_FIELDS, GENERIC_FIELD, type Field } from "./fields.js";

/** Templates for provincial departments, boards and offices; `{t}` is the topic. */
const PROVINCIAL_TEMPLATES: readonly string[] = [
  "Tham mưu UBND tỉnh ban hành kế hoạch triển khai {t}",
  "Báo cáo kết quả thực hiện {t}",
  "Rà soát, đề xuất giải pháp nâng cao hiệu quả {t}",
  "Chủ trì, phối hợp với các đơn vị liên quan triển khai {t}",
  "Tham mưu UBND tỉnh văn bản trả lời Bộ, ngành Trung ương về {t}",
  "Tổng hợp, báo cáo tình hình {t}",
  "Kiểm tra, đôn đốc việc thực hiện {t}",
  "Nghiên cứu, tham mưu giải quyết kiến nghị của cử tri liên quan đến {t}",
  "Tham mưu UBND tỉnh báo cáo Thủ tướng Chính phủ về {t}",
  "Xây dựng dự thảo Quyết định của UBND tỉnh về {t}",
  "Tổ chức sơ kết, đánh giá {t}",
  "Rà soát, đề xuất sửa đổi, bổ sung quy định về {t}",
  "Tham mưu UBND tỉnh xử lý khó khăn, vướng mắc trong {t}",
  "Tham mưu UBND tỉnh cho ý kiến đối với dự thảo văn bản về {t}",
];

/** Templates for district People's Committees; `{place}`, `{communes}` are filled in. */
const DISTRICT_TEMPLATES: readonly string[] = [
  "Tập trung chỉ đạo {t} trên địa bàn {place}",
  "Báo cáo UBND tỉnh kết quả thực hiện {t}",
  "Rà soát, báo cáo tình hình {t} trên địa bàn {place}",
  "Kiểm tra, xử lý dứt điểm tồn tại trong {t}",
  "Phối hợp với các sở, ngành liên quan triển khai {t}",
  "Giải quyết kiến nghị của cử tri {place} liên quan đến {t}",
  "Chỉ đạo {communes} thực hiện {t}",
  "Đề xuất UBND tỉnh hỗ trợ kinh phí thực hiện {t}",
  "Báo cáo tiến độ, khó khăn, vướng mắc trong {t}",
  "Tổ chức kiểm tra, đánh giá {t} tại {communes}",
  "Xây dựng kế hoạch thực hiện {t} trên địa bàn {place}",
  "Tăng cường công tác tuyên truyền về {t}",
];

/** A topic together with its field. */
export interface Topic {
  text: string;
  field: Field;
}

/** A generated title with the topic it was built from. */
export interface TitleChoice {
  title: string;
  topic: Topic;
}

/** Topics an agency works on. */
export function topicsOf(agency: DemoAgency): Topic[] {
  if (agency.kind === "district") {
    const topics = DISTRICT_FIELDS.flatMap((field) => field.topics.map((text) => ({ text, field })));
    for (const [key, text] of DISTRICT_EXTRA_TOPICS[agency.code] ?? []) {
      const field = DISTRICT_FIELDS.find((d) => d.key === key) ?? GENERIC_FIELD;
      topics.push({ text, field });
    }
    return topics;
  }
  const field = AGENCY_FIELDS[agency.code] ?? GENERIC_FIELD;
  return field.topics.map((text) => ({ text, field }));
}

/** The agency's main field (for a district, the first district field). */
export function mainFieldOf(agency: DemoAgency): Field {
  if (agency.kind === "district") return DISTRICT_FIELDS[0] ?? GENERIC_FIELD;
  return AGENCY_FIELDS[agency.code] ?? GENERIC_FIELD;
}

/** "huyện Đăk Glei" / "thành phố Kon Tum" from "UBND huyện Đăk Glei". */
export function placeOf(agency: DemoAgency): string {
  return agency.name.replace(/^(UBND|Ủy ban nhân dân)\s+/i, "");
}

/** Upper-cases the first letter. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter unless the first word looks like a proper name or acronym. */
export function lowerFirst(text: string): string {
  const firstWord = text.split(/\s/, 1)[0] ?? "";
  if (/^(UBND|HĐND|Thủ|Chính|Bộ|Ban|Sở)$/.test(firstWord) || /^[A-ZĐ]{2,}/.test(firstWord)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Fills a template for an agency and topic. */
export function fillTemplate(template: string, agency: DemoAgency, topic: string): string {
  const place = placeOf(agency);
  const communes = /thành phố/i.test(place) ? "các xã, phường" : "các xã, thị trấn";
  return template.replace("{t}", topic).replace("{place}", place).replace("{communes}", communes);
}

/** Hands out titles for one agency without repeating a combination until all are used. */
export class TitleSource {
  private readonly combos: { template: string; topic: Topic }[];
  private position = 0;

  constructor(
    private readonly agency: DemoAgency,
    private readonly rng: Rng,
  ) {
    const templates = agency.kind === "district" ? DISTRICT_TEMPLATES : PROVINCIAL_TEMPLATES;
    const all = topicsOf(agency).flatMap((topic) => templates.map((template) => ({ template, topic })));
    this.combos = rng.shuffle(all);
  }

  /** The next title. */
  next(): TitleChoice {
    if (this.position >= this.combos.length) this.position = 0;
    const combo = this.combos[this.position++]!;
    return { title: fillTemplate(combo.template, this.agency, combo.topic.text), topic: combo.topic };
  }

  /** A topic of the agency, without consuming a title. */
  randomTopic(): Topic {
    return this.rng.pick(this.combos).topic;
  }
}
