// The visible text of a line once markers, fields and block ids are cut out; short forms for messages.

export interface ColumnRange {
  start: number;
  end: number;
}

const MULTI_SPACE = /\s\s|[\t\n\r\f\v\u00a0]/;

/** The raw line between `from` and `to` without the removed column ranges, whitespace collapsed and trimmed. */
export function cleanText(raw: string, from: number, to: number, removed: ColumnRange[]): string {
  removed.sort((a, b) => a.start - b.start);
  let out = "";
  let at = from;
  for (const r of removed) {
    if (r.end <= at || r.start >= to) continue;
    out += raw.slice(at, Math.max(at, r.start));
    at = Math.max(at, r.end);
  }
  if (at < to) out += raw.slice(at, to);
  return (MULTI_SPACE.test(out) ? out.replace(/\s+/g, " ") : out).trim();
}

export function shortText(text: string, max = 100): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
