// The one gap report (CLI `next`, plugin suggestions, API): gaps once each, suggestions and unread from one ranking.
import { MosaicIndex } from "../../../src/core/index/mosaic-index";
import { corpusOf, gapsFromProblems, nextReport, rankUnread, rankUnreadFrom, rankForGap, suggestForGaps } from "../../../src/core/next";

const files: Record<string, string> = {
  "Problems/Agents.md": [
    "---",
    "tags: [problem]",
    "---",
    "- What's up with mesa-optimization? ^mesa",
    "  - When and to what extent do mesa-optimizers show up?",
    "- What's up with trade, markets, and firm-level selection pressures?",
    "  - What can prices tell us about markets?",
  ].join("\n"),
  // A problem of its own hung under ^mesa: its questions are gaps of both trees.
  "Problems/Detection.md": [
    "---",
    "tags: [problem]",
    "---",
    "parent:: [[Agents#^mesa]]",
    "- How can we detect inner optimizers embedded in a system? ^detect",
  ].join("\n"),
  "Sources/Detecting inner optimizers.md": "---\ntags: [post, to-read]\n---\nHow to detect inner optimizers embedded in a trained system.\n",
  "Sources/Prices.md": "---\ntags: [article]\nstatus: unread\n---\nPrices carry information in markets.\n",
  "Sources/Read already.md": "---\ntags: [article]\n---\nSomething about prices, markets and mesa-optimizers.\n",
};

const index = new MosaicIndex();
for (const [path, text] of Object.entries(files)) index.setNote(path, text);

describe("nextReport", () => {
  it("keeps each gap once, where it has the most ancestors, with where it is written", () => {
    const report = nextReport(index);
    expect(report.gaps.map((g) => [g.id, g.problem.path, g.path, g.line, g.ancestors.length])).toEqual([
      ["Problems/Agents.md:5", "Problems/Agents.md", "Problems/Agents.md", 5, 1],
      ["Problems/Detection.md#^detect", "Problems/Agents.md", "Problems/Detection.md", 5, 2],
      ["Problems/Agents.md:7", "Problems/Agents.md", "Problems/Agents.md", 7, 1],
    ]);
  });

  it("one problem: only its gaps; a path that is no problem: nothing", () => {
    expect(nextReport(index, { problem: "Problems/Detection.md" }).gaps.map((g) => [g.id, g.ancestors])).toEqual([
      ["Problems/Detection.md#^detect", []],
    ]);
    expect(nextReport(index, { problem: "Sources/Prices.md" })).toEqual({ gaps: [], unread: [] });
    expect(nextReport(index, { problem: "Nowhere.md" })).toEqual({ gaps: [], unread: [] });
  });

  it("suggestions and unread are what suggestForGaps and rankUnread give, scores rounded to 3 decimals", () => {
    const corpus = corpusOf(index);
    const problem = index.problemTree("Problems/Agents.md");
    if (!problem) throw new Error("no problem");
    const gaps = gapsFromProblems([problem]);
    for (const perGap of [1, 2, 3]) {
      const report = nextReport(index, { problem: problem.path, perGap, corpus });
      const expected = suggestForGaps(corpus, gaps, { perGap });
      expect(report.gaps.map((g) => g.suggestions.map((s) => [s.path, s.terms, s.unread]))).toEqual(
        expected.map((e) => e.suggestions.map((s) => [s.path, s.terms, s.unread])),
      );
      report.gaps.forEach((g, i) => {
        g.suggestions.forEach((s, j) => expect(s.score).toBe(Math.round((expected[i]?.suggestions[j]?.score ?? 0) * 1000) / 1000));
      });
      expect(report.unread.map((u) => [u.path, u.gapIds])).toEqual(rankUnread(corpus, gaps).map((u) => [u.path, u.gapIds]));
    }
    expect(nextReport(index, { problem: problem.path }).unread.map((u) => u.path)).toEqual(["Sources/Detecting inner optimizers.md", "Sources/Prices.md"]);
  });

  it("rankUnreadFrom on full rankings equals rankUnread", () => {
    const corpus = corpusOf(index);
    const gaps = gapsFromProblems(index.problems());
    const rankings = gaps.map((gap) => ({ gapId: gap.id, suggestions: rankForGap(corpus, gap) }));
    expect(rankUnreadFrom(rankings)).toEqual(rankUnread(corpus, gaps));
  });
});
