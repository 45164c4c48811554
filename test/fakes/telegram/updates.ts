/** An update as Telegram delivers it. */
export type Update = { update_id: number } & Record<string, unknown>;

export interface Webhook {
  url: string;
  secretToken?: string;
}

/** A webhook POST the fake made, and the status the bot answered. */
export interface WebhookDelivery {
  updateId: number;
  status: number;
}

interface Poll {
  offset: number;
  limit: number;
  resolve(result: Update[] | "conflict"): void;
  timer: NodeJS.Timeout;
}

/**
 * The update side of the fake: tests push updates; the bot reads them with
 * getUpdates (long poll, offset confirms) or receives them on its webhook.
 * As on Telegram, the two exclude each other, and a second concurrent poll
 * ends the first with 409 Conflict.
 */
export class UpdateQueue {
  private nextId = 1;
  private pending: Update[] = [];
  private poll: Poll | null = null;
  private delivering = Promise.resolve();
  webhook: Webhook | null = null;
  readonly deliveries: WebhookDelivery[] = [];

  /** Queues an update (its update_id is assigned) and returns it. */
  push(update: Record<string, unknown>): Update {
    const full = { ...update, update_id: this.nextId++ } as Update;
    this.pending.push(full);
    if (this.webhook) this.delivering = this.delivering.then(() => this.deliver(full));
    else this.wakePoll();
    return full;
  }

  /** getUpdates: confirms ids below `offset`, then answers at once or within `timeoutS` seconds. */
  getUpdates(offset: number, limit: number, timeoutS: number): Promise<Update[] | "conflict"> {
    this.confirm(offset);
    this.poll?.resolve("conflict");
    const ready = this.pending.slice(0, limit);
    if (ready.length > 0 || timeoutS <= 0) return Promise.resolve(ready);
    return new Promise((resolve) => {
      const poll: Poll = {
        offset,
        limit,
        resolve: (r) => {
          clearTimeout(poll.timer);
          if (this.poll === poll) this.poll = null;
          resolve(r);
        },
        timer: setTimeout(() => poll.resolve([]), timeoutS * 1000),
      };
      this.poll = poll;
    });
  }

  /** Sets or removes the webhook; pending updates then go to the new webhook. */
  setWebhook(webhook: Webhook | null, dropPending = false): void {
    this.webhook = webhook;
    if (dropPending) this.pending = [];
    if (webhook) for (const u of [...this.pending]) this.delivering = this.delivering.then(() => this.deliver(u));
  }

  /** Resolves when every webhook delivery started so far has ended. */
  flush(): Promise<void> {
    return this.delivering;
  }

  /** Ends a waiting long poll (server shutdown). */
  close(): void {
    this.poll?.resolve([]);
  }

  private confirm(offset: number): void {
    if (offset > 0) this.pending = this.pending.filter((u) => u.update_id >= offset);
  }

  private wakePoll(): void {
    if (this.poll) this.poll.resolve(this.pending.slice(0, this.poll.limit));
  }

  /** POSTs one update to the webhook, retrying a few times like Telegram does when the bot fails. */
  private async deliver(update: Update): Promise<void> {
    for (let attempt = 0; attempt < 5 && this.webhook; attempt++) {
      const { url, secretToken } = this.webhook;
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (secretToken) headers["x-telegram-bot-api-secret-token"] = secretToken;
      const status = await fetch(url, { method: "POST", headers, body: JSON.stringify(update) }).then(
        async (res) => (await res.arrayBuffer(), res.status),
        () => 0,
      );
      this.deliveries.push({ updateId: update.update_id, status });
      if (status >= 200 && status < 300) {
        this.pending = this.pending.filter((u) => u !== update);
        return;
      }
      await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
    }
  }
}
