// Lens section headers (`# Learning Outcome:`, `#### Text`) and which types may open a section where.
import type { NoteKind } from "../model";

export interface SectionHeader {
  level: number;
  /** Normalised type: lower case, whitespace runs to `-`. */
  type: string;
  title: string;
}

export const SEGMENT_TYPES: readonly string[] = ["text", "chat", "article", "video", "question", "roleplay"];

/** `^(#{1,6})\s+([^:]+?)(?::\s*(.*?))?\s*$`, written as a scan so long lines cannot backtrack. */
export function parseSectionHeader(line: string): SectionHeader | null {
  let level = 0;
  while (level < line.length && level < 7 && line.charCodeAt(level) === 35) level++;
  if (level < 1 || level > 6 || level >= line.length) return null;
  const after = line.charCodeAt(level);
  if (after !== 32 && after !== 9) return null;
  const rest = line.slice(level);
  const colon = rest.indexOf(":");
  const typeText = (colon === -1 ? rest : rest.slice(0, colon)).trim();
  if (typeText === "") return null;
  const title = colon === -1 ? "" : rest.slice(colon + 1).trim();
  return { level, type: typeText.toLowerCase().replace(/\s+/g, "-"), title };
}

/** Section types that may open directly inside `parentType` (null = top level) in a note of `kind`. */
export function allowedTypes(kind: NoteKind, parentType: string | null): readonly string[] {
  if (parentType === null) {
    switch (kind) {
      case "course":
        return ["module", "meeting"];
      case "module":
        return ["learning-outcome", "lens", "submodule", "page"];
      case "learning-outcome":
        return ["lens", "test", "submodule"];
      case "lens":
        return SEGMENT_TYPES;
      default:
        return [];
    }
  }
  if (parentType === "submodule") {
    if (kind === "module") return ["learning-outcome", "lens", "page"];
    if (kind === "learning-outcome") return ["lens", "test"];
    return [];
  }
  if (kind === "module" && (parentType === "lens" || parentType === "page")) return SEGMENT_TYPES;
  if (kind === "learning-outcome" && parentType === "test") return SEGMENT_TYPES;
  return [];
}

/** Minimum heading level of a top-level section: segments in a lens file are `####` or deeper. */
export function minTopLevel(kind: NoteKind): number {
  return kind === "lens" ? 4 : 1;
}

interface OpenSection {
  index: number;
  level: number;
  type: string;
}

/**
 * Tracks the open Lens sections while headings are read in order. Segments are flat siblings: a segment heading
 * closes the previous segment whatever its level.
 */
export class SectionTracker {
  private readonly stack: OpenSection[] = [];

  constructor(private readonly kind: NoteKind) {}

  /** The innermost open section's index, or null. */
  current(): number | null {
    const top = this.stack[this.stack.length - 1];
    return top ? top.index : null;
  }

  /** Offers a header; returns the parent index when it opens a section (then call `open`), else undefined. */
  accept(header: SectionHeader): { keep: number; parent: number | null } | undefined {
    const isSegment = SEGMENT_TYPES.includes(header.type);
    let keep = this.stack.length;
    while (keep > 0) {
      const top = this.stack[keep - 1];
      if (!top) break;
      if (top.level >= header.level || (isSegment && SEGMENT_TYPES.includes(top.type))) keep--;
      else break;
    }
    const parent = keep > 0 ? this.stack[keep - 1] : undefined;
    if (!parent && header.level < minTopLevel(this.kind)) return undefined;
    if (!allowedTypes(this.kind, parent ? parent.type : null).includes(header.type)) return undefined;
    return { keep, parent: parent ? parent.index : null };
  }

  open(keep: number, index: number, header: SectionHeader): void {
    this.stack.length = keep;
    this.stack.push({ index, level: header.level, type: header.type });
  }
}
