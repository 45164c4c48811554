/**
 * A one-line progress bar redrawn with "\r", for long commands on a terminal.
 * On anything that is not a TTY (a pipe, a file, a test) it writes nothing.
 */

/** The stream a bar draws on. */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** A drawn progress bar; see {@link createProgressBar}. */
export interface ProgressBar {
  /** Redraws when the label or the whole percentage changed. */
  update(label: string, done: number, total: number): void;
  /** Clears the line, so that the next output starts clean. */
  finish(): void;
}

const BAR_WIDTH = 30;

/** A bar on `stream`, or a bar that does nothing when the stream is not a terminal. */
export function createProgressBar(stream: ProgressStream): ProgressBar {
  if (stream.isTTY !== true) return { update() {}, finish() {} };
  let last = "";
  let drawn = 0;
  return {
    update(label, done, total) {
      const ratio = total > 0 ? Math.min(1, done / total) : 1;
      const percent = Math.floor(ratio * 100);
      const key = `${label}|${percent}`;
      if (key === last) return;
      last = key;
      const filled = Math.round(ratio * BAR_WIDTH);
      let line = `${label} [${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${String(percent).padStart(3)}% ${done}/${total}`;
      if (stream.columns && line.length >= stream.columns) line = line.slice(0, stream.columns - 1);
      stream.write(`\r${line.padEnd(drawn)}`);
      drawn = line.length;
    },
    finish() {
      if (drawn > 0) stream.write(`\r${" ".repeat(drawn)}\r`);
      drawn = 0;
      last = "";
    },
  };
}
