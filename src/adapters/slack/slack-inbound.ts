import { cleanDisplayName, cleanText } from "../../core/text/clean-text.js";
import { fromSlackText, withoutMention } from "./slack-text.js";

/**
 * Reading Slack's payloads (Events API events, block_actions, slash
 * commands). Everything is checked at run time: a payload is signed by Slack
 * but its shape is still only documented, not typed.
 */

/** A Slack user as ChatIdentity stores it: "TEAM:USER". */
export function slackUserId(team: string, user: string): string {
  return `${team}:${user}`;
}

/** The bot's own ids, from auth.test. */
export interface SlackBotIds {
  userId: string;
  botId: string;
}

/** A user's message or mention, ready to become an Inbound. */
export interface SlackIncoming {
  team: string;
  user: string;
  channel: string;
  chatType: "private" | "group";
  ts: string;
  /** The thread's parent ts, when the message was written in a thread. */
  threadTs?: string;
  eventId?: string;
  text: string;
}

export type ParsedEvent =
  | { kind: "message"; message: SlackIncoming }
  /** A DM without text (a file or an image alone): answered politely, not handled. */
  | { kind: "unsupported"; message: SlackIncoming }
  | { kind: "ignored"; reason: string };

/** Message subtypes that are still a person writing to the bot. */
const PLAIN_SUBTYPES = new Set([undefined, "thread_broadcast", "file_share"]);

/**
 * A `message` event (DMs only: channel messages reach the bot as app_mention)
 * or an `app_mention` event. Bot messages, edits, deletions, joins and every
 * other subtype are ignored. A mention outside a thread is a command with or
 * without its slash ("@bot thongke SYT" → "/thongke SYT"); inside a thread it
 * is text, so that a reply to a task message records progress.
 */
export function parseEvent(body: Record<string, unknown>, bot: SlackBotIds): ParsedEvent {
  const event = body.event;
  if (!isRecord(event)) return { kind: "ignored", reason: "no event" };
  const type = str(event.type);
  if (type !== "message" && type !== "app_mention") return { kind: "ignored", reason: `event ${type}` };
  const subtype = str(event.subtype);
  if (str(event.bot_id) || subtype === "bot_message" || str(event.user) === bot.userId) return { kind: "ignored", reason: "bot message" };
  if (type === "message" && event.channel_type !== "im") return { kind: "ignored", reason: "not a DM" };
  const user = str(event.user);
  const channel = str(event.channel);
  const ts = str(event.ts);
  const team = str(event.team) ?? str(body.team_id);
  if (!user || !channel || !ts || !team) return { kind: "ignored", reason: "no user, channel, ts or team" };
  const threadTs = str(event.thread_ts);
  const raw = typeof event.text === "string" ? event.text : "";
  const inThread = threadTs !== undefined && threadTs !== ts;
  const message: SlackIncoming = {
    team,
    user,
    channel,
    chatType: type === "message" ? "private" : "group",
    ts,
    ...(inThread ? { threadTs } : {}),
    ...(str(body.event_id) ? { eventId: str(body.event_id) } : {}),
    text: type === "app_mention" ? mentionText(raw, bot.userId, inThread) : fromSlackText(withoutMention(raw, bot.userId)),
  };
  if (!PLAIN_SUBTYPES.has(subtype)) return { kind: "ignored", reason: `subtype ${subtype}` };
  // A file with words beside it counts as the words (a progress note with its report attached); without words, it is answered.
  if (type === "message" && message.text === "") return { kind: "unsupported", message };
  return { kind: "message", message };
}

function mentionText(raw: string, botUserId: string, inThread: boolean): string {
  const text = fromSlackText(withoutMention(raw, botUserId));
  if (inThread && text !== "") return text;
  if (text === "") return "/help";
  return text.startsWith("/") ? text : `/${text}`;
}

/** A button press (block_actions) on one of the bot's messages. */
export interface SlackButtonPress {
  team: string;
  user: string;
  displayName?: string;
  channel: string;
  /** The ts of the message the button belongs to. */
  messageTs: string;
  /** The thread the message is in, if any. */
  threadTs?: string;
  /** An ephemeral message (a slash command's answer) exists only for its user and is changed through response_url. */
  ephemeral: boolean;
  responseUrl?: string;
  /** The button's value: the core's action id. */
  value: string;
  /** A key for this press (trigger_id, or the action's ts). */
  pressId: string;
}

