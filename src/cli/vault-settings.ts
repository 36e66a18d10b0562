// The plugin's own settings, read from the vault (`<config folder>/plugins/alignment-mosaic/data.json`), so the CLI
// reads kinds, fields, folders and ignore globs exactly as the plugin does in that vault.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import type { MosaicSettings } from "../core/model";
import { coreSettings, migrateSettings } from "../core/settings";
import type { CliIo } from "./io";

export const PLUGIN_DATA = "plugins/alignment-mosaic/data.json";

/** The vault-relative data.json of the plugin: in the vault's config folder, which users may rename (any dot-folder). */
export function settingsFile(root: string): string | null {
  let names: string[];
  try {
    names = readdirSync(root).filter((n) => n.startsWith(".")).sort();
  } catch {
    return null;
  }
  const folder = names.find((n) => existsSync(path.join(root, n, PLUGIN_DATA)));
  return folder === undefined ? null : `${folder}/${PLUGIN_DATA}`;
}

/** The vault's settings (defaults when the plugin never saved any); an unreadable file is said on stderr and skipped. */
export function vaultSettings(root: string, io: CliIo): MosaicSettings {
  const file = settingsFile(root);
  let saved: unknown = null;
  if (file !== null) {
    try {
      saved = JSON.parse(readFileSync(path.join(root, file), "utf8")) as unknown;
    } catch (error) {
      io.stderr(`mosaic: ignored ${file}: ${error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)}\n`);
    }
  }
  return coreSettings(migrateSettings(saved));
}
