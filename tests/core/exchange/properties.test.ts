// Properties: importers never throw; exports read back; merging loses nothing and is idempotent; write-back only adds.
import fc from "fast-check";
import { applyMergeToNote, noteQuestions } from "../../../src/core/exchange/apply";
import { parseJsonTree } from "../../../src/core/exchange/json";
import { listLines, newProblemNote, parseMarkdownOutline } from "../../../src/core/exchange/markdown";
import { mergeOutlines, normaliseQuestion } from "../../../src/core/exchange/merge";
import { parseOpml, toOpml } from "../../../src/core/exchange/opml";
import { countNodes, flattenOutline, fromOutlineItem, type OutlineNode } from "../../../src/core/exchange/outline";
import { DEFAULT_SETTINGS } from "../../../src/core/model";
import { parseNote } from "../../../src/core/parse/parse-note";
import { anyCodePoint } from "../../helpers/note-arbitraries";

const anyText = fc.oneof(
  fc.string({ unit: anyCodePoint, maxLength: 300 }),
  fc.string({ unit: fc.constantFrom("<", ">", "&", '"', "'", "/", "=", "!", "?", "-", " ", "\n", "o", "x", "{", "}", "[", "]", ":", "1", ".", "\t", "#", "^"), maxLength: 200 }),
  fc.json().map((j) => j.slice(0, 300)),
);

