import { basename } from "node:path";
import { loadAgencies } from "../../core/agencies/agency-directory.js";
import { importAgencies, type ImportAgenciesResult } from "../../core/agencies/import-agencies.js";
import { UsageError, writeLine, type CliCommand } from "../command.js";
import { renderTable } from "../table.js";
import { cliLanguage, fileArgument, importRenderer, readImportFile, writeIssues } from "./import.js";

/** `nhacviec agencies import FILE.csv` */
export const agenciesImportCommand: CliCommand = {
  path: ["agencies", "import"],
  summary: "Nhập danh mục cơ quan từ tệp CSV / Import the agency directory from a CSV file",
  usage: [
    "nhacviec agencies import FILE.csv",
    "",
    "Cột / columns (tiếng Việt | English; * bắt buộc / required):",
    "  ma | code *, ten | name *, ten_viet_tat | aliases (phân cách bởi / separated by `;`),",
    "  loai | kind: sở, ban, huyện, xã, văn phòng, khác (department, board, district, commune, office, other),",
    "  thu_tu | order: thứ tự hiển thị / display order (mặc định / default: cơ quan mới xếp sau, theo thứ tự trong tệp",
    "  / new agencies after the existing ones, in file order)",
    "",
    "Cập nhật theo mã / upserts by code. Có dòng lỗi thì không nhập gì / any invalid row rejects the file (exit 1).",
  ].join("\n"),
  async run(ctx) {
    const path = fileArgument(ctx.positionals);
    let r = importRenderer(cliLanguage(ctx.io.env));
    const bytes = readImportFile(path, ctx.io, r);
    if (!bytes) return 1;
    const app = await ctx.openApp();
    let result: ImportAgenciesResult;
    try {
      r = importRenderer(app.config.defaultLanguage);
      result = await importAgencies(app.deps, { text: bytes, sourceName: basename(path) });
    } finally {
      await app.close();
    }
    if (result.status === "file_error") {
      writeLine(ctx.io.stderr, r.text(result.error));
      return 1;
    }
    if (result.status === "rejected") {
      writeIssues(ctx.io, r, result.issues);
      writeLine(ctx.io.stderr, r.text({ key: "import-agencies-rejected" }));
      return 1;
    }
    if (result.ignoredColumns.length > 0) {
      writeLine(ctx.io.stderr, r.text({ key: "import-ignored-columns", args: { columns: result.ignoredColumns.join(", ") } }));
    }
    writeLine(ctx.io.stdout, r.text({ key: "import-agencies-summary", args: { rows: result.rows, ...result.counts } }));
    return 0;
  },
};

/** `nhacviec agencies list` */
export const agenciesListCommand: CliCommand = {
  path: ["agencies", "list"],
  summary: "Danh mục cơ quan theo thứ tự hiển thị / List agencies in display order",
  usage: "nhacviec agencies list",
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new UsageError(`unexpected argument: ${ctx.positionals[0]}`);
    const app = await ctx.openApp();
    try {
      const r = importRenderer(app.config.defaultLanguage);
      const agencies = await loadAgencies(app.deps.db);
      if (agencies.length === 0) {
        writeLine(ctx.io.stdout, r.text({ key: "import-agencies-none" }));
        return 0;
      }
      const col = (name: string) => r.text({ key: `import-agencies-column-${name}` });
      const header = [col("code"), col("name"), col("aliases"), col("kind"), col("active")];
      const yes = r.text({ key: "import-agencies-active-yes" });
      const no = r.text({ key: "import-agencies-active-no" });
      const rows = agencies.map((a) => [a.code, a.name, a.aliases.join("; "), a.kind, a.active ? yes : no]);
      writeLine(ctx.io.stdout, renderTable(header, rows));
      return 0;
    } finally {
      await app.close();
    }
  },
};
