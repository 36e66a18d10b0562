// The incremental vault index: the changes (set, delete, rename, bulk loads) that keep notes, edges, trees and
// diagnostics current; the state and its queries are in index-reads.ts.
import { isTimestampsPath } from "./indexed-files";
import type { EdgeRecord } from "./edge-record";
import type { Changes } from "./link-graph";
import { IndexReads, type NoteState } from "./index-reads";
import { parseEntry, type ParsedEntry } from "../cache/parsed-entry";
import type { IndexReader } from "./index-data";

export type { IndexOptions } from "./index-reads";
export type { LinkResolver } from "../resolve/path-resolver";

export class MosaicIndex extends IndexReads {
  /** Notes added by a bulk load whose links are not resolved yet (see beginBulk); empty outside a bulk load. */
  private readonly pendingLinks = new Set<string>();
  private bulk = false;
  /** linkSome linked part of a bulk load: its end still has to drop trees and bump the revision. */
  private linkedEarly = false;
  /** Set while a change is applied with links pending: the trees it updates read the index, which must not settle then. */
  private deferSettle = false;

  // ---- changes ----

  /** Create or change one note (or a `*.timestamps.json`, kept as text): re-parses it and re-links what depends on it. */
  setNote(path: string, text: string): void {
    if (isTimestampsPath(path)) this.setTimestamps(path, text);
    else this.put(path, text, null);
  }

  private setTimestamps(path: string, text: string): void {
    if (!this.isIndexed(path)) return;
    if (this.unreadable.delete(path)) this.pathResolver.remove(path);
    this.timestamps.set(path, { text });
    this.rev++;
  }

  /**
   * A note parsed elsewhere (a worker, or a cache of an earlier session) with the same settings: as setNote, without
   * parsing again. `text` is null when the file was not read; getText then knows nothing, and a rename drops the note
   * until the caller sets it at its new path.
   */
  setParsed(path: string, entry: ParsedEntry, text: string | null = null): void {
    this.put(path, text, entry);
  }

  /**
   * Gives a note that came parsed without its text (setParsed from a cache) the text it was parsed from, as its hash
   * showed: reads of the text (reading suggestions) then see what a fresh parse would. Nothing is parsed or re-linked.
   */
  restoreText(path: string, text: string): void {
    const state = this.states.get(path);
    if (!state || state.text !== null) return;
    state.text = text;
    this.textRev++;
  }

  private put(path: string, text: string | null, entry: ParsedEntry | null): void {
    if (this.bulk && this.addPending(path, text, entry)) return;
    this.settle();
    if (!this.isIndexed(path)) {
      if (this.states.has(path) || this.unreadable.has(path)) this.deleteNote(path);
      return;
    }
    const changes: Changes = new Map([[path, new Set<string>()]]);
    const created = !this.states.has(path) && !this.unreadable.has(path);
    // An unreadable file becoming a note changes which parent links lead somewhere, and the list of note paths.
    const wasUnreadable = this.unreadable.delete(path);
    if (wasUnreadable) this.trees.clear();
    const old = this.states.get(path);
    if (old) this.unlink(old, changes);
    const state = this.newState(path, text, entry);
    this.states.set(path, state);
    this.ids.add(state.ids);
    if (created) this.pathSetChanged(path, "add", changes);
    this.links.link(state, changes);
    if (!sameParents(old?.edges, state.edges, this)) this.trees.clear();
    this.changed(changes, created || wasUnreadable);
  }

  deleteNote(path: string): void {
    if (this.timestamps.delete(path)) {
      this.rev++;
      return;
    }
    this.settle();
    const changes: Changes = new Map([[path, new Set<string>()]]);
    const old = this.states.get(path);
    const existed = old !== undefined || this.unreadable.has(path);
    if (!existed) return;
    this.unreadable.delete(path);
    if (old) {
      this.unlink(old, changes);
      this.states.delete(path);
      if (old.edges.some((r) => this.isParent(r.edge.relation))) this.trees.clear();
    }
    this.pathSetChanged(path, "remove", changes);
    this.changed(changes, true);
  }

  renameNote(oldPath: string, newPath: string): void {
    if (oldPath === newPath) return;
    const timings = this.timestamps.get(oldPath);
    if (timings !== undefined) {
      this.deleteNote(oldPath);
      this.setNote(newPath, timings.text);
      return;
    }
    const state = this.states.get(oldPath);
    const reason = this.unreadable.get(oldPath);
    this.deleteNote(oldPath);
    if (state?.text != null) this.setNote(newPath, state.text);
    else if (reason !== undefined) this.setUnreadable(newPath, reason);
  }

  /** Report a file that exists but could not be read as text (binary, not UTF-8, too large): kept as a diagnostic. */
  setUnreadable(path: string, reason: string): void {
    if (!this.isIndexed(path)) return;
    if (this.states.has(path) || this.timestamps.has(path)) this.deleteNote(path);
    const created = !this.unreadable.has(path);
    this.unreadable.set(path, reason);
    const changes: Changes = new Map([[path, new Set<string>()]]);
    this.withoutSettling(() => {
      if (created) this.pathSetChanged(path, "add", changes);
      this.changed(changes, created);
    });
  }

