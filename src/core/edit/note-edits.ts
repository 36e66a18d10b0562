// The text edits behind the write commands, as pure functions of a note's current text; BOM and line breaks kept byte for byte.
import type { MosaicSettings, OutlineItem } from "../model";
import { parseNote } from "../parse/parse-note";
import { fromNoteLines, insertLines, toNoteLines } from "./note-lines";

const TRAILING_BLOCK_ID = /(?:^|[ \t])\^([A-Za-z0-9-]+)[ \t]*$/;
const LINE_FIELD = /^[ \t]*(?:[-*+][ \t]+)?[^\s:[\]()#>`][^:[\]()`]*?::/;

/** The block ids already used in a note, so new ones stay unique within it. */
export function blockIdsIn(text: string): Set<string> {
  const ids = new Set<string>();
  for (const line of toNoteLines(text).lines) {
    const m = TRAILING_BLOCK_ID.exec(line);
    if (m?.[1]) ids.add(m[1].toLowerCase());
  }
  return ids;
}

/** `q-<slug>` from a question's text: lower-case words joined by `-`, at most about 40 characters, unique against `taken`. */
export function questionBlockId(text: string, taken: Set<string>): string {
  const plain = text
    .replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, "$2")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  const words = plain.split(/[^a-z0-9]+/).filter((w) => w !== "");
  let slug = "";
  for (const w of words) {
    const next = slug === "" ? w : `${slug}-${w}`;
    if (next.length > 40 && slug !== "") break;
    slug = next.slice(0, 40);
  }
  const base = `q-${slug === "" ? "item" : slug}`;
  let id = base;
  for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${base}-${n}`;
  taken.add(id.toLowerCase());
  return id;
}

/** Appends ` ^id` to a line (trailing spaces dropped). */
export function withBlockId(line: string, id: string): string {
  return `${line.trimEnd()} ^${id}`;
}

function frontmatterEnd(lines: string[]): number {
  if (lines[0]?.trim() !== "---") return 0;
  for (let i = 1; i < lines.length; i++) if (/^(---|\.\.\.)\s*$/.test(lines[i] ?? "")) return i + 1;
  return 0;
}

function isLineField(line: string): boolean {
  return LINE_FIELD.test(line) && !/^\s*[-*+]\s/.test(line);
}

/**
 * Where a new `key:: [[link]]` line goes, as a 0-based index to insert at:
 * 1. right after the last top-level `key::` line the note already has (same-key fields stay together);
 * 2. else at the end of the fields block that opens the note body (field lines right after the frontmatter);
 * 3. else right after the frontmatter, or at the very top of a note without one.
 */
export function fieldInsertIndex(lines: string[], key: string): number {
  const keyRe = new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*::`, "i");
  let lastSameKey = -1;
  lines.forEach((line, i) => {
    if (keyRe.test(line)) lastSameKey = i;
  });
  if (lastSameKey >= 0) return lastSameKey + 1;
  const start = frontmatterEnd(lines);
  let i = start;
  while (i < lines.length && (lines[i] ?? "").trim() === "") i++;
  if (i < lines.length && isLineField(lines[i] ?? "")) {
    while (i < lines.length && isLineField(lines[i] ?? "")) i++;
    return i;
  }
  return start;
}

export interface FieldInsertion {
  /** The lines written, in order: the field line, plus an empty line when body text follows directly. */
  lines: string[];
  /** 0-based index of the first written line in the resulting note. */
  index: number;
  /** An identical field line exists already: nothing is written. */
  present: boolean;
}

/** Plans adding `fieldLine` to a note's text (see fieldInsertIndex for where). */
export function planFieldLine(text: string, fieldLine: string, key: string): FieldInsertion {
  const { lines } = toNoteLines(text);
  if (lines.some((l) => l.trim() === fieldLine.trim())) return { lines: [], index: -1, present: true };
  const empty = text === "";
  const index = empty ? 0 : fieldInsertIndex(lines, key);
  const next = lines[index];
  const prev = index > 0 ? lines[index - 1] : undefined;
  // A new field block directly above a paragraph would join it in reading view; an existing block keeps its layout.
  const startsBlock = prev === undefined || !isLineField(prev);
  const needsGap = !empty && startsBlock && next !== undefined && next.trim() !== "" && !isLineField(next) && !/^#{1,6}\s/.test(next);
  return { lines: needsGap ? [fieldLine, ""] : [fieldLine], index, present: false };
}

