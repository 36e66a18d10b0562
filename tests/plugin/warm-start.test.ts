// The plugin's warm start: parsed notes kept in its folder between sessions, reused when a note's size and mtime are
// unchanged, and checked against their text hash in the background (a note edited with the same size and mtime).
/* global afterEach, describe, expect, it -- jest globals; the eslint config does not declare them for tests/ */
import type MosaicPlugin from "../../src/plugin/mosaic-plugin";
import type { VaultIndexer } from "../../src/plugin/indexer";
import { MosaicIndex } from "../../src/core/index/mosaic-index";
import { PARSED_NOTE_FORMAT } from "../../src/core/model";
import { exampleFiles } from "../helpers/example-vault";
import { MemoryAdapter } from "../helpers/memory-adapter";
import { loadPlugin } from "./plugin-harness";
import { exportJson } from "../../src/core/export/json";

const PROBLEM = "Problems/Open problems in understanding agents.md";

const sessions: (() => void)[] = [];
afterEach(() => {
  for (const unload of sessions.splice(0)) unload();
});

async function session(files: Record<string, string>, adapter: MemoryAdapter): Promise<MosaicPlugin> {
  const { plugin, fake } = await loadPlugin(files, null, (app) => {
    (app.vault as unknown as { adapter: MemoryAdapter }).adapter = adapter;
  });
  sessions.push(() => fake.unload());
  await (plugin as unknown as { indexer: VaultIndexer }).indexer.background;
  return plugin;
}

function results(index: MosaicIndex): string {
  return JSON.stringify({ diagnostics: index.diagnostics(), export: exportJson(index) });
}

function cold(files: Record<string, string>): string {
  const index = new MosaicIndex();
  index.setNotes(Object.entries(files));
  return results(index);
}

