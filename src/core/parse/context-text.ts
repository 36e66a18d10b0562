// The context shown beside a link: the sentence around it, cut at word boundaries; and whether a line is a bare field.

const ELLIPSIS = "…";
/** Words that end in a period without ending the sentence (lower case, without the period). */
const ABBREVIATIONS = new Set(["e.g", "i.e", "al", "cf", "vs", "fig", "eq", "sec", "ch", "no", "dr", "mr", "mrs", "ms", "st", "etc", "approx", "resp"]);
/** List markers, task boxes and quote markers before a line's text. */
const LEAD = /^(?:>\s*)*(?:(?:[-*+]|\d+(?:\.\d+)*[.)])\s+)?(?:\[.\]\s+)?/;
/** A trailing block id (its leading space is trimmed separately: `\s+` before `$` would be quadratic). */
const BLOCK_ID = /\^[A-Za-z0-9-]+$/;

/** Positions inside `[[…]]` are no sentence ends: a linked title may hold a period. */
function maskLinks(text: string): string {
  return text.replace(/\[\[[^\]]*\]\]/g, (m) => "x".repeat(m.length));
}

/** A run of sentence-ending marks. */
const END_RUN = /[.!?…]+/g;
const CLOSERS = new Set(['"', "'", "”", "’", ")", "]"]);
const OPENERS = new Set(['"', "'", "“", "‘", "(", "["]);

/** Start offsets of the sentences of `text` (the first is 0), in one linear scan from one run of end marks to the next. */
function sentenceStarts(text: string): number[] {
  const masked = text.includes("[[") ? maskLinks(text) : text;
  const starts = [0];
  END_RUN.lastIndex = 0;
  for (let run = END_RUN.exec(masked); run !== null; run = END_RUN.exec(masked)) {
    const dot = run.index;
    let i = dot + run[0].length;
    while (i < masked.length && CLOSERS.has(masked.charAt(i))) i++;
    const space = i;
    while (i < masked.length && /\s/.test(masked.charAt(i))) i++;
    END_RUN.lastIndex = i;
    if (i === space) continue;
    let first = i;
    while (first < masked.length && OPENERS.has(masked.charAt(first))) first++;
    const next = masked.charAt(first);
    if (next === "" || !/[\p{Lu}\p{N}]/u.test(next)) continue;
    if (masked.charAt(dot) === "." && isAbbreviation(masked, dot)) continue;
    starts.push(i);
  }
  return starts;
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dot - 12), dot));
  const word = before?.[1]?.toLowerCase() ?? "";
  // A single capital before the period is an initial (J. Wentworth), not a sentence end.
  return ABBREVIATIONS.has(word) || /^[A-Z]$/.test(before?.[1] ?? "");
}

/** Moves `at` forward to the start of the next word (or leaves it where a word starts), looking at most `limit` ahead. */
function wordStartFrom(text: string, at: number, limit: number): number {
  if (at <= 0 || /\s/.test(text.charAt(at - 1))) return at;
  const next = text.slice(at, at + limit).search(/\s\S/);
  return next < 0 ? at : at + next + 1;
}

/** Moves `at` back to the end of the previous word, preferring a cut at or after `floor` (or leaves it where a word ends). */
function wordEndBefore(text: string, at: number, floor: number, from: number): number {
  if (at >= text.length || /\s/.test(text.charAt(at))) return at;
  for (const start of [floor, from]) {
    const cut = text.slice(start, at).search(/\s\S*$/);
    if (cut >= 0) return start + cut;
  }
  return at;
}

/**
 * The sentence of `trimmed` (a trimmed line) that holds the character at `at`, without list marker or block id;
 * when longer than `max`, a window of whole words around `at`, with an ellipsis on each side that was cut.
 */
export function sentenceAround(trimmed: string, at: number, max = 240): string {
  const { text, lead, starts } = splitOnce(trimmed);
  const pos = Math.max(0, Math.min(text.length, at - lead));
  // Binary search: the last sentence start at or before `pos`.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  let start = starts[lo] ?? 0;
  let end = starts[lo + 1] ?? text.length;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  if (end - start <= max) return text.slice(start, end);
  return windowAround(text, start, end, pos, max);
}

interface SplitLine {
  /** Re-pointed at each equal line asked for, so the next comparison is of the same string object (instant). */
  line: string;
  text: string;
  lead: number;
  starts: number[];
}

// The links of one line share its split: a line of a thousand links is split once, not a thousand times.
let lastSplit: SplitLine | null = null;

function splitOnce(trimmed: string): SplitLine {
  if (lastSplit?.line === trimmed) {
    // An equal line from another parse of the same note: comparing two long equal strings costs their length.
    lastSplit.line = trimmed;
    return lastSplit;
  }
  const lead = LEAD.exec(trimmed)?.[0].length ?? 0;
  const tail = BLOCK_ID.exec(trimmed);
  const end = tail && tail.index > 0 && /\s/.test(trimmed.charAt(tail.index - 1)) ? tail.index : trimmed.length;
  const text = trimmed.slice(lead, end).trimEnd();
  lastSplit = { line: trimmed, text, lead, starts: sentenceStarts(text) };
  return lastSplit;
}

/** Whole words of `text[start, end)` around `pos`, at most `max` characters with the ellipses (never slicing more). */
function windowAround(text: string, start: number, end: number, pos: number, max: number): string {
  const room = max - 2;
  let from = Math.max(start, Math.min(pos - Math.floor(room / 3), end - room));
  from = wordStartFrom(text, from, room);
  let to = Math.min(end, from + room);
  to = wordEndBefore(text, to, Math.min(pos + 1, to), from);
  return `${from > start ? ELLIPSIS : ""}${text.slice(from, to).trim()}${to < end ? ELLIPSIS : ""}`;
}

/**
 * True when the context says nothing beyond its links: a field line such as `addresses:: [[P#^q]]`,
 * `- informs:: [[A]], [[B]]`, `(answers:: [[P]])` or a frontmatter `addresses: "[[P]]"`.
 */
export function isBareFieldLine(context: string): boolean {
  if (!context.includes(":")) return false;
  const rest = context
    .replace(/!?\[\[[^\]]*\]\]/g, " ")
    .replace(/[\p{L}\p{N}_ -]+::/gu, " ")
    .replace(LEAD, "")
    .replace(/^[\w-]+:(?:\s|$)/, "")
    .replace(/[\s[\](),;"'^-]+/g, "");
  return rest === "";
}
