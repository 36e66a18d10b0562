// The terminal tree renderer on hand-made trees: connectors, marks, counts, badges, depth, stats.
import { formatTree, formatTrees } from "../../src/cli/format/tree-text";
import { treeCounts } from "../../src/core/tree/counts";
import type { ProblemTree, TreeNode } from "../../src/core/model";

function node(text: string, addressed: number, children: TreeNode[] = [], status: string | null = null): TreeNode {
  const addressedBy = Array.from({ length: addressed }, (_, i) => ({ path: `S${i}.md`, relation: "addresses", line: 1, title: `S${i}`, context: "" }));
  const below = children.reduce((n, c) => n + c.addressedCount, 0);
  return { text, anchor: null, path: "P.md", line: 1, status, addressedBy, addressedCount: addressed + below, children };
}

const tree: ProblemTree = {
  path: "P.md",
  title: "P",
  coverage: 0.5,
  root: node("P", 0, [node("A?", 0, [node("A1?", 1), node("A2?", 0, [node("A2a?", 0)])], "partial"), node("B?", 2)]),
};

describe("formatTree", () => {
  it("draws the tree with connectors, marks, counts and badges", () => {
    expect(formatTree(tree, { notes: false })).toEqual([
      "P  [3]  coverage 50% (2/3 leaf questions)",
      "P.md · 5 questions, 1 gap",
      "├── ● A?  {partial}  [1]",
      "│   ├── ● A1?  [1]",
      "│   └── ○ A2?  [0]",
      "│       └── ○ A2a?  [0]",
      "└── ● B?  [2]",
    ]);
  });

  it("lists the notes addressing each question under its text, the tree lines carried past them", () => {
    expect(formatTree(tree).slice(2)).toEqual([
      "├── ● A?  {partial}  [1]",
      "│   ├── ● A1?  [1]",
      "│   │     ↳ S0 [addresses]",
      "│   └── ○ A2?  [0]",
      "│       └── ○ A2a?  [0]",
      "└── ● B?  [2]",
      "      ↳ S0 [addresses]",
      "      ↳ S1 [addresses]",
    ]);
  });

  it.each<[number, string[]]>([
    [1, ["├── ● A?  {partial}  [1]  (+3 below)", "└── ● B?  [2]"]],
    [2, ["├── ● A?  {partial}  [1]", "│   ├── ● A1?  [1]", "│   └── ○ A2?  [0]  (+1 below)", "└── ● B?  [2]"]],
  ])("--depth %i", (depth, lines) => {
    expect(formatTree(tree, { depth, notes: false }).slice(2)).toEqual(lines);
  });

  it("says when a problem has no questions yet, and separates problems by a blank line", () => {
    const empty: ProblemTree = { path: "E.md", title: "E", coverage: 1, root: node("E", 0) };
    expect(formatTrees([empty, empty]).split("\n")).toEqual([
      "E  [0]  coverage 100% (0/0 leaf questions)",
      "E.md · 0 questions, 0 gaps",
      "└── (no questions yet)",
      "",
      "E  [0]  coverage 100% (0/0 leaf questions)",
      "E.md · 0 questions, 0 gaps",
      "└── (no questions yet)",
      "",
    ]);
  });

  it("keeps multi-line question text on one line", () => {
    const t: ProblemTree = { ...tree, root: node("P", 0, [node("first\n  second", 0)]) };
    expect(formatTree(t)[2]).toBe("└── ○ first second  [0]");
  });
});

describe("treeCounts", () => {
  it("counts questions below the root, leaves, directly addressed leaves, gaps (unaddressed leaves) and coverage", () => {
    expect(treeCounts(tree.root)).toEqual({ questions: 5, leaves: 3, addressedLeaves: 2, gaps: 1, coverage: 2 / 3 });
  });
});
