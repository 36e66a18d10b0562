// Where and how new list lines go in a note: the list's marker style, its indentation unit, the line to insert after.
import type { OutlineItem } from "../model";

export const ITEM_LINE = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
export const HEADING_LINE = /^ {0,3}#{1,6}(?:[ \t]|$)/;

export interface ListStyle {
  indent: string;
  marker: string;
  /** The number of the next ordered item, or null for bullets. */
  number: number | null;
  delimiter: string;
}

export function listStyle(parent: OutlineItem | null, siblings: readonly OutlineItem[], lines: readonly string[], unit: string): ListStyle {
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
export function childUnit(unit: string, marker: string): string {
  if (unit.includes("\t")) return unit;
  return " ".repeat(Math.max(unit.length, marker.length + 1));
}

/** 0-based index of the line the new items go before (i.e. 1-based number of the line they follow). */
export function insertionPoint(parent: OutlineItem | null, siblings: readonly OutlineItem[], lines: readonly string[]): number {
  const itemSiblings = siblings.filter((s) => s.kind === "item");
  const lastItem = itemSiblings[itemSiblings.length - 1];
  if (lastItem) return extendOverContinuation(subtreeEnd(lastItem), lines);
  if (parent?.kind === "item") return extendOverContinuation(parent.line, lines);
  if (parent?.kind === "heading") return sectionTextEnd(parent.line, lines);
  const firstHeading = siblings.find((s) => s.kind === "heading");
  if (firstHeading) return lastNonBlank(lines, 0, firstHeading.line - 1) || firstHeading.line - 1;
  return lastNonBlank(lines, 0, lines.length);
}

/** The last line of an item's subtree: children come after their parent, so it is the last descendant's line. */
function subtreeEnd(item: OutlineItem): number {
  let end = item.line;
  for (let last = item.children[item.children.length - 1]; last; last = last.children[last.children.length - 1]) {
    end = Math.max(end, last.line);
  }
  return end;
}

/** Lines after an item that belong to it: non-blank lines that are neither list items nor headings. */
function extendOverContinuation(line: number, lines: readonly string[]): number {
  let end = line;
  while (end < lines.length) {
    const next = lines[end] ?? "";
    if (next.trim() === "" || ITEM_LINE.test(next) || HEADING_LINE.test(next) || /^[ \t]*(```|~~~)/.test(next)) break;
    end++;
  }
  return end;
}

/** The last non-blank line of a heading's own text, before the next heading. */
function sectionTextEnd(headingLine: number, lines: readonly string[]): number {
  let stop = headingLine;
  while (stop < lines.length && !HEADING_LINE.test(lines[stop] ?? "")) stop++;
  return lastNonBlank(lines, headingLine, stop) || headingLine;
}

/** 1-based number of the last non-blank line among 0-based indexes [from, to), or 0. */
function lastNonBlank(lines: readonly string[], from: number, to: number): number {
  for (let i = Math.min(to, lines.length) - 1; i >= from; i--) if ((lines[i] ?? "").trim() !== "") return i + 1;
  return 0;
}

/** A list must not follow a paragraph, heading or frontmatter line directly; indented lines belong to the list. */
export function needsBlankBefore(prev: string): boolean {
  return prev.trim() !== "" && !ITEM_LINE.test(prev) && !/^[ \t]/.test(prev);
}

export function needsBlankAfter(following: string): boolean {
  return following.trim() !== "" && !ITEM_LINE.test(following) && !HEADING_LINE.test(following);
}

/** The note's nesting unit: how a child item's indentation extends its parent's, else a tab where tabs are used. */
export function indentUnit(outline: readonly OutlineItem[], lines: readonly string[]): string {
  const queue = outline.slice();
  for (let at = 0; at < queue.length; at++) {
    const item = queue[at] as OutlineItem;
    const own = ITEM_LINE.exec(lines[item.line - 1] ?? "")?.[1];
    for (const child of item.children) {
      const theirs = ITEM_LINE.exec(lines[child.line - 1] ?? "")?.[1];
      if (own !== undefined && theirs !== undefined && item.kind === "item" && theirs.startsWith(own) && theirs.length > own.length) {
        return theirs.slice(own.length);
      }
      queue.push(child);
    }
  }
  return lines.some((l) => /^\t+([-*+]|\d+[.)])[ \t]/.test(l)) ? "\t" : "";
}
