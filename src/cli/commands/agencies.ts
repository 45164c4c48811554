import { basename } from "node:path";
import { loadAgencies } from "../../core/agencies/agency-directory.js";
import { importAgencies, type ImportAgenciesResult } from "../../core/agencies/import-agencies.js";
import { rejectPositionals, writeLine, type CliCommand } from "../command.js";
import { renderTable } from "../table.js";
import { fileArgument, importRenderer, readImportFile, writeIssues } from "./import.js";

/** `nhacviec agencies import FILE.csv` */
export const agenciesImportCommand: CliCommand = {
  path: ["agencies", "import"],
  summaryKey: "cli-agencies-import-summary",
  usageKey: "cli-agencies-import-usage",
  async run(ctx) {
    const path = fileArgument(ctx.positionals, ctx.t);
    const r = importRenderer(ctx.language, ctx.translator);
    const bytes = readImportFile(path, ctx.io, r);
    if (!bytes) return 1;
    const app = await ctx.openApp();
    let result: ImportAgenciesResult;
    try {
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
  summaryKey: "cli-agencies-list-summary",
  usageKey: "cli-agencies-list-usage",
  async run(ctx) {
    rejectPositionals(ctx.positionals, ctx.t);
    const app = await ctx.openApp();
    try {
      const r = importRenderer(ctx.language, ctx.translator);
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
