// The sidebar's tree logic without a DOM: filter visibility, default collapsing of big trees, Expand/Collapse all.
/* global describe, it, expect -- jest globals; the eslint config does not declare them for tests/ */
import fc from "fast-check";
import type { TreeNode } from "../../../src/core/model";
import { LazyTree, type Row, type TreeState } from "../../../src/ui/sidebar/lazy-tree";
import { countNodes, leafStats, nodeKey, questionDefaults, questionRows } from "../../../src/ui/sidebar/question-rows";

function node(text: string, line: number, children: TreeNode[] = [], addressed = 0): TreeNode {
  const addressedBy = Array.from({ length: addressed }, (_, i) => ({
    path: `Sources/S${i}.md`,
    relation: "addresses",
    line: 1,
    title: `S${i}`,
    context: "",
  }));
  return { text, anchor: null, path: "P.md", line, status: null, addressedBy, addressedCount: addressed, children };
}

function state(filter = ""): TreeState {
  return { collapsed: new Set(), expanded: new Set(), filterCollapsed: new Set(), shown: new Map(), filter };
}

/** A random tree of short texts over a small alphabet, so filters hit often. */
const treeArb: fc.Arbitrary<TreeNode> = fc
  .array(fc.tuple(fc.string({ unit: fc.constantFrom("a", "b", "c", "A"), minLength: 1, maxLength: 5 }), fc.nat(6)), {
    minLength: 1,
    maxLength: 40,
  })
  .map((items) => {
    const root = node("root", 0);
    const all = [root];
    items.forEach(([text, parent], i) => {
      const n = node(text, i + 1);
      (all[parent % all.length] ?? root).children.push(n);
      all.push(n);
    });
    return root;
  });

function walkRows(tree: LazyTree, rows: Row[], visit: (row: Row) => void): void {
  for (const row of rows) {
    visit(row);
    walkRows(tree, tree.childrenOf(row), visit);
  }
}

describe("LazyTree filter", () => {
  it("shows exactly the questions that contain the filter or have a descendant that does (case-insensitive)", () => {
    fc.assert(
      fc.property(treeArb, fc.string({ unit: fc.constantFrom("a", "b", "c", "A"), minLength: 1, maxLength: 2 }), (root, filter) => {
        const tree = new LazyTree(state(filter), () => undefined);
        const byKey = new Map<string, TreeNode>();
        const index = (n: TreeNode): void => n.children.forEach((c) => (byKey.set(nodeKey(c), c), index(c)));
        index(root);
        const has = (n: TreeNode): boolean => n.text.toLowerCase().includes(filter.toLowerCase()) || n.children.some(has);
        walkRows(tree, questionRows(root.children, questionDefaults(root, false)), (row) => {
          const n = byKey.get(row.key ?? "");
          expect(n).toBeDefined();
          if (n) expect(tree.visible(row)).toBe(has(n));
        });
      }),
    );
  });

  it("shows everything when the filter is empty or blank", () => {
    const root = node("root", 0, [node("alpha", 1, [node("beta", 2)])]);
    for (const filter of ["", "   "]) {
      const tree = new LazyTree(state(filter), () => undefined);
      expect(tree.filtering).toBe(false);
      walkRows(tree, questionRows(root.children, questionDefaults(root, true)), (row) => expect(tree.visible(row)).toBe(true));
    }
  });
});

describe("default collapsing", () => {
  const wide = (n: number, leaves: number): TreeNode =>
    node("root", 0, Array.from({ length: n }, (_, i) => node(`q${i}`, i * 100 + 1, Array.from({ length: leaves }, (_, j) => node(`l${j}`, i * 100 + j + 2)))));

  it.each([
    ["small tree: everything expanded", 10, 5, false, false],
    ["over 200 nodes: only the top level expanded", 20, 20, true, false],
    ["over 1,000 second-level rows: top level collapsed too", 5, 300, true, true],
  ])("%s", (_name, top, leaves, collapseDeep, collapseTop) => {
    const root = wide(top, leaves);
    expect(questionDefaults(root, true)).toEqual({ showAddressers: true, collapseDeep, collapseTop });
  });

  it("counts nodes and addressed leaves", () => {
    const root = node("root", 0, [node("a", 1, [node("b", 2, [], 1), node("c", 3)]), node("d", 4, [], 2)]);
    expect(countNodes(root)).toBe(4);
    expect(leafStats(root)).toEqual({ leaves: 3, addressed: 2 });
  });
});

describe("Expand all / Collapse all", () => {
  it("records every collapsible key, tells the caller once per change, and expands back", () => {
    const root = node("root", 0, [node("a", 1, [node("b", 2, [node("c", 3)])]), node("d", 4)]);
    const calls: [string, boolean][] = [];
    const s = state();
    const tree = new LazyTree(s, (key, expanded) => calls.push([key, expanded]));
    const rows = questionRows(root.children, questionDefaults(root, false));
    tree.setAll(rows, false);
    expect([...s.collapsed].sort()).toEqual(["P.md#1", "P.md#2"]);
    expect(calls).toEqual([
      ["P.md#1", false],
      ["P.md#2", false],
    ]);
    expect(rows.map((r) => tree.isExpanded(r))).toEqual([false, true]);
    calls.length = 0;
    tree.setAll(rows, true);
    expect(s.collapsed.size).toBe(0);
    expect(calls).toEqual([
      ["P.md#1", true],
      ["P.md#2", true],
    ]);
    tree.setAll(rows, true);
    expect(calls.length).toBe(2);
  });
});
