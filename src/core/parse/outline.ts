// Outline pieces: list items and headings of a line, block ids, question-like lines, and the tree builder.
import type { OutlineItem } from "../model";
import { visualColumn } from "./lines";

export interface ListItemLine {
  /** Visual column of the marker (tabs count 4). */
  markerColumn: number;
  /** Column after the marker, its spaces and a task box. */
  contentStart: number;
  /** The character inside a task box (`x`, ` `), or null when the item is not a task. */
  task: string | null;
}

const LIST_ITEM = /^([ \t]*)([-*+•]|\d{1,9}[.)])[ \t]+(?:\[(.)\](?:[ \t]+|$))?/u;
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

export function parseListItem(line: string): ListItemLine | null {
  const m = LIST_ITEM.exec(line);
  if (!m) return null;
  const marker = m[2] ?? "";
  if ((marker === "-" || marker === "*") && line.charAt(m[0].length) === marker && THEMATIC_BREAK.test(line)) return null;
  const indent = m[1] ?? "";
  return { markerColumn: visualColumn(line, indent.length), contentStart: m[0].length, task: m[3] ?? null };
}

const DOTTED_ITEM = /^([ \t]*)(\d{1,9}(?:\.\d{1,9})+)[.)]?[ \t]+(?=\S)/;

/** A `1.1`, `1.1.1` numbered outline line (not a Markdown list item): its depth (components) and content column. */
export function parseDottedItem(line: string): { depth: number; contentStart: number } | null {
  const m = DOTTED_ITEM.exec(line);
  if (!m) return null;
  return { depth: (m[2] ?? "").split(".").length, contentStart: m[0].length };
}

export interface HeadingLine {
  level: number;
  /** Columns of the heading text (after `#`s and spaces, before a closing `#` run). */
  textStart: number;
  textEnd: number;
}

export function parseHeadingLine(line: string): HeadingLine | null {
  const n = line.length;
  let i = 0;
  while (i < 3 && i < n && line.charCodeAt(i) === 32) i++;
  let level = 0;
  while (i + level < n && level < 7 && line.charCodeAt(i + level) === 35) level++;
  if (level < 1 || level > 6) return null;
  let start = i + level;
  if (start >= n) return null;
  const after = line.charCodeAt(start);
  if (after !== 32 && after !== 9) return null;
  while (start < n && isSpace(line.charCodeAt(start))) start++;
  let end = n;
  while (end > start && isSpace(line.charCodeAt(end - 1))) end--;
  // A closing run of `#` preceded by a space is not part of the text.
  let h = end;
  while (h > start && line.charCodeAt(h - 1) === 35) h--;
  if (h < end && (h === start || isSpace(line.charCodeAt(h - 1)))) {
    end = h;
    while (end > start && isSpace(line.charCodeAt(end - 1))) end--;
  }
  if (end <= start) return null;
  return { level, textStart: start, textEnd: end };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}

function isIdChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45;
}

/** A trailing ` ^block-id` on a line (or a line holding only `^id`): the id and the column of its `^`. */
export function trailingBlockId(line: string): { id: string; start: number } | null {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  let i = end;
  while (i > 0 && isIdChar(line.charCodeAt(i - 1))) i--;
  if (i === end || i === 0 || line.charCodeAt(i - 1) !== 94 /* ^ */) return null;
  const caret = i - 1;
  if (caret > 0 && line.charCodeAt(caret - 1) !== 32 && line.charCodeAt(caret - 1) !== 9) return null;
  return { id: line.slice(i, end), start: caret };
}

/** A line holding nothing but `^id` (used for a heading's block id on the next line). */
export function standaloneBlockId(line: string): string | null {
  const b = trailingBlockId(line);
  if (!b || line.slice(0, b.start).trim() !== "") return null;
  return b.id;
}

const QUESTION_START =
  /^(?:what|why|how|when|where|which|who|whom|whose|is|are|can|could|should|would|will|do|does|did|to what extent|under what)(?![\p{L}\p{N}])/iu;

/** True for text that reads as a question: it ends with `?` or starts with a question word. */
export function isQuestionLike(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (t.endsWith("?")) return true;
  const start = t.replace(/^[\s*_~"'“‘(>]+/u, "");
  return QUESTION_START.test(start);
}

interface OpenNode {
  node: OutlineItem;
  heading: boolean;
  /** Heading level, or the list item's marker column. */
  level: number;
  /** Components of the item's number (`1.` is 1, `1.1` is 2), or null for bullets. */
  numbering?: number | null;
}

/**
 * Builds the outline tree with an explicit stack (no recursion, so 10,000 nesting levels are fine): headings nest
 * by level, list items under the heading above them and under items with a smaller marker column.
 */
export class OutlineBuilder {
  readonly roots: OutlineItem[] = [];
  private readonly stack: OpenNode[] = [];

  private attach(node: OutlineItem): void {
    const top = this.stack[this.stack.length - 1];
    if (top) top.node.children.push(node);
    else this.roots.push(node);
  }

  addHeading(node: OutlineItem): void {
    while (this.stack.length > 0) {
      const top = this.stack[this.stack.length - 1];
      if (top && (!top.heading || top.level >= node.level)) this.stack.pop();
      else break;
    }
    this.attach(node);
    this.stack.push({ node, heading: true, level: node.level });
  }

  /** Adds a list item; sets its depth (`level`) from the items above it. `numbered`: 1 for `1.` items. */
  addItem(node: OutlineItem, markerColumn: number, numbered: number | null = null): void {
    while (this.stack.length > 0) {
      const top = this.stack[this.stack.length - 1];
      if (top && !top.heading && top.level >= markerColumn) this.stack.pop();
      else break;
    }
    this.push(node, markerColumn, numbered);
  }

  /** Adds a `1.1`-style item of `depth` components under the innermost numbered item with fewer components. */
  addDotted(node: OutlineItem, depth: number): void {
    while (this.stack.length > 0) {
      const top = this.stack[this.stack.length - 1];
      if (top && !top.heading && (top.numbering === null || top.numbering === undefined || top.numbering >= depth)) this.stack.pop();
      else break;
    }
    const top = this.stack[this.stack.length - 1];
    // A column just right of the parent's marker: the next item at the parent's column or left of it closes it.
    this.push(node, top && !top.heading ? top.level + 1 : 0, depth);
  }

  private push(node: OutlineItem, column: number, numbering: number | null): void {
    const top = this.stack[this.stack.length - 1];
    node.level = top && !top.heading ? top.node.level + 1 : 0;
    this.attach(node);
    this.stack.push({ node, heading: false, level: column, numbering });
  }

  /** Adds a line glued to the last list item as that item's sibling; returns false when no item is open. */
  addSibling(node: OutlineItem): boolean {
    const top = this.stack[this.stack.length - 1];
    if (!top || top.heading) return false;
    this.stack.pop();
    node.level = top.node.level;
    this.attach(node);
    this.stack.push({ node, heading: false, level: top.level, numbering: top.numbering ?? null });
    return true;
  }

  /** The innermost open list item, if any. */
  openItem(): OutlineItem | null {
    const top = this.stack[this.stack.length - 1];
    return top && !top.heading ? top.node : null;
  }

  /** Ends all open lists (the heading above stays open). */
  closeLists(): void {
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]?.heading === false) this.stack.pop();
  }
}
