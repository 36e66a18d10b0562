// Builds one note's question tree: its outline, notes hung under it by parent::/up::, and the notes addressing each
// node; keeps what it needs to swap one addressing note's references in place when only that note changed.
import { isBareFieldLine } from "../parse/context-text";
import type { AddressRef, OutlineItem, ParsedNote, TreeNode } from "../model";
import { cmp, type EdgeRecord } from "../index/edge-record";
import type { IndexData } from "../index/index-data";
import { normalizeHeading, parseAnchor } from "../resolve/anchors";
import { treeCounts } from "./counts";
import { pairKey } from "./parent-graph";
import { FIELD } from "../field-names";

/** The nodes one copy of a note contributes, with its anchors for lookups. */
interface NoteNodes {
  root: TreeNode;
  blocks: Map<string, TreeNode>;
  headings: Map<string, TreeNode>;
}

export interface LiveTree {
  root: TreeNode;
  /** Every note whose nodes are in the tree (the root note and the notes hung under it). */
  members: Set<string>;
  copies: Map<string, NoteNodes[]>;
  parentOf: Map<TreeNode, TreeNode>;
  /** Per node: addressing note -> how many of its references sit in the node's subtree. */
  counts: Map<TreeNode, Map<string, number>>;
  /** Addressing note -> the nodes holding its references. */
  nodesOf: Map<string, Set<TreeNode>>;
}

/** The outline a note's tree is made of: a module's `content::` questions, else its headings and list items. */
export function treeOutline(note: ParsedNote): OutlineItem[] {
  return note.kind === "module" ? note.contentOutline : note.outline;
}

export function buildTree(data: IndexData, path: string, cut: ReadonlySet<string>): LiveTree | null {
  if (!data.note(path)) return null;
  const tree: LiveTree = {
    root: null as unknown as TreeNode,
    members: new Set(),
    copies: new Map(),
    parentOf: new Map(),
    counts: new Map(),
    nodesOf: new Map(),
  };
  tree.root = hang(data, tree, path, cut, new Set());
  for (const [member, list] of tree.copies) {
    for (const record of data.incoming(member)) {
      const ref = addressRef(data, tree, record);
      if (ref) for (const nodes of list) (lookup(nodes, record.edge.anchor) ?? nodes.root).addressedBy.push(ref);
    }
  }
  finish(tree, tree.root);
  return tree;
}

/** Replaces every reference from `source` with what its current edges say, keeping counts in step. */
export function patchAddresser(data: IndexData, tree: LiveTree, source: string): void {
  for (const node of tree.nodesOf.get(source) ?? []) {
    const before = node.addressedBy.length;
    node.addressedBy = node.addressedBy.filter((ref) => ref.path !== source);
    adjust(tree, node, source, node.addressedBy.length - before);
  }
  tree.nodesOf.delete(source);
  if (tree.members.has(source)) return;
  const added = new Set<TreeNode>();
  for (const record of data.outgoing(source)) {
    const to = record.edge.to;
    const list = to === null ? undefined : tree.copies.get(to);
    if (!list) continue;
    const ref = addressRef(data, tree, record);
    if (!ref) continue;
    for (const nodes of list) {
      const node = lookup(nodes, record.edge.anchor) ?? nodes.root;
      node.addressedBy.push(ref);
      added.add(node);
    }
  }
  for (const node of added) {
    const before = node.addressedBy.filter((ref) => ref.path !== source).length;
    node.addressedBy = sortRefs(node.addressedBy);
    adjust(tree, node, source, node.addressedBy.length - before);
    if (node.addressedBy.length > before) noteRef(tree, source, node);
  }
}

function addressRef(data: IndexData, tree: LiveTree, record: EdgeRecord): AddressRef | null {
  const { edge } = record;
  if (tree.members.has(edge.from)) return null;
  if (data.isParent(edge.relation)) return null;
  // A link in a field that is no relation (`related:: [[P#^q]]`) counts as a plain link; its line is the context.
  const from = data.note(edge.from);
  return {
    path: edge.from,
    relation: data.isRelation(edge.relation) ? edge.relation : "link",
    line: edge.line,
    title: from?.title ?? edge.from,
    // A bare `addresses:: [[P#^q]]` line tells the reader nothing: the note's own summary does.
    context: isBareFieldLine(record.context) ? (from?.summary ?? record.context) : record.context,
  };
}

/** Adds `delta` references from `source` to the node's and its ancestors' counts. */
function adjust(tree: LiveTree, start: TreeNode, source: string, delta: number): void {
  if (delta === 0) return;
  for (let node: TreeNode | undefined = start; node; node = tree.parentOf.get(node)) {
    const counts = tree.counts.get(node)!;
    const next = (counts.get(source) ?? 0) + delta;
    if (next > 0) counts.set(source, next);
    else counts.delete(source);
    node.addressedCount = counts.size;
  }
}

function noteRef(tree: LiveTree, source: string, node: TreeNode): void {
  let set = tree.nodesOf.get(source);
  if (!set) {
    set = new Set();
    tree.nodesOf.set(source, set);
  }
  set.add(node);
}

