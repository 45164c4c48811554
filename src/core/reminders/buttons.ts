import type { Button } from "../conversation/types.js";
import { ACTIONS } from "./keys.js";
import type { T } from "./task-text.js";

/**
 * The five answers to a reminder: done, update, ask for an extension,
 * acknowledge, remind me later (one working day). `prefix` numbers them
 * after the digest line they belong to ("3. ").
 */
export function reminderButtons(taskId: number, trigger: string, t: T, prefix = ""): Button[][] {
  const b = (key: string, action: string): Button => ({ label: `${prefix}${t(key)}`, action });
  return [
    [b("remind-button-done", ACTIONS.done(taskId)), b("remind-button-update", ACTIONS.update(taskId)), b("remind-button-extend", ACTIONS.extend(taskId))],
    [b("remind-button-ack", ACTIONS.ack(taskId)), b("remind-button-snooze", ACTIONS.snooze(taskId, trigger))],
  ];
}
