import { describe, expect, it } from "vitest";
import { foldKey, foldVietnamese, foldWithOffsets, toNfc } from "../../../src/core/text/fold.js";

const nfd = (s: string) => s.normalize("NFD");

describe("foldVietnamese", () => {
  it.each([
    ["Sở Y tế", "so y te"],
    ["SỞ Y TẾ", "so y te"],
    ["sở y tế", "so y te"],
    ["Đăk Glei", "dak glei"],
    ["ĐỒNG", "dong"],
    ["đường", "duong"],
    ["Tu Mơ Rông", "tu mo rong"],
    ["Kon Rẫy", "kon ray"],
    ["Ngọc Hồi", "ngoc hoi"],
    ["  Sở   Nội\tvụ \n", "so noi vu"],
    ["Ia H'Drai", "ia h'drai"],
    ["Sở Văn hóa, Thể thao và DL", "so van hoa, the thao va dl"],
    ["", ""],
    ["   ", ""],
    ["ABC 123", "abc 123"],
    ["S\u200Bở\u200C Y\u200D tế\u2060", "so y te"],
    ["\u202ESở Y tế\u202C", "so y te"],
    ["\uFEFFS\u00ADY\u2066T\u2069", "syt"],
  ])("folds %j → %j", (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it.each([
    ["Sở Y tế"],
    ["Đăk Glei"],
    ["Sở Giáo dục và Đào tạo"],
    ["Sở Lao động - Thương binh và Xã hội"],
    ["UBND huyện Tu Mơ Rông"],
  ])("gives the same result for NFC and NFD input: %s", (input) => {
    expect(nfd(input)).not.toBe(input);
    expect(foldVietnamese(nfd(input))).toBe(foldVietnamese(input));
  });

  it("maps the Latin eth look-alike to d", () => {
    expect(foldVietnamese("Ðăk Tô")).toBe("dak to");
  });
});

describe("foldVietnamese with dropPunctuation / foldKey", () => {
  it.each([
    ["Sở Văn hóa, Thể thao và DL", "so van hoa the thao va dl"],
    ["Lao động - Thương binh", "lao dong thuong binh"],
    ["Lao động – Thương binh & Xã hội", "lao dong thuong binh xa hoi"],
    ["Ia H'Drai", "ia h drai"],
    ["Ia H’Drai", "ia h drai"],
    ["(Sở) Y-tế!!", "so y te"],
    ["Quận 10, TP.HCM", "quan 10 tp hcm"],
    ["---", ""],
  ])("%j → %j", (input, expected) => {
    expect(foldVietnamese(input, { dropPunctuation: true })).toBe(expected);
    expect(foldKey(input)).toBe(expected);
    expect(foldKey(nfd(input))).toBe(expected);
  });
});

describe("toNfc", () => {
  it("composes combining sequences", () => {
    const composed = "Sở Y tế";
    expect(toNfc(nfd(composed))).toBe(composed);
    expect(toNfc(composed)).toBe(composed);
  });
});

describe("foldWithOffsets", () => {
  it("keeps one offset per folded character, pointing into the NFC source", () => {
    const r = foldWithOffsets(nfd("Sở Y tế quý 2"));
    expect(r.source).toBe("Sở Y tế quý 2");
    expect(r.folded).toBe("so y te quy 2");
    expect(r.offsets).toHaveLength(r.folded.length + 1);
    const start = r.folded.indexOf("quy");
    expect(r.source.slice(r.offsets[start], r.offsets[start + 3])).toBe("quý");
    expect(r.offsets.at(-1)).toBe(r.source.length);
  });

  it("does not collapse whitespace", () => {
    expect(foldWithOffsets("Đăk  Tô").folded).toBe("dak  to");
  });
});
