const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * Escapes plain text for Telegram's HTML parse mode. Telegram needs exactly
 * `&`, `<` and `>` escaped outside tags; a stray one fails the whole message
 * with "can't parse entities", so every user-supplied string goes through here.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITIES[c]!);
}
