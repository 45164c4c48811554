import { describe, expect, it } from "vitest";
import { cleanDisplayName, cleanJsonStrings, cleanName, cleanText, MAX_DISPLAY_NAME, stripInvisible } from "../../../src/core/text/clean-text.js";

describe("cleaning text from outside", () => {
  it("removes NUL and other controls, keeps tab and line breaks", () => {
    expect(cleanText("a\u0000b\u0001c\u001Fd\u007Fe\u0085f\u009Fg")).toBe("abcdefg");
    expect(cleanText("dòng 1\r\ndòng 2\tcột")).toBe("dòng 1\r\ndòng 2\tcột");
  });

  it("replaces lone surrogates and keeps pairs", () => {
    expect(cleanText("a\uD800b")).toBe("a\uFFFDb");
    expect(cleanText("\uDC00x\uD83D")).toBe("\uFFFDx\uFFFD");
    expect(cleanText("😀👨‍👩‍👧")).toBe("😀👨‍👩‍👧");
  });

  it("drops zero-width and bidi characters from names only", () => {
    const hidden = "S\u200Bở\u200C \u200DY\u2060 tế\uFEFF\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
    expect(stripInvisible(hidden)).toBe("Sở Y tế");
    expect(cleanName(`${hidden}\u0000`)).toBe("Sở Y tế");
    expect(cleanText("👨‍👩‍👧")).toContain("\u200D");
  });

  it("keeps a display name on one line and short", () => {
    expect(cleanDisplayName("  Lan\u0000\n Nguyễn\u202E ")).toBe("Lan Nguyễn");
    expect(cleanDisplayName("\u200B\u0000 ")).toBeUndefined();
    expect(cleanDisplayName(undefined)).toBeUndefined();
    const long = cleanDisplayName("😀".repeat(100_000))!;
    expect([...long]).toHaveLength(MAX_DISPLAY_NAME);
    expect(cleanText(long)).toBe(long);
  });

  it("cleans every string of a JSON value, however deep", () => {
    let deep: unknown = "x\u0000";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    let cleaned = cleanJsonStrings(deep);
    for (let i = 0; i < 100_000; i++) cleaned = (cleaned as unknown[])[0];
    expect(cleaned).toBe("x");
    expect(cleanJsonStrings({ a: ["\uD800", { b: "c\u0000" }], n: 1, z: null })).toEqual({ a: ["\uFFFD", { b: "c" }], n: 1, z: null });
    expect(cleanJsonStrings("\u0000")).toBe("");
  });
});
