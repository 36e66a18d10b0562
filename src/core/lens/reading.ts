// One reading of each note as the Lens platform publishes it: CriticMarkup rejected before anything is parsed,
// links inside suggestions warned about, the tier, and for Lens notes their sections and segments as the platform sees them.
import type { Diagnostic, LensReading, LensSection, ParsedNote } from "../model";
import { suggestionRanges, RangeCursor } from "../parse/criticmarkup";
import { isLensKind } from "../parse/kind";
import { splitLines } from "../parse/lines";
import { maskLines } from "../parse/masking";
import { findLinkSpans } from "../parse/wikilinks";
import { rejectCriticMarkup, stripObsidianComments } from "./platform-text";
import { COURSE_TYPES, MODULE_TYPES, OUTCOME_TYPES, SEGMENT_TYPES } from "./schema";
import { allSections } from "./all-sections";
import { readSections } from "./read-sections";
import { LensReport } from "./report";
import { lensNoteChecks, schemaKind } from "./note-checks";

/** Parses `text` as the platform reads it (`parse` is the plain parser) and adds the platform's view of the note. */
export function withPlatformReading(path: string, text: string, parse: (text: string) => ParsedNote): ParsedNote {
  const platform = rejectCriticMarkup(text);
  const note = parse(platform);
  const extra: Diagnostic[] = platform === text ? [] : linksInSuggestions(path, text);
  note.tier = lensTierOf(note);
  const report = new LensReport(path);
  const schema = schemaKind(note);
  if (schema !== null) {
    // A transcript's checks read only its frontmatter: its (often very long) body is not split again.
    const checked = schema === "video-transcript" ? headLines(platform, note.frontmatterLines) : platform;
    const lines = splitLines(stripObsidianComments(checked)).map((l) => l.trimEnd());
    if (isLensKind(note.kind)) note.lens = readLens(note, lines, report);
    lensNoteChecks(note, lines, report);
  }
  extra.push(...report.list);
  if (extra.length > 0) note.diagnostics = [...note.diagnostics, ...extra].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return note;
}

/** The text of the first `count` lines (and a little more), enough for checks that read only the frontmatter. */
function headLines(text: string, count: number): string {
  let end = -1;
  for (let i = 0; i <= count; i++) {
    end = text.indexOf("\n", end + 1);
    if (end === -1) return text;
  }
  return text.slice(0, end);
}

function lensTierOf(note: ParsedNote): ParsedNote["tier"] {
  const tags = note.frontmatter?.tags;
  if (!Array.isArray(tags)) return "production";
  const names = tags.map((t) => String(t).toLowerCase());
  if (names.includes("validator-ignore")) return "ignored";
  if (names.includes("wip") || names.includes("work-in-progress")) return "wip";
  return "production";
}

/** The sections of a course, module, learning outcome or lens, read by the platform's rules for that kind. */
function readLens(note: ParsedNote, lines: readonly string[], report: LensReport): LensReading {
  const from = note.frontmatterLines;
  const to = lines.length;
  const bodyLine = from + 1;
  switch (note.kind) {
    case "lens":
      return { bodyLine, sections: readSections(lines, { from, to, parentLevel: 3, types: SEGMENT_TYPES, flat: true }, report) };
    case "course":
      return { bodyLine, sections: readSections(lines, { from, to, parentLevel: 0, types: COURSE_TYPES, flat: false }, report) };
    default: {
      const types = note.kind === "module" ? MODULE_TYPES : OUTCOME_TYPES;
      const sections = readSections(lines, { from, to, parentLevel: 0, types, flat: false }, report);
      for (const section of allSections(sections)) attachSegments(note, lines, section, report);
      return { bodyLine, sections };
    }
  }
}

/** An inline lens (a module's `# Lens:` with `id::` and no `source::` before its segments) or a test holds segments. */
function attachSegments(note: ParsedNote, lines: readonly string[], section: LensSection, report: LensReport): void {
  const holds = (note.kind === "module" && section.type === "lens" && isInlineLens(section)) || section.type === "test";
  if (!holds) return;
  section.children = readSections(
    lines,
    { from: section.line, to: section.endLine, parentLevel: section.level, types: SEGMENT_TYPES, flat: true },
    report,
  );
}

/** A module's Lens section is inline unless a `source::` field comes before its first deeper heading. */
export function isInlineLens(section: LensSection): boolean {
  return !section.fields.some((f) => f.key === "source" && f.scope === 0);
}

/** Warnings for wikilinks written inside a pending CriticMarkup change (read on the text as written). */
function linksInSuggestions(path: string, text: string): Diagnostic[] {
  const lines = splitLines(text);
  const masked = maskLines(lines, 0);
  const ranges = suggestionRanges(masked, 0);
  const out: Diagnostic[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!ranges[i]) continue;
    const cursor = new RangeCursor(ranges[i]);
    for (const span of findLinkSpans(masked[i] ?? "", lines[i] ?? "")) {
      if (!cursor.contains(span.start)) continue;
      const raw = span.raw.length > 80 ? `${span.raw.slice(0, 79)}…` : span.raw;
      out.push({ file: path, line: i + 1, severity: "warning", code: "link-in-suggestion", message: `Link ${raw} sits inside a pending CriticMarkup suggestion` });
    }
  }
  return out;
}
