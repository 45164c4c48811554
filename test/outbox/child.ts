import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const CHILD = fileURLToPath(new URL("./dispatch-child.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A dispatcher process (dispatch-child.ts) and what it printed. */
export interface Child {
  proc: ChildProcess;
  lines: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts the dispatcher in its own process, as in production, so that SIGKILL
 * stops it exactly where it is: no finally block, no graceful shutdown.
 */
export function startChild(env: Record<string, string>): Child {
  const proc = spawn(process.execPath, ["--import", "tsx", CHILD], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  const child: Child = { proc, lines: [], exited: new Promise((resolve) => proc.once("exit", (code, signal) => resolve({ code, signal }))) };
  let buffer = "";
  proc.stdout!.on("data", (c: Buffer) => {
    buffer += c.toString("utf8");
    const parts = buffer.split("\n");
    buffer = parts.pop()!;
    child.lines.push(...parts);
  });
  proc.stderr!.on("data", (c: Buffer) => child.lines.push(`stderr: ${c.toString("utf8")}`));
  return child;
}