export function applyFieldLine(text: string, insertion: FieldInsertion): string {
  if (insertion.present) return text;
  if (text === "") return insertion.lines.join("\n") + "\n";
  const note = toNoteLines(text);
  insertLines(note, insertion.index, insertion.lines);
  return fromNoteLines(note);
}

function* walk(items: OutlineItem[]): Generator<OutlineItem> {
  const stack = [...items].reverse();
  while (stack.length > 0) {
    const item = stack.pop() as OutlineItem;
    yield item;
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i] as OutlineItem);
  }
}

/** The outline item (heading or list item) whose text is `questionText`, nearest to the 1-based `nearLine`; null when none. */
export function findQuestion(text: string, path: string, questionText: string, nearLine: number, settings: MosaicSettings): OutlineItem | null {
  const note = parseNote(path, text, settings);
  let best: OutlineItem | null = null;
  for (const outline of [note.outline, note.contentOutline]) {
    for (const item of walk(outline)) {
      if (item.text !== questionText) continue;
      if (best === null || Math.abs(item.line - nearLine) < Math.abs(best.line - nearLine)) best = item;
    }
  }
  return best;
}

export type BlockIdResult =
  | { outcome: "added"; text: string; id: string; line: number; after: string }
  | { outcome: "exists"; text: string; id: string; line: number }
  | { outcome: "missing"; text: string };

/**
 * Gives the question `questionText` the block id `id` in the note's CURRENT text, found by its text (not by a line
 * number that an edit may have shifted). Keeps an id the line already has; leaves the text as is when not found.
 */
export function addQuestionBlockId(text: string, path: string, questionText: string, nearLine: number, id: string, settings: MosaicSettings): BlockIdResult {
  const item = findQuestion(text, path, questionText, nearLine, settings);
  if (!item) return { outcome: "missing", text };
  if (item.blockId !== null) return { outcome: "exists", text, id: item.blockId, line: item.line };
  const note = toNoteLines(text);
  const after = withBlockId(note.lines[item.line - 1] ?? "", id);
  note.lines[item.line - 1] = after;
  return { outcome: "added", text: fromNoteLines(note), id, line: item.line, after };
}

export interface BlockIdAddition {
  /** 1-based line. */
  line: number;
  id: string;
  before: string;
  after: string;
}

/**
 * The block ids a problem note's list items lack, with the lines they would become. Headings are left alone: a
 * heading is already linkable by its text (`[[Note#Heading]]`), and Obsidian does not take `^ids` on heading lines.
 */
export function planBlockIds(text: string, path: string, settings: MosaicSettings): BlockIdAddition[] {
  const note = parseNote(path, text, settings);
  const { lines } = toNoteLines(text);
  const taken = blockIdsIn(text);
  for (const b of note.blockIds) taken.add(b.id.toLowerCase());
  const additions: BlockIdAddition[] = [];
  for (const item of walk(note.outline)) {
    if (item.kind !== "item" || item.blockId !== null) continue;
    const before = lines[item.line - 1];
    if (before === undefined || TRAILING_BLOCK_ID.test(before)) continue;
    const id = questionBlockId(item.text, taken);
    additions.push({ line: item.line, id, before, after: withBlockId(before, id) });
  }
  return additions;
}

/** Writes planBlockIds' additions into the text; running it again on the result changes nothing. */
export function applyBlockIds(text: string, path: string, settings: MosaicSettings): { text: string; added: BlockIdAddition[] } {
  const added = planBlockIds(text, path, settings);
  if (added.length === 0) return { text, added };
  const note = toNoteLines(text);
  for (const a of added) note.lines[a.line - 1] = a.after;
  return { text: fromNoteLines(note), added };
}
