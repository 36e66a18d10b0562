// A note's own summary: frontmatter `description` or `summary`, else its first paragraph of prose, as plain text.
import { scalarString } from "./note-meta";

/** Longest summary kept; longer ones are cut at a word boundary with an ellipsis. */
export const SUMMARY_MAX = 280;

/** Lines that are structure, not prose: headings, fields, list items, quotes, tables, block ids, embeds, rules. */
const NOT_PROSE = /^(?:#{1,6}(?:\s|$)|[-*+]\s|\d+[.)]\s|>|\||\^[A-Za-z0-9-]+$|!\[\[|(?:-{3,}|\*{3,}|_{3,})$|[^\s:[\]()][^:[\]()]{0,80}::)/;

/** Markdown reduced to its reading: `[[path|alias]]` to alias (else the path's last part), emphasis and code marks dropped. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]/g, (_m, path: string, alias?: string) => alias ?? path.slice(path.lastIndexOf("/") + 1))
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[[(][^\]()[]*::[^\]()[]*[\])]/g, "")
    .replace(/(\*\*|__|\*|_|`|==|~~)(?=\S)([^]*?\S)\1/g, "$2")
    .replace(/\s+/g, " ")
    .replace(/ ([,.;:!?])/g, "$1")
    .trim();
}

/** A link's context as a reader sees it: plain text, a link cut off by the context's ellipsis shown as its text. */
export function readableContext(context: string): string {
  return plainText(context.replace(/!?\[\[([^\]]*)…$/, (_m, rest: string) => `${rest.split(/[#|]/)[0] ?? ""}…`));
}

/** Cuts `text` to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const space = head.search(/\s\S*$/);
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/**
 * The summary shown for a note whose link line says nothing itself. `masked` are the note's lines with code and
 * comments blanked (same length as `lines`); `bodyStart` is the first line after the frontmatter (0-based).
 */
export function noteSummary(
  frontmatter: Record<string, unknown> | null,
  lines: readonly string[],
  masked: readonly string[],
  bodyStart: number,
): string | null {
  const declared = frontmatter ? (scalarString(frontmatter.description) ?? scalarString(frontmatter.summary)) : null;
  if (declared) return cutAtWord(plainText(declared), SUMMARY_MAX);
  const paragraph: string[] = [];
  let length = 0;
  for (let i = bodyStart; i < lines.length; i++) {
    const raw = (lines[i] ?? "").trim();
    const blankInMask = (masked[i] ?? "").trim() === "";
    // Only a line's start decides (a bounded look keeps a 1 MB line linear).
    if (raw === "" || blankInMask || NOT_PROSE.test(raw.slice(0, 120))) {
      if (paragraph.length > 0) break;
      continue;
    }
    paragraph.push(raw);
    length += raw.length;
    // Enough text for a summary; a 5 MB paragraph is not read to its end.
    if (length > SUMMARY_MAX * 4) break;
  }
  const text = plainText(paragraph.join(" ").slice(0, SUMMARY_MAX * 4));
  return text === "" ? null : cutAtWord(text, SUMMARY_MAX);
}
