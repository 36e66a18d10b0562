// The pure text edits behind the write commands: where a field line goes, block ids, re-finding a question.
import fc from "fast-check";
import { DEFAULT_SETTINGS } from "../../../src/core/model";
import {
  addQuestionBlockId,
  applyBlockIds,
  applyFieldLine,
  fieldInsertIndex,
  planBlockIds,
  planFieldLine,
  questionBlockId,
} from "../../../src/core/edit/note-edits";

const LINE = "addresses:: [[P#^q-x]]";

describe("where the addresses line goes", () => {
  it.each([
    ["after the frontmatter", "---\ntags: [paper]\n---\nBody text.\n", "---\ntags: [paper]\n---\naddresses:: [[P#^q-x]]\n\nBody text.\n"],
    ["at the top of a note without frontmatter", "# Title\nBody\n", "addresses:: [[P#^q-x]]\n# Title\nBody\n"],
    ["after an existing addresses line", "---\na: 1\n---\nintro\n\naddresses:: [[Q]]\nmore\n", "---\na: 1\n---\nintro\n\naddresses:: [[Q]]\naddresses:: [[P#^q-x]]\nmore\n"],
    ["at the end of the fields block opening the body", "---\na: 1\n---\n\nauthor:: Me\nyear:: 2023\n\nText\n", "---\na: 1\n---\n\nauthor:: Me\nyear:: 2023\naddresses:: [[P#^q-x]]\n\nText\n"],
    ["into an empty note", "", "addresses:: [[P#^q-x]]\n"],
    ["keeping Windows line ends", "---\r\na: 1\r\n---\r\n# H\r\n", "---\r\na: 1\r\n---\r\naddresses:: [[P#^q-x]]\r\n# H\r\n"],
  ])("%s", (_name, before, after) => {
    expect(applyFieldLine(before, planFieldLine(before, LINE, "addresses"))).toBe(after);
  });

  it("does not add a line that is already there", () => {
    const text = "intro\n  addresses:: [[P#^q-x]]  \n";
    const plan = planFieldLine(text, LINE, "addresses");
    expect(plan.present).toBe(true);
    expect(applyFieldLine(text, plan)).toBe(text);
  });

  it("ignores field-looking list items and keys case-insensitively", () => {
    expect(fieldInsertIndex(["- author:: x", "text"], "addresses")).toBe(0);
    expect(fieldInsertIndex(["Addresses:: [[A]]", "text"], "addresses")).toBe(1);
  });
});

describe("block ids", () => {
  it.each([
    ["How does abstraction work?", "q-how-does-abstraction-work"],
    ["What's up with [[Mesa optimization|mesa-optimizers]]?", "q-what-s-up-with-mesa-optimizers"],
    ["Émergence — naïve café?", "q-emergence-naive-cafe"],
    ["???", "q-item"],
    [
      "To what extent do boundaries/modules typically exist by default in complex systems",
      "q-to-what-extent-do-boundaries-modules",
    ],
  ])("%s -> %s", (text, id) => {
    expect(questionBlockId(text, new Set())).toBe(id);
  });

  it("numbers repeated slugs", () => {
    const taken = new Set(["q-why"]);
    expect([questionBlockId("Why?", taken), questionBlockId("Why?", taken)]).toEqual(["q-why-2", "q-why-3"]);
  });

  it("finds the question by its text after lines moved, keeping an id it already has", () => {
    const text = "- A?\n  - B?\n";
    const shifted = "- New?\n- A?\n  - B?\n";
    const r = addQuestionBlockId(shifted, "P.md", "B?", 2, "q-b", DEFAULT_SETTINGS);
    expect(r).toMatchObject({ outcome: "added", line: 3, after: "  - B? ^q-b" });
    expect(r.text).toBe("- New?\n- A?\n  - B? ^q-b\n");
    expect(addQuestionBlockId("- A?\n  - B? ^old\n", "P.md", "B?", 2, "q-b", DEFAULT_SETTINGS)).toMatchObject({ outcome: "exists", id: "old" });
    expect(addQuestionBlockId(text, "P.md", "C?", 2, "q-c", DEFAULT_SETTINGS)).toEqual({ outcome: "missing", text });
  });

  it("picks the occurrence nearest the remembered line when a text repeats", () => {
    const text = "# One\n- Why?\n# Two\n- Why?\n";
    expect(addQuestionBlockId(text, "P.md", "Why?", 4, "q-why", DEFAULT_SETTINGS)).toMatchObject({ line: 4 });
  });

  it("leaves headings, code blocks and items with ids alone", () => {
    const text = "# Heading?\n- Has ^id-1\n```\n- not a list\n```\n- Needs one\n";
    expect(planBlockIds(text, "P.md", DEFAULT_SETTINGS).map((a) => [a.line, a.after])).toEqual([[6, "- Needs one ^q-needs-one"]]);
  });

  const item = fc.record({
    depth: fc.integer({ min: 0, max: 3 }),
    text: fc.oneof(fc.constantFrom("Why?", "What is X?", "How", "Same", "Émigré"), fc.string({ minLength: 1, maxLength: 12 })),
    id: fc.option(fc.constantFrom("q-why", "q-same", "abc", "q-how-2", "q-why-2"), { nil: null }),
  });
  it("adding block ids twice equals adding them once, and every id in the note is unique", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 25 }), (items) => {
        let depth = 0;
        const lines = items.map((it) => {
          depth = Math.min(it.depth, depth + 1);
          const text = it.text.replace(/[\r\n`^]/g, "x").trim() || "x";
          return `${"  ".repeat(depth)}- ${text}${it.id ? ` ^${it.id}` : ""}`;
        });
        const note = `---\ntags: [problem]\n---\n${lines.join("\n")}\n`;
        const once = applyBlockIds(note, "P.md", DEFAULT_SETTINGS).text;
        expect(applyBlockIds(once, "P.md", DEFAULT_SETTINGS).text).toBe(once);
        const before = note.split("\n");
        const changed = once.split("\n").filter((l, i) => l !== before[i]);
        const added = changed.map((l) => (/ \^([A-Za-z0-9-]+)$/.exec(l)?.[1] ?? "").toLowerCase());
        const existing = new Set(items.flatMap((it) => (it.id ? [it.id.toLowerCase()] : [])));
        expect(new Set(added).size).toBe(added.length);
        expect(added.filter((id) => existing.has(id) || !id.startsWith("q-"))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
