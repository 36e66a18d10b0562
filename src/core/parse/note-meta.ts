// What a note is called: its title (frontmatter `title`, else the file name) and its Lens id.
import type { NoteKind } from "../model";

export function basename(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

export function scalarString(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

export function noteTitle(path: string, fm: Record<string, unknown> | null): string {
  return (fm ? scalarString(fm.title) : null) ?? basename(path);
}

export function lensId(kind: NoteKind, fm: Record<string, unknown> | null): string | null {
  if (!fm) return null;
  if (kind === "module") return scalarString(fm.contentId) ?? scalarString(fm.id);
  return scalarString(fm.id);
}

/** Frontmatter `aliases` (or `alias`), as a list or a single string; empty strings dropped. */
export function noteAliases(note: { frontmatter: Record<string, unknown> | null }): string[] {
  const fm = note.frontmatter;
  if (!fm) return [];
  const raw = fm.aliases ?? fm.alias;
  const list = Array.isArray(raw) ? raw : [raw];
  return list.flatMap((a) => scalarString(a) ?? []);
}
