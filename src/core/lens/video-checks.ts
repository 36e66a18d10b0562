// Video checks of the Lens platform: a segment's from::/to:: against its transcript's timings, and transcripts
// paired with their `<name>.timestamps.json`.
import type { Diagnostic, ParsedNote } from "../model";
import type { LensReference } from "./references";
import type { LensReport } from "./report";
import { anyTimeIn, parseTimestamp, type TimestampsReading } from "./timestamps";

/** What the video checks read from the vault: notes by path, and the timestamps files with their text. */
export interface TimestampsVault {
  notePaths(): readonly string[];
  note(path: string): ParsedNote | undefined;
  timestampsFiles(): Iterable<readonly [path: string, reading: TimestampsReading]>;
}

/** A line `M:SS - text` or `H:MM:SS - text` of a transcript marks the time its text is spoken. */
const MARKER = /^(\d+:\d{2}(?::\d{2})?)\s*-/;

/**
 * The excerpt a video segment asks for, as the platform cuts it: the start not after the end, and, when the video has
 * no word timings (no timestamps file, or an empty or unreadable one), both times written as markers in the transcript.
 * A time in a format the platform cannot read is reported by the segment checks.
 */
export function videoExcerptChecks(ref: LensReference, transcriptMarks: () => ReadonlySet<number>, timestamps: TimestampsReading | undefined, report: LensReport): void {
  const fromText = ref.from ?? "0:00";
  const from = parseTimestamp(fromText);
  const to = ref.to === undefined ? null : parseTimestamp(ref.to);
  if (from === null || (ref.to !== undefined && to === null)) return;
  const fromLine = ref.fromLine ?? ref.line;
  const toLine = ref.toLine ?? ref.line;
  if (to !== null && from > to) {
    report.error(toLine, "video-excerpt", `Start timestamp '${fromText}' is after end timestamp '${ref.to ?? ""}'`);
    return;
  }
  const empty = (): void => report.error(fromLine, "video-excerpt", `Empty video transcript: nothing is said between ${fromText} and ${ref.to ?? "the end"}`);
  const words = timestamps?.wordTimes ?? null;
  if (words !== null) {
    // Word timings: the words whose start lies in [from, to].
    if (!anyTimeIn(words, from, to ?? Infinity)) empty();
    return;
  }
  const marks = transcriptMarks();
  if (marks.size === 0) {
    if (from !== 0) report.error(fromLine, "video-excerpt", `Start timestamp '${fromText}' not found in transcript (transcript has no timestamp markers)`);
    return;
  }
  if (from !== 0 && !marks.has(from)) report.error(fromLine, "video-excerpt", `Start timestamp '${fromText}' not found in transcript`);
  else if (to !== null && !marks.has(to)) report.error(toLine, "video-excerpt", `End timestamp '${ref.to ?? ""}' not found in transcript`);
  // Marked lines: those from the start up to, not including, the end.
  else if (![...marks].some((t) => t >= from && t < (to ?? Infinity))) empty();
}

/** The times of a transcript's `1:23 -` marker lines, in seconds. */
export function timestampMarks(transcript: string): Set<number> {
  const marks = new Set<number>();
  for (const line of transcript.split("\n")) {
    const m = MARKER.exec(line);
    const seconds = m ? parseTimestamp(m[1] ?? "") : null;
    if (seconds !== null) marks.add(seconds);
  }
  return marks;
}

function isTranscriptPath(path: string): boolean {
  return (path.startsWith("video_transcripts/") || path.includes("/video_transcripts/")) && path.endsWith(".md");
}

/** Each timestamps file's own checks, a transcript without its timestamps file, a timestamps file without its transcript. */
export function timestampsDiagnostics(vault: TimestampsVault): Diagnostic[] {
  const out: Diagnostic[] = [];
  const files = new Set<string>();
  for (const [path, reading] of vault.timestampsFiles()) {
    files.add(path);
    out.push(...reading.diagnostics);
    const transcript = path.replace(/\.timestamps\.json$/, ".md");
    const note = vault.note(transcript);
    if (!note) {
      out.push({ file: path, line: null, severity: "warning", code: "orphan-timestamps", message: `Orphaned timestamps file: no matching .md transcript found (expected ${transcript})` });
    }
  }
  for (const path of vault.notePaths()) {
    if (!isTranscriptPath(path) || vault.note(path)?.tier === "ignored") continue;
    const expected = path.replace(/\.md$/, ".timestamps.json");
    if (!files.has(expected)) {
      out.push({ file: path, line: null, severity: "error", code: "missing-timestamps", message: `Missing timestamps.json: expected ${expected}` });
    }
  }
  return out;
}
