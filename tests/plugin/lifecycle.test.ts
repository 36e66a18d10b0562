// The plugin on the example vault: full index, following vault events, status bar, and a clean unload.
import { loadPlugin, exampleFiles, settle, until, type Loaded } from "./plugin-harness";
import { problemsCounts } from "../../src/core/tree/counts";
import { createPlugin } from "../helpers/fake-plugin";

const PROBLEM = "Problems/Open problems in understanding agents.md";
const SOURCE = "Sources/Natural Abstraction Hypothesis.md";

function rootCount(loaded: Loaded, path = PROBLEM): number {
  const tree = loaded.plugin.index.problemTree(path);
  if (!tree) throw new Error(`no tree for ${path}`);
  return tree.root.addressedCount;
}

function addressers(loaded: Loaded, path = PROBLEM): string[] {
  const tree = loaded.plugin.index.problemTree(path);
  const out = new Set<string>();
  const stack = tree ? [tree.root] : [];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n) break;
    for (const a of n.addressedBy) out.add(a.path);
    stack.push(...n.children);
  }
  return [...out].sort();
}

describe("plugin lifecycle on examples/alignment-mosaic", () => {
  let loaded: Loaded;
  const files = exampleFiles();

  beforeEach(async () => {
    loaded = await loadPlugin(files);
  });
  afterEach(() => loaded.fake.unload());

  it("indexes every markdown note after layout ready and matches a fresh core index", async () => {
    const { MosaicIndex } = await import("../../src/core/index/mosaic-index");
    const { ObsidianLinkResolver } = await import("../../src/plugin/obsidian-resolver");
    const fresh = new MosaicIndex({ resolver: new ObsidianLinkResolver(loaded.app.metadataCache as never) });
    for (const [p, text] of Object.entries(files)) if (p.endsWith(".md")) fresh.setNote(p, text);
    expect(loaded.plugin.index.notePaths()).toEqual(fresh.notePaths());
    expect(loaded.plugin.index.problemTree(PROBLEM)).toEqual(fresh.problemTree(PROBLEM));
    expect(rootCount(loaded)).toBeGreaterThan(0);
    expect(addressers(loaded)).toContain(SOURCE);
  });

  it("shows the summary in the status bar once indexed", async () => {
    const el = loaded.fake.statusBarItems__[0];
    // Background work: after the notification that renders the views, in turns of its own.
    await until(() => el?.textContent?.startsWith("Mosaic: indexing") === false);
    const problems = loaded.plugin.index.problems();
    const { leaves, addressedLeaves } = problemsCounts(problems);
    expect(el?.textContent).toBe(`Mosaic: ${problems.length} problems · ${Math.round((100 * addressedLeaves) / leaves)}% covered`);
    expect(el?.hasClass("is-hidden")).toBe(false);
  });

  it("counts one more addressing note after a source note gains an addresses:: line (debounced)", async () => {
    const before = rootCount(loaded);
    const file = loaded.app.vault.getFileByPath("Sources/Cyborgism.md");
    if (!file) throw new Error("missing example");
    expect(addressers(loaded)).not.toContain("Sources/Cyborgism.md");
    const text = loaded.app.vault.text__(file.path) ?? "";
    await loaded.app.vault.modify(file, `${text}\naddresses:: [[Open problems in understanding agents#^abstraction]]\n`);
    expect(rootCount(loaded)).toBe(before); // not yet: the re-read is debounced
    await settle();
    expect(rootCount(loaded)).toBe(before + 1);
    expect(addressers(loaded)).toContain("Sources/Cyborgism.md");
  });

  it("re-reads a burst of edits to one note once", async () => {
    const file = loaded.app.vault.getFileByPath(SOURCE);
    if (!file) throw new Error("missing example");
    const reads = loaded.app.vault.reads__;
    for (let i = 0; i < 5; i++) await loaded.app.vault.modify(file, `${loaded.app.vault.text__(SOURCE) ?? ""}\nline ${i}`);
    await settle();
    expect(loaded.app.vault.reads__ - reads).toBe(1);
  });

  it("keeps a problem's addressing notes when it is renamed and Obsidian rewrites the links", async () => {
    const before = addressers(loaded);
    const file = loaded.app.vault.getFileByPath(PROBLEM);
    if (!file) throw new Error("missing example");
    await loaded.app.fileManager.renameFile(file, "Problems/Agents (Wentworth).md");
    await settle();
    expect(loaded.plugin.index.problemTree(PROBLEM)).toBeNull();
    expect(addressers(loaded, "Problems/Agents (Wentworth).md")).toEqual(before);
    expect(loaded.app.vault.text__(SOURCE)).toContain("[[Agents (Wentworth)");
  });

  it("drops a deleted source from the trees", async () => {
    const before = rootCount(loaded);
    const file = loaded.app.vault.getFileByPath(SOURCE);
    if (!file) throw new Error("missing example");
    await loaded.app.fileManager.trashFile(file);
    await settle();
    expect(addressers(loaded)).not.toContain(SOURCE);
    expect(rootCount(loaded)).toBe(before - 1);
    expect(loaded.plugin.index.note(SOURCE)).toBeUndefined();
  });

  it("indexes a created note and ignores non-markdown files", async () => {
    await loaded.app.vault.create("Sources/New.md", "---\ntags: [paper]\n---\naddresses:: [[Open problems in understanding agents#^boundaries]]\n");
    await loaded.app.vault.create("Sources/data.csv", "a,b\n1,2\n");
    await settle();
    expect(addressers(loaded)).toContain("Sources/New.md");
    expect(loaded.plugin.index.notePaths()).not.toContain("Sources/data.csv");
  });

  it("links a note written before the note it points to, once that note is created", async () => {
    await loaded.app.vault.create("Sources/Early.md", "addresses:: [[Later problem#^q-one]]\n");
    await settle();
    await loaded.app.vault.create("Problems/Later problem.md", "---\ntags: [problem]\n---\n- One? ^q-one\n- Two?\n");
    await settle();
    expect(addressers(loaded, "Problems/Later problem.md")).toEqual(["Sources/Early.md"]);
  });

  it("writes nothing to the vault at load", () => {
    expect(loaded.app.vault.writes__).toBe(0);
  });

  it("unload removes every listener, command and view it registered", () => {
    const { app, fake } = loaded;
    expect(app.vault.listenerCount__()).toBe(4);
    fake.unload();
    expect(app.vault.listenerCount__()).toBe(0);
    expect(app.metadataCache.listenerCount__()).toBe(0);
    expect(app.workspace.listenerCount__()).toBe(0);
    expect(app.commands__.size).toBe(0);
    expect(app.viewRegistry__.size).toBe(0);
    expect(fake.pendingCleanups__()).toBe(0);
  });
});

