import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (p: string) => readFileSync(new URL(`../../prisma/${p}/schema.prisma`, import.meta.url), "utf8");

/** Removes what may differ: the provider name wherever it appears. */
const normalize = (schema: string, provider: string) => schema.replaceAll(provider, "<provider>");

describe("the two Prisma schemas", () => {
  it("differ only in the provider", () => {
    expect(normalize(read("postgresql"), "postgresql")).toBe(normalize(read("sqlite"), "sqlite"));
  });

  it("declare the provider they are named after", () => {
    expect(read("sqlite")).toMatch(/provider = "sqlite"/);
    expect(read("postgresql")).toMatch(/provider = "postgresql"/);
  });
});
