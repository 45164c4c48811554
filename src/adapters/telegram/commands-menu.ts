import type { BotCommand } from "grammy/types";
import type { CommandDef } from "../../core/conversation/context.js";
import { foldVietnamese } from "../../core/text/fold.js";
import type { Language, Translator } from "../../i18n/translator.js";
import { truncate } from "./truncate.js";

/** Telegram's rules for a menu entry (core.telegram.org/bots/api#botcommand). */
const COMMAND_NAME = /^[a-z0-9_]{1,32}$/;
const MAX_DESCRIPTION = 256;

/**
 * The command menu in one language, from the command registry and the
 * locale's help lines ("/thongke [cơ quan] … — số liệu nhiệm vụ …"): the
 * command word of the help line when it is one of the command's spellings
 * (so English users see /stats), else the canonical name; the description
 * is what follows the dash. Commands whose names Telegram would refuse are
 * left out of the menu (they still work when typed).
 */
export function menuCommands(commands: readonly CommandDef[], translator: Translator, language: Language): BotCommand[] {
  const menu: BotCommand[] = [];
  const seen = new Set<string>();
  for (const command of commands) {
    const line = translator.t(language, command.helpKey).split("\n")[0]!.trim();
    const [, word = "", rest = ""] = /^\/(\S+)\s*(.*)$/.exec(line) ?? [];
    const spellings = new Set([command.name, ...command.aliases].map(spelling));
    const name = COMMAND_NAME.test(word) && spellings.has(spelling(word)) ? word : command.name;
    if (!COMMAND_NAME.test(name) || seen.has(name)) continue;
    seen.add(name);
    const described = /(?:^|\s)—\s*(.+)$/s.exec(rest)?.[1] ?? rest;
    const description = described.trim() || `/${name}`;
    menu.push({ command: name, description: truncate(capitalize(description), MAX_DESCRIPTION) });
  }
  return menu;
}

const spelling = (s: string) => foldVietnamese(s).toLowerCase().replace(/\s+/g, "");

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}
