import { describe, expect, it } from "vitest";
import { escapeFormula, looksLikeFormula, unescapeFormula } from "../../../src/core/text/formula-guard.js";

describe("the spreadsheet formula guard", () => {
  it.each([
    ["=1+2", true], ["+1", true], ["-1", true], ["@SUM(A1)", true], ["\tx", true], ["\rx", true],
    ["  =x", true], ["\n=x", true], ["＝1", true], ["＠x", true],
    ["Sở Y tế", false], ["1-2", false], ["a=b", false], ["", false], ["'=x", false], ["\nx", false], [" x", false],
  ])("%j looks like a formula: %s", (text, formula) => {
    expect(looksLikeFormula(text)).toBe(formula);
    expect(escapeFormula(text)).toBe(formula ? `'${text}` : text);
  });

  it("undoes its own escaping only", () => {
    for (const text of ["=1+2", "-x", "\t@y", "Sở Y tế", "'quoted", "'", ""]) expect(unescapeFormula(escapeFormula(text))).toBe(text);
    expect(unescapeFormula("'abc")).toBe("'abc");
  });
});
