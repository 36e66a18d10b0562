// Splits note text into lines (LF, CRLF or CR) after dropping a leading byte-order mark.
import { sentenceAround } from "./context-text";

export function splitLines(text: string): string[] {
  const body = text.length > 0 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Splitting on one character is several times faster than on the pattern; most notes have no CR at all.
  return body.includes("\r") ? body.split(/\r\n|\n|\r/) : body.split("\n");
}

/** Visual column of position `end` in `line`, counting a tab as 4 columns (tab stops). */
export function visualColumn(line: string, end: number): number {
  let col = 0;
  for (let i = 0; i < end && i < line.length; i++) {
    col = line.charCodeAt(i) === 9 ? col + 4 - (col % 4) : col + 1;
  }
  return col;
}

/** Number of leading space/tab characters. */
export function indentLength(line: string): number {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return i;
}

/** The sentence of the trimmed line around `column` (for link context), at most 240 characters, cut at words. */
export function contextAround(trimmed: string, leading: number, column: number, max = 240): string {
  return sentenceAround(trimmed, Math.max(0, column - leading), max);
}

/** True when the line holds only spaces and tabs (or nothing). */
export function isBlankLine(line: string): boolean {
  return indentLength(line) === line.length;
}
