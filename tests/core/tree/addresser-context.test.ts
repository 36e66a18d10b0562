// The context shown for an addressing note, on the example vault: its sentence, or its summary for a bare field line.
/* global describe, expect, it -- jest globals; the eslint config does not declare them for tests/ */
import type { AddressRef, TreeNode } from "../../../src/core/model";
import { exampleFiles } from "../../helpers/example-vault";
import { indexOf } from "../index/helpers";

const index = indexOf(exampleFiles());
const AGENTS = "Problems/Open problems in understanding agents.md";

function byAnchor(root: TreeNode, anchor: string): TreeNode {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.anchor === anchor || node.anchor === `^${anchor}`) return node;
    stack.push(...node.children);
  }
  throw new Error(`no node ^${anchor}`);
}

function refFrom(anchor: string, source: string): AddressRef {
  const tree = index.problems().find((p) => p.path === AGENTS);
  if (!tree) throw new Error("no agents problem");
  const ref = byAnchor(tree.root, anchor).addressedBy.find((r) => r.path === source);
  if (!ref) throw new Error(`${source} does not address ^${anchor}`);
  return ref;
}

describe("addressing notes' context on the example vault", () => {
  it("a bare `addresses::` line shows the note's first paragraph, cut at a word", () => {
    const ref = refFrom("abstraction", "Sources/Natural Abstraction Hypothesis.md");
    expect(ref.context.startsWith("The hypothesis: the physical world abstracts well")).toBe(true);
    expect(ref.context.endsWith("…")).toBe(true);
    expect(ref.context).not.toContain("addresses::");
    expect(ref.context.slice(0, -1)).toMatch(/\w$/);
  });

  it("an inline field shows the sentence around it, not the one before", () => {
    const ref = refFrom("convergent-representations", "Sources/Natural Abstraction Hypothesis.md");
    expect(ref.relation).toBe("informs");
    expect(ref.context.startsWith("It says little yet about how the representations are stored (informs::")).toBe(true);
    expect(ref.context).not.toContain("low-level model.");
  });

  it("a long sentence starts at its first word or an ellipsis, never mid-word", () => {
    const ref = refFrom("biological-modularity", "Sources/Evolution as multilevel learning.md");
    expect(ref.context).toMatch(/^(Section 3,|…[A-Za-z("“])/);
    expect(ref.context).not.toMatch(/^ues /);
    expect(ref.context).toContain("why biological systems are modular");
  });

  it("every addressing note of every problem has a context that is not a bare field line", () => {
    const bare: string[] = [];
    for (const problem of index.problems()) {
      const stack = [problem.root];
      while (stack.length > 0) {
        const node = stack.pop()!;
        for (const ref of node.addressedBy) if (/^\s*(?:[-*+]\s+)?[\w-]+::\s*\[\[[^\]]*\]\]$/.test(ref.context)) bare.push(`${ref.path}:${ref.line}`);
        stack.push(...node.children);
      }
    }
    expect(bare).toEqual([]);
  });
});
