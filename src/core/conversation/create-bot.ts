import type { ConversationDeps, CommandDef, ActionDef } from "./context.js";
import { createConversation, type Conversation } from "./handle-inbound.js";
import { createHelpCommand } from "./commands/help.js";
import { statsCommand } from "./commands/stats.js";
import { registerCommand } from "./commands/register.js";
import { tasksCommand, tasksPageAction } from "./commands/tasks.js";
import { askUpdateAction, confirmDoneAction, notYetAction, updateCommand } from "./commands/update.js";
import { doneAction, doneCommand } from "./commands/done.js";
import { approveAction, approveCommand, askExtensionAction, extendCommand, rejectAction, rejectCommand } from "./commands/extend.js";
import { overdueCommand } from "./commands/overdue.js";
import { languageCommand } from "./commands/language.js";
import { ackAction, snoozeAction } from "./commands/ack.js";
import { qualityCommand } from "./commands/quality.js";
import { reportCommand } from "./commands/report.js";
import { channelCommand } from "./commands/channel.js";
import { handleFreeText, pickTaskAction } from "./free-text.js";
import { broadcastAckAction, broadcastCancelAction, broadcastCommand, broadcastSendAction } from "./commands/broadcast.js";

/**
 * The conversation core with every command, in the order /help lists them,
 * and every button action. `extra` lets the composition root add commands
 * and actions of other modules (reminders, broadcasts, reports).
 */
export function createBot(deps: ConversationDeps, extra: { commands?: CommandDef[]; actions?: ActionDef[] } = {}): Conversation {
  const commands: CommandDef[] = [];
  commands.push(
    createHelpCommand(() => commands),
    registerCommand,
    statsCommand,
    reportCommand,
    tasksCommand,
    updateCommand,
    doneCommand,
    extendCommand,
    approveCommand,
    rejectCommand,
    overdueCommand,
    broadcastCommand,
    qualityCommand,
    channelCommand,
    languageCommand,
    ...(extra.commands ?? []),
  );
  const actions: ActionDef[] = [
    tasksPageAction, askUpdateAction, confirmDoneAction, notYetAction, doneAction,
    askExtensionAction, approveAction, rejectAction, ackAction, snoozeAction, pickTaskAction,
    broadcastSendAction, broadcastCancelAction, broadcastAckAction, ...(extra.actions ?? []),
  ];
  return createConversation(deps, { commands, actions, onText: handleFreeText });
}
