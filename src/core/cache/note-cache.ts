// The parsed-note cache kept between sessions: one JSON line per note after a header line naming the format version
// and the settings it was parsed with. A stale, foreign or damaged cache is never an error: what cannot be used is
// parsed again.
import { PARSED_NOTE_FORMAT, type MosaicSettings } from "../model";
import type { IdEntry } from "../index/duplicate-ids";
import { decodeNote, encodeNote, type CompactNote } from "./note-codec";
import type { ParsedEntry } from "./parsed-entry";

/** What is known of a file without reading it, plus its content hash when it was read. */
export interface FileStamp {
  size: number;
  /** Modification time, ms. */
  mtime: number;
  /**
   * Inode change time, ms (CLI only): every write sets it, and unlike mtime it cannot be set back, so a note rewritten
   * with the same size and its old mtime still differs here.
   */
  ctime?: number;
  /** contentHash of the text, when the file was read. */
  hash?: string;
}

export interface CachedNote {
  path: string;
  stamp: FileStamp;
  entry: ParsedEntry;
  /**
   * The note's cache line as it was read, written back as it is while the note is unchanged (the CLI's: a line is a
   * slice that keeps the whole cache text alive, which a short run can afford and a plugin session cannot).
   */
  line?: string;
}

/** One line of the cache: path, stamp, ids and the compact note. */
interface Line {
  p: string;
  t: FileStamp;
  i: IdEntry[];
  c: CompactNote;
}

interface Header {
  format: number;
  settings: string;
}

/** The settings in a stable order: a cache made with other kind tags or fields must not be used. */
export function settingsKey(settings: MosaicSettings): string {
  return JSON.stringify(settings, (_key, value: unknown) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

/** The cache as text: a header line, then one line per note. */
export function encodeNoteCache(notes: readonly CachedNote[], settings: MosaicSettings): string {
  return encodeCacheHeader(settings) + encodeCacheLines(notes);
}

/** The cache's first line. */
export function encodeCacheHeader(settings: MosaicSettings): string {
  const header: Header = { format: PARSED_NOTE_FORMAT, settings: settingsKey(settings) };
  return JSON.stringify(header) + "\n";
}

/** The lines of `notes`, each ending in a newline: what follows the header, written a part at a time if need be. */
export function encodeCacheLines(notes: readonly CachedNote[]): string {
  let out = "";
  for (const { path, stamp, entry, line } of notes) {
    out += (line ?? asciiJson({ p: path, t: stamp, i: entry.ids, c: encodeNote(entry.note) } satisfies Line)) + "\n";
  }
  return out;
}

/**
 * JSON with every character past ASCII written as a `\u` escape: an all-ASCII cache decodes from UTF-8 several times
 * faster, and into one-byte strings (a single `é` in a note otherwise makes the whole cache text two bytes a character).
 */
function asciiJson(value: unknown): string {
  const json = JSON.stringify(value);
  return NON_ASCII.test(json) ? json.replace(NON_ASCII_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : json;
}

const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_ALL = /[\u0080-\uffff]/g;

/**
 * Reads a cache text in slices (the plugin decodes between frames). Invalid as a whole when the header is missing,
 * of another format version or made with other settings; a damaged line (a truncated file) only loses that note.
 */
export class NoteCacheDecoder {
  readonly valid: boolean;
  private at: number;

  constructor(
    private readonly text: string,
    settings: MosaicSettings,
  ) {
    const end = text.indexOf("\n");
    const header = end < 0 ? null : parseJson(text.slice(0, end));
    this.valid = isHeader(header) && header.format === PARSED_NOTE_FORMAT && header.settings === settingsKey(settings);
    this.at = this.valid ? end + 1 : text.length;
  }

  get done(): boolean {
    return this.at >= this.text.length;
  }

  /** Up to `limit` more notes, with their lines when `keepLines` (see CachedNote.line). */
  readSome(limit: number, keepLines = false): CachedNote[] {
    const out: CachedNote[] = [];
    while (out.length < limit && this.at < this.text.length) {
      let end = this.text.indexOf("\n", this.at);
      if (end < 0) end = this.text.length;
      const line = this.text.slice(this.at, end);
      const note = cachedNote(parseJson(line));
      this.at = end + 1;
      if (note && keepLines) note.line = line;
      if (note) out.push(note);
    }
    return out;
  }
}

/** Every usable note of a cache text, by path (empty when the cache cannot be used at all). */
export function decodeNoteCache(text: string, settings: MosaicSettings, keepLines = false): Map<string, CachedNote> {
  const decoder = new NoteCacheDecoder(text, settings);
  const out = new Map<string, CachedNote>();
  for (const note of decoder.readSome(Infinity, keepLines)) out.set(note.path, note);
  return out;
}

/**
 * Whether a cached note still describes the file: same size and mtime, and the same ctime and content hash where both
 * sides know them.
 */
export function sameStamp(cached: FileStamp, now: FileStamp): boolean {
  if (cached.size !== now.size || cached.mtime !== now.mtime) return false;
  if (cached.ctime !== undefined && now.ctime !== undefined && cached.ctime !== now.ctime) return false;
  return cached.hash === undefined || now.hash === undefined || cached.hash === now.hash;
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return null;
  }
}

function isHeader(value: unknown): value is Header {
  if (!value || typeof value !== "object") return false;
  const h = value as Partial<Header>;
  return typeof h.format === "number" && typeof h.settings === "string";
}

/** The cached note a line holds, or null when the line is damaged. */
function cachedNote(value: unknown): CachedNote | null {
  if (!value || typeof value !== "object") return null;
  const line = value as Partial<Line>;
  const stamp = line.t as Partial<FileStamp> | undefined;
  if (typeof line.p !== "string" || typeof stamp?.size !== "number" || typeof stamp.mtime !== "number" || !Array.isArray(line.i)) return null;
  try {
    const note = decodeNote(line.c as CompactNote);
    return note.path === line.p ? { path: line.p, stamp: stamp as FileStamp, entry: { note, ids: line.i } } : null;
  } catch {
    return null;
  }
}
