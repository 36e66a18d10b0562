// The platform's walk when it publishes a course: each module down through its outcomes and lenses to their
// segments, and each lens on its own. It meets the Text segments it publishes and the references it refuses as circular.
import type { LensSection, LensTier, ParsedNote } from "../model";
import { platformResolve, readPlatformLink } from "./platform-links";
import { isInlineLens } from "./reading";
import { slugProblem } from "./frontmatter-checks";
import { lastFields } from "./segment-checks";
import type { Steps } from "../steps";

export interface FlattenVault {
  notePaths(): readonly string[];
  note(path: string): ParsedNote | undefined;
  /** A file the platform reads (a note or a `*.timestamps.json`). */
  exists(path: string): boolean;
}

export interface FlattenVisitor {
  /** A Text segment the platform publishes, written in `file`. */
  text(file: string, segment: LensSection): void;
  /** A reference in `file` (at `line`) to `target`, which the platform refuses: it is already on the way down. */
  circular(file: string, line: number, target: string, reason: string): void;
}

/** The path the note stands on: each step's file, top first, to tell a cycle from a repeat. */
type Path = readonly string[];

/** The platform reads a module, outcome or lens only when its frontmatter has what the kind requires. */
function platformReads(note: ParsedNote, kind: "module" | "outcome" | "lens"): boolean {
  const fm = note.frontmatter;
  if (!fm) return false;
  const filled = (v: unknown): boolean => v !== undefined && v !== null && !(typeof v === "string" && v.trim() === "");
  if (kind !== "module") return typeof fm.id === "string" && fm.id.trim() !== "";
  return filled(fm.slug) && filled(fm.title) && (typeof fm.slug !== "string" || slugProblem(fm.slug) === null);
}

function ownSource(section: LensSection): { value: string; line: number } | null {
  const f = section.fields.filter((x) => x.key === "source" && x.scope === 0).pop();
  return f && f.value !== "" ? f : null;
}

export class PlatformFlatten {
  constructor(
    private readonly vault: FlattenVault,
    private readonly visitor: FlattenVisitor,
  ) {}

  /** The walk, pausing after each note (a caller that must not block runs it in slices). */
  *steps(): Steps<void> {
    for (const path of this.vault.notePaths()) {
      const note = this.vault.note(path);
      if (!note || note.tier === "ignored") continue;
      if (note.kind === "module" && platformReads(note, "module")) this.module(note);
      if (note.kind === "lens" && platformReads(note, "lens")) this.segments(note.lens?.sections ?? [], path, new Set([path]), [path]);
      yield;
    }
  }

  private tier(path: string): LensTier {
    return this.vault.note(path)?.tier ?? "production";
  }

  /** The note a reference in `from` names, when the platform finds it and does not skip it as ignored. */
  private target(value: string, from: string, relative = false): string | null {
    const link = readPlatformLink(value);
    if (!link || link.error || (relative && !link.path.includes("/"))) return null;
    const path = platformResolve(link.path, from, (p) => this.vault.exists(p));
    return path === null || this.tier(path) === "ignored" ? null : path;
  }

  private reason(target: string, file: string, path: Path): string {
    if (target === file) return "a note cannot include itself";
    return path.includes(target) ? "it includes this note" : "it is already included earlier in this learning outcome";
  }

  private module(note: ParsedNote): void {
    const visited = new Set([note.path]);
    const path = [note.path];
    const section = (s: LensSection): void => {
      if (s.type === "learning-outcome") this.outcome(s, note.path, new Set(visited), path);
      else if (s.type === "lens") this.lensSection(s, note.path, new Set(visited), path);
    };
    for (const s of note.lens?.sections ?? []) {
      if (s.type === "submodule") s.children.forEach(section);
      else if (!(s.type === "learning-outcome" && this.outcomeWithSubmodules(s, note.path, visited, path))) section(s);
    }
  }

