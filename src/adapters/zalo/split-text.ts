/**
 * Splits a text into pieces of at most `limit` UTF-16 code units, at line
 * boundaries where it can: blank lines first, then single line breaks, then
 * spaces; a single word longer than the limit is cut, never inside a
 * surrogate pair. Counting UTF-16 units keeps every piece under the limit
 * whether the platform counts code units or characters.
 */
export function splitText(text: string, limit: number): string[] {
  if (limit < 2) throw new RangeError("limit must be at least 2");
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = cutPoint(rest, limit);
    const head = rest.slice(0, cut).replace(/\s+$/u, "");
    if (head !== "") pieces.push(head);
    rest = rest.slice(cut).replace(/^(?:\n+| )/u, "");
  }
  if (rest.trim() !== "") pieces.push(rest);
  return pieces;
}

function cutPoint(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  for (const separator of ["\n\n", "\n", " "]) {
    const at = window.lastIndexOf(separator);
    // A cut very early would leave tiny pieces; only use separators in the second half.
    if (at > limit / 2) return at;
  }
  const code = text.charCodeAt(limit - 1);
  const highSurrogate = code >= 0xd800 && code <= 0xdbff;
  return highSurrogate ? limit - 1 : limit;
}
