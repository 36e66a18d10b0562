// Reads a vault folder into a MosaicIndex: every `*.md` and `*.timestamps.json` file, vault-relative `/` paths, bad files
// kept as diagnostics.
import { Buffer, isUtf8 } from "node:buffer";
import { closeSync, fstatSync, openSync, promises as fs, readdirSync, readSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import * as path from "node:path";
import type { MosaicIndex } from "../core/index/mosaic-index";
import { isTimestampsPath, MAX_NOTE_BYTES, tooLargeReason } from "../core/index/indexed-files";
import { CliError } from "./io";

/**
 * Folders never read: hidden ones, as in Obsidian (its config folder, `.git`, `.trash`), and `node_modules`.
 */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}


export interface VaultReport {
  /** Notes handed to the index as text. */
  notes: number;
  /** Files that exist but were not readable as text (also given to the index via setUnreadable). */
  unreadable: { path: string; reason: string }[];
  /** Symbolic links not followed because their target was already read (loops, or two links to one folder). */
  skippedLinks: { path: string; target: string }[];
}

/** A leading byte order mark, dropped from the text as Obsidian drops it. */
const BOM = 0xfeff;

/** Checks that `root` is a readable folder; throws a CliError naming the path as the user wrote it. */
export async function checkVaultFolder(root: string, shown: string): Promise<void> {
  let stats: Stats;
  try {
    stats = await fs.stat(root);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") throw new CliError(`no such folder: ${shown}`);
    if (code === "ELOOP") throw new CliError(`cannot read folder: ${shown} (symbolic link loop)`);
    throw new CliError(`cannot read folder: ${shown} (${describe(error)})`);
  }
  if (!stats.isDirectory()) throw new CliError(`not a folder: ${shown} (give the vault folder, not a file in it)`);
  try {
    await fs.readdir(root);
  } catch (error) {
    throw new CliError(`cannot read folder: ${shown} (${describe(error)})`);
  }
}

/**
 * Reads the notes a walk found (vault-relative path, path on disk) into an index inside its bulk load, reporting the
 * files it could not read through `unreadable`; returns how many notes it set.
 */
export type NoteLoader = (
  files: readonly (readonly [rel: string, full: string])[],
  index: MosaicIndex,
  unreadable: (rel: string, reason: string) => void,
) => Promise<number>;

/** One blocking read after another, each note set with its text. */
const readEach: NoteLoader = (files, index, unreadable) => {
  let notes = 0;
  for (const [rel, full] of files) {
    const result = readNoteSync(full);
    if ("text" in result) {
      index.setNote(rel, result.text);
      notes++;
    } else {
      unreadable(rel, result.reason);
    }
  }
  return Promise.resolve(notes);
};

/** What a walk of the vault found, before any note is read. */
export interface VaultWalk {
  /** [vault-relative path, path on disk] of every note and timestamps file, in walk order. */
  files: [string, string][];
  /** Folders and links that could not be read. */
  unreadable: { path: string; reason: string }[];
  skippedLinks: { path: string; target: string }[];
}

/**
 * Walks `root` and feeds every note to `index` in one bulk load. The root must already have passed checkVaultFolder.
 * Synchronous inside: a vault is thousands of small files, and one blocking read each is several times cheaper than a
 * promise and a thread-pool round trip each (the CLI has nothing else to do meanwhile).
 */
export async function readVault(root: string, index: MosaicIndex, load: NoteLoader = readEach): Promise<VaultReport> {
  return loadWalk(walkVault(root), index, load);
}

