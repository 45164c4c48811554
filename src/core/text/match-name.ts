/**
 * Generic fuzzy-but-predictable matcher for agency names and other named things.
 *
 * All comparisons happen on folded keys ({@link foldKey}): case, diacritics and
 * punctuation are ignored. Every item contributes several keys (name, short
 * name, aliases, code); abbreviations are only known through those keys.
 *
 * Ranking, best first (a query is compared with every key of every item and
 * an item keeps its best key):
 *
 * 1. `exact_key`    the query equals a key (also when spaces are ignored:
 *                   "kontum" = "Kon Tum").
 * 2. `tokens`       every query token equals a distinct key token, or a run of
 *                   consecutive key tokens written together ("dakglei" =
 *                   "dak" + "glei"). Key tokens missing from the query are
 *                   ignored, so "Đăk Glei" is found in "UBND huyện Đăk Glei".
 * 3. `token_prefix` as `tokens`, but some query tokens are only prefixes of
 *                   key tokens ("so tai ng" → "Sở Tài nguyên ...").
 * 4. `relaxed`      the query tokens that did not match are all generic
 *                   stop-words ("sở", "ubnd", "huyện", ...), and at least one
 *                   matched query token is not a stop-word ("huyện Kon Tum").
 * 5. `fuzzy`        no containment; score from Damerau-Levenshtein similarity
 *                   of the whole strings and of the tokens (used for "did you
 *                   mean" suggestions only).
 *
 * Within tiers 1-4, when the query itself carries diacritics, candidates
 * whose key has the same diacritics on the matched words come first: "sở tài"
 * means "Tài chính"/"Tài nguyên" but not "Giao thông vận tải", while the plain
 * "so tai" is compatible with all three.
 *
 * `match` returns `exact` when exactly one item reaches the best group (same
 * tier and same diacritics agreement as the top candidate) among tiers 1-4,
 * `ambiguous` when several do ("UBND", "Kon Tum", "sở tài"), and `none` with
 * up to `maxSuggestions` fuzzy suggestions otherwise. Inside a group,
 * candidates are ordered by how much of the key the query covers, but that
 * order never turns an ambiguous result into an exact one.
 *
 * Cost: O(items × key tokens × query tokens) per query, after an O(items)
 * build; fine for hundreds of items.
 */
import { foldKey, toNfc } from "./fold.js";
import { similarity } from "./similarity.js";

/** How a candidate matched; see the module documentation for the ranking. */
export type MatchTier = "exact_key" | "tokens" | "token_prefix" | "relaxed" | "fuzzy";

/** Outcome of {@link NameMatcher.match}. */
export type MatchResult<T> =
  | { kind: "exact"; item: T }
  | { kind: "ambiguous"; candidates: T[] }
  | { kind: "none"; suggestions: T[] };

/** One scored candidate returned by {@link NameMatcher.rank}. */
export interface RankedCandidate<T> {
  item: T;
  /**
   * Higher is better. Tiers occupy disjoint bands: exact_key 100-115,
   * tokens 80-95, token_prefix 60-75, relaxed 40-55, fuzzy 0-30. Inside a
   * band, +10 when the diacritics agree, plus up to 5 for key coverage.
   */
  score: number;
  tier: MatchTier;
  /**
   * False when the query carries diacritics that differ from the key's on
   * a matched word ("tài" vs "tải"); always true for plain queries and fuzzy candidates.
   */
  diacriticsMatch: boolean;
  /** The item key (as given, not folded) that produced the score. */
  key: string;
}

/** A built matcher; see {@link createNameMatcher}. */
export interface NameMatcher<T> {
  /** Resolves a user query to one item, several equally good items, or suggestions. */
  match(query: string): MatchResult<T>;
  /**
   * Every item with a positive score, best first (ties keep input order).
   * Pass `limit` to keep only the first candidates.
   */
  rank(query: string, limit?: number): RankedCandidate<T>[];
}

/** Options for {@link createNameMatcher}. */
export interface NameMatcherOptions {
  /** Generic words that may be ignored in the `relaxed` tier (any spelling; they are folded). Defaults to {@link DEFAULT_STOP_WORDS}. */
  stopWords?: Iterable<string>;
  /** Maximum suggestions for a `none` result. Default 3. */
  maxSuggestions?: number;
  /** Minimum fuzzy similarity (0-1) for a suggestion. Default 0.5. */
  minSuggestionSimilarity?: number;
}

/** Generic words of Vietnamese agency names (folded). */
export const DEFAULT_STOP_WORDS: readonly string[] = [
  "so", "ubnd", "uy", "ban", "nhan", "dan", "huyen", "thanh", "pho", "tp",
  "tinh", "thi", "xa", "tx", "quan", "phuong", "va", "cua",
];