describe("warm start from the parsed-note cache", () => {
  const files = exampleFiles();

  it("saves the parsed notes after the first index and reuses them on the next start", async () => {
    const adapter = new MemoryAdapter();
    const first = await session(files, adapter);
    expect(adapter.writes).toBe(1);
    const [cacheFile] = [...adapter.files.keys()];
    expect(cacheFile).toMatch(/plugins\/alignment-mosaic\/parsed-notes\.jsonl$/);
    const second = await session(files, adapter);
    // Reused notes get their text back once the background check found its hash unchanged; nothing changed, so
    // nothing was written again.
    expect(second.index.getText(PROBLEM)).toBe(files[PROBLEM]);
    expect(first.index.getText(PROBLEM)).toBe(files[PROBLEM]);
    expect(adapter.writes).toBe(1);
    expect(results(second.index)).toBe(cold(files));
  });

  it("suggests the same reading after a warm start as after a cold one", async () => {
    const adapter = new MemoryAdapter();
    const first = await session(files, adapter);
    const second = await session(files, adapter);
    const suggested = (plugin: MosaicPlugin): string => JSON.stringify(plugin.api.next(PROBLEM));
    expect(first.api.next(PROBLEM).gaps.some((g) => g.suggestions.length > 0)).toBe(true);
    expect(suggested(second)).toBe(suggested(first));
  });

  it("a course's timestamps files are read and its articles' text kept on every start, so the Lens checks agree", async () => {
    const lensFiles = {
      "Lenses/L.md": "---\nid: 3dd47fce-a0fe-4e03-916d-a160fe697dd0\n---\n#### Article\nsource:: [[../articles/a]]\nfrom:: nowhere\n#### Video\nsource:: [[../video_transcripts/v]]\nfrom:: 1:00\n",
      "articles/a.md": "---\ntitle: A\nauthor: B\nsource_url: https://example.org\npublished: 2024-01-01\n---\nHello world.\n",
      "video_transcripts/v.md": "---\ntitle: V\nchannel: C\nurl: https://example.org/v\n---\n0:00 - a\n0:30 - b\n",
      "video_transcripts/v.timestamps.json": "[]",
    };
    const adapter = new MemoryAdapter();
    const first = await session(lensFiles, adapter);
    const codes = (plugin: MosaicPlugin): string[] => plugin.index.diagnostics().map((d) => `${d.file}:${d.line ?? ""} ${d.code}`);
    expect(codes(first)).toEqual(["Lenses/L.md:5 anchor-not-found", "Lenses/L.md:9 video-excerpt", "video_transcripts/v.timestamps.json:1 timestamps-empty"]);
    const second = await session(lensFiles, adapter);
    expect(codes(second)).toEqual(codes(first));
    expect(adapter.writes).toBe(1);
  });

  it("a module's text is read on a warm start too: a duplicate slug is reported at its own line", async () => {
    const modules = {
      "modules/a.md": "---\nslug: intro\ntitle: A\n---\n# Lens: x\n",
      "modules/b.md": "---\ntitle: B\nslug: intro\n---\n# Lens: y\n",
    };
    const adapter = new MemoryAdapter();
    const slug = (plugin: MosaicPlugin): string[] => plugin.index.diagnostics().filter((d) => d.code === "duplicate-slug").map((d) => `${d.file}:${d.line ?? ""}`);
    expect(slug(await session(modules, adapter))).toEqual(["modules/b.md:3"]);
    expect(slug(await session(modules, adapter))).toEqual(["modules/b.md:3"]);
  });

  it("re-parses a note edited with the same size and mtime once its text hash differs", async () => {
    const adapter = new MemoryAdapter();
    await session(files, adapter);
    const before = files[PROBLEM]!;
    const at = before.indexOf("Natural boundaries?");
    expect(at).toBeGreaterThan(0);
    // Same length, same position in the vault (the fake's clock gives it the same mtime).
    const edited = { ...files, [PROBLEM]: `${before.slice(0, at)}Natural frontiers??${before.slice(at + 19)}` };
    const second = await session(edited, adapter);
    expect(second.index.getText(PROBLEM)).toBe(edited[PROBLEM]);
    expect(results(second.index)).toBe(cold(edited));
    expect(results(second.index)).not.toBe(cold(files));
  });

  it("an article edited with the same size and mtime is parsed again from its new text at once", async () => {
    const article = "articles/a.md";
    const lens = {
      "Lenses/L.md": "---\nid: 3dd47fce-a0fe-4e03-916d-a160fe697dd0\n---\n#### Article\nsource:: [[../articles/a]]\nfrom:: Hello\n",
      [article]: "---\ntitle: Apple\nauthor: B\nsource_url: https://example.org\npublished: 2024-01-01\n---\nHello world.\n",
    };
    const adapter = new MemoryAdapter();
    const first = await session(lens, adapter);
    expect(first.index.note(article)?.title).toBe("Apple");
    const edited = { ...lens, [article]: lens[article].replace("Apple", "Pearl") };
    const second = await session(edited, adapter);
    expect(second.index.note(article)?.title).toBe("Pearl");
    expect(second.index.getText(article)).toBe(edited[article]);
    expect(results(second.index)).toBe(cold(edited));
    expect(adapter.writes).toBe(2);
    // Unchanged, the cached parse is taken with the text read again.
    const third = await session(edited, adapter);
    expect(third.index.note(article)?.title).toBe("Pearl");
    expect(third.index.getText(article)).toBe(edited[article]);
    expect(results(third.index)).toBe(cold(edited));
    expect(adapter.writes).toBe(2);
  });

  it("a save that fails halfway leaves the last complete cache in place, and the next start uses it", async () => {
    // Enough notes for the cache to be written in several parts.
    const many = { ...files };
    for (let i = 0; i < 80; i++) many[`Notes/n${i}.md`] = `# Note ${i}\nSee [[Open problems in understanding agents]].\n`;
    const adapter = new MemoryAdapter();
    await session(many, adapter);
    const [file, saved] = [...adapter.files][0]!;
    // The next save dies after its first part (a full disk): the temporary file is left behind, the cache is not touched.
    adapter.append = () => Promise.reject(new Error("disk full"));
    const edited = { ...many, [PROBLEM]: `${files[PROBLEM]}\n- A question added meanwhile?\n` };
    await session(edited, adapter);
    expect(adapter.files.get(file)).toBe(saved);
    expect([...adapter.files.keys()]).toEqual([file, `${file}.tmp`]);
    const writes = adapter.writes;
    const next = await session(many, adapter);
    // Every note was taken from the cache, found current, so none was written again.
    expect(adapter.writes).toBe(writes);
    expect(results(next.index)).toBe(cold(many));
  });

  it("parses everything again when the cache is of an older format or cut short", async () => {
    const adapter = new MemoryAdapter();
    await session(files, adapter);
    const [file, text] = [...adapter.files][0]!;
    adapter.files.set(file, text.replace(`"format":${PARSED_NOTE_FORMAT}`, `"format":${PARSED_NOTE_FORMAT - 1}`));
    const old = await session(files, adapter);
    expect(old.index.getText(PROBLEM)).toBe(files[PROBLEM]);
    expect(results(old.index)).toBe(cold(files));
    adapter.files.set(file, text.slice(0, Math.floor(text.length / 2)));
    const cut = await session(files, adapter);
    expect(results(cut.index)).toBe(cold(files));
  });
});
