import type { webApi } from "@slack/bolt";
import type { Outbound, OutboundFiles } from "../../core/conversation/types.js";
import { DeliveryError, type ChatSender } from "../../outbox/sender.js";
import { PartialDeliveryError, type SentParts } from "../../outbox/partial-delivery.js";
import { plainTextOf, renderSlackMessages, type SlackMessage } from "./slack-blocks.js";
import { toDeliveryError } from "./slack-errors.js";

export interface SlackSender extends ChatSender {
  readonly platform: "slack";
  send(chatId: string, message: Outbound): Promise<SentParts>;
  edit(chatId: string, messageId: string, message: Outbound): Promise<void>;
  sendFiles(chatId: string, files: OutboundFiles): Promise<void>;
  /** The DM channel with a user ("U…", or "TEAM:U…"), opened with conversations.open and remembered. */
  openDm(user: string): Promise<string>;
}

/** A Slack user id, bare ("U0123ABCD", "W…") or as stored in ChatIdentity ("T0123:U0123ABCD"). */
const USER_ID = /^(?:[TE][A-Z0-9]+:)?([UW][A-Z0-9]+)$/;

/** The largest file the bot uploads. Slack takes up to 1 GB; a report is far smaller. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * The ChatSender of Slack over the Web API. A message is Block Kit (see
 * renderSlackMessages): a long one goes out as several messages, and a
 * failure after some went out is a PartialDeliveryError with the rest.
 * `replyTo` posts into that thread. A chat id that is a user id (a reminder
 * to a person whose identity holds no DM channel) is resolved to the DM
 * channel first. Files (a report) are uploaded and shared in the chat with
 * sendFiles. Failures are DeliveryErrors (see toDeliveryError); the client
 * must reject rate-limited calls instead of waiting, so the dispatcher's
 * pacing decides when to try again.
 */
export function createSlackSender(client: webApi.WebClient): SlackSender {
  const dms = new Map<string, string>();

  async function openDm(user: string): Promise<string> {
    const id = USER_ID.exec(user)?.[1];
    if (!id) throw new DeliveryError("rejected", `not a Slack user id: ${user}`);
    const known = dms.get(id);
    if (known) return known;
    let channel: string | undefined;
    try {
      const result = await client.conversations.open({ users: id, return_im: false });
      channel = result.channel?.id;
    } catch (err) {
      throw toDeliveryError(err, "conversations.open");
    }
    if (!channel) throw new DeliveryError("network", "Slack conversations.open answered without a channel");
    dms.set(id, channel);
    return channel;
  }

  const channelOf = (chatId: string) => (USER_ID.test(chatId) ? openDm(chatId) : Promise.resolve(chatId));

  async function post(channel: string, part: SlackMessage, threadTs?: string): Promise<string> {
    try {
      const result = await client.chat.postMessage({
        channel,
        text: part.text,
        blocks: part.blocks,
        unfurl_links: false,
        unfurl_media: false,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      });
      if (typeof result.ts !== "string") throw new DeliveryError("network", "Slack chat.postMessage answered without a ts");
      return result.ts;
    } catch (err) {
      throw toDeliveryError(err, "chat.postMessage");
    }
  }

  async function send(chatId: string, message: Outbound): Promise<SentParts> {
    const parts = renderSlackMessages(message);
    if (parts.length === 0) throw new DeliveryError("rejected", "empty message: Slack refuses a message without text");
    const channel = await channelOf(chatId);
    const ids: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      try {
        ids.push(await post(channel, parts[i]!, message.replyTo));
      } catch (err) {
        const failure = toDeliveryError(err, "chat.postMessage");
        if (ids.length === 0) throw failure;
        throw new PartialDeliveryError(ids, { ...message, text: plainTextOf(parts.slice(i)) }, failure);
      }
    }
    return { messageId: ids[0]!, messageIds: ids };
  }

  /** Replaces the message with the first part; a longer text's further parts follow as new messages. */
  async function edit(chatId: string, messageId: string, message: Outbound): Promise<void> {
    const [first, ...rest] = renderSlackMessages(message);
    if (!first) throw new DeliveryError("rejected", "empty message: Slack refuses a message without text");
    const channel = await channelOf(chatId);
    try {
      await client.chat.update({ channel, ts: messageId, text: first.text, blocks: first.blocks });
    } catch (err) {
      throw toDeliveryError(err, "chat.update");
    }
    for (const part of rest) await post(channel, part, message.replyTo);
  }

  /**
   * Uploads the files and shares them in the chat as one message, with
   * Slack's external upload flow (files.getUploadURLExternal for each file,
   * the bytes POSTed to its upload URL, then one files.completeUploadExternal
   * naming the channel). An empty or oversized file is refused before any call.
   */
  async function sendFiles(chatId: string, files: OutboundFiles): Promise<void> {
    if (files.items.length === 0) throw new DeliveryError("rejected", "no files to send");
    for (const file of files.items) {
      if (file.bytes.byteLength === 0) throw new DeliveryError("rejected", `empty file: ${file.filename}`);
      if (file.bytes.byteLength > MAX_FILE_BYTES) throw new DeliveryError("rejected", `file too large for Slack: ${file.filename} (${file.bytes.byteLength} bytes)`);
    }
    const channel = await channelOf(chatId);
    try {
      await client.filesUploadV2({
        channel_id: channel,
        file_uploads: files.items.map((file) => ({
          // The client sends a Buffer as binary data; other values would be sent as text.
          file: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
          filename: file.filename,
          title: file.title,
        })),
      });
    } catch (err) {
      throw toDeliveryError(err, "files.uploadV2");
    }
  }

  return { platform: "slack", send, edit, sendFiles, openDm };
}
