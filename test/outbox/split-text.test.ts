import { describe, expect, it } from "vitest";
import { splitText } from "../../src/outbox/split-text.js";
import { escapeHtml } from "../../src/adapters/telegram/escape-html.js";
import { backoffMs } from "../../src/outbox/backoff.js";

describe("splitText", () => {
  it("keeps a text that fits as one part", () => {
    expect(splitText("Nhắc việc: 3 nhiệm vụ sắp đến hạn", 4096)).toEqual(["Nhắc việc: 3 nhiệm vụ sắp đến hạn"]);
  });

  it("breaks at the last line boundary that fits and drops that line break", () => {
    expect(splitText("aaaa\nbbbb\ncccc", 9)).toEqual(["aaaa\nbbbb", "cccc"]);
    expect(splitText("aaaa\nbbbb\ncccc", 10)).toEqual(["aaaa\nbbbb", "cccc"]);
  });

  it("breaks a line longer than the limit at a space, else hard, never inside a surrogate pair", () => {
    expect(splitText("một hai ba bốn", 8)).toEqual(["một hai", "ba bốn"]);
    expect(splitText("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
    const parts = splitText("abc😀def", 4);
    expect(parts).toEqual(["abc", "😀de", "f"]);
  });

  it("gives nothing for an empty text", () => {
    expect(splitText("  \n ", 10)).toEqual([]);
  });

  it("loses no character other than the line breaks and spaces it splits at, with every part within the limit", () => {
    const lines = Array.from({ length: 500 }, (_, i) => `${i + 1}. Sở Tài nguyên và Môi trường — nhiệm vụ số ${i} (hạn 30/06/2019)`);
    const text = lines.join("\n");
    const parts = splitText(text, 4096);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(4096);
    expect(parts.join("\n")).toBe(text);
  });
});

describe("escapeHtml", () => {
  it("escapes exactly the characters Telegram's HTML mode reserves", () => {
    expect(escapeHtml(`<b>A & B</b> "q" 'a'`)).toBe(`&lt;b&gt;A &amp; B&lt;/b&gt; "q" 'a'`);
  });
});

describe("backoffMs", () => {
  it.each([
    [1, 0, 2_500],
    [1, 0.999999, 5_000],
    [2, 0, 5_000],
    [3, 0.5, 15_000],
    [8, 0.999999, 640_000],
    [9, 0, 450_000],
    [10, 0, 450_000],
    [50, 0.999999, 900_000],
  ])("after %i failure(s), random %f → %i ms", (failures, r, expected) => {
    expect(backoffMs(failures, () => r)).toBe(expected);
  });
});
