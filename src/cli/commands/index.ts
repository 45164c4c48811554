import type { CliCommand } from "../command.js";
import { migrateCommand } from "./migrate.js";
import { statsCommand } from "./stats.js";

/** Every `nhacviec` command, in the order `--help` lists them. */
export const commands: CliCommand[] = [migrateCommand, statsCommand];
