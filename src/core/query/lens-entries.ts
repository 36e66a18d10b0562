// Lens structure read from sections: a section's `source::` link, resolved, and the outcomes, lenses and sources below it.
import type { IndexData } from "../index/index-data";
import { optionalFlag } from "../index/edge-record";
import { FIELD } from "../field-names";
import type { LensEntry, LinkedNote, NoteRef, OutcomeEntry, ParsedNote, WikiLink } from "../model";

export function refOf(index: IndexData, path: string): NoteRef | null {
  const note = index.note(path);
  return note ? { path, title: note.title, kind: note.kind } : null;
}

/** The first link of the section's `source::` field, or null. */
export function sourceLink(note: ParsedNote, sectionIndex: number): WikiLink | null {
  const section = note.sections[sectionIndex];
  const field = section?.fields.find((f) => f.key === FIELD.source && f.links.length > 0);
  return field?.links[0] ?? null;
}

/** Where a link of `note` resolved to, from the index's edges. */
export function resolvedTarget(index: IndexData, note: ParsedNote, link: WikiLink): string | null {
  const record = index
    .outgoing(note.path)
    .find((r) => r.edge.line === link.line && r.column === link.column && r.edge.target === link.path);
  return record?.edge.to ?? null;
}

export function linkedNote(index: IndexData, note: ParsedNote, link: WikiLink | null, line: number, optional: boolean): LinkedNote {
  if (!link) return { ref: null, target: "", line, optional };
  const to = resolvedTarget(index, note, link);
  return { ref: to === null ? null : refOf(index, to), target: link.path, line: link.line, optional };
}

/** The outcome sentence of a learning-outcome note (frontmatter `learning-outcome:`), or null. */
export function outcomeSentence(note: ParsedNote | undefined): string | null {
  const text = note?.frontmatter?.["learning-outcome"];
  return typeof text === "string" && text.trim() !== "" ? text.trim() : null;
}

/** Article and video segments with a `source::`, below `parent` (a section index) or anywhere when parent is null. */
export function segmentSources(index: IndexData, note: ParsedNote, parent: number | null): LinkedNote[] {
  const out: LinkedNote[] = [];
  note.sections.forEach((section, i) => {
    if (section.type !== "article" && section.type !== "video") return;
    if (parent !== null && !descendsFrom(note, i, parent)) return;
    const link = sourceLink(note, i);
    if (link) out.push(linkedNote(index, note, link, section.line, optionalFlag(note.sections, i)));
  });
  return out;
}

export function descendsFrom(note: ParsedNote, index: number, ancestor: number): boolean {
  let current = note.sections[index]?.parent ?? null;
  for (let guard = 0; current !== null && guard < note.sections.length; guard++) {
    if (current === ancestor) return true;
    current = note.sections[current]?.parent ?? null;
  }
  return false;
}

/** The `lens` sections of a note (a module's or an outcome's), as lens entries with their sources. */
export function lensSections(index: IndexData, note: ParsedNote, forceOptional: boolean): LensEntry[] {
  const out: LensEntry[] = [];
  note.sections.forEach((section, i) => {
    if (section.type !== "lens") return;
    const optional = forceOptional || optionalFlag(note.sections, i);
    const link = sourceLink(note, i);
    if (link) {
      const entry = linkedNote(index, note, link, section.line, optional);
      const target = entry.ref ? index.note(entry.ref.path) : undefined;
      out.push({
        ...entry,
        title: target?.title ?? (section.title || link.path),
        inline: false,
        sources: target ? segmentSources(index, target, null) : [],
      });
      return;
    }
    out.push({
      ref: refOf(index, note.path),
      target: note.path,
      line: section.line,
      optional,
      title: section.title,
      inline: true,
      sources: segmentSources(index, note, i),
    });
  });
  return out;
}

/** A module's `# Learning Outcome:` sections in order, each with the outcome's title, sentence and lenses. */
export function moduleOutcomes(index: IndexData, module: ParsedNote): OutcomeEntry[] {
  const out: OutcomeEntry[] = [];
  module.sections.forEach((section, i) => {
    if (section.type !== "learning-outcome") return;
    const optional = optionalFlag(module.sections, i);
    const entry = linkedNote(index, module, sourceLink(module, i), section.line, optional);
    const outcome = entry.ref ? index.note(entry.ref.path) : undefined;
    out.push({
      ...entry,
      title: outcome?.title ?? (section.title || entry.target),
      sentence: outcomeSentence(outcome),
      lenses: outcome ? lensSections(index, outcome, optional) : [],
    });
  });
  return out;
}
