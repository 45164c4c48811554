/** Tags Telegram's HTML parse mode accepts (core.telegram.org/bots/api#html-style). */
const TAGS = new Set([
  "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "tg-emoji", "code", "pre", "blockquote",
]);
const ENTITY = /^&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/i;
const DECODE: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

/** A refusal the fake answers with 400, worded as Telegram words it. */
export class BadRequest extends Error {}

/**
 * The visible text of a message after entity parsing, as Telegram computes it
 * before applying the 1-4096 length rule. Throws BadRequest when HTML parse
 * mode is asked and the markup is not well-formed: unknown or unclosed tags,
 * a bare `<`, or an `&` that does not start an entity.
 */
export function visibleText(text: string, parseMode: unknown): string {
  if (parseMode === undefined || parseMode === null || parseMode === "") return text;
  if (parseMode !== "HTML") return text; // MarkdownV2 is not modelled; nhacviec sends HTML.
  const open: string[] = [];
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "<") {
      const end = text.indexOf(">", i);
      const tag = end === -1 ? null : /^<(\/?)([a-z-]+)(\s[^<>]*)?>$/i.exec(text.slice(i, end + 1));
      if (!tag) throw new BadRequest(`Bad Request: can't parse entities: Unsupported start tag at byte offset ${byteOffset(text, i)}`);
      const name = tag[2]!.toLowerCase();
      if (!TAGS.has(name)) throw new BadRequest(`Bad Request: can't parse entities: Unsupported start tag "${name}" at byte offset ${byteOffset(text, i)}`);
      if (tag[1] === "/") {
        if (open.pop() !== name) throw new BadRequest(`Bad Request: can't parse entities: Unmatched end tag at byte offset ${byteOffset(text, i)}, expected "</${open.at(-1) ?? ""}>", found "</${name}>"`);
      } else open.push(name);
      i = end + 1;
    } else if (c === "&") {
      const m = ENTITY.exec(text.slice(i, i + 12));
      if (!m) throw new BadRequest(`Bad Request: can't parse entities: Character '&' is reserved and must be escaped at byte offset ${byteOffset(text, i)}`);
      out += decode(m[1]!);
      i += m[0].length;
    } else if (c === ">") {
      throw new BadRequest(`Bad Request: can't parse entities: Character '>' is reserved and must be escaped at byte offset ${byteOffset(text, i)}`);
    } else {
      out += c;
      i += 1;
    }
  }
  if (open.length > 0) throw new BadRequest(`Bad Request: can't parse entities: Can't find end tag corresponding to start tag "${open.at(-1)}"`);
  return out;
}

/** Checks an inline keyboard: rows of buttons with a text and 1-64 bytes of callback_data. */
export function checkReplyMarkup(markup: unknown): void {
  if (markup === undefined) return;
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (rows === undefined) return; // other keyboards are not modelled
  if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r))) throw new BadRequest("Bad Request: field \"inline_keyboard\" must be an Array of Array");
  for (const button of rows.flat() as { text?: unknown; callback_data?: unknown; url?: unknown }[]) {
    if (typeof button.text !== "string" || button.text === "") throw new BadRequest("Bad Request: text buttons are unallowed in the inline keyboard");
    if (button.url !== undefined) continue;
    const bytes = typeof button.callback_data === "string" ? Buffer.byteLength(button.callback_data, "utf8") : 0;
    if (bytes < 1 || bytes > 64) throw new BadRequest("Bad Request: BUTTON_DATA_INVALID");
  }
}

/** The message text rules of sendMessage and editMessageText. */
export function checkText(text: unknown, parseMode: unknown): string {
  if (typeof text !== "string") throw new BadRequest("Bad Request: message text is empty");
  const visible = visibleText(text, parseMode);
  if (visible.trim() === "") throw new BadRequest("Bad Request: message text is empty");
  if (visible.length > 4096) throw new BadRequest("Bad Request: message is too long");
  return visible;
}

function decode(entity: string): string {
  if (entity.startsWith("#x") || entity.startsWith("#X")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
  if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
  return DECODE[entity.toLowerCase()]!;
}

function byteOffset(text: string, index: number): number {
  return Buffer.byteLength(text.slice(0, index), "utf8");
}
