// The plugin entry point Obsidian loads: re-exports the plugin class from src/plugin.
export { default } from "./src/plugin/mosaic-plugin";
