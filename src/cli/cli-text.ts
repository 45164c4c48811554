import { loadConfig } from "../config.js";
import { bindLanguage, createTranslator, type Language, type Translate, type Translator } from "../i18n/translator.js";

/** What the command line speaks: DEFAULT_LANGUAGE, with the shared locale files. */
export interface CliText {
  language: Language;
  translator: Translator;
  /** Translates a key of locales/*.ftl in `language`. */
  t: Translate;
}

/** DEFAULT_LANGUAGE of the environment, or Vietnamese when the configuration cannot be read (that error is reported on its own). */
export function cliLanguage(env: NodeJS.ProcessEnv): Language {
  try {
    return loadConfig(env).defaultLanguage;
  } catch {
    return "vi";
  }
}

/** The language of the command line for this environment, and a translator bound to it. */
export function cliText(env: NodeJS.ProcessEnv): CliText {
  const language = cliLanguage(env);
  const translator = createTranslator();
  return { language, translator, t: bindLanguage(translator, language) };
}
