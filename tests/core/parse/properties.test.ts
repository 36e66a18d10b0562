// Properties: parseNote never throws, reports only lines inside the note, and is deterministic, on any text.
import fc from "fast-check";
import type { OutlineItem, ParsedNote } from "../../../src/core/model";
import { anyCodePoint } from "../../helpers/note-arbitraries";
import { parse } from "./helpers";

const fragments = [
  "---",
  "title: T",
  "tags: [problem, module]",
  "tags: [a, b",
  "id: 1",
  "```",
  "~~~~",
  "`code [[x]]`",
  "%%",
  "<!--",
  "-->",
  "# Lens: A",
  "#### Text",
  "## Learning Outcome:",
  "# Module: [[../modules/m]]",
  "- item",
  "  - child [status:: open]",
  "\t* tab child ^b-1",
  "1. numbered",
  "  • bullet",
  "- [ ] task",
  "Why is this glued?",
  "content::",
  "source:: [[../Learning Outcomes/X|x]]",
  "source::",
  "**Key**:: value",
  "[k:: [[a]]] (p:: v)",
  "[[",
  "]]",
  "[[a|b]]",
  "![[e#^blk]]",
  "[[#h]]",
  "::",
  ":: ::",
  "{++",
  "++}",
  "{--[[x]]--}",
  "{~~a~>b~~}",
  "#tag",
  "^id",
  "",
  " ",
  "\r",
  "\uFEFF",
  "> quote:: [[q]]",
  "| [[a\\|b]] |",
];

const markdownish = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 })), { maxLength: 40 })
  .chain((parts) => fc.array(fc.constantFrom("\n", "\r\n", " ", ""), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + (seps[i] ?? "")).join("")));

const pathArb = fc.constantFrom("notes/n.md", "modules/m.md", "courses/c.md", "Learning Outcomes/o.md", "Lenses/l.md", "articles/a.md");

function outlineLines(items: OutlineItem[]): number[] {
  const out: number[] = [];
  const stack = [...items];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n) break;
    out.push(n.line);
    stack.push(...n.children);
  }
  return out;
}

function allLines(n: ParsedNote): number[] {
  return [
    ...n.fields.map((f) => f.line),
    ...n.fields.map((f) => f.listItemLine ?? 1),
    ...n.links.map((l) => l.line),
    ...n.headings.map((h) => h.line),
    ...n.blockIds.map((b) => b.line),
    ...n.sections.map((s) => s.line),
    ...n.diagnostics.map((d) => d.line ?? 1),
    ...outlineLines(n.outline),
    ...outlineLines(n.contentOutline),
  ];
}

function lineCount(text: string): number {
  return (text.startsWith("\uFEFF") ? text.slice(1) : text).split(/\r\n|\n|\r/).length;
}

function checkNote(text: string, path: string): void {
  const a = parse(text, path);
  const b = parse(text, path);
  expect(b).toEqual(a);
  const max = lineCount(text);
  for (const line of allLines(a)) {
    expect(Number.isInteger(line)).toBe(true);
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(max);
  }
  for (const s of a.sections) {
    if (s.parent !== null) expect(s.parent).toBeLessThan(a.sections.indexOf(s));
  }
  for (const f of a.fields) {
    if (f.section !== null) expect(a.sections[f.section]?.fields).toContain(f);
  }
}

describe("parseNote properties", () => {
  it("never throws on any string, stays inside the note's lines, and is deterministic", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), pathArb, (text, path) => {
        checkNote(text, path);
      }),
      { numRuns: 1500 },
    );
  });

  it("never throws on markdown-shaped text built from fragments", () => {
    fc.assert(
      fc.property(markdownish, pathArb, (text, path) => {
        checkNote(text, path);
      }),
      { numRuns: 1500 },
    );
  });

  it("never throws on arbitrary UTF-16, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodePoint, maxLength: 120 }), pathArb, (text, path) => {
        checkNote(text, path);
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on unicode text with surrogate pairs", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (text) => {
        checkNote(`${text}:: x\n[${text}:: [[${text}]]]\n- ${text}`, "notes/u.md");
      }),
      { numRuns: 1000 },
    );
  });
});
