// Graph data from a hand-built export: nodes, links, gaps, weights, local neighbourhoods and filters.
import {
  buildGraphData,
  filterGraph,
  kindsOf,
  neighbourhood,
  questionId,
  relationsOf,
  type GraphData,
} from "../../../src/core/graph/graph-data";
import type { AddressRef, MosaicExport, TreeNode } from "../../../src/core/model";

function ref(path: string, relation: string, line: number): AddressRef {
  return { path, relation, line, title: path.replace(/\.md$/, ""), context: "" };
}

function node(path: string, line: number, text: string, children: TreeNode[] = [], addressedBy: AddressRef[] = []): TreeNode {
  const count = new Set([...addressedBy.map((r) => r.path)]).size + children.reduce((n, c) => n + c.addressedCount, 0);
  return { text, anchor: null, path, line, status: null, addressedBy, addressedCount: count, children };
}

const P = "Problems/Deception.md";
const Q = "Problems/Sub.md";
const paper = "Sources/Paper A.md";
const post = "Sources/Post B.md";
const mod = "modules/Intro.md";
const lo = "Learning Outcomes/LO1.md";

/*
 Deception (root, line 1)
   q5 "Can we detect it?"        <- Paper A (addresses)
     q6 "With probes?"           <- Paper A (addresses), Post B (link)
     q7 "With evals?"            (gap)
   q9 "Why does it arise?"
     Sub.md#3 "Sub-tree root"    (from parent:: note)
       Sub.md#4 "Leaf"           (gap)
*/
const q6 = node(P, 6, "With probes?", [], [ref(paper, "addresses", 3), ref(post, "link", 7)]);
const q7 = node(P, 7, "With evals?");
const q5 = node(P, 5, "Can we detect it?", [q6, q7], [ref(paper, "addresses", 3)]);
const sub4 = node(Q, 4, "Leaf");
const sub3 = node(Q, 3, "Sub-tree root", [sub4]);
const q9 = node(P, 9, "Why does it arise?", [sub3]);
const root = node(P, 1, "Deception", [q5, q9]);

const exportData: MosaicExport = {
  version: 1,
  notes: [
    { path: P, kind: "problem", title: "Deception", id: null },
    { path: Q, kind: "problem", title: "Sub", id: null },
    { path: paper, kind: "source", title: "Paper A", id: null },
    { path: post, kind: "source", title: "Post B", id: null },
    { path: mod, kind: "module", title: "Intro", id: "m1" },
    { path: lo, kind: "learning-outcome", title: "LO1", id: "lo1" },
  ],
  edges: [
    // Already shown as address links to q5/q6: dropped.
    { from: paper, to: P, target: "Deception", anchor: "^q5", relation: "addresses", line: 3, optional: null },
    { from: post, to: P, target: "Deception", anchor: null, relation: "link", line: 7, optional: null },
    // Note-to-note links that stay.
    { from: mod, to: lo, target: "../Learning Outcomes/LO1", anchor: null, relation: "learning-outcome", line: 4, optional: false },
    { from: lo, to: paper, target: "Paper A", anchor: null, relation: "source", line: 9, optional: null },
    { from: Q, to: P, target: "Deception", anchor: null, relation: "parent", line: 2, optional: null },
    { from: mod, to: post, target: "Post B", anchor: null, relation: "link", line: 12, optional: null },
    // Unresolved and self links: dropped.
    { from: mod, to: null, target: "Nowhere", anchor: null, relation: "source", line: 5, optional: null },
    { from: mod, to: mod, target: "Intro", anchor: null, relation: "link", line: 6, optional: null },
  ],
  problems: [{ path: P, title: "Deception", coverage: 1 / 3, root }],
  diagnostics: [],
};

