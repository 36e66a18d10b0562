// Keeps a MosaicIndex in step with the vault: a time-sliced full index, then create/modify/delete/rename events.
import { debounce, TFile, type App, type Component, type Debouncer, type TAbstractFile } from "obsidian";
import { contentHash } from "../core/cache/content-hash";
import { sameStamp, type CachedNote } from "../core/cache/note-cache";
import { MosaicIndex, type LinkResolver } from "../core/index/mosaic-index";
import { isIndexedPath, isTimestampsPath, keepsText, MAX_NOTE_BYTES } from "../core/index/indexed-files";
import type { MosaicSettings } from "../core/model";
import type { NoteCacheStore } from "./note-cache-store";
import { Slicer, yieldToUi } from "./time-slices";
import { NoteReader } from "./note-reader";
import { buildFirstIndex, FirstIndex } from "./first-sidebar";

/** A chunk of the full index stops after this long and yields to the UI. */
export const SLICE_MS = 12;
/** Edits are re-read this long after the last keystroke-driven save of a note. */
export const MODIFY_DEBOUNCE_MS = 150;
/** The parsed-note cache is written this long after the last change (and after the first full index). */
export const CACHE_SAVE_DELAY_MS = 20_000;
/** Notes linked between two checks of the slice's time while a bulk load ends. */
const LINK_STEP = 100;
/** The status bar's progress is updated every so many notes. */
const PROGRESS_STEP = 200;

export interface IndexerCallbacks {
  /** The index (or the index object itself, after a full re-index) changed. */
  changed(): void;
  progress(done: number, total: number): void;
}

export class VaultIndexer {
  private current: MosaicIndex;
  /** The index a full re-index is filling; events apply to it too, so none is lost while it runs. */
  private building: MosaicIndex | null = null;
  private generation = 0;
  private pending = new Map<string, Debouncer<[], void>>();
  private stopped = false;
  /** Reads notes into indexes, keeping each one's size, mtime and content hash as last parsed, for the cache. */
  private readonly reader: NoteReader;
  private cache: NoteCacheStore | null = null;
  private readonly scheduleSave = debounce(() => void this.saveCache(), CACHE_SAVE_DELAY_MS, true);
  /** The work after a full index: checking the notes taken from the cache, then saving it. */
  background: Promise<void> = Promise.resolve();
  /** The note whose sidebar is shown from a first, partial index while the first full index runs (null: none). */
  private focus: () => string | null = () => null;

  constructor(
    private readonly app: App,
    private settings: MosaicSettings,
    private readonly resolver: LinkResolver,
    private readonly callbacks: IndexerCallbacks,
  ) {
    this.current = this.newIndex();
    // A full index saves when it ends; edits afterwards are saved once they pause.
    this.reader = new NoteReader(app, () => {
      if (this.cache && !this.building) this.scheduleSave();
    });
  }

  get index(): MosaicIndex {
    return this.current;
  }

  private newIndex(): MosaicIndex {
    return new MosaicIndex({ settings: this.settings, resolver: this.resolver });
  }

  private targets(): MosaicIndex[] {
    return this.building ? [this.current, this.building] : [this.current];
  }

  /** Whether the current index holds only the notes of the first sidebar (the full one is still being built). */
  get partial(): boolean {
    return this.current instanceof FirstIndex;
  }

  /** Shows the sidebar of `focus()` first at the first start (set before indexAll). */
  showFirstSidebarOf(focus: () => string | null): void {
    this.focus = focus;
  }

  /** Starts from, and keeps, a cache of parsed notes (set before indexAll). */
  useCache(cache: NoteCacheStore): void {
    this.cache = cache;
  }

  /** Follows vault events for the component's lifetime; pending re-reads are cancelled when it unloads. */
  follow(component: Component): void {
    const vault = this.app.vault;
    component.registerEvent(vault.on("create", (file) => this.onCreate(file)));
    component.registerEvent(vault.on("modify", (file) => this.onModify(file)));
    component.registerEvent(vault.on("delete", (file) => this.onDelete(file)));
    component.registerEvent(vault.on("rename", (file, oldPath) => this.onRename(file, oldPath)));
    component.register(() => this.stop());
  }

