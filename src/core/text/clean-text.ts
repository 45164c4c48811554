/**
 * Text as it arrives from outside (chat platforms, the API, import files) is
 * cleaned before anything stores or compares it:
 *
 * - NUL and the other control characters, except tab, line feed and
 *   carriage return, are removed: PostgreSQL refuses NUL in a text column
 *   (the whole insert fails), and the others only hide or garble text;
 * - a lone UTF-16 surrogate (half of an emoji, possible in JSON's "\ud800")
 *   becomes U+FFFD, as its UTF-8 encoding would turn it anyway, so what is
 *   stored is what was checked;
 * - in names and codes, zero-width and bidirectional formatting characters
 *   are removed as well: "Sở\u200B Y tế" is "Sở Y tế", and "SYT\u202E" is
 *   not a second agency that looks like "SYT". They stay in free text
 *   (titles, notes), where a zero-width joiner may be part of an emoji.
 */

/** C0 controls but tab, LF and CR; DEL; C1 controls. */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Invisible formatting characters: soft hyphen, Arabic letter mark, Mongolian
 * vowel separator, zero-width space/non-joiner/joiner, left-to-right and
 * right-to-left marks, the bidi embeddings and overrides (U+202A..U+202E),
 * word joiner and invisible operators (U+2060..U+2064), the bidi isolates
 * (U+2066..U+2069) and the zero-width no-break space (BOM, U+FEFF).
 */
export const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Longest display name kept from a chat platform, in characters (Telegram allows 64 + 64). */
export const MAX_DISPLAY_NAME = 128;

/** `s` without control characters (tab, LF and CR stay) and with lone surrogates replaced by U+FFFD. */
export function cleanText(s: string): string {
  return s.replace(CONTROLS, "").replace(LONE_SURROGATE, "\uFFFD");
}

/** `s` without zero-width and bidirectional formatting characters. */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, "");
}

/** A name or a code: {@link cleanText}, then {@link stripInvisible}. Not trimmed. */
export function cleanName(s: string): string {
  return stripInvisible(cleanText(s));
}

/**
 * A display name from a chat platform: a clean name on one line, trimmed,
 * cut to {@link MAX_DISPLAY_NAME} characters (whole code points); undefined
 * when nothing is left.
 */
export function cleanDisplayName(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const name = [...cleanName(s).replace(/\s+/g, " ").trim()].slice(0, MAX_DISPLAY_NAME).join("").trim();
  return name === "" ? undefined : name;
}

/**
 * Cleans every string value of a parsed JSON value with {@link cleanText},
 * at any depth, without recursion (the depth of a request body is bounded by
 * its reader, but this does not rely on it). Keys are left alone: the
 * schemas that read the value refuse unknown ones.
 */
export function cleanJsonStrings(value: unknown): unknown {
  const root: Record<string, unknown> = { value };
  const stack: Record<string, unknown>[] = [root];
  while (stack.length > 0) {
    const holder = stack.pop()!;
    for (const key of Object.keys(holder)) {
      const v = holder[key];
      if (typeof v === "string") holder[key] = cleanText(v);
      else if (v !== null && typeof v === "object") stack.push(v as Record<string, unknown>);
    }
  }
  return root.value;
}
