// The CLI's parsed-note cache on disk: `<dir>/parsed-notes.jsonl`, replaced whole by writing a temporary file and
// renaming it, so a reader never sees half a cache (a damaged one is only parsed again anyway).
import process from "node:process";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { encodeNoteCache, type CachedNote } from "../core/cache/note-cache";
import type { MosaicSettings } from "../core/model";

export const CACHE_FILE = "parsed-notes.jsonl";

/** The default cache folder: hidden inside the vault, so neither Obsidian nor the CLI reads it as notes. */
export const DEFAULT_CACHE_DIR = ".mosaic-cache";

export function readCacheFile(dir: string): string | null {
  try {
    return readFileSync(path.join(dir, CACHE_FILE), "utf8");
  } catch {
    return null;
  }
}

/** Writes the cache; a cache that cannot be written is skipped quietly (the next run parses again). */
export function writeCacheFile(dir: string, notes: readonly CachedNote[], settings: MosaicSettings): boolean {
  const file = path.join(dir, CACHE_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, encodeNoteCache(notes, settings));
    renameSync(temp, file);
    return true;
  } catch {
    rmSync(temp, { force: true });
    return false;
  }
}
