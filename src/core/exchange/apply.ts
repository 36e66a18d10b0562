// Writes a merge back into a problem note by inserting new lines only, with a diff preview of what it adds.
import { fromNoteLines, toNoteLines } from "../edit/note-lines";
import type { OutlineItem } from "../model";
import { type ListStyle, childUnit, indentUnit, insertionPoint, listStyle, needsBlankAfter, needsBlankBefore } from "./apply-layout";
import { inertText } from "./inert-text";
import { writeItemContent } from "./markdown-line";
import { type AddedQuestion, mergeOutlines } from "./merge";
import { type OutlineNode, fromOutlineItem } from "./outline";

/** What the write-back needs of the parsed problem note (a ParsedNote fits). */
export interface NoteOutline {
  outline: OutlineItem[];
}

export interface WriteBack {
  /** The note with the new questions inserted; equal to the input when nothing is new. */
  text: string;
  /** `@@ -a,b +c,d @@` hunks with `  ` context and `+ ` added lines; empty when nothing is new. */
  diff: string;
  /** The note's questions after the merge, as re-parsing `text` gives them. */
  merged: OutlineNode[];
  added: AddedQuestion[];
  matched: number;
  /** 1-based line numbers of the inserted lines in `text`. */
  insertedLines: number[];
}

const BLOCK_ID = /(?:^|[ \t])\^([A-Za-z0-9-]+)[ \t]*$/;

/**
 * The note's questions: its outline, or, when a lone `# Title` heading holds everything (as `newProblemNote`
 * writes), that heading's children.
 */
export function noteQuestions(outline: readonly OutlineItem[]): { container: OutlineItem | null; items: OutlineItem[] } {
  const only = outline.length === 1 ? outline[0] : undefined;
  if (only && only.kind === "heading" && only.level === 1) return { container: only, items: only.children };
  return { container: null, items: [...outline] };
}

interface Block {
  after: number;
  depth: number;
  order: number;
  lines: string[];
}

/**
 * Merges `incoming` into the note's questions and inserts the new ones as new lines; existing lines, the BOM and
 * every line break stay byte for byte. Linear in note and outline size.
 */
export function applyMergeToNote(noteText: string, base: NoteOutline, incoming: readonly OutlineNode[]): WriteBack {
  const note = toNoteLines(noteText);
  const lines = note.lines;
  const { container, items } = noteQuestions(base.outline);
  const result = mergeOutlines(items.map(fromOutlineItem), incoming, { adoptStatus: false });
  const itemOf = pairItems(result.merged, items);
  const depthOf = itemDepths(base.outline);
  const existingIds = collectBlockIds(lines);
  const unit = indentUnit(base.outline, lines);

  const blocks: Block[] = [];
  const perList = new Map<OutlineItem | null, { style: ListStyle; after: number }>();
  const moved = new Map<OutlineNode[], Set<OutlineNode>>();
  result.insertions.forEach((insertion, order) => {
    const parentItem = insertion.parent ? (itemOf.get(insertion.parent) ?? null) : container;
    const siblings = parentItem ? parentItem.children : items;
    // One style and place per list, so that several new ordered items keep counting up.
    let list = perList.get(parentItem);
    if (!list) perList.set(parentItem, (list = { style: listStyle(parentItem, siblings, lines, unit), after: insertionPoint(parentItem, siblings, lines) }));
    const written = writeSubtree(insertion.node, list.style, unit, existingIds);
    if (parentItem?.kind !== "item") {
      const listOf = insertion.parent ? insertion.parent.children : result.merged;
      moved.set(listOf, (moved.get(listOf) ?? new Set()).add(insertion.node));
    }
    blocks.push({ after: list.after, depth: parentItem ? (depthOf.get(parentItem) ?? 0) : -1, order, lines: written });
  });
  for (const [list, nodes] of moved) moveBeforeHeadings(list, nodes, itemOf);
  blocks.sort((a, b) => a.after - b.after || b.depth - a.depth || a.order - b.order);

  const out: string[] = [];
  const ends: string[] = [];
  const inserted: number[] = [];
  const add = (line: string): void => {
    out.push(line);
    ends.push(note.eol);
    inserted.push(out.length);
  };
  let next = 0;
  for (let i = 0; i <= lines.length; i++) {
    for (let block = blocks[next]; block?.after === i; block = blocks[++next]) {
      const prev = out[out.length - 1];
      if (prev !== undefined && needsBlankBefore(prev)) add("");
      for (const line of block.lines) add(line);
      const following = lines[i];
      if (following !== undefined && needsBlankAfter(following)) add("");
    }
    if (i < lines.length) {
      out.push(lines[i] ?? "");
      ends.push(note.ends[i] ?? "");
    }
  }
  const text = inserted.length === 0 ? noteText : fromNoteLines({ ...note, lines: out, ends });
  return {
    text,
    diff: unifiedDiff(out, inserted),
    merged: result.merged,
    added: result.added,
    matched: result.matched,
    insertedLines: inserted,
  };
}

