// Keeps the parsed notes between sessions in the plugin's folder (`parsed-notes.jsonl`), read and written in slices
// so that a 10k-note cache never blocks the editor for long.
import { normalizePath, type App, type DataAdapter, type PluginManifest } from "obsidian";
import { encodeCacheHeader, encodeCacheLines, NoteCacheDecoder, type CachedNote } from "../core/cache/note-cache";
import type { MosaicSettings } from "../core/model";

/** Notes encoded between two checks of the slice's time (decoding checks after each note). */
const STEP = 50;

export class NoteCacheStore {
  readonly file: string;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly adapter: DataAdapter,
    folder: string,
    private readonly pause: () => Promise<void>,
    private readonly sliceMs: number,
  ) {
    this.file = normalizePath(`${folder}/parsed-notes.jsonl`);
  }

  /** The usable cached notes by path; empty when there is no cache or it is of another format or settings. */
  async load(settings: MosaicSettings, superseded: () => boolean): Promise<Map<string, CachedNote>> {
    const out = new Map<string, CachedNote>();
    let text: string;
    try {
      if (!(await this.adapter.exists(this.file))) return out;
      text = await this.adapter.read(this.file);
    } catch {
      return out;
    }
    const decoder = new NoteCacheDecoder(text, settings);
    let started = performance.now();
    while (!decoder.done && !superseded()) {
      for (const note of decoder.readSome(1)) out.set(note.path, note);
      if (performance.now() - started > this.sliceMs) {
        await this.pause();
        started = performance.now();
      }
    }
    return out;
  }

  /** Replaces the cache (one save at a time); failures are ignored (the next start parses again). */
  save(notes: readonly CachedNote[], settings: MosaicSettings): Promise<void> {
    this.saving = this.saving.then(() => this.write(notes, settings));
    return this.saving;
  }

  /**
   * Written a part at a time into a temporary file, then moved over the cache: the text is never joined into one
   * string of the cache's size (tens of MB on a 10k-note vault), and a start never reads a half-written cache.
   */
  private async write(notes: readonly CachedNote[], settings: MosaicSettings): Promise<void> {
    const temp = `${this.file}.tmp`;
    try {
      const folder = this.file.slice(0, this.file.lastIndexOf("/"));
      if (folder !== "" && !(await this.adapter.exists(folder))) await this.adapter.mkdir(folder);
      let started = performance.now();
      await this.adapter.write(temp, encodeCacheHeader(settings));
      for (let i = 0; i < notes.length; i += STEP) {
        await this.adapter.append(temp, encodeCacheLines(notes.slice(i, i + STEP)));
        if (performance.now() - started > this.sliceMs) {
          await this.pause();
          started = performance.now();
        }
      }
      if (await this.adapter.exists(this.file)) await this.adapter.remove(this.file);
      await this.adapter.rename(temp, this.file);
    } catch {
      // A read-only or full disk: keep working without a cache.
    }
  }
}

/** The store in the plugin's own folder, or null where the vault has no file adapter (then every start parses). */
export function pluginCacheStore(app: App, manifest: PluginManifest, pause: () => Promise<void>, sliceMs: number): NoteCacheStore | null {
  const adapter = (app.vault as { adapter?: DataAdapter }).adapter;
  if (!adapter) return null;
  return new NoteCacheStore(adapter, manifest.dir ?? `${app.vault.configDir}/plugins/${manifest.id}`, pause, sliceMs);
}
