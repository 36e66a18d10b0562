// A note split into lines and breaks puts back every byte; the write commands' edits keep BOM and breaks.
import fc from "fast-check";
import { fromNoteLines, insertLines, toNoteLines } from "../../../src/core/edit/note-lines";
import { applyBlockIds, applyFieldLine, planFieldLine } from "../../../src/core/edit/note-edits";
import { DEFAULT_SETTINGS } from "../../../src/core/model";
import { splitLines } from "../../../src/core/parse/lines";

const pieces = fc.array(fc.constantFrom("a", "- q", "\n", "\r\n", "\r", "\uFEFF", " ", "#", "é"), { maxLength: 30 });

describe("toNoteLines / fromNoteLines", () => {
  it("round-trips any text byte for byte, and splits lines exactly as the parser does", () => {
    fc.assert(
      fc.property(pieces, (parts) => {
        const text = parts.join("");
        const note = toNoteLines(text);
        expect(fromNoteLines(note)).toBe(text);
        expect(note.lines).toEqual(splitLines(text));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ["a\r\nb\r\nc\n", "\r\n"],
    ["a\rb\rc", "\r"],
    ["one line", "\n"],
  ])("the usual break of %j is %j", (text, eol) => {
    expect(toNoteLines(text).eol).toBe(eol);
  });

  it("inserting at the end gives the old last line a break and the new last line none", () => {
    const note = toNoteLines("\uFEFFa\r\nb");
    insertLines(note, 2, ["c"]);
    expect(fromNoteLines(note)).toBe("\uFEFFa\r\nb\r\nc");
  });
});

const PROBLEM = ["---", "tags: [problem]", "---", "- Why?", "  - How?", ""];

describe("the write commands' edits keep BOM and line breaks", () => {
  it.each([
    ["CRLF with BOM", "\uFEFF", "\r\n"],
    ["lone CR", "", "\r"],
  ])("%s: block ids and a field line", (_what, bom, eol) => {
    const text = bom + PROBLEM.join(eol);
    const { text: withIds, added } = applyBlockIds(text, "P.md", DEFAULT_SETTINGS);
    expect(added.map((a) => a.id)).toEqual(["q-why", "q-how"]);
    expect(withIds).toBe(bom + ["---", "tags: [problem]", "---", "- Why? ^q-why", "  - How? ^q-how", ""].join(eol));
    const field = "addresses:: [[P#^q-why]]";
    const withField = applyFieldLine(withIds, planFieldLine(withIds, field, "addresses"));
    expect(withField.startsWith(bom + "---" + eol)).toBe(true);
    expect(withField).toContain(`---${eol}${field}${eol}`);
    // The field line and the blank line that keeps it off the list below, both in the note's own break.
    expect(withField.replace(field + eol + eol, "")).toBe(withIds);
  });

  it("mixed breaks: only the edited line changes", () => {
    const text = "- Why?\r\n- How?\n- What?\r";
    expect(applyBlockIds(text, "P.md", DEFAULT_SETTINGS).text).toBe("- Why? ^q-why\r\n- How? ^q-how\n- What? ^q-what\r");
  });
});
