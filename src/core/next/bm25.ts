// A small index of source notes: each scored by the share of a question's rarity-weighted words it holds, BM25 for ties.
import { terms, tokenize } from "./tokenize";

export interface SourceDoc {
  path: string;
  title: string;
  /** Field values and body text. */
  text: string;
  unread: boolean;
}

export interface Corpus {
  docs: SourceDoc[];
  /** Per document: term -> weighted frequency (title terms count `TITLE_BOOST` times). */
  tf: Map<string, number>[];
  lengths: number[];
  avgLength: number;
  /** Term -> number of documents holding it. */
  df: Map<string, number>;
  /** Term -> the documents holding it (indices, ascending): a question is scored against these only. */
  postings: Map<string, number[]>;
}

export const K1 = 1.2;
export const B = 0.75;
export const TITLE_BOOST = 3;

/** Builds the index; documents are kept in path order so every result is deterministic. */
export function buildCorpus(docs: readonly SourceDoc[]): Corpus {
  const sorted = [...docs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const tf: Map<string, number>[] = [];
  const lengths: number[] = [];
  const df = new Map<string, number>();
  const postings = new Map<string, number[]>();
  for (const doc of sorted) {
    const counts = new Map<string, number>();
    let length = 0;
    for (const term of terms(doc.title)) {
      counts.set(term, (counts.get(term) ?? 0) + TITLE_BOOST);
      length += TITLE_BOOST;
    }
    for (const term of terms(doc.text)) {
      counts.set(term, (counts.get(term) ?? 0) + 1);
      length++;
    }
    for (const term of counts.keys()) {
      df.set(term, (df.get(term) ?? 0) + 1);
      const list = postings.get(term);
      if (list) list.push(tf.length);
      else postings.set(term, [tf.length]);
    }
    tf.push(counts);
    lengths.push(length);
  }
  const total = lengths.reduce((a, b) => a + b, 0);
  return { docs: sorted, tf, lengths, avgLength: sorted.length === 0 ? 0 : total / sorted.length, df, postings };
}

/** Query terms with weights, and the word each term was written as. */
export interface Query {
  weights: Map<string, number>;
  words: Map<string, string>;
}

/** The main text at weight 1, each further text (e.g. ancestors, nearest first) at `lower`, halving per step. */
export function buildQuery(text: string, context: readonly string[] = [], lower = 0.5): Query {
  const weights = new Map<string, number>();
  const words = new Map<string, string>();
  const add = (t: string, weight: number): void => {
    for (const { term, word } of tokenize(t)) {
      if ((weights.get(term) ?? 0) < weight) weights.set(term, weight);
      if (!words.has(term)) words.set(term, word);
    }
  };
  add(text, 1);
  context.forEach((t, i) => add(t, lower / 2 ** i));
  return { weights, words };
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

export function idf(corpus: Corpus, term: string): number {
  const n = corpus.docs.length;
  const df = corpus.df.get(term) ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * Every document sharing a term with the query, best first. Its score is Σ weight·idf over the query terms it
 * contains / Σ weight·idf over all query terms: 1 when it names every word of the question, and a word that few
 * sources use counts for more than a common one. Equal scores are ordered by BM25, then by path.
 */
export function scoreAll(corpus: Corpus, query: Query, minScore = 0): Scored[] {
  let total = 0;
  for (const [term, weight] of query.weights) total += weight * idf(corpus, term);
  const candidates = new Set<number>();
  for (const term of essentialTerms(corpus, query, minScore * total)) for (const index of corpus.postings.get(term) ?? []) candidates.add(index);
  const out: Scored[] = [];
  for (const index of candidates) {
    const counts = corpus.tf[index];
    if (!counts) continue;
    const length = corpus.lengths[index] ?? 0;
    const norm = K1 * (1 - B + (B * length) / (corpus.avgLength || 1));
    let covered = 0;
    let bm25 = 0;
    const parts: { word: string; value: number }[] = [];
    for (const [term, weight] of query.weights) {
      const f = counts.get(term);
      if (!f) continue;
      covered += weight * idf(corpus, term);
      const value = weight * idf(corpus, term) * ((f * (K1 + 1)) / (f + norm));
      bm25 += value;
      parts.push({ word: query.words.get(term) ?? term, value });
    }
    if (covered <= 0) continue;
    parts.sort((a, b) => b.value - a.value || (a.word < b.word ? -1 : 1));
    out.push({ index, score: covered / total, bm25, terms: parts.map((p) => p.word) });
  }
  return out.sort((a, b) => b.score - a.score || b.bm25 - a.bm25 || a.index - b.index);
}

/**
 * The query terms a document must hold one of to reach `least` (MaxScore pruning): the weakest terms whose weights
 * add up to less than `least` cannot lift a document there on their own, so only the others' documents are scored.
 * With `least` 0 every term is essential.
 */
function essentialTerms(corpus: Corpus, query: Query, least: number): string[] {
  const byWeight = [...query.weights].map(([term, weight]) => ({ term, value: weight * idf(corpus, term) })).sort((a, b) => a.value - b.value);
  let weak = 0;
  let skipped = 0;
  while (skipped < byWeight.length && weak + byWeight[skipped]!.value < least) weak += byWeight[skipped++]!.value;
  return byWeight.slice(skipped).map((t) => t.term);
}
