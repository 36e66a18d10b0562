// The incremental vault index: parsed notes, resolved edges, reverse edges, trees, coverage and diagnostics.
// CONTRACT STUB written by the lead: the index engineer replaces the bodies, keeping these signatures.
import type {
  Diagnostic,
  Edge,
  ExportNote,
  MosaicExport,
  MosaicSettings,
  NoteRef,
  ParsedNote,
  ProblemTree,
  SidebarModel,
  TreeNode,
} from "../model";

/** Turns a link path written in `fromPath` into a vault path; Obsidian's rules in the core, Obsidian's own resolver in the plugin. */
export interface LinkResolver {
  resolve(linkpath: string, fromPath: string): string | null;
}

/** One question anywhere in the vault, for the "link this note to a question" picker. */
export interface QuestionEntry {
  problem: NoteRef;
  node: TreeNode;
  /** Texts of the ancestors below the problem root, outermost first. */
  ancestors: string[];
}

export interface IndexOptions {
  settings?: MosaicSettings;
  /** When given, links resolve through it (the plugin passes Obsidian's metadataCache); else the core's own resolver. */
  resolver?: LinkResolver;
}

export class MosaicIndex {
  constructor(options: IndexOptions = {}) {
    void options;
  }

  /** Create or change one note: re-parses it and re-links what depends on it. */
  setNote(path: string, text: string): void {
    void path;
    void text;
    throw new Error("not implemented");
  }

  deleteNote(path: string): void {
    void path;
    throw new Error("not implemented");
  }

  renameNote(oldPath: string, newPath: string): void {
    void oldPath;
    void newPath;
    throw new Error("not implemented");
  }

  /** Report a file that exists but could not be read as text (binary, not UTF-8, too large): kept as a diagnostic. */
  setUnreadable(path: string, reason: string): void {
    void path;
    void reason;
    throw new Error("not implemented");
  }

  paths(): string[] {
    throw new Error("not implemented");
  }

  getNote(path: string): ParsedNote | undefined {
    void path;
    throw new Error("not implemented");
  }

  notes(): ExportNote[] {
    throw new Error("not implemented");
  }

  edges(): Edge[] {
    throw new Error("not implemented");
  }

  problems(): ProblemTree[] {
    throw new Error("not implemented");
  }

  problemTree(path: string): ProblemTree | null {
    void path;
    throw new Error("not implemented");
  }

  /** All diagnostics, sorted by file then line; `unresolved` adds `unresolved-link` infos for plain body links. */
  diagnostics(options?: { unresolved?: boolean }): Diagnostic[] {
    void options;
    throw new Error("not implemented");
  }

  sidebar(path: string): SidebarModel | null {
    void path;
    throw new Error("not implemented");
  }

  questions(): QuestionEntry[] {
    throw new Error("not implemented");
  }

  /** A number that changes whenever anything the queries return may have changed (views re-render on change). */
  get revision(): number {
    return 0;
  }

  export(): MosaicExport {
    throw new Error("not implemented");
  }
}