  private outcome(s: LensSection, modulePath: string, visited: Set<string>, path: Path): void {
    const source = ownSource(s);
    const loPath = source && this.target(source.value, modulePath);
    if (!source || !loPath) return;
    if (visited.has(loPath)) return this.visitor.circular(modulePath, source.line, loPath, this.reason(loPath, modulePath, path));
    visited.add(loPath);
    const lo = this.vault.note(loPath);
    if (!lo || !platformReads(lo, "outcome")) return;
    const sections = lo.lens?.sections ?? [];
    const grouped = sections.some((x) => x.type === "submodule");
    const inner = [...path, loPath];
    const lenses = grouped ? sections.flatMap((x) => (x.type === "submodule" ? x.children : [])) : sections;
    for (const lens of lenses) if (lens.type === "lens") this.outcomeLens(lens, loPath, visited, inner, visited);
    const test = grouped ? undefined : sections.filter((x) => x.type === "test").pop();
    if (test) this.segments(test.children, loPath, visited, inner);
  }

  /** A lens an outcome lists: `visited` is checked, `into` remembers it for the ones after. */
  private outcomeLens(lens: LensSection, loPath: string, visited: Set<string>, path: Path, into: Set<string>): void {
    const source = ownSource(lens);
    const lensPath = source && this.target(source.value, loPath, true);
    if (!source || !lensPath) return;
    if (visited.has(lensPath)) return this.visitor.circular(loPath, source.line, lensPath, this.reason(lensPath, loPath, path));
    into.add(lensPath);
    this.lensNote(lensPath, into, [...path, lensPath]);
  }

  /** An outcome in Submodule groups: its lenses are checked against the module alone. False for other outcomes. */
  private outcomeWithSubmodules(s: LensSection, modulePath: string, visited: Set<string>, path: Path): boolean {
    // This first look at the outcome skips neither an ignored outcome nor one already on the way.
    const link = readPlatformLink(ownSource(s)?.value ?? "");
    const loPath = link && !link.error ? platformResolve(link.path, modulePath, (p) => this.vault.exists(p)) : null;
    const lo = loPath === null ? undefined : this.vault.note(loPath);
    if (loPath === null || !lo || !platformReads(lo, "outcome")) return false;
    const groups = (lo.lens?.sections ?? []).filter((x) => x.type === "submodule");
    if (groups.length === 0) return false;
    const inner = [...path, loPath];
    for (const group of groups) {
      for (const lens of group.children) if (lens.type === "lens") this.outcomeLens(lens, loPath, visited, inner, new Set(visited));
      const test = group.children.filter((x) => x.type === "test").pop();
      if (test) this.segments(test.children, loPath, visited, inner);
    }
    return true;
  }

  private lensSection(s: LensSection, modulePath: string, visited: Set<string>, path: Path): void {
    if (isInlineLens(s)) {
      if (lastFields(s).get("id")?.value) this.segments(s.children, modulePath, visited, path);
      return;
    }
    const source = ownSource(s);
    const lensPath = source && this.target(source.value, modulePath);
    if (!source || !lensPath) return;
    if (visited.has(lensPath)) return this.visitor.circular(modulePath, source.line, lensPath, this.reason(lensPath, modulePath, path));
    visited.add(lensPath);
    this.lensNote(lensPath, visited, [...path, lensPath]);
  }

  private lensNote(lensPath: string, visited: Set<string>, path: Path): void {
    const lens = this.vault.note(lensPath);
    if (lens?.kind === "lens" && platformReads(lens, "lens")) this.segments(lens.lens?.sections ?? [], lensPath, visited, path);
  }

  /** A lens's segments, written in `file`: Text is published, an article or video already on the way is refused. */
  private segments(segments: readonly LensSection[], file: string, visited: Set<string>, path: Path): void {
    for (const segment of segments) {
      if (segment.type === "text") this.visitor.text(file, segment);
      if (segment.type !== "article" && segment.type !== "video") continue;
      const source = lastFields(segment).get("source");
      const target = source && source.value !== "" ? this.target(source.value, file) : null;
      if (source && target && visited.has(target)) this.visitor.circular(file, source.line, target, this.reason(target, file, path));
    }
  }
}
