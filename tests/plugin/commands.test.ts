// The plugin's commands on the fake vault: the two write commands (exact preview, concurrent edits, idempotence),
// outcome navigation, diagnostics, and that nothing else writes.
import { fakeUi, Setting, type FakeElement } from "../fakes/obsidian";
import { PreviewModal } from "../../src/plugin/preview-modal";
import { QuestionSuggestModal } from "../../src/plugin/link-question-modal";
import { DiagnosticsModal } from "../../src/plugin/commands/diagnostics-command";
import type { QuestionEntry } from "../../src/core/query/questions";
import { articlePath, COURSE_PATH, lensCourse, lensPath, modulePath, videoPath } from "../../bench/lens-course";
import { exampleFiles, loadPlugin, openNote, runCommand, settle, sleep, type Loaded } from "./plugin-harness";
import { questionEntries } from "../../src/core/query/questions";

const PROBLEM = "Problems/Open problems in understanding agents.md";
const SOURCE = "Sources/Cyborgism.md";
const NO_ID_QUESTION = "How is indexical uncertainty handled?";

function lastModal<T>(type: abstract new (...args: never[]) => T): T {
  const found = ([...fakeUi.modals].reverse() as unknown[]).find((m): m is T => m instanceof type);
  if (!found) throw new Error(`no ${type.name} opened`);
  return found;
}

async function pickQuestion(loaded: Loaded, text: string): Promise<PreviewModal> {
  expect(runCommand(loaded, "link-to-question")).toBe(true);
  const picker = lastModal(QuestionSuggestModal) as unknown as { suggestions__(q: string): Promise<{ item: QuestionEntry }[]>; choose__(m: unknown): void };
  const matches = await picker.suggestions__(text);
  const match = matches.find((m) => m.item.node.text === text);
  if (!match) throw new Error(`question not offered: ${text}`);
  picker.choose__(match);
  await sleep(5);
  return lastModal(PreviewModal);
}

const text = (loaded: Loaded, path: string): string => loaded.app.vault.text__(path) ?? "";
const lines = (t: string): string[] => t.split("\n");

