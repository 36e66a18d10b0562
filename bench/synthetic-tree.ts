// A ProblemTree read straight from a generated problem note (headings and nested list items), for the sidebar
// benchmark when the index cannot build one yet; a few made-up addressing notes hang on about a third of the nodes.
import type { AddressRef, ProblemTree, TreeNode } from "../src/core/model";
import { Rng } from "./prng";

function node(text: string, path: string, line: number, anchor: string | null): TreeNode {
  return { text, anchor, path, line, status: null, addressedBy: [], addressedCount: 0, children: [] };
}

function count(n: TreeNode): number {
  const notes = new Set(n.addressedBy.map((a) => a.path));
  for (const child of n.children) {
    count(child);
    for (const a of child.addressedBy) notes.add(a.path);
  }
  n.addressedCount = notes.size;
  return notes.size;
}

export function syntheticTree(path: string, text: string, seed = 7): ProblemTree {
  const rng = new Rng(seed);
  const title = path.replace(/^.*\//, "").replace(/\.md$/, "");
  const root = node(title, path, 1, null);
  let heading: TreeNode | null = null;
  const stack: TreeNode[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = i + 1;
    const h = /^##\s+(.*)$/.exec(raw);
    if (h) {
      heading = node(h[1] ?? "", path, line, h[1] ?? null);
      root.children.push(heading);
      stack.length = 0;
      return;
    }
    const item = /^(\s*)[-*]\s+(.*)$/.exec(raw);
    if (!item) return;
    const depth = (item[1] ?? "").length / 2;
    const idMatch = /\s\^([\w-]+)$/.exec(item[2] ?? "");
    const n = node((item[2] ?? "").replace(/\s\^[\w-]+$/, ""), path, line, idMatch ? `^${idMatch[1]}` : null);
    if (rng.chance(0.35)) {
      const refs = rng.int(1, 3);
      for (let r = 0; r < refs; r++) {
        const ref: AddressRef = {
          path: `Papers/Source ${rng.int(1, 400)}.md`,
          relation: rng.chance(0.7) ? "addresses" : "link",
          line: rng.int(5, 40),
          title: `Source ${rng.int(1, 400)}`,
          context: "addresses:: [[…]]",
        };
        n.addressedBy.push(ref);
      }
    }
    stack.length = Math.min(stack.length, depth);
    const parent = stack[depth - 1] ?? heading ?? root;
    parent.children.push(n);
    stack[depth] = n;
  });
  count(root);
  const leaves: TreeNode[] = [];
  const walk = (n: TreeNode): void => {
    if (n.children.length === 0) leaves.push(n);
    n.children.forEach(walk);
  };
  root.children.forEach(walk);
  const covered = leaves.filter((l) => l.addressedCount > 0).length;
  return { path, title, coverage: leaves.length ? covered / leaves.length : 1, root };
}

export function countTreeNodes(n: TreeNode): number {
  return 1 + n.children.reduce((sum, c) => sum + countTreeNodes(c), 0);
}