describe("buildGraphData", () => {
  const data = buildGraphData(exportData);
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const has = (source: string, target: string, relation: string): boolean =>
    data.links.some((l) => l.source === source && l.target === target && l.relation === relation);

  it("makes one node per note and one per non-root question", () => {
    expect(data.nodes).toHaveLength(6 + 6);
    expect(data.nodes.filter((n) => n.kind === "question").map((n) => n.id).sort()).toEqual(
      [questionId(P, 5), questionId(P, 6), questionId(P, 7), questionId(P, 9), questionId(Q, 3), questionId(Q, 4)].sort(),
    );
    expect(byId.get(questionId(Q, 4))).toMatchObject({ kind: "question", path: Q, line: 4, label: "Leaf" });
    expect(byId.get(P)).toMatchObject({ kind: "problem", line: null, label: "Deception" });
  });

  it.each([
    [questionId(P, 7), true],
    [questionId(Q, 4), true],
    [questionId(P, 6), false],
    [questionId(P, 5), false],
    [questionId(P, 9), false],
    [questionId(Q, 3), false],
  ])("gap flag of %s is %s", (id, gap) => {
    expect(byId.get(id)?.gap).toBe(gap);
  });

  it("weights questions by rolled-up address count and other notes by questions addressed", () => {
    expect(byId.get(questionId(P, 5))?.weight).toBe(q5.addressedCount);
    expect(q5.addressedCount).toBeGreaterThan(0);
    expect(byId.get(questionId(P, 7))?.weight).toBe(0);
    expect(byId.get(paper)?.weight).toBe(2);
    expect(byId.get(post)?.weight).toBe(1);
  });

  it("links tree parents to children, addressers to questions, and resolved note edges", () => {
    expect(has(P, questionId(P, 5), "subquestion")).toBe(true);
    expect(has(questionId(P, 5), questionId(P, 6), "subquestion")).toBe(true);
    expect(has(questionId(P, 9), questionId(Q, 3), "subquestion")).toBe(true);
    expect(has(paper, questionId(P, 5), "addresses")).toBe(true);
    expect(has(post, questionId(P, 6), "link")).toBe(true);
    expect(has(mod, lo, "learning-outcome")).toBe(true);
    expect(has(lo, paper, "source")).toBe(true);
    expect(has(Q, P, "parent")).toBe(true);
    expect(has(mod, post, "link")).toBe(true);
  });

  it("drops note edges already shown as question links, unresolved and self links", () => {
    expect(has(paper, P, "addresses")).toBe(false);
    expect(has(post, P, "link")).toBe(false);
    expect(data.links.some((l) => l.source === l.target)).toBe(false);
    // 6 subquestion + 3 address + 4 note edges
    expect(data.links).toHaveLength(13);
  });

  it("every link joins two existing nodes, without duplicates", () => {
    const keys = data.links.map((l) => `${l.source}>${l.target}>${l.relation}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const l of data.links) {
      expect(byId.has(l.source)).toBe(true);
      expect(byId.has(l.target)).toBe(true);
    }
  });

  it("lists relations and kinds", () => {
    expect(relationsOf(data)).toEqual(["subquestion", "addresses", "learning-outcome", "link", "parent", "source"]);
    expect(kindsOf(data)).toEqual(["problem", "question", "module", "learning-outcome", "source"]);
  });

  it("skips an empty export", () => {
    expect(buildGraphData({ version: 1, notes: [], edges: [], problems: [], diagnostics: [] })).toEqual({ nodes: [], links: [] });
  });
});

describe("neighbourhood", () => {
  const data = buildGraphData(exportData);
  const ids = (g: GraphData): string[] => g.nodes.map((n) => n.id).sort();

  it("depth 1 holds the node and its direct neighbours, both directions", () => {
    expect(ids(neighbourhood(data, paper, 1))).toEqual([paper, lo, questionId(P, 5), questionId(P, 6)].sort());
  });

  it("depth 2 reaches neighbours of neighbours", () => {
    const g = neighbourhood(data, paper, 2);
    expect(ids(g)).toEqual(
      [paper, lo, mod, questionId(P, 5), questionId(P, 6), questionId(P, 7), P, post].sort(),
    );
    for (const l of g.links) {
      expect(g.nodes.some((n) => n.id === l.source) && g.nodes.some((n) => n.id === l.target)).toBe(true);
    }
  });

  it("depth 0 is the node alone, and an unknown node gives an empty graph", () => {
    expect(ids(neighbourhood(data, mod, 0))).toEqual([mod]);
    expect(neighbourhood(data, "missing.md", 3)).toEqual({ nodes: [], links: [] });
  });

  it("grows monotonically with depth", () => {
    let previous = 0;
    for (let d = 0; d <= 10; d++) {
      const size = neighbourhood(data, questionId(Q, 4), d).nodes.length;
      expect(size).toBeGreaterThanOrEqual(previous);
      previous = size;
    }
    expect(previous).toBe(data.nodes.length);
  });
});

describe("filterGraph", () => {
  const data = buildGraphData(exportData);

  it("keeps only the chosen kinds and the links between them", () => {
    const g = filterGraph(data, { kinds: new Set(["problem", "question"]), relations: null });
    expect(g.nodes.every((n) => n.kind === "problem" || n.kind === "question")).toBe(true);
    expect(g.nodes).toHaveLength(8);
    expect(g.links.map((l) => l.relation).sort()).toEqual(["parent", ...Array<string>(6).fill("subquestion")]);
  });

  it("keeps only the chosen relations", () => {
    const g = filterGraph(data, { kinds: null, relations: new Set(["addresses", "link"]) });
    expect(g.nodes).toHaveLength(data.nodes.length);
    expect(g.links).toHaveLength(4);
  });

  it("with no filter returns everything", () => {
    const g = filterGraph(data, { kinds: null, relations: null });
    expect(g.nodes).toHaveLength(data.nodes.length);
    expect(g.links).toHaveLength(data.links.length);
  });
});
