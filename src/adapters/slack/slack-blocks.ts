import type { Button, Outbound } from "../../core/conversation/types.js";
import { splitText } from "../../outbox/split-text.js";
import { escapeMrkdwn, unescapeMrkdwn } from "./slack-text.js";

/**
 * Slack's limits on a message, from the Block Kit reference: a section's text
 * holds 3,000 characters, a message 50 blocks, an actions block 25 elements, a
 * button label 75. `text` may hold 40,000 characters, but Slack refuses blocks
 * whose texts add up to much less (`msg_blocks_too_long` from about 13,000,
 * slackapi/bolt-js#2509), so a message carries at most 12,000.
 */
export const SLACK_LIMITS = {
  sectionText: 3000,
  blocks: 50,
  messageText: 12_000,
  actionsElements: 25,
  buttonLabel: 75,
} as const;

/** The prefix of our buttons' action_id; the rest is the button's index in the message. */
export const ACTION_ID_PREFIX = "nv-";

export interface SectionBlock {
  type: "section";
  text: { type: "mrkdwn"; text: string };
}

export interface ButtonElement {
  type: "button";
  action_id: string;
  text: { type: "plain_text"; text: string; emoji: boolean };
  value: string;
}

export interface ActionsBlock {
  type: "actions";
  elements: ButtonElement[];
}

export type SlackBlock = SectionBlock | ActionsBlock;

/** One Slack message: the notification text and the blocks shown. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/**
 * Renders a reply as Slack messages: its text, escaped, in sections of at
 * most 3,000 characters, and its buttons as actions blocks (one per row) on
 * the last message. A text too long for one message goes out as several,
 * each under Slack's limits. Each button's value is the core's action id and
 * its action_id is unique in the message. An empty text gives [].
 */
export function renderSlackMessages(message: Outbound): SlackMessage[] {
  const sections = sectionTexts(message.text);
  if (sections.length === 0) return [];
  const actions = actionBlocks(message.buttons ?? []);
  const perMessage = SLACK_LIMITS.blocks - actions.length;
  const groups: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const section of sections) {
    if (current.length > 0 && (current.length >= perMessage || length + 1 + section.length > SLACK_LIMITS.messageText)) {
      groups.push(current);
      current = [];
      length = 0;
    }
    current.push(section);
    length += (current.length > 1 ? 1 : 0) + section.length;
  }
  groups.push(current);
  return groups.map((texts, i) => ({
    text: texts.join("\n"),
    blocks: [
      ...texts.map((text): SectionBlock => ({ type: "section", text: { type: "mrkdwn", text } })),
      ...(i === groups.length - 1 ? actions : []),
    ],
  }));
}

/** The escaped text in parts that each fit a section once escaped. */
function sectionTexts(text: string): string[] {
  const out: string[] = [];
  for (const part of splitText(text, SLACK_LIMITS.sectionText)) pushEscaped(part, out);
  return out;
}

function pushEscaped(part: string, out: string[]): void {
  const escaped = escapeMrkdwn(part);
  if (escaped.length <= SLACK_LIMITS.sectionText) {
    out.push(escaped);
    return;
  }
  // Escapes lengthen the text: split the plain part smaller, in proportion.
  const max = Math.max(2, Math.floor((part.length * SLACK_LIMITS.sectionText) / escaped.length));
  for (const sub of splitText(part, max)) pushEscaped(sub, out);
}

/**
 * One actions block per row (a row over 25 buttons takes several). More rows
 * than a message can hold beside a section are packed 25 buttons a block.
 */
function actionBlocks(rows: Button[][]): ActionsBlock[] {
  let index = 0;
  const toElement = (b: Button): ButtonElement => ({
    type: "button",
    action_id: `${ACTION_ID_PREFIX}${index++}`,
    text: { type: "plain_text", text: label(b.label), emoji: true },
    value: b.action,
  });
  const nonEmpty = rows.filter((r) => r.length > 0);
  let chunks = nonEmpty.flatMap((row) => chunk(row, SLACK_LIMITS.actionsElements));
  if (chunks.length > SLACK_LIMITS.blocks - 1) chunks = chunk(nonEmpty.flat(), SLACK_LIMITS.actionsElements).slice(0, SLACK_LIMITS.blocks - 1);
  return chunks.map((row) => ({ type: "actions", elements: row.map(toElement) }));
}

function label(text: string): string {
  const max = SLACK_LIMITS.buttonLabel;
  const chars = [...text.trim()];
  if (chars.length === 0) return "·";
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The plain text of rendered messages (their sections, unescaped): what is left to send after a failure. */
export function plainTextOf(messages: SlackMessage[]): string {
  const sections = messages.flatMap((m) => m.blocks.flatMap((b) => (b.type === "section" ? [b.text.text] : [])));
  return unescapeMrkdwn(sections.join("\n"));
}
