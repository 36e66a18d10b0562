// Opens the vault folder a command names: checks it, reads it into a fresh index, reports skipped files on stderr.
import process from "node:process";
import * as path from "node:path";
import { MosaicIndex } from "../core/index/mosaic-index";
import type { CliIo } from "./io";
import { checkVaultFolder, readVault, type VaultReport } from "./read-vault";
import { vaultSettings } from "./vault-settings";

export interface LoadedVault {
  index: MosaicIndex;
  report: VaultReport;
}

/**
 * `reportUnreadable`: print one stderr line per file that could not be read (tree and export; `check` lists
 * them as diagnostics instead). The vault's plugin settings apply; `ignore` adds globs of notes not to check.
 */
export async function loadVault(vault: string, io: CliIo, reportUnreadable: boolean, ignore: readonly string[] = []): Promise<LoadedVault> {
  const root = path.resolve(io.cwd ?? process.cwd(), vault);
  await checkVaultFolder(root, vault);
  const settings = vaultSettings(root, io);
  const index = new MosaicIndex({ settings: { ...settings, ignoreGlobs: [...(settings.ignoreGlobs ?? []), ...ignore] } });
  const report = await readVault(root, index);
  for (const link of report.skippedLinks) {
    io.stderr(`mosaic: skipped ${link.path}: symbolic link to a folder already read as ${link.target}\n`);
  }
  if (reportUnreadable) {
    for (const file of report.unreadable) io.stderr(`mosaic: skipped ${file.path}: ${file.reason}\n`);
  }
  return { index, report };
}
