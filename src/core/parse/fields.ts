// Dataview inline fields (`key:: value` lines, `[key:: value]`, `(key:: value)`) and Dataview key normalisation.

/** Dataview's key normalisation: trim, strip formatting, lower case, runs of whitespace to `-`. */
export function normalizeKey(rawKey: string): string {
  return stripKeyFormatting(rawKey).toLowerCase().replace(/\s+/g, "-");
}

const MARK_RUN = /[*_~]+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Removes markdown emphasis around or inside a key (`**Key**`, `__key__`, `*key*`, `~~key~~`) and trims: every run of
 * two or more marks, and a lone `*` or `_` at either end or with no letter or digit on both sides.
 * (Written without a regex lookbehind, which Safari before iOS 16.4 cannot parse.)
 */
export function stripKeyFormatting(rawKey: string): string {
  return rawKey.replace(MARK_RUN, (run: string, at: number) => (run.length >= 2 || isLoneEmphasis(rawKey, run, at) ? "" : run)).trim();
}

function isLoneEmphasis(text: string, mark: string, at: number): boolean {
  if (mark === "~") return false;
  if (at === 0 || at === text.length - 1) return true;
  const before = Array.from(text.slice(Math.max(0, at - 2), at)).pop() ?? "";
  const after = String.fromCodePoint(text.codePointAt(at + 1) ?? 0);
  return !LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after);
}

const KEY_CHAR = /[\p{L}\p{N}\p{M}\p{Extended_Pictographic} _\-/*]/u;
const KEY_HAS_CONTENT = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

function isKeyChar(ch: string): boolean {
  // Zero-width joiner and variation selector 16 glue emoji sequences together.
  return ch === "\u200d" || ch === "\ufe0f" || KEY_CHAR.test(ch);
}

/**
 * Scans key characters from `from`; returns the position of `::` that follows them directly, or -1.
 * Stops at the first character that cannot be in a key, so scans starting at different brackets never overlap.
 */
function keyEnd(line: string, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const code = line.charCodeAt(i);
    if (code === 58 /* : */) break;
    // Surrogate pairs (emoji, rare letters) are tested as one code point.
    const cp = line.codePointAt(i) ?? code;
    const ch = String.fromCodePoint(cp);
    if (!isKeyChar(ch)) return -1;
    i += ch.length;
  }
  if (i + 1 < limit && line.charCodeAt(i) === 58 && line.charCodeAt(i + 1) === 58) return i;
  return -1;
}

function validKey(rawKey: string): boolean {
  const stripped = stripKeyFormatting(rawKey);
  return stripped !== "" && KEY_HAS_CONTENT.test(stripped) && !/^[\s\-/]/.test(stripped);
}

export interface BracketField {
  /** The key as written (trimmed, formatting kept). */
  rawKey: string;
  key: string;
  value: string;
  form: "bracket" | "paren";
  /** Columns: the opening bracket, the value's start, the closing bracket's end. */
  start: number;
  valueStart: number;
  end: number;
}

/**
 * `[key:: value]` and `(key:: value)` anywhere in a (masked) line; values may hold nested brackets of the same
 * kind (`[addresses:: [[X]]]`). A field nested in another field's value is not reported twice.
 */
export function parseBracketFields(line: string, raw: string = line): BracketField[] {
  if (!line.includes("::")) return [];
  const found: BracketField[] = [];
  for (const [openCh, closeCh, form] of [
    [91, 93, "bracket"],
    [40, 41, "paren"],
  ] as const) {
    const stack: number[] = [];
    const openStr = String.fromCharCode(openCh);
    const closeStr = String.fromCharCode(closeCh);
    let nextOpen = line.indexOf(openStr);
    let nextClose = line.indexOf(closeStr);
    // Visits only bracket positions, each once (the next-position caches only move forward).
    while (nextOpen !== -1 || nextClose !== -1) {
      const isOpen = nextOpen !== -1 && (nextClose === -1 || nextOpen < nextClose);
      const i = isOpen ? nextOpen : nextClose;
      if (isOpen) {
        stack.push(i);
        nextOpen = line.indexOf(openStr, i + 1);
        continue;
      }
      nextClose = line.indexOf(closeStr, i + 1);
      if (stack.length === 0) continue;
      const o = stack.pop() ?? 0;
      // `[[a:: b]]` is a wikilink, not a field.
      if (openCh === 91 && o > 0 && line.charCodeAt(o - 1) === 91 && i + 1 < line.length && line.charCodeAt(i + 1) === 93) continue;
      const colon = keyEnd(line, o + 1, i);
      if (colon === -1) continue;
      const rawKey = raw.slice(o + 1, colon);
      if (!validKey(rawKey)) continue;
      found.push({
        rawKey: rawKey.trim(),
        key: normalizeKey(rawKey),
        value: raw.slice(colon + 2, i).trim(),
        form,
        start: o,
        valueStart: colon + 2,
        end: i + 1,
      });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const outer: BracketField[] = [];
  let reach = -1;
  for (const f of found) {
    if (f.start >= reach) {
      outer.push(f);
      reach = f.end;
    }
  }
  return outer;
}

export interface LineField {
  rawKey: string;
  key: string;
  value: string;
  /** Column where the key (with its formatting) starts, and where the value starts. */
  keyStart: number;
  valueStart: number;
  /** Column after the list marker / task box / blockquote prefix. */
  contentStart: number;
  inListItem: boolean;
}

const LINE_PREFIX = /^[ \t]*((?:>[ \t]?)*)[ \t]*((?:[-*+•]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?)?/u;

/** A full-line field `key:: value`, also after a list marker, task box or `> `; the key may be `**bold**`. */
export function parseLineField(line: string, raw: string = line): LineField | null {
  const colonPos = line.indexOf("::");
  if (colonPos === -1) return null;
  const m = LINE_PREFIX.exec(line);
  const contentStart = m ? m[0].length : 0;
  if (contentStart >= colonPos) return null;
  const rawKeyWithFormatting = line.slice(contentStart, colonPos);
  if (keyEnd(line, contentStart, colonPos + 2) !== colonPos) return null;
  if (!validKey(rawKeyWithFormatting)) return null;
  const rawKey = raw.slice(contentStart, colonPos);
  return {
    rawKey: rawKey.trim(),
    key: normalizeKey(rawKey),
    value: raw.slice(colonPos + 2).trim(),
    keyStart: contentStart,
    valueStart: colonPos + 2,
    contentStart,
    inListItem: m?.[2] !== undefined,
  };
}
