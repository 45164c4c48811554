import type { CoreDeps } from "../deps.js";
import type { Translator, TextArgs, Language } from "../../i18n/translator.js";
import type { Actor } from "../access/roles.js";
import type { Inbound, Outbound, Button } from "./types.js";

export interface ConversationDeps extends CoreDeps {
  translator: Translator;
  defaultLanguage: Language;
}

/** What a command handler gets. */
export interface CommandContext {
  deps: ConversationDeps;
  inbound: Inbound;
  /** Null for an unregistered user (only commands with `public: true` see that). */
  actor: Actor | null;
  language: Language;
  /** The text after the command word(s). */
  args: string;
  /** Translates a key in the user's language. */
  t(key: string, args?: TextArgs): string;
}

export interface CommandDef {
  /** Canonical (Vietnamese) name without the slash: "thongke". */
  name: string;
  /** Other spellings: "thong ke", "stats". Matching ignores case and diacritics. */
  aliases: readonly string[];
  /** Locale key of the one-line usage, e.g. "usage-thongke". */
  usageKey: string;
  /** Locale key of the help line. */
  helpKey: string;
  /** Runs for unregistered users too. */
  public?: boolean;
  /** Shows task details, so it answers only in private chats. */
  privateOnly?: boolean;
  /** Shown in /help only to these (default: everyone registered). */
  visible?(actor: Actor | null): boolean;
  run(ctx: CommandContext): Promise<Outbound[]>;
}

/**
 * Handles a button press whose action id starts with `prefix + ":"`. The
 * payload is whatever the client sent: `run` checks its shape and the
 * actor's rights at the press, never trusting that the bot showed the button.
 */
export interface ActionDef {
  prefix: string;
  /** May be pressed in a group chat (it shows no task details). Default: private chats only. */
  groups?: boolean;
  run(ctx: CommandContext, payload: string[]): Promise<Outbound[]>;
}

export function reply(text: string, extra: Omit<Outbound, "text"> = {}): Outbound {
  return { text, ...extra };
}

export function buttonRows(buttons: Button[], perRow = 1): Button[][] {
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.length; i += perRow) rows.push(buttons.slice(i, i + perRow));
  return rows;
}
