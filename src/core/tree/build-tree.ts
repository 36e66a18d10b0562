// Builds one note's question tree: its outline, notes hung under it by parent::/up::, and the notes addressing each node.
import type { AddressRef, OutlineItem, ParsedNote, TreeNode } from "../model";
import { cmp } from "../index/edge-record";
import type { IndexData } from "../index/index-data";
import { normalizeHeading, parseAnchor } from "../resolve/anchors";
import { pairKey } from "./parent-graph";

export interface BuiltTree {
  root: TreeNode;
  /** Every note whose nodes are in the tree (the root note and the notes hung under it). */
  members: Set<string>;
}

/** The nodes one copy of a note contributes, with its anchors for lookups. */
interface NoteNodes {
  root: TreeNode;
  blocks: Map<string, TreeNode>;
  headings: Map<string, TreeNode>;
}

/** The outline a note's tree is made of: a module's `content::` questions, else its headings and list items. */
export function treeOutline(note: ParsedNote): OutlineItem[] {
  return note.kind === "module" ? note.contentOutline : note.outline;
}

export function buildTree(data: IndexData, path: string, cut: Set<string>): BuiltTree | null {
  if (!data.note(path)) return null;
  const copies = new Map<string, NoteNodes[]>();
  const members = new Set<string>();
  const root = hang(data, path, cut, new Set(), copies, members);
  attachAddressers(data, copies, members);
  finish(root);
  return { root, members };
}

function hang(
  data: IndexData,
  path: string,
  cut: Set<string>,
  stack: Set<string>,
  copies: Map<string, NoteNodes[]>,
  members: Set<string>,
): TreeNode {
  const note = data.note(path)!;
  const nodes: NoteNodes = {
    root: node(note.title, null, path, 1, rootStatus(note)),
    blocks: new Map(),
    headings: new Map(),
  };
  for (const item of treeOutline(note)) nodes.root.children.push(fromOutline(item, path, nodes));
  members.add(path);
  const list = copies.get(path) ?? [];
  list.push(nodes);
  copies.set(path, list);

  stack.add(path);
  const placed = new Set<string>();
  for (const record of data.incoming(path)) {
    const { edge } = record;
    if (!data.isParent(edge.relation) || stack.has(edge.from) || cut.has(pairKey(edge.from, path))) continue;
    if (!data.note(edge.from)) continue;
    const under = lookup(nodes, edge.anchor) ?? nodes.root;
    const key = `${edge.from}\u0000${under.line}\u0000${under.anchor ?? ""}`;
    if (placed.has(key)) continue;
    placed.add(key);
    under.children.push(hang(data, edge.from, cut, stack, copies, members));
  }
  stack.delete(path);
  return nodes.root;
}

function fromOutline(item: OutlineItem, path: string, nodes: NoteNodes): TreeNode {
  const anchor = item.blockId ? `^${item.blockId}` : item.kind === "heading" ? item.text : null;
  const result = node(item.text, anchor, path, item.line, item.status);
  if (item.blockId) {
    const id = item.blockId.toLowerCase();
    if (!nodes.blocks.has(id)) nodes.blocks.set(id, result);
  }
  if (item.kind === "heading") {
    const text = normalizeHeading(item.text);
    if (!nodes.headings.has(text)) nodes.headings.set(text, result);
  }
  for (const child of item.children) result.children.push(fromOutline(child, path, nodes));
  return result;
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
  const field = note.fields.find((f) => f.key === "status" && f.listItemLine === null && !headingLines.has(f.line));
  if (field && field.value.trim() !== "") return field.value.trim();
  const front = note.frontmatter?.["status"];
  return typeof front === "string" && front.trim() !== "" ? front.trim() : null;
}

function attachAddressers(data: IndexData, copies: Map<string, NoteNodes[]>, members: Set<string>): void {
  for (const [path, list] of copies) {
    for (const record of data.incoming(path)) {
      const { edge } = record;
      if (members.has(edge.from)) continue;
      if (edge.relation !== "link" && !data.isRelation(edge.relation)) continue;
      const ref: AddressRef = {
        path: edge.from,
        relation: edge.relation,
        line: edge.line,
        title: data.note(edge.from)?.title ?? edge.from,
        context: record.context,
      };
      for (const nodes of list) (lookup(nodes, edge.anchor) ?? nodes.root).addressedBy.push({ ...ref });
    }
  }
}

/** Sorts and de-duplicates addressers, and counts distinct addressing notes per subtree. */
function finish(root: TreeNode): Set<string> {
  const seen = new Set<string>();
  root.addressedBy = root.addressedBy
    .sort((a, b) => cmp(a.path, b.path) || a.line - b.line || cmp(a.relation, b.relation))
    .filter((ref) => {
      const key = `${ref.path}\u0000${ref.relation}\u0000${ref.line}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const notes = new Set(root.addressedBy.map((ref) => ref.path));
  for (const child of root.children) for (const path of finish(child)) notes.add(path);
  root.addressedCount = notes.size;
  return notes;
}

/** Share of leaves (the root excluded when it has children) addressed directly; a lone root counts as one leaf. */
export function coverage(root: TreeNode): number {
  if (root.children.length === 0) return root.addressedBy.length > 0 ? 1 : 0;
  let leaves = 0;
  let covered = 0;
  const walk = (n: TreeNode): void => {
    if (n.children.length === 0) {
      leaves++;
      if (n.addressedBy.length > 0) covered++;
      return;
    }
    for (const child of n.children) walk(child);
  };
  for (const child of root.children) walk(child);
  return covered / leaves;
}
