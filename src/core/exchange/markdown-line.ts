// One list item's line: reading text, `^blockid` and `status::` out of it, and writing them back.

export interface ItemParts {
  text: string;
  anchor: string | null;
  status: string | null;
}

const BLOCK_ID = /(?:^|[ \t])\^([A-Za-z0-9-]+)[ \t]*$/;
const STATUS_OPENER = /[ \t]*status[ \t]*::/iy;
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
  const bracket = bracketStatus(rest);
  if (bracket) {
    status = emptyToNull(bracket.value);
    rest = rest.slice(0, bracket.start) + rest.slice(bracket.end);
  } else {
    const line = LINE_STATUS.exec(rest);
    if (line) {
      status = emptyToNull(line[1] ?? "");
      rest = rest.slice(0, line.index);
    }
  }
  return { text: collapse(rest), anchor, status };
}

/**
 * The first `[status:: x]` or `(status:: x)` (either closer ends it), found in one pass: a regex with a lazy value
 * scanned to the end of the line from every opener, which a crafted 1 MB line turns quadratic.
 */
function bracketStatus(text: string): { value: string; start: number; end: number } | null {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== "[" && c !== "(") continue;
    STATUS_OPENER.lastIndex = i + 1;
    if (!STATUS_OPENER.test(text)) continue;
    const from = STATUS_OPENER.lastIndex;
    // No closer after the first opener means none after any later one either.
    for (let close = from; close < text.length; close++) {
      if (text[close] === "]" || text[close] === ")") return { value: text.slice(from, close), start: i, end: close + 1 };
    }
    return null;
  }
  return null;
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
