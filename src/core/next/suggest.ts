// What to read next: the best unlinked sources per unanswered question, and unread sources by gaps they would fill.
import { type Corpus, buildQuery, rankQuery } from "./bm25";
import { drain, type Steps } from "../steps";

export interface Gap {
  id: string;
  text: string;
  /** Ancestor question texts, outermost first; they count at a lower weight, nearest the most. */
  ancestors: string[];
  /** Sources already linked to this question (never suggested for it). */
  linkedPaths: Set<string>;
}

export interface Suggestion {
  path: string;
  title: string;
  score: number;
  /** The question's words the source matched, strongest first (for a "why" tooltip). */
  terms: string[];
  unread: boolean;
}

export interface GapSuggestions {
  gapId: string;
  suggestions: Suggestion[];
}

/** Per gap, the `perGap` best-scoring sources not linked to it (ties by path). */
export function suggestForGaps(corpus: Corpus, gaps: readonly Gap[], opts: { perGap: number; minScore?: number }): GapSuggestions[] {
  const ranked = rankGaps(corpus, gaps, opts.minScore, Math.max(0, opts.perGap));
  return gaps.map((gap, i) => ({ gapId: gap.id, suggestions: ranked[i] ?? [] }));
}

/**
 * The least score a suggestion needs: the source holds at least 15% of the question's rarity-weighted words. Read on
 * the example vault: below it are single shared words ("humanity", "uncertainty") and loose lists of common ones.
 */
export const MIN_SCORE = 0.15;

/**
 * The unlinked sources scoring at least `minScore` for the gap, best first (ties by BM25, then path); at most `limit`
 * of them, so that many gaps × many sources keep only a few suggestions each in memory.
 */
export function rankForGap(corpus: Corpus, gap: Gap, minScore = MIN_SCORE, limit = Infinity): Suggestion[] {
  return rankGaps(corpus, [gap], minScore, limit)[0] ?? [];
}

/**
 * `rankForGap` for each gap. Gaps asking the same words with the same context (a question repeated under one parent,
 * an outline imported twice) are scored once: enough of the ranking is kept to drop each one's linked sources.
 */
export function rankGaps(corpus: Corpus, gaps: readonly Gap[], minScore = MIN_SCORE, limit = Infinity): Suggestion[][] {
  return drain(rankGapsSteps(corpus, gaps, minScore, limit));
}

/** rankGaps pausing after each gap (see core/steps.ts). */
export function* rankGapsSteps(corpus: Corpus, gaps: readonly Gap[], minScore = MIN_SCORE, limit = Infinity): Steps<Suggestion[][]> {
  const keep = Math.max(0, limit);
  const scored = new Map<string, { limit: number; ranked: Suggestion[] }>();
  const out: Suggestion[][] = [];
  for (const gap of gaps) {
    const query = buildQuery(gap.text, [...gap.ancestors].reverse());
    let key = "";
    for (const [term, weight] of query.weights) key += `${term}\u0000${weight}\u0000${query.words.get(term) ?? ""}\u0001`;
    const wanted = keep + gap.linkedPaths.size;
    let entry = scored.get(key);
    if (!entry || entry.limit < wanted) {
      const ranked = rankQuery(corpus, query, { prune: minScore, floor: minScore, limit: wanted }).map((s): Suggestion => {
        const doc = corpus.docs[s.index]!;
        return { path: doc.path, title: doc.title, score: s.score, terms: s.terms, unread: doc.unread };
      });
      entry = { limit: wanted, ranked };
      scored.set(key, entry);
    }
    out.push(entry.ranked.filter((s) => !gap.linkedPaths.has(s.path)).slice(0, keep));
    yield;
  }
  return out;
}

/** How many of a gap's best sources an unread source must be among to count for it. */
export const UNREAD_TOP_K = 5;

export interface UnreadRank {
  path: string;
  title: string;
  /** The gaps this source would plausibly fill, in the order the gaps were given. */
  gapIds: string[];
  /** Sum over those gaps of score / the gap's best score: breaks ties between equal counts. */
  strength: number;
}

export interface RankOptions {
  /** A source counts for a gap when it is among the gap's `topK` unlinked sources... (default 5) */
  topK?: number;
  /** ...and scores at least this share of the gap's best unlinked source (default 0.5)... */
  relative?: number;
  /** ...and at least this score (default `MIN_SCORE`). */
  minScore?: number;
}

/** Unread sources ranked by how many gaps they would fill, then strength, then path. */
export function rankUnread(corpus: Corpus, gaps: readonly Gap[], opts: RankOptions = {}): UnreadRank[] {
  const topK = opts.topK ?? UNREAD_TOP_K;
  const ranked = rankGaps(corpus, gaps, opts.minScore, topK);
  return rankUnreadFrom(gaps.map((gap, i) => ({ gapId: gap.id, suggestions: ranked[i] ?? [] })), opts);
}

/** `rankUnread` from rankings already made with `rankForGap` (full lists, not cut to a few per gap). */
export function rankUnreadFrom(rankings: readonly GapSuggestions[], opts: RankOptions = {}): UnreadRank[] {
  const topK = opts.topK ?? UNREAD_TOP_K;
  const relative = opts.relative ?? 0.5;
  const byPath = new Map<string, UnreadRank>();
  for (const { gapId, suggestions: ranked } of rankings) {
    const best = ranked[0]?.score ?? 0;
    if (best <= 0) continue;
    for (const s of ranked.slice(0, topK)) {
      if (!s.unread || s.score < relative * best) continue;
      const entry = byPath.get(s.path) ?? { path: s.path, title: s.title, gapIds: [], strength: 0 };
      entry.gapIds.push(gapId);
      entry.strength += s.score / best;
      byPath.set(s.path, entry);
    }
  }
  return [...byPath.values()].sort(
    (a, b) => b.gapIds.length - a.gapIds.length || b.strength - a.strength || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}
