// One list item's line: reading text, `^blockid` and `status::` out of it, and writing them back.

export interface ItemParts {
  text: string;
  anchor: string | null;
  status: string | null;
}

const BLOCK_ID = /(?:^|[ \t])\^([A-Za-z0-9-]+)[ \t]*$/;
const BRACKET_STATUS = /[[(][ \t]*status[ \t]*::[ \t]*([^\])]*?)[ \t]*[\])]/i;
const LINE_STATUS = /(?:^|[ \t])status[ \t]*::[ \t]*(.*)$/i;
const TASK_BOX = /^\[[ xX/-]\][ \t]+/;

/** Splits an item's content (after its marker) into visible text, block anchor and status. */
export function readItemContent(raw: string): ItemParts {
  let rest = raw.replace(TASK_BOX, "");
  let anchor: string | null = null;
  const block = BLOCK_ID.exec(rest);
  if (block?.[1] !== undefined) {
    anchor = `^${block[1]}`;
    rest = rest.slice(0, block.index);
  }
  let status: string | null = null;
  const bracket = BRACKET_STATUS.exec(rest);
  if (bracket) {
    status = emptyToNull(bracket[1] ?? "");
    rest = rest.slice(0, bracket.index) + rest.slice(bracket.index + bracket[0].length);
  } else {
    const line = LINE_STATUS.exec(rest);
    if (line) {
      status = emptyToNull(line[1] ?? "");
      rest = rest.slice(0, line.index);
    }
  }
  return { text: collapse(rest), anchor, status };
}

/** The content written after a list marker: text, then `[status:: x]`, then ` ^id` (a block id must end the line). */
export function writeItemContent(parts: ItemParts): string {
  let line = collapse(parts.text);
  const status = parts.status === null ? "" : collapse(parts.status).replace(/[\]]/g, "");
  if (status !== "") line += `${line === "" ? "" : " "}[status:: ${status}]`;
  const id = blockIdOf(parts.anchor);
  if (id !== null) line += `${line === "" ? "" : " "}^${id}`;
  return line;
}

/** The id of a `^blockid` anchor when Obsidian accepts it, else null (heading anchors are not written). */
export function blockIdOf(anchor: string | null): string | null {
  if (anchor === null || !anchor.startsWith("^")) return null;
  const id = anchor.slice(1);
  return /^[A-Za-z0-9-]+$/.test(id) ? id : null;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function emptyToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}
