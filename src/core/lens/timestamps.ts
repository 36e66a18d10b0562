// A video's `<name>.timestamps.json` (word-level timings) as the Lens platform reads it: timestamp syntax, the file's checks.
import type { Diagnostic } from "../model";

/** Seconds of `M:SS`, `MM:SS`, `H:MM:SS` or `M:SS.ms` (the platform's formats), else null. */
export function parseTimestamp(text: string): number | null {
  const withFraction = /^(\d+):(\d+(?:\.\d+)?)$/.exec(text);
  if (withFraction) return Number.parseInt(withFraction[1] ?? "0", 10) * 60 + Number.parseFloat(withFraction[2] ?? "0");
  const parts = text.split(":");
  if (parts.length !== 3 || !parts.every((p) => /^\d+$/.test(p))) return null;
  const [h, m, s] = parts.map((p) => Number.parseInt(p, 10));
  return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
}

export function isTimestampsPath(path: string): boolean {
  return path.endsWith(".timestamps.json");
}

/** The entries of a timestamps file when it is a JSON array (the platform then times excerpts by its words), else null. */
export function timestampEntries(text: string): unknown[] | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** The platform's checks of a timestamps file, each entry's problem on the line where that entry starts. */
export function timestampsFileChecks(path: string, text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const add = (line: number | null, severity: "error" | "warning", code: Diagnostic["code"], message: string): void => {
    out.push({ file: path, line, severity, code, message });
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message)?.[1];
    add(at === undefined ? 1 : lineAt(text, Number(at)), "error", "timestamps-json", `Invalid JSON: ${message}`);
    return out;
  }
  if (!Array.isArray(parsed)) {
    add(1, "error", "timestamps-json", "Timestamps file must contain a JSON array");
    return out;
  }
  if (parsed.length === 0) {
    add(1, "warning", "timestamps-empty", "Timestamps array is empty");
    return out;
  }
  const lines = entryLines(text);
  let previous: number | null = null;
  parsed.forEach((entry: unknown, i) => {
    const line = lines[i] ?? null;
    const fields = typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>) : {};
    if (fields.text === undefined) add(line, "error", "timestamps-entry", `Entry ${i}: missing required field 'text'`);
    else if (typeof fields.text !== "string") add(line, "error", "timestamps-entry", `Entry ${i}: 'text' must be a string`);
    const start = fields.start;
    if (start === undefined) {
      add(line, "error", "timestamps-entry", `Entry ${i}: missing required field 'start'`);
    } else if (typeof start !== "string") {
      add(line, "error", "timestamps-entry", `Entry ${i}: 'start' must be a string, got ${typeof start} (write it as '0:01.32')`);
    } else {
      const seconds = parseTimestamp(start);
      if (seconds === null) {
        add(line, "error", "timestamps-entry", `Entry ${i}: invalid timestamp format '${start}' (use M:SS.ms, e.g. 0:01.32)`);
      } else {
        if (previous !== null && seconds < previous) {
          add(line, "warning", "timestamps-order", `Entry ${i}: non-monotonic timestamp '${start}' (previous was later)`);
        }
        previous = seconds;
      }
    }
  });
  return out;
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
