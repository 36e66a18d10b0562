// Which files the index reads, one rule for the core, the CLI and the plugin: folders to include and skip, and the
// size above which a note is reported as unreadable instead of parsed.
import type { MosaicSettings, NoteKind } from "../model";
import { isInFolder } from "../resolve/paths";
import { isTimestampsPath } from "../lens/timestamps";

export { isTimestampsPath };

/**
 * 5 MB: the plugin parses on the UI thread, where a pasted dump larger than this stalls the editor (on phones most),
 * and `mosaic check` must report the notes the plugin shows, so the CLI keeps the same limit.
 */
export const MAX_NOTE_BYTES = 5 * 1024 * 1024;

/** The reason kept for a note over MAX_NOTE_BYTES (`size` null when it grew while being read). */
export function tooLargeReason(size: number | null): string {
  const shown = size === null ? "it grew while being read" : `${(size / (1024 * 1024)).toFixed(1)} MB`;
  return `larger than 5 MB (${shown})`;
}

/** A folder setting names the vault root when it is empty or only slashes: as a skipped folder it skips nothing. */
const isRoot = (folder: string): boolean => folder.replace(/^\/+|\/+$/g, "").trim() === "";

/** Inside the include folders when any are set, outside every skipped folder. */
export function isInIndexedFolders(path: string, settings: Pick<MosaicSettings, "includeFolders" | "excludeFolders">): boolean {
  const { includeFolders, excludeFolders } = settings;
  if (excludeFolders.some((folder) => !isRoot(folder) && isInFolder(path, folder.trim()))) return false;
  return includeFolders.length === 0 || includeFolders.some((folder) => isInFolder(path, folder.trim()));
}

/**
 * Markdown files, and the Lens platform's `*.timestamps.json` (a video's word timings, checked beside its transcript),
 * in the indexed folders: what the plugin and the CLI hand to the index.
 */
export function isIndexedPath(path: string, settings: Pick<MosaicSettings, "includeFolders" | "excludeFolders">): boolean {
  return (path.toLowerCase().endsWith(".md") || isTimestampsPath(path)) && isInIndexedFolders(path, settings);
}

/**
 * Notes whose text the Lens checks read again after parsing (an article's excerpt anchors, a transcript's time
 * markers, the line of a module's or course's slug): the CLI keeps their text and reads them even when their parse is
 * taken from a cache. `kind` is the note's parsed kind, where known.
 */
export function keepsText(path: string, kind?: NoteKind): boolean {
  return kind === "module" || kind === "course" || /(^|\/)(articles|video_transcripts)\//.test(path);
}
