// Which suggestions show unasked: at least ~40% of the gap's best score and two distinct words of the question itself.
import { ownTermsMatched, strongSuggestions, STRONG_MIN_TERMS, STRONG_RELATIVE } from "../../../src/core/next/strong";

const QUESTION = "How can we detect inner optimizers embedded in a system?";

const s = (path: string, score: number, terms: string[]): { path: string; score: number; terms: string[] } => ({ path, score, terms });

describe("ownTermsMatched", () => {
  it.each<[string, string[], number]>([
    ["two of the question's words", ["inner", "optimizers"], 2],
    ["another inflection of a question word counts as that word", ["optimizer", "detecting"], 2],
    ["the same term twice counts once", ["optimizers", "optimizer"], 1],
    ["ancestor-only words do not count", ["mesa", "objective"], 0],
    ["upper case is the same word", ["Inner", "SYSTEM"], 2],
    ["nothing matched", [], 0],
  ])("%s", (_name, matched, n) => {
    expect(ownTermsMatched(QUESTION, matched)).toBe(n);
  });
});

describe("strongSuggestions", () => {
  it("defaults: 40% of the best score, two distinct terms of the question's own text", () => {
    expect([STRONG_RELATIVE, STRONG_MIN_TERMS]).toEqual([0.4, 2]);
  });

  it.each<[string, ReturnType<typeof s>[], string[]]>([
    ["all strong", [s("a", 10, ["inner", "optimizers"]), s("b", 8, ["detect", "system"])], ["a", "b"]],
    ["below 40% of the best is dropped", [s("a", 10, ["inner", "optimizers"]), s("b", 3.9, ["detect", "system"])], ["a"]],
    ["exactly 40% of the best is kept", [s("a", 10, ["inner", "optimizers"]), s("b", 4, ["detect", "system"])], ["a", "b"]],
    ["one own word is not enough", [s("a", 10, ["inner", "optimizers"]), s("b", 9, ["optimizers", "mesa"])], ["a"]],
    ["ancestor words do not count, even scoring best", [s("a", 10, ["mesa", "objective", "inner"]), s("b", 6, ["inner", "detect"])], ["b"]],
    ["a weak best still sets the bar", [s("a", 10, ["mesa", "optimization"]), s("b", 3, ["inner", "detect"])], []],
    ["order is kept, not re-sorted", [s("b", 5, ["inner", "detect"]), s("a", 10, ["inner", "optimizers"])], ["b", "a"]],
    ["no suggestions", [], []],
    ["zero scores", [s("a", 0, ["inner", "optimizers"])], []],
  ])("%s", (_name, list, kept) => {
    expect(strongSuggestions(QUESTION, list).map((x) => x.path)).toEqual(kept);
  });

  it("takes other thresholds", () => {
    const list = [s("a", 10, ["inner", "optimizers", "detect"]), s("b", 6, ["inner", "detect"])];
    expect(strongSuggestions(QUESTION, list, { relative: 0.7 }).map((x) => x.path)).toEqual(["a"]);
    expect(strongSuggestions(QUESTION, list, { minTerms: 3 }).map((x) => x.path)).toEqual(["a"]);
    expect(strongSuggestions(QUESTION, list, { relative: 0, minTerms: 0 }).map((x) => x.path)).toEqual(["a", "b"]);
  });
});
