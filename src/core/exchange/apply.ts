// Writes a merge back into a problem note by inserting new lines only, with a diff preview of what it adds.
import type { OutlineItem } from "../model";
import { writeItemContent } from "./markdown-line";
import { type AddedQuestion, type Insertion, mergeOutlines } from "./merge";
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

const ITEM_LINE = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const HEADING_LINE = /^ {0,3}#{1,6}(?:[ \t]|$)/;
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

/** Merges `incoming` into the note's questions and inserts the new ones as new lines; existing lines stay as they are. */
export function applyMergeToNote(noteText: string, base: NoteOutline, incoming: readonly OutlineNode[]): WriteBack {
  const eol = noteText.includes("\r\n") ? "\r\n" : "\n";
  const lines = noteText.split(/\r\n|\n/);
  const { container, items } = noteQuestions(base.outline);
  const baseRoots = items.map(fromOutlineItem);
  const result = mergeOutlines(baseRoots, incoming, { adoptStatus: false });
  const itemOf = new Map<OutlineNode, OutlineItem>();
  pair(result.merged, items, itemOf);

  const existingIds = collectBlockIds(lines);
  const depthOf = new Map<OutlineItem, number>();
  const walk = (list: readonly OutlineItem[], depth: number): void => {
    for (const item of list) {
      depthOf.set(item, depth);
      walk(item.children, depth + 1);
    }
  };
  walk(base.outline, 0);
  const unit = indentUnit(base.outline, lines);

  interface Block {
    after: number;
    depth: number;
    order: number;
    lines: string[];
  }
  const blocks: Block[] = [];
  const styles = new Map<OutlineItem | null, ListStyle>();
  result.insertions.forEach((insertion, order) => {
    const parentItem = insertion.parent ? (itemOf.get(insertion.parent) ?? null) : container;
    const siblings = parentItem ? parentItem.children : items;
    // One style per list, so that several new ordered items keep counting up.
    const style = styles.get(parentItem) ?? listStyle(parentItem, siblings, lines, unit);
    styles.set(parentItem, style);
    const after = insertionPoint(parentItem, siblings, lines);
    const written = writeSubtree(insertion.node, style, unit, existingIds);
    if (parentItem?.kind !== "item") moveBeforeHeadings(insertion, result.merged, itemOf);
    blocks.push({ after, depth: parentItem ? (depthOf.get(parentItem) ?? 0) : -1, order, lines: written });
  });
  blocks.sort((a, b) => a.after - b.after || b.depth - a.depth || a.order - b.order);

  const out: string[] = [];
  const inserted: number[] = [];
  let next = 0;
  for (let i = 0; i <= lines.length; i++) {
    while (next < blocks.length && blocks[next]?.after === i) {
      const block = blocks[next++];
      if (!block) break;
      const prev = out[out.length - 1];
      if (prev !== undefined && needsBlankBefore(prev)) pushLine(out, inserted, "");
      for (const line of block.lines) pushLine(out, inserted, line);
      const following = lines[i];
      if (following !== undefined && needsBlankAfter(following)) pushLine(out, inserted, "");
    }
    if (i < lines.length) out.push(lines[i] ?? "");
  }
  const text = inserted.length === 0 ? noteText : out.join(eol);
  return {
    text,
    diff: unifiedDiff(out, new Set(inserted.map((n) => n - 1))),
    merged: result.merged,
    added: result.added,
    matched: result.matched,
    insertedLines: inserted,
  };
}

function pushLine(out: string[], inserted: number[], line: string): void {
  out.push(line);
  inserted.push(out.length);
}

/** Walks the merged tree beside the note's items (merging only appends, so base positions are unchanged). */
function pair(nodes: readonly OutlineNode[], items: readonly OutlineItem[], map: Map<OutlineNode, OutlineItem>): void {
  items.forEach((item, i) => {
    const node = nodes[i];
    if (!node) return;
    map.set(node, item);
    pair(node.children, item.children, map);
  });
}

