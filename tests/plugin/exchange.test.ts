// Export (clipboard or a text box), import into a note (exact diff preview, concurrent edits, idempotence) and
// "New problem from pasted outline", through the commands on the fake vault.
import { fakeUi, type FakeElement } from "../fakes/obsidian";
import { countNodes, importOutline, newProblemNote, toMarkdown, toOpml } from "../../src/core/exchange";
import { exportProblem } from "../../src/core/export/json";
import { ExportTextModal } from "../../src/plugin/commands/exchange";
import { ImportQuestionsModal, NewProblemModal, NOTE_CHANGED } from "../../src/plugin/import-modal";
import { exampleFiles, loadPlugin, openNote, runCommand, settle, sleep, type Loaded } from "./plugin-harness";

const PROBLEM = "Problems/Open problems in understanding agents.md";
const NOTE = "Problems/Corrigibility.md";
const NOTE_TEXT = [
  "---",
  "tags: [problem]",
  "---",
  "Why would an agent let itself be corrected?",
  "",
  "- What is corrigibility? ^q-corrigibility",
  "  - Is it a property of goals or of behaviour?",
  "- How could we test for it?",
  "",
  "A closing paragraph.",
  "",
].join("\n");
const PASTE = ["- What is corrigibility?", "  - Is it a property of goals or of behaviour?", "  - Does it survive self-modification?", "- Who should be allowed to correct?", "  - By what procedure?"].join("\n");

const text = (loaded: Loaded, path: string): string => loaded.app.vault.text__(path) ?? "";

function lastModal<T>(type: abstract new (...args: never[]) => T): T {
  const found = ([...fakeUi.modals].reverse() as unknown[]).find((m): m is T => m instanceof type);
  if (!found) throw new Error(`no ${type.name} opened`);
  return found;
}

/** The `+ ` lines of a diff, without the marker: what the write must add. */
function addedLines(diff: string): string[] {
  return diff.split("\n").filter((l) => l.startsWith("+ ")).map((l) => l.slice(2));
}

/** Lines of `after` that are not in `before`, given that `before` must survive in order (a subsequence). */
function insertedInto(before: string, after: string): string[] {
  const b = before.split("\n");
  const extra: string[] = [];
  let i = 0;
  for (const line of after.split("\n")) {
    if (i < b.length && line === b[i]) i++;
    else extra.push(line);
  }
  expect(i).toBe(b.length);
  return extra;
}

async function importModal(loaded: Loaded, paste: string): Promise<ImportQuestionsModal> {
  expect(runCommand(loaded, "import-questions")).toBe(true);
  const modal = lastModal(ImportQuestionsModal);
  await modal.setInput(paste);
  return modal;
}

describe("Export this problem", () => {
  let loaded: Loaded;
  const nav = globalThis as { navigator?: unknown };
  const saved = Object.getOwnPropertyDescriptor(globalThis, "navigator");
  beforeEach(async () => {
    loaded = await loadPlugin(exampleFiles());
    await openNote(loaded, PROBLEM);
  });
  afterEach(() => {
    loaded.fake.unload();
    if (saved) Object.defineProperty(globalThis, "navigator", saved);
    else delete nav.navigator;
  });

  const setClipboard = (writeText: ((t: string) => Promise<void>) | null): void => {
    Object.defineProperty(globalThis, "navigator", { value: writeText ? { clipboard: { writeText } } : {}, configurable: true, writable: true });
  };

  it("is offered on problem notes only", async () => {
    await openNote(loaded, "Sources/Cyborgism.md");
    for (const id of ["export-markdown", "export-opml", "export-json"]) expect(runCommand(loaded, id)).toBe(false);
    await openNote(loaded, PROBLEM);
    for (const id of ["export-markdown", "export-opml", "export-json"]) expect(runCommand(loaded, id)).toBe(true);
  });

  it.each([
    ["export-markdown", (t: Parameters<typeof toMarkdown>[0]) => toMarkdown(t)],
    ["export-opml", (t: Parameters<typeof toOpml>[0]) => toOpml(t as never)],
    ["export-json", (t: Parameters<typeof exportProblem>[0]) => `${JSON.stringify(exportProblem(t), null, 2)}\n`],
  ])("%s copies the problem to the clipboard", async (id, expected) => {
    const copied: string[] = [];
    setClipboard((t) => {
      copied.push(t);
      return Promise.resolve();
    });
    runCommand(loaded, id);
    await sleep(5);
    const tree = loaded.plugin.index.problemTree(PROBLEM);
    if (!tree) throw new Error("example missing");
    expect(copied).toEqual([expected(tree as never)]);
    expect(fakeUi.notices.at(-1)).toMatch(/^Mosaic: copied “Open problems in understanding agents” as /);
    expect(loaded.app.vault.writes__).toBe(0);
  });

  it.each([
    ["no clipboard", null],
    ["a clipboard that refuses", () => Promise.reject(new Error("Document is not focused"))],
  ])("shows the text to copy by hand with %s", async (_name, writeText) => {
    setClipboard(writeText);
    runCommand(loaded, "export-json");
    await sleep(5);
    const modal = lastModal(ExportTextModal);
    const tree = loaded.plugin.index.problemTree(PROBLEM);
    expect(JSON.parse(modal.text)).toEqual(JSON.parse(JSON.stringify(tree)));
    expect((modal.textEl as unknown as FakeElement).value).toBe(modal.text);
    expect(loaded.app.vault.writes__).toBe(0);
  });
});

