import { createApiKey, isApiKeyScope, listApiKeys, revokeApiKey, API_KEY_NAME_MAX } from "../../core/api-keys/api-keys.js";
import { formatDateTimeVi } from "../../core/time/format.js";
import { AppError } from "../../core/errors.js";
import { UsageError, writeLine, type CliCommand } from "../command.js";
import { renderTable } from "../table.js";

/** `nhacviec apikey create --name NAME --scope read|write`: prints the new key once, alone on stdout. */
export const apikeyCreateCommand: CliCommand = {
  path: ["apikey", "create"],
  summary: "Tạo khóa API tích hợp / Create an integration API key",
  usage: [
    "nhacviec apikey create --name NAME --scope read|write",
    "",
    "  --name NAME     tên hệ thống dùng khóa / who uses the key (e.g. \"Hệ thống QLVB\")",
    "  --scope read    chỉ đọc (GET) / read only;  --scope write   đọc và ghi / read and write",
    "",
    "The key (nv_<prefix>_<secret>) is printed once on stdout; only its SHA-256 is stored.",
  ].join("\n"),
  options: { name: { type: "string" }, scope: { type: "string" } },
  async run(ctx) {
    const v = ctx.values as { name?: string; scope?: string };
    if (ctx.positionals.length > 0) throw new UsageError(`unexpected argument: ${ctx.positionals[0]}`);
    const name = v.name?.trim() ?? "";
    if (name === "") throw new UsageError("missing --name");
    if ([...name].length > API_KEY_NAME_MAX) throw new UsageError(`--name: at most ${API_KEY_NAME_MAX} characters`);
    if (!v.scope || !isApiKeyScope(v.scope)) throw new UsageError("--scope must be read or write");
    const app = await ctx.openApp();
    try {
      const { key, info } = await createApiKey(app.deps, { name, scope: v.scope });
      writeLine(
        ctx.io.stderr,
        `Khóa API “${info.name}” (${info.prefix}, ${info.scope}) — lưu lại ngay, khóa chỉ hiện một lần.\n` +
          `API key “${info.name}” (${info.prefix}, ${info.scope}) — store it now; it is shown only once.`,
      );
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
  summary: "Liệt kê khóa API / List the API keys",
  usage: "nhacviec apikey list",
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new UsageError(`unexpected argument: ${ctx.positionals[0]}`);
    const app = await ctx.openApp();
    try {
      const keys = await listApiKeys(app.deps);
      if (keys.length === 0) {
        writeLine(ctx.io.stdout, "Chưa có khóa API nào / no API keys yet: nhacviec apikey create --name NAME --scope read|write");
        return 0;
      }
      const tz = app.config.timeZone;
      const when = (d: Date | null) => (d ? formatDateTimeVi(d, tz) : "-");
      const header = ["ID", "Prefix", "Tên / name", "Quyền / scope", "Tạo lúc / created", "Dùng lần cuối / last used", "Trạng thái / status"];
      const rows = keys.map((k) => [
        k.id,
        k.prefix,
        k.name,
        k.scope,
        when(k.createdAt),
        when(k.lastUsedAt),
        k.revokedAt ? `thu hồi / revoked ${when(k.revokedAt)}` : "hiệu lực / active",
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
  summary: "Thu hồi khóa API / Revoke an API key",
  usage: ["nhacviec apikey revoke PREFIX|ID", "", "Requests with a revoked key are refused (401) at once."].join("\n"),
  async run(ctx) {
    if (ctx.positionals.length !== 1) throw new UsageError(ctx.positionals.length === 0 ? "missing PREFIX or ID" : `unexpected argument: ${ctx.positionals[1]}`);
    const ref = ctx.positionals[0]!;
    const app = await ctx.openApp();
    try {
      const { info, alreadyRevoked } = await revokeApiKey(app.deps, ref);
      writeLine(
        ctx.io.stdout,
        alreadyRevoked
          ? `Khóa ${info.prefix} (“${info.name}”) đã bị thu hồi trước đó / was already revoked.`
          : `Đã thu hồi khóa ${info.prefix} (“${info.name}”) / revoked.`,
      );
      return 0;
    } catch (err) {
      if (err instanceof AppError && err.code === "not_found") {
        writeLine(ctx.io.stderr, `Không có khóa API “${ref}” / no API key with this prefix or id.`);
        return 1;
      }
      throw err;
    } finally {
      await app.close();
    }
  },
};
