// The suggestion score: the share of a question's rarity-weighted stemmed content words a source holds, with a floor.
import { buildCorpus, type SourceDoc } from "../../../src/core/next/bm25";
import { MIN_SCORE, rankForGap, type Gap } from "../../../src/core/next/suggest";

const doc = (path: string, title: string, text: string): SourceDoc => ({ path, title, text, unread: false });
const gap = (text: string, ancestors: string[] = []): Gap => ({ id: "g", text, ancestors, linkedPaths: new Set() });

const corpus = buildCorpus([
  doc("Sources/Natural abstraction.md", "Natural abstraction", "Low-dimensional summaries that many models of a system agree on."),
  doc("Sources/World models.md", "World models", "A world model of markets, firms and prices, as models go."),
  doc("Sources/Anthropics.md", "Indexical uncertainty", "Anthropic reasoning: which of several observers am I? Models of self-location."),
  doc("Sources/Scaling.md", "Scaling laws", "Bigger models trained on more tokens; compute-optimal models."),
  doc("Sources/Stop words.md", "Becoming", "How can any of this become what it does per se? What can be done, and how?"),
]);

describe("the suggestion score", () => {
  it("is 1 when a source holds every content word of the question, and lies in 0..1", () => {
    const [best] = rankForGap(corpus, gap("Indexical uncertainty?"), 0);
    expect(best).toMatchObject({ path: "Sources/Anthropics.md", score: 1 });
    for (const s of rankForGap(corpus, gap("Which model handles indexical uncertainty of observers?"), 0)) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
  });

  it('"abstractions" in a question matches "abstraction" in a source, through their Porter stem', () => {
    const [best] = rankForGap(corpus, gap("Are natural abstractions convergent?"));
    expect(best?.path).toBe("Sources/Natural abstraction.md");
    expect(best?.terms).toEqual(expect.arrayContaining(["abstractions", "natural"]));
  });

  it("stop words never match: a source made of them shares nothing with a question made of them", () => {
    // Only "watt" is a content word here, and no source has it: nothing matches, even with no floor.
    expect(rankForGap(corpus, gap("How can any of this become what it does per watt?"), 0)).toEqual([]);
    const ranked = rankForGap(corpus, gap("How can any of this become what it does per watt of compute?"), 0);
    expect(ranked.map((s) => s.path)).toEqual(["Sources/Scaling.md"]);
    expect(ranked[0]?.terms).toEqual(["compute"]);
  });

  it("a weak one-word overlap on a common word is left out; a rarer shared pair stays", () => {
    const question = gap("Which model handles indexical uncertainty of observers?");
    const all = rankForGap(corpus, question, 0);
    const kept = rankForGap(corpus, question);
    // "models" is in four of the five sources: sharing only it scores well under the floor.
    const world = all.find((s) => s.path === "Sources/World models.md");
    expect(world?.terms).toEqual(["model"]);
    expect(world?.score).toBeLessThan(MIN_SCORE);
    expect(kept.map((s) => s.path)).toEqual(["Sources/Anthropics.md"]);
  });
});
