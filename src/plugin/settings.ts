// The plugin's saved settings: defined in the core (src/core/settings.ts) so the CLI reads a vault's data.json alike.
export * from "../core/settings";
