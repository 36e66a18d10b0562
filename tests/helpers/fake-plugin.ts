// The real plugin constructed on the in-memory Obsidian fake (not loaded yet); safe to bundle for the browser.
import type * as O from "obsidian";
import MosaicPlugin from "../../src/plugin/mosaic-plugin";
import { App, type Plugin as FakePlugin } from "../fakes/obsidian";

export const manifest: O.PluginManifest = {
  id: "alignment-mosaic",
  name: "Alignment Mosaic",
  version: "0.1.0",
  minAppVersion: "1.7.2",
  author: "test",
  description: "test",
};

export interface FakeLoaded {
  app: App;
  plugin: MosaicPlugin;
  /** The same plugin object seen through the fake's test helpers. */
  fake: FakePlugin;
}

/** A vault holding `files`, `prepare` run on it, and the plugin constructed on it (call `fake.load__()` to load). */
export function createPlugin(files: Record<string, string>, prepare?: (app: App) => void): FakeLoaded {
  const app = App.withFiles__(files);
  prepare?.(app);
  const plugin = new MosaicPlugin(app as unknown as O.App, manifest);
  return { app, plugin, fake: plugin as unknown as FakePlugin };
}

/** Appends `line` to the note at `notePath`, as typing it would. */
export async function appendLine(app: App, notePath: string, line: string): Promise<void> {
  const file = app.vault.getFileByPath(notePath);
  if (!file) throw new Error(`no ${notePath}`);
  await app.vault.modify(file, `${app.vault.text__(notePath) ?? ""}\n${line}\n`);
}
