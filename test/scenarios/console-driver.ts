import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { PassThrough } from "node:stream";
import type { Conversation } from "../../src/core/conversation/handle-inbound.js";
import type { Db } from "../../src/db/connect.js";
import type { Clock } from "../../src/core/clock.js";
import { runConsoleChat } from "../../src/adapters/console/console-chat.js";
import type { ChatDriver, Reply } from "./driver.js";

const PROMPT = "\u0000> ";

/** Drives the real console chat through its streams, switching people with /as. */
export function createConsoleDriver(deps: { bot: Conversation; db: Db; clock: Clock; filesDir: string }): ChatDriver & { close(): Promise<void> } {
  const input = new PassThrough();
  const output = new PassThrough();
  let buffer = "";
  let waiter: (() => void) | null = null;
  output.on("data", (chunk: Buffer) => {
    buffer += chunk.toString("utf8");
    if (buffer.endsWith(PROMPT) && waiter) waiter();
  });
  let current = "";
  const last = new Map<string, string>();
  const done = runConsoleChat({
    ...deps,
    input,
    output,
    userId: "leader",
    prompt: PROMPT,
    async switchUser(query) {
      return { userId: query, notice: `as ${query}` };
    },
  });

  async function line(text: string): Promise<string> {
    buffer = "";
    const ready = new Promise<void>((resolve) => (waiter = resolve));
    input.write(`${text}\n`);
    await ready;
    waiter = null;
    return buffer.slice(0, -PROMPT.length).trim();
  }

  async function as(person: string): Promise<void> {
    if (current !== person) {
      await line(`/as ${person}`);
      current = person;
    }
  }

  function parse(text: string): Reply {
    const buttons = [...text.matchAll(/^ {2}\d+\. (.*)$/gm)].map((m) => m[1]!);
    // Saved files are listed as "• <title>: <path>", under the files folder.
    const paths = [...text.matchAll(/^• .*?: (\/.*)$/gm)].map((m) => m[1]!).filter((p) => p.startsWith(deps.filesDir));
    const files = paths.map((path) => ({ filename: basename(path), bytes: new Uint8Array(readFileSync(path)) }));
    return { text: text.replace(/^ {2}\d+\. .*$/gm, "").trim(), buttons, ...(files.length > 0 ? { files } : {}) };
  }

  async function say(person: string, text: string): Promise<Reply> {
    await as(person);
    const raw = await line(text);
    last.set(person, raw);
    return parse(raw);
  }

  return {
    name: "console",
    send: say,
    async press(person, label) {
      const raw = last.get(person) ?? "";
      const choice = [...raw.matchAll(/^ {2}(\d+)\. (.*)$/gm)].find((m) => label.test(m[2]!));
      if (!choice) throw new Error(`no button ${label} in: ${raw}`);
      return say(person, choice[1]!);
    },
    async replyTo(person, message, text) {
      const raw = last.get(person) ?? "";
      const tag = [...raw.matchAll(/\[#(\d+)\] (.*)/g)].find((m) => message.test(m[2]!));
      if (!tag) throw new Error(`no tagged message ${message} in: ${raw}`);
      return say(person, `#${tag[1]} ${text}`);
    },
    async close() {
      input.end();
      await done;
    },
  };
}
