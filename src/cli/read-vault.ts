// Reads a vault folder into a MosaicIndex: every `*.md` file, vault-relative `/` paths, bad files kept as diagnostics.
import { promises as fs, type Dirent, type Stats } from "node:fs";
import * as path from "node:path";
import type { MosaicIndex } from "../core/index/mosaic-index";
import { CliError } from "./io";

/** Folders Obsidian users keep beside their notes that never hold notes of the vault. */
/**
 * Folders never read: hidden ones, as in Obsidian (its config folder, `.git`, `.trash`), and `node_modules`.
 */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

export const MAX_NOTE_BYTES = 10 * 1024 * 1024;

export interface VaultReport {
  /** Notes handed to the index as text. */
  notes: number;
  /** Files that exist but were not readable as text (also given to the index via setUnreadable). */
  unreadable: { path: string; reason: string }[];
  /** Symbolic links not followed because their target was already read (loops, or two links to one folder). */
  skippedLinks: { path: string; target: string }[];
}

const decoder = new TextDecoder("utf-8", { fatal: true });

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

/** Walks `root` and feeds every note to `index`. The root must already have passed checkVaultFolder. */
export async function readVault(root: string, index: MosaicIndex): Promise<VaultReport> {
  const report: VaultReport = { notes: 0, unreadable: [], skippedLinks: [] };
  const files: string[] = [];
  const seenFolders = new Map<string, string>();
  const seenFiles = new Set<string>();

  const unreadable = (rel: string, reason: string): void => {
    report.unreadable.push({ path: rel, reason });
    index.setUnreadable(rel, reason);
  };

  const walk = async (dir: string, rel: string): Promise<void> => {
    const real = await fs.realpath(dir);
    const seenAs = seenFolders.get(real);
    if (seenAs !== undefined) {
      report.skippedLinks.push({ path: rel, target: seenAs === "" ? "." : seenAs });
      return;
    }
    seenFolders.set(real, rel);
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      unreadable(rel === "" ? "." : rel, `folder cannot be read (${describe(error)})`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const childRel = rel === "" ? entry.name : `${rel}/${entry.name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await fs.stat(full);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          if (isNote(entry.name)) unreadable(childRel, `symbolic link cannot be followed (${describe(error)})`);
          continue;
        }
      }
      if (isDir) {
        if (!isSkippedFolder(entry.name)) await walk(full, childRel);
      } else if (isFile && isNote(entry.name)) {
        const realFile = await fs.realpath(full).catch(() => full);
        if (seenFiles.has(realFile)) continue;
        seenFiles.add(realFile);
        files.push(childRel);
      }
    }
  };
  await walk(root, "");

  // Read a few files at a time: fast on big vaults without opening thousands of handles at once.
  const batch = 16;
  for (let start = 0; start < files.length; start += batch) {
    const slice = files.slice(start, start + batch);
    const results = await Promise.all(slice.map((rel) => readNote(path.join(root, ...rel.split("/")))));
    slice.forEach((rel, i) => {
      const result = results[i];
      if (!result) return;
      if ("text" in result) {
        index.setNote(rel, result.text);
        report.notes++;
      } else {
        unreadable(rel, result.reason);
      }
    });
  }
  return report;
}

export type NoteRead = { text: string } | { reason: string };

/** Reads one note as UTF-8 text, or says why it cannot be read as a note. */
export async function readNote(file: string): Promise<NoteRead> {
  try {
    const stats = await fs.stat(file);
    if (stats.size > MAX_NOTE_BYTES) {
      return { reason: `larger than 10 MB (${(stats.size / (1024 * 1024)).toFixed(1)} MB)` };
    }
    const bytes = await fs.readFile(file);
    if (bytes.includes(0)) return { reason: "binary file (contains NUL bytes)" };
    try {
      return { text: decoder.decode(bytes) };
    } catch {
      return { reason: "not valid UTF-8 text" };
    }
  } catch (error) {
    return { reason: `cannot be read (${describe(error)})` };
  }
}

function isNote(name: string): boolean {
  return name.endsWith(".md");
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
