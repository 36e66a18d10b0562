// Lens checks the parser can make on one note: frontmatter presence, required keys, and empty `source::` fields.
import type { Diagnostic, NoteKind, Section } from "../model";
import { FIELD } from "../field-names";

const REQUIRED: Partial<Record<NoteKind, readonly string[]>> = {
  module: ["slug", "title"],
  course: ["slug", "title"],
  "learning-outcome": ["id"],
  lens: ["id"],
};

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

export interface LensCheckInput {
  path: string;
  kind: NoteKind;
  frontmatterState: "none" | "ok" | "malformed";
  frontmatter: Record<string, unknown> | null;
  sections: readonly Section[];
}

export function lensDiagnostics(note: LensCheckInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { path: file, kind, frontmatter } = note;
  if (note.frontmatterState === "none") {
    out.push({ file, line: 1, severity: "error", code: "missing-frontmatter", message: `A ${kind} note needs a frontmatter block` });
  }
  if (frontmatter) {
    for (const key of REQUIRED[kind] ?? []) {
      if (isEmpty(frontmatter[key])) {
        out.push({ file, line: 2, severity: "error", code: "missing-field", message: `Missing required frontmatter field '${key}'` });
      }
    }
    if (kind === "module" && isEmpty(frontmatter.contentId) && isEmpty(frontmatter.id)) {
      out.push({ file, line: 2, severity: "warning", code: "missing-field", message: "Module has no contentId or id in its frontmatter" });
    }
  }
  for (const section of note.sections) {
    const sources = section.fields.filter((f) => f.key === FIELD.source);
    for (const f of sources) {
      if (f.links.length === 0) {
        const what = f.value === "" ? "is empty" : "holds no wikilink";
        out.push({ file, line: f.line, severity: "error", code: "empty-link-field", message: `source:: in '${section.type}' section ${what}` });
      }
    }
    const needsSource =
      (kind === "module" && section.type === "learning-outcome") || (kind === "learning-outcome" && section.type === "lens");
    if (needsSource && sources.length === 0) {
      out.push({ file, line: section.line, severity: "error", code: "empty-link-field", message: `'${section.type}' section has no source:: field` });
    }
  }
  return out;
}
