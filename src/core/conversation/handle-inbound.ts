import { AppError } from "../errors.js";
import type { Language, TextArgs } from "../../i18n/translator.js";
import { findActor } from "./actor.js";
import { parseCommand, spellingMap } from "./command-registry.js";
import type { ActionDef, CommandContext, CommandDef, ConversationDeps } from "./context.js";
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
    if (inbound.action) {
      if (!actor) throw new AppError("not_registered");
      const [prefix = "", ...payload] = inbound.action.split(":");
      const action = actions.get(prefix);
      if (!action) throw new AppError("not_found");
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
    if (!command.public && !actor) throw new AppError("not_registered");
    if (command.privateOnly && inbound.chatType !== "private") throw new AppError("private_only");
    return command.run({ ...ctx, args: parsed.args });
  }

  return { handle, commands: options.commands };
}

/** A localized sentence for any failure; unexpected ones are logged, never shown. */
function renderError(ctx: CommandContext, err: unknown): string {
  if (err instanceof AppError) return ctx.t(`error-${err.code}`, err.details);
  ctx.deps.logger.error({ err, platform: ctx.inbound.platform }, "message handling failed");
  return ctx.t("error-internal");
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

