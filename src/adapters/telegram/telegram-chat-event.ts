import type { Update } from "grammy/types";
import type { AfterHandled, ChatEvent } from "../runtime/chat-event.js";
import { toEvent, type BotIdentity, type UnsupportedKind } from "./to-inbound.js";

export interface TelegramEventContext {
  me: BotIdentity;
  /** The time of a button press, which Telegram does not give. */
  now: Date;
  /** Answers a button press; every press must be answered, or the user's client spins until it times out. */
  answer(callbackQueryId: string, failed: boolean): Promise<void>;
}

/** What one Telegram update means for the chat runtime (see toEvent). A chat's updates are handled in order. */
export function toChatEvent(update: Update, ctx: TelegramEventContext): ChatEvent {
  const event = toEvent(update, ctx.me, ctx.now);
  const answering = (callbackQueryId: string | undefined): { afterHandled?: AfterHandled } =>
    callbackQueryId === undefined ? {} : { afterHandled: (failed) => ctx.answer(callbackQueryId, failed) };
  switch (event.kind) {
    case "inbound":
      return { kind: "inbound", orderKey: event.inbound.chatId, inbound: event.inbound, ...answering(event.callbackQueryId) };
    case "unsupported":
      return { kind: "unsupported", orderKey: event.chatId, chatId: event.chatId, userId: event.userId, updateId: event.updateId, sentence: UNSUPPORTED_KEYS[event.what] };
    case "membership":
      return { kind: "membership", orderKey: event.chatId, chatId: event.chatId, blocked: event.blocked };
    case "ignored":
      return { kind: "ignored", reason: event.reason, ...answering(event.callbackQueryId) };
  }
}

const UNSUPPORTED_KEYS: Record<UnsupportedKind, string> = {
  photo: "telegram-unsupported-photo",
  sticker: "telegram-unsupported-sticker",
  document: "telegram-unsupported-document",
  voice: "telegram-unsupported-voice",
  other: "telegram-unsupported",
};
