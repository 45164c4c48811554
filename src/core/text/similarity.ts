/** String similarity helpers used for "did you mean" suggestions. */

/**
 * Optimal-string-alignment distance (Damerau-Levenshtein restricted to
 * non-overlapping adjacent transpositions): the number of insertions,
 * deletions, substitutions and adjacent swaps turning `a` into `b`.
 * Operates on UTF-16 code units; fold the inputs first.
 */
export function damerauLevenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const cols = b.length + 1;
  // Three rolling rows: two rows back (for transpositions), previous, current.
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  let curr = new Array<number>(cols).fill(0);
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      curr[j] = d;
    }
    [prev2, prev, curr] = [prev, curr, prev2];
  }
  return prev[b.length]!;
}

/**
 * Normalised similarity in [0, 1]: `1 - distance / max(length)`.
 * Two empty strings are identical (1).
 */
export function similarity(a: string, b: string): number {
  const max = Math.max(a.length, b.length);
  return max === 0 ? 1 : 1 - damerauLevenshtein(a, b) / max;
}
