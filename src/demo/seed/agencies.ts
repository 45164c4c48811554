/**
 * The 30 agencies of appendix 1 of the Kon Tum inspection report (first half
 * of 2019), with the abbreviations officials use for them. All text is NFC.
 */

/** Kind of agency. */
export type AgencyKind = "department" | "board" | "district" | "commune" | "office" | "other";

/** One agency that receives tasks from the provincial People's Committee. */
export interface DemoAgency {
  /** Stable ASCII code, e.g. `SYT`, `UBND-DAKGLEI`. */
  code: string;
  /** Full name as written in appendix 1. */
  name: string;
  /** Compact display name. */
  shortName: string;
  /** Other spellings and abbreviations that refer to the same agency. */
  aliases: string[];
  kind: AgencyKind;
  /** Order (TT) in appendix 1, starting at 1. */
  displayOrder: number;
  /** Symbol the agency puts in its own document numbers, e.g. `123/BC-SYT`. */
  documentSymbol: string;
}

type AgencyRow = [code: string, name: string, shortName: string, kind: AgencyKind, symbol: string, aliases: string[]];

const ROWS: AgencyRow[] = [
  ["BDT", "Ban Dân tộc", "Ban Dân tộc", "board", "BDT", ["BDT", "Ban DT"]],
  ["BQLKKT", "Ban quản lý Khu kinh tế", "BQL Khu kinh tế", "board", "BQLKKT", ["BQL KKT", "BQLKKT", "Ban QLKKT", "Ban Quản lý Khu kinh tế tỉnh"]],
  ["SCT", "Sở Công Thương", "Sở Công Thương", "department", "SCT", ["SCT", "Sở CT"]],
  ["SGDDT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "department", "SGDĐT", ["SGDĐT", "SGD&ĐT", "Sở GDĐT", "Sở GD&ĐT"]],
  ["SGTVT", "Sở Giao thông vận tải", "Sở GTVT", "department", "SGTVT", ["SGTVT", "Sở GTVT"]],
  ["SKHDT", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", "department", "SKHĐT", ["SKHĐT", "Sở KHĐT", "Sở KH&ĐT"]],
  ["SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN", "department", "SKHCN", ["SKHCN", "Sở KHCN", "Sở KH&CN"]],
  ["SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "Sở LĐTBXH", "department", "SLĐTBXH", ["SLĐTBXH", "Sở LĐTBXH", "Sở LĐ-TB&XH", "Sở Lao động, Thương binh và Xã hội"]],
  ["SNGV", "Sở Ngoại vụ", "Sở Ngoại vụ", "department", "SNgV", ["SNgV", "Sở NgV"]],
  ["SNV", "Sở Nội vụ", "Sở Nội vụ", "department", "SNV", ["SNV", "Sở NV"]],
  ["SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT", "department", "SNN", ["SNNPTNT", "Sở NN&PTNT", "Sở NNPTNT", "Sở Nông nghiệp"]],
  ["STC", "Sở Tài chính", "Sở Tài chính", "department", "STC", ["STC", "Sở TC"]],
  ["STNMT", "Sở Tài nguyên và Môi trường", "Sở TN&MT", "department", "STNMT", ["STNMT", "Sở TNMT", "Sở TN&MT"]],
  ["STTTT", "Sở Thông tin và Truyền thông", "Sở TT&TT", "department", "STTTT", ["STTTT", "Sở TTTT", "Sở TT&TT"]],
  ["STP", "Sở Tư pháp", "Sở Tư pháp", "department", "STP", ["STP", "Sở TP"]],
  ["SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", "department", "SVHTTDL", ["SVHTTDL", "Sở VHTTDL", "Sở VHTT&DL", "Sở Văn hóa, Thể thao và DL"]],
  ["SXD", "Sở Xây dựng", "Sở Xây dựng", "department", "SXD", ["SXD", "Sở XD"]],
  ["SYT", "Sở Y tế", "Sở Y tế", "department", "SYT", ["SYT", "Sở YT"]],
  ["TTT", "Thanh tra tỉnh", "Thanh tra tỉnh", "other", "TTr", ["TTT", "TTr tỉnh", "Thanh tra tỉnh Kon Tum"]],
  ["UBND-DAKGLEI", "UBND huyện Đăk Glei", "Huyện Đăk Glei", "district", "UBND", ["UBND Đăk Glei", "huyện Đăk Glei", "UBND huyện Đắk Glei", "huyện Đắk Glei"]],
  ["UBND-DAKHA", "UBND huyện Đăk Hà", "Huyện Đăk Hà", "district", "UBND", ["UBND Đăk Hà", "huyện Đăk Hà", "UBND huyện Đắk Hà", "huyện Đắk Hà"]],
  ["UBND-DAKTO", "UBND huyện Đăk Tô", "Huyện Đăk Tô", "district", "UBND", ["UBND Đăk Tô", "huyện Đăk Tô", "UBND huyện Đắk Tô", "huyện Đắk Tô"]],
  ["UBND-IAHDRAI", "UBND huyện Ia H'Drai", "Huyện Ia H'Drai", "district", "UBND", ["UBND Ia H'Drai", "huyện Ia H'Drai", "UBND huyện Ia H’Drai", "huyện Ia H’Drai"]],
  ["UBND-KONPLONG", "UBND huyện Kon Plông", "Huyện Kon Plông", "district", "UBND", ["UBND Kon Plông", "huyện Kon Plông"]],
  ["UBND-KONRAY", "UBND huyện Kon Rẫy", "Huyện Kon Rẫy", "district", "UBND", ["UBND Kon Rẫy", "huyện Kon Rẫy"]],
  ["UBND-NGOCHOI", "UBND huyện Ngọc Hồi", "Huyện Ngọc Hồi", "district", "UBND", ["UBND Ngọc Hồi", "huyện Ngọc Hồi"]],
  ["UBND-SATHAY", "UBND huyện Sa Thầy", "Huyện Sa Thầy", "district", "UBND", ["UBND Sa Thầy", "huyện Sa Thầy"]],
  ["UBND-TUMORONG", "UBND huyện Tu Mơ Rông", "Huyện Tu Mơ Rông", "district", "UBND", ["UBND Tu Mơ Rông", "huyện Tu Mơ Rông"]],
  ["UBND-TPKT", "UBND thành phố Kon Tum", "TP Kon Tum", "district", "UBND", ["UBND TP Kon Tum", "TP Kon Tum", "UBND TPKT", "thành phố Kon Tum"]],
  ["VPUBND", "Văn phòng UBND tỉnh Kon Tum", "VP UBND tỉnh", "office", "VP", ["VP UBND tỉnh", "VPUBND", "Văn phòng UBND tỉnh", "VP UBND tỉnh Kon Tum"]],
];

/** The agencies in appendix-1 order. */
export const AGENCIES: readonly DemoAgency[] = Object.freeze(
  ROWS.map(([code, name, shortName, kind, documentSymbol, aliases], i) => ({
    code,
    name: name.normalize("NFC"),
    shortName: shortName.normalize("NFC"),
    aliases: aliases.map((a) => a.normalize("NFC")),
    kind,
    displayOrder: i + 1,
    documentSymbol: documentSymbol.normalize("NFC"),
  })),
);

/** Canonical form for comparing agency names: NFC, one space, lower case, straight apostrophe. */
export function normalizeAgencyName(text: string): string {
  return text.normalize("NFC").replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * Finds the agency whose code, name, short name or one of whose aliases equals
 * `text` (after {@link normalizeAgencyName}).
 */
export function findAgency(text: string, agencies: readonly DemoAgency[] = AGENCIES): DemoAgency | undefined {
  const key = normalizeAgencyName(text);
  return agencies.find(
    (a) =>
      normalizeAgencyName(a.code) === key ||
      normalizeAgencyName(a.name) === key ||
      normalizeAgencyName(a.shortName) === key ||
      a.aliases.some((alias) => normalizeAgencyName(alias) === key),
  );
}
