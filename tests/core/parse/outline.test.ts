// The outline: headings and nested list items as one tree, item text, block ids, status, and glued questions.
import type { OutlineItem } from "../../../src/core/model";
import { isQuestionLike, trailingBlockId } from "../../../src/core/parse/outline";
import { parse } from "./helpers";

/** The tree as nested [text, level, line] for compact comparisons. */
type Shape = [string, number, number, Shape[]?];
function shape(items: OutlineItem[]): Shape[] {
  return items.map((i) => (i.children.length > 0 ? [i.text, i.level, i.line, shape(i.children)] : [i.text, i.level, i.line]));
}

describe("outline", () => {
  it("nests headings by level and list items under the heading above them", () => {
    const text = [
      "# Problem",
      "Intro text.",
      "- Q1",
      "  - Q1.1",
      "    - Q1.1.1",
      "  - Q1.2",
      "- Q2",
      "## Part B",
      "1. B1",
      "2) B2",
      "   + B2a",
      "### Deep",
      "## Part C",
      "* C1",
    ].join("\n");
    expect(shape(parse(text).outline)).toEqual([
      [
        "Problem",
        1,
        1,
        [
          ["Q1", 0, 3, [["Q1.1", 1, 4, [["Q1.1.1", 2, 5]]], ["Q1.2", 1, 6]]],
          ["Q2", 0, 7],
          ["Part B", 2, 8, [["B1", 0, 9], ["B2", 0, 10, [["B2a", 1, 11]]], ["Deep", 3, 12]]],
          ["Part C", 2, 13, [["C1", 0, 14]]],
        ],
      ],
    ]);
  });

  it("counts a tab as four columns and any deeper indentation as a child", () => {
    const text = ["- a", "\t- b", "\t\t- c", "   - d", " - e"].join("\n");
    expect(shape(parse(text).outline)).toEqual([["a", 0, 1, [["b", 1, 2, [["c", 2, 3]]], ["d", 1, 4], ["e", 1, 5]]]]);
  });

  it("reads • bullets (followed by a space) as list items; a • glued to its text continues the item above", () => {
    const text = ["  • Top", "    • Child", "•not an item"].join("\n");
    expect(shape(parse(text).outline)).toEqual([["Top", 0, 1, [["Child •not an item", 1, 2]]]]);
  });

  it("cleans item text: marker, task box, fields, trailing block id; keeps link text as written", () => {
    const text = [
      "- [ ] What is [[Abstraction|abstraction]]? [status:: open] ^q-abs",
      "- [x] Done (addresses:: [[P#^q1]]) item",
      "- `code` stays %%hidden%% here",
      "- status:: answered",
      "## Heading [status:: partial] ^h1",
      "## Next heading",
      "^next-id",
    ].join("\n");
    const n = parse(text);
    expect(n.outline.map((i) => [i.text, i.blockId, i.status])).toEqual([
      ["What is [[Abstraction|abstraction]]?", "q-abs", "open"],
      ["Done item", null, null],
      ["`code` stays %%hidden%% here", null, null],
      ["", null, "answered"],
      ["Heading", "h1", "partial"],
      ["Next heading", "next-id", null],
    ]);
    expect(n.blockIds).toEqual([
      { id: "q-abs", line: 1 },
      { id: "h1", line: 5 },
      { id: "next-id", line: 7 },
    ]);
    expect(n.headings).toEqual([
      { text: "Heading [status:: partial] ^h1", level: 2, line: 5 },
      { text: "Next heading", level: 2, line: 6 },
    ]);
  });

  it("ends a list at a paragraph after a blank line, so later items do not nest under old ones", () => {
    const text = ["- a", "  - b", "", "Paragraph.", "", "  - c"].join("\n");
    expect(shape(parse(text).outline)).toEqual([["a", 0, 1, [["b", 1, 2]]], ["c", 0, 6]]);
  });

  it("ignores list items and headings in code fences and comments", () => {
    const text = ["- a", "```", "- not", "# not", "```", "%%", "- hidden", "%%", "- b"].join("\n");
    expect(shape(parse(text).outline)).toEqual([["a", 0, 1], ["b", 0, 9]]);
  });

  it("does not read thematic breaks or emphasis as items", () => {
    expect(parse("* * *\n- - -\n*emphasis*\n---\n").outline).toEqual([]);
  });

  it.each([
    ["Why?", true],
    ["what is x", true],
    ["To what extent is this general", true],
    ["Under what conditions", true],
    ["**How** does it work", true],
    ["Is it?", true],
    ["Island hopping", false],
    ["Whatever happens", false],
    ["This is a statement.", false],
    ["", false],
  ])("isQuestionLike(%j) = %s", (text, expected) => {
    expect(isQuestionLike(text)).toBe(expected);
  });

  it.each([
    ["text ^abc-1", { id: "abc-1", start: 5 }],
    ["^solo", { id: "solo", start: 0 }],
    ["text ^abc  ", { id: "abc", start: 5 }],
    ["text^abc", null],
    ["text ^ab_c", null],
    ["text ^", null],
  ])("trailingBlockId(%j)", (line, expected) => {
    expect(trailingBlockId(line)).toEqual(expected);
  });
});

describe("glued questions", () => {
  it("reports a question line glued to a list item and adds it as the item's sibling", () => {
    const text = ["- What is A?", "  - Sub of A?", "Why B?", "How C? [status:: open]", "- D", "continues D", "", "Why F?"].join("\n");
    const n = parse(text);
    expect(n.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["glued-question", 3],
      ["glued-question", 4],
    ]);
    expect(n.diagnostics[0]?.message).toContain("Why B?");
    expect(shape(n.outline)).toEqual([
      ["What is A?", 0, 1, [["Sub of A?", 1, 2], ["Why B?", 1, 3], ["How C?", 1, 4]]],
      ["D continues D", 0, 5],
    ]);
    expect(n.outline[0]?.children[2]?.status).toBe("open");
  });

  it("lets deeper items after a glued question nest under it", () => {
    const n = parse(["- Why A?", "Why B?", "  - B1"].join("\n"));
    expect(shape(n.outline)).toEqual([["Why A?", 0, 1], ["Why B?", 0, 2, [["B1", 1, 3]]]]);
  });

  it("reads a line under an unfinished item as the item's wrapped text, not a glued question", () => {
    const n = parse(["- The question this item asks runs over", "  onto a second line? ^q-wrap", "- Next"].join("\n"));
    expect(n.diagnostics).toEqual([]);
    expect(shape(n.outline)).toEqual([["The question this item asks runs over onto a second line?", 0, 1], ["Next", 0, 3]]);
    expect(n.outline[0]?.blockId).toBe("q-wrap");
  });
});