describe("Link this note to a question", () => {
  let loaded: Loaded;
  beforeEach(async () => {
    loaded = await loadPlugin(exampleFiles());
    await openNote(loaded, SOURCE);
  });
  afterEach(() => loaded.fake.unload());

  it("is offered only with an active note", async () => {
    const bare = await loadPlugin(exampleFiles());
    expect(runCommand(bare, "link-to-question")).toBe(false);
    bare.fake.unload();
  });

  it("offers every question with its problem and ancestors", () => {
    runCommand(loaded, "link-to-question");
    const picker = lastModal(QuestionSuggestModal);
    const items = picker.getItems();
    expect(items.length).toBe(questionEntries(loaded.plugin.index).length);
    const entry = items.find((e) => e.node.text === NO_ID_QUESTION);
    expect(entry && picker.getItemText(entry)).toBe(
      `${NO_ID_QUESTION} Open problems in understanding agents › How does abstraction work? › What are the natural data structures for representing natural abstractions?`,
    );
  });

  it("writes exactly the lines the preview shows: the block id, then the addresses line", async () => {
    const problemBefore = text(loaded, PROBLEM);
    const sourceBefore = text(loaded, SOURCE);
    const modal = await pickQuestion(loaded, NO_ID_QUESTION);
    expect(modal.sections.map((s) => s.lines)).toEqual([
      ["    - How is indexical uncertainty handled? ^q-how-is-indexical-uncertainty-handled"],
      ["addresses:: [[Open problems in understanding agents#^q-how-is-indexical-uncertainty-handled]]"],
    ]);
    expect(loaded.app.vault.writes__).toBe(0); // the preview writes nothing
    await modal.confirm();

    const [blockSection, fieldSection] = modal.sections;
    const pBefore = lines(problemBefore);
    const pAfter = lines(text(loaded, PROBLEM));
    const changed = pAfter.filter((l, i) => l !== pBefore[i]);
    expect(changed).toEqual(blockSection?.lines);
    expect(pAfter).toHaveLength(pBefore.length);

    const sBefore = lines(sourceBefore);
    const sAfter = lines(text(loaded, SOURCE));
    const k = sAfter.findIndex((l, i) => l !== sBefore[i]);
    const added = sAfter.slice(k, k + sAfter.length - sBefore.length);
    expect(added).toEqual(fieldSection?.lines);
    expect([...sAfter.slice(0, k), ...sAfter.slice(k + added.length)]).toEqual(sBefore);
    // Beside the note's existing addresses:: line, and the heading says where.
    expect(sAfter[k - 1]).toBe("addresses:: [[Quintin Pope's open questions#^human-model-bandwidth]]");
    expect(fieldSection?.heading).toBe(`Add to ${SOURCE} after line ${k}:`);

    await settle();
    const entry = questionEntries(loaded.plugin.index).find((q) => q.node.text === NO_ID_QUESTION);
    expect(entry?.node.anchor).toBe("^q-how-is-indexical-uncertainty-handled");
    expect(entry?.node.addressedBy.map((a) => a.path)).toEqual([SOURCE]);
  });

  it("keeps edits made between preview and confirm in both notes, finding the question by its text", async () => {
    const modal = await pickQuestion(loaded, NO_ID_QUESTION);
    const problem = loaded.app.vault.getFileByPath(PROBLEM);
    const source = loaded.app.vault.getFileByPath(SOURCE);
    if (!problem || !source) throw new Error("missing example");
    // Someone adds a question above (shifting every line) and edits the source note meanwhile.
    await loaded.app.vault.modify(problem, text(loaded, PROBLEM).replace("- How does abstraction work?", "- A new first question?\n- How does abstraction work?"));
    await loaded.app.vault.modify(source, `${text(loaded, SOURCE)}\nA paragraph written meanwhile.\n`);
    await modal.confirm();

    const p = text(loaded, PROBLEM);
    expect(p).toContain("- A new first question?\n- How does abstraction work?");
    expect(lines(p)).toContain(modal.sections[0]?.lines[0]);
    expect(p.match(/\^q-how-is-indexical-uncertainty-handled/g)).toHaveLength(1);
    const s = text(loaded, SOURCE);
    expect(s).toContain("A paragraph written meanwhile.");
    expect(lines(s)).toContain(modal.sections[1]?.lines[0]);
  });

  it("writes nothing and says so when the question was deleted before confirming", async () => {
    const modal = await pickQuestion(loaded, NO_ID_QUESTION);
    const problem = loaded.app.vault.getFileByPath(PROBLEM);
    if (!problem) throw new Error("missing example");
    await loaded.app.vault.modify(problem, text(loaded, PROBLEM).replace(`    - ${NO_ID_QUESTION}\n`, ""));
    const problemNow = text(loaded, PROBLEM);
    const sourceNow = text(loaded, SOURCE);
    await modal.confirm();
    expect(text(loaded, PROBLEM)).toBe(problemNow);
    expect(text(loaded, SOURCE)).toBe(sourceNow);
    expect(fakeUi.notices.at(-1)).toMatch(/could not find the question/);
  });

  it("links a question that has a block id without touching the problem note, and never twice", async () => {
    const problemBefore = text(loaded, PROBLEM);
    const first = await pickQuestion(loaded, "How does abstraction work?");
    expect(first.sections).toHaveLength(1);
    await first.confirm();
    expect(text(loaded, PROBLEM)).toBe(problemBefore);
    const once = text(loaded, SOURCE);
    expect(lines(once)).toContain("addresses:: [[Open problems in understanding agents#^abstraction]]");
    await settle();
    const again = await pickQuestion(loaded, "How does abstraction work?");
    expect(again.sections[0]?.heading).toMatch(/already has this line/);
    await again.confirm();
    expect(text(loaded, SOURCE)).toBe(once);
  });

  it("confirming twice (a double click) writes once", async () => {
    const modal = await pickQuestion(loaded, NO_ID_QUESTION);
    await Promise.all([modal.confirm(), modal.confirm()]);
    expect(text(loaded, SOURCE).match(/q-how-is-indexical-uncertainty-handled/g)).toHaveLength(1);
  });
});

describe("Add block ids to this problem's questions", () => {
  const FOWLER = "Problems/Stephen Fowler's questions.md";
  const NOTE = "Problems/Outline.md";
  const OUTLINE = [
    "---",
    "tags: [problem]",
    "---",
    "# Outline",
    "- What is an agent?",
    "  - What is an agent, really?",
    "  - What is an agent? ^q-what-is-an-agent",
    "- Why care?  ",
    "- What is an agent?",
    "",
  ].join("\n");
  let loaded: Loaded;
  beforeEach(async () => {
    loaded = await loadPlugin({ ...exampleFiles(), [NOTE]: OUTLINE });
  });
  afterEach(() => loaded.fake.unload());

  it("is offered on problem notes only", async () => {
    await openNote(loaded, SOURCE);
    expect(runCommand(loaded, "add-block-ids")).toBe(false);
    await openNote(loaded, NOTE);
    expect(runCommand(loaded, "add-block-ids")).toBe(true);
  });

  it("previews unique ids for the list items without one and writes exactly those lines", async () => {
    await openNote(loaded, NOTE);
    runCommand(loaded, "add-block-ids");
    await sleep(5);
    const modal = lastModal(PreviewModal);
    expect(modal.sections[0]?.lines).toEqual([
      "- What is an agent? ^q-what-is-an-agent-2",
      "  - What is an agent, really? ^q-what-is-an-agent-really",
      "- Why care? ^q-why-care",
      "- What is an agent? ^q-what-is-an-agent-3",
    ]);
    await modal.confirm();
    const after = lines(text(loaded, NOTE));
    const before = lines(OUTLINE);
    expect(after.filter((l, i) => l !== before[i])).toEqual(modal.sections[0]?.lines);
  });

  it("running it twice changes nothing the second time", async () => {
    await openNote(loaded, NOTE);
    runCommand(loaded, "add-block-ids");
    await sleep(5);
    await lastModal(PreviewModal).confirm();
    const once = text(loaded, NOTE);
    const modals = fakeUi.modals.length;
    await settle();
    runCommand(loaded, "add-block-ids");
    await sleep(5);
    expect(fakeUi.modals.length).toBe(modals);
    expect(fakeUi.notices.at(-1)).toMatch(/already/);
    expect(text(loaded, NOTE)).toBe(once);
  });

  it("leaves a problem whose questions all have ids alone", async () => {
    await openNote(loaded, FOWLER);
    const before = text(loaded, FOWLER);
    runCommand(loaded, "add-block-ids");
    await sleep(5);
    expect(fakeUi.modals.some((m) => m instanceof PreviewModal)).toBe(false);
    expect(text(loaded, FOWLER)).toBe(before);
  });
});

