/**
 * "Ý bạn là …?" as choices. When a command fails on a name it could not
 * resolve (an agency, a task code) and the error carries alternatives, the
 * conversation offers the same command again with each alternative in place
 * of what was typed. The argument strings are kept in the chat session, so a
 * button carries only `rc:<nonce>:<index>` (Telegram allows 64 bytes), and a
 * forged or stale button finds nothing: the session is per person and chat,
 * and the nonce changes with every offer.
 */
import { randomBytes } from "node:crypto";
import type { Db } from "../../db/connect.js";
import type { Alternative } from "../errors.js";
import type { Button, Inbound } from "./types.js";

/** The action prefix of a choice button. */
export const CHOICE_PREFIX = "rc";
/** How long the choices of one answer stay valid. */
export const CHOICES_TTL_MS = 30 * 60_000;
/** At most this many choices are offered; the closest come first. */
export const MAX_CHOICES = 8;

/** A command and the argument strings it may run again with. */
export interface Choices {
  command: string;
  args: string[];
  labels: string[];
}

interface StoredChoices extends Choices {
  nonce: string;
}

const keyOf = (inbound: Pick<Inbound, "platform" | "chatId" | "userId">) => `choice:${inbound.platform}:${inbound.chatId}:${inbound.userId}`;

/**
 * The arguments with the first occurrence of `query` replaced by each
 * alternative; null when `query` is not in the arguments (nothing to replace).
 */
export function choiceArgs(args: string, query: string, alternatives: readonly Alternative[]): { args: string[]; labels: string[] } | null {
  const at = query === "" ? -1 : args.indexOf(query);
  if (at < 0 || alternatives.length === 0) return null;
  const picked = alternatives.slice(0, MAX_CHOICES);
  return {
    args: picked.map((a) => `${args.slice(0, at)}${a.value}${args.slice(at + query.length)}`.trim()),
    labels: picked.map((a) => a.label ?? a.value),
  };
}

/** Remembers the choices for this person in this chat (replacing earlier ones) and returns their buttons. */
export async function offerChoices(db: Db, inbound: Inbound, choices: Choices, now: Date): Promise<Button[]> {
  const nonce = randomBytes(4).toString("hex");
  const key = keyOf(inbound);
  const data = JSON.stringify({ ...choices, nonce } satisfies StoredChoices);
  const expiresAt = new Date(now.getTime() + CHOICES_TTL_MS);
  await db.chatSession.upsert({ where: { key }, create: { key, data, expiresAt, updatedAt: now }, update: { data, expiresAt, updatedAt: now } });
  return choices.labels.map((label, i) => ({ label, action: `${CHOICE_PREFIX}:${nonce}:${i}` }));
}

/** The command and arguments a choice button stands for, or null when it is unknown, forged or expired. */
export async function takeChoice(db: Db, inbound: Inbound, payload: readonly string[], now: Date): Promise<{ command: string; args: string } | null> {
  const [nonce = "", index = ""] = payload;
  if (payload.length !== 2 || !/^\d{1,2}$/.test(index)) return null;
  const row = await db.chatSession.findUnique({ where: { key: keyOf(inbound) } });
  if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
  const stored = parseStored(row.data);
  if (!stored || stored.nonce !== nonce) return null;
  const args = stored.args[Number(index)];
  return args === undefined ? null : { command: stored.command, args };
}

function parseStored(data: string): StoredChoices | null {
  try {
    const value = JSON.parse(data) as Partial<StoredChoices>;
    if (typeof value.nonce !== "string" || typeof value.command !== "string" || !Array.isArray(value.args)) return null;
    return { nonce: value.nonce, command: value.command, args: value.args.filter((a) => typeof a === "string"), labels: [] };
  } catch {
    return null;
  }
}
