// The plugin's saved settings (its data.json): the core's MosaicSettings plus sidebar and check options, with defaults
// and migration. Pure, so the CLI reads a vault's settings exactly as the plugin does.
import { DEFAULT_SETTINGS, type MosaicSettings } from "./model";

export const SETTINGS_VERSION = 1;

export interface MosaicSettingsData extends MosaicSettings {
  /** Shape version of the saved data; `migrateSettings` upgrades older shapes. */
  version: number;
  /** Sidebar: list the notes that address each question under it. */
  showAddressers: boolean;
  /** Sidebar: show the active note's diagnostics. */
  showDiagnostics: boolean;
  /** Sidebar: suggest source notes under unaddressed questions, and rank unread sources. */
  showSuggestions: boolean;
  /** Path globs whose notes are indexed but not checked (`mosaic check --ignore` adds to them). */
  ignoreGlobs: string[];
}

export const DEFAULT_PLUGIN_SETTINGS: MosaicSettingsData = {
  ...DEFAULT_SETTINGS,
  kindTags: { ...DEFAULT_SETTINGS.kindTags },
  version: SETTINGS_VERSION,
  showAddressers: true,
  showDiagnostics: true,
  showSuggestions: true,
  ignoreGlobs: [],
};

function stringList(value: unknown, fallback: string[]): string[] {
  if (typeof value === "string") return splitList(value);
  if (!Array.isArray(value)) return [...fallback];
  return value.filter((v): v is string => typeof v === "string").map((v) => v.trim()).filter((v) => v !== "");
}

/** Splits a comma (or newline) separated list as typed in the settings tab. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Builds valid settings from whatever `loadData()` returned (null, an older version, hand-edited JSON). */
export function migrateSettings(saved: unknown): MosaicSettingsData {
  const raw: Record<string, unknown> =
    saved !== null && typeof saved === "object" && !Array.isArray(saved) ? { ...(saved as Record<string, unknown>) } : {};
  // Version 0 (unversioned drafts) kept folders as one comma string and relation fields under `fields`.
  if (typeof raw.version !== "number" || raw.version < 1) {
    if (raw.relationFields === undefined && raw.fields !== undefined) raw.relationFields = raw.fields;
    delete raw.fields;
  }
  const merged = Object.assign({}, DEFAULT_PLUGIN_SETTINGS, raw) as Record<string, unknown>;
  const savedTags = (merged.kindTags ?? {}) as Record<string, unknown>;
  const kindTags = { ...DEFAULT_SETTINGS.kindTags };
  for (const kind of Object.keys(kindTags) as (keyof typeof kindTags)[]) {
    kindTags[kind] = stringList(savedTags[kind], DEFAULT_SETTINGS.kindTags[kind]).map((t) => t.replace(/^#/, "").toLowerCase());
  }
  return {
    version: SETTINGS_VERSION,
    kindTags,
    relationFields: stringList(merged.relationFields, DEFAULT_SETTINGS.relationFields),
    parentFields: stringList(merged.parentFields, DEFAULT_SETTINGS.parentFields),
    includeFolders: stringList(merged.includeFolders, []),
    excludeFolders: stringList(merged.excludeFolders, []),
    showAddressers: typeof merged.showAddressers === "boolean" ? merged.showAddressers : DEFAULT_PLUGIN_SETTINGS.showAddressers,
    showDiagnostics: typeof merged.showDiagnostics === "boolean" ? merged.showDiagnostics : DEFAULT_PLUGIN_SETTINGS.showDiagnostics,
    showSuggestions: typeof merged.showSuggestions === "boolean" ? merged.showSuggestions : DEFAULT_PLUGIN_SETTINGS.showSuggestions,
    ignoreGlobs: stringList(merged.ignoreGlobs, []),
  };
}

/** The core's view of the settings (what parsing and indexing depend on). */
export function coreSettings(data: MosaicSettingsData): MosaicSettings {
  return {
    kindTags: data.kindTags,
    relationFields: data.relationFields,
    parentFields: data.parentFields,
    includeFolders: data.includeFolders,
    excludeFolders: data.excludeFolders,
    ignoreGlobs: data.ignoreGlobs,
  };
}
