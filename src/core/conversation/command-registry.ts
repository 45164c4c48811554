import { foldVietnamese } from "../text/fold.js";

/** A parsed command line: the canonical command name and the rest of the text. */
export interface ParsedCommand {
  name: string;
  /** What followed the command word(s), trimmed, as typed. */
  args: string;
  /** The command word as typed, for "unknown command" answers. */
  typed: string;
}

/**
 * Reads "/thongke Sở Y tế", "/thong ke ...", "/THỐNG KÊ", "/stats@nhacviec_bot".
 * `names` maps each folded spelling (without spaces) to its canonical name.
 * A command may be written as one or two words; the longest known spelling wins.
 * Returns null for text that is not a command.
 */
export function parseCommand(text: string, names: ReadonlyMap<string, string>): ParsedCommand | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith("/")) return null;
  const words = trimmed.slice(1).split(/\s+/);
  const first = (words[0] ?? "").replace(/@\S*$/, "");
  const tryWords = (count: number) => {
    const joined = [first, ...words.slice(1, count)].join("");
    return names.get(foldVietnamese(joined).replace(/\s+/g, ""));
  };
  for (const count of [2, 1]) {
    if (count > words.length) continue;
    const name = tryWords(count);
    if (name) return { name, args: words.slice(count).join(" ").trim(), typed: `/${words.slice(0, count).join(" ")}` };
  }
  return { name: "", args: words.slice(1).join(" ").trim(), typed: `/${first}` };
}

/** Builds the spelling map from each command's names. */
export function spellingMap(commands: readonly { name: string; aliases: readonly string[] }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of commands) {
    for (const spelling of [c.name, ...c.aliases]) map.set(foldVietnamese(spelling).replace(/\s+/g, ""), c.name);
  }
  return map;
}
