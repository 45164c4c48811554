import type { Outbound } from "../core/conversation/types.js";
import type { ChatSender } from "./sender.js";
import type { DueRow } from "./claim.js";
import type { OutboxTarget } from "./resolve-channel.js";
import { sentMessageIds } from "./partial-delivery.js";

/** A due row and the chat it resolved to, waiting for its pacing slot. */
export interface Candidate {
  row: DueRow;
  target: OutboxTarget;
}

/**
 * The index of the first candidate `ready` accepts, scanning from a random
 * start so that several instances reading the same rows mostly try different
 * ones (a lost claim costs a round trip). Only the oldest queued message of
 * each chat is eligible, so a chat's messages still go out in order.
 */
export function pick(queue: Candidate[], random: () => number, ready: (c: Candidate) => boolean): number {
  const heads = new Set<number>();
  const chats = new Set<string>();
  queue.forEach((c, i) => {
    const chat = `${c.target.platform}:${c.target.chatId}`;
    if (!chats.has(chat)) heads.add(i);
    chats.add(chat);
  });
  const start = Math.floor(random() * queue.length);
  for (let k = 0; k < queue.length; k++) {
    const i = (start + k) % queue.length;
    if (heads.has(i) && ready(queue[i]!)) return i;
  }
  return -1;
}

/** Sends, or edits when the message says `editOf` and the sender can; returns the message ids. */
export async function deliver(sender: ChatSender, chatId: string, message: Outbound): Promise<string[]> {
  if (message.editOf !== undefined && sender.edit) {
    await sender.edit(chatId, message.editOf, message);
    return [message.editOf];
  }
  return sentMessageIds(await sender.send(chatId, message));
}

/** The message stored in a row's payload, or null when it is not one. */
export function parsePayload(payload: string): Outbound | null {
  try {
    const value = JSON.parse(payload) as Outbound;
    return value && typeof value.text === "string" ? value : null;
  } catch {
    return null;
  }
}

/** A few quick retries for a database write that must not be lost after a send. */
export async function withRetries<T>(fn: () => Promise<T>, tries = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= tries) throw err;
      await new Promise((r) => setTimeout(r, 200 * i));
    }
  }
}
