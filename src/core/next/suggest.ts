// What to read next: the best unlinked sources per unanswered question, and unread sources by gaps they would fill.
import { type Corpus, buildQuery, scoreAll } from "./bm25";

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
  return gaps.map((gap) => ({ gapId: gap.id, suggestions: rankForGap(corpus, gap, opts.minScore, Math.max(0, opts.perGap)) }));
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
  const query = buildQuery(gap.text, [...gap.ancestors].reverse());
  const out: Suggestion[] = [];
  for (const scored of scoreAll(corpus, query, minScore)) {
    const doc = corpus.docs[scored.index];
    if (scored.score < minScore || out.length >= limit) break;
    if (!doc || gap.linkedPaths.has(doc.path)) continue;
    out.push({ path: doc.path, title: doc.title, score: scored.score, terms: scored.terms, unread: doc.unread });
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
  return rankUnreadFrom(gaps.map((gap) => ({ gapId: gap.id, suggestions: rankForGap(corpus, gap, opts.minScore, topK) })), opts);
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
