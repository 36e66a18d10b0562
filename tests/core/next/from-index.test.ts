// From the index to ranking input: gaps are the unaddressed questions, documents the source notes.
import { MosaicIndex } from "../../../src/core/index/mosaic-index";
import { buildCorpus } from "../../../src/core/next/bm25";
import { docFromNote, gapsFromProblems } from "../../../src/core/next/from-index";
import { rankUnread, suggestForGaps } from "../../../src/core/next/suggest";

const files: Record<string, string> = {
  "Problems/Agents.md": [
    "---",
    "tags: [problem]",
    "---",
    "- What's up with mesa-optimization? ^mesa",
    "  - When and to what extent do mesa-optimizers show up?",
    "  - How can we detect inner optimizers embedded in a system? ^detect-inner",
    "- What's up with trade, markets, and firm-level selection pressures?",
    "  - What's a resource? [status:: answered]",
    "  - What can prices tell us?",
  ].join("\n"),
  "Sources/Risks from Learned Optimization.md": [
    "---",
    "tags: [paper]",
    "author: Hubinger et al.",
    "---",
    "addresses:: [[Agents#^mesa]]",
    "Mesa-optimizers show up when a learned model is itself an optimizer.",
  ].join("\n"),
  "Sources/Detecting inner optimizers.md": [
    "---",
    "tags: [post, to-read]",
    "---",
    "How to detect inner optimizers embedded in a trained system.",
  ].join("\n"),
  "Sources/Prices.md": "---\ntags: [article]\nstatus: unread\n---\nPrices carry information in markets.\n",
  "Sources/Read already.md": "---\ntags: [article]\n---\nSomething about prices and markets.\n",
};

describe("gapsFromProblems and docFromNote on an indexed vault", () => {
  const index = new MosaicIndex();
  for (const [path, text] of Object.entries(files)) index.setNote(path, text);
  const problem = index.problemTree("Problems/Agents.md");
  if (!problem) throw new Error("no problem tree");

  it("gaps: unaddressed leaves (a status is no addressing note); ids by block id or line; ancestors and linked notes carried", () => {
    const gaps = gapsFromProblems([problem]);
    expect(gaps.map((g) => [g.id, g.ancestors])).toEqual([
      ["Problems/Agents.md:5", ["What's up with mesa-optimization?"]],
      ["Problems/Agents.md#^detect-inner", ["What's up with mesa-optimization?"]],
      ["Problems/Agents.md:8", ["What's up with trade, markets, and firm-level selection pressures?"]],
      ["Problems/Agents.md:9", ["What's up with trade, markets, and firm-level selection pressures?"]],
    ]);
    // The paper addressing the parent question counts as linked to its sub-questions.
    expect(gaps[1]?.linkedPaths.has("Sources/Risks from Learned Optimization.md")).toBe(true);
    expect(gapsFromProblems([problem], { leavesOnly: false }).map((g) => g.id)).toContain("Problems/Agents.md:7");
  });

  it("documents: frontmatter values and body, unread from tags or fields", () => {
    const docs = index
      .notePaths()
      .filter((p) => index.note(p)?.kind === "source")
      .map((p) => docFromNote(index.note(p)!, files[p] ?? ""));
    expect(docs.map((d) => [d.path, d.unread])).toEqual([
      ["Sources/Detecting inner optimizers.md", true],
      ["Sources/Prices.md", true],
      ["Sources/Read already.md", false],
      ["Sources/Risks from Learned Optimization.md", false],
    ]);
    const paper = docs.find((d) => d.path.startsWith("Sources/Risks"));
    expect(paper?.text).toContain("Hubinger et al.");
    expect(paper?.text).not.toContain("tags:");

    const corpus = buildCorpus(docs);
    const gaps = gapsFromProblems([problem]);
    const [, detect] = suggestForGaps(corpus, gaps, { perGap: 2 });
    expect(detect?.suggestions.map((s) => s.path)).toEqual(["Sources/Detecting inner optimizers.md"]);
    // Each fills one gap: "When do mesa-optimizers show up?" and "What's a resource?" share too little with them.
    expect(rankUnread(corpus, gaps).map((r) => [r.path, r.gapIds])).toEqual([
      ["Sources/Detecting inner optimizers.md", ["Problems/Agents.md#^detect-inner"]],
      ["Sources/Prices.md", ["Problems/Agents.md:9"]],
    ]);
  });
});
