// Lens ids (module contentId/id, outcome and lens ids, inline lens `id::`) and the duplicate-id diagnostics across notes.
import type { Diagnostic, ParsedNote } from "../model";
import { cmp } from "./edge-record";

export interface IdEntry {
  id: string;
  path: string;
  line: number | null;
  /** `frontmatter` or `inline`: the same id twice in one file and one kind is allowed (submodules). */
  kind: "frontmatter" | "inline";
}

const LENS_KINDS = new Set(["module", "learning-outcome", "lens"]);

export function idEntries(note: ParsedNote, text: string): IdEntry[] {
  const entries: IdEntry[] = [];
  if (note.id !== null && note.id.trim() !== "" && LENS_KINDS.has(note.kind)) {
    entries.push({ id: note.id.trim(), path: note.path, line: frontmatterIdLine(text, note), kind: "frontmatter" });
  }
  if (note.kind === "module") {
    for (const field of note.fields) {
      if (field.key !== "id" || field.section === null) continue;
      if (note.sections[field.section]?.type !== "lens") continue;
      const value = field.value.trim();
      if (value !== "") entries.push({ id: value, path: note.path, line: field.line, kind: "inline" });
    }
  }
  return entries;
}

function frontmatterIdLine(text: string, note: ParsedNote): number | null {
  if (note.frontmatterLines === 0) return null;
  const lines = text.split(/\r?\n/, note.frontmatterLines);
  const id = (note.id ?? "").trim();
  let fallback: number | null = null;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (!/^\s*(contentId|id)\s*:/i.test(line)) continue;
    if (line.includes(id)) return i + 1;
    fallback ??= i + 1;
  }
  return fallback ?? 1;
}

/** Diagnostics for one id's entries: every entry after the first (by path, then line) is a duplicate. */
export function duplicateDiagnostics(entries: readonly IdEntry[]): Diagnostic[] {
  const sorted = [...entries].sort((a, b) => cmp(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.kind, b.kind));
  const kept: IdEntry[] = [];
  for (const entry of sorted) {
    if (!kept.some((k) => k.path === entry.path && k.kind === entry.kind)) kept.push(entry);
  }
  if (kept.length < 2) return [];
  const first = kept[0]!;
  return kept.slice(1).map((entry) => ({
    file: entry.path,
    line: entry.line,
    severity: "error",
    code: "duplicate-id",
    message: `Duplicate id ${entry.id}: also used in ${first.path === entry.path ? "this file" : first.path}`,
  }));
}

/** Id entries of all notes, by id (compared case-insensitively, as UUIDs are). */
export class IdRegistry {
  private readonly byId = new Map<string, IdEntry[]>();

  add(entries: readonly IdEntry[]): void {
    for (const entry of entries) {
      const key = idKey(entry.id);
      const list = this.byId.get(key) ?? [];
      list.push(entry);
      this.byId.set(key, list);
    }
  }

  remove(entries: readonly IdEntry[]): void {
    for (const entry of entries) {
      const key = idKey(entry.id);
      const list = (this.byId.get(key) ?? []).filter((e) => e !== entry);
      if (list.length === 0) this.byId.delete(key);
      else this.byId.set(key, list);
    }
  }

  diagnostics(): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const entries of this.byId.values()) for (const d of duplicateDiagnostics(entries)) out.push(d);
    return out;
  }

  /** Duplicate-id diagnostics in `path`, given that note's own entries. */
  diagnosticsFor(path: string, own: readonly IdEntry[]): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const key of new Set(own.map((entry) => idKey(entry.id)))) {
      for (const d of duplicateDiagnostics(this.byId.get(key) ?? [])) if (d.file === path) out.push(d);
    }
    return out;
  }
}

function idKey(id: string): string {
  return id.trim().toLowerCase();
}
