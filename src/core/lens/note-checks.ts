// The Lens platform's checks of one note, by kind: frontmatter, sections, fields and segments (links across notes: vault-checks).
import type { LensField, LensSection, ParsedNote } from "../model";
import { frontmatterChecks, isUuid } from "./frontmatter-checks";
import { readPlatformLink } from "./platform-links";
import type { LensReport } from "./report";
import { allSections } from "./all-sections";
import { articleBodyChecks } from "./article-checks";
import { closest, KNOWN_FIELDS, type SchemaKind } from "./schema";
import { lastFields, segmentChecks, sourceSyntax } from "./segment-checks";

/** The platform's kind for frontmatter checks: Lens kinds as read, articles and transcripts by their folder. */
export function schemaKind(note: ParsedNote): SchemaKind | null {
  switch (note.kind) {
    case "module":
    case "course":
    case "lens":
    case "learning-outcome":
      return note.kind;
  }
  const folders = note.path.split("/").slice(0, -1);
  if (folders.includes("articles")) return "article";
  if (folders.includes("video_transcripts")) return "video-transcript";
  return null;
}

export function lensNoteChecks(note: ParsedNote, lines: readonly string[], report: LensReport): void {
  const kind = schemaKind(note);
  if (kind) frontmatterChecks(note, kind, lines, report);
  if (kind === "article" && note.frontmatter) articleBodyChecks(lines, note.frontmatterLines, report);
  const lens = note.lens;
  if (!lens) return;
  const sections = lens.sections;
  switch (note.kind) {
    case "lens":
      segmentChecks(sections, lens.bodyLine, "Lens", report);
      break;
    case "module":
      if (sections.length === 0) report.warn(lens.bodyLine, "no-sections", "Module has no sections");
      submoduleBoundaries(sections, report);
      for (const s of allSections(sections)) moduleSection(s, report);
      break;
    case "learning-outcome":
      outcomeChecks(sections, lens.bodyLine, report);
      break;
    case "course":
      for (const s of sections) courseSection(s, report);
      break;
  }
}

/**
 * Once a Submodule exists, every section must come after one. In a module a marker holds its deeper sections and the
 * sibling sections that follow it, and one that holds neither is empty; in an outcome every section must be inside one.
 */
function submoduleBoundaries(sections: readonly LensSection[], report: LensReport, inOutcome = false): void {
  const first = sections.findIndex((s) => s.type === "submodule");
  if (first < 0) return;
  const outside = inOutcome ? sections.find((s) => s.type !== "submodule") : first > 0 ? sections[0] : undefined;
  if (outside) {
    report.error(outside.line, "outside-submodule", "Content found outside submodule boundaries: with Submodule markers, all content must be inside a submodule");
  }
  if (inOutcome) return;
  sections.forEach((s, i) => {
    if (s.type !== "submodule" || s.children.length > 0) return;
    const next = sections[i + 1];
    if (next && next.type !== "submodule") return;
    const where = next ? "no content before next submodule" : "no content after this marker";
    report.error(s.line, "empty-submodule", `Submodule "${s.title}" is empty: ${where}`);
  });
}

/** The section's own `source::` (before any heading inside it). */
function sectionSource(section: LensSection): LensField | undefined {
  return section.fields.filter((f) => f.key === "source" && f.scope === 0).pop();
}

function moduleSection(section: LensSection, report: LensReport): void {
  if (section.type === "learning-outcome") {
    const source = sectionSource(section);
    if (!source || source.value === "") report.error(source?.line ?? section.line, "empty-link-field", "Learning Outcome section missing source:: field");
    else sourceSyntax(source, report);
  } else if (section.type === "lens") {
    const source = sectionSource(section);
    if (source) {
      if (source.value === "") report.error(source.line, "empty-link-field", "Lens section has an empty source:: field");
      else sourceSyntax(source, report);
      return;
    }
    const id = lastFields(section).get("id");
    if (!id || id.value.trim() === "") {
      report.error(section.line, "missing-inline-id", `Lens section '${section.title}' has neither source:: nor id:: (an inline lens needs an id:: and segments)`);
      return;
    }
    if (!isUuid(id.value)) report.error(id.line, "invalid-uuid", `Invalid UUID format for section id: '${id.value}'`);
    segmentChecks(section.children, section.line, "Inline lens", report);
  }
}

function outcomeChecks(sections: readonly LensSection[], bodyLine: number, report: LensReport): void {
  submoduleBoundaries(sections, report, true);
  let lenses = 0;
  for (const section of allSections(sections)) {
    for (const f of section.fields) {
      if (KNOWN_FIELDS.includes(f.key) || f.scope !== 0) continue;
      const near = closest(f.key, KNOWN_FIELDS);
      if (near) report.warn(f.line, "field-typo", `Unrecognized field '${f.key}' (did you mean '${near}'?)`);
    }
    if (section.type === "lens") {
      const source = sectionSource(section);
      if (!source || source.value === "") report.error(source?.line ?? section.line, "empty-link-field", "Lens section missing source:: field");
      else {
        sourceSyntax(source, report);
        // The platform drops a lens whose link it cannot read or that is not a relative path.
        const link = readPlatformLink(source.value);
        if (link && !link.error && link.path.includes("/")) lenses++;
      }
    } else if (section.type === "test") {
      const source = sectionSource(section);
      if (source && source.value !== "") sourceSyntax(source, report);
      segmentChecks(section.children, null, "Test", report);
    }
  }
  if (lenses === 0) {
    report.error(bodyLine, "no-lens", "Learning Outcome must have at least one ## Lens: section");
  }
}

function courseSection(section: LensSection, report: LensReport): void {
  if (section.type === "module" && !readPlatformLink(section.title)) {
    report.error(section.line, "section-title", `Module section must have a wikilink in its title, got: "${section.title}"`);
  } else if (section.type === "meeting" && section.title.trim() === "") {
    report.error(section.line, "section-title", "Meeting section must have a name in its title");
  }
}
