import { describe, expect, it } from "vitest";
import { createNameMatcher, type MatchResult } from "../../../src/core/text/match-name.js";

interface Agency {
  code: string;
  name: string;
  aliases: string[];
}

const a = (code: string, name: string, ...aliases: string[]): Agency => ({ code, name, aliases });

const AGENCIES: Agency[] = [
  a("BDT", "Ban Dân tộc"),
  a("BQLKKT", "Ban quản lý Khu kinh tế"),
  a("SCT", "Sở Công Thương"),
  a("SGDDT", "Sở Giáo dục và Đào tạo", "SGDĐT", "Sở GDĐT"),
  a("SGTVT", "Sở Giao thông vận tải"),
  a("SKHDT", "Sở Kế hoạch và Đầu tư"),
  a("SKHCN", "Sở Khoa học và Công nghệ"),
  a("SLDTBXH", "Sở Lao động - Thương binh và Xã hội"),
  a("SNGV", "Sở Ngoại vụ"),
  a("SNV", "Sở Nội vụ"),
  a("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
  a("STC", "Sở Tài chính"),
  a("STNMT", "Sở Tài nguyên và Môi trường"),
  a("STTTT", "Sở Thông tin và Truyền thông"),
  a("STP", "Sở Tư pháp"),
  a("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", "Sở Văn hóa, Thể thao và DL"),
  a("SXD", "Sở Xây dựng"),
  a("SYT", "Sở Y tế", "SYT"),
  a("TTT", "Thanh tra tỉnh"),
  a("DAKGLEI", "UBND huyện Đăk Glei"),
  a("DAKHA", "UBND huyện Đăk Hà"),
  a("DAKTO", "UBND huyện Đăk Tô"),
  a("IAHDRAI", "UBND huyện Ia H'Drai"),
  a("KONPLONG", "UBND huyện Kon Plông"),
  a("KONRAY", "UBND huyện Kon Rẫy"),
  a("NGOCHOI", "UBND huyện Ngọc Hồi"),
  a("SATHAY", "UBND huyện Sa Thầy"),
  a("TUMORONG", "UBND huyện Tu Mơ Rông"),
  a("KONTUM", "UBND thành phố Kon Tum"),
  a("VPUBND", "Văn phòng UBND tỉnh Kon Tum"),
];

const matcher = createNameMatcher(AGENCIES, (x) => [x.name, ...x.aliases]);

/** Result with items replaced by their codes, for compact assertions. */
function codes(r: MatchResult<Agency>): { kind: string; codes: string[] } {
  switch (r.kind) {
    case "exact":
      return { kind: "exact", codes: [r.item.code] };
    case "ambiguous":
      return { kind: "ambiguous", codes: r.candidates.map((c) => c.code) };
    case "none":
      return { kind: "none", codes: r.suggestions.map((c) => c.code) };
  }
}

describe("createNameMatcher: exact results", () => {
  it.each([
    // full names, any case / diacritics / punctuation
    ["Sở Y tế", "SYT"],
    ["sở y tế", "SYT"],
    ["so y te", "SYT"],
    ["SO Y TE", "SYT"],
    ["Sở Y tế".normalize("NFD"), "SYT"],
    ["  Sở   Y   tế  ", "SYT"],
    ["Sở Y-tế.", "SYT"],
    // aliases (abbreviations only come from aliases)
    ["SYT", "SYT"],
    ["syt", "SYT"],
    ["SGDĐT", "SGDDT"],
    ["sgddt", "SGDDT"],
    ["Sở GDĐT", "SGDDT"],
    ["so gddt", "SGDDT"],
    ["SVHTTDL", "SVHTTDL"],
    ["Sở Văn hóa, Thể thao và DL", "SVHTTDL"],
    ["so van hoa the thao va dl", "SVHTTDL"],
    ["Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"],
    // token containment
    ["y tế", "SYT"],
    ["Sở Y", "SYT"],
    ["dak glei", "DAKGLEI"],
    ["Đăk Glei", "DAKGLEI"],
    ["dakglei", "DAKGLEI"],
    ["DAKGLEI", "DAKGLEI"],
    ["glei", "DAKGLEI"],
    ["huyện Đăk Glei", "DAKGLEI"],
    ["UBND Đăk Glei", "DAKGLEI"],
    ["UBND huyện Đăk Glei", "DAKGLEI"],
    ["Đăk Hà", "DAKHA"],
    ["dak ha", "DAKHA"],
    ["Đăk Tô", "DAKTO"],
    ["dakto", "DAKTO"],
    ["Ia H'Drai", "IAHDRAI"],
    ["ia hdrai", "IAHDRAI"],
    ["iahdrai", "IAHDRAI"],
    ["Kon Plông", "KONPLONG"],
    ["kon ray", "KONRAY"],
    ["Ngọc Hồi", "NGOCHOI"],
    ["sa thay", "SATHAY"],
    ["Tu Mơ Rông", "TUMORONG"],
    ["tu mo rong", "TUMORONG"],
    ["thành phố Kon Tum", "KONTUM"],
    ["Văn phòng UBND tỉnh", "VPUBND"],
    ["văn phòng", "VPUBND"],
    ["Thanh tra", "TTT"],
    ["Ban Dân tộc", "BDT"],
    ["dân tộc", "BDT"],
    ["khu kinh tế", "BQLKKT"],
    ["Sở Công Thương", "SCT"],
    ["cong thuong", "SCT"],
    ["Sở Giáo dục", "SGDDT"],
    ["Sở Giáo", "SGDDT"], // diacritics break the tie with "Giao thông"
    ["giao duc", "SGDDT"],
    ["Sở Giáo dục và Đào tạo", "SGDDT"],
    ["Sở Giao thông", "SGTVT"],
    ["giao thong van tai", "SGTVT"],
    ["Sở Kế hoạch", "SKHDT"],
    ["ke hoach dau tu", "SKHDT"],
    ["khoa học công nghệ", "SKHCN"],
    ["Sở Lao động - Thương binh và Xã hội", "SLDTBXH"],
    ["lao dong thuong binh xa hoi", "SLDTBXH"],
    ["Sở Lao động, Thương binh & Xã hội", "SLDTBXH"],
    ["Ngoại vụ", "SNGV"],
    ["Nội vụ", "SNV"],
    ["Sở Nông nghiệp", "SNNPTNT"],
    ["tài chính", "STC"],
    ["tài nguyên môi trường", "STNMT"],
    ["Sở Thông tin", "STTTT"],
    ["truyền thông", "STTTT"],
    ["Tư pháp", "STP"],
    ["xây dựng", "SXD"],
    // prefixes
    ["so tai ng", "STNMT"],
    ["sở y t", "SYT"],
    ["dak gl", "DAKGLEI"],
    ["dakgl", "DAKGLEI"],
    // relaxed: wrong or extra generic words are ignored when the rest is distinctive
    ["Sở Thanh tra", "TTT"],
    ["UBND Sở Y tế", "SYT"],
    ["huyện Sở Tư pháp", "STP"],
    ["Sở Dân tộc", "BDT"],
  ])("%j → %s", (query, code) => {
    expect(codes(matcher.match(query))).toEqual({ kind: "exact", codes: [code] });
  });
});

describe("createNameMatcher: ambiguous results", () => {
  it.each([
    ["UBND", ["DAKGLEI", "DAKHA", "DAKTO", "IAHDRAI", "KONPLONG", "KONRAY", "NGOCHOI", "SATHAY", "TUMORONG", "KONTUM", "VPUBND"]],
    ["huyện", ["DAKGLEI", "DAKHA", "DAKTO", "IAHDRAI", "KONPLONG", "KONRAY", "NGOCHOI", "SATHAY", "TUMORONG"]],
    ["Kon Tum", ["KONTUM", "VPUBND"]],
    ["kontum", ["KONTUM", "VPUBND"]],
    ["huyện Kon Tum", ["KONTUM", "VPUBND"]],
    ["TP Kon Tum", ["KONTUM", "VPUBND"]], // "TP" is not an alias, only a generic word
    ["sở tài", ["STC", "STNMT"]],
    // without diacritics "tai" is also "tải" (Giao thông vận tải)
    ["so tai", ["SGTVT", "STC", "STNMT"]],
    ["Sở Giao", ["SGDDT", "SGTVT"]],
    ["Đăk", ["DAKGLEI", "DAKHA", "DAKTO"]],
    ["huyện Đăk", ["DAKGLEI", "DAKHA", "DAKTO"]],
    ["Kon", ["KONPLONG", "KONRAY", "KONTUM", "VPUBND"]],
    ["tỉnh", ["TTT", "VPUBND"]],
    ["tu", ["SKHDT", "STP", "TUMORONG"]],
    ["tư", ["SKHDT", "STP"]],
  ])("%j → %j", (query, expected) => {
    const r = codes(matcher.match(query));
    expect(r.kind).toBe("ambiguous");
    expect([...r.codes].sort()).toEqual([...expected].sort());
  });

  it("lists 'Sở' as ambiguous among all departments", () => {
    const r = codes(matcher.match("Sở"));
    expect(r.kind).toBe("ambiguous");
    expect(r.codes).toHaveLength(16);
  });

  it("orders ambiguous candidates by key coverage", () => {
    // "Kon Tum" covers 2 of 5 tokens of the city and 2 of 6 of the office.
    expect(codes(matcher.match("Kon Tum")).codes).toEqual(["KONTUM", "VPUBND"]);
  });
});

describe("createNameMatcher: no match", () => {
  it.each([
    ["so y tee", "SYT"],
    ["Sở Y tê x", "SYT"],
    ["dak glie", "DAKGLEI"],
    ["so tai chinhh", "STC"],
    ["so tu phapp", "STP"],
    ["ngoc hoii", "NGOCHOI"],
    ["so noi vuu", "SNV"],
  ])("%j → none, first suggestion %s", (query, first) => {
    const r = codes(matcher.match(query));
    expect(r.kind).toBe("none");
    expect(r.codes[0]).toBe(first);
    expect(r.codes.length).toBeLessThanOrEqual(3);
  });

  it.each([[""], ["   "], ["---"]])("empty query %j → none without suggestions", (q) => {
    expect(matcher.match(q)).toEqual({ kind: "none", suggestions: [] });
  });

  it("gives no suggestions for unrelated text", () => {
    expect(codes(matcher.match("xyzzy qwerty"))).toEqual({ kind: "none", codes: [] });
  });

  it("does not guess abbreviations that are not aliases", () => {
    expect(matcher.match("STC").kind).toBe("none");
    expect(matcher.match("Sở NN").kind).toBe("none");
  });

  it("requires a distinctive token before ignoring generic words", () => {
    // "sở" and "huyện" are both stop-words: nothing distinctive is left.
    expect(matcher.match("sở huyện").kind).toBe("none");
  });
});

describe("createNameMatcher: ranking and keys", () => {
  it("prefers an exact key over containment in a longer name", () => {
    const m = createNameMatcher(
      [{ name: "Trung tâm Y tế thuộc Sở Y tế" }, { name: "Sở Y tế" }],
      (x) => [x.name],
    );
    expect(m.match("Sở Y tế")).toEqual({ kind: "exact", item: { name: "Sở Y tế" } });
  });

  it("prefers whole tokens over prefixes", () => {
    const m = createNameMatcher([{ name: "Quận 10" }, { name: "Quận 1" }], (x) => [x.name]);
    expect(m.match("quan 1")).toEqual({ kind: "exact", item: { name: "Quận 1" } });
    expect(m.match("quận 10")).toEqual({ kind: "exact", item: { name: "Quận 10" } });
  });

  it("resolves an ambiguity through an alias", () => {
    const m = createNameMatcher(
      AGENCIES.map((x) => (x.code === "KONTUM" ? { ...x, aliases: ["TP Kon Tum"] } : x)),
      (x) => [x.name, ...x.aliases],
    );
    expect(codes(m.match("tp kon tum"))).toEqual({ kind: "exact", codes: ["KONTUM"] });
    expect(codes(m.match("Kon Tum")).kind).toBe("ambiguous");
  });

  it("prefers matching diacritics only when the query has them", () => {
    const m = createNameMatcher([{ n: "Sở Tài chính" }, { n: "Sở Giao thông vận tải" }], (x) => [x.n]);
    expect(m.match("Sở Tài")).toEqual({ kind: "exact", item: { n: "Sở Tài chính" } });
    expect(m.match("sở tải")).toEqual({ kind: "exact", item: { n: "Sở Giao thông vận tải" } });
    expect(m.match("so tai").kind).toBe("ambiguous");
    // wrong diacritics still match when nothing better exists
    expect(m.match("tãi chính")).toEqual({ kind: "exact", item: { n: "Sở Tài chính" } });
  });

  it("reports items sharing an alias as ambiguous", () => {
    const m = createNameMatcher([{ n: "A", k: "X" }, { n: "B", k: "X" }], (x) => [x.n, x.k]);
    expect(m.match("x").kind).toBe("ambiguous");
  });

  it("ignores empty keys", () => {
    const m = createNameMatcher([{ n: "" }, { n: "Sở Y tế" }], (x) => [x.n, ""]);
    expect(m.match("so y te")).toEqual({ kind: "exact", item: { n: "Sở Y tế" } });
  });

  it("honours custom stop-words", () => {
    const m = createNameMatcher(AGENCIES, (x) => [x.name], { stopWords: [] });
    expect(m.match("Sở Thanh tra").kind).toBe("none");
  });

  it("rank() returns tiers and scores in order, with fuzzy candidates last", () => {
    const ranked = matcher.rank("sở tài");
    expect(ranked.slice(0, 3).map((c) => [c.item.code, c.tier, c.diacriticsMatch])).toEqual([
      ["STC", "tokens", true],
      ["STNMT", "tokens", true],
      ["SGTVT", "tokens", false],
    ]);
    expect(ranked.slice(3).every((c) => c.tier === "fuzzy")).toBe(true);
    for (let i = 1; i < ranked.length; i++) {
      expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
    }
  });

  it("rank() reports the key that matched and honours limit", () => {
    const [top, ...others] = matcher.rank("SYT", 1);
    expect(others).toEqual([]);
    expect(top).toMatchObject({ tier: "exact_key", key: "SYT" });
    expect(top!.item.code).toBe("SYT");
  });

  it("rank() of an empty query is empty", () => {
    expect(matcher.rank("  ")).toEqual([]);
  });

  it("matches hundreds of items quickly", () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ name: `UBND xã Số ${i} huyện Thử Nghiệm` }));
    const m = createNameMatcher(many, (x) => [x.name]);
    const started = performance.now();
    for (let i = 0; i < 50; i++) m.match(`xa so ${i} thu nghiem`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(m.match("xa so 123")).toEqual({ kind: "exact", item: many[123] });
  });
});

describe("names with invisible characters", () => {
  it.each([
    ["Sở\u200B Y tế"],
    ["S\u200Bở Y t\u200Cế"],
    ["Sở\u200D Y\u2060 tế\uFEFF"],
    ["\u202ESở Y tế\u202C"],
    ["\u2067Sở Y tế\u2069"],
    ["S\u200BY\u200BT"],
  ])("matches %j to Sở Y tế", (query) => {
    expect(matcher.match(query)).toEqual({ kind: "exact", item: AGENCIES.find((x) => x.code === "SYT") });
  });

  it("finds a stored name that carries them", () => {
    const m = createNameMatcher([a("X", "Sở\u200B Tư\u202E pháp")], (x) => [x.name]);
    expect(m.match("so tu phap")).toMatchObject({ kind: "exact" });
  });
});
