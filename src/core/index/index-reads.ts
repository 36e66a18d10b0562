// The index's state and every query on it (notes, edges, trees, diagnostics, timestamps files); the changes that fill
// it are in mosaic-index.ts. Queries first settle any links a bulk load left pending.
import type { Diagnostic, Edge, ExportNote, MosaicSettings, NoteRef, ParsedNote, ProblemTree } from "../model";
import { DEFAULT_SETTINGS } from "../model";
import { PathResolver, type LinkResolver } from "../resolve/path-resolver";
import { normalizeKey } from "../parse/fields";
import { noteAliases } from "../parse/note-meta";
import { TreeCache } from "../tree/tree-cache";
import { globMatcher } from "../glob";
import type { ParsedEntry } from "../cache/parsed-entry";
import type { Steps } from "../steps";
import { cmp, type EdgeRecord } from "./edge-record";
import { IdRegistry, type IdEntry } from "./duplicate-ids";
import type { IndexReader } from "./index-data";
import { IndexDiagnostics } from "./index-diagnostics";
import { isInIndexedFolders } from "./indexed-files";
import { LinkGraph } from "./link-graph";
import { readTimestamps, type TimestampsReading } from "../lens/timestamps";

export interface IndexOptions {
  settings?: MosaicSettings;
  /** When given, links resolve through it (the plugin passes Obsidian's metadataCache); else the core's own resolver. */
  resolver?: LinkResolver;
}

export interface NoteState {
  note: ParsedNote;
  /** Null when the note came parsed from a cache or a worker without its text. */
  text: string | null;
  edges: EdgeRecord[];
  /** Link keys (lower-case basenames) this note's links depend on. */
  keys: Set<string>;
  ids: IdEntry[];
}

export abstract class IndexReads implements IndexReader {
  readonly settings: MosaicSettings;
  protected readonly states = new Map<string, NoteState>();
  protected readonly unreadable = new Map<string, string>();
  /** `*.timestamps.json` files (a video's word timings) by path, with their text and, once asked for, their reading. */
  protected readonly timestamps = new Map<string, { text: string; reading?: TimestampsReading }>();
  protected readonly pathResolver = new PathResolver();
  protected readonly external: LinkResolver | null;
  protected readonly ids = new IdRegistry();
  protected readonly links: LinkGraph;
  protected readonly relations: Set<string>;
  protected readonly parents: Set<string>;
  protected readonly trees: TreeCache;
  protected rev = 0;
  protected textRev = 0;
  protected sortedPaths: string[] | null = null;
  protected readonly ignored: (path: string) => boolean;
  protected readonly checks: IndexDiagnostics;

  constructor(options: IndexOptions = {}) {
    this.settings = options.settings ?? DEFAULT_SETTINGS;
    this.external = options.resolver ?? null;
    this.relations = new Set(this.settings.relationFields.map(normalizeKey));
    this.parents = new Set(this.settings.parentFields.map(normalizeKey));
    this.trees = new TreeCache(this);
    this.ignored = globMatcher(this.settings.ignoreGlobs ?? []);
    this.links = new LinkGraph(
      (link, from) => this.resolve(link, from),
      (relation) => this.isParent(relation),
    );
    this.checks = new IndexDiagnostics({
      vault: this,
      revision: () => this.rev,
      idDiagnostics: (path) => (path === undefined ? this.ids.diagnostics() : this.ids.diagnosticsFor(path, this.states.get(path)?.ids ?? [])),
      parentDiagnostics: () => this.trees.parentGraph().diagnostics,
      unreadable: () => this.unreadable,
      isTimestamps: (path) => this.timestamps.has(path),
      resolve: (link, from) => this.resolve(link, from),
      unchecked: (path) => this.states.get(path)?.note.tier === "ignored" || this.ignored(path),
    });
  }

  /** Links what a bulk load left pending, so that no query sees the index half-linked. */
  protected abstract settle(): void;

  /** The `*.timestamps.json` files, sorted by path, each read once (checks and word timings) until it changes. */
  timestampsFiles(): [path: string, reading: TimestampsReading][] {
    const paths = [...this.timestamps.keys()].sort(cmp);
    return paths.map((path) => [path, this.timestampsReading(path)!]);
  }

  timestampsReading(path: string): TimestampsReading | undefined {
    const file = this.timestamps.get(path);
    if (file === undefined) return undefined;
    file.reading ??= readTimestamps(path, file.text);
    return file.reading;
  }