function hang(data: IndexData, tree: LiveTree, path: string, cut: ReadonlySet<string>, stack: Set<string>): TreeNode {
  const note = data.note(path)!;
  const nodes: NoteNodes = {
    root: node(note.title, null, path, 1, rootStatus(note)),
    blocks: new Map(),
    headings: new Map(),
  };
  for (const item of treeOutline(note)) {
    // A heading that only repeats the note's title names the root: its questions are the root's.
    if (item.kind === "heading" && namesNote(item.text, note)) {
      registerAnchors(item, nodes.root, nodes);
      if (nodes.root.status === null) nodes.root.status = item.status;
      for (const child of item.children) nodes.root.children.push(fromOutline(child, path, nodes));
    } else nodes.root.children.push(fromOutline(item, path, nodes));
  }
  tree.members.add(path);
  const list = tree.copies.get(path) ?? [];
  list.push(nodes);
  tree.copies.set(path, list);

  stack.add(path);
  const placed = new Set<string>();
  for (const record of data.incoming(path, true)) {
    const { edge } = record;
    if (!data.isParent(edge.relation) || stack.has(edge.from) || cut.has(pairKey(edge.from, path))) continue;
    if (!data.note(edge.from)) continue;
    const under = lookup(nodes, edge.anchor) ?? nodes.root;
    const key = `${edge.from}\u0000${under.line}\u0000${under.anchor ?? ""}`;
    if (placed.has(key)) continue;
    placed.add(key);
    under.children.push(hang(data, tree, edge.from, cut, stack));
  }
  stack.delete(path);
  return nodes.root;
}

/**
 * Deepest nesting a tree keeps: items below it hang flat under their ancestor at this depth, in document order, so
 * that the recursive walks over trees (and JSON.stringify, which overflows near 2,500 levels) stay within the stack.
 */
export const MAX_TREE_DEPTH = 1000;

function fromOutline(item: OutlineItem, path: string, nodes: NoteNodes, depth = 1): TreeNode {
  const result = outlineNode(item, path, nodes);
  if (depth < MAX_TREE_DEPTH) {
    for (const child of item.children) result.children.push(fromOutline(child, path, nodes, depth + 1));
    return result;
  }
  const pending = [...item.children].reverse();
  while (pending.length > 0) {
    const next = pending.pop()!;
    result.children.push(outlineNode(next, path, nodes));
    for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i]!);
  }
  return result;
}

function sameTitle(a: string, b: string): boolean {
  return a.replace(/\s+/g, " ").trim().toLowerCase() === b.replace(/\s+/g, " ").trim().toLowerCase();
}

/** True when a heading's text is the note's title (frontmatter `title`) or its file name. */
export function namesNote(text: string, note: ParsedNote): boolean {
  const file = note.path.slice(note.path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
  return sameTitle(text, note.title) || sameTitle(text, file);
}

function outlineNode(item: OutlineItem, path: string, nodes: NoteNodes): TreeNode {
  const anchor = item.blockId ? `^${item.blockId}` : item.kind === "heading" ? item.text : null;
  const result = node(item.text, anchor, path, item.line, item.status);
  registerAnchors(item, result, nodes);
  return result;
}

/** Makes the item's block id and heading text lead to `result`, first come first kept. */
function registerAnchors(item: OutlineItem, result: TreeNode, nodes: NoteNodes): void {
  if (item.blockId) {
    const id = item.blockId.toLowerCase();
    if (!nodes.blocks.has(id)) nodes.blocks.set(id, result);
  }
  if (item.kind === "heading") {
    const text = normalizeHeading(item.text);
    if (!nodes.headings.has(text)) nodes.headings.set(text, result);
  }
}

function node(text: string, anchor: string | null, path: string, line: number, status: string | null): TreeNode {
  return { text, anchor, path, line, status, addressedBy: [], addressedCount: 0, children: [] };
}

function lookup(nodes: NoteNodes, subpath: string | null): TreeNode | null {
  const anchor = parseAnchor(subpath);
  if (!anchor) return null;
  return (anchor.kind === "block" ? nodes.blocks.get(anchor.id) : nodes.headings.get(anchor.text)) ?? null;
}

/** A `status::` that sits in the note outside list items and headings, else a frontmatter `status`. */
function rootStatus(note: ParsedNote): string | null {
  const headingLines = new Set(note.headings.map((h) => h.line));
  const field = note.fields.find((f) => f.key === FIELD.status && f.listItemLine === null && !headingLines.has(f.line));
  if (field && field.value.trim() !== "") return field.value.trim();
  const front = note.frontmatter?.[FIELD.status];
  return typeof front === "string" && front.trim() !== "" ? front.trim() : null;
}

/** Sorted by path, line, relation; one reference per (path, relation, line). */
function sortRefs(refs: AddressRef[]): AddressRef[] {
  const seen = new Set<string>();
  return refs
    .sort((a, b) => cmp(a.path, b.path) || a.line - b.line || cmp(a.relation, b.relation))
    .filter((ref) => {
      const key = `${ref.path}\u0000${ref.relation}\u0000${ref.line}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Sorts addressers, records parents, and counts distinct addressing notes per subtree. */
function finish(tree: LiveTree, root: TreeNode): Map<string, number> {
  root.addressedBy = sortRefs(root.addressedBy);
  const counts = new Map<string, number>();
  for (const ref of root.addressedBy) {
    counts.set(ref.path, (counts.get(ref.path) ?? 0) + 1);
    noteRef(tree, ref.path, root);
  }
  for (const child of root.children) {
    tree.parentOf.set(child, root);
    for (const [path, n] of finish(tree, child)) counts.set(path, (counts.get(path) ?? 0) + n);
  }
  tree.counts.set(root, counts);
  root.addressedCount = counts.size;
  return counts;
}

/** Share of leaf questions addressed directly (see `treeCounts`). */
export function coverage(root: TreeNode): number {
  return treeCounts(root).coverage;
}
