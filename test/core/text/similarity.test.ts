import { describe, expect, it } from "vitest";
import { damerauLevenshtein, similarity } from "../../../src/core/text/similarity.js";

describe("damerauLevenshtein", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["", "abc", 3],
    ["te", "tee", 1],
    ["so y te", "so y tee", 1],
    ["glei", "glie", 1],
    ["ab", "ba", 1],
    ["kitten", "sitting", 3],
    ["ca", "abc", 3],
    ["same", "same", 0],
  ])("d(%j, %j) = %i", (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
    expect(damerauLevenshtein(b, a)).toBe(d);
  });
});

describe("similarity", () => {
  it("is 1 for equal strings and 0 for completely different ones", () => {
    expect(similarity("", "")).toBe(1);
    expect(similarity("abc", "abc")).toBe(1);
    expect(similarity("abc", "xyz")).toBe(0);
  });

  it("normalises by the longer length", () => {
    expect(similarity("te", "tee")).toBeCloseTo(2 / 3);
  });
});
