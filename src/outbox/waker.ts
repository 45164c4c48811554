/** Interruptible sleeps: `wake()` ends every sleep in progress at once. */
export interface Waker {
  sleep(ms: number): Promise<void>;
  wake(): void;
}

export function createWaker(): Waker {
  let wakers = new Set<() => void>();
  return {
    sleep(ms) {
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          wakers.delete(done);
          resolve();
        };
        const timer = setTimeout(done, Math.max(0, ms));
        wakers.add(done);
      });
    },
    wake() {
      const current = wakers;
      wakers = new Set();
      for (const done of current) done();
    },
  };
}