describe("learning outcome navigation", () => {
  const outcome = (name: string): string => `---\nlearning-outcome: Be able to ${name}\n---\n## Test:\n`;
  const files = {
    "modules/m1.md":
      "---\ntags: [module]\n---\n# Learning Outcome:\nsource:: [[../Learning Outcomes/A]]\n\n# Learning Outcome:\noptional:: true\nsource:: [[../Learning Outcomes/B]]\n\n# Learning Outcome:\nsource:: [[../Learning Outcomes/C]]\n",
    "modules/m2.md": "---\ntags: [module]\n---\n# Learning Outcome:\nsource:: [[../Learning Outcomes/B]]\n",
    "Learning Outcomes/A.md": outcome("a"),
    "Learning Outcomes/B.md": outcome("b"),
    "Learning Outcomes/C.md": outcome("c"),
    "Notes/plain.md": "Just a note.",
  };
  let loaded: Loaded;
  beforeEach(async () => {
    loaded = await loadPlugin(files);
  });
  afterEach(() => loaded.fake.unload());

  const active = (): string | undefined => loaded.app.workspace.getActiveFile()?.path;

  it("walks a module's outcomes in order, and is not offered past the last one", async () => {
    await openNote(loaded, "modules/m1.md");
    const visited: (string | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      expect(runCommand(loaded, "next-learning-outcome")).toBe(true);
      await sleep(1);
      visited.push(active());
    }
    expect(visited).toEqual(["Learning Outcomes/A.md", "Learning Outcomes/B.md", "Learning Outcomes/C.md"]);
    expect(runCommand(loaded, "next-learning-outcome")).toBe(false);
    runCommand(loaded, "previous-learning-outcome");
    await sleep(1);
    expect(active()).toBe("Learning Outcomes/B.md");
    runCommand(loaded, "previous-learning-outcome");
    await sleep(1);
    expect(active()).toBe("Learning Outcomes/A.md");
  });

  it("is not offered on a note that is neither a module nor a used outcome", async () => {
    await openNote(loaded, "Notes/plain.md");
    expect(runCommand(loaded, "next-learning-outcome")).toBe(false);
    expect(runCommand(loaded, "modules-using-outcome")).toBe(false);
    for (const id of ["next-module", "previous-lens", "parent-course", "go-to-source"]) expect(runCommand(loaded, id)).toBe(false);
  });

  it("opens the only module using an outcome, and offers a choice when several do", async () => {
    await openNote(loaded, "Learning Outcomes/A.md");
    runCommand(loaded, "modules-using-outcome");
    await sleep(1);
    expect(active()).toBe("modules/m1.md");
    await openNote(loaded, "Learning Outcomes/B.md");
    runCommand(loaded, "modules-using-outcome");
    const picker = fakeUi.modals.at(-1) as unknown as { getSuggestions(q: string): { path: string }[] };
    expect(picker.getSuggestions("").map((m) => m.path).sort()).toEqual(["modules/m1.md", "modules/m2.md"]);
  });
});

