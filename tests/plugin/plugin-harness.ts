// Loads the plugin on the in-memory Obsidian fake, filled from examples/alignment-mosaic or inline notes.
import { resetFakeUi, type App, type Command } from "../fakes/obsidian";
import { createPlugin, type FakeLoaded } from "../helpers/fake-plugin";

export { EXAMPLES, exampleFiles } from "../helpers/example-vault";
export { manifest } from "../helpers/fake-plugin";

export type Loaded = FakeLoaded;

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for debounced re-reads (150 ms) and the coalesced notification to run. */
export const settle = (): Promise<void> => sleep(220);

/** Waits until `done()` holds (a busy machine may run the debounced re-read late), for at most `ms`. */
export async function until(done: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  await settle();
  while (!done() && Date.now() < end) await sleep(50);
}

/** A background for ReadingSuggestions that pauses `ms` after every step and counts its pauses and ready calls. */
export function countedBackground(ms: number): { pause: () => Promise<void>; sliceMs: number; ready: () => void; pauses: number; readies: number } {
  const background = {
    pauses: 0,
    readies: 0,
    sliceMs: 0,
    pause: (): Promise<void> => new Promise<void>((resolve) => setTimeout(() => (background.pauses++, resolve()), ms)),
    ready: (): void => void background.readies++,
  };
  return background;
}

/** Loads the plugin as Obsidian does: onload, then layout ready, then waits for the first full index. */
export async function loadPlugin(files: Record<string, string>, data: unknown = null, prepare?: (app: App) => void): Promise<Loaded> {
  resetFakeUi();
  const { app, plugin, fake } = createPlugin(files, prepare);
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
