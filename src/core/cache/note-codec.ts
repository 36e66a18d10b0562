// A compact form of ParsedNote for caches: links, fields, sections and outline items as arrays instead of keyed
// objects, and a field's links and a section's fields as positions in the note's own lists (the parser shares those
// objects), so a cache holds each once and reading it back shares them again.
import type { Field, FieldForm, Heading, BlockId, OutlineItem, ParsedNote, Section, WikiLink } from "../model";

type LinkRow = [string, string, string | null, string | null, 0 | 1, number, number, string, string | null, number | null];
type FieldRow = [string, string, string, (number | LinkRow)[], number, FieldForm, number | null, number | null];
type SectionRow = [string, string, number, number, number | null, (number | FieldRow)[]];
type ItemRow = [string, 0 | 1, number, number, string | null, string | null, ItemRow[]];

/** The keys encoded as rows; any other key of a ParsedNote is kept as it is. */
const ROW_KEYS = new Set(["links", "fields", "sections", "headings", "blockIds", "outline", "contentOutline"]);

export interface CompactNote {
  /** Every other key of the note, as it is. */
  n: Record<string, unknown>;
  l: LinkRow[];
  f: FieldRow[];
  s: SectionRow[];
  h: [string, number, number][];
  b: [string, number][];
  o: ItemRow[];
  c: ItemRow[];
}

export function encodeNote(note: ParsedNote): CompactNote {
  const linkAt = new Map<WikiLink, number>(note.links.map((link, i) => [link, i]));
  const fieldAt = new Map<Field, number>(note.fields.map((field, i) => [field, i]));
  const fieldRow = (f: Field): FieldRow => [f.key, f.rawKey, f.value, f.links.map((l) => linkAt.get(l) ?? linkRow(l)), f.line, f.form, f.listItemLine, f.section];
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(note)) if (!ROW_KEYS.has(key)) rest[key] = value;
  return {
    n: rest,
    l: note.links.map(linkRow),
    f: note.fields.map(fieldRow),
    s: note.sections.map((s) => [s.type, s.title, s.level, s.line, s.parent, s.fields.map((f) => fieldAt.get(f) ?? fieldRow(f))]),
    h: note.headings.map((h) => [h.text, h.level, h.line]),
    b: note.blockIds.map((b) => [b.id, b.line]),
    o: note.outline.map(itemRow),
    c: note.contentOutline.map(itemRow),
  };
}

export function decodeNote(c: CompactNote): ParsedNote {
  const links = c.l.map(linkOf);
  const fieldOf = (r: FieldRow): Field => ({
    key: r[0],
    rawKey: r[1],
    value: r[2],
    links: r[3].map((l) => (typeof l === "number" ? links[l]! : linkOf(l))),
    line: r[4],
    form: r[5],
    listItemLine: r[6],
    section: r[7],
  });
  const fields = c.f.map(fieldOf);
  const sections = c.s.map(
    (r): Section => ({ type: r[0], title: r[1], level: r[2], line: r[3], parent: r[4], fields: r[5].map((f) => (typeof f === "number" ? fields[f]! : fieldOf(f))) }),
  );
  return {
    ...(c.n as unknown as ParsedNote),
    fields,
    links,
    headings: c.h.map((h): Heading => ({ text: h[0], level: h[1], line: h[2] })),
    blockIds: c.b.map((b): BlockId => ({ id: b[0], line: b[1] })),
    sections,
    outline: c.o.map(itemOf),
    contentOutline: c.c.map(itemOf),
  };
}

function linkRow(l: WikiLink): LinkRow {
  return [l.raw, l.path, l.subpath, l.alias, l.embed ? 1 : 0, l.line, l.column, l.context, l.field, l.section];
}

function linkOf(r: LinkRow): WikiLink {
  return { raw: r[0], path: r[1], subpath: r[2], alias: r[3], embed: r[4] === 1, line: r[5], column: r[6], context: r[7], field: r[8], section: r[9] };
}

function itemRow(i: OutlineItem): ItemRow {
  return [i.text, i.kind === "heading" ? 1 : 0, i.level, i.line, i.blockId, i.status, i.children.map(itemRow)];
}

function itemOf(r: ItemRow): OutlineItem {
  return { text: r[0], kind: r[1] === 1 ? "heading" : "item", level: r[2], line: r[3], blockId: r[4], status: r[5], children: r[6].map(itemOf) };
}
