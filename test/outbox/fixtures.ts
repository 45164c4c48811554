import { Writable } from "node:stream";
import pino, { type Logger } from "pino";
import type { Db } from "../../src/db/connect.js";
import type { Outbound, Platform } from "../../src/core/conversation/types.js";
import { enqueueMessage } from "../../src/outbox/enqueue.js";

let seq = 0;

/** A person with chat identities; returns the person id. */
export async function addPerson(db: Db, options: { preferred?: Platform; identities: { platform: Platform; chatId: string }[] }): Promise<number> {
  seq += 1;
  const person = await db.person.create({
    data: {
      name: `Cán bộ ${seq}`,
      preferredPlatform: options.preferred ?? null,
      identities: { create: options.identities.map((i) => ({ platform: i.platform, externalUserId: `${i.platform}-${i.chatId}-${seq}`, chatId: i.chatId })) },
    },
  });
  return person.id;
}

/** A task (and its agency); returns the task id. */
export async function addTask(db: Db): Promise<number> {
  seq += 1;
  const agency = await db.agency.create({ data: { code: `A${seq}`, name: `Sở ${seq}` } });
  const task = await db.task.create({ data: { code: `NV-${seq}`, title: `Nhiệm vụ ${seq}`, agencyId: agency.id, assignedAt: new Date("2026-01-05T02:00:00Z") } });
  return task.id;
}

/** Enqueues a message due now. */
export async function enqueue(
  db: Db,
  key: string,
  to: { personId: number } | { platform: Platform; chatId: string },
  message: Outbound,
  extra: { taskId?: number; now?: Date } = {},
): Promise<void> {
  const now = extra.now ?? new Date();
  const created = await enqueueMessage(db, { dedupeKey: key, kind: "notice", message, notBefore: now, now, taskId: extra.taskId, ...to });
  if (!created) throw new Error(`dedupe key ${key} already queued`);
}

/** A clock the test moves by hand; it starts at the real time. */
export function manualClock(start = Date.now()) {
  let t = start;
  return { clock: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

/** A logger that keeps its JSON lines, to assert on what reaches the logs. */
export function capturedLogger(level = "debug"): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(...chunk.toString("utf8").split("\n").filter((l) => l !== ""));
      cb();
    },
  });
  return { logger: pino({ level }, stream), lines };
}

export const silent = () => pino({ level: "silent" });

/** Polls `condition` every 50 ms until it holds; fails after `timeoutMs`. */
export async function waitUntil(condition: () => Promise<boolean> | boolean, timeoutMs = 20_000, what = "condition"): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** How many times each chat received a text, from the fake's accepted sendMessage calls. */
export function deliveries(calls: { method: string; params: Record<string, unknown> }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of calls) {
    if (c.method !== "sendMessage") continue;
    const text = String(c.params.text);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}
