/**
 * Splits a plain text into parts of at most `max` UTF-16 code units (the unit
 * Telegram, Slack and Zalo count in), for platforms that cap a message's length.
 *
 * Lines are kept whole where possible: parts break at the last line break that
 * fits, and the break itself is dropped. A single line longer than `max` breaks
 * at its last space that fits, or, with no space, at `max` (never inside a
 * surrogate pair, so an emoji is never cut in half). Empty parts are never
 * returned; a text that is empty after trimming gives `[]`.
 *
 * @param text the plain text (not yet escaped for any markup)
 * @param max the platform's limit, e.g. 4096 for Telegram, 2000 for Zalo
 */
export function splitText(text: string, max: number): string[] {
  if (!Number.isInteger(max) || max < 2) throw new RangeError(`max must be an integer ≥ 2, got ${max}`);
  const parts: string[] = [];
  let rest = text.replace(/\r\n?/g, "\n").trim();
  while (rest.length > max) {
    const cut = cutPoint(rest, max);
    const head = rest.slice(0, cut).trimEnd();
    if (head !== "") parts.push(head);
    rest = rest.slice(cut).replace(/^[ \n]+/, "");
  }
  if (rest !== "") parts.push(rest);
  return parts;
}

/** Where to end the first part of `text`: after a line, a word, or at `max`. */
function cutPoint(text: string, max: number): number {
  // A break at position `max` itself still fits: the newline is dropped.
  const newline = text.lastIndexOf("\n", max);
  if (newline > 0) return newline;
  const space = text.lastIndexOf(" ", max);
  if (space > 0) return space;
  const code = text.charCodeAt(max - 1);
  const isHighSurrogate = code >= 0xd800 && code <= 0xdbff;
  return isHighSurrogate ? max - 1 : max;
}