  // ---- bulk load ----

  /**
   * Many notes at once (a whole vault): the same result as setNote on each, but every path is known before any link
   * is resolved, so each note is parsed once and linked once instead of re-linking the notes that link to every
   * newly added name.
   */
  setNotes(entries: Iterable<readonly [path: string, text: string]>): void {
    this.beginBulk();
    try {
      this.addToBulk(entries);
    } finally {
      this.endBulk();
    }
  }

  /**
   * Starts a bulk load that may arrive in chunks (addToBulk, or setNote/setUnreadable as usual) and ends with endBulk.
   * New notes are parsed at once and linked at the end. Anything else meanwhile (a change to a known note, a delete,
   * a rename, a query about links or trees) first links what is pending, so the index is never seen half-linked.
   */
  beginBulk(): void {
    this.bulk = true;
  }

  addToBulk(entries: Iterable<readonly [path: string, text: string]>): void {
    for (const [path, text] of entries) this.setNote(path, text);
  }

  endBulk(): void {
    this.bulk = false;
    this.settle();
  }

  /** During a bulk load, takes a note that is new to the index without linking it; false when it needs the normal path. */
  private addPending(path: string, text: string | null, entry: ParsedEntry | null): boolean {
    if (this.states.has(path) || this.unreadable.has(path) || !this.isIndexed(path)) return false;
    const state = this.newState(path, text, entry);
    this.states.set(path, state);
    this.ids.add(state.ids);
    this.pendingLinks.add(path);
    if (!this.links.hasDependents(path)) {
      // No linked note can resolve differently: pathSetChanged and changed() reduced to what they would still do.
      this.pathResolver.add(path);
      this.sortedPaths = null;
      this.trees.noteChanged(path, []);
      this.rev++;
      return true;
    }
    // Notes linked before the bulk load began may resolve differently now; pending ones are linked at the end anyway.
    const changes: Changes = new Map([[path, new Set<string>()]]);
    this.withoutSettling(() => {
      this.pathSetChanged(path, "add", changes);
      this.changed(changes, true);
    });
    return true;
  }

  private withoutSettling(apply: () => void): void {
    const outer = this.deferSettle;
    this.deferSettle = true;
    try {
      apply();
    } finally {
      this.deferSettle = outer;
    }
  }

  private newState(path: string, text: string | null, entry: ParsedEntry | null): NoteState {
    const parsed = entry ?? parseEntry(path, text ?? "", this.settings);
    return { note: parsed.note, text, edges: [], keys: new Set(), ids: parsed.ids };
  }

  /**
   * During a bulk load, links up to `limit` of the notes it added and returns how many are still waiting: a caller
   * that must not block (the plugin) links in slices before endBulk, which then has little left to do.
   */
  linkSome(limit: number): number {
    if (!this.bulk) return 0;
    let done = 0;
    for (const path of this.pendingLinks) {
      if (done >= limit) break;
      this.pendingLinks.delete(path);
      const state = this.states.get(path);
      if (state) this.links.link(state, null);
      done++;
    }
    if (done > 0) this.linkedEarly = true;
    return this.pendingLinks.size;
  }

  /** Links every note a bulk load added, against the complete set of paths. */
  protected settle(): void {
    if ((this.pendingLinks.size === 0 && !this.linkedEarly) || this.deferSettle) return;
    this.linkedEarly = false;
    const pending = [...this.pendingLinks];
    this.pendingLinks.clear();
    for (const path of pending) {
      const state = this.states.get(path);
      if (state) this.links.link(state, null);
    }
    this.trees.clear();
    this.changed(new Map(), true);
  }

  // ---- internals ----

  private unlink(state: NoteState, changes: Changes): void {
    this.links.unlink(state, changes);
    this.ids.remove(state.ids);
  }

  /** A path appeared or disappeared: re-resolve only the notes whose links could now point elsewhere. */
  private pathSetChanged(path: string, change: "add" | "remove", changes: Changes): void {
    if (change === "add") this.pathResolver.add(path);
    else this.pathResolver.remove(path);
    this.sortedPaths = null;
    for (const source of this.links.dependentsOf(path)) {
      const state = this.states.get(source);
      if (!state || source === path) continue;
      const before = state.edges;
      this.links.unlink(state, changes);
      this.links.link(state, changes);
      if (!sameParents(before, state.edges, this)) this.trees.clear();
    }
  }

  private changed(changes: Changes, pathsChanged: boolean): void {
    if (pathsChanged) this.sortedPaths = null;
    for (const [path, targets] of changes) this.trees.noteChanged(path, targets);
    this.rev++;
  }
}

/** Whether two edge lists hang the note in the same places (same parent targets and anchors). */
function sameParents(a: readonly EdgeRecord[] | undefined, b: readonly EdgeRecord[], data: IndexReader): boolean {
  const signature = (list: readonly EdgeRecord[] | undefined): string =>
    (list ?? [])
      .filter((r) => data.isParent(r.edge.relation))
      .map((r) => `${r.edge.to ?? ""}#${r.edge.anchor ?? ""}@${r.edge.line}`)
      .join("\n");
  return signature(a) === signature(b);
}
