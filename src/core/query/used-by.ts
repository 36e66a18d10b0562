// Reverse Lens lookups: the courses using a module, the modules using an outcome, the notes above a lens, the lenses
// excerpting an article or video.
import type { IndexData } from "../index/index-data";
import type { ExcerptEntry, LinkedNote, NoteKind, ParsedNote } from "../model";
import { refOf, resolvedTarget, sourceLink } from "./lens-entries";

/** Notes of `kind` whose Lens references (`source::`, a course's `# Module:`) resolve to `path`, once each, first line. */
export function usersOf(index: IndexData, path: string, kind: NoteKind): LinkedNote[] {
  const seen = new Set<string>();
  const out: LinkedNote[] = [];
  for (const record of index.incoming(path)) {
    const { edge } = record;
    if (!record.lens || edge.from === path || seen.has(edge.from)) continue;
    if (edge.relation !== "source" && edge.relation !== "module") continue;
    const ref = refOf(index, edge.from);
    if (ref?.kind !== kind) continue;
    seen.add(edge.from);
    out.push({ ref, target: edge.target, line: edge.line, optional: edge.optional ?? false });
  }
  return out;
}

export function coursesUsing(index: IndexData, modulePath: string): LinkedNote[] {
  return usersOf(index, modulePath, "course");
}

export function modulesUsing(index: IndexData, outcomePath: string): LinkedNote[] {
  return usersOf(index, outcomePath, "module");
}

/** Appends the entries of `more` whose note is not in `into` yet. */
function addDistinct(into: LinkedNote[], more: LinkedNote[]): void {
  for (const entry of more) {
    if (!into.some((e) => e.ref?.path === entry.ref?.path)) into.push(entry);
  }
}

/** The outcomes, modules and courses above a note: what lists it, and what lists those, up to the courses. */
export function notesAbove(index: IndexData, path: string): { outcomes: LinkedNote[]; modules: LinkedNote[]; courses: LinkedNote[] } {
  const kind = index.note(path)?.kind;
  const outcomes = kind === "lens" ? usersOf(index, path, "learning-outcome") : [];
  const modules = kind === "module" ? [] : usersOf(index, path, "module");
  for (const outcome of outcomes) if (outcome.ref) addDistinct(modules, modulesUsing(index, outcome.ref.path));
  const courses: LinkedNote[] = [];
  const moduleRefs = kind === "module" ? [path] : modules.flatMap((m) => (m.ref ? [m.ref.path] : []));
  for (const module of moduleRefs) addDistinct(courses, coursesUsing(index, module));
  return { outcomes, modules, courses };
}

/** The quoted text of a segment's `from::` or `to::` field, without its quotes; null when absent. */
export function anchorText(note: ParsedNote, sectionIndex: number, key: "from" | "to"): string | null {
  const field = note.sections[sectionIndex]?.fields.find((f) => f.key === key);
  if (!field) return null;
  const value = field.value.trim();
  return value.replace(/^"([\s\S]*)"$/, "$1");
}

/** Lens notes (and modules with inline lenses) whose article or video segments take their text from `path`. */
export function excerptsOf(index: IndexData, path: string): ExcerptEntry[] {
  const out: ExcerptEntry[] = [];
  const seen = new Set<string>();
  for (const record of index.incoming(path)) {
    const from = record.edge.from;
    if (!record.lens || record.edge.relation !== "source" || seen.has(from) || from === path) continue;
    const note = index.note(from);
    const lens = refOf(index, from);
    if (!note || !lens || (note.kind !== "lens" && note.kind !== "module")) continue;
    seen.add(from);
    note.sections.forEach((section, i) => {
      if (section.type !== "article" && section.type !== "video") return;
      const link = sourceLink(note, i);
      if (!link || resolvedTarget(index, note, link) !== path) return;
      out.push({ lens, line: link.line, from: anchorText(note, i, "from"), to: anchorText(note, i, "to") });
    });
  }
  return out;
}
