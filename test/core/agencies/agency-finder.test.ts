import { describe, expect, it } from "vitest";
import { createAgencyFinder, resolveAgency, type AgencyRecord } from "../../../src/core/agencies/agency-directory.js";

const agency = (id: number, code: string, name: string, aliases: string[] = []): AgencyRecord => ({
  id, code, name, shortName: null, aliases, kind: "department", displayOrder: id, active: true, mergedIntoId: null,
});
const AGENCIES = [
  agency(1, "SYT", "Sở Y tế", ["SYT"]),
  agency(2, "STC", "Sở Tài chính", ["STC"]),
  agency(3, "STNMT", "Sở Tài nguyên và Môi trường", ["STNMT"]),
  agency(4, "UBND-NGOCHOI", "UBND huyện Ngọc Hồi", ["huyện Ngọc Hồi"]),
  agency(5, "UBND-TPKT", "UBND thành phố Kon Tum", ["TP Kon Tum"]),
  agency(6, "VPUBND", "Văn phòng UBND tỉnh Kon Tum"),
];
const nameOf = (id: number) => AGENCIES.find((a) => a.id === id)!.name;

describe("createAgencyFinder", () => {
  it.each<[string, "all" | number[], string, number[]]>([
    ["so y te", "all", "found", [1]],
    ["SYT", [1], "found", [1]],
    ["ngoc hoi", [4], "found", [4]],
    ["Ngọc Hồi", "all", "found", [4]],
    ["Sở Tài", "all", "ambiguous_agency", [2, 3]],
    ["Sở Tài", [2, 3], "ambiguous_agency", [2, 3]],
    // Several agencies are called so; the one this person reads is offered, not assumed.
    ["Sở Tài", [2], "unknown_agency", [2]],
    ["kon tum", [5], "unknown_agency", [5]],
    ["Sở", [1], "unknown_agency", [1]],
    // The words name another agency: never read as the person's own, whatever a weaker match says.
    ["Sở Tài chính", [1], "unknown_agency", []],
    ["Sở Tài chính", [2], "found", [2]],
    ["so y tee", [1, 4], "unknown_agency", [1]],
    ["xyz qwerty", "all", "unknown_agency", []],
    ["xyz qwerty", [], "unknown_agency", []],
  ])("reads %j with readable %j as %s %j", (query, readable, kind, ids) => {
    const result = createAgencyFinder(AGENCIES, readable).find(query);
    expect(result.kind).toBe(kind);
    const names = result.kind === "found" ? [result.agency.name] : result.suggestions.map((a) => a.name);
    expect(names).toEqual(ids.map(nameOf));
  });

  it("never names an agency outside what the person reads", () => {
    const readable = [4];
    for (const query of ["Sở Tài chính", "Sở Tài", "Sở", "kon tum", "so y te", "UBND", "Văn phòng", "tai nguyen moi truong"]) {
      const result = createAgencyFinder(AGENCIES, readable).find(query);
      const ids = result.kind === "found" ? [result.agency.id] : result.suggestions.map((a) => a.id);
      expect(ids.every((id) => readable.includes(id)), query).toBe(true);
    }
  });

  it("throws the unknown or ambiguous error with the suggestions as alternatives", () => {
    const finder = createAgencyFinder(AGENCIES);
    expect(resolveAgency(finder, "tp kon tum").id).toBe(5);
    expect(() => resolveAgency(finder, "Sở Tài")).toThrow(
      expect.objectContaining({
        code: "ambiguous_agency",
        details: { query: "Sở Tài", suggestions: "Sở Tài chính; Sở Tài nguyên và Môi trường", count: 2 },
        alternatives: [{ value: "Sở Tài chính" }, { value: "Sở Tài nguyên và Môi trường" }],
      }),
    );
    expect(() => resolveAgency(finder, "xyz qwerty")).toThrow(expect.objectContaining({ code: "unknown_agency", alternatives: [] }));
  });
});
