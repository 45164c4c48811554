import { readFileSync } from "node:fs";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

export const LANGUAGES = ["vi", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export type TextArgs = Record<string, FluentVariable>;

/** A localizable text: a key of locales/*.ftl and its arguments. */
export interface Text {
  key: string;
  args?: TextArgs;
}

export interface Translator {
  /** Formats a key in a language; an unknown key falls back to Vietnamese, then to the key itself. */
  t(language: Language, key: string, args?: TextArgs): string;
  has(language: Language, key: string): boolean;
  keys(language: Language): string[];
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** locales/<language>.ftl, relative to the package root. */
export function localeFile(language: Language): URL {
  return new URL(`../../locales/${language}.ftl`, import.meta.url);
}

/**
 * Loads every locale once. Bidi isolation marks are off: chat apps show them
 * as stray characters around every argument.
 */
export function createTranslator(sources?: Partial<Record<Language, string>>): Translator {
  const bundles = new Map<Language, FluentBundle>();
  const keyLists = new Map<Language, string[]>();
  for (const language of LANGUAGES) {
    const bundle = new FluentBundle(language, { useIsolating: false });
    const source = sources?.[language] ?? readFileSync(localeFile(language), "utf8");
    const errors = bundle.addResource(new FluentResource(source));
    if (errors.length > 0) throw new Error(`locales/${language}.ftl: ${errors.map(String).join("; ")}`);
    bundles.set(language, bundle);
    keyLists.set(language, [...source.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)].map((m) => m[1]!));
  }
  const format = (language: Language, key: string, args?: TextArgs): string | null => {
    const bundle = bundles.get(language)!;
    const message = bundle.getMessage(key);
    if (!message?.value) return null;
    return bundle.formatPattern(message.value, args ?? null);
  };
  return {
    t(language, key, args) {
      return format(language, key, args) ?? format("vi", key, args) ?? key;
    },
    has: (language, key) => bundles.get(language)!.hasMessage(key),
    keys: (language) => keyLists.get(language)!,
  };
}

/** A translate function bound to one language. */
export type Translate = (key: string, args?: TextArgs) => string;

export function bindLanguage(translator: Translator, language: Language): Translate {
  return (key, args) => translator.t(language, key, args);
}

/** The language stored on a person ("vi" unless it is "en"). */
export function languageOf(stored: string | null | undefined): Language {
  return stored === "en" ? "en" : "vi";
}
