// The source notes as a ranking index: weighted term counts per note, and per term the notes holding it (typed arrays).
import { terms } from "./tokenize";
import { drain, type Steps } from "../steps";

export interface SourceDoc {
  path: string;
  title: string;
  /** Field values and body text. */
  text: string;
  unread: boolean;
}

export interface Corpus {
  docs: SourceDoc[];
  lengths: number[];
  avgLength: number;
  /** Term -> number of documents holding it. */
  df: Map<string, number>;
  /** Term -> the documents holding it (indices, ascending) with its weighted frequency (title terms count `TITLE_BOOST` times) in each. */
  postings: Map<string, Posting>;
  /** Per document: BM25's length normalisation, `K1 · (1 − B + B · length / avgLength)`. */
  norms: Float64Array;
}

export interface Posting {
  docs: Int32Array;
  freqs: Float64Array;
  /**
   * For a term in half the documents or more: its frequency in every document (0 where absent), so that scoring a
   * few documents reads it directly instead of searching its list (at most twice the list's size).
   */
  dense: Float64Array | null;
}

export const K1 = 1.2;
export const B = 0.75;
export const TITLE_BOOST = 3;

/** Terms turned into postings between two pauses of corpusSteps. */
const TERMS_PER_STEP = 2000;

/** Builds the index; documents are kept in path order so every result is deterministic. */
export function buildCorpus(docs: readonly SourceDoc[]): Corpus {
  return drain(corpusSteps(docs));
}

/**
 * buildCorpus pausing after each document and every few thousand terms (see core/steps.ts). Terms are numbered as
 * they are first met and counted per document in one reused array: a map of counts per document had held every
 * document's terms for the corpus's lifetime.
 */
export function* corpusSteps(docs: readonly SourceDoc[]): Steps<Corpus> {
  const sorted = [...docs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const ids = new Map<string, number>();
  const names: string[] = [];
  const lists: { docs: number[]; freqs: number[] }[] = [];
  const lengths: number[] = [];
  let counts = new Float64Array(1024);
  const touched: number[] = [];
  const count = (term: string, weight: number): void => {
    let id = ids.get(term);
    if (id === undefined) {
      id = names.length;
      ids.set(term, id);
      names.push(term);
      lists.push({ docs: [], freqs: [] });
      if (id >= counts.length) {
        const grown = new Float64Array(counts.length * 2);
        grown.set(counts);
        counts = grown;
      }
    }
    if (counts[id] === 0) touched.push(id);
    counts[id] = counts[id]! + weight;
  };
  for (let d = 0; d < sorted.length; d++) {
    const doc = sorted[d]!;
    const title = terms(doc.title);
    const text = terms(doc.text);
    for (const term of title) count(term, TITLE_BOOST);
    for (const term of text) count(term, 1);
    for (const id of touched) {
      const list = lists[id]!;
      list.docs.push(d);
      list.freqs.push(counts[id]!);
      counts[id] = 0;
    }
    touched.length = 0;
    lengths.push(title.length * TITLE_BOOST + text.length);
    yield;
  }
  const total = lengths.reduce((a, b) => a + b, 0);
  const avgLength = sorted.length === 0 ? 0 : total / sorted.length;
  const df = new Map<string, number>();
  const postings = new Map<string, Posting>();
  for (let id = 0; id < names.length; id++) {
    const list = lists[id]!;
    const docs = new Int32Array(list.docs);
    const freqs = new Float64Array(list.freqs);
    let dense: Float64Array | null = null;
    if (docs.length * 2 >= sorted.length) {
      dense = new Float64Array(sorted.length);
      for (let j = 0; j < docs.length; j++) dense[docs[j]!] = freqs[j]!;
    }
    df.set(names[id]!, docs.length);
    postings.set(names[id]!, { docs, freqs, dense });
    if (postings.size % TERMS_PER_STEP === 0) yield;
  }
  const norms = Float64Array.from(lengths, (length) => K1 * (1 - B + (B * length) / (avgLength || 1)));
  return { docs: sorted, lengths, avgLength, df, postings, norms };
}

/** The weighted frequency of a term (its posting) in document `d`: 0 where absent. */
export function frequencyIn(posting: Posting, d: number): number {
  if (posting.dense) return posting.dense[d]!;
  const { docs } = posting;
  let lo = 0;
  let hi = docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  return lo < docs.length && docs[lo] === d ? posting.freqs[lo]! : 0;
}

export function idf(corpus: Corpus, term: string): number {
  const n = corpus.docs.length;
  const df = corpus.df.get(term) ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
