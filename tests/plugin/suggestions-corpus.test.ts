// The suggestions' corpus in the background: made once for a set of sources, through edits that leave them as they are.
import * as next from "../../src/core/next";
import { ReadingSuggestions } from "../../src/plugin/suggestions";
import { countedBackground, exampleFiles, loadPlugin, sleep, until, type Loaded } from "./plugin-harness";

jest.mock("../../src/core/next", () => {
  const actual = jest.requireActual<typeof next>("../../src/core/next");
  return { ...actual, corpusOfSteps: jest.fn(actual.corpusOfSteps) };
});

const PROBLEM = "Problems/Open problems in understanding agents.md";
const built = next.corpusOfSteps as jest.MockedFunction<typeof next.corpusOfSteps>;

describe("the suggestions' corpus in the background", () => {
  let loaded: Loaded;
  beforeEach(async () => {
    loaded = await loadPlugin(exampleFiles());
    built.mockClear();
  });
  afterEach(() => loaded.fake.unload());

  it("goes on through an edit to a problem made while it is built, and is built once", async () => {
    // A pause after every step, each a few milliseconds long: the edit lands while the corpus is being made.
    const background = countedBackground(3);
    const suggestions = new ReadingSuggestions(() => loaded.plugin.index, background);
    expect(suggestions.forProblem(PROBLEM)).toBeNull();
    await until(() => background.pauses >= 5);
    expect(built).toHaveBeenCalledTimes(1);
    const index = loaded.plugin.index;
    const text = loaded.app.vault.text__(PROBLEM) ?? "";
    index.setNote(PROBLEM, `${text.trimEnd()}\n- How do embedded agents model themselves?\n`);
    // The sidebar asks again at the new revision.
    expect(suggestions.forProblem(PROBLEM)).toBeNull();
    await until(() => background.readies > 0);
    expect(built).toHaveBeenCalledTimes(1);
    const shown = suggestions.forProblem(PROBLEM);
    expect(shown).not.toBeNull();
    expect(suggestions.report(PROBLEM)).toEqual(next.nextReport(index, { problem: PROBLEM }));
    expect(suggestions.report(PROBLEM)?.gaps.some((g) => g.text === "How do embedded agents model themselves?")).toBe(true);
    await sleep(20);
    expect(built).toHaveBeenCalledTimes(1);
  });

  it("is made again when a source changes while it is built", async () => {
    const background = countedBackground(3);
    const suggestions = new ReadingSuggestions(() => loaded.plugin.index, background);
    expect(suggestions.forProblem(PROBLEM)).toBeNull();
    await until(() => background.pauses >= 5);
    const index = loaded.plugin.index;
    const source = index.notePaths().find((p) => index.note(p)?.kind === "source");
    if (!source) throw new Error("no source note");
    index.setNote(source, `${loaded.app.vault.text__(source) ?? ""}\nIndexical uncertainty and embedded agency.\n`);
    expect(suggestions.forProblem(PROBLEM)).toBeNull();
    await until(() => background.readies > 0);
    expect(built).toHaveBeenCalledTimes(2);
    expect(suggestions.report(PROBLEM)).toEqual(next.nextReport(index, { problem: PROBLEM }));
  });
});
