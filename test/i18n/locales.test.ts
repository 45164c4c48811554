import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator, LANGUAGES } from "../../src/i18n/translator.js";
import { percent } from "../../src/i18n/format.js";

const translator = createTranslator();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated") return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/**
 * Keys the code names: string literals that look like locale keys where a key
 * is expected — t("key"), translator.t(lang, "key"), `xxxKey: "key"` — and
 * AppError codes, which render as `error-<code>`.
 */
function keysUsedInCode(): Set<string> {
  const used = new Set<string>();
  for (const file of sourceFiles("src")) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\bt\(\s*(?:[\w.]+,\s*)?"([a-z][\w-]*)"/g)) used.add(m[1]!);
    for (const m of text.matchAll(/\b\w*Key:\s*"([a-z][\w-]*)"/g)) used.add(m[1]!);
    for (const m of text.matchAll(/new AppError\(\s*"([a-z_]+)"/g)) used.add(`error-${m[1]}`);
  }
  return used;
}

describe("locales", () => {
  it("define the same keys in every language", () => {
    const [first, ...rest] = LANGUAGES;
    const reference = [...translator.keys(first)].sort();
    for (const language of rest) expect([...translator.keys(language)].sort()).toEqual(reference);
  });

  it("define every key the code uses", () => {
    const used = keysUsedInCode();
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((key) => LANGUAGES.some((l) => !translator.has(l, key)));
    expect(missing).toEqual([]);
  });

  it("define a message for every error code", () => {
    const source = readFileSync("src/core/errors.ts", "utf8");
    const codes = [...source.matchAll(/\|\s*"([a-z_]+)"/g)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThan(5);
    for (const code of codes) for (const l of LANGUAGES) expect(translator.has(l, `error-${code}`), `${l}: error-${code}`).toBe(true);
  });

  it("format numbers the Vietnamese way", () => {
    expect(translator.t("vi", "stats-total", { count: 2139 })).toContain("2.139");
    expect(translator.t("vi", "stats-rate", { done: 1164, rate: percent(1164 / 2139) })).toContain("54,4%");
    expect(translator.t("en", "stats-total", { count: 2139 })).toContain("2,139");
  });
});
