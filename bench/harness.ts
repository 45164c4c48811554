import { performance } from "node:perf_hooks";

export interface Measurement {
  name: string;
  samples: number;
  medianMs: number;
  p95Ms: number;
}

/** Runs `fn` `warmup` times, then `samples` times, and returns the median and p95 in milliseconds. */
export async function measure(name: string, fn: () => Promise<unknown>, samples = 30, warmup = 5): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { name, samples, medianMs: at(0.5), p95Ms: at(0.95) };
}

/**
 * Measures `subject` and `baseline` interleaved, round after round, so that
 * machine noise hits both alike; reports both and the ratio of medians.
 */
export async function compare(
  subject: [string, () => Promise<unknown>],
  baseline: [string, () => Promise<unknown>],
  rounds = 5,
  samples = 10,
): Promise<{ subject: Measurement; baseline: Measurement; ratio: number }> {
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 3; i++) {
    await subject[1]();
    await baseline[1]();
  }
  for (let r = 0; r < rounds; r++) {
    for (const [fn, out] of [[subject[1], s], [baseline[1], b]] as const) {
      for (let i = 0; i < samples; i++) {
        const start = performance.now();
        await fn();
        out.push(performance.now() - start);
      }
    }
  }
  const summarize = (name: string, times: number[]): Measurement => {
    times.sort((x, y) => x - y);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
    return { name, samples: times.length, medianMs: at(0.5), p95Ms: at(0.95) };
  };
  const subjectM = summarize(subject[0], s);
  const baselineM = summarize(baseline[0], b);
  return { subject: subjectM, baseline: baselineM, ratio: subjectM.medianMs / baselineM.medianMs };
}

export function report(title: string, lines: string[]): void {
  console.log(`\n## ${title}`);
  for (const line of lines) console.log(`  ${line}`);
}

export const ms = (v: number) => `${v.toFixed(2)} ms`;
