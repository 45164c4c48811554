import { AppError } from "../errors.js";
import type { Language, TextArgs } from "../../i18n/translator.js";
import { findActor } from "./actor.js";
import { CHOICE_PREFIX, choiceArgs, offerChoices, takeChoice } from "./choices.js";
import { parseCommand, spellingMap } from "./command-registry.js";
import { buttonRows, type ActionDef, type CommandContext, type CommandDef, type ConversationDeps } from "./context.js";
import { MAX_INBOUND_TEXT, type Inbound, type Outbound } from "./types.js";

export interface ConversationOptions {
  commands: CommandDef[];
  actions: ActionDef[];
  /** Free text that is not a command (replies, free-form updates). Default: a hint towards /help. */
  onText?: (ctx: CommandContext) => Promise<Outbound[]>;
}

export interface Conversation {
  /**
   * Handles one inbound message or button press and returns the replies.
   * An update already handled (same platform and update id) returns [].
   * Expected failures become a localized sentence; nothing throws to the adapter.
   */
  handle(inbound: Inbound): Promise<Outbound[]>;
  commands: readonly CommandDef[];
}

/** Builds the platform-neutral conversation core. */
export function createConversation(deps: ConversationDeps, options: ConversationOptions): Conversation {
  const spellings = spellingMap(options.commands);
  const byName = new Map(options.commands.map((c) => [c.name, c]));
  const actions = new Map(options.actions.map((a) => [a.prefix, a]));

  async function handle(inbound: Inbound): Promise<Outbound[]> {
    if (await alreadyProcessed(deps, inbound)) return [];
    const actor = await findActor(deps.db, inbound.platform, inbound.userId);
    const language: Language = actor?.language ?? deps.defaultLanguage;
    const t = (key: string, args?: TextArgs) => deps.translator.t(language, key, args);
    const ctx: CommandContext = { deps, inbound, actor, language, args: "", t };
    let replies: Outbound[];
    try {
      replies = await route(ctx);
    } catch (err) {
      replies = [{ text: renderError(ctx, err) }];
    }
    await markProcessed(deps, inbound);
    return replies;
  }

  async function route(ctx: CommandContext): Promise<Outbound[]> {
    const { inbound, actor } = ctx;
    if (inbound.text !== undefined && inbound.text.length > MAX_INBOUND_TEXT) {
      throw new AppError("text_too_long", { length: inbound.text.length, max: MAX_INBOUND_TEXT });
    }
    // An empty payload is still a button press: it must not read as text.
    if (inbound.action !== undefined) {
      if (!actor) throw new AppError("not_registered");
      const [prefix = "", ...payload] = inbound.action.split(":");
      if (prefix === CHOICE_PREFIX) return runChoice(ctx, payload);
      const action = actions.get(prefix);
      if (!action) throw new AppError("invalid_button");
      if (!action.groups && inbound.chatType !== "private") throw new AppError("private_only");
      return action.run(ctx, payload);
    }
    const text = inbound.text?.trim() ?? "";
    const parsed = parseCommand(text, spellings);
    if (!parsed) {
      if (!actor) throw new AppError("not_registered");
      if (options.onText) return options.onText(ctx);
      return [{ text: ctx.t("hint-use-help") }];
    }
    const command = byName.get(parsed.name);
    if (!command) throw new AppError("unknown_command", { command: parsed.typed });
    return runCommand(ctx, command, parsed.args);
  }

  /**
   * Runs a command with its access checks. A failure that names what the
   * user may have meant becomes the same sentence with those choices.
   */
  async function runCommand(ctx: CommandContext, command: CommandDef, args: string): Promise<Outbound[]> {
    if (!command.public && !ctx.actor) throw new AppError("not_registered");
    if (command.privateOnly && ctx.inbound.chatType !== "private") throw new AppError("private_only");
    try {
      return await command.run({ ...ctx, args });
    } catch (err) {
      if (!(err instanceof AppError) || err.alternatives.length === 0 || !ctx.actor) throw err;
      const options = choiceArgs(args, String(err.details.query ?? ""), err.alternatives);
      if (!options) throw err;
      const buttons = await offerChoices(deps.db, ctx.inbound, { command: command.name, ...options }, deps.clock());
      return [{ text: renderChoicePrompt(ctx, err), buttons: buttonRows(buttons) }];
    }
  }

  /** A pressed choice (or its number typed): the command again, with the chosen name. */
  async function runChoice(ctx: CommandContext, payload: string[]): Promise<Outbound[]> {
    const picked = await takeChoice(deps.db, ctx.inbound, payload, deps.clock());
    const command = picked ? byName.get(picked.command) : undefined;
    if (!picked || !command) throw new AppError("session_expired");
    return runCommand(ctx, command, picked.args);
  }

  return { handle, commands: options.commands };
}

/** A localized sentence for any failure; unexpected ones are logged, never shown. */
function renderError(ctx: CommandContext, err: unknown): string {
  if (err instanceof AppError) return ctx.t(`error-${err.code}`, err.details);
  ctx.deps.logger.error({ err, platform: ctx.inbound.platform }, "message handling failed");
  return ctx.t("error-internal");
}

/**
 * The sentence above choices: `error-<code>-choices` where the locales have
 * one (it asks which one, since the buttons name them), else the error itself.
 */
function renderChoicePrompt(ctx: CommandContext, err: AppError): string {
  const key = `error-${err.code}-choices`;
  return ctx.deps.translator.has(ctx.language, key) ? ctx.t(key, err.details) : renderError(ctx, err);
}

// Both run for every incoming message, in raw SQL: Prisma's query builder
// costs several times these one-row statements (bench/webhook.bench.ts).
async function alreadyProcessed(deps: ConversationDeps, inbound: Inbound): Promise<boolean> {
  if (!inbound.updateId) return false;
  const rows = await deps.db.$queryRaw<unknown[]>`
    SELECT 1 AS "found" FROM "ProcessedUpdate" WHERE "platform" = ${inbound.platform} AND "updateId" = ${inbound.updateId}`;
  return rows.length > 0;
}

/**
 * Marks the update handled after its effects. A crash in between replays the
 * update; the effects themselves are idempotent (progress updates carry a
 * unique source key), so nothing is lost and nothing is applied twice. An
 * update marked meanwhile (a repeat handled concurrently) is left as it is.
 */
async function markProcessed(deps: ConversationDeps, inbound: Inbound): Promise<void> {
  if (!inbound.updateId) return;
  await deps.db.$executeRaw`
    INSERT INTO "ProcessedUpdate" ("platform", "updateId", "processedAt") VALUES (${inbound.platform}, ${inbound.updateId}, ${deps.clock()})
    ON CONFLICT ("platform", "updateId") DO NOTHING`;
}

