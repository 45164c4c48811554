import { formatDateTimeVi } from "../../core/time/format.js";
import { listOutboxMessages, retryOutboxMessage } from "../../outbox/manage-outbox.js";
import { UsageError, writeLine, type CliCommand } from "../command.js";
import { renderTable } from "../table.js";

/** `nhacviec outbox list [--failed] [--limit N] [--json]` */
export const outboxListCommand: CliCommand = {
  path: ["outbox", "list"],
  summary: "Outgoing messages: status, attempts, next attempt, last error",
  usage: [
    "nhacviec outbox list [--failed] [--limit N] [--json]",
    "",
    "  --failed    only the messages that need a person: dead and unreachable",
    "  --limit N   the N newest (default 50)",
    "  --json      print [{ id, key, status, attempts, nextAttemptAt, lastError }]",
  ].join("\n"),
  options: { failed: { type: "boolean" }, limit: { type: "string" }, json: { type: "boolean" } },
  async run(ctx) {
    const v = ctx.values as { failed?: boolean; limit?: string; json?: boolean };
    if (ctx.positionals.length > 0) throw new UsageError(`unexpected argument: ${ctx.positionals[0]}`);
    const limit = v.limit === undefined ? 50 : Number(v.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit: expected a positive whole number, got "${v.limit}"`);
    const app = await ctx.openApp();
    try {
      const rows = await listOutboxMessages(app.deps.db, { failed: v.failed, limit });
      if (v.json) {
        const json = rows.map((r) => ({ id: r.id, key: r.dedupeKey, status: r.status, attempts: r.attempts, nextAttemptAt: r.nextAttemptAt.toISOString(), lastError: r.lastError }));
        writeLine(ctx.io.stdout, JSON.stringify(json, null, 2));
        return 0;
      }
      if (rows.length === 0) {
        writeLine(ctx.io.stdout, v.failed ? "Không có tin lỗi / no failed messages" : "Hộp thư đi trống / the outbox is empty");
        return 0;
      }
      const tz = app.config.timeZone;
      const header = ["ID", "Key", "Status", "Attempts", "Next attempt", "Last error"];
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
  summary: "Send a dead or unreachable message again",
  usage: [
    "nhacviec outbox retry <id> [--reset-channels]",
    "",
    "  <id>              the message id shown by `nhacviec outbox list --failed`",
    "  --reset-channels  also trust the person's unreachable chat accounts again",
    "                    (after they unblocked the bot)",
  ].join("\n"),
  options: { "reset-channels": { type: "boolean" } },
  async run(ctx) {
    const [idText, ...extra] = ctx.positionals;
    if (idText === undefined) throw new UsageError("missing <id>");
    if (extra.length > 0) throw new UsageError(`unexpected argument: ${extra[0]}`);
    const id = Number(idText);
    if (!/^\d+$/.test(idText) || !Number.isSafeInteger(id)) throw new UsageError(`<id>: expected a message id, got "${idText}"`);
    const app = await ctx.openApp();
    try {
      const result = await retryOutboxMessage(app.deps.db, id, app.deps.clock(), { resetChannels: ctx.values["reset-channels"] === true });
      if (result.kind === "not_found") {
        writeLine(ctx.io.stderr, `Không có tin ${id} / no message ${id}`);
        return 1;
      }
      if (result.kind === "not_failed") {
        writeLine(ctx.io.stderr, `Tin ${id} đang ở trạng thái ${result.status}, không gửi lại / message ${id} is ${result.status}; only dead or unreachable messages are retried`);
        return 1;
      }
      const reset = result.channelsReset > 0 ? `; ${result.channelsReset} chat account(s) trusted again` : "";
      writeLine(ctx.io.stdout, `Đã xếp lại tin ${id} để gửi / message ${id} queued again${reset}`);
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
