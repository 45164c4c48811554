import { cleanDisplayName, cleanText } from "../../core/text/clean-text.js";
import { ZALO_EVENTS, type ZaloEventName } from "./zalo-types.js";

/** One Zalo message event, checked and flattened. */
export interface ZaloIncoming {
  event: ZaloEventName;
  messageId: string;
  userId: string;
  chatId: string;
  chatType: "private" | "group";
  text?: string;
  /** When the user sent it; absent when the event had no usable date. */
  at?: Date;
  displayName?: string;
  /** The message this one quotes, when the payload says so (`reply_to_message`, not documented by Zalo). */
  replyTo?: { messageId?: string; fromId?: string };
}

export type ParsedUpdate =
  | { kind: "message"; message: ZaloIncoming }
  /** A well-formed update of an event nhacviec does not know (a future one): ignored, not an error. */
  | { kind: "ignored"; event: string }
  | { kind: "invalid"; reason: string };

/** The bot as getMe describes it, for telling whether a group message is meant for it. */
export interface BotIdentity {
  id: string;
  name: string;
}

/**
 * Reads a getUpdates result or a webhook body. The platform's documents show
 * both `{ ok: true, result: { event_name, message } }` and the bare update,
 * so both are accepted. Ids must be short (see {@link MAX_ID_LENGTH}); the
 * text and the name are cleaned (src/core/text/clean-text.ts), so a NUL or a
 * lone surrogate never reaches the database.
 */
export function parseUpdate(payload: unknown): ParsedUpdate {
  const update = unwrap(payload);
  if (!isRecord(update) || typeof update.event_name !== "string") return { kind: "invalid", reason: "not a Zalo update (no event_name)" };
  const event = update.event_name;
  if (!(ZALO_EVENTS as readonly string[]).includes(event)) return { kind: "ignored", event };
  const m = update.message;
  if (!isRecord(m) || !isRecord(m.from) || !isRecord(m.chat)) return { kind: "invalid", reason: `${event} without message.from and message.chat` };
  const messageId = id(m.message_id);
  const userId = id(m.from.id);
  const chatId = id(m.chat.id);
  if (!messageId || !userId || !chatId) return { kind: "invalid", reason: `${event} without message_id, from.id or chat.id` };
  const displayName = cleanDisplayName(str(m.from.display_name) ?? str(m.from.name));
  const reply = isRecord(m.reply_to_message) ? m.reply_to_message : undefined;
  return {
    kind: "message",
    message: {
      event: event as ZaloEventName,
      messageId,
      userId,
      chatId,
      chatType: String(m.chat.chat_type).toUpperCase() === "GROUP" ? "group" : "private",
      ...(typeof m.text === "string" ? { text: cleanText(m.text) } : {}),
      ...(typeof m.date === "number" && Number.isFinite(m.date) ? { at: new Date(m.date) } : {}),
      ...(displayName ? { displayName } : {}),
      ...(reply ? { replyTo: { messageId: id(reply.message_id), fromId: isRecord(reply.from) ? id(reply.from.id) : undefined } } : {}),
    },
  };
}

/**
 * For a group message, the text meant for the bot with the mention removed,
 * or null when the message is not for the bot. A message is for the bot when
 * it mentions "@<bot name>" (or "@<bot id>"), when it is a command not
 * addressed to another bot ("/thongke", "/thongke@<bot name>"), or when it
 * replies to the bot.
 */
export function addressedText(text: string, bot: BotIdentity, repliesToBot: boolean): string | null {
  const names = [bot.name, bot.id].filter((n) => n !== "");
  // "@" must start a word: "bot@Bot…" inside an address is not a mention.
  const mention = new RegExp(`(?<![\\p{L}\\p{N}_.])@(?:${names.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "giu");
  const nfc = text.normalize("NFC");
  if (names.length > 0 && mention.test(nfc)) return squeeze(nfc.replace(mention, " "));
  const trimmed = nfc.trim();
  if (trimmed.startsWith("/")) {
    const at = /^\/[^\s@]+@/u.exec(trimmed);
    if (!at) return trimmed;
    // "/cmd@Someone": only ours when Someone is this bot.
    const suffix = trimmed.slice(at[0].length);
    for (const name of names) {
      if (suffix.toLowerCase().startsWith(name.toLowerCase())) {
        return squeeze(`${at[0].slice(0, -1)} ${suffix.slice(name.length)}`);
      }
    }
    return null;
  }
  return repliesToBot ? trimmed : null;
}

/** Collapses the spaces a removed mention leaves, keeping line breaks. */
function squeeze(text: string): string {
  return text.replace(/[^\S\n]+/g, " ").replace(/ *\n */g, "\n").trim();
}

function unwrap(payload: unknown): unknown {
  if (isRecord(payload) && typeof payload.ok === "boolean" && isRecord(payload.result)) return payload.result;
  return payload;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Longest id accepted (message, user and chat ids are a few dozen characters).
 * Ids end up in unique indexes, and PostgreSQL cannot index a text of a few
 * kilobytes: a longer id is not an id.
 */
export const MAX_ID_LENGTH = 128;

/** Letters, digits and the separators ids are written with; no spaces, controls or invisible characters. */
const ID = /^[\p{L}\p{N}_.:@-]+$/u;

function id(value: unknown): string | undefined {
  if (typeof value === "string") {
    const text = value.trim();
    return text.length <= MAX_ID_LENGTH && ID.test(text) ? text : undefined;
  }
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return String(value);
  return undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
