// Loads the plugin on the in-memory Obsidian fake, filled from examples/alignment-mosaic or inline notes.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type * as O from "obsidian";
import MosaicPlugin from "../../src/plugin/mosaic-plugin";
import { App, Plugin as FakePlugin, resetFakeUi, type Command } from "../fakes/obsidian";

export const EXAMPLES = path.join(__dirname, "..", "..", "examples", "alignment-mosaic");

/** Every file under the examples vault, path (vault-relative, `/`) -> text. */
export function exampleFiles(dir = EXAMPLES, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const full = path.join(dir, name);
    const rel = prefix === "" ? name : `${prefix}/${name}`;
    if (statSync(full).isDirectory()) Object.assign(out, exampleFiles(full, rel));
    else out[rel] = readFileSync(full, "utf8");
  }
  return out;
}

export const manifest: O.PluginManifest = {
  id: "alignment-mosaic",
  name: "Alignment Mosaic",
  version: "0.1.0",
  minAppVersion: "1.7.2",
  author: "test",
  description: "test",
};

export interface Loaded {
  app: App;
  plugin: MosaicPlugin;
  /** The same plugin object seen through the fake's test helpers. */
  fake: FakePlugin;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for debounced re-reads (150 ms) and the coalesced notification to run. */
export const settle = (): Promise<void> => sleep(220);

/** Loads the plugin as Obsidian does: onload, then layout ready, then waits for the first full index. */
export async function loadPlugin(files: Record<string, string>, data: unknown = null, prepare?: (app: App) => void): Promise<Loaded> {
  resetFakeUi();
  const app = App.withFiles__(files);
  prepare?.(app);
  const plugin = new MosaicPlugin(app as unknown as O.App, manifest);
  const fake = plugin as unknown as FakePlugin;
  fake.setData__(data);
  await fake.load__();
  app.workspace.triggerLayoutReady__();
  await plugin.indexing;
  await sleep(5);
  return { app, plugin, fake };
}

export function command(loaded: Loaded, id: string): Command {
  const c = loaded.fake.commands__.get(id);
  if (!c) throw new Error(`no command ${id}`);
  return c;
}

/** Runs a command as the palette does: checks it, then runs it; returns whether it was available. */
export function runCommand(loaded: Loaded, id: string): boolean {
  const c = command(loaded, id);
  if (c.checkCallback) {
    if (c.checkCallback(true) !== true) return false;
    c.checkCallback(false);
    return true;
  }
  void c.callback?.();
  return true;
}

/** Makes `path` the active note, as clicking it in the file explorer would. */
export async function openNote(loaded: Loaded, notePath: string): Promise<void> {
  const file = loaded.app.vault.getFileByPath(notePath);
  if (!file) throw new Error(`no file ${notePath}`);
  await loaded.app.workspace.getLeaf(false).openFile(file);
}
