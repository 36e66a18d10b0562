// Writing a merge into a problem note: new lines only, in the right place and style; re-parsing gives the merge.
import { applyMergeToNote, noteQuestions } from "../../../src/core/exchange/apply";
import { newProblemNote, parseMarkdownOutline } from "../../../src/core/exchange/markdown";
import { mergeOutlines } from "../../../src/core/exchange/merge";
import { countNodes, fromOutlineItem, type OutlineNode } from "../../../src/core/exchange/outline";
import { DEFAULT_SETTINGS } from "../../../src/core/model";
import { parseNote } from "../../../src/core/parse/parse-note";
import { describeWithShared, SEEDS } from "../../helpers/shared";
import { LEAKE, POPE, WENTWORTH } from "./thread-fixture";

const parse = (text: string) => parseNote("Problems/P.md", text, DEFAULT_SETTINGS);
const questionsOf = (text: string): OutlineNode[] => noteQuestions(parse(text).outline).items.map(fromOutlineItem);
const n = (text: string, children: OutlineNode[] = [], anchor: string | null = null, status: string | null = null): OutlineNode => ({
  text, anchor, status, children,
});

function outline(lines: string[], sep = "\n"): OutlineNode[] {
  const result = parseMarkdownOutline(lines.join(sep));
  if (!result.ok) throw new Error(result.error);
  return result.roots;
}

/** Applies the merge and checks the write-back contract: only new lines, and the note now parses to the merge. */
function apply(text: string, incoming: OutlineNode[]) {
  const result = applyMergeToNote(text, parse(text), incoming);
  const after = result.text.split("\n");
  const inserted = new Set(result.insertedLines);
  expect(after.filter((_l, i) => !inserted.has(i + 1))).toEqual(text.split("\n"));
  expect(questionsOf(result.text)).toEqual(result.merged);
  expect(parse(result.text).diagnostics.filter((d) => d.severity !== "info")).toEqual(parse(text).diagnostics.filter((d) => d.severity !== "info"));
  return result;
}

describeWithShared("applyMergeToNote on the thread", [SEEDS.thread], () => {
  const first = outline(WENTWORTH);
  const second = outline(LEAKE);
  const third = outline(POPE, "\n\n");

  it("writes the second and third answers into the first answer's note without touching its lines", () => {
    const note = newProblemNote("Understanding agents", first);
    expect(questionsOf(note)).toEqual(first);
    const withSecond = apply(note, second);
    const withThird = apply(withSecond.text, third);
    expect(countNodes(withThird.merged)).toBe(121);
    expect(withThird.merged).toEqual(mergeOutlines(mergeOutlines(first, second).merged, third).merged);
    expect(withThird.insertedLines).toHaveLength(16);
    // Applying the same answer again adds nothing.
    const again = applyMergeToNote(withThird.text, parse(withThird.text), third);
    expect(again.text).toBe(withThird.text);
    expect(again.diff).toBe("");
    expect(again.matched).toBe(16);
  });

  it("adds sub-questions under the matched question, after its last descendant, in its indentation", () => {
    const note = newProblemNote("Understanding agents", first);
    const incoming = [n("What's up with mesa-optimization?", [n("Do mesa-optimizers show up in LLMs?")])];
    const result = apply(note, incoming);
    const lines = result.text.split("\n");
    const at = lines.indexOf("  - Do mesa-optimizers show up in LLMs?");
    expect(lines[at - 1]).toBe("  - How can we detect outer optimization processes embedded in a system?");
    expect(lines[at + 1]).toBe("- What's up with \"shards\" and factorization?");
    expect(result.added).toEqual([{ path: ["What's up with mesa-optimization?"], text: "Do mesa-optimizers show up in LLMs?" }]);
  });
});

