// A video's `<name>.timestamps.json` (word-level timings) as the Lens platform reads it: timestamp syntax, the file's checks.
import type { Diagnostic } from "../model";
import { scanCanonicalEntries } from "./timestamps-scan";

/** Seconds of `M:SS`, `MM:SS`, `H:MM:SS` or `M:SS.ms` (the platform's formats), else null. */
export function parseTimestamp(text: string): number | null {
  const colon = text.indexOf(":");
  if (colon > 0 && isMinutesSeconds(text, colon)) {
    return Number.parseInt(text.slice(0, colon), 10) * 60 + Number.parseFloat(text.slice(colon + 1));
  }
  const parts = text.split(":");
  if (parts.length !== 3 || !parts.every((p) => /^\d+$/.test(p))) return null;
  const [h, m, s] = parts.map((p) => Number.parseInt(p, 10));
  return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
}

/** Whether the text is `\d+:\d+(\.\d+)?` with its one colon at `colon` (checked by character: one is read per spoken word). */
function isMinutesSeconds(text: string, colon: number): boolean {
  const digit = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c >= 48 && c <= 57;
  };
  for (let i = 0; i < colon; i++) if (!digit(i)) return false;
  let i = colon + 1;
  const secondsStart = i;
  while (i < text.length && digit(i)) i++;
  if (i === secondsStart) return false;
  if (i === text.length) return true;
  if (text.charCodeAt(i) !== 46) return false;
  const fractionStart = ++i;
  while (i < text.length && digit(i)) i++;
  return i > fractionStart && i === text.length;
}

export function isTimestampsPath(path: string): boolean {
  return path.endsWith(".timestamps.json");
}

/** A timestamps file as read once: the platform's checks of it, and the start times of its spoken words. */
export interface TimestampsReading {
  diagnostics: Diagnostic[];
  /**
   * When the file is a non-empty JSON array (the platform then times excerpts by its words): the start seconds of
   * each entry with a readable start and non-blank text, ascending. Otherwise null (the transcript's markers count).
   */
  wordTimes: Float64Array | null;
}

/** Parses a timestamps file once: the platform's checks of it (each entry's problem on the line where that entry starts) and its word timings. */
export function readTimestamps(path: string, text: string): TimestampsReading {
  const entries = new EntryChecks(path, text);
  if (scanCanonicalEntries(text, (i, words, start) => entries.check(i, words, start))) return entries.reading();
  return readTimestampsParsed(path, text);
}

/** The same reading through JSON.parse: for files not in the common form (other keys, other types, broken JSON). */
export function readTimestampsParsed(path: string, text: string): TimestampsReading {
  const checks = new EntryChecks(path, text);
  const entries = parsedEntries(text, checks.report);
  if (entries === null) return { diagnostics: checks.diagnostics, wordTimes: null };
  entries.forEach((entry: unknown, i) => {
    const fields = typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>) : {};
    checks.check(i, fields.text, fields.start);
  });
  return checks.reading();
}

/** The platform's checks of each entry in order, and the start times of the spoken ones. */
class EntryChecks {
  readonly diagnostics: Diagnostic[] = [];
  private readonly spoken: number[] = [];
  private previous: number | null = null;
  // Entry lines are found only when an entry has something to report: a clean file is never scanned for them.
  private lines: number[] | null = null;

  constructor(private readonly path: string, private readonly text: string) {}

  readonly report: Add = (line, severity, code, message) => {
    this.diagnostics.push({ file: this.path, line, severity, code, message });
  };

  private lineOf(i: number): number | null {
    return (this.lines ??= entryLines(this.text))[i] ?? null;
  }

  check(i: number, text: unknown, start: unknown): void {
    if (text === undefined) this.report(this.lineOf(i), "error", "timestamps-entry", `Entry ${i}: missing required field 'text'`);
    else if (typeof text !== "string") this.report(this.lineOf(i), "error", "timestamps-entry", `Entry ${i}: 'text' must be a string`);
    if (start === undefined) {
      this.report(this.lineOf(i), "error", "timestamps-entry", `Entry ${i}: missing required field 'start'`);
    } else if (typeof start !== "string") {
      this.report(this.lineOf(i), "error", "timestamps-entry", `Entry ${i}: 'start' must be a string, got ${typeof start} (write it as '0:01.32')`);
    } else {
      const seconds = parseTimestamp(start);
      if (seconds === null) {
        this.report(this.lineOf(i), "error", "timestamps-entry", `Entry ${i}: invalid timestamp format '${start}' (use M:SS.ms, e.g. 0:01.32)`);
      } else {
        if (this.previous !== null && seconds < this.previous) {
          this.report(this.lineOf(i), "warning", "timestamps-order", `Entry ${i}: non-monotonic timestamp '${start}' (previous was later)`);
        }
        this.previous = seconds;
        if (typeof text === "string" && text.trim() !== "") this.spoken.push(seconds);
      }
    }
  }

  reading(): TimestampsReading {
    return { diagnostics: this.diagnostics, wordTimes: Float64Array.from(this.spoken).sort() };
  }
}

type Add = (line: number | null, severity: "error" | "warning", code: Diagnostic["code"], message: string) => void;

/** The entries of the file; null (and a diagnostic) unless it is a non-empty JSON array. */
function parsedEntries(text: string, add: Add): unknown[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message)?.[1];
    add(at === undefined ? 1 : lineAt(text, Number(at)), "error", "timestamps-json", `Invalid JSON: ${message}`);
    return null;
  }
  if (!Array.isArray(parsed)) {
    add(1, "error", "timestamps-json", "Timestamps file must contain a JSON array");
    return null;
  }
  if (parsed.length === 0) {
    add(1, "warning", "timestamps-empty", "Timestamps array is empty");
    return null;
  }
  return parsed as unknown[];
}

/** Whether a word of `times` (ascending) starts in [from, to]. */
export function anyTimeIn(times: Float64Array, from: number, to: number): boolean {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < times.length && (times[lo] ?? Infinity) <= to;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The 1-based line on which each element of a top-level JSON array starts (the text is valid JSON). */
function entryLines(text: string): number[] {
  const out: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r" || c === "\n") continue;
    if (depth === 1 && expectValue && c !== "]") {
      out.push(line);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (c === "]" || c === "}") depth--;
    else if (c === "," && depth === 1) expectValue = true;
  }
  return out;
}
