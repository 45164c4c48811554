/**
 * Real documents cited by the inspection report. They are placed in the demo
 * data on their real dates with their real numbers, and document numbering
 * of the generated documents is interpolated between them.
 */
import { localDay, type LocalDay } from "./calendar.js";
import type { DemoAgency } from "./seed/agencies.js";
import type { DemoDocumentType } from "./types.js";

/** Numbering sequence of documents of the provincial People's Committee. */
export type NumberSequence = "QD" | "VB" | "TB" | "CT";

/** A document cited in the report. */
export interface AnchorDocument {
  number: string;
  sequence: NumberSequence;
  value: number;
  day: LocalDay;
  /** Minutes after local midnight. */
  minutes: number;
  type: DemoDocumentType;
  summary: string;
  /** Number of tasks it assigns in the demo data. */
  size: number;
  /** Agencies that should preferably receive its tasks. */
  prefer: (agency: DemoAgency) => boolean;
  /** Task title; `topic` is a topic of the receiving agency. */
  title: (topic: string) => string;
}

const provincial = (a: DemoAgency): boolean => a.kind !== "district";
const anyAgency = (): boolean => true;

/** Documents cited in the report, in date order. */
export const ANCHOR_DOCUMENTS: readonly AnchorDocument[] = [
  {
    number: "31/QĐ-UBND",
    sequence: "QD",
    value: 31,
    day: localDay(2019, 1, 10),
    minutes: 9 * 60 + 15,
    type: "Quyết định",
    summary:
      "Ban hành Chương trình hành động triển khai thực hiện 03 lĩnh vực đột phá phát triển kinh tế - xã hội năm 2019 trên địa bàn tỉnh Kon Tum",
    size: 8,
    prefer: provincial,
    title: (t) => `Triển khai Chương trình hành động thực hiện 03 lĩnh vực đột phá, tập trung vào ${t}`,
  },
  {
    number: "32/QĐ-UBND",
    sequence: "QD",
    value: 32,
    day: localDay(2019, 1, 10),
    minutes: 9 * 60 + 20,
    type: "Quyết định",
    summary:
      "Ban hành Chương trình hành động triển khai thực hiện các Nghị quyết của Chính phủ, Hội đồng nhân dân tỉnh về kinh tế - xã hội và dự toán ngân sách nhà nước năm 2019",
    size: 14,
    prefer: provincial,
    title: (t) => `Thực hiện nhiệm vụ trọng tâm, chỉ tiêu kinh tế - xã hội được giao theo Chương trình hành động về ${t}`,
  },
  {
    number: "300/KH-UBND",
    sequence: "VB",
    value: 300,
    day: localDay(2019, 2, 1),
    minutes: 14 * 60 + 30,
    type: "Kế hoạch",
    summary: "Triển khai sử dụng đồng bộ Hệ thống quản lý văn bản và điều hành thống nhất trên toàn tỉnh",
    size: 10,
    prefer: anyAgency,
    title: () => "Triển khai sử dụng đồng bộ Hệ thống quản lý văn bản và điều hành tại cơ quan, đơn vị",
  },
  {
    number: "478/UBND-KGVX",
    sequence: "VB",
    value: 478,
    day: localDay(2019, 3, 6),
    minutes: 10 * 60,
    type: "Công văn",
    summary: "V/v sử dụng Hệ thống quản lý văn bản và điều hành thống nhất trên toàn tỉnh",
    size: 5,
    prefer: anyAgency,
    title: () => "Chấn chỉnh việc gửi, nhận văn bản điện tử trên Hệ thống quản lý văn bản và điều hành",
  },
  {
    number: "600/UBND-TKT",
    sequence: "VB",
    value: 600,
    day: localDay(2019, 3, 20),
    minutes: 15 * 60 + 10,
    type: "Công văn",
    summary: "V/v đôn đốc, chấn chỉnh việc thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao",
    size: 6,
    prefer: (a) => a.kind === "district",
    title: () => "Báo cáo giải trình việc chậm thực hiện nhiệm vụ UBND tỉnh giao, đề xuất biện pháp khắc phục",
  },
  {
    number: "170/QĐ-UBND",
    sequence: "QD",
    value: 170,
    day: localDay(2019, 3, 26),
    minutes: 8 * 60 + 40,
    type: "Quyết định",
    summary:
      "Kiện toàn Tổ Kiểm tra của Chủ tịch UBND tỉnh về kiểm tra việc thực hiện các nhiệm vụ, kết luận, chỉ đạo của UBND tỉnh, Chủ tịch UBND tỉnh",
    size: 2,
    prefer: (a) => a.code === "VPUBND" || a.code === "SNV" || a.code === "TTT",
    title: () => "Cử cán bộ đầu mối phối hợp với Tổ Kiểm tra của Chủ tịch UBND tỉnh theo dõi, đôn đốc nhiệm vụ",
  },
  {
    number: "660/KH-UBND",
    sequence: "VB",
    value: 660,
    day: localDay(2019, 3, 26),
    minutes: 16 * 60,
    type: "Kế hoạch",
    summary: "Triển khai gửi, nhận văn bản điện tử có sử dụng chữ ký số trên địa bàn tỉnh Kon Tum",
    size: 8,
    prefer: anyAgency,
    title: () => "Triển khai gửi, nhận văn bản điện tử có sử dụng chữ ký số tại cơ quan, đơn vị",
  },
  {
    number: "986/UBND-HCTC",
    sequence: "VB",
    value: 986,
    day: localDay(2019, 4, 25),
    minutes: 10 * 60 + 45,
    type: "Công văn",
    summary: "V/v thí điểm ký số trên văn bản điện tử và không gửi văn bản giấy đối với 22 loại văn bản",
    size: 4,
    prefer: anyAgency,
    title: () => "Thực hiện gửi, nhận văn bản điện tử đã ký số, không gửi kèm văn bản giấy đối với 22 loại văn bản",
  },
];
