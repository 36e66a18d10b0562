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

/** A problem as exchanged: its title and its top-level questions. */
export interface OutlineDocument {
  title: string;
  roots: OutlineNode[];
}

export function fromTreeNode(node: TreeNode): OutlineNode {
  return {
    text: node.text,
    anchor: node.anchor,
    status: node.status,
    children: node.children.map(fromTreeNode),
  };
}

/** A parsed note's heading or list item; headings keep their text as anchor, as the index's trees do. */
export function fromOutlineItem(item: OutlineItem): OutlineNode {
  return {
    text: item.text,
    anchor: item.blockId ? `^${item.blockId}` : item.kind === "heading" ? item.text : null,
    status: item.status,
    children: item.children.map(fromOutlineItem),
  };
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
  const stack = [...roots];
  for (let node = stack.pop(); node; node = stack.pop()) {
    count++;
    stack.push(...node.children);
  }
  return count;
}

export function cloneOutline(roots: readonly OutlineNode[]): OutlineNode[] {
  return roots.map((n) => ({ text: n.text, anchor: n.anchor, status: n.status, children: cloneOutline(n.children) }));
}

/** Every node in document order (pre-order), with its depth. */
export function flattenOutline(roots: readonly OutlineNode[]): { node: OutlineNode; depth: number }[] {
  const out: { node: OutlineNode; depth: number }[] = [];
  const visit = (nodes: readonly OutlineNode[], depth: number): void => {
    for (const node of nodes) {
      out.push({ node, depth });
      visit(node.children, depth + 1);
    }
  };
  visit(roots, 0);
  return out;
}
