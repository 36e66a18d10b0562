// Collects one note's Lens diagnostics, each once (the platform re-reads a section's lines for its segments).
import type { Diagnostic, DiagnosticCode, Severity } from "../model";

export class LensReport {
  private readonly seen = new Set<string>();
  readonly list: Diagnostic[] = [];

  constructor(readonly file: string) {}

  add(line: number | null, severity: Severity, code: DiagnosticCode, message: string): void {
    const key = `${line ?? ""}\0${code}\0${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ file: this.file, line, severity, code, message });
  }

  error(line: number | null, code: DiagnosticCode, message: string): void {
    this.add(line, "error", code, message);
  }

  warn(line: number | null, code: DiagnosticCode, message: string): void {
    this.add(line, "warning", code, message);
  }
}
