// Merging another researcher's question tree into ours: match by anchor, else by normalised text; lose nothing.
import { foldControls, unescapeMarkdown } from "./inert-text";
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

/** Lower case, NFKC, Markdown escapes undone, whitespace collapsed, leading `1.`/`1.1`/`a)` numbering and end punctuation stripped. */
export function normaliseQuestion(text: string): string {
  const plain = unescapeMarkdown(foldControls(text))
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:\d+(?:\.\d+)*[.)]?|[a-z][.)])\s+/u, "");
  return trimPunctuation(plain);
}

const EDGE_CHAR = /^[\p{P}\p{S}\s]$/u;

/** Punctuation, symbols and spaces off both ends, in one pass (a `[...]+$` pattern rescans long inner runs: quadratic). */
function trimPunctuation(text: string): string {
  const chars = Array.from(text);
  let from = 0;
  let to = chars.length;
  while (from < to && EDGE_CHAR.test(chars[from] ?? "")) from++;
  while (to > from && EDGE_CHAR.test(chars[to - 1] ?? "")) to--;
  return chars.slice(from, to).join("");
}

interface Ancestors {
  text: string;
  up: Ancestors | null;
}

/** Ancestor texts, outermost first, from a shared parent chain (each node stores one link, not a copied path). */
function pathOf(chain: Ancestors | null): string[] {
  const path: string[] = [];
  for (let at = chain; at; at = at.up) path.push(at.text);
  return path.reverse();
}

/** An added question whose `path` is built when read: copying every ancestor path up front is quadratic in depth. */
function addedQuestion(chain: Ancestors | null, text: string): AddedQuestion {
  return {
    get path(): string[] {
      return pathOf(chain);
    },
    text,
  };
}

/**
 * Merges `incoming` into a copy of `base`. Base nodes keep their place, text and anchor; each incoming node is
 * matched (by a `^anchor` found anywhere in the tree and used once in `incoming`, else by normalised text among
 * the matched parent's children) or added under its matched parent. Merging the same incoming again changes nothing.
 * Linear: siblings are found through a map per list, trees are walked with explicit stacks.
 */
export function mergeOutlines(
  base: readonly OutlineNode[],
  incoming: readonly OutlineNode[],
  opts: MergeOptions = {},
): MergeResult & { insertions: Insertion[] } {
  const adoptStatus = opts.adoptStatus ?? true;
  const merged = cloneOutline(base);
  const anchors = new Map<string, { node: OutlineNode; chain: Ancestors | null }>();
  const indexStack: { node: OutlineNode; chain: Ancestors | null }[] = merged.map((node) => ({ node, chain: null }));
  indexStack.reverse();
  for (let entry = indexStack.pop(); entry; entry = indexStack.pop()) {
    const { node, chain } = entry;
    if (node.anchor?.startsWith("^") && !anchors.has(node.anchor)) anchors.set(node.anchor, entry);
    const below = { text: node.text, up: chain };
    for (let i = node.children.length - 1; i >= 0; i--) indexStack.push({ node: node.children[i] as OutlineNode, chain: below });
  }

  // An anchor written twice in the incoming tree (e.g. two notes of one export) identifies nothing: match by text.
  const seen = new Map<string, number>();
  for (const { node } of flattenOutline(incoming)) {
    if (node.anchor?.startsWith("^")) seen.set(node.anchor, (seen.get(node.anchor) ?? 0) + 1);
  }

  const added: AddedQuestion[] = [];
  const insertions: Insertion[] = [];
  const created = new Set<OutlineNode>();
  const byKey = new Map<OutlineNode[], Map<string, OutlineNode>>();
  const siblingKeys = (siblings: OutlineNode[]): Map<string, OutlineNode> => {
    let keys = byKey.get(siblings);
    if (!keys) {
      keys = new Map();
      for (const s of siblings) {
        const key = normaliseQuestion(s.text);
        if (!keys.has(key)) keys.set(key, s);
      }
      byKey.set(siblings, keys);
    }
    return keys;
  };
  let matched = 0;

  interface Work {
    node: OutlineNode;
    parent: OutlineNode | null;
    siblings: OutlineNode[];
    chain: Ancestors | null;
  }
  const below = (parent: OutlineNode, chain: Ancestors | null, nodes: readonly OutlineNode[]): Work[] => {
    const link = { text: parent.text, up: chain };
    return nodes.map((node) => ({ node, parent, siblings: parent.children, chain: link })).reverse();
  };
  const stack: Work[] = incoming.map((node) => ({ node, parent: null, siblings: merged, chain: null }));
  stack.reverse();
  for (let work = stack.pop(); work; work = stack.pop()) {
    const { node, siblings, chain } = work;
    const byAnchor = node.anchor !== null && seen.get(node.anchor) === 1 ? anchors.get(node.anchor) : undefined;
    const key = normaliseQuestion(node.text);
    const keys = siblingKeys(siblings);
    const target = byAnchor ?? { node: keys.get(key), chain };
    if (target.node) {
      matched++;
      if (adoptStatus && target.node.status === null && node.status !== null) target.node.status = node.status;
      for (const next of below(target.node, target.chain, node.children)) stack.push(next);
      continue;
    }
    const copy: OutlineNode = { text: node.text, anchor: node.anchor, status: node.status, children: [] };
    siblings.push(copy);
    if (!keys.has(key)) keys.set(key, copy);
    created.add(copy);
    insertions.push({ parent: work.parent, node: copy });
    added.push(addedQuestion(chain, node.text));
    if (copy.anchor?.startsWith("^")) anchors.set(copy.anchor, { node: copy, chain });
    // Sub-questions of a new question still go through matching, so duplicates among them collapse.
    for (const next of below(copy, chain, node.children)) stack.push(next);
  }
  // A new node inside another new node is written with its ancestor's subtree, not on its own.
  const outermost = insertions.filter((i) => i.parent === null || !created.has(i.parent));
  return { merged, added, matched, insertions: outermost };
}
