import type { Button, Outbound } from "../../core/conversation/types.js";

/**
 * Renders replies as plain text, with buttons as numbered choices. Returns
 * the text and the choices in the order they were numbered.
 */
export function renderNumbered(replies: Outbound[]): { text: string; choices: Button[] } {
  const choices: Button[] = [];
  const parts: string[] = [];
  for (const r of replies) {
    const lines = [r.text];
    for (const b of (r.buttons ?? []).flat()) {
      choices.push(b);
      lines.push(`  ${choices.length}. ${b.label}`);
    }
    parts.push(lines.join("\n"));
  }
  return { text: parts.join("\n\n"), choices };
}
