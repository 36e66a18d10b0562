// Tags: frontmatter `tags`/`tag` (list or comma/space separated string) and inline `#tags` in the body.

const INLINE_TAG = /(^|[\s,;(])#([\p{L}\p{N}\p{M}\p{Extended_Pictographic}_\-/]+)/gu;
const ALL_DIGITS = /^[0-9/]*$/;

/** Lower case, without a leading `#`, trimmed; empty or purely numeric tags give null. */
export function normalizeTag(tag: string): string | null {
  const t = tag.trim().replace(/^#+/, "").toLowerCase();
  if (t === "" || ALL_DIGITS.test(t)) return null;
  return t;
}

function splitTagString(value: string): string[] {
  return value.split(/[,\s]+/).filter((t) => t !== "");
}

/** Tags from a frontmatter record's `tags` and `tag` keys. */
export function frontmatterTags(frontmatter: Record<string, unknown> | null): string[] {
  if (!frontmatter) return [];
  const out: string[] = [];
  for (const key of ["tags", "tag"]) {
    const value = frontmatter[key];
    const items = Array.isArray(value) ? (value as unknown[]) : [value];
    for (const item of items) {
      if (typeof item === "string") out.push(...splitTagString(item));
      else if (typeof item === "number") out.push(String(item));
    }
  }
  return out.map(normalizeTag).filter((t): t is string => t !== null);
}

/** Inline `#tags` of one masked line (code and comments already blanked; links should be blanked too). */
export function parseInlineTags(line: string): string[] {
  if (!line.includes("#")) return [];
  const out: string[] = [];
  for (const m of line.matchAll(INLINE_TAG)) {
    const tag = normalizeTag(m[2] ?? "");
    if (tag !== null) out.push(tag);
  }
  return out;
}

/** Blanks the given column ranges (links, URLs) so that `#` inside them is not read as a tag. */
export function blankRanges(line: string, ranges: readonly { start: number; end: number }[]): string {
  if (ranges.length === 0) return line;
  let out = "";
  let at = 0;
  for (const r of ranges) {
    if (r.end <= at) continue;
    const start = Math.max(r.start, at);
    out += line.slice(at, start) + " ".repeat(r.end - start);
    at = r.end;
  }
  return out + line.slice(at);
}

const SCHEME_CHAR = /[A-Za-z0-9+.-]/;
const URL_STOP = /[\s)>\]]/;

/** Column ranges of markdown link targets `](…)` and bare URLs (`scheme://…`) in a line, found in linear time. */
export function urlRanges(line: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = line.indexOf("](");
  while (i !== -1) {
    let j = i + 2;
    while (j < line.length && line[j] !== ")" && !/\s/.test(line[j] ?? "")) j++;
    out.push({ start: i, end: j });
    i = line.indexOf("](", j);
  }
  let k = line.indexOf("://");
  while (k !== -1) {
    let s = k;
    while (s > 0 && k - s < 32 && SCHEME_CHAR.test(line[s - 1] ?? "")) s--;
    let e = k + 3;
    while (e < line.length && !URL_STOP.test(line[e] ?? "")) e++;
    if (s < k) out.push({ start: s, end: e });
    k = line.indexOf("://", Math.max(e, k + 3));
  }
  return out.sort((a, b) => a.start - b.start);
}