describe("walking a course", () => {
  const files = lensCourse({ modules: 2, outcomesPerModule: 2, lensesPerOutcome: 1, directEvery: 2 });
  let loaded: Loaded;
  beforeEach(async () => {
    loaded = await loadPlugin(files);
  });
  afterEach(() => loaded.fake.unload());
  const where = (): [string | undefined, unknown] => [loaded.app.workspace.getActiveFile()?.path, loaded.app.workspace.activeLeaf?.eState__];
  const run = async (id: string): Promise<void> => {
    expect(runCommand(loaded, id)).toBe(true);
    await sleep(1);
  };

  it("steps lens by lens across modules, into a module's own and inline lenses, and back", async () => {
    await openNote(loaded, lensPath(1, 1, 1));
    await run("next-lens");
    expect(where()[0]).toBe(lensPath(1, 2, 1));
    await run("next-lens");
    expect(where()[0]).toBe(lensPath(2, 1, 1));
    await run("next-lens");
    await run("next-lens");
    // Module 2 lists its lenses directly and writes one inline: the module opens at that lens's heading.
    const inlineLine = files[modulePath(2)]!.split("\n").indexOf("# Lens: Closing words") + 1;
    expect(where()).toEqual([modulePath(2), { line: inlineLine - 1 }]);
    expect(runCommand(loaded, "next-lens")).toBe(false);
    await run("previous-lens");
    expect(where()[0]).toBe(lensPath(2, 2, 1));
  });

  it("offers module, parent and source commands where they lead somewhere", async () => {
    await openNote(loaded, modulePath(2));
    expect(runCommand(loaded, "next-learning-outcome")).toBe(false);
    expect(runCommand(loaded, "next-module")).toBe(false);
    await run("previous-module");
    expect(where()[0]).toBe(modulePath(1));
    await run("parent-course");
    expect(where()[0]).toBe(COURSE_PATH);
    await openNote(loaded, lensPath(1, 2, 1));
    await run("modules-using-outcome");
    expect(where()[0]).toBe(modulePath(1));
    await openNote(loaded, lensPath(1, 2, 1));
    runCommand(loaded, "go-to-source");
    const picker = fakeUi.modals.at(-1) as unknown as { getSuggestions(q: string): { path: string }[] };
    expect(picker.getSuggestions("").map((m) => m.path)).toEqual([articlePath(1, 2, 1), videoPath(1)]);
    await openNote(loaded, COURSE_PATH);
    expect(runCommand(loaded, "parent-course")).toBe(false);
    await run("next-module");
    expect(where()[0]).toBe(modulePath(1));
  });
});

describe("Show diagnostics", () => {
  it("lists diagnostics grouped by file and opens a file at the clicked line", async () => {
    const loaded = await loadPlugin({
      "Problems/P.md": "---\ntags: [problem]\n---\n- What?\n",
      "Notes/a.md": "intro\naddresses:: [[Missing note]]\n",
    });
    runCommand(loaded, "show-diagnostics");
    const modal = lastModal(DiagnosticsModal);
    const content = modal.contentEl as unknown as FakeElement;
    expect(content.all__().filter((e) => e.tagName === "H4").map((e) => e.textContent)).toContain("Notes/a.md");
    const link = content.all__().find((e) => e.tagName === "A" && e.textContent.includes("Missing note"));
    expect(link?.textContent).toMatch(/^line 2: error: /);
    link?.dispatch__("click", { preventDefault: () => undefined });
    await sleep(1);
    const leaf = loaded.app.workspace.activeLeaf;
    expect(leaf?.file__?.path).toBe("Notes/a.md");
    expect(leaf?.eState__).toEqual({ line: 1 });
    loaded.fake.unload();
  });
});

describe("no writes outside the write commands", () => {
  it("loading, navigating and changing every setting write no note; a settings change re-indexes", async () => {
    const loaded = await loadPlugin(exampleFiles());
    await openNote(loaded, "modules/fundamental-difficulties.md");
    runCommand(loaded, "next-learning-outcome");
    runCommand(loaded, "show-diagnostics");
    const tab = loaded.fake.settingTabs__[0];
    if (!tab) throw new Error("no settings tab");
    Setting.all__.length = 0;
    tab.display();
    const byName = new Map(Setting.all__.map((s) => [s.name__, s]));
    expect([...byName.keys()]).toEqual(
      expect.arrayContaining(["Problem notes", "Relation fields", "Parent fields", "Folders to include", "Folders to skip", "Show addressing notes"]),
    );
    const problemTags = byName.get("Problem notes")?.components__[0];
    const before = loaded.plugin.index;
    await (problemTags as { change__(v: string): Promise<void> }).change__("problem, open-problem, question, #Research-Problem");
    await (byName.get("Show addressing notes")?.components__[0] as { change__(v: boolean): Promise<void> }).change__(false);
    expect(loaded.plugin.settings.kindTags.problem).toEqual(["problem", "open-problem", "question", "research-problem"]);
    expect(loaded.fake.data__()).toMatchObject({ version: 1, showAddressers: false });
    await sleep(900);
    await loaded.plugin.indexing;
    expect(loaded.plugin.index).not.toBe(before);
    expect(loaded.app.vault.writes__).toBe(0);
    loaded.fake.unload();
  });
});
