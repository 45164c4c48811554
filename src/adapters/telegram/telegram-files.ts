import { Api, InputFile } from "grammy";
import type { SentMessage } from "../../outbox/sender.js";
import { DeliveryError } from "../../outbox/sender.js";
import { escapeHtml } from "./escape-html.js";
import { toDeliveryError } from "./telegram-errors.js";
import { truncate } from "./truncate.js";
import type { TelegramSenderOptions } from "./telegram-sender.js";

/** A file to post in a chat: a report (document) or a chart (photo). */
export interface OutgoingFile {
  filename: string;
  bytes: Uint8Array;
  /** Plain text under the file; cut to Telegram's 1,024 characters. */
  caption?: string;
  kind: "document" | "photo";
}

/** Telegram's limits for uploads by a bot (core.telegram.org/bots/api#sending-files). */
export const TELEGRAM_FILE_LIMITS = { documentBytes: 50 * 1024 * 1024, photoBytes: 10 * 1024 * 1024, captionChars: 1024 } as const;

/**
 * Sends report files to Telegram chats (sendDocument / sendPhoto, uploaded
 * as multipart). Errors come as DeliveryError, like TelegramSender's, with
 * the token kept out of them; there are no hidden retries.
 */
export class TelegramFileSender {
  readonly platform = "telegram" as const;
  readonly #api: Api;
  readonly #token: string;

  constructor(options: TelegramSenderOptions) {
    this.#api = "api" in options ? options.api : new Api(options.token, { apiRoot: options.apiRoot, timeoutSeconds: options.timeoutSeconds ?? 60 });
    this.#token = this.#api.token;
  }

  /** Posts the file; a file over Telegram's size limit is refused as `rejected` without a call. */
  async sendFile(chatId: string, file: OutgoingFile): Promise<SentMessage> {
    const limit = file.kind === "photo" ? TELEGRAM_FILE_LIMITS.photoBytes : TELEGRAM_FILE_LIMITS.documentBytes;
    if (file.bytes.byteLength === 0) throw new DeliveryError("rejected", `${file.filename} is empty`);
    if (file.bytes.byteLength > limit) throw new DeliveryError("rejected", `${file.filename} is over Telegram's ${limit / 1024 / 1024} MB limit for a ${file.kind}`);
    const input = new InputFile(file.bytes, file.filename);
    const caption = file.caption?.trim() ? { caption: escapeHtml(truncate(file.caption.trim(), TELEGRAM_FILE_LIMITS.captionChars)), parse_mode: "HTML" as const } : {};
    try {
      const sent = file.kind === "photo" ? await this.#api.sendPhoto(chatId, input, caption) : await this.#api.sendDocument(chatId, input, caption);
      return { messageId: String(sent.message_id) };
    } catch (err) {
      throw toDeliveryError(err, this.#token);
    }
  }
}