/** Finds every note and timestamps file under `root` (a folder that passed checkVaultFolder), reading none. */
export function walkVault(root: string): VaultWalk {
  const found: VaultWalk = { files: [], unreadable: [], skippedLinks: [] };
  const { files } = found;
  const seenFolders = new Map<string, string>();
  const seenFiles = new Set<string>();
  const unreadable = (rel: string, reason: string): void => {
    found.unreadable.push({ path: rel, reason });
  };
  const walk = (dir: string, rel: string): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (error) {
      unreadable(rel === "" ? "." : rel, `folder cannot be read (${describe(error)})`);
      return;
    }
    const seenAs = seenFolders.get(real);
    if (seenAs !== undefined) {
      found.skippedLinks.push({ path: rel, target: seenAs === "" ? "." : seenAs });
      return;
    }
    seenFolders.set(real, rel);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      unreadable(rel === "" ? "." : rel, `folder cannot be read (${describe(error)})`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = joinName(dir, entry.name);
      const childRel = rel === "" ? entry.name : `${rel}/${entry.name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      const isLink = entry.isSymbolicLink();
      if (isLink) {
        try {
          const target = statSync(full);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          if (isNote(entry.name)) unreadable(childRel, `symbolic link cannot be followed (${describe(error)})`);
          continue;
        }
      }
      if (isDir) {
        if (!isSkippedFolder(entry.name)) walk(full, childRel);
      } else if (isFile && isNote(entry.name)) {
        // A plain file's real path is its real folder's plus its name: only links need asking the file system.
        const realFile = isLink ? realpathOr(full) : joinName(real, entry.name);
        if (seenFiles.has(realFile)) continue;
        seenFiles.add(realFile);
        files.push([childRel, full]);
      }
    }
  };

  walk(root, "");
  return found;
}

/** Reads what a walk found into `index` in one bulk load, reporting the files it could not read. */
export async function loadWalk(walked: VaultWalk, index: MosaicIndex, load: NoteLoader = readEach): Promise<VaultReport> {
  const report: VaultReport = { notes: 0, unreadable: [], skippedLinks: walked.skippedLinks };
  const unreadable = (rel: string, reason: string): void => {
    report.unreadable.push({ path: rel, reason });
    index.setUnreadable(rel, reason);
  };
  const { files } = walked;
  index.beginBulk();
  try {
    for (const { path: rel, reason } of walked.unreadable) unreadable(rel, reason);
    report.notes = await load(files.filter(([rel]) => !isTimestampsPath(rel)), index, unreadable);
    // A video's word timings: read as text and checked, never parsed or cached as notes.
    for (const [rel, full] of files) {
      if (!isTimestampsPath(rel)) continue;
      const result = readNoteSync(full);
      if ("text" in result) index.setNote(rel, result.text);
      else unreadable(rel, result.reason);
    }
  } finally {
    index.endBulk();
  }
  return report;
}

export type NoteRead = { text: string } | { reason: string };

/** Reads one note as UTF-8 text, or says why it cannot be read as a note. */
export async function readNote(file: string): Promise<NoteRead> {
  return Promise.resolve(readNoteSync(file));
}

/** readNote, blocking: one open, fstat, read and close; files over the limit are not read. */
export function readNoteSync(file: string): NoteRead {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    return { reason: `cannot be read (${describe(error)})` };
  }
  try {
    const bytes = readUpTo(fd, MAX_NOTE_BYTES + 1);
    if (bytes.length > MAX_NOTE_BYTES) {
      // Only now ask for the size (most notes are small: no fstat for them).
      const size = fstatSync(fd).size;
      return { reason: tooLargeReason(size > MAX_NOTE_BYTES ? size : null) };
    }
    if (bytes.includes(0)) return { reason: "binary file (contains NUL bytes)" };
    // isUtf8 and toString run natively and fast; a fatal TextDecoder does the same work several times slower.
    if (!isUtf8(bytes)) return { reason: "not valid UTF-8 text" };
    const text = bytes.toString("utf8");
    return { text: text.charCodeAt(0) === BOM ? text.slice(1) : text };
  } catch (error) {
    return { reason: `cannot be read (${describe(error)})` };
  } finally {
    closeSync(fd);
  }
}

/** One buffer reused for every file read: thousands of small per-file buffers would each be memory the GC tracks. */
let scratch = Buffer.allocUnsafe(64 * 1024);

/** The file's bytes up to `limit`, as a view of the shared scratch buffer: valid until the next read. */
function readUpTo(fd: number, limit: number): Buffer {
  let length = 0;
  for (;;) {
    if (length === scratch.length) {
      if (length >= limit) break;
      const grown = Buffer.allocUnsafe(Math.min(scratch.length * 2, limit));
      scratch.copy(grown, 0, 0, length);
      scratch = grown;
    }
    const read = readSync(fd, scratch, length, Math.min(scratch.length, limit) - length, null);
    if (read === 0) break;
    length += read;
    if (length >= limit) break;
  }
  return scratch.subarray(0, length);
}

/** A folder (absolute, normalised) and a name read from it: path.join without its normalising pass. */
function joinName(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

function realpathOr(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

function isNote(name: string): boolean {
  return name.endsWith(".md") || isTimestampsPath(name);
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

function describe(error: unknown): string {
  const code = errorCode(error);
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "no such file";
  if (code === "ELOOP") return "symbolic link loop";
  return error instanceof Error ? error.message : String(error);
}