  stop(): void {
    this.stopped = true;
    this.scheduleSave.cancel();
    this.generation++;
    for (const d of this.pending.values()) d.cancel();
    this.pending.clear();
  }

  /** Builds a fresh index of the whole vault in time slices, then makes it current. Resolves false when superseded. */
  async indexAll(settings: MosaicSettings = this.settings): Promise<boolean> {
    this.settings = settings;
    const generation = ++this.generation;
    const next = this.newIndex();
    // A bulk load links each note once, against every path, when it ends (events meanwhile still apply).
    next.beginBulk();
    this.building = next;
    // Notes, and the Lens platform's `*.timestamps.json` beside video transcripts.
    const files = this.app.vault.getFiles().filter((f) => isIndexedPath(f.path, settings));
    const total = files.length;
    this.callbacks.progress(0, total);
    const superseded = (): boolean => generation !== this.generation;
    const focus = this.current.notePaths().length === 0 ? this.focus() : null;
    if (focus !== null) await this.showFirst(focus, superseded);
    const cached = this.cache ? await this.cache.load(settings, superseded) : new Map<string, CachedNote>();
    /** Notes taken from the cache: their text is checked against the cached hash once the index is shown. */
    const reused: TFile[] = [];
    /** Timestamps files, never cached. */
    let readAnyway = 0;
    /** Notes whose cached parse is current, read again for the text the Lens checks need (keepsText). */
    let freshRead = 0;
    /** One of those whose text hash differed from the cached one (the cache is saved again). */
    let knownChanged = false;
    const slicer = new Slicer(yieldToUi, SLICE_MS, superseded);
    let done = 0;
    for (const file of files) {
      if (superseded()) return false;
      if (this.app.vault.getAbstractFileByPath(file.path) === file) {
        const hit = cached.get(file.path);
        // The cache keeps no text: notes whose text the Lens checks read again (keepsText) are read (and
        // parsed again only when their text hash differs from the cached one).
        const fresh = hit && file.stat.size <= MAX_NOTE_BYTES && sameStamp(hit.stamp, { size: file.stat.size, mtime: file.stat.mtime });
        const needsText = hit !== undefined && keepsText(file.path, hit.entry.note.kind);
        if (fresh && needsText) freshRead++;
        if (isTimestampsPath(file.path)) readAnyway++;
        if (hit && fresh && !needsText) {
          next.setParsed(file.path, hit.entry, null);
          this.reader.stamps.set(file.path, hit.stamp);
          reused.push(file);
        } else if (hit && fresh) {
          if (!(await this.reader.readKnown(file, hit, next))) knownChanged = true;
        } else await this.reader.readInto(file, [next]);
      }
      if (++done % PROGRESS_STEP === 0) this.callbacks.progress(done, total);
      if (!(await slicer.tick())) return false;
    }
    while (next.linkSome(LINK_STEP) > 0) if (!(await slicer.tick())) return false;
    next.endBulk();
    // The vault-wide Lens checks, worked out in slices before the index is shown (else its first sidebar does them at once).
    await slicer.run(next.diagnosticSteps());
    if (superseded()) return false;
    this.current = next;
    this.building = null;
    this.callbacks.progress(total, total);
    this.callbacks.changed();
    if (this.cache) {
      const stale = knownChanged || reused.length + freshRead + readAnyway !== files.length || reused.length + freshRead !== cached.size;
      this.background = this.verifyReused(reused, generation).then((changed) => (changed || stale ? this.saveCache() : undefined));
    }
    return true;
  }

  /** Makes a first index of the notes the sidebar of `path` reads current, while the full index is built. */
  private async showFirst(path: string, superseded: () => boolean): Promise<void> {
    const slicer = new Slicer(yieldToUi, SLICE_MS, superseded);
    const host = { app: this.app, settings: this.settings, resolver: this.resolver, slicer, read: (file: TFile) => this.reader.readText(file, []) };
    const first = await buildFirstIndex(host, path);
    if (!first || superseded() || this.current.notePaths().length > 0) return;
    this.current = first;
    this.callbacks.changed();
    // The sidebar renders from it before the cache is read.
    await yieldToUi();
  }

