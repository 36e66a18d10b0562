// Opens the vault folder a command names: checks it, reads it into a fresh index, reports skipped files on stderr.
import process from "node:process";
import * as path from "node:path";
import { MosaicIndex } from "../core/index/mosaic-index";
import type { CliIo } from "./io";
import { DEFAULT_CACHE_DIR } from "./cache-file";
import { noteLoader } from "./load-notes";
import { checkVaultFolder, readVault, type VaultReport } from "./read-vault";
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

/**
 * `reportUnreadable`: print one stderr line per file that could not be read (tree and export; `check` lists
 * them as diagnostics instead). The vault's plugin settings apply; `ignore` adds globs of notes not to check.
 */
export async function loadVault(vault: string, io: CliIo, reportUnreadable: boolean, options: VaultLoadOptions = {}): Promise<LoadedVault> {
  const cwd = io.cwd ?? process.cwd();
  const root = path.resolve(cwd, vault);
  await checkVaultFolder(root, vault);
  const settings = vaultSettings(root, io);
  const index = new MosaicIndex({ settings: { ...settings, ignoreGlobs: [...(settings.ignoreGlobs ?? []), ...(options.ignore ?? [])] } });
  const cache = options.cache ?? null;
  const workers = io.env?.["MOSAIC_WORKERS"];
  const loader = noteLoader({
    cacheDir: cache === null ? null : cache === true ? path.join(root, DEFAULT_CACHE_DIR) : path.resolve(cwd, cache),
    workers: workers !== undefined && /^[0-9]+$/.test(workers) ? Number(workers) : "auto",
    keepText: options.keepText ?? false,
  });
  const report = await readVault(root, index, loader);
  for (const link of report.skippedLinks) {
    io.stderr(`mosaic: skipped ${link.path}: symbolic link to a folder already read as ${link.target}\n`);
  }
  if (reportUnreadable) {
    for (const file of report.unreadable) io.stderr(`mosaic: skipped ${file.path}: ${file.reason}\n`);
  }
  return { index, report };
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
