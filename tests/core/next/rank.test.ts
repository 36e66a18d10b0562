// What to read next: tokens, BM25 suggestions per gap (questions from the thread), unread sources by gaps filled.
import { buildCorpus, type SourceDoc } from "../../../src/core/next/bm25";
import { rankUnread, suggestForGaps, type Gap } from "../../../src/core/next/suggest";
import { stem, tokenize } from "../../../src/core/next/tokenize";

describe("tokenize and stem", () => {
  it.each([
    ["abstractions", "abstraction"],
    ["optimizers", "optimizer"],
    ["processes", "process"],
    ["boundaries", "boundary"],
    ["matching", "match"],
    ["running", "run"],
    ["embedded", "embedding"],
    ["learned", "learn"],
    ["thermodynamics", "thermodynamic"],
    ["representations", "representation"],
    ["modularity", "modular"],
  ])("%j and %j share a stem (Porter)", (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it.each([
    ["string", "strong"],
    ["class", "classic"],
    ["king", "kind"],
    ["agent", "agenda"],
  ])("%j and %j do not", (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });

  it("lower-cases Unicode words, drops stop words and single letters, keeps numbers as written", () => {
    expect(tokenize("How can we detect Mesa-Optimizers in GPT-4? Über Größe, a x 42 2023s").map((t) => t.word)).toEqual([
      "detect", "mesa", "optimizers", "gpt", "4", "über", "größe", "42", "2023s",
    ]);
    expect(tokenize("Optimizers")[0]).toEqual({ term: stem("optimizer"), word: "optimizers" });
    expect(stem("2023s")).toBe("2023s");
  });

  it.each([
    "become", "becomes", "any", "per", "how", "what", "does", "can", "much", "make", "would", "the", "etc",
  ])("the stop word %j never makes a term", (word) => {
    expect(tokenize(`${word} ${word.toUpperCase()}`)).toEqual([]);
  });
});

const sources: SourceDoc[] = [
  {
    path: "Sources/Risks from Learned Optimization.md",
    title: "Risks from Learned Optimization",
    text: "Mesa-optimization: a learned model that is itself an optimizer. Inner optimizers can be embedded in a system trained by an outer optimizer. How could we detect inner optimizers, and inner alignment failures?",
    unread: true,
  },
  {
    path: "Sources/Thermodynamics of agents.md",
    title: "Thermodynamics of embedded agents",
    text: "Maxwell's demon, the generalized heat engine, entropy and negentropy. Arguments from statistical mechanics generalize to embedded agents when reversibility is dropped.",
    unread: true,
  },
  {
    path: "Sources/Prices as information.md",
    title: "Prices as information",
    text: "Markets aggregate information through prices; the information-carrying role of prices can be modelled apart from incentives and bargaining between firms.",
    unread: false,
  },
  {
    path: "Sources/Modularity in biology.md",
    title: "Why biological systems are modular",
    text: "Evolution under changing environments selects for modular systems; biological modularity may generalize to trained neural networks and other agents.",
    unread: true,
  },
  {
    path: "Sources/Cooking pasta.md",
    title: "Cooking pasta",
    text: "Boil water, add salt, cook the pasta for nine minutes.",
    unread: true,
  },
];

const gap = (id: string, text: string, ancestors: string[] = [], linked: string[] = []): Gap => ({
  id, text, ancestors, linkedPaths: new Set(linked),
});

const gaps: Gap[] = [
  gap("inner", "How can we detect inner optimizers embedded in a system?", ["What's up with mesa-optimization?"]),
  gap("demon", "How far do Maxwell's Demon-style arguments generalize for talking about embedded agents?", [
    "How can we generalize principles from thermodynamics/stat mech to talk about agents more generally?",
  ]),
  gap("prices", "To what extent can we model the information-carrying function of prices separately from the incentive/bargaining role of prices?", [
    "What's up with trade, markets, and firm-level selection pressures?",
  ]),
  gap("biology", "Why are biological systems so modular? To what extent will that generalize to agents beyond biology?", [
    "What's up with boundaries and modularity?",
  ]),
];

describe("suggestForGaps", () => {
  const corpus = buildCorpus(sources);

  it.each([
    ["inner", "Sources/Risks from Learned Optimization.md", ["inner", "optimizers", "detect"]],
    ["demon", "Sources/Thermodynamics of agents.md", ["maxwell", "demon"]],
    ["prices", "Sources/Prices as information.md", ["prices", "bargaining"]],
    ["biology", "Sources/Modularity in biology.md", ["biological", "modular"]],
  ])("gap %s: the source naming its key terms ranks first", (id, best, terms) => {
    const [result] = suggestForGaps(corpus, gaps.filter((g) => g.id === id), { perGap: 3 });
    expect(result?.gapId).toBe(id);
    expect(result?.suggestions[0]?.path).toBe(best);
    for (const term of terms) expect(result?.suggestions[0]?.terms).toContain(term);
    const scores = result?.suggestions.map((s) => s.score) ?? [];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result?.suggestions.map((s) => s.path)).not.toContain("Sources/Cooking pasta.md");
  });

  it("never suggests a source already linked to the gap, and honours perGap", () => {
    const linked = gap("inner", gaps[0]!.text, gaps[0]!.ancestors, ["Sources/Risks from Learned Optimization.md"]);
    const [result] = suggestForGaps(corpus, [linked], { perGap: 1, minScore: 0 });
    expect(result?.suggestions).toHaveLength(1);
    expect(result?.suggestions[0]?.path).not.toBe("Sources/Risks from Learned Optimization.md");
    expect(suggestForGaps(corpus, [linked], { perGap: 0 })[0]?.suggestions).toEqual([]);
  });

  it("ancestors count, at a lower weight than the question itself", () => {
    const onlyAncestor = gap("x", "What else?", ["What's up with trade, markets, and firm-level selection pressures?"]);
    const [viaAncestor] = suggestForGaps(corpus, [onlyAncestor], { perGap: 1 });
    expect(viaAncestor?.suggestions[0]?.path).toBe("Sources/Prices as information.md");
    // "markets" in the question itself covers more of it than "markets" in its parent, beside the question's "pasta".
    const score = (g: Gap): number =>
      suggestForGaps(corpus, [g], { perGap: 5, minScore: 0 })[0]?.suggestions.find((x) => x.path.includes("Prices"))?.score ?? 0;
    const direct = score(gap("y", "markets pasta"));
    const indirect = score(gap("z", "pasta", ["markets"]));
    expect(indirect).toBeGreaterThan(0);
    expect(direct).toBeGreaterThan(indirect);
  });

  it("the title counts three times the body", () => {
    const corpus2 = buildCorpus([
      { path: "a.md", title: "entropy", text: "filler words here", unread: true },
      { path: "b.md", title: "filler", text: "entropy words here", unread: true },
    ]);
    const [result] = suggestForGaps(corpus2, [gap("g", "entropy")], { perGap: 2 });
    expect(result?.suggestions.map((s) => s.path)).toEqual(["a.md", "b.md"]);
  });

  it("is deterministic: input order does not matter, equal scores are ordered by path", () => {
    const twins: SourceDoc[] = [
      { path: "z/twin.md", title: "Inner optimizers", text: "detect them", unread: true },
      { path: "a/twin.md", title: "Inner optimizers", text: "detect them", unread: true },
      ...sources,
    ];
    const forward = suggestForGaps(buildCorpus(twins), gaps, { perGap: 4 });
    const backward = suggestForGaps(buildCorpus([...twins].reverse()), gaps, { perGap: 4 });
    expect(backward).toEqual(forward);
    const inner = forward[0]?.suggestions ?? [];
    const twinsAt = inner.filter((s) => s.path.endsWith("twin.md"));
    expect(twinsAt.map((s) => s.path)).toEqual(["a/twin.md", "z/twin.md"]);
    expect(twinsAt[0]?.score).toBe(twinsAt[1]?.score);
  });

  it("an empty corpus or an all-stop-word question gives no suggestions", () => {
    expect(suggestForGaps(buildCorpus([]), gaps, { perGap: 3 }).map((r) => r.suggestions)).toEqual([[], [], [], []]);
    expect(suggestForGaps(corpus, [gap("s", "What is it, and how?")], { perGap: 3 })[0]?.suggestions).toEqual([]);
  });
});

describe("rankUnread", () => {
  it("ranks unread sources by the number of gaps they would fill, with the gap ids", () => {
    const both: SourceDoc = {
      path: "Sources/Embedded optimizers and demons.md",
      title: "Embedded optimizers, demons and thermodynamics",
      text: "Detect inner optimizers embedded in a system; Maxwell's demon arguments generalize to embedded agents.",
      unread: true,
    };
    const ranked = rankUnread(buildCorpus([...sources, both]), gaps, { topK: 3, relative: 0.5 });
    expect(ranked[0]).toMatchObject({ path: both.path, gapIds: ["inner", "demon"] });
    const paths = ranked.map((r) => r.path);
    expect(paths).not.toContain("Sources/Prices as information.md"); // already read
    expect(paths).not.toContain("Sources/Cooking pasta.md"); // fills no gap
    expect(ranked.find((r) => r.path === "Sources/Modularity in biology.md")?.gapIds).toEqual(["biology"]);
    for (const r of ranked.slice(1)) expect(r.gapIds.length).toBeLessThanOrEqual(ranked[0]!.gapIds.length);
  });

  it("a source far below a gap's best does not count for it", () => {
    const weak: SourceDoc = { path: "Sources/weak.md", title: "Notes", text: "optimizers, once, among many other words about cooking and salt and water and time", unread: true };
    const ranked = rankUnread(buildCorpus([...sources, weak]), [gaps[0]!], { topK: 5, relative: 0.5 });
    expect(ranked.map((r) => r.path)).toEqual(["Sources/Risks from Learned Optimization.md"]);
    const lenient = rankUnread(buildCorpus([...sources, weak]), [gaps[0]!], { topK: 5, relative: 0, minScore: 0 });
    expect(lenient.map((r) => r.path)).toContain("Sources/weak.md");
  });
});
