// Scores one question against the corpus term at a time, into typed arrays reused across questions, keeping the best few.
import { type Corpus, frequencyIn, K1, idf } from "./corpus";

/** Query terms with weights, and the word each term was written as. */
export interface Query {
  weights: Map<string, number>;
  words: Map<string, string>;
}

export interface Scored {
  index: number;
  /** The share of the query's rarity-weighted terms the document contains, 0..1 (see `scoreAll`). */
  score: number;
  /** BM25: how often and how densely it names them; orders documents of equal score. */
  bm25: number;
  /** Matching query words, strongest contribution first. */
  terms: string[];
}

export interface RankQueryOptions {
  /** Only documents that can reach this score are scored (MaxScore pruning); 0: every one sharing a term. */
  prune: number;
  /** Documents scoring under this are left out. */
  floor: number;
  /** At most this many are returned, the best. */
  limit: number;
}

/**
 * Per corpus, reused by every query: running sums per document; the documents sharing an essential term with the
 * query (`touched`) and those reaching the floor (`qualified`), each marked with the query's stamp.
 */
interface Scratch {
  covered: Float64Array;
  bm25: Float64Array;
  touchedStamps: Int32Array;
  touched: Int32Array;
  qualifiedStamps: Int32Array;
  qualified: Int32Array;
  stamp: number;
}

const scratches = new WeakMap<Corpus, Scratch>();

function scratchOf(corpus: Corpus): Scratch {
  const n = corpus.docs.length;
  let scratch = scratches.get(corpus);
  if (!scratch) {
    const [covered, bm25] = [new Float64Array(n), new Float64Array(n)];
    const [touchedStamps, touched, qualifiedStamps, qualified] = [new Int32Array(n), new Int32Array(n), new Int32Array(n), new Int32Array(n)];
    scratch = { covered, bm25, touchedStamps, touched, qualifiedStamps, qualified, stamp: 0 };
    scratches.set(corpus, scratch);
  }
  if (scratch.stamp >= 0x7fffffff) {
    scratch.touchedStamps.fill(0);
    scratch.qualifiedStamps.fill(0);
    scratch.stamp = 0;
  }
  scratch.stamp++;
  return scratch;
}

/**
 * The documents sharing a term with the query, best first: score (Σ weight·idf of the query terms held / Σ over all
 * query terms), then BM25, then index. Term at a time, each document's sums add the terms in the query's order, so
 * every figure is the one scoring the documents one by one gives; BM25 is summed only for those reaching the floor.
 */
export function rankQuery(corpus: Corpus, query: Query, options: RankQueryOptions): Scored[] {
  const entries = [...query.weights];
  const values = entries.map(([term, weight]) => weight * idf(corpus, term));
  let total = 0;
  for (const value of values) total += value;
  const scratch = scratchOf(corpus);
  const { covered, bm25, touchedStamps, touched, qualifiedStamps, qualified, stamp } = scratch;
  let count = 0;
  // A margin far above rounding: sums taken in another order must not prune a document that reaches the floor exactly.
  for (const i of essentialTerms(values, options.prune * total * (1 - 1e-9))) {
    const docs = corpus.postings.get(entries[i]![0])?.docs;
    if (!docs) continue;
    for (let j = 0; j < docs.length; j++) {
      const d = docs[j]!;
      if (touchedStamps[d] === stamp) continue;
      touchedStamps[d] = stamp;
      covered[d] = 0;
      touched[count++] = d;
    }
  }
  const touchedSet: DocSet = { list: touched, count, stamps: touchedStamps, stamp };
  entries.forEach(([term], i) => addTerm(corpus, term, values[i]!, touchedSet, covered, false));
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const d = touched[k]!;
    if (!(covered[d]! > 0) || covered[d]! / total < options.floor) continue;
    qualifiedStamps[d] = stamp;
    bm25[d] = 0;
    qualified[kept++] = d;
  }
  const qualifiedSet: DocSet = { list: qualified, count: kept, stamps: qualifiedStamps, stamp };
  entries.forEach(([term], i) => addTerm(corpus, term, values[i]!, qualifiedSet, bm25, true));
  const order = (a: number, b: number): number => covered[b]! / total - covered[a]! / total || bm25[b]! - bm25[a]! || a - b;
  return best(qualified, kept, options.limit, order).map((index) => ({
    index,
    score: covered[index]! / total,
    bm25: bm25[index]!,
    terms: matchedWords(corpus, query, index),
  }));
}

