// What one body line is: blank, a heading, a list item, with which fields and block id (read on the masked line).
import { parseBracketFields, parseLineField, type BracketField, type LineField } from "./fields";
import { isBlankLine } from "./lines";
import { parseHeadingLine, parseListItem, trailingBlockId, type HeadingLine, type ListItemLine } from "./outline";

export interface LineShape {
  raw: string;
  masked: string;
  /** 1-based line number. */
  lineNo: number;
  blank: boolean;
  heading: HeadingLine | null;
  item: ListItemLine | null;
  brackets: BracketField[];
  lineField: LineField | null;
  /** A `key::` line outside a list item: it ends an open block field (and starts one when its value is empty). */
  startsBlock: boolean;
  blockId: { id: string; start: number } | null;
}

// Shared empty array for the many lines without bracket fields (never written to).
const NO_BRACKETS: BracketField[] = [];

/** Structure is detected on the masked line, text positions are taken from the raw one (code is visible text). */
export function lineShape(raw: string, masked: string, lineNo: number): LineShape {
  const blank = isBlankLine(masked);
  // Most lines have nothing masked (the same string): each is then read once, not once masked and once raw.
  const same = masked === raw;
  const maskedHeading = blank ? null : parseHeadingLine(masked);
  const heading = maskedHeading && !same ? parseHeadingLine(raw) : maskedHeading;
  const maskedItem = heading || blank ? null : parseListItem(masked);
  const item = maskedItem && !same ? parseListItem(raw) : maskedItem;
  const hasColons = masked.includes("::");
  const brackets = hasColons ? parseBracketFields(masked, raw) : NO_BRACKETS;
  const lineField = !heading && brackets.length === 0 && hasColons ? parseLineField(masked, raw) : null;
  return {
    raw,
    masked,
    lineNo,
    blank,
    heading,
    item,
    brackets,
    lineField,
    startsBlock: lineField !== null && !lineField.inListItem,
    blockId: blank ? null : trailingBlockId(masked),
  };
}
