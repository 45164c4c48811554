import { cleanText } from "../../core/text/clean-text.js";

/**
 * Text as Slack writes it and as nhacviec reads it. Slack's message format
 * ("mrkdwn") reserves `&`, `<` and `>`: Slack escapes them in what users type,
 * and expects them escaped in what apps post. Mentions, channels and links
 * arrive as `<@U123>`, `<#C123|name>` and `<https://…|label>`.
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Escapes plain text for a mrkdwn field or the `text` of a message. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c]!);
}

/** Reverses escapeMrkdwn: `&lt;` `&gt;` `&amp;` back to the characters. */
export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/**
 * A user's message as plain text: links become their label (or the address),
 * mentions and channels their label (or the id), and the escapes are undone.
 * The result is NFC, like every text the core stores, and clean (no NUL, no
 * lone surrogate: src/core/text/clean-text.ts).
 */
export function fromSlackText(text: string): string {
  const plain = text.replace(/<([^<>|]*)(?:\|([^<>]*))?>/g, (_all, target: string, label?: string) => {
    if (label !== undefined && label !== "") return label;
    if (target.startsWith("mailto:")) return target.slice("mailto:".length);
    if (target.startsWith("!")) return `@${target.slice(1).split("^")[0]}`;
    return target;
  });
  return cleanText(unescapeMrkdwn(plain)).normalize("NFC");
}

/**
 * The text of an app_mention with every mention of the bot removed
 * (`<@UBOT> /thongke SYT` → `/thongke SYT`), spaces collapsed, line breaks kept.
 * A text without the mention is only trimmed.
 */
export function withoutMention(text: string, botUserId: string): string {
  const mention = new RegExp(`<@${escapeRegExp(botUserId)}(?:\\|[^<>]*)?>`, "g");
  if (!mention.test(text)) return text.trim();
  mention.lastIndex = 0;
  return text.replace(mention, " ").replace(/[^\S\n]+/g, " ").replace(/ *\n */g, "\n").trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