  /**
   * A note can change without its size or mtime changing (a sync tool that keeps mtimes, an edit in the same
   * millisecond): after the index is shown, each note taken from the cache is read once more in the background and
   * re-parsed when its text hash differs from the cached one. True when one did.
   */
  private async verifyReused(files: TFile[], generation: number): Promise<boolean> {
    let changed = false;
    let restored = false;
    const slicer = new Slicer(yieldToUi, SLICE_MS, () => generation !== this.generation);
    for (const file of files) {
      if (generation !== this.generation) return false;
      const cachedHash = this.reader.stamps.get(file.path)?.hash;
      if (this.app.vault.getAbstractFileByPath(file.path) !== file) continue;
      let text: string;
      try {
        text = await this.app.vault.cachedRead(file);
      } catch {
        continue;
      }
      if (generation !== this.generation || this.app.vault.getAbstractFileByPath(file.path) !== file) return false;
      if (contentHash(text) !== cachedHash) {
        this.reader.setRead(file, text, this.targets());
        this.callbacks.changed();
        changed = true;
      } else {
        // As a cold start has it: the reading suggestions rank sources by their text.
        for (const index of this.targets()) index.restoreText(file.path, text);
        restored = true;
      }
      if (!(await slicer.tick())) return false;
    }
    if (restored) this.callbacks.changed();
    return changed;
  }

  /** Writes every indexed note with its stamp to the cache. */
  private async saveCache(): Promise<void> {
    if (!this.cache || this.stopped || this.building) return;
    const notes: CachedNote[] = [];
    for (const [path, entry] of this.current.parsedEntries()) {
      const stamp = this.reader.stamps.get(path);
      if (stamp) notes.push({ path, stamp, entry });
    }
    await this.cache.save(notes, this.settings);
  }

  private async reread(file: TFile): Promise<void> {
    if (this.stopped) return;
    await this.reader.readInto(file, this.targets());
    this.callbacks.changed();
  }

  private onCreate(file: TAbstractFile): void {
    if (file instanceof TFile && isIndexedPath(file.path, this.settings)) void this.reread(file);
  }

  private onModify(file: TAbstractFile): void {
    if (!(file instanceof TFile) || !isIndexedPath(file.path, this.settings)) return;
    let d = this.pending.get(file.path);
    if (!d) {
      const path = file.path;
      d = debounce(
        () => {
          this.pending.delete(path);
          const now = this.app.vault.getAbstractFileByPath(path);
          if (now instanceof TFile) void this.reread(now);
        },
        MODIFY_DEBOUNCE_MS,
        true,
      );
      this.pending.set(path, d);
    }
    d();
  }

  private cancelPending(path: string): void {
    this.pending.get(path)?.cancel();
    this.pending.delete(path);
  }

  private onDelete(file: TAbstractFile): void {
    if (!(file instanceof TFile)) return;
    this.cancelPending(file.path);
    if (!isIndexedPath(file.path, this.settings)) return;
    for (const index of this.targets()) index.deleteNote(file.path);
    this.callbacks.changed();
  }

  private onRename(file: TAbstractFile, oldPath: string): void {
    if (!(file instanceof TFile)) return;
    this.cancelPending(oldPath);
    const wasIndexed = isIndexedPath(oldPath, this.settings);
    const isIndexed = isIndexedPath(file.path, this.settings);
    if (wasIndexed && isIndexed) {
      for (const index of this.targets()) index.renameNote(oldPath, file.path);
      // Re-read: the rename itself may come with content changes (and a title from the new file name).
      void this.reread(file);
      this.callbacks.changed();
    } else if (wasIndexed) {
      for (const index of this.targets()) index.deleteNote(oldPath);
      this.callbacks.changed();
    } else if (isIndexed) {
      void this.reread(file);
    }
  }
}
