import type { Db } from "../../db/connect.js";
import type { Button } from "../../core/conversation/types.js";

/** How long the numbered choices of a prompt stay valid: a day, like a chat's working context. */
export const CHOICES_TTL_MS = 24 * 60 * 60 * 1000;

/** A typed choice is a number of one or two digits, nothing else. */
const CHOICE_NUMBER = /^\d{1,2}$/;

/** ChatSession key of a chat's current choices. */
export function choicesKey(chatId: string): string {
  return `zalo:choices:${chatId}`;
}

/**
 * Remembers the buttons of the last prompt sent to a chat, numbered from 1,
 * replacing the previous prompt's. Zalo has no buttons, so typing the number
 * stands for pressing the button.
 */
export async function rememberChoices(db: Db, chatId: string, buttons: Button[], now: Date, ttlMs = CHOICES_TTL_MS): Promise<void> {
  const key = choicesKey(chatId);
  const data = JSON.stringify(buttons.map((b) => ({ label: b.label, action: b.action })));
  const expiresAt = new Date(now.getTime() + ttlMs);
  await db.chatSession.upsert({ where: { key }, create: { key, data, expiresAt }, update: { data, expiresAt } });
}

/** The button a typed number stands for, or null (not a number, no such choice, expired). */
export async function findChoice(db: Db, chatId: string, typed: string, now: Date): Promise<Button | null> {
  const trimmed = typed.trim();
  if (!CHOICE_NUMBER.test(trimmed)) return null;
  const row = await db.chatSession.findUnique({ where: { key: choicesKey(chatId) } });
  if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
  const choices = parseChoices(row.data);
  return choices[Number(trimmed) - 1] ?? null;
}

function parseChoices(data: string): Button[] {
  try {
    const value: unknown = JSON.parse(data);
    if (!Array.isArray(value)) return [];
    return value.filter((b): b is Button => typeof b?.label === "string" && typeof b?.action === "string");
  } catch {
    return [];
  }
}