/** New items under a heading are written before its sub-headings, so they sit there in the tree too. */
function moveBeforeHeadings(insertion: Insertion, roots: OutlineNode[], itemOf: Map<OutlineNode, OutlineItem>): void {
  const list = insertion.parent ? insertion.parent.children : roots;
  const firstHeading = list.findIndex((n) => itemOf.get(n)?.kind === "heading");
  const at = list.indexOf(insertion.node);
  if (firstHeading < 0 || at < firstHeading) return;
  list.splice(at, 1);
  // New items moved earlier already sit before the first heading, so order among them is kept.
  list.splice(firstHeading, 0, insertion.node);
}

interface ListStyle {
  indent: string;
  marker: string;
  /** The number of the next ordered item, or null for bullets. */
  number: number | null;
  delimiter: string;
}

function listStyle(parent: OutlineItem | null, siblings: readonly OutlineItem[], lines: string[], unit: string): ListStyle {
  const itemSiblings = siblings.filter((s) => s.kind === "item");
  const first = itemSiblings[0];
  const last = itemSiblings[itemSiblings.length - 1];
  const firstMatch = first ? ITEM_LINE.exec(lines[first.line - 1] ?? "") : null;
  if (firstMatch) {
    const lastMarker = (last ? ITEM_LINE.exec(lines[last.line - 1] ?? "") : null)?.[2] ?? firstMatch[2] ?? "-";
    return styleFrom(firstMatch[1] ?? "", firstMatch[2] ?? "-", lastMarker);
  }
  const parentMatch = parent?.kind === "item" ? ITEM_LINE.exec(lines[parent.line - 1] ?? "") : null;
  if (parentMatch) {
    const marker = parentMatch[2] ?? "-";
    const indent = (parentMatch[1] ?? "") + childUnit(unit, marker);
    if (/\d/.test(marker)) return { indent, marker, number: 1, delimiter: marker.slice(-1) };
    return { indent, marker, number: null, delimiter: "" };
  }
  return { indent: "", marker: "-", number: null, delimiter: "" };
}

function styleFrom(indent: string, marker: string, lastMarker: string): ListStyle {
  const ordered = /^(\d+)([.)])$/.exec(lastMarker);
  if (!ordered || !/\d/.test(marker)) return { indent, marker, number: null, delimiter: "" };
  return { indent, marker, number: parseInt(ordered[1] ?? "0", 10) + 1, delimiter: ordered[2] ?? "." };
}

/** The indentation one level deeper than an item with this marker: the note's own unit, at least the marker's width. */
function childUnit(unit: string, marker: string): string {
  if (unit.includes("\t")) return unit;
  return " ".repeat(Math.max(unit.length, marker.length + 1));
}

function writeSubtree(node: OutlineNode, style: ListStyle, unit: string, existingIds: Set<string>): string[] {
  const lines: string[] = [];
  const write = (n: OutlineNode, indent: string, marker: string): void => {
    if (n.anchor?.startsWith("^")) {
      const id = n.anchor.slice(1).toLowerCase();
      if (existingIds.has(id)) n.anchor = null;
      else existingIds.add(id);
    }
    const content = writeItemContent(n);
    lines.push(`${indent}${marker}${content === "" ? "" : ` ${content}`}`);
    const childIndent = indent + childUnit(unit, marker);
    n.children.forEach((child, i) => {
      write(child, childIndent, /\d/.test(marker) ? `${i + 1}${marker.slice(-1)}` : marker);
    });
  };
  const marker = style.number === null ? style.marker : `${style.number}${style.delimiter}`;
  if (style.number !== null) style.number++;
  write(node, style.indent, marker);
  return lines;
}

/** 0-based index of the line the new items go before (i.e. 1-based number of the line they follow). */
function insertionPoint(parent: OutlineItem | null, siblings: readonly OutlineItem[], lines: string[]): number {
  const itemSiblings = siblings.filter((s) => s.kind === "item");
  const lastItem = itemSiblings[itemSiblings.length - 1];
  if (lastItem) return extendOverContinuation(subtreeEnd(lastItem), lines);
  if (parent?.kind === "item") return extendOverContinuation(parent.line, lines);
  if (parent?.kind === "heading") return sectionTextEnd(parent.line, lines);
  const firstHeading = siblings.find((s) => s.kind === "heading");
  if (firstHeading) return lastNonBlank(lines, 0, firstHeading.line - 1) || firstHeading.line - 1;
  return lastNonBlank(lines, 0, lines.length);
}

