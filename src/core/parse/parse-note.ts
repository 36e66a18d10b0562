// parseNote: one note's text to a ParsedNote (frontmatter, tags, kind, fields, links, sections, outlines, diagnostics).
import type {
  BlockId,
  Diagnostic,
  Field,
  Heading,
  MosaicSettings,
  NoteKind,
  OutlineItem,
  ParsedNote,
  Section,
  WikiLink,
} from "../model";
import { RangeCursor, suggestionRanges } from "./criticmarkup";
import { parseBracketFields, parseLineField, type BracketField, type LineField } from "./fields";
import { parseFrontmatter } from "./frontmatter";
import { isLensKind, noteKind } from "./kind";
import { withPlatformReading } from "../lens/reading";
import { isPlatformField } from "../lens/read-sections";
import { contextAround, indentLength, isBlankLine, splitLines, visualColumn } from "./lines";
import { maskLines } from "./masking";
import {
  isQuestionLike,
  OutlineBuilder,
  parseHeadingLine,
  parseListItem,
  standaloneBlockId,
  trailingBlockId,
  type ListItemLine,
} from "./outline";
import { parseSectionHeader, SectionTracker } from "./sections";
import { blankRanges, frontmatterTags, parseInlineTags, urlRanges } from "./tags";
import { findLinkSpans, type LinkSpan } from "./wikilinks";

