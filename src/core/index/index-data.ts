// The read-only views of the index: IndexData for trees and diagnostics, IndexReader for queries and exports.
import type { Diagnostic, Edge, ExportNote, MosaicSettings, NoteRef, ParsedNote, ProblemTree } from "../model";
import type { EdgeRecord } from "./edge-record";

export interface IndexData {
  readonly settings: MosaicSettings;
  note(path: string): ParsedNote | undefined;
  /** Sorted paths of all parsed notes. */
  notePaths(): readonly string[];
  outgoing(path: string): readonly EdgeRecord[];
  /** Edges from other notes (and the note itself) whose resolved target is `path`, sorted; `parentsOnly` limits the
   *  sources to notes with parent links (the edges still need filtering by relation). */
  incoming(path: string, parentsOnly?: boolean): EdgeRecord[];
  /** Notes that have at least one edge in a parent field. */
  parentSources(): Iterable<string>;
  isRelation(relation: string): boolean;
  isParent(relation: string): boolean;
}

/** What queries (sidebar, questions, gap report) and exports read; MosaicIndex implements it. */
export interface IndexReader extends IndexData {
  /** The text a note was last set with. */
  getText(path: string): string | undefined;
  noteRef(path: string): NoteRef | null;
  /** Parent links inside cycles (`from\0to`), never followed. */
  parentCut(): ReadonlySet<string>;
  notes(): ExportNote[];
  edges(): Edge[];
  problems(): ProblemTree[];
  problemTree(path: string): ProblemTree | null;
  /** The question tree rooted at any note (a module's `content::` questions, a problem's outline). */
  treeOf(path: string): ProblemTree | null;
  diagnostics(options?: { unresolved?: boolean }): Diagnostic[];
  diagnosticsFor(path: string, options?: { unresolved?: boolean }): Diagnostic[];
  /** Changes whenever anything the queries return may have changed. */
  readonly revision: number;
}
