/** Names and fixed texts of the signed report, configurable per province. */
export interface ReportOptions {
  /** Governing authority, top left of the header (default "UBND tỉnh Kon Tum"). */
  authority: string;
  /** Issuing unit under it (default "Tổ Kiểm tra"). */
  unit: string;
  /** Place before the date line (default: the province in `authority`, "Kon Tum"). */
  place: string;
  /** Document symbol after the number (default "BC-TKTra" → "Số:      /BC-TKTra"). */
  symbol: string;
  /** Signer's title (default "TỔ TRƯỞNG"). */
  signerTitle: string;
  /** Signer's name; empty leaves a line to fill in. */
  signerName: string;
  /** "Nơi nhận:" lines. */
  recipients: string[];
}

/** The Kon Tum inspection team, as in the 2019 report. */
export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  authority: "UBND tỉnh Kon Tum",
  unit: "Tổ Kiểm tra",
  place: "Kon Tum",
  symbol: "BC-TKTra",
  signerTitle: "TỔ TRƯỞNG",
  signerName: "",
  recipients: [
    "Chủ tịch, các PCT UBND tỉnh;",
    "Các sở, ngành và UBND các huyện, thành phố tại phụ lục;",
    "Văn phòng UBND tỉnh;",
    "Lưu: VT, Tổ Kiểm tra.",
  ],
};

/**
 * Fills in the defaults. When only `authority` is given, `place` is taken
 * from it ("UBND tỉnh Gia Lai" → "Gia Lai").
 */
export function resolveReportOptions(options: Partial<ReportOptions> = {}): ReportOptions {
  const authority = options.authority ?? DEFAULT_REPORT_OPTIONS.authority;
  const place =
    options.place ??
    (options.authority === undefined
      ? DEFAULT_REPORT_OPTIONS.place
      : authority.replace(/^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành phố)\s+/iu, ""));
  return { ...DEFAULT_REPORT_OPTIONS, ...options, authority, place };
}
