// Deterministic order (file, line, code, message) and de-duplication of diagnostics.
import type { Diagnostic } from "../model";
import { cmp } from "./edge-record";

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    cmp(a.code, b.code) ||
    cmp(a.message, b.message) ||
    cmp(a.severity, b.severity)
  );
}

/** Drops repeats of an identical diagnostic from a sorted list. */
export function dedupeDiagnostics(sorted: Diagnostic[]): Diagnostic[] {
  return sorted.filter((d, i) => {
    const prev = sorted[i - 1];
    return !prev || compareDiagnostics(prev, d) !== 0;
  });
}
