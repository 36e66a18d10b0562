// The neutral outline that trees are exchanged in (Markdown, OPML, JSON), and converters from the core's trees.
import type { OutlineItem, ProblemTree, TreeNode } from "../model";

/** One question of an exchanged tree. `anchor` is `^blockid` or a heading's text; `status` as written. */
export interface OutlineNode {
  text: string;
  anchor: string | null;
  status: string | null;
  children: OutlineNode[];
}

/** What every importer returns: never thrown, bad input becomes `ok: false` with a message. */
export type ImportResult = { ok: true; roots: OutlineNode[]; title?: string } | { ok: false; error: string };

/** The deepest nesting an imported outline may have: deeper ones are refused, in every format, before any merge. */
export const MAX_OUTLINE_DEPTH = 500;

/** A problem as exchanged: its title and its top-level questions. */
export interface OutlineDocument {
  title: string;
  roots: OutlineNode[];
}

export function fromTreeNode(node: TreeNode): OutlineNode {
  return convertTree(node, (n) => ({ text: n.text, anchor: n.anchor, status: n.status }));
}

/** A parsed note's heading or list item; headings keep their text as anchor, as the index's trees do. */
export function fromOutlineItem(item: OutlineItem): OutlineNode {
  return convertTree(item, (i) => ({
    text: i.text,
    anchor: i.blockId ? `^${i.blockId}` : i.kind === "heading" ? i.text : null,
    status: i.status,
  }));
}

/** Copies a tree into OutlineNodes with an explicit stack, so no depth of nesting overflows the call stack. */
function convertTree<T extends { children: readonly T[] }>(root: T, fields: (node: T) => Omit<OutlineNode, "children">): OutlineNode {
  const top: OutlineNode = { ...fields(root), children: [] };
  const stack: [T, OutlineNode][] = [[root, top]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [from, to] = entry;
    for (const child of from.children) {
      const copy: OutlineNode = { ...fields(child), children: [] };
      to.children.push(copy);
      stack.push([child, copy]);
    }
  }
  return top;
}

/**
 * The questions of a problem: its root's children. A note written as `# Title` over its list (what
 * `newProblemNote` writes) has one heading holding everything; that heading is the note itself, so it is unwrapped.
 */
export function problemRoots(tree: ProblemTree): OutlineNode[] {
  return unwrapTitle(tree.root.children.map(fromTreeNode), tree.title);
}

/** Unwraps a lone top-level node titled like the note (the `# Title` heading), else returns the roots unchanged. */
export function unwrapTitle(roots: OutlineNode[], title: string | undefined): OutlineNode[] {
  const only = roots.length === 1 ? roots[0] : undefined;
  if (!only || title === undefined) return roots;
  return only.text.trim() === title.trim() && only.anchor === only.text ? only.children : roots;
}

export function toDocument(tree: ProblemTree): OutlineDocument {
  return { title: tree.title, roots: problemRoots(tree) };
}

export function countNodes(roots: readonly OutlineNode[]): number {
  let count = 0;
  const stack = roots.slice();
  for (let node = stack.pop(); node; node = stack.pop()) {
    count++;
    for (const child of node.children) stack.push(child);
  }
  return count;
}

export function cloneOutline(roots: readonly OutlineNode[]): OutlineNode[] {
  return roots.map((root) => convertTree(root, (n) => ({ text: n.text, anchor: n.anchor, status: n.status })));
}

/** Every node in document order (pre-order), with its depth; iterative, for outlines of any depth. */
export function flattenOutline(roots: readonly OutlineNode[]): { node: OutlineNode; depth: number }[] {
  const out: { node: OutlineNode; depth: number }[] = [];
  const stack = roots.map((node) => ({ node, depth: 0 })).reverse();
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    out.push(entry);
    for (let i = entry.node.children.length - 1; i >= 0; i--) stack.push({ node: entry.node.children[i] as OutlineNode, depth: entry.depth + 1 });
  }
  return out;
}

/** The first question nested deeper than `limit` levels (top-level questions are level 1), with its level; or null. */
export function tooDeep(roots: readonly OutlineNode[], limit: number): { node: OutlineNode; level: number } | null {
  const stack = roots.map((node) => ({ node, level: 1 })).reverse();
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    if (entry.level > limit) return entry;
    for (let i = entry.node.children.length - 1; i >= 0; i--) stack.push({ node: entry.node.children[i] as OutlineNode, level: entry.level + 1 });
  }
  return null;
}
