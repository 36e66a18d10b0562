// The source notes as a ranking index: per term, the notes holding it and its weighted count in each (typed arrays).
import { isRankedWord, rawWords, stem } from "./tokenize";
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

const NOT_COUNTED = -1;

/** Terms turned into postings between two pauses of corpusSteps. */
const TERMS_PER_STEP = 2000;

/** Builds the index; documents are kept in path order so every result is deterministic. */
export function buildCorpus(docs: readonly SourceDoc[]): Corpus {
  return drain(corpusSteps(docs));
}

/**
 * buildCorpus pausing after each document and every few thousand terms (see core/steps.ts). Terms are numbered as
 * they are first met and counted per document in one reused array; each document's counts are appended to three
 * flat typed arrays and sorted by term at the end, so that every term's list is a view of one buffer. Maps of counts
 * per document, and lists per term, had been millions of small objects for the garbage collector to copy.
 * Each word is looked up once, straight to its term's number (or to NOT_COUNTED for stop words and single letters).
 */
export function* corpusSteps(docs: readonly SourceDoc[]): Steps<Corpus> {
  const sorted = [...docs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const ids = new Map<string, number>();
  const wordIds = new Map<string, number>();
  const names: string[] = [];
  const lengths: number[] = [];
  let counts = new Float64Array(1024);
  let dfs = new Int32Array(1024);
  const touched: number[] = [];
  const entries = new Entries();
  const termId = (word: string): number => {
    let id = wordIds.get(word);
    if (id !== undefined) return id;
    if (!isRankedWord(word)) id = NOT_COUNTED;
    else {
      const term = stem(word);
      id = ids.get(term);
      if (id === undefined) {
        id = names.length;
        ids.set(term, id);
        names.push(term);
        if (id >= counts.length) {
          counts = grown(counts, new Float64Array(counts.length * 2));
          dfs = grown(dfs, new Int32Array(dfs.length * 2));
        }
      }
    }
    wordIds.set(word, id);
    return id;
  };
  /** Counts the text's terms at `weight` each; returns how many it counted. */
  const count = (text: string, weight: number): number => {
    let n = 0;
    for (const word of rawWords(text)) {
      const id = termId(word);
      if (id === NOT_COUNTED) continue;
      if (counts[id] === 0) touched.push(id);
      counts[id] = counts[id]! + weight;
      n++;
    }
    return n;
  };
  for (let d = 0; d < sorted.length; d++) {
    const doc = sorted[d]!;
    const length = count(doc.title, TITLE_BOOST) * TITLE_BOOST + count(doc.text, 1);
    for (const id of touched) {
      entries.add(id, d, counts[id]!);
      dfs[id] = dfs[id]! + 1;
      counts[id] = 0;
    }
    touched.length = 0;
    lengths.push(length);
    yield;
  }
  const total = lengths.reduce((a, b) => a + b, 0);
  const avgLength = sorted.length === 0 ? 0 : total / sorted.length;
  // Each term's entries, in document order, at its offset in two shared buffers.
  const starts = new Int32Array(names.length + 1);
  for (let id = 0; id < names.length; id++) starts[id + 1] = starts[id]! + dfs[id]!;
  const allDocs = new Int32Array(entries.size);
  const allFreqs = new Float64Array(entries.size);
  const next = starts.slice(0, names.length);
  for (let c = 0; c < entries.chunkCount; c++) {
    entries.forEachIn(c, (term, doc, freq) => {
      const at = next[term]!++;
      allDocs[at] = doc;
      allFreqs[at] = freq;
    });
    yield;
  }
  const df = new Map<string, number>();
  const postings = new Map<string, Posting>();
  for (let id = 0; id < names.length; id++) {
    const docs = allDocs.subarray(starts[id], starts[id + 1]);
    const freqs = allFreqs.subarray(starts[id], starts[id + 1]);
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

const CHUNK = 1 << 16;

/** (term, document, frequency) entries in chunks of typed arrays: added to without ever copying what is there. */
class Entries {
  private readonly chunks: { terms: Int32Array; docs: Int32Array; freqs: Float64Array }[] = [];
  size = 0;

  add(term: number, doc: number, freq: number): void {
    const at = this.size % CHUNK;
    if (at === 0) this.chunks.push({ terms: new Int32Array(CHUNK), docs: new Int32Array(CHUNK), freqs: new Float64Array(CHUNK) });
    const chunk = this.chunks[this.chunks.length - 1]!;
    chunk.terms[at] = term;
    chunk.docs[at] = doc;
    chunk.freqs[at] = freq;
    this.size++;
  }

  get chunkCount(): number {
    return this.chunks.length;
  }

  /** The entries of chunk `c`, in the order added. */
  forEachIn(c: number, visit: (term: number, doc: number, freq: number) => void): void {
    const chunk = this.chunks[c];
    if (!chunk) return;
    const end = Math.min(CHUNK, this.size - c * CHUNK);
    for (let k = 0; k < end; k++) visit(chunk.terms[k]!, chunk.docs[k]!, chunk.freqs[k]!);
  }
}

/** `into` (twice as long) holding `from`'s values first. */
function grown<T extends Int32Array | Float64Array>(from: T, into: T): T {
  into.set(from);
  return into;
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
