// Turns one parsed note's wikilinks into edges (relation, optional flag), resolved through a LinkResolver.
import type { Edge, ParsedNote, Section, WikiLink } from "../model";
import { hasNonNoteExtension } from "../resolve/paths";
import { FIELD, isTrue } from "../field-names";

/** An edge plus what the index needs beyond the export contract. */
export interface EdgeRecord {
  edge: Edge;
  column: number;
  context: string;
  /** The link is a Lens reference: a field link in a Lens section (`source::`, not text such as `content::`) or a
   *  course's `# Module:` line. Broken ones are errors, and they make "used by". */
  lens: boolean;
  /** The link names a non-note file (an image, a PDF) and did not resolve to a note. */
  nonNote: boolean;
}

/** Lens fields that hold text a reader sees: links in them are body links, not references the course depends on. */
const LENS_TEXT_FIELDS = new Set([
  "content",
  "instructions",
  "ai-instructions",
  "opening-message",
  "assessment-instructions",
  "feedback",
  "tldr",
  "summary_for_tutor",
  "title",
  // Excerpt anchors are text to find in the article: `[[27]]` there is a footnote marker, not a reference.
  "from",
  "to",
]);

export type Resolve = (linkpath: string, fromPath: string) => string | null;

export function buildEdges(note: ParsedNote, resolve: Resolve): EdgeRecord[] {
  const records: EdgeRecord[] = [];
  // A module's sections hold many links each: the flag is looked up once per section.
  const optional = new Map<number, boolean>();
  for (const link of note.links) {
    const section = link.section === null ? undefined : note.sections[link.section];
    const relation = relationOf(link, section);
    const to = link.path.trim() === "" ? note.path : resolve(link.path, note.path);
    records.push({
      edge: {
        from: note.path,
        to,
        target: link.path,
        anchor: link.subpath,
        relation,
        line: link.line,
        optional: link.section === null ? null : sectionOptional(optional, note.sections, link.section),
      },
      column: link.column,
      context: link.context,
      lens: relation === "module" || (link.field !== null && link.section !== null && !LENS_TEXT_FIELDS.has(link.field)),
      nonNote: to === null && hasNonNoteExtension(link.path),
    });
  }
  records.sort(compareRecords);
  return records;
}

function relationOf(link: WikiLink, section: Section | undefined): string {
  if (link.field !== null) return link.field;
  if (section && section.type === "module" && section.line === link.line) return "module";
  return "link";
}

function sectionOptional(cache: Map<number, boolean>, sections: Section[], index: number): boolean {
  let flag = cache.get(index);
  if (flag === undefined) {
    flag = optionalFlag(sections, index);
    cache.set(index, flag);
  }
  return flag;
}

/** The `optional::` of the innermost section (walking out through parents) that sets one; false when none does. */
export function optionalFlag(sections: Section[], index: number): boolean {
  let current: number | null = index;
  const seen = new Set<number>();
  while (current !== null && !seen.has(current)) {
    seen.add(current);
    const section: Section | undefined = sections[current];
    if (!section) break;
    const field = section.fields.find((f) => f.key === FIELD.optional);
    if (field) return isTrue(field.value);
    current = section.parent;
  }
  return false;
}

export function compareRecords(a: EdgeRecord, b: EdgeRecord): number {
  return (
    cmp(a.edge.from, b.edge.from) ||
    a.edge.line - b.edge.line ||
    a.column - b.column ||
    cmp(a.edge.target, b.edge.target) ||
    cmp(a.edge.relation, b.edge.relation)
  );
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
