import { describe, expect, it } from "vitest";
import { looksLikeTaskCode, parseShortCode, shortCodeFits } from "../../../src/core/tasks/task-code.js";

describe("parseShortCode", () => {
  it.each([
    ["1207", { prefix: null, year: null, number: "1207" }],
    ["0104", { prefix: null, year: null, number: "104" }],
    ["104", { prefix: null, year: null, number: "104" }],
    ["0", { prefix: null, year: null, number: "0" }],
    ["nv-1207", { prefix: "NV", year: null, number: "1207" }],
    ["NV1207", { prefix: "NV", year: null, number: "1207" }],
    ["2019-0104", { prefix: null, year: "2019", number: "104" }],
    ["nv-2019-1094", { prefix: "NV", year: "2019", number: "1094" }],
    [" NV-2018-0001 ", { prefix: "NV", year: "2018", number: "1" }],
  ])("reads %j", (text, expected) => {
    expect(parseShortCode(text)).toEqual(expected);
  });

  it.each(["", "Sở Y tế", "SYT", "NV-2019-3FA2B1C9D0", "12/2019", "1207x", "NV--1207", "1234567890123"])("is not a short code: %j", (text) => {
    expect(parseShortCode(text)).toBeNull();
  });
});

describe("shortCodeFits", () => {
  it.each([
    ["104", "NV-2019-0104", true],
    ["0104", "NV-2019-0104", true],
    ["00104", "NV-2019-104", true],
    ["104", "NV-2019-1104", false],
    ["104", "NV-2019-1040", false],
    ["1207", "NV-2018-1207", true],
    ["2019-1207", "NV-2018-1207", false],
    ["2018-1207", "NV-2018-1207", true],
    ["nv-1207", "NV-2019-1207", true],
    ["xy-1207", "NV-2019-1207", false],
    ["1207", "2019-1207", true],
    ["1207", "NV-2019-ABCD1207", false],
    ["1", "NV-2019-3FA2B1C9D1", false],
  ])("%j fits %j: %s", (typed, code, fits) => {
    expect(shortCodeFits(parseShortCode(typed)!, code)).toBe(fits);
  });
});

describe("looksLikeTaskCode", () => {
  it.each([
    ["NV-2019-0001", true],
    [" 1207 ", true],
    ["nv-2019-1094", true],
    ["Sở Y tế", false],
    ["SYT", false],
    ["quá hạn", false],
    ["Sở Y tế quá hạn", false],
    ["", false],
  ])("%j: %s", (text, expected) => {
    expect(looksLikeTaskCode(text)).toBe(expected);
  });
});