describe("applyMergeToNote on hand-written notes", () => {
  const note = [
    "---",
    "tags: [problem]",
    "---",
    "Some words about this problem.",
    "",
    "1. How much convergence is there? ^convergence",
    "    1. How do we make more?",
    "2. How do we minimise drift?",
    "   It wraps onto this line.",
    "",
    "## Abstraction",
    "",
    "Prose under the heading.",
    "",
    "## Search",
    "",
    "- When does search show up?",
    "\t- Which algorithm?",
    "",
    "### Detection",
    "- How can we detect search?",
    "",
    "Closing paragraph.",
    "",
  ].join("\n");

  it("places each new question in its parent's list with that list's marker and indentation", () => {
    const incoming = [
      n("How much convergence is there", [n("Is it measurable?")]),
      n("How do we minimise drift? It wraps onto this line.", [n("In RL fine-tuning?", [n("With KL penalties?")])]),
      n("A new top-level question", [], "^new-top", "open"),
      n("Another one"),
      n("Abstraction", [n("Natural abstractions?")]),
      n("Search", [n("When does search show up?", [n("In transformers?")]), n("Is search convergent?")]),
    ];
    const result = apply(note, incoming);
    expect(result.text).toBe(
      [
        "---",
        "tags: [problem]",
        "---",
        "Some words about this problem.",
        "",
        "1. How much convergence is there? ^convergence",
        "    1. How do we make more?",
        "    2. Is it measurable?",
        "2. How do we minimise drift?",
        "   It wraps onto this line.",
        "    1. In RL fine-tuning?",
        "        1. With KL penalties?",
        "3. A new top-level question [status:: open] ^new-top",
        "4. Another one",
        "",
        "## Abstraction",
        "",
        "Prose under the heading.",
        "",
        "- Natural abstractions?",
        "",
        "## Search",
        "",
        "- When does search show up?",
        "\t- Which algorithm?",
        "\t- In transformers?",
        "- Is search convergent?",
        "",
        "### Detection",
        "- How can we detect search?",
        "",
        "Closing paragraph.",
        "",
      ].join("\n"),
    );
    expect(result.matched).toBe(5);
    expect(result.added.map((a) => a.text)).toEqual([
      "Is it measurable?",
      "In RL fine-tuning?",
      "With KL penalties?",
      "A new top-level question",
      "Another one",
      "Natural abstractions?",
      "In transformers?",
      "Is search convergent?",
    ]);
  });

  it.each([
    ["after a preamble", "Intro.\n\n## A\n- a\n", "Intro.\n\n- new\n\n## A\n- a\n"],
    ["at the very start", "## A\n- a\n", "- new\n## A\n- a\n"],
    ["after frontmatter", "---\ntags: [problem]\n---\n## A\n", "---\ntags: [problem]\n---\n\n- new\n## A\n"],
  ])("puts new top-level questions of a sectioned note before its first heading (%s)", (_name, text, expected) => {
    const result = apply(text, [n("new")]);
    expect(result.text).toBe(expected);
    expect(result.merged[0]).toEqual(n("new"));
  });

  it("gives a diff of the added lines with context", () => {
    const result = apply("# P\n\n- a\n- b\n\nEnd.\n", [n("a", [n("a1")])]);
    expect(result.text).toBe("# P\n\n- a\n  - a1\n- b\n\nEnd.\n");
    expect(result.diff).toBe("@@ -2,4 +2,5 @@\n  \n  - a\n+   - a1\n  - b\n  \n");
    expect(result.insertedLines).toEqual([4]);
  });

  it("writes into an empty problem note, and keeps CRLF line endings", () => {
    const empty = newProblemNote("Empty", []);
    const result = apply(empty, [n("q1", [n("q2")]), n("q3")]);
    expect(result.text).toBe(`${empty}\n- q1\n  - q2\n- q3\n`);
    const crlf = "# P\r\n\r\n- a\r\n";
    const written = applyMergeToNote(crlf, parse(crlf), [n("b")]);
    expect(written.text).toBe("# P\r\n\r\n- a\r\n- b\r\n");
  });

  it("drops a new question's block id when the note already uses it", () => {
    const text = "- a\n\nA paragraph with an id. ^taken\n";
    const result = apply(text, [n("b", [], "^taken"), n("c", [], "^free")]);
    expect(result.text).toBe("- a\n- b\n- c ^free\n\nA paragraph with an id. ^taken\n");
    expect(result.merged).toEqual([n("a"), n("b"), n("c", [], "^free")]);
  });

  it("does not write statuses into existing lines", () => {
    const text = "- a\n";
    const result = apply(text, [n("a", [], null, "answered")]);
    expect(result.text).toBe(text);
    expect(result.merged).toEqual([n("a")]);
  });
});
