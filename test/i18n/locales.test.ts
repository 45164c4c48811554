import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator, LANGUAGES } from "../../src/i18n/translator.js";
import { percent } from "../../src/i18n/format.js";
import { stringLiterals } from "../helpers/string-literals.js";

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
    // t(condition ? "key-a" : "key-b", …)
    for (const m of text.matchAll(/\bt\(\s*(?:[\w.]+,\s*)?[^"(),]+\?\s*"([a-z][\w-]*)"\s*:\s*"([a-z][\w-]*)"/g)) used.add(m[1]!).add(m[2]!);
    for (const m of text.matchAll(/\b\w*Key:\s*"([a-z][\w-]*)"/g)) used.add(m[1]!);
    for (const m of text.matchAll(/new AppError\(\s*"([a-z_]+)"/g)) used.add(`error-${m[1]}`);
  }
  return used;
}

/** Letters only Vietnamese uses (with their tone marks), after NFC. */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/**
 * The only places where Vietnamese may be written in the code: data and the
 * words the parsers read, never a sentence shown to a user. Literals inside an
 * `aliases: [...]` array (other spellings of a command) are parsing words too.
 */
const VIETNAMESE_ALLOWED: Record<string, string> = {
  "src/demo/": "demo data: the 2019 Kon Tum inspection report",
  "src/core/time/parse-period.ts": "the period words the parser reads (từ, đến, tháng, quý…)",
  "src/adapters/console/console-chat.ts": "/thoát, a spelling of /quit",
  "src/core/calendar/holidays.ts": "the official names of the public holidays (Labour Code 2019, art. 112): data, like agency names",
  "src/core/calendar/lunar.ts": "the names of the lunar years (Can Chi)",
  "src/reports/options.ts": "the report's default issuer (Kon Tum, as in the 2019 report; configurable) and the pattern that reads the province from it",
  "src/api/schemas.ts": "OpenAPI descriptions: English documentation naming the Vietnamese fields",
  "src/api/openapi.ts": "OpenAPI descriptions: English documentation naming the Vietnamese fields",
};

/** Vietnamese string literals of src/ outside the allow-list, as "file:line: text". */
function vietnameseLiterals(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles("src")) {
    if (Object.keys(VIETNAMESE_ALLOWED).some((allowed) => file.startsWith(allowed))) continue;
    for (const literal of stringLiterals(readFileSync(file, "utf8"))) {
      if (!literal.alias && VIETNAMESE.test(literal.text.normalize("NFC"))) found.push(`${file}:${literal.line}: ${literal.text}`);
    }
  }
  return found;
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

  it("hold every Vietnamese sentence: none is written in the code", () => {
    expect(vietnameseLiterals()).toEqual([]);
  });

  it("allow Vietnamese in the code only where a file of the allow-list exists", () => {
    for (const path of Object.keys(VIETNAMESE_ALLOWED)) expect(existsSync(path), path).toBe(true);
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

describe("the string literals the Vietnamese check reads", () => {
  const texts = (source: string) => stringLiterals(source).map((l) => l.text);

  it("finds quoted strings and the text of template literals, on their line", () => {
    const source = 'const a = "Đã nhập";\nconst b = `Tệp có ${count} dòng: ${`${n} mới`}`;\nconst c = \'it\\\'s\';';
    expect(stringLiterals(source)).toEqual([
      { text: "Đã nhập", line: 1, alias: false },
      { text: "… mới", line: 2, alias: false },
      { text: "Tệp có … dòng: …", line: 2, alias: false },
      { text: "it\\'s", line: 3, alias: false },
    ]);
  });

  it("skips comments and regular expressions, and still sees what follows them", () => {
    const source = [
      "// một chú thích \"không phải chuỗi\"",
      "/* chú thích \"khác\" */ const r = /đạt\\s*\"(\\d+)%/i;",
      "const half = total / 2; const s = \"sau phép chia\";",
      "return /[\"/]đến/.test(x) ? \"đúng\" : \"sai\";",
    ].join("\n");
    expect(texts(source)).toEqual(["sau phép chia", "đúng", "sai"]);
  });

  it("marks the aliases of a command as parsing words", () => {
    const literals = stringLiterals('export const c = { name: "kenh", aliases: ["kênh", "channel"], helpKey: "help-kênh" };');
    expect(literals.map((l) => [l.text, l.alias])).toEqual([["kenh", false], ["kênh", true], ["channel", true], ["help-kênh", false]]);
  });
});