/** A set of documents: the first `count` of `list`, each marked with `stamp` in `stamps`. */
interface DocSet {
  list: Int32Array;
  count: number;
  stamps: Int32Array;
  stamp: number;
}

/** Adds one query term's value (or its BM25 part) to the sum of every document of the set holding the term. */
function addTerm(corpus: Corpus, term: string, value: number, set: DocSet, sums: Float64Array, asBm25: boolean): void {
  const posting = corpus.postings.get(term);
  if (!posting) return;
  const norms = corpus.norms;
  const { docs, freqs, dense } = posting;
  if (set.count < docs.length && (dense || set.count * 8 < docs.length)) {
    // Fewer documents than the term's list: look up the term's frequency in each.
    for (let k = 0; k < set.count; k++) {
      const d = set.list[k]!;
      const f = frequencyIn(posting, d);
      if (f !== 0) sums[d] = sums[d]! + (asBm25 ? value * ((f * (K1 + 1)) / (f + norms[d]!)) : value);
    }
    return;
  }
  const { stamps, stamp } = set;
  for (let j = 0; j < docs.length; j++) {
    const d = docs[j]!;
    if (stamps[d] !== stamp) continue;
    const f = freqs[j]!;
    sums[d] = sums[d]! + (asBm25 ? value * ((f * (K1 + 1)) / (f + norms[d]!)) : value);
  }
}

/** The first `limit` of the `count` documents in `order`, through a buffer cut back to `limit` whenever it fills. */
function best(list: Int32Array, count: number, limit: number, order: (a: number, b: number) => number): number[] {
  const cap = Math.max(64, 2 * Math.min(limit, 1e6));
  let kept: number[] = [];
  let worst = -1;
  for (let k = 0; k < count; k++) {
    const d = list[k]!;
    if (worst >= 0 && order(d, worst) > 0) continue;
    kept.push(d);
    if (kept.length >= cap && kept.length > limit) {
      kept = kept.sort(order).slice(0, limit);
      worst = kept[kept.length - 1] ?? -1;
    }
  }
  return kept.sort(order).slice(0, limit);
}

/** The query words a document holds, strongest BM25 contribution first (ties by word). */
function matchedWords(corpus: Corpus, query: Query, index: number): string[] {
  const norm = corpus.norms[index] ?? 0;
  const parts: { word: string; value: number }[] = [];
  for (const [term, weight] of query.weights) {
    const posting = corpus.postings.get(term);
    const f = posting ? frequencyIn(posting, index) : 0;
    if (!f) continue;
    parts.push({ word: query.words.get(term) ?? term, value: weight * idf(corpus, term) * ((f * (K1 + 1)) / (f + norm)) });
  }
  parts.sort((a, b) => b.value - a.value || (a.word < b.word ? -1 : 1));
  return parts.map((p) => p.word);
}

/**
 * The query terms (indices) a document must hold one of to reach `least` (MaxScore pruning): the weakest terms whose
 * values add up to less than `least` cannot lift a document there on their own, so only the others' documents are
 * scored. With `least` 0 every term is essential.
 */
function essentialTerms(values: readonly number[], least: number): number[] {
  const byValue = values.map((value, i) => ({ i, value })).sort((a, b) => a.value - b.value);
  let weak = 0;
  let skipped = 0;
  while (skipped < byValue.length && weak + byValue[skipped]!.value < least) weak += byValue[skipped++]!.value;
  return byValue.slice(skipped).map((t) => t.i);
}
