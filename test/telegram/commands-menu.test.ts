import pino from "pino";
import { describe, expect, it } from "vitest";
import { menuCommands } from "../../src/adapters/telegram/commands-menu.js";
import { createBot } from "../../src/core/conversation/create-bot.js";
import type { CommandDef } from "../../src/core/conversation/context.js";
import type { Db } from "../../src/db/connect.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { shippedPolicy } from "../helpers/test-deps.js";

const translator = createTranslator();
// Building the menu reads only the registry; no query is made.
const commands = createBot({ db: {} as Db, clock: () => new Date(), timeZone: "Asia/Ho_Chi_Minh", logger: pino({ level: "silent" }), policy: shippedPolicy, translator, defaultLanguage: "vi" }).commands;

describe("the Telegram command menu", () => {
  it("lists every command once, in Vietnamese, with the help line's description", () => {
    const menu = menuCommands(commands, translator, "vi");
    expect(menu.map((c) => c.command)).toEqual(commands.map((c) => c.name));
    expect(menu.find((c) => c.command === "thongke")?.description).toBe("Số liệu nhiệm vụ (đúng hạn, quá hạn, trong hạn, trễ hạn)");
    expect(menu.find((c) => c.command === "help")?.description).toBe("Danh sách lệnh");
  });

  it("uses the English spellings in English, since the core accepts them too", () => {
    const menu = menuCommands(commands, translator, "en");
    expect(menu).toHaveLength(commands.length);
    menu.forEach((entry, i) => expect([commands[i]!.name, ...commands[i]!.aliases]).toContain(entry.command));
    expect(menu.map((c) => c.command)).toEqual(expect.arrayContaining(["help", "register", "stats", "tasks", "update", "done", "extend", "approve", "reject", "overdue", "language"]));
    expect(menu.find((c) => c.command === "stats")?.description).toBe("Task counts (on time, late, in term, overdue)");
  });

  it("keeps within Telegram's rules: names [a-z0-9_]{1,32}, descriptions 1-256 characters", () => {
    const long: CommandDef = { name: "baocao_dai", aliases: [], usageKey: "x", helpKey: "test-long", run: async () => [] };
    const odd: CommandDef = { name: "báo-cáo", aliases: [], usageKey: "x", helpKey: "test-odd", run: async () => [] };
    const t = createTranslator({ vi: `test-long = /baocao_dai — ${"rất dài ".repeat(60)}\ntest-odd = /báo-cáo — không hợp lệ\n`, en: "" });
    const menu = menuCommands([...commands, long, odd], t, "vi").concat(menuCommands(commands, translator, "en"));
    for (const c of menu) {
      expect(c.command).toMatch(/^[a-z0-9_]{1,32}$/);
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(256);
    }
    expect(menu.find((c) => c.command === "baocao_dai")?.description).toMatch(/…$/);
    expect(menu.some((c) => c.command.includes("cáo"))).toBe(false);
  });
});
