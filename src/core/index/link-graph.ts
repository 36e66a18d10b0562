// The index's link bookkeeping: each note's resolved edges, who links to a note, and which notes depend on a link name.
import type { ParsedNote } from "../model";
import { linkKey } from "../resolve/paths";
import { buildEdges, cmp, type EdgeRecord } from "./edge-record";
import { addTo, removeFrom } from "./multimap";

/** Note path -> the paths of the notes whose edges into or out of it changed. */
export type Changes = Map<string, Set<string>>;

/** A note's part the graph fills in: its edges and the link keys (lower-case basenames) they depend on. */
export interface LinkedNote {
  note: ParsedNote;
  edges: EdgeRecord[];
  keys: Set<string>;
}

export class LinkGraph {
  /** Target path -> notes with an edge to it. */
  private readonly reverse = new Map<string, Set<string>>();
  /** Link key -> notes with a link whose resolution depends on notes of that name. */
  private readonly dependents = new Map<string, Set<string>>();
  private readonly parentNotes = new Set<string>();

  constructor(
    private readonly resolve: (linkPath: string, fromPath: string) => string | null,
    private readonly isParent: (relation: string) => boolean,
  ) {}

  /** Resolves a note's links into edges and records them; `changes` collects the targets touched. */
  link(state: LinkedNote, changes: Changes | null): void {
    const path = state.note.path;
    state.edges = buildEdges(state.note, this.resolve);
    state.keys = new Set();
    for (const link of state.note.links) if (link.path.trim() !== "") state.keys.add(linkKey(link.path));
    for (const key of state.keys) addTo(this.dependents, key, path);
    for (const record of state.edges) {
      const to = record.edge.to;
      if (to === null) continue;
      addTo(this.reverse, to, path);
      if (changes) addTo(changes, path, to);
    }
    if (state.edges.some((r) => this.isParent(r.edge.relation))) this.parentNotes.add(path);
  }

  /** Forgets a note's edges (they stay on `state` for comparison); `changes` collects the targets touched. */
  unlink(state: LinkedNote, changes: Changes): void {
    const path = state.note.path;
    for (const key of state.keys) removeFrom(this.dependents, key, path);
    for (const record of state.edges) {
      const to = record.edge.to;
      if (to === null) continue;
      removeFrom(this.reverse, to, path);
      addTo(changes, path, to);
    }
    this.parentNotes.delete(path);
  }

  /** The notes whose links could resolve differently once a note at `path` appears or disappears. */
  dependentsOf(path: string): string[] {
    return [...(this.dependents.get(linkKey(path)) ?? [])];
  }

  hasDependents(path: string): boolean {
    return this.dependents.has(linkKey(path));
  }

  /** The notes with an edge to `path` (only those with parent edges when `parentsOnly`), sorted. */
  sourcesOf(path: string, parentsOnly: boolean): string[] {
    const sources = this.reverse.get(path);
    if (!sources) return [];
    return (parentsOnly ? [...sources].filter((s) => this.parentNotes.has(s)) : [...sources]).sort(cmp);
  }

  /** Notes with at least one parent edge. */
  parentSources(): ReadonlySet<string> {
    return this.parentNotes;
  }
}
