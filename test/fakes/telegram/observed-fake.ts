import { FakeTelegram, type FakeTelegramOptions } from "../telegram-bot-api.js";
import { UpdateQueue, type Update } from "./updates.js";

/**
 * The fake's update queue, also noting how far the bot's polls have
 * confirmed: a bot that asks getUpdates for offset N + 1 says it is done with
 * update N, which is how Telegram learns it too.
 */
export class ObservedUpdateQueue extends UpdateQueue {
  /** Every update below this id has been confirmed by a poll. */
  confirmedBelow = 0;
  /** The offsets of the polls, in order. */
  readonly pollOffsets: number[] = [];
  private waiters: { updateId: number; resolve(): void }[] = [];
  private replays: Update[] = [];

  override async getUpdates(offset: number, limit: number, timeoutS: number): Promise<Update[] | "conflict"> {
    this.pollOffsets.push(offset);
    if (offset > this.confirmedBelow) {
      this.confirmedBelow = offset;
      this.waiters = this.waiters.filter((w) => (w.updateId < offset ? (w.resolve(), false) : true));
    }
    const replays = this.replays.filter((u) => u.update_id >= offset);
    this.replays = [];
    if (replays.length === 0) return super.getUpdates(offset, limit, timeoutS);
    const fresh = await super.getUpdates(offset, limit, 0);
    return fresh === "conflict" ? fresh : [...replays, ...fresh].slice(0, limit);
  }

  /**
   * Has the next poll return `update` again, as Telegram does for an update
   * whose confirmation it never got (the bot stopped before its next poll).
   */
  replay(update: Update): void {
    this.replays.push(update);
  }

  /** Resolves once a poll has confirmed the update. */
  whenConfirmed(updateId: number): Promise<void> {
    if (updateId < this.confirmedBelow) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ updateId, resolve }));
  }
}

/**
 * The fake Bot API, able to say when the bot has handled an update: in
 * webhook mode when the bot answered the POST, in polling mode when its next
 * poll confirmed it. Both are what Telegram itself observes, so tests wait on
 * the protocol, never on a timer.
 */
export class ObservedFakeTelegram extends FakeTelegram {
  override readonly updates = new ObservedUpdateQueue();
  /**
   * A bot of its own: every fake numbers its updates from 1, and update ids
   * are per bot, so tests sharing a database must not look like one bot.
   */
  override readonly bot = { id: 7_000_000_000 + Math.floor(Math.random() * 1_000_000_000), is_bot: true, first_name: "Nhắc việc (fake)", username: "nhacviec_fake_bot" };

  /** Pushes an update and resolves, with it, once the bot has handled it. */
  async deliver(update: Record<string, unknown>, limitMs?: number): Promise<Update> {
    const pushed = this.pushUpdate(update);
    await this.handled(pushed, limitMs);
    return pushed;
  }

  /**
   * Resolves once the bot has handled an update pushed earlier: in webhook
   * mode when the bot has answered its delivery, in polling mode when a poll
   * has confirmed it. Fails after `limitMs` rather than hang the test.
   */
  async handled(update: Update, limitMs = 20_000): Promise<void> {
    const done = this.updates.webhook ? this.updates.flush() : this.updates.whenConfirmed(update.update_id);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`update ${update.update_id} was not handled within ${limitMs} ms`)), limitMs);
    });
    try {
      await Promise.race([done, late]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Starts an ObservedFakeTelegram on 127.0.0.1. */
export function startObservedFake(options: FakeTelegramOptions = {}): Promise<ObservedFakeTelegram> {
  return new ObservedFakeTelegram(options).start();
}
