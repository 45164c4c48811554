/** Serial queues by key: one task at a time per key, in the order they were queued. */
export interface InOrder {
  /** Runs `task` once every task queued before it under `key` has settled; settles as `task` does. */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Resolves when every task queued so far, and any queued meanwhile, has settled. */
  idle(): Promise<void>;
}

/**
 * Per-key ordering. Deliveries of one chat can overlap (webhook requests,
 * Slack's acknowledged events), but a button press must see the state its
 * message was sent in, and a typed "1" the choices of the prompt before it.
 * A failed task does not stop the ones after it; a key's queue is dropped
 * once it is empty, so memory follows the chats in hand, not all chats.
 */
export function createInOrder(): InOrder {
  const queues = new Map<string, Promise<void>>();
  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const result = (queues.get(key) ?? Promise.resolve()).then(task);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      queues.set(key, tail);
      void tail.then(() => queues.get(key) === tail && queues.delete(key));
      return result;
    },
    async idle() {
      while (queues.size > 0) await Promise.all([...queues.values()]);
    },
  };
}