function basename(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

function scalarString(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

function lensId(kind: NoteKind, fm: Record<string, unknown> | null): string | null {
  if (!fm) return null;
  if (kind === "module") return scalarString(fm.contentId) ?? scalarString(fm.id);
  return scalarString(fm.id);
}

interface Range {
  start: number;
  end: number;
}

const MULTI_SPACE = /\s\s|[\t\n\r\f\v\u00a0]/;

/** The raw line between `from` and `to` without the removed column ranges, whitespace collapsed and trimmed. */
function cleanText(raw: string, from: number, to: number, removed: Range[]): string {
  removed.sort((a, b) => a.start - b.start);
  let out = "";
  let at = from;
  for (const r of removed) {
    if (r.end <= at || r.start >= to) continue;
    out += raw.slice(at, Math.max(at, r.start));
    at = Math.max(at, r.end);
  }
  if (at < to) out += raw.slice(at, to);
  return (MULTI_SPACE.test(out) ? out.replace(/\s+/g, " ") : out).trim();
}

function shortText(text: string, max = 100): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// Shared empty arrays for the many lines without fields (never written to).
const NO_BRACKETS: BracketField[] = [];
const NO_FIELDS: Field[] = [];

interface OpenBlock {
  field: Field;
  key: string;
  lines: string[];
  /** The value written on the key's line. */
  inline: string;
}

interface LineFields {
  brackets: BracketField[];
  line: LineField | null;
}

/** Parses one note. Never throws: anything unexpected in the text becomes a diagnostic or is read as plain text. */
export function parseNote(path: string, text: string, settings: MosaicSettings): ParsedNote {
  try {
    return withPlatformReading(path, text, (platformText) => parseNoteText(path, platformText, settings));
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
    diagnostics: [{ file: path, line: null, severity: "error", code: "unreadable-file", message: `Could not parse this note: ${reason}` }],
  };
}

function parseNoteText(path: string, text: string, settings: MosaicSettings): ParsedNote {
  const lines = splitLines(text);
  const fm = parseFrontmatter(lines);
  const diagnostics: Diagnostic[] = [];
  if (fm.error) {
    diagnostics.push({ file: path, line: fm.error.line, severity: "error", code: "malformed-yaml", message: fm.error.message });
  }
  const frontmatter = fm.data;
  const bodyStart = fm.bodyStart;
  const masked = maskLines(lines, bodyStart);
  const suggestions = suggestionRanges(masked, bodyStart);

  // Pass 1: links (kept per line) and inline tags, which decide the kind before sections can be read.
  const linkSpans: (LinkSpan[] | undefined)[] = new Array<LinkSpan[] | undefined>(lines.length);
  const tagSet = new Set<string>(frontmatterTags(frontmatter));
  for (let i = bodyStart; i < lines.length; i++) {
    const m = masked[i] ?? "";
    const spans = m.includes("[[") ? findLinkSpans(m, lines[i] ?? "") : [];
    if (spans.length > 0) linkSpans[i] = spans;
    if (m.includes("#")) {
      const blanked = blankRanges(m, [...spans, ...urlRanges(m)].sort((a, b) => a.start - b.start));
      for (const t of parseInlineTags(blanked)) tagSet.add(t);
    }
  }
  const tags = [...tagSet];
  const kind = noteKind(path, tags, settings);
  const lensKind = isLensKind(kind);

  const fields: Field[] = [];
  const links: WikiLink[] = [];
  const headings: Heading[] = [];
  const blockIds: BlockId[] = [];
  const sections: Section[] = [];
  const tracker = new SectionTracker(kind);
  const outline = new OutlineBuilder();
  const content = new OutlineBuilder();
  let block: OpenBlock | null = null;
  let prevWasItemOrGlued = false;
  let prevBlank = false;
  let openItemLine: number | null = null;
  let openItemContentColumn = 0;

  const endBlock = (): void => {
    if (!block) return;
    block.field.value = block.lines.join("\n").trim();
    // A Lens field that could have run on but did not reads as an ordinary line field.
    if (block.inline !== "" && block.field.value === block.inline) block.field.form = "line";
    block = null;
    content.closeLists();
  };

  for (let i = bodyStart; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const m = masked[i] ?? "";
    const lineNo = i + 1;
    const isBlank = isBlankLine(m);
    // Structure is detected on the masked line, text positions are taken from the raw one (code is visible text).
    const heading = isBlank || !parseHeadingLine(m) ? null : parseHeadingLine(raw);
    const item = heading || isBlank || !parseListItem(m) ? null : parseListItem(raw);
    const hasColons = m.includes("::");
    const lf: LineFields = { brackets: hasColons ? parseBracketFields(m, raw) : NO_BRACKETS, line: null };
    if (!heading && lf.brackets.length === 0 && hasColons) lf.line = parseLineField(m, raw);
    // In Lens notes only a platform field (`key::` at column 0) ends a block, and every such field may run on.
    const startsBlockOrEnds = lf.line !== null && !lf.line.inListItem && (!lensKind || isPlatformField(raw));

    if (heading || startsBlockOrEnds) endBlock();
    else if (block) block.lines.push(raw);
    const inContent = block !== null && block.key === "content";

    // Sections open at headings; everything on the line then belongs to the innermost one.
    if (heading && lensKind) {
      const header = parseSectionHeader(raw);
      const accepted = header ? tracker.accept(header) : undefined;
      if (header && accepted) {
        tracker.open(accepted.keep, sections.length, header);
        sections.push({ type: header.type, title: header.title, level: header.level, line: lineNo, parent: accepted.parent, fields: [] });
      }
    }
    const section = lensKind ? tracker.current() : null;

    const bid = isBlank ? null : trailingBlockId(m);
    if (bid) blockIds.push({ id: bid.id, line: lineNo });

    // Fields of this line.
    const glued = !heading && !item && !isBlank && prevWasItemOrGlued && !startsBlockOrEnds;
    const listItemLine = item ? lineNo : openItemLine;
    const lineFieldRecords: Field[] = lf.brackets.length === 0 && !lf.line ? NO_FIELDS : [];
    for (const b of lf.brackets) {
      lineFieldRecords.push({ key: b.key, rawKey: b.rawKey, value: b.value, links: [], line: lineNo, form: b.form, listItemLine, section });
    }
    if (lf.line) {
      const isBlock = lensKind ? startsBlockOrEnds : !lf.line.inListItem && lf.line.value === "";
      const f: Field = {
        key: lf.line.key,
        rawKey: lf.line.rawKey,
        value: lf.line.value,
        links: [],
        line: lineNo,
        form: isBlock ? "block" : "line",
        listItemLine,
        section,
      };
      lineFieldRecords.push(f);
      if (isBlock) block = { field: f, key: f.key, lines: f.value === "" ? [] : [f.value], inline: f.value };
    }
    for (const f of lineFieldRecords) {
      fields.push(f);
      if (f.section !== null) sections[f.section]?.fields.push(f);
    }

    // Links of this line, each attributed to the field whose value holds it.
    const spans = linkSpans[i];
    if (spans) {
      const trimmed = raw.trim();
      const leading = indentLength(raw);
      const cursor = new RangeCursor(suggestions[i]);
      let bIdx = 0;
      for (const s of spans) {
        let owner: Field | null = null;
        while (bIdx < lf.brackets.length && (lf.brackets[bIdx]?.end ?? 0) <= s.start) bIdx++;
        const br = lf.brackets[bIdx];
        if (br && br.start <= s.start) owner = lineFieldRecords[bIdx] ?? null;
        else if (lf.line && s.start >= lf.line.valueStart) owner = lineFieldRecords[lineFieldRecords.length - 1] ?? null;
        else if (block && !startsBlockOrEnds) owner = block.field;
        const link: WikiLink = {
          raw: s.raw,
          path: s.path,
          subpath: s.subpath,
          alias: s.alias,
          embed: s.embed,
          line: lineNo,
          column: s.start,
          context: contextAround(trimmed, leading, s.start),
          field: owner ? owner.key : null,
          section,
        };
        links.push(link);
        if (owner) owner.links.push(link);
        if (cursor.contains(s.start)) {
          diagnostics.push({
            file: path,
            line: lineNo,
            severity: "warning",
            code: "link-in-suggestion",
            message: `Link ${shortText(s.raw, 80)} sits inside a pending CriticMarkup suggestion`,
          });
        }
      }
    }

    // Outline: headings, list items, and question lines glued to the item above.
    const removed: Range[] = lf.brackets.map((b) => ({ start: b.start, end: b.end }));
    if (lf.line) removed.push({ start: lf.line.keyStart, end: raw.length });
    if (bid) removed.push({ start: bid.start, end: raw.length });
    const status = lineFieldRecords.length === 0 ? null : (lineFieldRecords.find((f) => f.key === "status")?.value ?? null);
    if (heading) {
      const headingText = raw.slice(heading.textStart, heading.textEnd).trim();
      headings.push({ text: headingText, level: heading.level, line: lineNo });
      const nextId = standaloneBlockId(masked[i + 1] ?? "");
      outline.addHeading({
        text: cleanText(raw, heading.textStart, heading.textEnd, removed),
        kind: "heading",
        level: heading.level,
        line: lineNo,
        blockId: bid?.id ?? nextId,
        status,
        children: [],
      });
      openItemLine = null;
      prevWasItemOrGlued = false;
    } else if (item) {
      const node = itemNode(raw, item, removed, lineNo, bid?.id ?? null, status);
      outline.addItem(node, item.markerColumn);
      if (inContent) content.addItem({ ...node, children: [] }, item.markerColumn);
      openItemLine = lineNo;
      openItemContentColumn = visualColumn(m, item.contentStart);
      prevWasItemOrGlued = true;
    } else if (isBlank) {
      if (isBlankLine(raw)) {
        prevBlank = true;
        openItemLine = null;
      }
      prevWasItemOrGlued = false;
      continue;
    } else {
      const lineText = glued ? cleanText(raw, indentLength(raw), raw.length, removed) : "";
      if (glued && isQuestionLike(lineText) && !/^[>|]/.test(lineText)) {
        diagnostics.push({
          file: path,
          line: lineNo,
          severity: "warning",
          code: "glued-question",
          message: `Question glued to the list item above (missing list marker?): "${shortText(lineText)}"`,
        });
        const node: OutlineItem = { text: lineText, kind: "item", level: 0, line: lineNo, blockId: bid?.id ?? null, status, children: [] };
        outline.addSibling(node);
        if (inContent) content.addSibling({ ...node, children: [] });
        for (const f of lineFieldRecords) f.listItemLine = lineNo;
        openItemLine = lineNo;
        prevWasItemOrGlued = true;
      } else {
        const indent = visualColumn(m, indentLength(m));
        if ((prevBlank && indent < openItemContentColumn) || (startsBlockOrEnds && indent === 0)) {
          outline.closeLists();
          content.closeLists();
          openItemLine = null;
        }
        prevWasItemOrGlued = false;
      }
    }
    prevBlank = false;
  }
  endBlock();

  const fmTitle = frontmatter ? scalarString(frontmatter.title) : null;
  return {
    path,
    title: fmTitle ?? basename(path),
    kind,
    tags,
    frontmatter,
    frontmatterLines: fm.lines,
    id: lensId(kind, frontmatter),
    fields,
    links,
    headings,
    blockIds,
    sections,
    outline: outline.roots,
    contentOutline: content.roots,
    tier: "production",
    lens: null,
    diagnostics: diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
}

function itemNode(raw: string, item: ListItemLine, removed: Range[], line: number, blockId: string | null, status: string | null): OutlineItem {
  return {
    text: cleanText(raw, item.contentStart, raw.length, removed),
    kind: "item",
    level: 0,
    line,
    blockId,
    status,
    children: [],
  };
}
