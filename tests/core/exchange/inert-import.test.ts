// Imported question text cannot change the note around it: each new question stays one question line.
import { applyMergeToNote, noteQuestions } from "../../../src/core/exchange/apply";
import { inertText } from "../../../src/core/exchange/inert-text";
import { normaliseQuestion } from "../../../src/core/exchange/merge";
import type { OutlineNode } from "../../../src/core/exchange/outline";
import { DEFAULT_SETTINGS } from "../../../src/core/model";
import { parseNote } from "../../../src/core/parse/parse-note";

const NOTE = [
  "---",
  "tags: [problem]",
  "---",
  "# Corrigibility",
  "",
  "- Can an agent want to be corrected? ^corr",
  "- What is a shutdown button for?",
  "",
  "## Sources",
  "addresses:: [[Corrigibility#^corr]]",
  "",
  "A paragraph with its own id. ^para",
  "",
].join("\n");

const q = (text: string, anchor: string | null = null): OutlineNode => ({ text, anchor, status: null, children: [] });
const parse = (text: string) => parseNote("Problems/Corrigibility.md", text, DEFAULT_SETTINGS);

function questionTexts(text: string): string[] {
  const texts: string[] = [];
  const stack = [...noteQuestions(parse(text).outline).items];
  for (let item = stack.pop(); item; item = stack.pop()) {
    texts.push(item.text);
    stack.push(...item.children);
  }
  return texts.sort();
}

const HOSTILE = [
  "Does this comment out the rest? %%",
  "Or this? <!--",
  "# Or become a heading?",
  "- Or a nested item?",
  "1. Or a numbered one?",
  "> Or a quote?",
  "```js",
  "~~~",
  "[ ] Or a task?",
  "Or steal the block id ^corr",
  "Split\rby a lone CR\nand a newline",
  "A NUL \u0000 byte",
];

describe("inert imported text", () => {
  it.each(HOSTILE)("%j becomes one question and the note around it keeps its meaning", (text) => {
    const before = parse(NOTE);
    const result = applyMergeToNote(NOTE, before, [q(text)]);
    expect(result.added).toHaveLength(1);
    expect(result.insertedLines).toHaveLength(1);
    const after = parse(result.text);
    // One more question, the old ones unchanged, the same links and block ids as before.
    expect(questionTexts(result.text)).toEqual([...questionTexts(NOTE), inertText(text)].sort());
    const idLines = (t: string, ids: { id: string; line: number }[]) => ids.map((b) => [b.id, t.split("\n")[b.line - 1]]);
    expect(idLines(result.text, after.blockIds)).toEqual(idLines(NOTE, before.blockIds));
    expect(after.links.length).toBe(before.links.length);
    expect(result.text).not.toContain("\u0000");
    // Importing the same text again matches it: the escapes do not make it new.
    const again = applyMergeToNote(result.text, after, [q(text)]);
    expect(again.added).toHaveLength(0);
  });

  it("an outline's block id is written only when valid and unused in the note", () => {
    const result = applyMergeToNote(NOTE, parse(NOTE), [q("Taken id", "^para"), q("Bad id", "^no way"), q("Fresh id", "^fresh")]);
    const lines = result.text.split("\n");
    expect(lines).toContain("- Taken id");
    expect(lines).toContain("- Bad id");
    expect(lines).toContain("- Fresh id ^fresh");
  });

  it("escapes are undone when comparing questions", () => {
    expect(normaliseQuestion(inertText("%% # x <!-- ^id"))).toBe(normaliseQuestion("%% # x <!-- ^id"));
  });
});
