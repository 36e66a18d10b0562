// parseNote: one note's text to a ParsedNote, read by small readers (frontmatter, masking, fields, links, sections, outline).
import type { BlockId, Diagnostic, MosaicSettings, ParsedNote, Section, WikiLink } from "../model";
import { suggestionRanges } from "./criticmarkup";
import { detachStrings } from "./detach";
import { FieldReader } from "./field-reader";
import { normalizeKey } from "./fields";
import { frontmatterLinks } from "./frontmatter-links";
import { parseFrontmatter } from "./frontmatter";
import { noteSummary } from "./summary";
import { isLensKind, noteKind } from "./kind";
import { withPlatformReading } from "../lens/reading";
import { lineShape, type LineShape } from "./line-shape";
import { readLineLinks } from "./link-reader";
import { splitLines } from "./lines";
import { maskLines } from "./masking";
import { basename, lensId, noteTitle } from "./note-meta";
import { OutlineReader } from "./outline-reader";
import { prescanBody } from "./prescan";
import { parseSectionHeader, SectionTracker } from "./sections";

/** Parses one note. Never throws: anything unexpected in the text becomes a diagnostic or is read as plain text. */
export function parseNote(path: string, text: string, settings: MosaicSettings): ParsedNote {
  try {
    return detachStrings(withPlatformReading(path, text, (platformText) => parseNoteText(path, platformText, settings)));
  } catch (e) {
    // A last safety net: a parser bug must not take the index down with it.
    return unreadableNote(path, e instanceof Error ? e.message : String(e));
  }
}

function unreadableNote(path: string, reason: string): ParsedNote {
  return {
    path,
    title: basename(path),
    kind: "other",
    tags: [],
    frontmatter: null,
    frontmatterLines: 0,
    id: null,
    fields: [],
    links: [],
    headings: [],
    blockIds: [],
    sections: [],
    outline: [],
    contentOutline: [],
    tier: "production",
    lens: null,
    summary: null,
    diagnostics: [{ file: path, line: null, severity: "error", code: "unreadable-file", message: `Could not parse this note: ${reason}` }],
  };
}

/** Lens sections: opened by `# Type: title` headings the note's kind allows; every line belongs to the innermost. */
class SectionReader {
  readonly sections: Section[] = [];
  private readonly tracker;

  constructor(private readonly enabled: boolean, kind: ParsedNote["kind"]) {
    this.tracker = new SectionTracker(kind);
  }

  /** Opens a section at an accepted heading; returns the innermost open section's index (null outside Lens notes). */
  read(shape: LineShape): number | null {
    if (!this.enabled) return null;
    const header = shape.heading ? parseSectionHeader(shape.raw) : null;
    const accepted = header ? this.tracker.accept(header) : undefined;
    if (header && accepted) {
      this.tracker.open(accepted.keep, this.sections.length, header);
      this.sections.push({ type: header.type, title: header.title, level: header.level, line: shape.lineNo, parent: accepted.parent, fields: [] });
    }
    return this.tracker.current();
  }
}

function parseNoteText(path: string, text: string, settings: MosaicSettings): ParsedNote {
  const lines = splitLines(text);
  const fm = parseFrontmatter(lines);
  const diagnostics: Diagnostic[] = [];
  if (fm.error) {
    diagnostics.push({ file: path, line: fm.error.line, severity: "error", code: "malformed-yaml", message: fm.error.message });
  }
  const frontmatter = fm.data;
  const masked = maskLines(lines, fm.bodyStart);
  const suggestions = suggestionRanges(masked, fm.bodyStart);
  const { linkSpans, tags } = prescanBody(lines, masked, fm.bodyStart, frontmatter);
  const kind = noteKind(path, tags, settings);
  const lensKind = isLensKind(kind);

  // Frontmatter `parent:`/`up:` (and relation keys) hold links like the inline fields of the same names.
  const linkKeys = new Set([...settings.parentFields, ...settings.relationFields].map(normalizeKey));
  const links: WikiLink[] = frontmatterLinks(frontmatter, lines, fm.lines, linkKeys);
  const blockIds: BlockId[] = [];
  const fieldReader = new FieldReader(lensKind);
  const sectionReader = new SectionReader(lensKind, kind);
  const outlineReader = new OutlineReader(path, diagnostics);

  for (let i = fm.bodyStart; i < lines.length; i++) {
    const shape = lineShape(lines[i] ?? "", masked[i] ?? "", i + 1);
    if (fieldReader.advance(shape)) outlineReader.content.closeLists();
    const inContent = fieldReader.openBlockKey() === "content";
    const section = sectionReader.read(shape);
    if (shape.blockId) blockIds.push({ id: shape.blockId.id, line: shape.lineNo });

    const fields = fieldReader.read(shape, outlineReader.listItemLine(shape), section);
    for (const f of fields) if (f.section !== null) sectionReader.sections[f.section]?.fields.push(f);

    const spans = linkSpans[i];
    if (spans) {
      const blockOwner = fieldReader.blockOwner(shape);
      readLineLinks(path, { shape, spans, fields, blockOwner, section, suggestions: suggestions[i] }, links, diagnostics);
    }
    outlineReader.read({ shape, fields, inContent, nextMasked: masked[i + 1] ?? "" });
  }
  if (fieldReader.endBlock()) outlineReader.content.closeLists();

  const sections = sectionReader.sections;

  return {
    path,
    title: noteTitle(path, frontmatter),
    kind,
    tags,
    frontmatter,
    frontmatterLines: fm.lines,
    id: lensId(kind, frontmatter),
    fields: fieldReader.fields,
    links,
    headings: outlineReader.headings,
    blockIds,
    sections,
    outline: outlineReader.outline.roots,
    contentOutline: outlineReader.content.roots,
    tier: "production",
    lens: null,
    summary: noteSummary(frontmatter, lines, masked, fm.bodyStart),
    diagnostics: diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
}
