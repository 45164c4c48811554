import { createApiKey, isApiKeyScope, listApiKeys, revokeApiKey, API_KEY_NAME_MAX } from "../../core/api-keys/api-keys.js";
import { formatDateTimeVi } from "../../core/time/format.js";
import { AppError } from "../../core/errors.js";
import { rejectPositionals, UsageError, writeLine, type CliCommand } from "../command.js";
import { renderTable } from "../table.js";

/** `nhacviec apikey create --name NAME --scope read|write`: prints the new key once, alone on stdout. */
export const apikeyCreateCommand: CliCommand = {
  path: ["apikey", "create"],
  summaryKey: "cli-apikey-create-summary",
  usageKey: "cli-apikey-create-usage",
  options: { name: { type: "string" }, scope: { type: "string" } },
  async run(ctx) {
    const { t } = ctx;
    const v = ctx.values as { name?: string; scope?: string };
    rejectPositionals(ctx.positionals, t);
    const name = v.name?.trim() ?? "";
    if (name === "") throw new UsageError(t("cli-apikey-missing-name"));
    if ([...name].length > API_KEY_NAME_MAX) throw new UsageError(t("cli-apikey-name-too-long", { max: API_KEY_NAME_MAX }));
    if (!v.scope || !isApiKeyScope(v.scope)) throw new UsageError(t("cli-apikey-bad-scope"));
    const app = await ctx.openApp();
    try {
      const { key, info } = await createApiKey(app.deps, { name, scope: v.scope });
      writeLine(ctx.io.stderr, t("cli-apikey-created", { name: info.name, prefix: info.prefix, scope: info.scope }));
      writeLine(ctx.io.stdout, key);
      return 0;
    } finally {
      await app.close();
    }
  },
};

/** `nhacviec apikey list` */
export const apikeyListCommand: CliCommand = {
  path: ["apikey", "list"],
  summaryKey: "cli-apikey-list-summary",
  usageKey: "cli-apikey-list-usage",
  async run(ctx) {
    const { t } = ctx;
    rejectPositionals(ctx.positionals, t);
    const app = await ctx.openApp();
    try {
      const keys = await listApiKeys(app.deps);
      if (keys.length === 0) {
        writeLine(ctx.io.stdout, t("cli-apikey-none"));
        return 0;
      }
      const tz = app.config.timeZone;
      const when = (d: Date | null) => (d ? formatDateTimeVi(d, tz) : "-");
      const header = [
        t("cli-apikey-column-id"),
        t("cli-apikey-column-prefix"),
        t("cli-apikey-column-name"),
        t("cli-apikey-column-scope"),
        t("cli-apikey-column-created"),
        t("cli-apikey-column-last-used"),
        t("cli-apikey-column-status"),
      ];
      const rows = keys.map((k) => [
        k.id,
        k.prefix,
        k.name,
        k.scope,
        when(k.createdAt),
        when(k.lastUsedAt),
        k.revokedAt ? t("cli-apikey-revoked-at", { at: when(k.revokedAt) }) : t("cli-apikey-active"),
      ]);
      writeLine(ctx.io.stdout, renderTable(header, rows));
      return 0;
    } finally {
      await app.close();
    }
  },
};

/** `nhacviec apikey revoke <prefix|id>` */
export const apikeyRevokeCommand: CliCommand = {
  path: ["apikey", "revoke"],
  summaryKey: "cli-apikey-revoke-summary",
  usageKey: "cli-apikey-revoke-usage",
  async run(ctx) {
    const { t } = ctx;
    if (ctx.positionals.length === 0) throw new UsageError(t("cli-apikey-missing-ref"));
    rejectPositionals(ctx.positionals, t, 1);
    const ref = ctx.positionals[0]!;
    const app = await ctx.openApp();
    try {
      const { info, alreadyRevoked } = await revokeApiKey(app.deps, ref);
      writeLine(ctx.io.stdout, t(alreadyRevoked ? "cli-apikey-already-revoked" : "cli-apikey-revoked", { prefix: info.prefix, name: info.name }));
      return 0;
    } catch (err) {
      if (err instanceof AppError && err.code === "not_found") {
        writeLine(ctx.io.stderr, t("cli-apikey-not-found", { ref }));
        return 1;
      }
      throw err;
    } finally {
      await app.close();
    }
  },
};