function subtreeEnd(item: OutlineItem): number {
  let end = item.line;
  for (const child of item.children) end = Math.max(end, subtreeEnd(child));
  return end;
}

/** Lines after an item that belong to it: non-blank lines that are neither list items nor headings. */
function extendOverContinuation(line: number, lines: string[]): number {
  let end = line;
  while (end < lines.length) {
    const next = lines[end] ?? "";
    if (next.trim() === "" || ITEM_LINE.test(next) || HEADING_LINE.test(next) || /^[ \t]*(```|~~~)/.test(next)) break;
    end++;
  }
  return end;
}

/** The last non-blank line of a heading's own text, before the next heading. */
function sectionTextEnd(headingLine: number, lines: string[]): number {
  let stop = headingLine;
  while (stop < lines.length && !HEADING_LINE.test(lines[stop] ?? "")) stop++;
  return lastNonBlank(lines, headingLine, stop) || headingLine;
}

/** 1-based number of the last non-blank line among 0-based indexes [from, to), or 0. */
function lastNonBlank(lines: string[], from: number, to: number): number {
  for (let i = Math.min(to, lines.length) - 1; i >= from; i--) if ((lines[i] ?? "").trim() !== "") return i + 1;
  return 0;
}

/** A list must not follow a paragraph, heading or frontmatter line directly; indented lines belong to the list. */
function needsBlankBefore(prev: string): boolean {
  return prev.trim() !== "" && !ITEM_LINE.test(prev) && !/^[ \t]/.test(prev);
}

function needsBlankAfter(following: string): boolean {
  return following.trim() !== "" && !ITEM_LINE.test(following) && !HEADING_LINE.test(following);
}

/** The note's nesting unit: how a child item's indentation extends its parent's, else a tab where tabs are used. */
function indentUnit(outline: readonly OutlineItem[], lines: string[]): string {
  const stack = [...outline];
  for (let item = stack.shift(); item; item = stack.shift()) {
    const own = ITEM_LINE.exec(lines[item.line - 1] ?? "")?.[1];
    for (const child of item.children) {
      const theirs = ITEM_LINE.exec(lines[child.line - 1] ?? "")?.[1];
      if (own !== undefined && theirs !== undefined && item.kind === "item" && theirs.startsWith(own) && theirs.length > own.length) {
        return theirs.slice(own.length);
      }
    }
    stack.push(...item.children);
  }
  return lines.some((l) => /^\t+([-*+]|\d+[.)])[ \t]/.test(l)) ? "\t" : "";
}

function collectBlockIds(lines: string[]): Set<string> {
  const ids = new Set<string>();
  for (const line of lines) {
    const m = BLOCK_ID.exec(line);
    if (m?.[1]) ids.add(m[1].toLowerCase());
  }
  return ids;
}

/** A unified diff of inserted lines only, with two lines of context. */
function unifiedDiff(out: string[], added: Set<number>, context = 2): string {
  if (added.size === 0) return "";
  const show = new Set<number>();
  for (const i of added) for (let j = i - context; j <= i + context; j++) if (j >= 0 && j < out.length) show.add(j);
  const sorted = [...show].sort((a, b) => a - b);
  const hunks: number[][] = [];
  for (const i of sorted) {
    const hunk = hunks[hunks.length - 1];
    if (hunk && hunk[hunk.length - 1] === i - 1) hunk.push(i);
    else hunks.push([i]);
  }
  const parts: string[] = [];
  for (const hunk of hunks) {
    const first = hunk[0] ?? 0;
    const oldStart = first + 1 - [...added].filter((a) => a < first).length;
    const newCount = hunk.length;
    const oldCount = hunk.filter((i) => !added.has(i)).length;
    parts.push(`@@ -${oldStart},${oldCount} +${first + 1},${newCount} @@`);
    for (const i of hunk) parts.push(`${added.has(i) ? "+ " : "  "}${out[i] ?? ""}`);
  }
  return `${parts.join("\n")}\n`;
}