const TIER_BASE: Record<MatchTier, number> = {
  exact_key: 100,
  tokens: 80,
  token_prefix: 60,
  relaxed: 40,
  fuzzy: 0,
};
const FUZZY_SCALE = 30;

interface PreparedText {
  folded: string;
  compact: string;
  tokens: string[];
  /** Lower-case NFC tokens with diacritics, parallel to `tokens`; null if they do not line up. */
  accented: string[] | null;
}

interface PreparedKey extends PreparedText {
  original: string;
}

interface PreparedItem<T> {
  item: T;
  index: number;
  keys: PreparedKey[];
}

interface PreparedQuery extends PreparedText {
  /** True when some query token has diacritics (or đ). */
  hasDiacritics: boolean;
}

/** A query token assigned to `span` key tokens starting at `start`. */
interface Assignment {
  query: number;
  start: number;
  span: number;
  whole: boolean;
}

interface TokenMatch {
  assignments: Assignment[];
  /** Query tokens that matched nothing. */
  unmatched: string[];
}

interface Scored {
  tier: MatchTier;
  score: number;
  diacriticsMatch: boolean;
}

/**
 * Builds a matcher over `items`. `keys(item)` lists the strings an item can be
 * called by (name, short name, aliases, code); empty keys are ignored.
 *
 * @example
 * const m = createNameMatcher(agencies, (a) => [a.name, ...a.aliases]);
 * m.match("so y te"); // { kind: "exact", item: <Sở Y tế> }
 */
export function createNameMatcher<T>(
  items: readonly T[],
  keys: (item: T) => string[],
  options: NameMatcherOptions = {},
): NameMatcher<T> {
  const stopWords = new Set([...(options.stopWords ?? DEFAULT_STOP_WORDS)].map(foldKey));
  const maxSuggestions = options.maxSuggestions ?? 3;
  const minSimilarity = options.minSuggestionSimilarity ?? 0.5;

  const prepared: PreparedItem<T>[] = items.map((item, index) => ({
    item,
    index,
    keys: keys(item)
      .map((original) => prepareKey(original))
      .filter((k): k is PreparedKey => k !== null),
  }));

  function containment(query: PreparedQuery): RankedCandidate<T>[] {
    const out: RankedCandidate<T>[] = [];
    for (const p of prepared) {
      let best: RankedCandidate<T> | null = null;
      for (const key of p.keys) {
        const scored = scoreContainment(query, key, stopWords);
        if (scored && (!best || scored.score > best.score)) {
          best = { item: p.item, ...scored, key: key.original };
        }
      }
      if (best) out.push(best);
    }
    return sortRanked(out);
  }

  function fuzzy(query: PreparedQuery, exclude: ReadonlySet<T>): RankedCandidate<T>[] {
    const out: RankedCandidate<T>[] = [];
    for (const p of prepared) {
      if (exclude.has(p.item)) continue;
      let best: RankedCandidate<T> | null = null;
      for (const key of p.keys) {
        const score = fuzzySimilarity(query, key) * FUZZY_SCALE;
        if (score > 0 && (!best || score > best.score)) {
          best = { item: p.item, score, tier: "fuzzy", diacriticsMatch: true, key: key.original };
        }
      }
      if (best) out.push(best);
    }
    return sortRanked(out);
  }

  return {
    match(raw) {
      const query = prepareQuery(raw);
      if (!query) return { kind: "none", suggestions: [] };
      const found = containment(query);
      const top = found[0];
      if (!top) {
        const suggestions = fuzzy(query, new Set())
          .filter((c) => c.score >= minSimilarity * FUZZY_SCALE)
          .slice(0, maxSuggestions)
          .map((c) => c.item);
        return { kind: "none", suggestions };
      }
      const best = found
        .filter((c) => c.tier === top.tier && c.diacriticsMatch === top.diacriticsMatch)
        .map((c) => c.item);
      return best.length === 1 ? { kind: "exact", item: top.item } : { kind: "ambiguous", candidates: best };
    },
    rank(raw, limit) {
      const query = prepareQuery(raw);
      if (!query) return [];
      const found = containment(query);
      const all = [...found, ...fuzzy(query, new Set(found.map((c) => c.item)))];
      return limit === undefined ? all : all.slice(0, limit);
    },
  };
}

function prepareText(raw: string): PreparedText | null {
  const folded = foldKey(raw);
  if (folded === "") return null;
  const tokens = folded.split(" ");
  const accented = toNfc(raw)
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((t) => t !== "");
  const aligned = accented.length === tokens.length && accented.every((t, i) => foldKey(t) === tokens[i]);
  return { folded, compact: tokens.join(""), tokens, accented: aligned ? accented : null };
}

function prepareKey(original: string): PreparedKey | null {
  const text = prepareText(original);
  return text && { ...text, original };
}

