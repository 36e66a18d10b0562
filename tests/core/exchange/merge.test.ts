// Merging question trees: the thread's three list answers into one, overlaps, anchors, statuses, idempotence.
import { parseMarkdownOutline } from "../../../src/core/exchange/markdown";
import { mergeOutlines, normaliseQuestion } from "../../../src/core/exchange/merge";
import { cloneOutline, countNodes, flattenOutline, type OutlineNode } from "../../../src/core/exchange/outline";
import { describeWithShared, SEEDS } from "../../helpers/shared";
import { LEAKE, POPE, WENTWORTH } from "./thread-fixture";

function parse(lines: string[], sep = "\n"): OutlineNode[] {
  const result = parseMarkdownOutline(lines.join(sep));
  if (!result.ok) throw new Error(result.error);
  return result.roots;
}

const texts = (roots: OutlineNode[]): string[] => flattenOutline(roots).map((e) => e.node.text);
const n = (text: string, children: OutlineNode[] = [], anchor: string | null = null, status: string | null = null): OutlineNode => ({
  text, anchor, status, children,
});

describe("normaliseQuestion", () => {
  it.each([
    ["  How does  Abstraction work?  ", "how does abstraction work"],
    ["1. How does abstraction work?", "how does abstraction work"],
    ["4.1 If so, how do we stop that?", "if so, how do we stop that"],
    ["ＦＵＬＬＷＩＤＴＨ…", "fullwidth"],
    ["«Quoted» question!!", "quoted» question"],
    ["What's up with \"shards\"?", "what's up with \"shards"],
  ])("%j -> %j", (text, key) => {
    expect(normaliseQuestion(text)).toBe(key);
  });
});

describeWithShared("mergeOutlines on the thread", [SEEDS.thread], () => {
  const first = parse(WENTWORTH);
  const second = parse(LEAKE);
  const third = parse(POPE, "\n\n");

  it("the three answers' own sizes, counted from the raw lines", () => {
    expect([countNodes(first), countNodes(second), countNodes(third)]).toEqual([100, 5, 16]);
    expect(WENTWORTH).toHaveLength(100);
    expect(LEAKE).toHaveLength(5);
    expect(POPE).toHaveLength(16);
  });

  it("merging the second and third answers into the first keeps every question", () => {
    const withSecond = mergeOutlines(first, second);
    expect(withSecond.matched).toBe(0);
    expect(withSecond.added).toHaveLength(5);
    const all = mergeOutlines(withSecond.merged, third);
    expect(all.matched).toBe(0);
    expect(all.added).toHaveLength(16);
    expect(countNodes(all.merged)).toBe(100 + 5 + 16 - 0);
    const merged = new Set(texts(all.merged));
    for (const text of [...texts(first), ...texts(second), ...texts(third)]) expect(merged).toContain(text);
    // The base keeps its place: the first 11 roots are the first answer's, untouched.
    expect(all.merged.slice(0, 11)).toEqual(first);
    expect(all.added.find((a) => a.text === "like this?")?.path).toEqual([
      "Given a dataset that can be solved in multiple different ways, how can we best influence the specific mechanism the AI uses to solve that dataset?",
    ]);
  });

  it("merging twice changes nothing", () => {
    const once = mergeOutlines(mergeOutlines(first, second).merged, third).merged;
    const twice = mergeOutlines(mergeOutlines(once, second).merged, third);
    expect(twice.merged).toEqual(once);
    expect(twice.added).toEqual([]);
    expect(twice.matched).toBe(16);
  });

  it("a re-worded, re-numbered copy of part of an answer matches where only case, spacing and numbering differ", () => {
    // The first three sections of the first answer, as someone else typed them: numbered, other case and spacing.
    const typed = parse(
      [
        "1. HOW DOES ABSTRACTION WORK",
        "   1.1 How can we efficiently compute natural abstractions",
        "   1.2 A brand new sub-question?",
        "2. How  can we generalize principles from thermodynamics/stat mech to talk about agents more generally?",
        "3. What's up with boundaries and modularity!",
        "   - Why are biological systems so modular?",
      ],
      "\n",
    );
    const result = mergeOutlines(first, typed);
    // Matched: the three sections and "compute natural abstractions"; "Why are biological systems so modular?" is
    // only a prefix of the original question, so it is new.
    expect(result.matched).toBe(4);
    expect(result.added).toEqual([
      { path: ["How does abstraction work?"], text: "A brand new sub-question?" },
      { path: ["What's up with boundaries and modularity?"], text: "Why are biological systems so modular?" },
    ]);
    expect(countNodes(result.merged)).toBe(100 + countNodes(typed) - 4);
  });
});

describe("mergeOutlines rules", () => {
  it("matches by block anchor anywhere before text, and keeps base text and anchor", () => {
    const base = [n("A", [n("Moved question", [], "^q1")]), n("B")];
    const incoming = [n("B", [n("Moved question, reworded", [n("new child")], "^q1")])];
    const result = mergeOutlines(base, incoming);
    expect(result.matched).toBe(2);
    expect(result.merged).toEqual([n("A", [n("Moved question", [n("new child")], "^q1")]), n("B")]);
    expect(result.added).toEqual([{ path: ["A", "Moved question"], text: "new child" }]);
  });

  it("keeps base statuses, takes incoming ones where base has none (unless told not to)", () => {
    const base = [n("a", [], null, "open"), n("b")];
    const incoming = [n("a", [], null, "answered"), n("b", [], null, "partial")];
    expect(mergeOutlines(base, incoming).merged).toEqual([n("a", [], null, "open"), n("b", [], null, "partial")]);
    expect(mergeOutlines(base, incoming, { adoptStatus: false }).merged).toEqual(base);
  });

  it("does not change its inputs", () => {
    const base = [n("a")];
    const incoming = [n("a", [n("b")], null, "open")];
    const before = [cloneOutline(base), cloneOutline(incoming)];
    mergeOutlines(base, incoming);
    expect([base, incoming]).toEqual(before);
  });

  it("collapses duplicate incoming siblings into one node, so a second merge adds nothing", () => {
    const incoming = [n("q", [n("x")]), n("Q.", [n("y")])];
    const once = mergeOutlines([], incoming);
    expect(once.merged).toEqual([n("q", [n("x"), n("y")])]);
    expect(once.added.map((a) => a.text)).toEqual(["q", "x", "y"]);
    expect(once.matched).toBe(1);
    expect(mergeOutlines(once.merged, incoming).merged).toEqual(once.merged);
  });

  it("reports only outermost new subtrees as insertions", () => {
    const result = mergeOutlines([n("a")], [n("a", [n("b", [n("c")])]), n("d")]);
    expect(result.insertions.map((i) => [i.parent?.text ?? null, i.node.text])).toEqual([
      ["a", "b"],
      [null, "d"],
    ]);
  });
});
