/** A plain-text table; numbers are right-aligned. Width counts code points, so Vietnamese letters line up. */
export function renderTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => [...(r[c] ?? "").normalize("NFC")].length)));
  const line = (r: string[], raw: (string | number)[] | null) =>
    r
      .map((cell, c) => {
        const pad = " ".repeat(widths[c]! - [...cell.normalize("NFC")].length);
        return raw && typeof raw[c] === "number" ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  return [line(header, null), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map((r) => line(r.map(String), r))].join("\n");
}