function prepareQuery(raw: string): PreparedQuery | null {
  const text = prepareText(raw);
  if (!text) return null;
  const hasDiacritics = text.accented !== null && text.accented.some((t, i) => t !== text.tokens[i]);
  return { ...text, hasDiacritics };
}

function sortRanked<T>(list: RankedCandidate<T>[]): RankedCandidate<T>[] {
  // Array.prototype.sort is stable, so equal scores keep input order.
  return list.sort((a, b) => b.score - a.score);
}

function bandScore(tier: MatchTier, diacriticsMatch: boolean, coverage: number): Scored {
  return { tier, diacriticsMatch, score: TIER_BASE[tier] + (diacriticsMatch ? 10 : 0) + 5 * coverage };
}

function scoreContainment(
  query: PreparedQuery,
  key: PreparedKey,
  stopWords: ReadonlySet<string>,
): Scored | null {
  if (query.folded === key.folded || query.compact === key.compact) {
    const same = !query.hasDiacritics || key.accented?.join("") === query.accented?.join("");
    return bandScore("exact_key", same, 1);
  }
  const m = matchTokens(query.tokens, key.tokens);
  const covered = m.assignments.reduce((n, a) => n + a.span, 0);
  const coverage = covered / key.tokens.length;
  const diacritics = diacriticsAgree(query, key, m.assignments);
  if (m.unmatched.length === 0) {
    const tier: MatchTier = m.assignments.every((a) => a.whole) ? "tokens" : "token_prefix";
    return bandScore(tier, diacritics, coverage);
  }
  const relaxed =
    m.unmatched.every((t) => stopWords.has(t)) &&
    m.assignments.some((a) => !stopWords.has(query.tokens[a.query]!));
  return relaxed ? bandScore("relaxed", diacritics, coverage) : null;
}

/** True when every matched query token written with diacritics matches the key's diacritics too. */
function diacriticsAgree(query: PreparedQuery, key: PreparedKey, assignments: Assignment[]): boolean {
  if (!query.hasDiacritics) return true;
  const q = query.accented;
  if (!q) return true;
  for (const a of assignments) {
    const wanted = q[a.query]!;
    if (wanted === query.tokens[a.query]) continue; // plain token: compatible with anything
    if (!key.accented) return false;
    const got = key.accented.slice(a.start, a.start + a.span).join("");
    if (a.whole ? got !== wanted : !got.startsWith(wanted)) return false;
  }
  return true;
}

/**
 * Greedily assigns each query token to unused key tokens. A query token may
 * match one key token or a run of consecutive key tokens written together;
 * whole matches are preferred to prefix matches, then positions after the
 * previous match (keeps word order), then earlier positions.
 */
function matchTokens(queryTokens: string[], keyTokens: string[]): TokenMatch {
  const used = new Array<boolean>(keyTokens.length).fill(false);
  const assignments: Assignment[] = [];
  const unmatched: string[] = [];
  let last = -1;
  queryTokens.forEach((q, query) => {
    let best: Assignment | null = null;
    for (let i = 0; i < keyTokens.length; i++) {
      const m = matchAt(q, keyTokens, used, i);
      if (!m) continue;
      const candidate = { query, start: i, ...m };
      if (!best || preference(candidate, last) > preference(best, last)) best = candidate;
    }
    if (!best) {
      unmatched.push(q);
      return;
    }
    assignments.push(best);
    for (let k = best.start; k < best.start + best.span; k++) used[k] = true;
    last = best.start + best.span - 1;
  });
  return { assignments, unmatched };
}

/** Whole matches beat prefix matches; then a position after the previous match. */
function preference(m: { start: number; whole: boolean }, last: number): number {
  return (m.whole ? 2 : 0) + (m.start > last ? 1 : 0);
}

/** Does `q` match the unused key tokens starting at `start` (alone or as a concatenated run)? */
function matchAt(
  q: string,
  keyTokens: string[],
  used: boolean[],
  start: number,
): { span: number; whole: boolean } | null {
  let joined = "";
  for (let j = start; j < keyTokens.length && !used[j]; j++) {
    joined += keyTokens[j];
    const span = j - start + 1;
    if (joined === q) return { span, whole: true };
    if (joined.startsWith(q)) return { span, whole: false };
    if (!q.startsWith(joined)) return null;
  }
  return null;
}

/** Similarity in [0, 1]: the better of whole-string and mean best-token similarity. */
function fuzzySimilarity(query: PreparedQuery, key: PreparedKey): number {
  const whole = Math.max(similarity(query.folded, key.folded), similarity(query.compact, key.compact));
  let sum = 0;
  for (const q of query.tokens) {
    let best = 0;
    for (const t of key.tokens) best = Math.max(best, similarity(q, t));
    sum += best;
  }
  return Math.max(whole, sum / query.tokens.length);
}
