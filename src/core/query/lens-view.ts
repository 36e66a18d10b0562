// What a lens note holds, for its sidebar view: its segments in order and the distinct articles and videos they excerpt.
import type { IndexData } from "../index/index-data";
import { optionalFlag } from "../index/edge-record";
import type { LinkedNote, NoteRef, ParsedNote, SegmentEntry } from "../model";
import { linkedNote, segmentSources, sourceLink } from "./lens-entries";
import { anchorText } from "./used-by";

const LABEL_FIELDS = ["content", "instructions"];
const MAX_LABEL = 120;

function firstLine(value: string): string {
  const line = value.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
  return line.length > MAX_LABEL ? `${line.slice(0, MAX_LABEL - 1)}…` : line;
}

/** The segments of a lens note (every section with no Lens section above it that is itself a segment's parent). */
export function lensSegments(index: IndexData, note: ParsedNote): SegmentEntry[] {
  const out: SegmentEntry[] = [];
  note.sections.forEach((section, i) => {
    if (section.type === "lens" || section.type === "submodule") return;
    const isExcerpt = section.type === "article" || section.type === "video";
    const link = isExcerpt ? sourceLink(note, i) : null;
    const labelField = section.fields.find((f) => LABEL_FIELDS.includes(f.key) && f.value.trim() !== "");
    out.push({
      type: section.type,
      label: section.title || (labelField ? firstLine(labelField.value) : ""),
      line: section.line,
      optional: optionalFlag(note.sections, i),
      source: isExcerpt ? linkedNote(index, note, link, section.line, optionalFlag(note.sections, i)) : null,
      from: isExcerpt ? anchorText(note, i, "from") : null,
      to: isExcerpt ? anchorText(note, i, "to") : null,
    });
  });
  return out;
}

/** The distinct notes the segments excerpt, in order; unresolved links are kept (each once) so they show as broken. */
export function distinctSources(segments: SegmentEntry[]): LinkedNote[] {
  const out: LinkedNote[] = [];
  const seen = new Set<string>();
  for (const segment of segments) {
    const source = segment.source;
    if (!source || (source.ref === null && source.target === "")) continue;
    const key = source.ref?.path ?? `\0${source.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(source);
  }
  return out;
}

/** The notes "Go to source" offers: the resolved articles and videos a lens (or a module's inline lenses) excerpts. */
export function excerptedNotes(index: IndexData, path: string): NoteRef[] {
  const note = index.note(path);
  if (!note || (note.kind !== "lens" && note.kind !== "module")) return [];
  const sources = note.kind === "lens" ? distinctSources(lensSegments(index, note)) : segmentSources(index, note, null);
  const seen = new Set<string>();
  return sources.flatMap((s) => (s.ref && !seen.has(s.ref.path) && seen.add(s.ref.path) ? [s.ref] : []));
}