it("does nothing when unloaded before the layout is ready", async () => {
  const { app, plugin, fake } = createPlugin({ "a.md": "- What?" });
  await fake.load__();
  fake.unload();
  app.workspace.triggerLayoutReady__();
  await plugin.indexing;
  expect(app.vault.listenerCount__()).toBe(0);
  expect(app.vault.reads__).toBe(0);
});

describe("indexing rules", () => {
  it.each([
    ["include folders limit the index", { "A/a.md": "a", "A/sub/c.md": "c", "B/b.md": "b" }, { includeFolders: ["A"] }, ["A/a.md", "A/sub/c.md"]],
    ["skipped folders are left out", { "A/a.md": "a", "Templates/t.md": "t" }, { excludeFolders: ["Templates"] }, ["A/a.md"]],
    ["a folder prefix is not a folder", { "Temp/a.md": "a", "Templates/t.md": "t" }, { excludeFolders: ["Temp"] }, ["Templates/t.md"]],
    ["no folder settings: every note", { "A/a.md": "a", "b.md": "b", "c.canvas": "{}" }, null, ["A/a.md", "b.md"]],
  ])("%s", async (_name, files, data, expected) => {
    const loaded = await loadPlugin(files, data);
    expect(loaded.plugin.index.notePaths()).toEqual(expected);
    loaded.fake.unload();
  });

  it("reports a note over 5 MB as unreadable instead of reading it", async () => {
    const loaded = await loadPlugin({ "Big.md": "- What is big?", "Small.md": "- What is small?" }, null, (app) => {
      const big = app.vault.getFileByPath("Big.md");
      if (big) app.vault.setSize__(big, 6 * 1024 * 1024);
    });
    const diagnostics = loaded.plugin.index.diagnostics().filter((d) => d.file === "Big.md");
    expect(diagnostics.map((d) => d.code)).toEqual(["unreadable-file"]);
    expect(loaded.plugin.index.note("Small.md")).toBeDefined();
    expect(loaded.plugin.index.note("Big.md")?.outline ?? []).toEqual([]);
    loaded.fake.unload();
  });

  it("loses no event that arrives while the full index runs", async () => {
    const files: Record<string, string> = { "Problems/P.md": "---\ntags: [problem]\n---\n- One? ^one\n- Two? ^two\n" };
    for (let i = 0; i < 3000; i++) files[`Notes/n${i}.md`] = `# Note ${i}\n${i % 2 === 0 ? "addresses:: [[P#^one]]" : "plain"}\n`;
    const { app, plugin, fake } = createPlugin(files);
    await fake.load__();
    app.workspace.triggerLayoutReady__();
    await new Promise((resolve) => setTimeout(resolve, 0)); // the first slice has run
    expect(plugin.index.notePaths()).toEqual([]); // still building: the events below land mid-index
    expect(fake.statusBarItems__[0]?.textContent).toMatch(/^Mosaic: indexing [\d,]+\/3,001$/);
    const file = (p: string) => {
      const f = app.vault.getFileByPath(p);
      if (!f) throw new Error(p);
      return f;
    };
    await app.vault.modify(file("Notes/n2999.md"), "addresses:: [[P#^two]]\n"); // not read yet
    await app.vault.modify(file("Notes/n0.md"), "plain now\n"); // probably read already
    await app.fileManager.trashFile(file("Notes/n2.md"));
    await app.vault.rename(file("Notes/n2998.md"), "Moved/n2998.md");
    await app.vault.create("Notes/new.md", "addresses:: [[P#^two]]\n");
    await plugin.indexing;
    await settle();
    const { MosaicIndex } = await import("../../src/core/index/mosaic-index");
    const { ObsidianLinkResolver } = await import("../../src/plugin/obsidian-resolver");
    const fresh = new MosaicIndex({ resolver: new ObsidianLinkResolver(app.metadataCache as never) });
    for (const f of app.vault.getMarkdownFiles()) fresh.setNote(f.path, app.vault.text__(f.path) ?? "");
    expect(plugin.index.notePaths()).toEqual(fresh.notePaths());
    expect(plugin.index.problemTree("Problems/P.md")).toEqual(fresh.problemTree("Problems/P.md"));
    fake.unload();
  });

  it("time-slices a large vault, reports progress in the status bar, and yields between chunks", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) files[`Notes/n${i}.md`] = `# Note ${i}\n- What about ${i}?\n  - Why ${i}?\n`;
    const { app, plugin, fake } = createPlugin(files);
    await fake.load__();
    const seen: string[] = [];
    let ticks = 0;
    const timer = setInterval(() => {
      ticks++;
      seen.push(fake.statusBarItems__[0]?.textContent ?? "");
    }, 1);
    app.workspace.triggerLayoutReady__();
    await plugin.indexing;
    clearInterval(timer);
    expect(plugin.index.notePaths()).toHaveLength(3000);
    expect(ticks).toBeGreaterThan(0);
    expect(seen.some((t) => /^Mosaic: indexing [\d,]+\/3,000$/.test(t))).toBe(true);
    fake.unload();
  });
});
