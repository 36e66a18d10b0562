// The outline state machine: headings and list items into a tree, wrapped lines joined to their item, lines glued to it.
import type { Diagnostic, Field, Heading, OutlineItem } from "../model";
import type { LineShape } from "./line-shape";
import { cleanText, shortText, type ColumnRange } from "./line-text";
import { indentLength, isBlankLine, visualColumn } from "./lines";
import { isQuestionLike, OutlineBuilder, parseDottedItem, standaloneBlockId } from "./outline";

export interface OutlineLine {
  shape: LineShape;
  /** The fields of the line (their `listItemLine` is set here for glued questions). */
  fields: Field[];
  /** True inside a `content::` block field: items also go to the content outline. */
  inContent: boolean;
  /** The next masked line, which may hold a heading's block id. */
  nextMasked: string;
}

const ORDERED_MARKER = /^[ \t]*\d/;

export class OutlineReader {
  readonly outline = new OutlineBuilder();
  readonly content = new OutlineBuilder();
  readonly headings: Heading[] = [];
  private prevWasItemOrGlued = false;
  private prevBlank = false;
  private openItemLine: number | null = null;
  private openItemContentColumn = 0;
  /** The open item's node in each outline, which wrapped lines extend. */
  private openNodes: OutlineItem[] = [];

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
    const following = !shape.heading && !shape.item && this.prevWasItemOrGlued && !shape.startsBlock;
    if (shape.heading) this.readHeading(line);
    else if (shape.item) this.readItem(line);
    else if (!this.readDotted(line) && !(following && (this.readGlued(line) || this.readWrapped(line)))) this.readParagraph(shape);
    this.prevBlank = false;
  }

  private removedColumns(line: OutlineLine): ColumnRange[] {
    const { raw, brackets, lineField, blockId } = line.shape;
    const removed: ColumnRange[] = brackets.map((b) => ({ start: b.start, end: b.end }));
    if (lineField) removed.push({ start: lineField.keyStart, end: raw.length });
    if (blockId) removed.push({ start: blockId.start, end: raw.length });
    return removed;
  }

  private status(line: OutlineLine): string | null {
    return line.fields.length === 0 ? null : (line.fields.find((f) => f.key === "status")?.value ?? null);
  }

  private node(line: OutlineLine, text: string, kind: OutlineItem["kind"], level: number): OutlineItem {
    return { text, kind, level, line: line.shape.lineNo, blockId: line.shape.blockId?.id ?? null, status: this.status(line), children: [] };
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
    this.openNodes = [];
    this.prevWasItemOrGlued = false;
  }

  private readItem(line: OutlineLine): void {
    const { raw, masked } = line.shape;
    const item = line.shape.item;
    if (!item) return;
    const node = this.node(line, cleanText(raw, item.contentStart, raw.length, this.removedColumns(line)), "item", 0);
    const numbered = ORDERED_MARKER.test(masked) ? 1 : null;
    this.outline.addItem(node, item.markerColumn, numbered);
    const copy = line.inContent ? { ...node, children: [] } : null;
    if (copy) this.content.addItem(copy, item.markerColumn, numbered);
    this.opened(line, node, copy, visualColumn(masked, item.contentStart));
  }

  /** A `1.1`-style line while a list is open: an item nested by its number. */
  private readDotted(line: OutlineLine): boolean {
    const { raw, masked } = line.shape;
    const dotted = this.outline.openItem() ? parseDottedItem(masked) : null;
    if (!dotted) return false;
    const node = this.node(line, cleanText(raw, dotted.contentStart, raw.length, this.removedColumns(line)), "item", 0);
    this.outline.addDotted(node, dotted.depth);
    const copy = line.inContent && this.content.openItem() ? { ...node, children: [] } : null;
    if (copy) this.content.addDotted(copy, dotted.depth);
    this.opened(line, node, copy, visualColumn(masked, dotted.contentStart));
    return true;
  }

  private opened(line: OutlineLine, node: OutlineItem, copy: OutlineItem | null, contentColumn: number): void {
    this.openItemLine = line.shape.lineNo;
    this.openItemContentColumn = contentColumn;
    this.openNodes = copy ? [node, copy] : [node];
    this.prevWasItemOrGlued = true;
  }

  /**
   * A question written under a finished question (one ending in `?`) without a list marker and left of the item's
   * text: a sibling, with a warning.
   */
  private readGlued(line: OutlineLine): boolean {
    const { raw, masked, lineNo } = line.shape;
    const above = this.openNodes[0];
    if (!above || !above.text.endsWith("?") || visualColumn(masked, indentLength(masked)) >= this.openItemContentColumn) return false;
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
    const copy = line.inContent ? { ...node, children: [] } : null;
    if (copy) this.content.addSibling(copy);
    for (const f of line.fields) f.listItemLine = lineNo;
    this.opened(line, node, copy, this.openItemContentColumn);
    return true;
  }

  /** A line continuing the list item above (a wrapped item): its text, block id and status join the item. */
  private readWrapped(line: OutlineLine): boolean {
    if (this.openNodes.length === 0 || /^[ \t]*[>|]/.test(line.shape.masked)) return false;
    const { raw } = line.shape;
    const text = cleanText(raw, indentLength(raw), raw.length, this.removedColumns(line));
    const status = this.status(line);
    for (const node of this.openNodes) {
      if (text !== "") node.text = node.text === "" ? text : `${node.text} ${text}`;
      if (line.shape.blockId) node.blockId = line.shape.blockId.id;
      if (status !== null && node.status === null) node.status = status;
    }
    return true;
  }

  /** A paragraph line ends the open lists when it starts left of the item's text after a blank line, or is a field at column 0. */
  private readParagraph(shape: LineShape): void {
    const indent = visualColumn(shape.masked, indentLength(shape.masked));
    if ((this.prevBlank && indent < this.openItemContentColumn) || (shape.startsBlock && indent === 0)) {
      this.outline.closeLists();
      this.content.closeLists();
      this.openItemLine = null;
      this.openNodes = [];
    }
    this.prevWasItemOrGlued = false;
  }
}
