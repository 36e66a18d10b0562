// Merging another researcher's question tree into ours: match by anchor, else by normalised text; lose nothing.
import { type OutlineNode, cloneOutline, flattenOutline } from "./outline";

export interface AddedQuestion {
  /** Texts of the merged tree's ancestors of the new question, outermost first (empty at the top level). */
  path: string[];
  text: string;
}

export interface MergeResult {
  merged: OutlineNode[];
  /** Every incoming question that was not matched, in incoming pre-order (sub-questions of new ones included). */
  added: AddedQuestion[];
  /** How many incoming questions matched an existing one. */
  matched: number;
}

/** Where a new subtree went: under `parent` (a node of the merged tree, null for the top level) at `index`. */
export interface Insertion {
  parent: OutlineNode | null;
  node: OutlineNode;
}

export interface MergeOptions {
  /** Take the incoming status where ours has none (default true); write-back turns it off, it never edits lines. */
  adoptStatus?: boolean;
}

/** Lower case, NFKC, whitespace collapsed, leading `1.`/`1.1`/`a)` numbering and end punctuation stripped. */
export function normaliseQuestion(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:\d+(?:\.\d+)*[.)]?|[a-z][.)])\s+/u, "")
    .replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, "");
}

/**
 * Merges `incoming` into a copy of `base`. Base nodes keep their place, text and anchor; each incoming node is
 * matched (by a `^anchor` found anywhere in the tree and used once in `incoming`, else by normalised text among
 * the matched parent's children) or added under its matched parent. Merging the same incoming again changes nothing.
 */
export function mergeOutlines(
  base: readonly OutlineNode[],
  incoming: readonly OutlineNode[],
  opts: MergeOptions = {},
): MergeResult & { insertions: Insertion[] } {
  const adoptStatus = opts.adoptStatus ?? true;
  const merged = cloneOutline(base);
  const anchors = new Map<string, { node: OutlineNode; path: string[] }>();
  const index = (nodes: OutlineNode[], path: string[]): void => {
    for (const node of nodes) {
      if (node.anchor?.startsWith("^") && !anchors.has(node.anchor)) anchors.set(node.anchor, { node, path });
      index(node.children, [...path, node.text]);
    }
  };
  index(merged, []);

  // An anchor written twice in the incoming tree (e.g. two notes of one export) identifies nothing: match by text.
  const seen = new Map<string, number>();
  for (const { node } of flattenOutline(incoming)) {
    if (node.anchor?.startsWith("^")) seen.set(node.anchor, (seen.get(node.anchor) ?? 0) + 1);
  }
  const usable = new Set([...seen].filter(([, count]) => count === 1).map(([anchor]) => anchor));

  const added: AddedQuestion[] = [];
  const insertions: Insertion[] = [];
  const created = new Set<OutlineNode>();
  const keys = new Map<OutlineNode, string>();
  const keyOf = (node: OutlineNode): string => {
    let key = keys.get(node);
    if (key === undefined) keys.set(node, (key = normaliseQuestion(node.text)));
    return key;
  };
  let matched = 0;

  const mergeInto = (parent: OutlineNode | null, siblings: OutlineNode[], path: string[], nodes: readonly OutlineNode[]): void => {
    for (const node of nodes) {
      const byAnchor = node.anchor !== null && usable.has(node.anchor) ? anchors.get(node.anchor) : undefined;
      const key = keyOf(node);
      const target = byAnchor ?? { node: siblings.find((s) => keyOf(s) === key), path };
      if (target.node) {
        matched++;
        if (adoptStatus && target.node.status === null && node.status !== null) target.node.status = node.status;
        mergeInto(target.node, target.node.children, [...target.path, target.node.text], node.children);
        continue;
      }
      const copy: OutlineNode = { text: node.text, anchor: node.anchor, status: node.status, children: [] };
      siblings.push(copy);
      created.add(copy);
      insertions.push({ parent, node: copy });
      added.push({ path, text: node.text });
      if (copy.anchor?.startsWith("^")) anchors.set(copy.anchor, { node: copy, path });
      // Sub-questions of a new question still go through matching, so duplicates among them collapse.
      mergeInto(copy, copy.children, [...path, copy.text], node.children);
    }
  };
  mergeInto(null, merged, [], incoming);
  // A new node inside another new node is written with its ancestor's subtree, not on its own.
  const outermost = insertions.filter((i) => i.parent === null || !created.has(i.parent));
  return { merged, added, matched, insertions: outermost };
}
