// Loads a vault's notes for a command: from the parsed-note cache when asked (`--cache`), the rest parsed on both
// cores when there are enough of them to pay for a worker, else one after another.
import { statSync, type Stats } from "node:fs";
import { decodeNoteCache, sameStamp, type CachedNote, type FileStamp } from "../core/cache/note-cache";
import { parseInParallel, readAndParse, workersAvailable, type JobRunner, type NoteResult } from "./parse-workers";
import { keepsText, MAX_NOTE_BYTES } from "../core/index/indexed-files";
import { readNoteSync, type NoteLoader } from "./read-vault";
import { readCacheFile, writeCacheFile } from "./cache-file";

/**
 * `auto` starts no worker: measured on 2 cores (quiet machine, medians), one thread was faster on every vault tried,
 * 2.94 s against 3.85 s on 10k notes and 1.13 s against 1.39 s on the 1,277-note course vault, because sending the
 * parsed notes back from the worker costs more than parsing them on the second core saves. `MOSAIC_WORKERS=1` still
 * uses one (the results are the same).
 */
export const WORKER_MIN_NOTES = Number.POSITIVE_INFINITY;
/** The worker's share of the notes: a little under half, since it starts later than the main thread. */
export const WORKER_SHARE = 0.45;

export interface LoadOptions {
  /** Folder of the parsed-note cache, or null for none. */
  cacheDir: string | null;
  /** `auto` uses a worker from WORKER_MIN_NOTES notes (never, as measured); a number forces (>0) or forbids (0) one. */
  workers: "auto" | number;
  /** Keep each note's text in the index (`mosaic next` reads it; check, tree and export do not). */
  keepText: boolean;
  /** Stamps already taken this run, by path on disk (not stat'ed again). */
  stamps?: ReadonlyMap<string, FileStamp>;
  /** Where the worker's share runs; a worker thread unless a test runs it in-process. */
  runner?: JobRunner;
}

export function noteLoader(options: LoadOptions): NoteLoader {
  return async (files, index, unreadable) => {
    const settings = index.settings;
    const cache = options.cacheDir === null ? null : decodeNoteCache(readCacheFile(options.cacheDir) ?? "", settings, true);
    const stamps: (FileStamp | null)[] = [];
    const results = new Map<number, NoteResult>();
    const todo: number[] = [];
    files.forEach(([rel, full], i) => {
      const stamp = cache ? (options.stamps?.get(full) ?? statStamp(full)) : null;
      stamps.push(stamp);
      const hit = stamp ? cache?.get(rel) : undefined;
      const fresh = stamp && hit && stamp.size <= MAX_NOTE_BYTES && sameStamp(hit.stamp, stamp);
      if (!fresh) todo.push(i);
      else if (!keepsText(rel, hit.entry.note.kind)) results.set(i, { entry: hit.entry, text: null });
      else {
        // The cache keeps no text: notes whose text the checks read (keepsText) are read, not parsed.
        const read = readNoteSync(full);
        results.set(i, "text" in read ? { entry: hit.entry, text: read.text } : read);
      }
    });
    const possible = options.runner !== undefined || workersAvailable();
    const parallel = possible && (options.workers === "auto" ? todo.length >= WORKER_MIN_NOTES : options.workers > 0);
    if (parallel) {
      const parsed = await parseInParallel(files, todo, settings, options.keepText, WORKER_SHARE, options.runner);
      for (const [i, result] of parsed) results.set(i, result);
    } else {
      for (const i of todo) results.set(i, readAndParse(files[i]![0], files[i]![1], settings, options.keepText));
    }
    let notes = 0;
    const kept: CachedNote[] = [];
    files.forEach(([rel], i) => {
      const result = results.get(i);
      if (!result) return;
      if ("reason" in result) {
        unreadable(rel, result.reason);
        return;
      }
      index.setParsed(rel, result.entry, result.text);
      notes++;
      const stamp = stamps[i];
      if (!stamp) return;
      // An unchanged note's line is written back as read: re-encoding 10k notes for one changed note cost half a second.
      const hit = cache?.get(rel);
      const line = hit?.entry === result.entry && exactStamp(hit.stamp, stamp) ? hit.line : undefined;
      kept.push({ path: rel, stamp, entry: result.entry, line });
    });
    if (options.cacheDir !== null && (todo.length > 0 || kept.length !== cache?.size)) writeCacheFile(options.cacheDir, kept, settings);
    return notes;
  };
}

/** Same size, mtime and ctime: the stamp a reused line holds is the one a new line would. */
function exactStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtime === b.mtime && a.ctime === b.ctime && a.hash === b.hash;
}

/** Size, mtime and ctime of a file, or null when it cannot be stat'ed (the read then says why). */
function statStamp(full: string): FileStamp | null {
  try {
    return stampOf(statSync(full));
  } catch {
    return null;
  }
}

/** The stamp a cached note is compared by, from a file's stats. */
export function stampOf(s: Stats): FileStamp {
  return { size: s.size, mtime: s.mtimeMs, ctime: s.ctimeMs };
}
