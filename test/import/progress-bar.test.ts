import { describe, expect, it } from "vitest";
import { createProgressBar } from "../../src/cli/progress-bar.js";

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, isTTY, columns: 80, write: (s: string) => chunks.push(s) };
}

describe("createProgressBar", () => {
  it("writes nothing when the stream is not a terminal", () => {
    const s = stream(false);
    const bar = createProgressBar(s);
    bar.update("Kiểm tra", 5, 10);
    bar.finish();
    expect(s.chunks).toEqual([]);
  });

  it("redraws one line with \\r when the percentage changes, then clears it", () => {
    const s = stream(true);
    const bar = createProgressBar(s);
    bar.update("Kiểm tra", 1, 300);
    bar.update("Kiểm tra", 2, 300); // still 0 %: not redrawn
    bar.update("Kiểm tra", 150, 300);
    bar.finish();
    expect(s.chunks).toHaveLength(3);
    expect(s.chunks[0]).toMatch(/^\rKiểm tra \[-{30}\]   0% 1\/300$/);
    expect(s.chunks[1]).toMatch(/^\rKiểm tra \[#{15}-{15}\]  50% 150\/300$/);
    expect(s.chunks[2]).toMatch(/^\r +\r$/);
  });
});
