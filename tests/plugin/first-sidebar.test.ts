// The first sidebar of a start: the active note's sidebar from a first index of the notes it reads, shown before the
// whole vault is indexed; the start then ends with every sidebar identical to a full build of the same files.
/* global describe, expect, it -- jest globals; the eslint config does not declare them for tests/ */
import { generateVaultFiles } from "../../bench/generate-vault";
import { MosaicIndex } from "../../src/core/index/mosaic-index";
import { sidebarModel } from "../../src/core/query/sidebar";
import type { SidebarModel } from "../../src/core/model";
import type { IndexerCallbacks, VaultIndexer } from "../../src/plugin/indexer";
import { ObsidianLinkResolver } from "../../src/plugin/obsidian-resolver";
import { coreSettings, migrateSettings } from "../../src/plugin/settings";
import { VIEW_TYPE_MOSAIC_SIDEBAR } from "../../src/plugin/sidebar-view";
import type { App } from "../fakes/obsidian";
import { createPlugin } from "../helpers/fake-plugin";
import { exampleFiles } from "./plugin-harness";

interface Shown {
  partial: boolean;
  model: SidebarModel | null;
}

/** Calls `record` at each change of index the indexer reports, before the views hear of it. */
function onIndexerChange(indexer: VaultIndexer, record: () => void): void {
  const callbacks = (indexer as unknown as { callbacks: IndexerCallbacks }).callbacks;
  const changed = callbacks.changed.bind(callbacks);
  callbacks.changed = () => {
    record();
    changed();
  };
}

/**
 * Starts the plugin with `active` open in the editor and the sidebar open; records the active note's sidebar at each
 * change of index the indexer reports (the views' notification coalesces them, and a small vault indexes in one slice).
 */
async function start(files: Record<string, string>, active: string): Promise<{ app: App; shown: Shown[]; final: (path: string) => SidebarModel | null; unload: () => void }> {
  const { app, plugin, fake } = createPlugin(files);
  await fake.load__();
  const file = app.vault.getFileByPath(active);
  if (!file) throw new Error(`no ${active}`);
  await app.workspace.getLeaf().openFile(file);
  await app.workspace.getRightLeaf(false).setViewState({ type: VIEW_TYPE_MOSAIC_SIDEBAR });
  const indexer = (plugin as unknown as { indexer: VaultIndexer }).indexer;
  const shown: Shown[] = [];
  onIndexerChange(indexer, () => shown.push({ partial: indexer.partial, model: sidebarModel(indexer.index, active) }));
  app.workspace.triggerLayoutReady__();
  await plugin.indexing;
  await new Promise((resolve) => setTimeout(resolve, 5));
  return { app, shown, final: (path) => sidebarModel(plugin.index, path), unload: () => fake.unload() };
}

/** A full build of the same files, resolving links as the plugin does. */
function fullBuild(app: App, files: Record<string, string>): MosaicIndex {
  const index = new MosaicIndex({ settings: coreSettings(migrateSettings(null)), resolver: new ObsidianLinkResolver(app.metadataCache as never) });
  index.setNotes(Object.entries(files));
  return index;
}

const json = (value: unknown): string => JSON.stringify(value);

describe("the first sidebar of a start", () => {
  // Through JSON, so that the notes are flat strings as read from disk (the generator's are long concatenations).
  const generated = JSON.parse(JSON.stringify(Object.fromEntries(generateVaultFiles({ notes: 200, seed: 7, mix: "full" }).files.map((f) => [f.path, f.text])))) as Record<string, string>;
  const vaults: [string, Record<string, string>][] = [
    ["the example vault", exampleFiles()],
    ["a generated 200-note vault", generated],
  ];

  it.each(vaults)("in %s, shows each problem's tree from a first index, then ends as a full build", async (_name, files) => {
    const problems = Object.keys(files).filter((p) => p.startsWith("Problems/"));
    expect(problems.length).toBeGreaterThan(1);
    let full: MosaicIndex | null = null;
    for (const [i, problem] of problems.slice(0, 2).entries()) {
      const { app, shown, final, unload } = await start(files, problem);
      full ??= fullBuild(app, files);
      const first = shown[0];
      expect(first?.partial).toBe(true);
      // The tree, its addressers and counts are complete from the start; diagnostics wait for the full index.
      expect(first?.model?.kind).toBe("problem");
      const expected = sidebarModel(full, problem);
      expect(json(first?.model?.kind === "problem" ? first.model.problem : null)).toBe(json(expected?.kind === "problem" ? expected.problem : null));
      expect(first?.model?.diagnostics).toEqual([]);
      expect(shown[shown.length - 1]?.partial).toBe(false);
      // Every note's sidebar, once per vault (the full build is the same for each start).
      const paths = i === 0 ? Object.keys(files) : [problem];
      for (const path of paths) expect(json(final(path))).toBe(json(sidebarModel(full, path)));
      unload();
    }
  });

  it("starts without a first index when no sidebar is open", async () => {
    const files = exampleFiles();
    const { app, plugin, fake } = createPlugin(files);
    await fake.load__();
    const indexer = (plugin as unknown as { indexer: VaultIndexer }).indexer;
    const partial: boolean[] = [];
    onIndexerChange(indexer, () => partial.push(indexer.partial));
    app.workspace.triggerLayoutReady__();
    await plugin.indexing;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(partial).not.toContain(true);
    expect(plugin.index.notePaths().length).toBeGreaterThan(20);
    fake.unload();
  });
});
