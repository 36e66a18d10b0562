// Inline fields line by line, and block fields (`key::` alone on a line) that own the lines below until the next field or heading.
import type { Field } from "../model";
import { isPlatformField } from "../lens/read-sections";
import type { LineShape } from "./line-shape";

interface OpenBlock {
  field: Field;
  lines: string[];
  /** The value written on the key's line. */
  inline: string;
}

// Shared empty array for the many lines without fields (never written to).
const NO_FIELDS: Field[] = [];

export class FieldReader {
  readonly fields: Field[] = [];
  private block: OpenBlock | null = null;

  constructor(private readonly lensKind: boolean) {}

  /** Whether this line ends an open block: in Lens notes only a platform field (`key::` at column 0), and every such field may run on. */
  private startsBlock(shape: LineShape): boolean {
    return shape.startsBlock && (!this.lensKind || isPlatformField(shape.raw));
  }

  /** Ends or extends the open block field with this line; returns true when a block field was ended here. */
  advance(shape: LineShape): boolean {
    if (shape.heading || this.startsBlock(shape)) return this.endBlock();
    this.block?.lines.push(shape.raw);
    return false;
  }

  /** The key of the block field the current line belongs to, or null. */
  openBlockKey(): string | null {
    return this.block ? this.block.field.key : null;
  }

  /** The open block field, when the line's own links fall to it (a line that starts a field has its own). */
  blockOwner(shape: LineShape): Field | null {
    return this.block && !this.startsBlock(shape) ? this.block.field : null;
  }

  /** The fields written on this line, in column order (bracket fields first, then a full-line field). */
  read(shape: LineShape, listItemLine: number | null, section: number | null): Field[] {
    const lf = shape.lineField;
    if (shape.brackets.length === 0 && !lf) return NO_FIELDS;
    const records: Field[] = [];
    const line = shape.lineNo;
    for (const b of shape.brackets) {
      records.push({ key: b.key, rawKey: b.rawKey, value: b.value, links: [], line, form: b.form, listItemLine, section });
    }
    if (lf) {
      const isBlock = this.lensKind ? this.startsBlock(shape) : !lf.inListItem && lf.value === "";
      const f: Field = { key: lf.key, rawKey: lf.rawKey, value: lf.value, links: [], line, form: isBlock ? "block" : "line", listItemLine, section };
      records.push(f);
      if (isBlock) this.block = { field: f, lines: f.value === "" ? [] : [f.value], inline: f.value };
    }
    this.fields.push(...records);
    return records;
  }

  /** Closes the open block field, setting its value; returns true when one was open. */
  endBlock(): boolean {
    if (!this.block) return false;
    this.block.field.value = this.block.lines.join("\n").trim();
    // A Lens field that could have run on but did not reads as an ordinary line field.
    if (this.block.inline !== "" && this.block.field.value === this.block.inline) this.block.field.form = "line";
    this.block = null;
    return true;
  }
}
