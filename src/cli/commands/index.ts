import type { CliCommand } from "../command.js";
import { migrateCommand } from "./migrate.js";
import { statsCommand } from "./stats.js";
import { askCommand } from "./ask.js";
import { inviteCommand } from "./invite.js";
import { reportCommand } from "./report.js";
import { remindCommand } from "./remind.js";
import { calendarImportCommand, calendarListCommand } from "./calendar.js";
import { outboxListCommand, outboxRetryCommand } from "./outbox.js";
import { apikeyCreateCommand, apikeyListCommand, apikeyRevokeCommand } from "./apikey.js";
import { demoCommand } from "./demo.js";
import { importCommand } from "./import.js";
import { agenciesImportCommand, agenciesListCommand } from "./agencies.js";

/** Every `nhacviec` command, in the order `--help` lists them. */
export const commands: CliCommand[] = [
  migrateCommand,
  demoCommand,
  agenciesImportCommand,
  agenciesListCommand,
  importCommand,
  statsCommand,
  reportCommand,
  inviteCommand,
  askCommand,
  apikeyCreateCommand,
  apikeyListCommand,
  apikeyRevokeCommand,
  remindCommand,
  calendarImportCommand,
  calendarListCommand,
  outboxListCommand,
  outboxRetryCommand,
];
