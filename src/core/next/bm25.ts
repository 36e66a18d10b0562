// A small index of source notes: each scored by the share of a question's rarity-weighted words it holds, BM25 for ties.
import type { Corpus } from "./corpus";
import { rankQuery, type Query, type Scored } from "./rank-query";
import { tokenize } from "./tokenize";

export { buildCorpus, idf, K1, B, TITLE_BOOST, type Corpus, type Posting, type SourceDoc } from "./corpus";
export { rankQuery, type Query, type RankQueryOptions, type Scored } from "./rank-query";

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

/**
 * Every document sharing a term with the query, best first. Its score is Σ weight·idf over the query terms it
 * contains / Σ weight·idf over all query terms: 1 when it names every word of the question, and a word that few
 * sources use counts for more than a common one. Equal scores are ordered by BM25, then by path. With `minScore`,
 * only documents holding enough of the query to reach it are scored (the others may still be missing).
 */
export function scoreAll(corpus: Corpus, query: Query, minScore = 0): Scored[] {
  return rankQuery(corpus, query, { prune: minScore, floor: 0, limit: Infinity });
}