/** The merged tree's nodes beside the note's items (merging only appends, so base positions are unchanged). */
function pairItems(nodes: readonly OutlineNode[], items: readonly OutlineItem[]): Map<OutlineNode, OutlineItem> {
  const map = new Map<OutlineNode, OutlineItem>();
  const stack: [readonly OutlineNode[], readonly OutlineItem[]][] = [[nodes, items]];
  for (let pair = stack.pop(); pair; pair = stack.pop()) {
    const [ns, its] = pair;
    its.forEach((item, i) => {
      const node = ns[i];
      if (!node) return;
      map.set(node, item);
      stack.push([node.children, item.children]);
    });
  }
  return map;
}

function itemDepths(outline: readonly OutlineItem[]): Map<OutlineItem, number> {
  const depthOf = new Map<OutlineItem, number>();
  const stack: [OutlineItem, number][] = outline.map((item) => [item, 0]);
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    depthOf.set(entry[0], entry[1]);
    for (const child of entry[0].children) stack.push([child, entry[1] + 1]);
  }
  return depthOf;
}

/** New items under a heading are written before its sub-headings, so they sit there in the tree too; order among them kept. */
function moveBeforeHeadings(list: OutlineNode[], nodes: Set<OutlineNode>, itemOf: Map<OutlineNode, OutlineItem>): void {
  const firstHeading = list.findIndex((n) => itemOf.get(n)?.kind === "heading");
  if (firstHeading < 0) return;
  const before = list.slice(0, firstHeading);
  const rest = list.slice(firstHeading).filter((n) => !nodes.has(n));
  const movedNodes = list.slice(firstHeading).filter((n) => nodes.has(n));
  list.length = 0;
  for (const part of [before, movedNodes, rest]) for (const n of part) list.push(n);
}

/** The lines of one new subtree, without recursion; ids already in the note are dropped, text is made inert. */
function writeSubtree(root: OutlineNode, style: ListStyle, unit: string, existingIds: Set<string>): string[] {
  const lines: string[] = [];
  const marker = style.number === null ? style.marker : `${style.number}${style.delimiter}`;
  if (style.number !== null) style.number++;
  const stack: { node: OutlineNode; indent: string; marker: string }[] = [{ node: root, indent: style.indent, marker }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, indent } = entry;
    if (node.anchor?.startsWith("^")) {
      const id = node.anchor.slice(1).toLowerCase();
      if (existingIds.has(id)) node.anchor = null;
      else existingIds.add(id);
    }
    node.text = inertText(node.text);
    const content = writeItemContent(node);
    lines.push(`${indent}${entry.marker}${content === "" ? "" : ` ${content}`}`);
    const childIndent = indent + childUnit(unit, entry.marker);
    const ordered = /\d/.test(entry.marker);
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i] as OutlineNode;
      stack.push({ node: child, indent: childIndent, marker: ordered ? `${i + 1}${entry.marker.slice(-1)}` : entry.marker });
    }
  }
  return lines;
}

function collectBlockIds(lines: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const line of lines) {
    const m = BLOCK_ID.exec(line);
    if (m?.[1]) ids.add(m[1].toLowerCase());
  }
  return ids;
}

/** A unified diff of inserted lines only (1-based, ascending), with two lines of context. */
function unifiedDiff(out: readonly string[], inserted: readonly number[], context = 2): string {
  if (inserted.length === 0) return "";
  const added = new Set(inserted.map((n) => n - 1));
  const parts: string[] = [];
  let addedBefore = 0;
  let k = 0;
  while (k < inserted.length) {
    // One hunk: inserted lines whose context windows touch.
    const first = Math.max(0, (inserted[k] ?? 1) - 1 - context);
    let last = Math.min(out.length - 1, (inserted[k] ?? 1) - 1 + context);
    let j = k + 1;
    while (j < inserted.length && (inserted[j] ?? 0) - 1 - context <= last + 1) {
      last = Math.min(out.length - 1, (inserted[j] ?? 1) - 1 + context);
      j++;
    }
    const count = last - first + 1;
    const newInHunk = j - k;
    parts.push(`@@ -${first + 1 - addedBefore},${count - newInHunk} +${first + 1},${count} @@`);
    for (let i = first; i <= last; i++) parts.push(`${added.has(i) ? "+ " : "  "}${out[i] ?? ""}`);
    addedBefore += newInHunk;
    k = j;
  }
  return `${parts.join("\n")}\n`;
}
