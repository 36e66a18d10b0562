// A note's text as lines plus exactly what separates them (BOM, LF, CRLF, lone CR), so an edit writes back every byte it does not change.

export interface NoteLines {
  /** "\uFEFF" when the text starts with a byte-order mark, else "". */
  bom: string;
  /** The lines as the parser numbers them (split at CRLF, LF and lone CR, after the BOM). */
  lines: string[];
  /** ends[i] is the break after lines[i]; the last line's is "". */
  ends: string[];
  /** The break new lines get: the note's most common one, LF in a note with none. */
  eol: string;
}

const BREAK = /\r\n|\n|\r/g;

export function toNoteLines(text: string): NoteLines {
  const bom = text.charCodeAt(0) === 0xfeff ? "\uFEFF" : "";
  const body = bom === "" ? text : text.slice(1);
  const lines: string[] = [];
  const ends: string[] = [];
  const counts = new Map<string, number>();
  let start = 0;
  for (const match of body.matchAll(BREAK)) {
    const at = match.index ?? 0;
    lines.push(body.slice(start, at));
    ends.push(match[0]);
    counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
    start = at + match[0].length;
  }
  lines.push(body.slice(start));
  ends.push("");
  let eol = "\n";
  let most = 0;
  for (const [end, count] of counts) {
    if (count > most) [eol, most] = [end, count];
  }
  return { bom, lines, ends, eol };
}

/** The text back: BOM, then each line with its own break; a line that lost its break (it was last, now is not) gets `eol`. */
export function fromNoteLines(note: NoteLines): string {
  const parts: string[] = [note.bom];
  const last = note.lines.length - 1;
  note.lines.forEach((line, i) => {
    parts.push(line);
    if (i < last) parts.push(note.ends[i] || note.eol);
  });
  return parts.join("");
}

/** Inserts `added` before 0-based line `index` (lines.length = after the last line); they take the note's usual break. */
export function insertLines(note: NoteLines, index: number, added: readonly string[]): void {
  // concat, not splice(...added): spreading a long array into a call overflows the stack.
  note.lines = note.lines.slice(0, index).concat(added, note.lines.slice(index));
  note.ends = note.ends.slice(0, index).concat(
    added.map(() => note.eol),
    note.ends.slice(index),
  );
}
