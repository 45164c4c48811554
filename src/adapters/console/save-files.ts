import { mkdir, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { OutboundFiles } from "../../core/conversation/types.js";

/**
 * The console's way to hand over a reply's files: writes them into a new
 * folder under `dir` (named after the instant, so nothing is overwritten) and
 * returns the lines to print: the heading, then "• <title>: <path>".
 */
export async function saveFiles(dir: string, files: OutboundFiles, at: Date): Promise<string[]> {
  const folder = join(dir, at.toISOString().replace(/[:.]/g, "-"));
  await mkdir(folder, { recursive: true });
  const lines = [files.linksHeading];
  for (const file of files.items) {
    // The name comes from the core, but a path separator must never leave the folder.
    const path = join(folder, basename(file.filename));
    await writeFile(path, file.bytes);
    lines.push(`• ${file.title}: ${path}`);
  }
  return lines;
}
