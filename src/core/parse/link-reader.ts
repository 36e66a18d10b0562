// The links of one line, each attributed to the field whose value holds it, with a warning inside pending suggestions.
import type { Diagnostic, Field, WikiLink } from "../model";
import { RangeCursor } from "./criticmarkup";
import type { LineShape } from "./line-shape";
import { shortText } from "./line-text";
import { contextAround, indentLength } from "./lines";
import type { LinkSpan } from "./wikilinks";

export interface LineLinks {
  shape: LineShape;
  spans: readonly LinkSpan[];
  /** The line's fields as FieldReader.read returned them (bracket fields first, in order). */
  fields: readonly Field[];
  /** The open block field that owns the line's links when no field of the line does. */
  blockOwner: Field | null;
  section: number | null;
  /** Column ranges of pending CriticMarkup suggestions on the line. */
  suggestions: ConstructorParameters<typeof RangeCursor>[0];
}

function ownerOf(span: LinkSpan, line: LineLinks, bracketIndex: number): Field | null {
  const { brackets, lineField } = line.shape;
  const br = brackets[bracketIndex];
  if (br && br.start <= span.start) return line.fields[bracketIndex] ?? null;
  if (lineField && span.start >= lineField.valueStart) return line.fields[line.fields.length - 1] ?? null;
  return line.blockOwner;
}

export function readLineLinks(path: string, line: LineLinks, links: WikiLink[], diagnostics: Diagnostic[]): void {
  const { raw, lineNo, brackets } = line.shape;
  const trimmed = raw.trim();
  const leading = indentLength(raw);
  const cursor = new RangeCursor(line.suggestions);
  let bIdx = 0;
  for (const s of line.spans) {
    while (bIdx < brackets.length && (brackets[bIdx]?.end ?? 0) <= s.start) bIdx++;
    const owner = ownerOf(s, line, bIdx);
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
      section: line.section,
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
