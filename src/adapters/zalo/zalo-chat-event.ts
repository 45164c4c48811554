import type { Db } from "../../db/connect.js";
import type { Clock } from "../../core/clock.js";
import type { Inbound } from "../../core/conversation/types.js";
import type { ChatEvent } from "../runtime/chat-event.js";
import { findChoice } from "./zalo-choices.js";
import { addressedText, type BotIdentity, type ParsedUpdate, type ZaloIncoming } from "./zalo-update.js";

export interface ZaloEventContext {
  me: BotIdentity;
  /** For the numbered choices a typed number stands for. */
  db: Db;
  clock: Clock;
}

/**
 * What one Zalo update means for the chat runtime. Texts in a group count
 * only when meant for the bot (see addressedText); images, stickers and
 * hidden content get a polite answer in private chats and silence in groups.
 * A typed number is read in the chat's turn, so that it sees the choices of
 * the prompt before it.
 */
export function toChatEvent(update: ParsedUpdate, ctx: ZaloEventContext): ChatEvent {
  if (update.kind === "ignored") return { kind: "ignored", reason: `event ${update.event}` };
  if (update.kind === "invalid") return { kind: "ignored", reason: update.reason };
  const m = update.message;
  if (m.event !== "message.text.received") {
    if (m.chatType === "group") return { kind: "ignored", reason: "not a text, in a group" };
    return { kind: "unsupported", orderKey: m.chatId, chatId: m.chatId, userId: m.userId, updateId: m.messageId, sentence: unsupportedKey(m.event) };
  }
  const text = m.chatType === "group" ? addressedText(m.text ?? "", ctx.me, m.replyTo?.fromId !== undefined && m.replyTo.fromId === ctx.me.id) : (m.text ?? "");
  if (text === null) return { kind: "ignored", reason: "group text not for the bot" };
  return { kind: "inbound", orderKey: m.chatId, inbound: () => readText(m, text, ctx) };
}

async function readText(m: ZaloIncoming, text: string, ctx: ZaloEventContext): Promise<Inbound> {
  const choice = await findChoice(ctx.db, m.chatId, text, ctx.clock());
  return {
    platform: "zalo",
    userId: m.userId,
    chatId: m.chatId,
    chatType: m.chatType,
    messageId: m.messageId,
    // Zalo has no update id; a redelivered event repeats its message_id, which the core drops.
    updateId: m.messageId,
    at: m.at ?? ctx.clock(),
    ...(m.displayName ? { displayName: m.displayName } : {}),
    ...(m.replyTo?.messageId ? { replyToMessageId: m.replyTo.messageId } : {}),
    ...(choice ? { action: choice.action } : { text }),
  };
}

/** The answer to an image, a sticker, or anything else that is not a text (voice, hidden content). */
function unsupportedKey(event: ZaloIncoming["event"]): string {
  if (event === "message.image.received") return "zalo-unsupported-image";
  if (event === "message.sticker.received") return "zalo-unsupported-sticker";
  return "zalo-unsupported";
}
