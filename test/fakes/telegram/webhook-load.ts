/**
 * The far side of the webhook benchmark, in its own process so that it does
 * not share the bot's event loop: a fake Bot API (which answers the bot's
 * sendMessage calls) and a load generator that POSTs /thongke updates to the
 * bot's webhook, as Telegram would.
 *
 * Protocol, one JSON line each way: it prints `{ apiRoot, token }` once the
 * fake listens; it reads a LoadPlan, runs it and prints the LoadResult; it
 * exits when its stdin closes.
 */
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { startFakeTelegram } from "../telegram-bot-api.js";

export interface LoadPlan {
  url: string;
  secret: string;
  /** Telegram user ids firstUserId … firstUserId + users - 1 take turns. */
  firstUserId: number;
  users: number;
  text: string;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
}

export interface LoadResult {
  /** Latencies (ms) of the updates sent and answered within the measured window, sorted. */
  latencies: number[];
  failures: number;
  /** sendMessage calls the fake accepted during the whole run. */
  answers: number;
}

// Update ids go on from one run to the next: a repeated id would be dropped by the bot, not measured.
let updateId = 0;

/** Runs a plan: `concurrency` senders, each POSTing one update at a time, distinct update ids. */
export async function runLoad(plan: LoadPlan): Promise<Omit<LoadResult, "answers">> {
  const measureFrom = performance.now() + plan.warmupMs;
  const end = measureFrom + plan.durationMs;
  const latencies: number[] = [];
  let failures = 0;
  const headers = { "content-type": "application/json", "x-telegram-bot-api-secret-token": plan.secret };
  const sender = async () => {
    while (performance.now() < end) {
      const id = ++updateId;
      const user = plan.firstUserId + (id % plan.users);
      const message = { message_id: id, date: Math.floor(Date.now() / 1000), chat: { id: user, type: "private" }, from: { id: user, is_bot: false, first_name: "Cán bộ" }, text: plan.text };
      const sent = performance.now();
      const res = await fetch(plan.url, { method: "POST", headers, body: JSON.stringify({ update_id: id, message }) }).catch(() => null);
      await res?.arrayBuffer();
      const done = performance.now();
      if (res?.status !== 200) failures += 1;
      else if (sent >= measureFrom && done <= end) latencies.push(done - sent);
    }
  };
  await Promise.all(Array.from({ length: plan.concurrency }, sender));
  return { latencies: latencies.sort((a, b) => a - b), failures };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const fake = await startFakeTelegram({ limits: false, autoCreateChats: true });
  // Only the count matters here; keeping every call of a long run would only cost memory.
  let answers = 0;
  fake.on("call", (c) => {
    if (c.method === "sendMessage") answers += 1;
    fake.calls.length = 0;
  });
  process.stdout.write(`${JSON.stringify({ apiRoot: fake.apiRoot, token: fake.token })}\n`);
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    const result = await runLoad(JSON.parse(line) as LoadPlan);
    process.stdout.write(`${JSON.stringify({ ...result, answers } satisfies LoadResult)}\n`);
  }
  await fake.close();
}
