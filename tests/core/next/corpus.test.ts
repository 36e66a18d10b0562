// The corpus's postings: a term's frequency in one document read from its list (dense or searched), and the tokens it counts.
import fc from "fast-check";
import { stemmer } from "stemmer";
import { buildCorpus, frequencyIn, TITLE_BOOST, type SourceDoc } from "../../../src/core/next/corpus";
import { stem, terms, tokenize } from "../../../src/core/next/tokenize";

const doc = (path: string, title: string, text: string): SourceDoc => ({ path, title, text, unread: false });

describe("corpus postings", () => {
  // Ten documents: "reward" in two (a searched list), "model" in all (a dense one), "shard" in the last only.
  const docs = Array.from({ length: 10 }, (_, i) =>
    doc(`Sources/${String(i).padStart(2, "0")}.md`, i === 0 ? "Reward models" : `Note ${i}`, `model ${i === 4 ? "reward reward" : ""} ${i === 9 ? "shard" : ""}`),
  );
  const corpus = buildCorpus(docs);

  it("reads a term's weighted frequency in each document, 0 where absent, from a searched or a dense list", () => {
    const reward = corpus.postings.get(stem("reward"))!;
    expect(reward.dense).toBeNull();
    expect(Array.from(reward.docs)).toEqual([0, 4]);
    expect(Array.from({ length: 10 }, (_, d) => frequencyIn(reward, d))).toEqual([TITLE_BOOST, 0, 0, 0, 2, 0, 0, 0, 0, 0]);
    const model = corpus.postings.get(stem("model"))!;
    expect(model.dense).not.toBeNull();
    expect(frequencyIn(model, 0)).toBe(TITLE_BOOST + 1);
    expect(frequencyIn(model, 7)).toBe(1);
    const shard = corpus.postings.get(stem("shard"))!;
    expect([frequencyIn(shard, 8), frequencyIn(shard, 9)]).toEqual([0, 1]);
    expect(corpus.df.get(stem("reward"))).toBe(2);
    expect(corpus.lengths[0]).toBe(2 * TITLE_BOOST + 1);
  });

  it("finds every document of a random sparse list by search, and no other", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 20 }), (held) => {
        const n = 61;
        const set = new Set(held);
        const built = buildCorpus(Array.from({ length: n }, (_, i) => doc(`n${String(i).padStart(3, "0")}`, "", set.has(i) ? "zebra zebra" : "other")));
        const posting = built.postings.get(stem("zebra"));
        for (let d = 0; d < n; d++) expect(posting ? frequencyIn(posting, d) : 0).toBe(set.has(d) ? 2 : 0);
      }),
    );
  });
});

describe("tokens", () => {
  it("stems as the Porter stemmer does, numbers as written, however often a word is met", () => {
    const words = ["abstractions", "abstraction", "agents", "corrigibility", "generalizes", "42", "gpt4"];
    for (let round = 0; round < 2; round++) {
      for (const word of words) expect(stem(word)).toBe(/\d/.test(word) ? word : stemmer(word));
    }
  });

  it("keeps words in order, lower-cased, without stop words or single letters", () => {
    expect(tokenize("The Agents' goals, and a 3-step plan.")).toEqual([
      { term: stemmer("agents"), word: "agents" },
      { term: stemmer("goals"), word: "goals" },
      { term: "3", word: "3" },
      { term: stemmer("step"), word: "step" },
      { term: stemmer("plan"), word: "plan" },
    ]);
    expect(terms("")).toEqual([]);
    expect(terms("— …")).toEqual([]);
  });
});