/** The first button press of a block_actions payload, or null when it is not one of ours. */
export function parseButtonPress(body: Record<string, unknown>): SlackButtonPress | null {
  const user = isRecord(body.user) ? body.user : {};
  const container = isRecord(body.container) ? body.container : {};
  const message = isRecord(body.message) ? body.message : {};
  const action = Array.isArray(body.actions) ? body.actions.find(isRecord) : undefined;
  const team = str(user.team_id) ?? (isRecord(body.team) ? str(body.team.id) : undefined);
  const channel = str(container.channel_id) ?? (isRecord(body.channel) ? str(body.channel.id) : undefined);
  const messageTs = str(container.message_ts) ?? str(message.ts);
  // The value exactly as sent, even empty: the core refuses what it did not write, and nothing else may reshape it.
  const value = typeof action?.value === "string" ? action.value : undefined;
  const userId = str(user.id);
  if (!team || !userId || !channel || !messageTs || value === undefined) return null;
  const threadTs = str(container.thread_ts) ?? str(message.thread_ts);
  const displayName = cleanDisplayName(str(user.name) ?? str(user.username));
  return {
    team,
    user: userId,
    ...(displayName ? { displayName } : {}),
    channel,
    messageTs,
    ...(threadTs && threadTs !== messageTs ? { threadTs } : {}),
    ephemeral: container.is_ephemeral === true,
    ...(str(body.response_url) ? { responseUrl: str(body.response_url) } : {}),
    value,
    pressId: str(body.trigger_id) ?? `${messageTs}/${str(action?.action_ts) ?? ""}`,
  };
}

/** A slash command invocation. */
export interface SlackCommand {
  team: string;
  user: string;
  displayName?: string;
  channel: string;
  responseUrl?: string;
  triggerId?: string;
  /** The core's text: "/nhacviec thongke SYT" → "/thongke SYT", "/thongke SYT" → "/thongke SYT". */
  text: string;
}

/**
 * A slash command as the core's text. The app's own command takes a command
 * as its text, with or without the slash, and alone means /help; any other
 * slash command registered for the app ("/thongke") is that core command.
 */
export function parseCommand(body: Record<string, unknown>, mainCommand: string): SlackCommand | null {
  const team = str(body.team_id);
  const user = str(body.user_id);
  const channel = str(body.channel_id);
  const name = str(body.command)?.replace(/^\//, "").trim();
  if (!team || !user || !channel || !name) return null;
  const rest = fromSlackText(typeof body.text === "string" ? body.text : "").trim();
  let text: string;
  if (name.toLowerCase() === mainCommand.toLowerCase()) text = rest === "" ? "/help" : rest.startsWith("/") ? rest : `/${rest}`;
  else text = rest === "" ? `/${name}` : `/${name} ${rest}`;
  const displayName = cleanDisplayName(str(body.user_name));
  return {
    team,
    user,
    ...(displayName ? { displayName } : {}),
    channel,
    ...(str(body.response_url) ? { responseUrl: str(body.response_url) } : {}),
    ...(str(body.trigger_id) ? { triggerId: str(body.trigger_id) } : {}),
    text,
  };
}

/** A Slack ts ("1561000000.000100", seconds) as a Date, or undefined. */
export function tsToDate(ts: string | undefined): Date | undefined {
  const seconds = Number(ts);
  return ts !== undefined && Number.isFinite(seconds) && seconds > 0 ? new Date(Math.round(seconds * 1000)) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Longest id, ts, URL or name read from a payload. Ids end up in unique
 * indexes, which PostgreSQL cannot build over a text of a few kilobytes; a
 * longer value is treated as absent.
 */
export const MAX_FIELD_LENGTH = 255;

function str(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = cleanText(value).trim();
  return text !== "" && text.length <= MAX_FIELD_LENGTH ? text : undefined;
}
