import type { Db } from "../../db/connect.js";
import type { Clock } from "../../core/clock.js";
import type { Button, Outbound, OutboundFiles } from "../../core/conversation/types.js";
import type { FileLinkPublisher } from "../../http/file-links.js";
import type { Language, Translator } from "../../i18n/translator.js";
import { DeliveryError, type ChatSender } from "../../outbox/sender.js";
import { PartialDeliveryError, type SentParts } from "../../outbox/partial-delivery.js";
import { splitText } from "../../outbox/split-text.js";
import { languageOfChat } from "../runtime/chat-identity.js";
import { rememberChoices } from "./zalo-choices.js";
import type { ZaloClient } from "./zalo-client.js";
import { ZaloApiError, ZaloHttpError } from "./zalo-errors.js";
import { ZALO_MAX_TEXT } from "./zalo-types.js";

export interface ZaloSenderOptions {
  client: ZaloClient;
  db: Db;
  clock: Clock;
  /** Renders the line above numbered choices (`zalo-choices-hint`) in the chat's language; without it, only the numbers show. */
  translator?: Translator;
  /** Language of chats with no registered person (groups). Default "vi". */
  defaultLanguage?: Language;
  /** Publishes files as short-lived links; without it the sender has no `sendFiles`. */
  fileLinks?: FileLinkPublisher;
}

export interface ZaloSender extends ChatSender {
  readonly platform: "zalo";
}

/**
 * The ChatSender of Zalo: plain text only. Buttons become numbered choices
 * under the text ("1 = Sở Y tế"), remembered for the chat so that a typed
 * number presses the button; long texts go out as several messages under
 * 2,000 characters, split at line boundaries, and a failure after some parts
 * went out is a PartialDeliveryError carrying the rest. Zalo cannot edit a
 * message, so there is no `edit` and edits arrive as new messages.
 *
 * Zalo cannot attach files either: with `fileLinks`, a report's chart goes
 * out as a photo by URL and its documents as one message of download links.
 */
export function createZaloSender(options: ZaloSenderOptions): ZaloSender {
  const { client, db, clock, fileLinks } = options;

  async function send(chatId: string, message: Outbound): Promise<SentParts> {
    const buttons = (message.buttons ?? []).flat();
    const hint = buttons.length > 0 ? await choicesHint(chatId) : undefined;
    const textParts = splitText(message.text, ZALO_MAX_TEXT);
    const parts = withChoices(textParts, buttons, hint);
    if (parts.length === 0) throw new DeliveryError("rejected", "empty message: Zalo refuses empty text");
    const ids: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      try {
        const sent = await client.sendMessage({ chatId, text: parts[i]! });
        ids.push(String(sent?.message_id ?? ""));
      } catch (err) {
        const failure = toDeliveryError(err);
        if (ids.length === 0) throw failure;
        // The rest keeps its buttons, so a resend shows (and remembers) the choices once.
        throw new PartialDeliveryError(ids, { ...message, text: textParts.slice(i).join("\n") }, failure);
      }
    }
    // Remembered only once the prompt is out: a failed prompt must not replace the choices the user sees.
    if (buttons.length > 0) await rememberChoices(db, chatId, buttons, clock());
    return { messageId: ids[0]!, messageIds: ids };
  }

  async function choicesHint(chatId: string): Promise<string | undefined> {
    if (!options.translator) return undefined;
    const language = await languageOfChat(db, "zalo", chatId, options.defaultLanguage ?? "vi");
    return options.translator.t(language, "zalo-choices-hint");
  }

  return fileLinks ? { platform: "zalo", send, sendFiles: filesSender(client, fileLinks) } : { platform: "zalo", send };
}

/**
 * `sendFiles` over links: each photo as sendPhoto with its title as caption,
 * then every document as a line "• <title>: <url>" under `linksHeading`,
 * split under 2,000 characters. All files are published before anything is
 * sent, so a storage failure sends nothing.
 */
function filesSender(client: ZaloClient, fileLinks: FileLinkPublisher) {
  return async (chatId: string, files: OutboundFiles): Promise<void> => {
    try {
      const published = await Promise.all(files.items.map(async (file) => ({ file, url: await fileLinks.publish(file) })));
      for (const { file, url } of published.filter((p) => p.file.kind === "photo")) {
        await client.sendPhoto({ chatId, photo: url, caption: file.title.slice(0, ZALO_MAX_TEXT) });
      }
      const lines = published.filter((p) => p.file.kind === "document").map((p) => `• ${p.file.title}: ${p.url}`);
      if (lines.length === 0) return;
      for (const text of splitText([files.linksHeading, ...lines].join("\n"), ZALO_MAX_TEXT)) {
        await client.sendMessage({ chatId, text });
      }
    } catch (err) {
      throw toDeliveryError(err);
    }
  };
}

/**
 * The parts of a text with its buttons as numbered lines ("1 = <label>")
 * after an optional hint line ("Trả lời bằng số để chọn:"), on the last part
 * when they fit there, else as parts of their own. Each part stays under
 * 2,000 characters.
 */
export function withChoices(textParts: string[], buttons: Button[], hint?: string): string[] {
  if (buttons.length === 0) return textParts;
  const block = [...(hint ? [hint] : []), ...buttons.map((b, i) => `${i + 1} = ${b.label}`)].join("\n");
  const last = textParts.at(-1);
  if (last !== undefined && last.length + 2 + block.length <= ZALO_MAX_TEXT) return [...textParts.slice(0, -1), `${last}\n\n${block}`];
  return [...textParts, ...splitText(block, ZALO_MAX_TEXT)];
}

/**
 * Maps a Zalo failure to what the dispatcher needs: 429 (quota) →
 * rate_limited, 403 or a blocked user → unreachable, other refusals →
 * rejected, no answer or 5xx → network.
 */
export function toDeliveryError(err: unknown): DeliveryError {
  if (err instanceof DeliveryError) return err;
  if (err instanceof ZaloApiError) {
    const message = `Zalo refused the message: ${err.errorCode} ${err.description}`;
    if (err.errorCode === 429 || err.status === 429) return new DeliveryError("rate_limited", message, err.retryAfterMs, { cause: err });
    if (err.errorCode === 403 || err.status === 403 || /block/i.test(err.description)) {
      return new DeliveryError("unreachable", message, undefined, { cause: err });
    }
    return new DeliveryError("rejected", message, undefined, { cause: err });
  }
  const message = err instanceof ZaloHttpError ? err.message : `Zalo delivery failed: ${String(err)}`;
  return new DeliveryError("network", message, undefined, { cause: err });
}
