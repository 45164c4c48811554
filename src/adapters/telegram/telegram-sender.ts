import { Api, GrammyError } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Button, Outbound, OutboundFiles } from "../../core/conversation/types.js";
import type { ChatSender } from "../../outbox/sender.js";
import { PartialDeliveryError, type SentParts } from "../../outbox/partial-delivery.js";
import { splitText } from "../../outbox/split-text.js";
import { DeliveryError } from "../../outbox/sender.js";
import { escapeHtml } from "./escape-html.js";
import { toDeliveryError } from "./telegram-errors.js";
import { TelegramFileSender } from "./telegram-files.js";

/** Telegram's limit for a message text, counted after entity parsing. */
export const TELEGRAM_MAX_TEXT = 4096;

export type TelegramSenderOptions =
  /** An existing client, e.g. the bot's own `bot.api`. */
  | { api: Api }
  /**
   * `apiRoot` points at another Bot API server (no trailing slash).
   * `timeoutSeconds` (default 15) bounds one HTTP call; keep it well under the
   * dispatcher's lease so that a slow call never outlives its claim.
   */
  | { token: string; apiRoot?: string; timeoutSeconds?: number };

/**
 * The Telegram implementation of ChatSender, over grammY's `Api`.
 *
 * Texts are plain and sent in HTML parse mode with everything escaped, so a
 * task title holding `<` or `&` can never break the message. Texts longer than
 * 4,096 characters go out as several messages, split at line boundaries; the
 * buttons go on the last one, the reply target on the first.
 *
 * There are no retries here: the outbox dispatcher paces and reschedules, and
 * a hidden retry would hold the row's lease and blur the attempt count.
 */
export class TelegramSender implements ChatSender {
  readonly platform = "telegram" as const;
  // Private fields keep the token out of any serialisation of this object.
  readonly #api: Api;
  readonly #token: string;
  readonly #files: TelegramFileSender;

  constructor(options: TelegramSenderOptions) {
    this.#api =
      "api" in options
        ? options.api
        : new Api(options.token, { apiRoot: options.apiRoot, timeoutSeconds: options.timeoutSeconds ?? 15 });
    this.#token = this.#api.token;
    this.#files = new TelegramFileSender({ api: this.#api });
  }

  /** Posts each file in turn: a photo inline, a document attached, each with its title as caption. */
  async sendFiles(chatId: string, files: OutboundFiles): Promise<void> {
    for (const file of files.items) {
      await this.#files.sendFile(chatId, { filename: file.filename, bytes: file.bytes, caption: file.title, kind: file.kind });
    }
  }

  async send(chatId: string, message: Outbound): Promise<SentParts> {
    const parts = splitText(message.text, TELEGRAM_MAX_TEXT);
    if (parts.length === 0) throw new DeliveryError("rejected", "the message text is empty");
    const ids: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      const last = i === parts.length - 1;
      const markup = last ? keyboard(message.buttons) : undefined;
      const replyTo = i === 0 && message.replyTo !== undefined ? Number(message.replyTo) : undefined;
      try {
        const sent = await this.#api.sendMessage(chatId, escapeHtml(parts[i]!), {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
          ...(markup ? { reply_markup: markup } : {}),
          ...(replyTo !== undefined && Number.isSafeInteger(replyTo)
            ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }
            : {}),
        });
        ids.push(String(sent.message_id));
      } catch (err) {
        const failure = toDeliveryError(err, this.#token);
        if (ids.length === 0) throw failure;
        const { replyTo: _, ...rest } = message;
        throw new PartialDeliveryError(ids, { ...rest, text: parts.slice(i).join("\n") }, failure);
      }
    }
    return { messageId: ids[0]!, messageIds: ids };
  }

  /**
   * Replaces a message's text and buttons. An edit cannot grow a message past
   * the limit, so a long text edits in its first part and sends the rest as
   * new messages. "message is not modified" counts as success: the message
   * already reads as asked (a repeated button press).
   */
  async edit(chatId: string, messageId: string, message: Outbound): Promise<void> {
    const parts = splitText(message.text, TELEGRAM_MAX_TEXT);
    if (parts.length === 0) throw new DeliveryError("rejected", "the message text is empty");
    const markup = parts.length === 1 ? keyboard(message.buttons) : undefined;
    try {
      await this.#api.editMessageText(chatId, Number(messageId), escapeHtml(parts[0]!), {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        ...(markup ? { reply_markup: markup } : {}),
      });
    } catch (err) {
      const notModified = err instanceof GrammyError && /message is not modified/i.test(err.description);
      if (!notModified) throw toDeliveryError(err, this.#token);
    }
    if (parts.length > 1) {
      const { replyTo: _, editOf: __, ...rest } = message;
      await this.send(chatId, { ...rest, text: parts.slice(1).join("\n") });
    }
  }
}

/** Outbound buttons as an inline keyboard; the action id becomes callback_data. */
function keyboard(rows: Button[][] | undefined): InlineKeyboardMarkup | undefined {
  const inline = (rows ?? []).filter((row) => row.length > 0);
  if (inline.length === 0) return undefined;
  return { inline_keyboard: inline.map((row) => row.map((b) => ({ text: b.label, callback_data: b.action }))) };
}
