// Matching a link's subpath (`Heading`, `Parent#Child`, `^block`) against a note's headings and block ids, Obsidian-style.
import type { ParsedNote } from "../model";

/** Obsidian-style heading normalisation: punctuation Obsidian drops from heading links becomes space, case folded. */
export function normalizeHeading(text: string): string {
  return text
    .replace(/[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export type Anchor = { kind: "block"; id: string } | { kind: "heading"; text: string };

/** Splits a subpath; for nested headings (`A#B`) the last heading is the one that counts. */
export function parseAnchor(subpath: string | null): Anchor | null {
  if (subpath === null) return null;
  const trimmed = subpath.trim();
  if (trimmed === "") return null;
  if (trimmed.startsWith("^")) return { kind: "block", id: trimmed.slice(1).toLowerCase() };
  const parts = trimmed.split("#").filter((part) => part.trim() !== "");
  const last = parts[parts.length - 1];
  return last === undefined ? null : { kind: "heading", text: normalizeHeading(last) };
}

/**
 * Whether a tree node's anchor (`^id`, or a heading's text) is the one a subpath names, by the rule links use
 * (block ids case-insensitive, headings normalised as Obsidian does); a bare `id` also names the block `^id`.
 */
export function nodeAnchorMatches(nodeAnchor: string | null, subpath: string): boolean {
  const wanted = parseAnchor(subpath);
  if (nodeAnchor === null || wanted === null) return false;
  if (nodeAnchor.startsWith("^")) {
    const id = nodeAnchor.slice(1).toLowerCase();
    return wanted.kind === "block" ? wanted.id === id : subpath.trim().toLowerCase() === id;
  }
  return wanted.kind === "heading" && wanted.text === normalizeHeading(nodeAnchor);
}

interface AnchorSets {
  blocks: Set<string>;
  headings: Set<string>;
}

/** Per parsed note (notes are immutable once parsed), so a note linked 10,000 times is scanned once. */
const anchorSets = new WeakMap<ParsedNote, AnchorSets>();

/** Whether the anchor names a heading or block id that exists in the note. */
export function anchorExists(note: ParsedNote, anchor: Anchor): boolean {
  let sets = anchorSets.get(note);
  if (!sets) {
    sets = {
      blocks: new Set(note.blockIds.map((block) => block.id.toLowerCase())),
      headings: new Set(note.headings.map((heading) => normalizeHeading(heading.text))),
    };
    anchorSets.set(note, sets);
  }
  return anchor.kind === "block" ? sets.blocks.has(anchor.id) : sets.headings.has(anchor.text);
}