describe("importers never throw", () => {
  it.each([
    ["parseMarkdownOutline", parseMarkdownOutline],
    ["parseOpml", parseOpml],
    ["parseJsonTree", parseJsonTree],
  ])("%s", (_name, read) => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = read(text);
        expect(typeof result.ok).toBe("boolean");
        if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
        else expect(Array.isArray(result.roots)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

/** Forests of at most `depth` levels and `width` children per node. */
function forest(
  fields: { text: fc.Arbitrary<string>; anchor: fc.Arbitrary<string | null>; status: fc.Arbitrary<string | null> },
  depth = 3,
  width = 3,
): fc.Arbitrary<OutlineNode[]> {
  const children: fc.Arbitrary<OutlineNode[]> = depth <= 1 ? fc.constant([]) : forest(fields, depth - 1, width);
  return fc.array(fc.record({ ...fields, children }), { maxLength: width });
}

/** Small outlines over few words, so that texts and anchors collide often. */
const smallOutline = (words: string[], anchors: (string | null)[]): fc.Arbitrary<OutlineNode[]> =>
  forest({ text: fc.constantFrom(...words), anchor: fc.constantFrom(...anchors), status: fc.constantFrom(null, "open", "answered") });
const mergeWords = ["a", "A", "a?", "1. a", "b", "b c", "B  C.", "d"];
const mergeAnchors = [null, null, null, "^x", "^y"];

describe("mergeOutlines", () => {
  it("keeps every base node in place, accounts for every incoming node, and is idempotent", () => {
    fc.assert(
      fc.property(smallOutline(mergeWords, mergeAnchors), smallOutline(mergeWords, mergeAnchors), (base, incoming) => {
        const once = mergeOutlines(base, incoming);
        expect(once.matched + once.added.length).toBe(countNodes(incoming));
        expect(countNodes(once.merged)).toBe(countNodes(base) + once.added.length);
        // Every base node sits at the same position with its text and anchor.
        const samePlace = (b: OutlineNode[], m: OutlineNode[]): void =>
          b.forEach((node, i) => {
            expect(m[i]?.text).toBe(node.text);
            expect(m[i]?.anchor).toBe(node.anchor);
            if (node.status !== null) expect(m[i]?.status).toBe(node.status);
            samePlace(node.children, m[i]?.children ?? []);
          });
        samePlace(base, once.merged);
        // Every incoming question is in the merge, by anchor or by its normalised text.
        const keys = new Set(flattenOutline(once.merged).map((e) => normaliseQuestion(e.node.text)));
        const anchors = new Set(flattenOutline(once.merged).map((e) => e.node.anchor));
        for (const { node } of flattenOutline(incoming)) {
          expect(keys.has(normaliseQuestion(node.text)) || anchors.has(node.anchor)).toBe(true);
        }
        const twice = mergeOutlines(once.merged, incoming);
        expect(twice.merged).toEqual(once.merged);
        expect(twice.added).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

const safeWords = ["How", "does", "abstraction", "work?", "What's", "up", "with", "search", "(really)", "α", "x&y", "<b>", "\"q\""];
const safeText = fc.array(fc.constantFrom(...safeWords), { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));
const safeOutline: fc.Arbitrary<OutlineNode[]> = forest({
  text: safeText,
  anchor: fc.option(fc.stringMatching(/^\^[a-z0-9-]{1,8}$/), { nil: null }),
  status: fc.option(fc.constantFrom("open", "partial", "answered"), { nil: null }),
}, 4);

/** Few texts and anchors, so that the incoming tree matches the note's questions by both. */
const collidingOutline = forest({
  text: fc.constantFrom("How does abstraction work?", "What's up with search?", "x&y <b>", "α"),
  anchor: fc.constantFrom(null, null, "^x", "^y", "^z"),
  status: fc.option(fc.constantFrom("open", "answered"), { nil: null }),
}, 4);

/** Block ids must be unique in a note; keep the first of each. */
function uniqueAnchors(roots: OutlineNode[]): OutlineNode[] {
  const seen = new Set<string>();
  const fix = (nodes: OutlineNode[]): OutlineNode[] =>
    nodes.map((n) => {
      const anchor = n.anchor !== null && !seen.has(n.anchor) ? n.anchor : null;
      if (anchor) seen.add(anchor);
      return { ...n, anchor, children: fix(n.children) };
    });
  return fix(roots);
}

describe("exports read back", () => {
  it("OPML keeps any text, anchor and status (control characters aside)", () => {
    const text = fc.string({ unit: "grapheme", maxLength: 40 }).map((s) => s.trim());
    const tree = fc.array(fc.record({ text, anchor: fc.option(text, { nil: null }), status: fc.option(text, { nil: null }) }), { maxLength: 5 });
    fc.assert(
      fc.property(tree, (nodes) => {
        const roots = nodes.map((n) => ({ ...n, anchor: n.anchor || null, status: n.status || null, children: [] }));
        // A single top outline that repeats the title is the problem itself, read as the note (tested on its own).
        fc.pre(!(roots.length === 1 && roots[0]?.text.replace(/\s+/g, " ").toLowerCase() === "t"));
        expect(parseOpml(toOpml({ title: "t", roots }))).toEqual({ ok: true, title: "t", roots });
      }),
      { numRuns: 500 },
    );
  });

  it("Markdown lists parse back through both parseMarkdownOutline and parseNote", () => {
    fc.assert(
      fc.property(safeOutline.map(uniqueAnchors), fc.constantFrom<2 | 4>(2, 4), (roots, indent) => {
        expect(parseMarkdownOutline(listLines(roots, { indent }).join("\n") || "- x")).toEqual(
          roots.length === 0 ? { ok: true, roots: [{ text: "x", anchor: null, status: null, children: [] }] } : { ok: true, roots },
        );
        const note = parseNote("P.md", newProblemNote("T", roots, { indent }), DEFAULT_SETTINGS);
        expect(noteQuestions(note.outline).items.map(fromOutlineItem)).toEqual(roots);
      }),
      { numRuns: 300 },
    );
  });
});

describe("applyMergeToNote", () => {
  it("only adds lines, and the note then parses to the merge", () => {
    fc.assert(
      fc.property(collidingOutline.map(uniqueAnchors), collidingOutline, fc.constantFrom<2 | 4>(2, 4), (base, incoming, indent) => {
        const text = newProblemNote("T", base, { indent });
        const result = applyMergeToNote(text, parseNote("P.md", text, DEFAULT_SETTINGS), incoming);
        const inserted = new Set(result.insertedLines);
        expect(result.text.split("\n").filter((_l, i) => !inserted.has(i + 1))).toEqual(text.split("\n"));
        const reparsed = parseNote("P.md", result.text, DEFAULT_SETTINGS);
        expect(noteQuestions(reparsed.outline).items.map(fromOutlineItem)).toEqual(result.merged);
        expect(reparsed.diagnostics).toEqual([]);
        const again = applyMergeToNote(result.text, reparsed, incoming);
        expect(again.text).toBe(result.text);
      }),
      { numRuns: 300 },
    );
  });
});
