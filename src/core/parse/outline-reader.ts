// The outline state machine: headings and list items into a tree, lines glued to the item above, lists ended by paragraphs.
import type { Diagnostic, Field, Heading, OutlineItem } from "../model";
import type { LineShape } from "./line-shape";
import { cleanText, shortText, type ColumnRange } from "./line-text";
import { indentLength, isBlankLine, visualColumn } from "./lines";
import { isQuestionLike, OutlineBuilder, standaloneBlockId } from "./outline";

export interface OutlineLine {
  shape: LineShape;
  /** The fields of the line (their `listItemLine` is set here for glued questions). */
  fields: Field[];
  /** True inside a `content::` block field: items also go to the content outline. */
  inContent: boolean;
  /** The next masked line, which may hold a heading's block id. */
  nextMasked: string;
}

export class OutlineReader {
  readonly outline = new OutlineBuilder();
  readonly content = new OutlineBuilder();
  readonly headings: Heading[] = [];
  private prevWasItemOrGlued = false;
  private prevBlank = false;
  private openItemLine: number | null = null;
  private openItemContentColumn = 0;

  constructor(
    private readonly path: string,
    private readonly diagnostics: Diagnostic[],
  ) {}

  /** The list item a line's fields belong to: the line's own item, else the item still open above it. */
  listItemLine(shape: LineShape): number | null {
    return shape.item ? shape.lineNo : this.openItemLine;
  }

  read(line: OutlineLine): void {
    const { shape } = line;
    if (shape.blank) {
      if (isBlankLine(shape.raw)) {
        this.prevBlank = true;
        this.openItemLine = null;
      }
      this.prevWasItemOrGlued = false;
      return;
    }
    const glued = !shape.heading && !shape.item && this.prevWasItemOrGlued && !shape.startsBlock;
    if (shape.heading) this.readHeading(line);
    else if (shape.item) this.readItem(line);
    else if (!(glued && this.readGlued(line))) this.readParagraph(shape);
    this.prevBlank = false;
  }

  private removedColumns(line: OutlineLine): ColumnRange[] {
    const { raw, brackets, lineField, blockId } = line.shape;
    const removed: ColumnRange[] = brackets.map((b) => ({ start: b.start, end: b.end }));
    if (lineField) removed.push({ start: lineField.keyStart, end: raw.length });
    if (blockId) removed.push({ start: blockId.start, end: raw.length });
    return removed;
  }

  private node(line: OutlineLine, text: string, kind: OutlineItem["kind"], level: number): OutlineItem {
    const status = line.fields.length === 0 ? null : (line.fields.find((f) => f.key === "status")?.value ?? null);
    return { text, kind, level, line: line.shape.lineNo, blockId: line.shape.blockId?.id ?? null, status, children: [] };
  }

  private readHeading(line: OutlineLine): void {
    const { raw, lineNo } = line.shape;
    const heading = line.shape.heading;
    if (!heading) return;
    this.headings.push({ text: raw.slice(heading.textStart, heading.textEnd).trim(), level: heading.level, line: lineNo });
    const node = this.node(line, cleanText(raw, heading.textStart, heading.textEnd, this.removedColumns(line)), "heading", heading.level);
    node.blockId = node.blockId ?? standaloneBlockId(line.nextMasked);
    this.outline.addHeading(node);
    this.openItemLine = null;
    this.prevWasItemOrGlued = false;
  }

  private readItem(line: OutlineLine): void {
    const { raw, masked, lineNo } = line.shape;
    const item = line.shape.item;
    if (!item) return;
    const node = this.node(line, cleanText(raw, item.contentStart, raw.length, this.removedColumns(line)), "item", 0);
    this.outline.addItem(node, item.markerColumn);
    if (line.inContent) this.content.addItem({ ...node, children: [] }, item.markerColumn);
    this.openItemLine = lineNo;
    this.openItemContentColumn = visualColumn(masked, item.contentStart);
    this.prevWasItemOrGlued = true;
  }

  /** A question written on the line under an item without its marker: a sibling, with a warning. */
  private readGlued(line: OutlineLine): boolean {
    const { raw, lineNo } = line.shape;
    const text = cleanText(raw, indentLength(raw), raw.length, this.removedColumns(line));
    if (!isQuestionLike(text) || /^[>|]/.test(text)) return false;
    this.diagnostics.push({
      file: this.path,
      line: lineNo,
      severity: "warning",
      code: "glued-question",
      message: `Question glued to the list item above (missing list marker?): "${shortText(text)}"`,
    });
    const node = this.node(line, text, "item", 0);
    this.outline.addSibling(node);
    if (line.inContent) this.content.addSibling({ ...node, children: [] });
    for (const f of line.fields) f.listItemLine = lineNo;
    this.openItemLine = lineNo;
    this.prevWasItemOrGlued = true;
    return true;
  }

  /** A paragraph line ends the open lists when it starts left of the item's text after a blank line, or is a field at column 0. */
  private readParagraph(shape: LineShape): void {
    const indent = visualColumn(shape.masked, indentLength(shape.masked));
    if ((this.prevBlank && indent < this.openItemContentColumn) || (shape.startsBlock && indent === 0)) {
      this.outline.closeLists();
      this.content.closeLists();
      this.openItemLine = null;
    }
    this.prevWasItemOrGlued = false;
  }
}
