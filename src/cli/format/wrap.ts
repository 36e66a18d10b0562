// Greedy word wrap for terminal text: lines break between words; only a word longer than the width is cut.
import { visibleLength } from "./colour";

/** Characters a terminal shows for `text` (code points; no colour codes expected). */
function width(text: string): number {
  return Array.from(text).length;
}

/** `word` cut into pieces of at most `max` characters. */
function cutWord(word: string, max: number): string[] {
  const chars = Array.from(word);
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += max) pieces.push(chars.slice(i, i + max).join(""));
  return pieces;
}

/**
 * `text` (already one line, words separated by single spaces) as lines of at most `max` characters. A word longer
 * than `max` starts a line of its own and is cut into pieces; every other word stays whole.
 */
export function wrapWords(text: string, max: number): string[] {
  const limit = Math.max(1, Math.floor(max));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (word === "") continue;
    if (line !== "" && width(line) + 1 + width(word) <= limit) {
      line += ` ${word}`;
      continue;
    }
    if (line !== "") lines.push(line);
    line = word;
    if (width(word) > limit) {
      const pieces = cutWord(word, limit);
      line = pieces.pop() ?? "";
      lines.push(...pieces);
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * `text` wrapped to `max` (no limit when `max` is Infinity), each line passed through `style` (colour), then `suffix`
 * (counts, badges; it may carry colour codes and starts with its own spacing) after the last line when it fits there,
 * else on a line of its own.
 */
export function wrapWithSuffix(text: string, suffix: string, max: number, style = (line: string): string => line): string[] {
  const plain = max === Infinity ? [text] : wrapWords(text, max);
  const lines = plain.map(style);
  const last = plain.length - 1;
  if (suffix === "") return lines;
  if (width(plain[last] ?? "") + visibleLength(suffix) <= max) lines[last] += suffix;
  else lines.push(suffix.trimStart());
  return lines;
}
