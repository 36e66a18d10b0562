// "What to read next" in the sidebar view on the fake vault: a collapsed "N suggestions" row under gaps, only strong
// suggestions, Link through the preview, the unread ranking, the setting, and the per-revision cache.
import { fakeUi, type FakeElement } from "../fakes/obsidian";
import { corpusInputs, nextReport, sameCorpusInputs, stem, strongSuggestions, tokenize } from "../../src/core/next";
import { PreviewModal } from "../../src/plugin/preview-modal";
import { MosaicSidebarView, VIEW_TYPE_MOSAIC_SIDEBAR } from "../../src/plugin/sidebar-view";
import { ReadingSuggestions } from "../../src/plugin/suggestions";
import { suggestionsLabel, UNREAD_HEADING } from "../../src/ui/sidebar/suggestion-rows";
import { countedBackground, exampleFiles, loadPlugin, openNote, runCommand, sleep, until, type Loaded } from "./plugin-harness";
import { questionEntries } from "../../src/core/query/questions";

const PROBLEM = "Problems/Open problems in understanding agents.md";
const GAP = "How is indexical uncertainty handled?";
const SOURCE = "Sources/Indexical uncertainty.md";
const SOURCE_TEXT = [
  "---",
  "tags: [paper, to-read]",
  "---",
  "How an embedded reasoner handles indexical uncertainty: not knowing which of several observers it is.",
  "Anthropic reasoning, self-locating beliefs and the uncertainty they bring.",
  "",
].join("\n");

const text = (loaded: Loaded, path: string): string => loaded.app.vault.text__(path) ?? "";

async function sidebar(loaded: Loaded): Promise<FakeElement> {
  runCommand(loaded, "open-sidebar");
  await sleep(5);
  await openNote(loaded, PROBLEM);
  await sleep(5);
  const view = loaded.app.workspace.getLeavesOfType(VIEW_TYPE_MOSAIC_SIDEBAR)[0]?.view;
  if (!(view instanceof MosaicSidebarView)) throw new Error("no sidebar");
  const root = view.contentEl as unknown as FakeElement;
  // The suggestions are worked out in the background and shown when ready, with the unread section at the end.
  await until(() => root.findAll__("mosaic-unread-section").length > 0);
  return root;
}

function click(target: FakeElement): void {
  const event = { target, button: 0, ctrlKey: false, metaKey: false, relatedTarget: null, preventDefault: () => undefined };
  for (let n: FakeElement | null = target; n; n = n.parentElement) n.dispatch__("click", event);
}

/** The `.tree-item` of the gap question, its "N suggestions" row, and the suggestion rows shown under it. */
function gapRow(root: FakeElement, question: string): { row: FakeElement; group: FakeElement | undefined; suggestions: FakeElement[] } {
  const row = root.findAll__("mosaic-gap").find((r) => r.find__("mosaic-question-text")?.textContent === question);
  if (!row) throw new Error(`no gap row for ${question}`);
  return { row, group: row.find__("mosaic-suggestions"), suggestions: row.findAll__("mosaic-suggestion") };
}

/** Opens the gap's collapsed "N suggestions" row with a click and returns the suggestion rows. */
function openSuggestions(root: FakeElement, question: string): FakeElement[] {
  const { group } = gapRow(root, question);
  const self = group?.find__("tree-item-self");
  if (!group || !self) throw new Error(`no suggestions row for ${question}`);
  if (group.hasClass("is-collapsed")) click(self);
  return gapRow(root, question).suggestions;
}

