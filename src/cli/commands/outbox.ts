import { formatDateTimeVi } from "../../core/time/format.js";
import { listOutboxMessages, retryOutboxMessage } from "../../outbox/manage-outbox.js";
import { rejectPositionals, UsageError, writeLine, type CliCommand } from "../command.js";
import { renderTable } from "../table.js";

/** `nhacviec outbox list [--failed] [--limit N] [--json]` */
export const outboxListCommand: CliCommand = {
  path: ["outbox", "list"],
  summaryKey: "cli-outbox-list-summary",
  usageKey: "cli-outbox-list-usage",
  options: { failed: { type: "boolean" }, limit: { type: "string" }, json: { type: "boolean" } },
  async run(ctx) {
    const { t } = ctx;
    const v = ctx.values as { failed?: boolean; limit?: string; json?: boolean };
    rejectPositionals(ctx.positionals, t);
    const limit = v.limit === undefined ? 50 : Number(v.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(t("cli-outbox-bad-limit", { text: v.limit ?? "" }));
    const app = await ctx.openApp();
    try {
      const rows = await listOutboxMessages(app.deps.db, { failed: v.failed, limit });
      if (v.json) {
        const json = rows.map((r) => ({ id: r.id, key: r.dedupeKey, status: r.status, attempts: r.attempts, nextAttemptAt: r.nextAttemptAt.toISOString(), lastError: r.lastError }));
        writeLine(ctx.io.stdout, JSON.stringify(json, null, 2));
        return 0;
      }
      if (rows.length === 0) {
        writeLine(ctx.io.stdout, v.failed ? t("cli-outbox-none-failed") : t("cli-outbox-empty"));
        return 0;
      }
      const tz = app.config.timeZone;
      const header = [
        t("cli-outbox-column-id"),
        t("cli-outbox-column-key"),
        t("cli-outbox-column-status"),
        t("cli-outbox-column-attempts"),
        t("cli-outbox-column-next-attempt"),
        t("cli-outbox-column-last-error"),
      ];
      const body = rows.map((r) => [r.id, r.dedupeKey, r.status, r.attempts, formatDateTimeVi(r.nextAttemptAt, tz), oneLine(r.lastError ?? "")]);
      writeLine(ctx.io.stdout, renderTable(header, body));
      return 0;
    } finally {
      await app.close();
    }
  },
};

/** `nhacviec outbox retry <id> [--reset-channels]` */
export const outboxRetryCommand: CliCommand = {
  path: ["outbox", "retry"],
  summaryKey: "cli-outbox-retry-summary",
  usageKey: "cli-outbox-retry-usage",
  options: { "reset-channels": { type: "boolean" } },
  async run(ctx) {
    const { t } = ctx;
    const [idText] = ctx.positionals;
    if (idText === undefined) throw new UsageError(t("cli-outbox-missing-id"));
    rejectPositionals(ctx.positionals, t, 1);
    const id = Number(idText);
    if (!/^\d+$/.test(idText) || !Number.isSafeInteger(id)) throw new UsageError(t("cli-outbox-bad-id", { text: idText }));
    const app = await ctx.openApp();
    try {
      const result = await retryOutboxMessage(app.deps.db, id, app.deps.clock(), { resetChannels: ctx.values["reset-channels"] === true });
      // A string: an id is never written with a thousands separator.
      const args = { id: String(id) };
      if (result.kind === "not_found") {
        writeLine(ctx.io.stderr, t("cli-outbox-not-found", args));
        return 1;
      }
      if (result.kind === "not_failed") {
        writeLine(ctx.io.stderr, t("cli-outbox-not-failed", { ...args, status: result.status }));
        return 1;
      }
      writeLine(
        ctx.io.stdout,
        result.channelsReset > 0 ? t("cli-outbox-retried-reset", { ...args, count: result.channelsReset }) : t("cli-outbox-retried", args),
      );
      return 0;
    } finally {
      await app.close();
    }
  },
};

function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
