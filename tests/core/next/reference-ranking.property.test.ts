// The fast ranking (term at a time, pruned, top-k) gives exactly what scoring every source one by one gives.
import fc from "fast-check";
import { B, buildCorpus, buildQuery, K1, scoreAll, TITLE_BOOST, type Query, type SourceDoc } from "../../../src/core/next/bm25";
import { rankForGap, rankGaps, type Gap, type Suggestion } from "../../../src/core/next/suggest";
import { terms } from "../../../src/core/next/tokenize";

interface Reference {
  path: string;
  title: string;
  unread: boolean;
  score: number;
  bm25: number;
  terms: string[];
}

/** Scores every document on its own from its text, with maps and a full sort: no index, no pruning, no limit. */
function referenceRanking(docs: readonly SourceDoc[], query: Query): Reference[] {
  const sorted = [...docs].sort((a, b) => (a.path < b.path ? -1 : 1));
  const counts = sorted.map((doc) => {
    const tf = new Map<string, number>();
    for (const term of terms(doc.title)) tf.set(term, (tf.get(term) ?? 0) + TITLE_BOOST);
    for (const term of terms(doc.text)) tf.set(term, (tf.get(term) ?? 0) + 1);
    return tf;
  });
  const lengths = sorted.map((doc) => terms(doc.title).length * TITLE_BOOST + terms(doc.text).length);
  const avgLength = lengths.reduce((a, b) => a + b, 0) / (sorted.length || 1);
  const idf = (term: string): number => {
    const df = counts.filter((tf) => tf.has(term)).length;
    return Math.log(1 + (sorted.length - df + 0.5) / (df + 0.5));
  };
  let total = 0;
  for (const [term, weight] of query.weights) total += weight * idf(term);
  const out: Reference[] = [];
  sorted.forEach((doc, i) => {
    const norm = K1 * (1 - B + (B * lengths[i]!) / (avgLength || 1));
    let covered = 0;
    let bm25 = 0;
    const parts: { word: string; value: number }[] = [];
    for (const [term, weight] of query.weights) {
      const f = counts[i]!.get(term);
      if (!f) continue;
      covered += weight * idf(term);
      const value = weight * idf(term) * ((f * (K1 + 1)) / (f + norm));
      bm25 += value;
      parts.push({ word: query.words.get(term) ?? term, value });
    }
    if (covered <= 0) return;
    parts.sort((a, b) => b.value - a.value || (a.word < b.word ? -1 : 1));
    out.push({ path: doc.path, title: doc.title, unread: doc.unread, score: covered / total, bm25, terms: parts.map((p) => p.word) });
  });
  return out.sort((a, b) => b.score - a.score || b.bm25 - a.bm25 || (a.path < b.path ? -1 : 1));
}

// Few words, stop words and stem variants among them, so that sources share words, tie and differ only in length.
const WORDS = ["agent", "agents", "goal", "goals", "model", "world", "reward", "shard", "value", "the", "of", "how", "42", "boundary"];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 8 }).map((words) => words.join(" "));
const vault = fc.record({
  docs: fc.uniqueArray(fc.record({ name: fc.integer({ min: 0, max: 40 }), title: text, text, unread: fc.boolean() }), {
    selector: (d) => d.name,
    maxLength: 14,
  }),
  // Repeated questions (same words, same context, other links) are common: they are ranked once.
  gaps: fc.array(
    fc.record({
      text: fc.oneof(text, fc.constantFrom("agent goal", "agents of the world")),
      ancestors: fc.oneof(fc.array(text, { maxLength: 3 }), fc.constant<string[]>([])),
      linked: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  floor: fc.oneof(fc.constantFrom(0, 0.15, 0.3, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true })),
  limit: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant(Infinity)),
});

const sourceDoc = (d: { name: number; title: string; text: string; unread: boolean }): SourceDoc => ({
  path: `Sources/S${d.name}.md`,
  title: d.title,
  text: d.text,
  unread: d.unread,
});

describe("the fast ranking against a one-by-one reference scorer", () => {
  it("rankForGap and rankGaps give exactly the reference's unlinked sources at or above the floor, the first `limit` of them", () => {
    fc.assert(
      fc.property(vault, ({ docs, gaps: drawn, floor, limit }) => {
        const sources = docs.map(sourceDoc);
        const corpus = buildCorpus(sources);
        const gaps = drawn.map((g, i): Gap => ({ id: `g${i}`, text: g.text, ancestors: g.ancestors, linkedPaths: new Set(g.linked.map((n) => `Sources/S${n}.md`)) }));
        const expected = gaps.map((gap): Suggestion[] =>
          referenceRanking(sources, buildQuery(gap.text, [...gap.ancestors].reverse()))
            .filter((r) => r.score >= floor && !gap.linkedPaths.has(r.path))
            .slice(0, limit)
            .map((r) => ({ path: r.path, title: r.title, score: r.score, terms: r.terms, unread: r.unread })),
        );
        expect(gaps.map((gap) => rankForGap(corpus, gap, floor, limit))).toEqual(expected);
        expect(rankGaps(corpus, gaps, floor, limit)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("scoreAll without a floor scores every source sharing a word, with the reference's figures and order", () => {
    fc.assert(
      fc.property(vault, ({ docs, gaps }) => {
        const sources = docs.map(sourceDoc);
        const corpus = buildCorpus(sources);
        for (const g of gaps) {
          const query = buildQuery(g.text, g.ancestors);
          const got = scoreAll(corpus, query).map((s) => ({ path: corpus.docs[s.index]!.path, score: s.score, bm25: s.bm25, terms: s.terms }));
          expect(got).toEqual(referenceRanking(sources, query).map(({ path, score, bm25, terms: words }) => ({ path, score, bm25, terms: words })));
        }
      }),
      { numRuns: 300 },
    );
  });
});
