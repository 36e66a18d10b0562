// Reads notes from the vault into indexes, keeping each one's stamp (size, mtime, text hash) as it was last parsed.
import type { App, TFile } from "obsidian";
import { contentHash } from "../core/cache/content-hash";
import type { CachedNote, FileStamp } from "../core/cache/note-cache";
import type { MosaicIndex } from "../core/index/mosaic-index";
import { MAX_NOTE_BYTES, tooLargeReason } from "../core/index/indexed-files";

export class NoteReader {
  /** Size, mtime and content hash of every note as it was last parsed, for the cache. */
  readonly stamps = new Map<string, FileStamp>();

  /** `parsed`: called after each note parsed from its text (the indexer then schedules a cache save). */
  constructor(
    private readonly app: App,
    private readonly parsed: () => void,
  ) {}

  setRead(file: TFile, text: string, indexes: MosaicIndex[]): void {
    this.stamps.set(file.path, { size: file.stat.size, mtime: file.stat.mtime, hash: contentHash(text) });
    for (const index of indexes) index.setNote(file.path, text);
    this.parsed();
  }

  async readInto(file: TFile, indexes: MosaicIndex[]): Promise<void> {
    if (file.stat.size > MAX_NOTE_BYTES) {
      for (const index of indexes) index.setUnreadable(file.path, tooLargeReason(file.stat.size));
      return;
    }
    const text = await this.readText(file, indexes);
    if (text !== null) this.setRead(file, text, indexes);
  }

  /**
   * Reads a note whose cached parse is current by its stamp, and parses it only when its text hash differs. False
   * when the cached parse was not used.
   */
  async readKnown(file: TFile, hit: CachedNote, index: MosaicIndex): Promise<boolean> {
    const text = await this.readText(file, [index]);
    if (text === null) return false;
    const hash = contentHash(text);
    if (hash !== hit.stamp.hash) {
      this.setRead(file, text, [index]);
      return false;
    }
    this.stamps.set(file.path, { size: file.stat.size, mtime: file.stat.mtime, hash });
    index.setParsed(file.path, hit.entry, text);
    return true;
  }

  /** The note's text; null when it cannot be read (then it is marked unreadable) or was renamed or deleted meanwhile. */
  async readText(file: TFile, indexes: MosaicIndex[]): Promise<string | null> {
    let text: string;
    try {
      text = await this.app.vault.cachedRead(file);
    } catch (e) {
      for (const index of indexes) index.setUnreadable(file.path, e instanceof Error ? e.message : String(e));
      return null;
    }
    return this.app.vault.getAbstractFileByPath(file.path) === file ? text : null;
  }
}
