// Configuration of the Prisma CLI. It selects the WebAssembly schema engine
// (`engine: "js"`) so that `prisma generate` and `prisma migrate diff` work
// without downloading a native engine. PRISMA_PROVIDER=postgresql selects the
// PostgreSQL schema. The application applies migrations itself
// (src/db/migrate.ts); the CLI only generates the clients and writes migrations.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const provider = process.env.PRISMA_PROVIDER === "postgresql" ? "postgresql" : "sqlite";
const url =
  process.env.PRISMA_DATASOURCE_URL ??
  (provider === "postgresql" ? "postgresql://localhost:5432/postgres" : "file:./data/nhacviec.db");
process.env.PRISMA_DATASOURCE_URL = url;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `prisma/${provider}/schema.prisma`,
  async adapter() {
    return provider === "postgresql" ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url });
  },
});
