import type { ConversationDeps, CommandDef } from "./context.js";
import { createConversation, type Conversation } from "./handle-inbound.js";
import { createHelpCommand } from "./commands/help.js";
import { statsAction, statsCommand } from "./commands/stats.js";

/** The conversation core with every command registered. */
export function createBot(deps: ConversationDeps): Conversation {
  const commands: CommandDef[] = [];
  commands.push(createHelpCommand(() => commands), statsCommand);
  return createConversation(deps, { commands, actions: [statsAction] });
}
