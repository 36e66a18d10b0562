// Wikilinks and embeds in one line: `[[path#sub|alias]]`, `![[…]]`, `\|` as the alias separator inside tables.
import type { WikiLink } from "../model";
import { contextAround, indentLength } from "./lines";

export interface LinkText {
  path: string;
  subpath: string | null;
  alias: string | null;
}

/** Splits the text between `[[` and `]]` into path, subpath (after the first `#`) and alias (after the first `|`). */
export function parseLinkText(inner: string): LinkText {
  let target = inner;
  let alias: string | null = null;
  const bar = inner.indexOf("|");
  if (bar !== -1) {
    target = inner.slice(0, bar);
    if (target.endsWith("\\")) target = target.slice(0, -1);
    alias = inner.slice(bar + 1).trim();
  }
  let path = target;
  let subpath: string | null = null;
  const hash = target.indexOf("#");
  if (hash !== -1) {
    path = target.slice(0, hash);
    subpath = target.slice(hash + 1).trim();
  }
  return { path: path.trim(), subpath, alias };
}

/** A link as a user writes it in an API call or a code block: `[[Note#anchor|alias]]`, `![[Note]]` or bare `Note#anchor`. */
export function parseLinkReference(text: string): LinkText {
  const trimmed = text.trim();
  const inner = /^!?\[\[([\s\S]*)\]\]$/.exec(trimmed)?.[1] ?? trimmed;
  return parseLinkText(inner);
}

export interface LinkSpan extends LinkText {
  raw: string;
  embed: boolean;
  /** Column of the first character (`!` for an embed) and the column after `]]`. */
  start: number;
  end: number;
}

/**
 * Finds link spans in a (masked) line in one linear pass: a link is the last `[[` before the next `]]`, with no
 * single `[` or `]` between them; an empty target (`[[]]`, `[[|x]]`) is not a link.
 */
export function findLinkSpans(line: string, raw: string = line): LinkSpan[] {
  const spans: LinkSpan[] = [];
  let open = -1;
  const n = line.length;
  for (let i = line.indexOf("["); i !== -1 && i < n; i++) {
    const c = line.charCodeAt(i);
    if (c === 91 /* [ */) {
      // In a run of `[`, the last pair is the opener; a single `[` cancels it.
      const nextIsOpen = i + 1 < n && line.charCodeAt(i + 1) === 91;
      const prevIsOpen = i > 0 && line.charCodeAt(i - 1) === 91;
      open = nextIsOpen ? i : prevIsOpen && open !== -1 ? open : -1;
    } else if (c === 93 /* ] */) {
      if (open !== -1 && i + 1 < n && line.charCodeAt(i + 1) === 93) {
        const parts = parseLinkText(raw.slice(open + 2, i));
        if (parts.path !== "" || (parts.subpath !== null && parts.subpath !== "")) {
          const embed = open > 0 && line.charCodeAt(open - 1) === 33;
          const start = embed ? open - 1 : open;
          spans.push({
            path: parts.path,
            subpath: parts.subpath,
            alias: parts.alias,
            raw: raw.slice(start, i + 2),
            embed,
            start,
            end: i + 2,
          });
        }
        i++;
      }
      open = -1;
    }
  }
  return spans;
}

/** Wikilinks of one line as WikiLink records (field and section left null for the caller to fill). */
export function parseWikilinks(lineText: string, line: number, rawLine: string = lineText): WikiLink[] {
  const spans = findLinkSpans(lineText, rawLine);
  if (spans.length === 0) return [];
  const trimmed = rawLine.trim();
  const leading = indentLength(rawLine);
  return spans.map((s) => ({
    raw: s.raw,
    path: s.path,
    subpath: s.subpath,
    alias: s.alias,
    embed: s.embed,
    line,
    column: s.start,
    context: contextAround(trimmed, leading, s.start),
    field: null,
    section: null,
  }));
}
