/**
 * Each console person has a chat of their own ("console:<handle>"), so that
 * the console chat shows a person only what was sent to them.
 */
export function consoleChatId(userId: string): string {
  return `console:${userId}`;
}
