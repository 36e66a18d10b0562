// Masks what Obsidian does not read as note structure (code fences, inline code, %% and HTML comments) with spaces,
// so that lines and columns of everything else stay true.

const FENCE = /^[ \t]*(?:>[ \t]?)*(`{3,}|~{3,})(.*)$/;

interface FenceState {
  char: string;
  length: number;
}

type CommentState = null | "%%" | "<!--";

function blank(length: number): string {
  return " ".repeat(length);
}

/** Fence opener on a line, or null (a backtick fence's info string may not hold backticks). */
export function fenceOpener(line: string): FenceState | null {
  if (!mayBeFence(line)) return null;
  const m = FENCE.exec(line);
  if (!m || m[1] === undefined) return null;
  const run = m[1];
  const char = run.charAt(0);
  if (char === "`" && (m[2] ?? "").includes("`")) return null;
  return { char, length: run.length };
}

/** Cheap pre-check: the first non-blank character must be a backtick, a tilde or `>`. */
function mayBeFence(line: string): boolean {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  const c = i < line.length ? line.charCodeAt(i) : 0;
  return c === 96 || c === 126 || c === 62;
}

function closesFence(line: string, fence: FenceState): boolean {
  if (!mayBeFence(line)) return false;
  const m = FENCE.exec(line);
  if (!m || m[1] === undefined) return false;
  return m[1].charAt(0) === fence.char && m[1].length >= fence.length && (m[2] ?? "").trim() === "";
}

interface BacktickRun {
  start: number;
  end: number;
}

function backtickRuns(line: string): BacktickRun[] {
  const runs: BacktickRun[] = [];
  let i = line.indexOf("`");
  while (i !== -1) {
    let j = i;
    while (j < line.length && line.charCodeAt(j) === 96) j++;
    runs.push({ start: i, end: j });
    i = line.indexOf("`", j);
  }
  return runs;
}

/** For each run, the index of the next run of the same length, or -1 (linear, via a map scanned backwards). */
function nextSameLength(runs: BacktickRun[]): number[] {
  const next = new Array<number>(runs.length).fill(-1);
  const seen = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    const run = runs[k];
    if (!run) continue;
    const len = run.end - run.start;
    next[k] = seen.get(len) ?? -1;
    seen.set(len, k);
  }
  return next;
}

/**
 * Masks one line outside fences: inline code spans and comments (which may stay open into the next line).
 * Returns the masked line and the comment state at its end.
 */
function maskInline(line: string, state: CommentState): { text: string; state: CommentState } {
  const out: string[] = [];
  let pos = 0;
  let copied = 0;
  const runs = line.includes("`") ? backtickRuns(line) : [];
  const next = runs.length > 0 ? nextSameLength(runs) : [];
  let runIdx = 0;
  let current = state;
  // Cached next positions, recomputed only once passed, so a long line is scanned a bounded number of times.
  let pct = -2;
  let html = -2;
  const maskRange = (from: number, to: number): void => {
    if (from > copied) out.push(line.slice(copied, from));
    out.push(blank(to - from));
    copied = to;
  };
  while (pos < line.length) {
    if (current !== null) {
      const closer = current === "%%" ? "%%" : "-->";
      const end = line.indexOf(closer, pos);
      const stop = end === -1 ? line.length : end + closer.length;
      maskRange(pos, stop);
      pos = stop;
      if (end !== -1) current = null;
      continue;
    }
    while (runIdx < runs.length && (runs[runIdx]?.start ?? Infinity) < pos) runIdx++;
    const run = runs[runIdx];
    const nextRun = run ? run.start : Infinity;
    if (pct !== -1 && pct < pos) pct = line.indexOf("%%", pos);
    if (html !== -1 && html < pos) html = line.indexOf("<!--", pos);
    const nextPct = pct === -1 ? Infinity : pct;
    const nextHtml = html === -1 ? Infinity : html;
    const first = Math.min(nextRun, nextPct, nextHtml);
    if (first === Infinity) break;
    if (first === nextRun && run) {
      const closeIdx = next[runIdx] ?? -1;
      const close = closeIdx >= 0 ? runs[closeIdx] : undefined;
      if (close) {
        maskRange(run.start, close.end);
        pos = close.end;
        runIdx = closeIdx + 1;
      } else {
        pos = run.end;
        runIdx++;
      }
    } else if (first === nextPct) {
      current = "%%";
      maskRange(pct, pct + 2);
      pos = pct + 2;
    } else {
      current = "<!--";
      maskRange(html, html + 4);
      pos = html + 4;
    }
  }
  if (copied === 0) return { text: line, state: current };
  if (copied < line.length) out.push(line.slice(copied));
  return { text: out.join(""), state: current };
}

/**
 * Returns a copy of `lines` where lines before `from` (the frontmatter), code fences (an unterminated fence runs
 * to the end), inline code, `%%…%%` and `<!-- … -->` comments (both may span lines) are replaced by spaces.
 */
export function maskLines(lines: readonly string[], from = 0): string[] {
  const masked: string[] = new Array<string>(lines.length);
  let fence: FenceState | null = null;
  let comment: CommentState = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (i < from) {
      masked[i] = blank(line.length);
      continue;
    }
    if (fence) {
      if (closesFence(line, fence)) fence = null;
      masked[i] = blank(line.length);
      continue;
    }
    if (comment === null) {
      const opener = fenceOpener(line);
      if (opener) {
        fence = opener;
        masked[i] = blank(line.length);
        continue;
      }
    }
    const r = maskInline(line, comment);
    comment = r.state;
    masked[i] = r.text;
  }
  return masked;
}