  /** Every note as parsed, for a cache: shared with the index, read only. */
  *parsedEntries(): Generator<[path: string, entry: ParsedEntry]> {
    for (const [path, state] of this.states) yield [path, { note: state.note, ids: state.ids }];
  }

  // ---- reads ----

  /** Sorted note paths, shared with the index: read, do not change. */
  notePaths(): readonly string[] {
    this.sortedPaths ??= [...this.states.keys()].sort(cmp);
    return this.sortedPaths;
  }

  note(path: string): ParsedNote | undefined {
    return this.states.get(path)?.note;
  }

  /** A note's text when it was kept, or a timestamps file's text. */
  getText(path: string): string | undefined {
    return this.states.get(path)?.text ?? this.timestamps.get(path)?.text;
  }

  noteRef(path: string): NoteRef | null {
    const note = this.note(path);
    return note ? { path, title: note.title, kind: note.kind } : null;
  }

  outgoing(path: string): readonly EdgeRecord[] {
    this.settle();
    return this.states.get(path)?.edges ?? [];
  }

  incoming(path: string, parentsOnly = false): EdgeRecord[] {
    this.settle();
    const out: EdgeRecord[] = [];
    for (const from of this.links.sourcesOf(path, parentsOnly)) {
      for (const record of this.outgoing(from)) if (record.edge.to === path) out.push(record);
    }
    return out;
  }

  /** Parent links inside cycles (`from\0to`), never followed. */
  parentCut(): ReadonlySet<string> {
    this.settle();
    return this.trees.parentGraph().cut;
  }

  parentSources(): Iterable<string> {
    this.settle();
    return this.links.parentSources();
  }

  isRelation(relation: string): boolean {
    return this.relations.has(relation);
  }

  isParent(relation: string): boolean {
    return this.parents.has(relation);
  }

  notes(): ExportNote[] {
    return this.notePaths().map((path) => {
      const note = this.states.get(path)!.note;
      const aliases = noteAliases(note);
      return aliases.length === 0 ? { path, kind: note.kind, title: note.title, id: note.id } : { path, kind: note.kind, title: note.title, id: note.id, aliases };
    });
  }

  edges(): Edge[] {
    this.settle();
    const out: Edge[] = [];
    for (const path of this.notePaths()) for (const record of this.outgoing(path)) out.push({ ...record.edge });
    return out;
  }

  problems(): ProblemTree[] {
    this.settle();
    const out: ProblemTree[] = [];
    for (const path of this.notePaths()) {
      if (this.states.get(path)!.note.kind !== "problem") continue;
      const tree = this.trees.get(path);
      if (tree) out.push(tree);
    }
    return out;
  }

  problemTree(path: string): ProblemTree | null {
    this.settle();
    return this.states.get(path)?.note.kind === "problem" ? this.trees.get(path) : null;
  }

  /** The question tree rooted at any note (a module's `content::` questions, a problem's outline), cached. */
  treeOf(path: string): ProblemTree | null {
    this.settle();
    return this.trees.get(path);
  }

  /** All diagnostics, sorted by file then line; `unresolved` adds `unresolved-link` infos for plain body links. */
  diagnostics(options?: { unresolved?: boolean }): Diagnostic[] {
    this.settle();
    return this.checks.list(options?.unresolved ?? false);
  }

  /** Works out, a step at a time, what the first diagnostics query would otherwise do at once (the Lens checks). */
  *diagnosticSteps(): Steps<void> {
    this.settle();
    yield* this.checks.prepare();
  }

  /** Diagnostics of one file: its own and the index-level ones (links, ids, cycles). */
  diagnosticsFor(path: string, options?: { unresolved?: boolean }): Diagnostic[] {
    this.settle();
    return this.checks.of(path, options?.unresolved ?? false);
  }

  /** A number that changes whenever anything the queries return may have changed (views re-render on change). */
  get revision(): number {
    this.settle();
    return this.rev;
  }

  /**
   * A number that changes when a note's text is given back (restoreText) without the note changing: only what reads
   * texts (reading suggestions) is affected; parses, links and checks are not.
   */
  get textRevision(): number {
    return this.textRev;
  }

  protected state(path: string): NoteState {
    return this.states.get(path)!;
  }

  protected isIndexed(path: string): boolean {
    return isInIndexedFolders(path, this.settings);
  }

  protected resolve(linkpath: string, fromPath: string): string | null {
    if (this.external) {
      const hit = this.external.resolve(linkpath, fromPath);
      return hit !== null && (this.states.has(hit) || this.unreadable.has(hit)) ? hit : null;
    }
    return this.pathResolver.resolve(linkpath, fromPath);
  }
}
