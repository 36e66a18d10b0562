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
  /** Per document: term -> weighted frequency (title terms count `TITLE_BOOST` times). */
  tf: Map<string, number>[];
  lengths: number[];
  avgLength: number;
  /** Term -> number of documents holding it. */
  df: Map<string, number>;
  /** Term -> the documents holding it (indices, ascending) with its weighted frequency in each. */
  postings: Map<string, Posting>;
  /** Per document: BM25's length normalisation, `K1 · (1 − B + B · length / avgLength)`. */
  norms: Float64Array;
}

export interface Posting {
  docs: Int32Array;
  freqs: Float64Array;
  /**
   * For a term in half the documents or more: its frequency in every document (0 where absent), so that scoring a
   * few documents reads it directly instead of walking a list as long as the corpus (at most twice the list's size).
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

/** buildCorpus pausing after each document and every few thousand terms (see core/steps.ts). */
export function* corpusSteps(docs: readonly SourceDoc[]): Steps<Corpus> {
  const sorted = [...docs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const tf: Map<string, number>[] = [];
  const lengths: number[] = [];
  const df = new Map<string, number>();
  const lists = new Map<string, { docs: number[]; freqs: number[] }>();
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
    for (const [term, count] of counts) {
      df.set(term, (df.get(term) ?? 0) + 1);
      const list = lists.get(term);
      if (list) {
        list.docs.push(tf.length);
        list.freqs.push(count);
      } else lists.set(term, { docs: [tf.length], freqs: [count] });
    }
    tf.push(counts);
    lengths.push(length);
    yield;
  }
  const total = lengths.reduce((a, b) => a + b, 0);
  const avgLength = sorted.length === 0 ? 0 : total / sorted.length;
  const postings = new Map<string, Posting>();
  for (const [term, list] of lists) {
    const docs = new Int32Array(list.docs);
    const freqs = new Float64Array(list.freqs);
    let dense: Float64Array | null = null;
    if (docs.length * 2 >= sorted.length) {
      dense = new Float64Array(sorted.length);
      for (let j = 0; j < docs.length; j++) dense[docs[j]!] = freqs[j]!;
    }
    postings.set(term, { docs, freqs, dense });
    if (postings.size % TERMS_PER_STEP === 0) yield;
  }
  const norms = Float64Array.from(lengths, (length) => K1 * (1 - B + (B * length) / (avgLength || 1)));
  return { docs: sorted, tf, lengths, avgLength, df, postings, norms };
}

export function idf(corpus: Corpus, term: string): number {
  const n = corpus.docs.length;
  const df = corpus.df.get(term) ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