describe("Import questions into this note", () => {
  let loaded: Loaded;
  beforeEach(async () => {
    loaded = await loadPlugin({ ...exampleFiles(), [NOTE]: NOTE_TEXT });
    await openNote(loaded, NOTE);
  });
  afterEach(() => loaded.fake.unload());

  it("is offered on any markdown note, and not without one", async () => {
    const bare = await loadPlugin(exampleFiles());
    expect(runCommand(bare, "import-questions")).toBe(false);
    bare.fake.unload();
    await openNote(loaded, "Sources/Cyborgism.md");
    expect(runCommand(loaded, "import-questions")).toBe(true);
  });

  it("previews the diff and writes exactly the previewed lines on confirm", async () => {
    const modal = await importModal(loaded, PASTE);
    const preview = modal.preview;
    if (!preview) throw new Error("no preview");
    expect(preview.matched).toBe(2);
    expect(preview.added.map((a) => a.text)).toEqual(["Does it survive self-modification?", "Who should be allowed to correct?", "By what procedure?"]);
    const summary = (modal.contentEl as unknown as FakeElement).find__("mosaic-import-summary")?.textContent;
    expect(summary).toMatch(/^2 matched, 3 added\./);
    const shown = (modal.contentEl as unknown as FakeElement).findAll__("mosaic-diff-add").map((e) => e.textContent.slice(2));
    expect(shown).toEqual(addedLines(preview.diff));
    expect(loaded.app.vault.writes__).toBe(0);

    expect(await modal.confirm()).toBe(true);
    const after = text(loaded, NOTE);
    expect(insertedInto(NOTE_TEXT, after)).toEqual(addedLines(preview.diff));
    expect(after).toBe(preview.text);
    expect(fakeUi.notices.at(-1)).toBe("Mosaic: added 3 questions to Corrigibility.");
    await settle();
    const tree = loaded.plugin.index.problemTree(NOTE);
    expect(tree?.root.children.map((c) => c.text)).toEqual(["What is corrigibility?", "How could we test for it?", "Who should be allowed to correct?"]);
  });

  it("keeps an edit made between preview and confirm", async () => {
    const modal = await importModal(loaded, PASTE);
    const expected = addedLines(modal.preview?.diff ?? "");
    const file = loaded.app.vault.getFileByPath(NOTE);
    if (!file) throw new Error("missing note");
    const edited = NOTE_TEXT.replace("A closing paragraph.", "A closing paragraph, rewritten meanwhile.\n\nAnd a new one.");
    await loaded.app.vault.modify(file, edited);
    expect(await modal.confirm()).toBe(true);
    const after = text(loaded, NOTE);
    expect(insertedInto(edited, after)).toEqual(expected);
    expect(after).toContain("And a new one.");
  });

  it("stops and re-previews when the additions changed meanwhile", async () => {
    const modal = await importModal(loaded, PASTE);
    expect(modal.preview?.added).toHaveLength(3);
    const file = loaded.app.vault.getFileByPath(NOTE);
    if (!file) throw new Error("missing note");
    // Someone adds one of the pasted questions by hand before the user confirms.
    const edited = NOTE_TEXT.replace("- How could we test for it?", "- How could we test for it?\n- Who should be allowed to correct?");
    await loaded.app.vault.modify(file, edited);
    expect(await modal.confirm()).toBe(false);
    expect(text(loaded, NOTE)).toBe(edited);
    expect(fakeUi.notices.at(-1)).toBe(NOTE_CHANGED);
    await modal.updating;
    expect(modal.preview?.added.map((a) => a.text)).toEqual(["Does it survive self-modification?", "By what procedure?"]);
    expect(await modal.confirm()).toBe(true);
    expect(insertedInto(edited, text(loaded, NOTE))).toHaveLength(2);
  });

  it("adds nothing when the same outline is imported twice", async () => {
    const first = await importModal(loaded, PASTE);
    await first.confirm();
    await settle();
    const once = text(loaded, NOTE);
    const writes = loaded.app.vault.writes__;
    const second = await importModal(loaded, PASTE);
    expect(second.preview?.added).toEqual([]);
    expect(second.preview?.matched).toBe(5);
    expect(await second.confirm()).toBe(false);
    expect(text(loaded, NOTE)).toBe(once);
    expect(loaded.app.vault.writes__).toBe(writes);
  });

  it.each(["markdown", "opml", "json"] as const)("reads a pasted %s export (detected from the text)", async (format) => {
    const tree = loaded.plugin.index.problemTree("Problems/Stephen Fowler's questions.md");
    if (!tree) throw new Error("example missing");
    const pasted = format === "markdown" ? toMarkdown(tree) : format === "opml" ? toOpml(tree) : JSON.stringify(exportProblem(tree));
    const parsed = importOutline(pasted);
    if (!parsed.ok) throw new Error(parsed.error);
    const modal = await importModal(loaded, pasted);
    expect(modal.preview?.added).toHaveLength(countNodes(parsed.roots));
    expect(await modal.confirm()).toBe(true);
  });

  it("says what is wrong with a paste it cannot read, and writes nothing", async () => {
    const modal = await importModal(loaded, "{ not json");
    expect((modal.contentEl as unknown as FakeElement).find__("mosaic-import-summary")?.textContent).toMatch(/^Not valid JSON/);
    expect(await modal.confirm()).toBe(false);
    expect(text(loaded, NOTE)).toBe(NOTE_TEXT);
  });
});