describe("reading suggestions in the sidebar", () => {
  let loaded: Loaded;
  beforeEach(async () => {
    loaded = await loadPlugin({ ...exampleFiles(), [SOURCE]: SOURCE_TEXT });
  });
  afterEach(() => loaded.fake.unload());

  it("under each gap with suggestions: one quiet “N suggestions” row, collapsed until clicked", async () => {
    const root = await sidebar(loaded);
    const groups = root.findAll__("mosaic-suggestions");
    expect(groups.length).toBeGreaterThan(3);
    expect(root.findAll__("mosaic-suggestion")).toHaveLength(0);
    for (const group of groups) {
      expect(group.hasClass("is-collapsed")).toBe(true);
      expect(group.parentElement?.parentElement?.hasClass("mosaic-gap")).toBe(true);
    }
    const { row, group, suggestions } = gapRow(root, GAP);
    expect(suggestions).toHaveLength(0);
    const line = questionEntries(loaded.plugin.index).find((q) => q.node.text === GAP)?.node.line;
    expect(group?.find__("tree-item-self")?.getAttr("data-key")).toBe(`${PROBLEM}#${line}#suggestions`);
    const shown = openSuggestions(root, GAP);
    expect(group?.hasClass("is-collapsed")).toBe(false);
    expect(group?.find__("mosaic-suggestions-label")?.textContent).toBe(suggestionsLabel(shown.length));
    expect(row.findAll__("mosaic-suggestions")).toHaveLength(1);
    // The other gaps stay collapsed.
    expect(root.findAll__("mosaic-suggestion")).toHaveLength(shown.length);
    // Opened stays open when the index changes and the sidebar re-renders (the key is the question's, not the row's).
    const other = loaded.app.vault.getFileByPath("Sources/Cyborgism.md");
    if (!other) throw new Error("example missing");
    await loaded.app.vault.append(other, "\nMore text.\n");
    // The suggestions are worked out again in the background: until then the gap shows none.
    await until(() => ![undefined, group].includes(gapRow(root, GAP).group));
    const after = gapRow(root, GAP);
    expect(after.group).not.toBe(group);
    expect(after.suggestions).toHaveLength(shown.length);
    // A second click closes it again.
    click(after.group?.find__("tree-item-self") as FakeElement);
    expect(gapRow(root, GAP).suggestions).toHaveLength(0);
  });

  it("shows only strong suggestions: the count under each gap is what strongSuggestions keeps of the report", async () => {
    const root = await sidebar(loaded);
    const report = nextReport(loaded.plugin.index, { problem: PROBLEM });
    let dropped = 0;
    let checked = 0;
    for (const gap of report.gaps.filter((g) => g.path === PROBLEM)) {
      const strong = strongSuggestions(gap.text, gap.suggestions);
      dropped += gap.suggestions.length - strong.length;
      const row = root.findAll__("mosaic-gap").find((r) => r.find__("tree-item-self")?.getAttr("data-line") === String(gap.line));
      if (!row) continue; // under a collapsed parent
      checked++;
      const label = row.find__("mosaic-suggestions-label")?.textContent ?? null;
      expect(label).toBe(strong.length > 0 ? suggestionsLabel(strong.length) : null);
    }
    expect(checked).toBeGreaterThan(10);
    // The example vault has weak matches (one shared word, or far below the best) that the sidebar leaves out.
    expect(dropped).toBeGreaterThan(0);
  });

  it("suggests, under a gap, a source whose text names the gap's key terms, clearly marked", async () => {
    const root = await sidebar(loaded);
    const suggestions = openSuggestions(root, GAP);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    const first = suggestions[0] as FakeElement;
    expect(first.find__("mosaic-pill-suggested")?.textContent).toBe("Suggested");
    expect(first.find__("mosaic-suggestion-title")?.textContent).toBe("Indexical uncertainty");
    expect(first.find__("tree-item-self")?.getAttr("data-path")).toBe(SOURCE);
    // The tooltip names the shared words; each is a word of the question, and its stem one of the source note's.
    const tooltip = first.find__("tree-item-inner")?.getAttr("title") ?? "";
    const words = /Shares the words: ([^.]*)\./.exec(tooltip)?.[1]?.split(", ") ?? [];
    expect(words).toEqual(expect.arrayContaining(["indexical", "uncertainty"]));
    const questionWords = tokenize(GAP).map((t) => t.word);
    for (const w of words) {
      expect(questionWords).toContain(w);
      expect(tokenize(SOURCE_TEXT).map((t) => t.term)).toContain(stem(w));
    }
    // Only gaps get suggestions.
    expect(root.findAll__("mosaic-question").filter((r) => !r.hasClass("mosaic-gap")).every((r) => r.children.every((c) => !c.hasClass("mosaic-suggestion")))).toBe(true);
  });

  it("links the source to the question only after the preview is confirmed", async () => {
    const root = await sidebar(loaded);
    const button = openSuggestions(root, GAP)[0]?.find__("mosaic-suggestion-link");
    if (!button) throw new Error("no Link button");
    const problemBefore = text(loaded, PROBLEM);
    click(button);
    await sleep(5);
    const modal = fakeUi.modals.at(-1) as unknown;
    expect(modal).toBeInstanceOf(PreviewModal);
    expect(loaded.app.vault.writes__).toBe(0);
    expect(text(loaded, SOURCE)).toBe(SOURCE_TEXT);
    expect((modal as PreviewModal).sections.map((s) => s.lines)).toEqual([
      ["    - How is indexical uncertainty handled? ^q-how-is-indexical-uncertainty-handled"],
      ["addresses:: [[Open problems in understanding agents#^q-how-is-indexical-uncertainty-handled]]", ""],
    ]);
    await (modal as PreviewModal).confirm();
    expect(text(loaded, SOURCE)).toContain("addresses:: [[Open problems in understanding agents#^q-how-is-indexical-uncertainty-handled]]");
    expect(text(loaded, PROBLEM)).not.toBe(problemBefore);
    const gapRow = (): boolean => root.findAll__("mosaic-gap").some((r) => r.find__("mosaic-question-text")?.textContent === GAP);
    await until(() => !gapRow());
    // No longer a gap: its suggestions are gone and the source shows as its addresser.
    expect(gapRow()).toBe(false);
    const entry = questionEntries(loaded.plugin.index).find((q) => q.node.text === GAP);
    expect(entry?.node.addressedBy.map((a) => a.path)).toEqual([SOURCE]);
  });

  it("ranks unread sources by the gaps they may fill at the end of the problem view", async () => {
    const root = await sidebar(loaded);
    const section = root.find__("mosaic-unread-section");
    expect(section?.find__("mosaic-section-title")?.textContent).toBe(UNREAD_HEADING);
    const unread = section?.findAll__("mosaic-unread-source") ?? [];
    expect(unread.map((r) => r.find__("tree-item-self")?.getAttr("data-path"))).toContain(SOURCE);
    // After every question row.
    const all = root.all__();
    const lastQuestion = all.lastIndexOf(root.findAll__("mosaic-question").at(-1) as FakeElement);
    expect(all.indexOf(section as FakeElement)).toBeGreaterThan(lastQuestion);
  });

  it("shows none when the setting is off", async () => {
    const root = await sidebar(loaded);
    expect(root.findAll__("mosaic-suggestions").length).toBeGreaterThan(0);
    await loaded.plugin.updateSettings({ showSuggestions: false }, false);
    expect(root.findAll__("mosaic-suggestions")).toHaveLength(0);
    expect(root.find__("mosaic-unread-section")).toBeUndefined();
    await loaded.plugin.updateSettings({ showSuggestions: true }, false);
    expect(root.findAll__("mosaic-suggestions").length).toBeGreaterThan(0);
  });

  it("computes per problem on demand and keeps the result until the index changes", async () => {
    const suggestions = new ReadingSuggestions(() => loaded.plugin.index);
    const first = suggestions.forProblem(PROBLEM);
    expect(first).not.toBeNull();
    expect(suggestions.forProblem(PROBLEM)).toBe(first);
    expect(suggestions.forProblem(SOURCE)).toBeNull();
    const file = loaded.app.vault.getFileByPath(SOURCE);
    if (!file) throw new Error("missing source");
    await loaded.app.vault.append(file, "\nMore text.\n");
    await until(() => suggestions.forProblem(PROBLEM) !== first);
    expect(suggestions.forProblem(PROBLEM)).not.toBe(first);
  });

  it("keeps its corpus through an edit to a problem (the sources are the same objects) and reports as a fresh build does", async () => {
    const suggestions = new ReadingSuggestions(() => loaded.plugin.index);
    expect(suggestions.report(PROBLEM)).toEqual(nextReport(loaded.plugin.index, { problem: PROBLEM }));
    const before = corpusInputs(loaded.plugin.index);
    expect(before.notes.map((n) => n.path)).toContain(SOURCE);
    const problem = loaded.app.vault.getFileByPath(PROBLEM);
    if (!problem) throw new Error("missing problem");
    await loaded.app.vault.modify(problem, `${text(loaded, PROBLEM).trimEnd()}\n- How do embedded reasoners handle indexical uncertainty?\n`);
    await until(() => questionEntries(loaded.plugin.index).some((q) => q.node.text === "How do embedded reasoners handle indexical uncertainty?"));
    expect(sameCorpusInputs(before, corpusInputs(loaded.plugin.index))).toBe(true);
    const after = suggestions.report(PROBLEM);
    expect(after).toEqual(nextReport(loaded.plugin.index, { problem: PROBLEM }));
    expect(after?.gaps.some((g) => g.text === "How do embedded reasoners handle indexical uncertainty?" && g.suggestions.some((s) => s.path === SOURCE))).toBe(true);
    const source = loaded.app.vault.getFileByPath(SOURCE);
    if (!source) throw new Error("missing source");
    await loaded.app.vault.modify(source, text(loaded, SOURCE).replace(/indexical/g, "positional"));
    await until(() => !sameCorpusInputs(before, corpusInputs(loaded.plugin.index)));
    expect(suggestions.report(PROBLEM)).toEqual(nextReport(loaded.plugin.index, { problem: PROBLEM }));
  });

  it("stops its work in the background when stopped (the plugin unloading), and says nothing is ready", async () => {
    const background = countedBackground(0);
    const suggestions = new ReadingSuggestions(() => loaded.plugin.index, background);
    expect(suggestions.forProblem(PROBLEM)).toBeNull();
    suggestions.stop();
    await sleep(50);
    // The slice under way when it stopped ends at its next pause: one at most.
    expect(background.pauses).toBeLessThanOrEqual(1);
    expect(background.readies).toBe(0);
    // Asked again once stopped, for this problem or another, it starts nothing.
    expect(suggestions.forProblem(PROBLEM)).toBeNull();
    expect(suggestions.forProblem("Problems/Mesa-optimization detection.md")).toBeNull();
    await sleep(50);
    expect(background.pauses).toBeLessThanOrEqual(2);
    expect(background.readies).toBe(0);
  });
});
