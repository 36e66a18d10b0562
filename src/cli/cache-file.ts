// The CLI's parsed-note cache on disk: `<dir>/parsed-notes.jsonl`, replaced whole by writing a temporary file and
// renaming it, so a reader never sees half a cache (a damaged one is only parsed again anyway).
import process from "node:process";
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import * as path from "node:path";
import { encodeCacheHeader, encodeCacheLines, type CachedNote } from "../core/cache/note-cache";
import type { MosaicSettings } from "../core/model";

export const CACHE_FILE = "parsed-notes.jsonl";

/** The default cache folder: hidden inside the vault, so neither Obsidian nor the CLI reads it as notes. */
export const DEFAULT_CACHE_DIR = ".mosaic-cache";

export function readCacheFile(dir: string): string | null {
  try {
    // Bytes first, then text: Node's one-step UTF-8 read was measured 2-4 times slower on a 38 MB cache.
    return readFileSync(path.join(dir, CACHE_FILE)).toString("utf8");
  } catch {
    return null;
  }
}

/** Notes encoded and written at a time. */
const WRITE_PART = 256;

/** Writes the cache; a cache that cannot be written is skipped quietly (the next run parses again). */
export function writeCacheFile(dir: string, notes: readonly CachedNote[], settings: MosaicSettings): boolean {
  const file = path.join(dir, CACHE_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(temp, "w");
    try {
      // A part at a time: one string and one buffer of the whole cache (tens of MB) cost more than the writes.
      writeSync(fd, encodeCacheHeader(settings));
      for (let i = 0; i < notes.length; i += WRITE_PART) writeSync(fd, encodeCacheLines(notes.slice(i, i + WRITE_PART)));
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    return true;
  } catch {
    rmSync(temp, { force: true });
    return false;
  }
}