describe("New problem from pasted outline", () => {
  it("creates a problem note in the folder for new notes, never over an existing one, and opens it", async () => {
    const loaded = await loadPlugin({ ...exampleFiles(), "Inbox/Agent foundations.md": "taken" }, null, (app) => {
      app.fileManager.newFileFolder__ = "Inbox";
    });
    expect(runCommand(loaded, "new-problem-from-outline")).toBe(true);
    const modal = lastModal(NewProblemModal);
    const outline = "# Agent foundations\n\n- What is an agent?\n  - Does it need a world model?\n- What is optimisation?\n";
    await modal.setInput(outline);
    expect(modal.title()).toBe("Agent foundations");
    expect(modal.targetPath()).toBe("Inbox/Agent foundations 2.md");
    const file = await modal.create();
    expect(file?.path).toBe("Inbox/Agent foundations 2.md");
    const parsed = importOutline(outline);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(text(loaded, "Inbox/Agent foundations 2.md")).toBe(newProblemNote("Agent foundations", parsed.roots));
    expect(text(loaded, "Inbox/Agent foundations.md")).toBe("taken");
    expect(loaded.app.workspace.getActiveFile()?.path).toBe("Inbox/Agent foundations 2.md");
    await settle();
    const tree = loaded.plugin.index.problemTree("Inbox/Agent foundations 2.md");
    expect(tree).not.toBeNull();
    expect(await modal.create()).toBeNull(); // a second click creates nothing
    loaded.fake.unload();
  });
});
