// The links a Lens note makes by the platform's rules (`source::` values, a course's `# Module:` titles), with their line.
import type { LensSection, ParsedNote } from "../model";
import { allSections } from "./all-sections";
import { lastFields } from "./segment-checks";

export interface LensReference {
  /** The value as written (one wikilink). */
  value: string;
  line: number;
  /** What the target is, in the platform's words: `lens`, `learning outcome`, `article`, `video transcript`, `module`. */
  label: string;
  /** The platform wants a relative path here (lens segments, an outcome's lenses). */
  relative: boolean;
  /** An article segment's excerpt anchors, or a video segment's times, with the lines they are written on. */
  from?: string;
  to?: string;
  fromLine?: number;
  toLine?: number;
}

function own(section: LensSection): { value: string; line: number } | null {
  const f = section.fields.filter((x) => x.key === "source" && x.scope === 0).pop();
  return f && f.value !== "" ? { value: f.value, line: f.line } : null;
}

function segmentRefs(segments: readonly LensSection[]): LensReference[] {
  const out: LensReference[] = [];
  for (const segment of segments) {
    if (segment.type !== "article" && segment.type !== "video") continue;
    const fields = lastFields(segment);
    const source = fields.get("source");
    if (!source || source.value === "") continue;
    const ref: LensReference = { value: source.value, line: source.line, label: segment.type === "article" ? "article" : "video transcript", relative: true };
    const from = fields.get("from");
    const to = fields.get("to");
    if (from?.value) Object.assign(ref, { from: from.value, fromLine: from.line });
    if (to?.value) Object.assign(ref, { to: to.value, toLine: to.line });
    out.push(ref);
  }
  return out;
}

export function lensReferences(note: ParsedNote): LensReference[] {
  const sections = note.lens?.sections ?? [];
  const out: LensReference[] = [];
  switch (note.kind) {
    case "lens":
      return segmentRefs(sections);
    case "course":
      for (const s of sections) if (s.type === "module") out.push({ value: s.title, line: s.line, label: "module", relative: false });
      return out;
    case "module":
    case "learning-outcome":
      for (const s of allSections(sections)) {
        const source = own(s);
        if (s.type === "learning-outcome" && source) out.push({ ...source, label: "learning outcome", relative: false });
        if (s.type === "lens" && source) out.push({ ...source, label: "lens", relative: note.kind === "learning-outcome" });
        if (s.type === "test" && source) out.push({ ...source, label: "test", relative: false });
        out.push(...segmentRefs(s.children));
      }
      return out;
    default:
      return out;
  }
}
