// The read-only view of the index that trees, diagnostics and queries are computed from.
import type { MosaicSettings, ParsedNote } from "../model";
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
