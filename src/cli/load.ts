// Opens the vault folder a command names: checks it, reads it into a fresh index, reports skipped files on stderr.
import process from "node:process";
import * as path from "node:path";
import { MosaicIndex } from "../core/index/mosaic-index";
import type { CliIo } from "./io";
import { DEFAULT_CACHE_DIR } from "./cache-file";
import { noteLoader } from "./load-notes";
import { checkVaultFolder, loadWalk, walkVault, type VaultReport, type VaultWalk } from "./read-vault";
import type { MosaicSettings } from "../core/model";
import type { FileStamp } from "../core/cache/note-cache";
import { vaultSettings } from "./vault-settings";

export interface LoadedVault {
  index: MosaicIndex;
  report: VaultReport;
}

export interface VaultLoadOptions {
  /** `--cache[=DIR]`: true for the default folder inside the vault, a folder, or null for no cache. */
  cache?: string | true | null;
  /** Keep note texts in the index (`next` reads them). */
  keepText?: boolean;
  /** `--ignore GLOB`: notes indexed but not checked, beside the vault's own setting. */
  ignore?: readonly string[];
}

/** A vault folder checked and walked, with its settings and cache folder, before any note is read. */
export interface OpenedVault {
  root: string;
  settings: MosaicSettings;
  walk: VaultWalk;
  /** The `--cache` folder, or null for none. */
  cacheDir: string | null;
  /** Files already stat'ed (for the check memo), by path on disk: the cache's freshness test reuses them. */
  stamps: Map<string, FileStamp>;
}

/** Checks the vault folder, reads its plugin settings (plus `ignore` globs of notes not to check) and walks it. */
export async function openVault(vault: string, io: CliIo, options: VaultLoadOptions = {}): Promise<OpenedVault> {
  const cwd = io.cwd ?? process.cwd();
  const root = path.resolve(cwd, vault);
  await checkVaultFolder(root, vault);
  const own = vaultSettings(root, io);
  const settings = { ...own, ignoreGlobs: [...(own.ignoreGlobs ?? []), ...(options.ignore ?? [])] };
  const cache = options.cache ?? null;
  const cacheDir = cache === null ? null : cache === true ? path.join(root, DEFAULT_CACHE_DIR) : path.resolve(cwd, cache);
  return { root, settings, walk: walkVault(root), cacheDir, stamps: new Map() };
}

/**
 * `reportUnreadable`: print one stderr line per file that could not be read (tree and export; `check` lists
 * them as diagnostics instead). The vault's plugin settings apply; `ignore` adds globs of notes not to check.
 */
export async function loadVault(vault: string, io: CliIo, reportUnreadable: boolean, options: VaultLoadOptions = {}): Promise<LoadedVault> {
  return loadOpened(await openVault(vault, io, options), io, reportUnreadable, options);
}

/** Reads an opened vault's notes into a fresh index (from the cache where it is current). */
export async function loadOpened(opened: OpenedVault, io: CliIo, reportUnreadable: boolean, options: VaultLoadOptions = {}): Promise<LoadedVault> {
  const index = new MosaicIndex({ settings: opened.settings });
  const workers = io.env?.["MOSAIC_WORKERS"];
  const loader = noteLoader({
    cacheDir: opened.cacheDir,
    workers: workers !== undefined && /^[0-9]+$/.test(workers) ? Number(workers) : "auto",
    keepText: options.keepText ?? false,
    stamps: opened.stamps,
  });
  const report = await loadWalk(opened.walk, index, loader);
  reportSkippedLinks(opened.walk, io);
  if (reportUnreadable) {
    for (const file of report.unreadable) io.stderr(`mosaic: skipped ${file.path}: ${file.reason}\n`);
  }
  return { index, report };
}

/** One stderr line per symbolic link not followed. */
export function reportSkippedLinks(walk: VaultWalk, io: CliIo): void {
  for (const link of walk.skippedLinks) {
    io.stderr(`mosaic: skipped ${link.path}: symbolic link to a folder already read as ${link.target}\n`);
  }
}

/**
 * Takes `--cache` or `--cache=DIR` out of a command's arguments (before the command's own flags are parsed): the one
 * flag whose value is optional.
 */
export function takeCacheFlag(args: readonly string[]): { args: string[]; cache: string | true | null } {
  let cache: string | true | null = null;
  const rest: string[] = [];
  let positionalOnly = false;
  for (const arg of args) {
    if (arg === "--") positionalOnly = true;
    if (!positionalOnly && arg === "--cache") cache = true;
    else if (!positionalOnly && arg.startsWith("--cache=") && arg.length > "--cache=".length) cache = arg.slice("--cache=".length);
    else rest.push(arg);
  }
  return { args: rest, cache };
}
