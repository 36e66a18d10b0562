// Pathological inputs parse into a note: big notes, long lines, deep nesting, runs of `[[` and `::`. Each is at least
// 100,000 characters, so a parse quadratic in characters (10^10 steps) would not end within the test's time; the
// bench's hostile section times the same shapes at full size (5 MB, 1 MB lines; bench/adversarial.ts).
import { parse } from "./helpers";

/** The parse of the deep input, which the last test looks at again (it is 50 MB). */
const parsed = new Map<string, ReturnType<typeof parse>>();

const bigNote = Array.from(
  { length: 5_000 },
  (_, i) => `- Question ${i} about [[Note ${i}#Heading|alias]] with #tag${i % 50} and [addresses:: [[Q${i}]]] \`code\` %%c%%`,
).join("\n");
// 10,000 levels need 50 million characters of indentation even with one tab per level.
const deep = Array.from({ length: 10_000 }, (_, i) => `${"\t".repeat(i)}- level ${i} [status:: open] ^b${i}`).join("\n");

const DEEP = "10,000 nested list levels (50 MB of tabs)";

const cases: [string, () => string][] = [
  ["a 500 KB note of list items with links, tags, fields, code and comments", () => bigNote],
  ["500 KB of prose on one line", () => "Some prose with a [[Link]] and a #tag. ".repeat(13_000)],
  ["a 1 MB single line of words", () => "word ".repeat(200_000)],
  ["a 100 KB single line of links", () => "[[a]] ".repeat(17_000)],
  [DEEP, () => deep],
  ["a run of 100k `[[`", () => "[[".repeat(50_000) + "x"],
  ["100k `[` then 100k `]`", () => "[".repeat(100_000) + "]".repeat(100_000)],
  ["100k `(` around a field", () => "(".repeat(100_000) + "a:: b" + ")".repeat(100_000)],
  ["a run of 100k `:`", () => ":".repeat(100_000)],
  ["a key then 100k `:`", () => "key" + ":".repeat(100_000)],
  ["100k letters before `::`", () => "a".repeat(100_000) + ":: v"],
  ["100k lines of `::`", () => "::\n".repeat(100_000)],
  ["an unterminated frontmatter of 200 KB", () => "---\n" + "key: value\n".repeat(20_000)],
  ["an unterminated fence of 300 KB", () => "```\n" + "- [[x]] key:: v\n".repeat(20_000)],
  ["backtick runs of rising length", () => Array.from({ length: 1_000 }, (_, i) => "`".repeat(i + 1)).join(" a ")],
  ["a 100 KB line of `{++` suggestions", () => "{++ [[a]] ".repeat(10_000)],
  ["a 1 MB line of `%%` and `<!--`", () => "%% a <!-- b ".repeat(80_000)],
  ["a 1 MB heading", () => "# " + "a ".repeat(500_000) + ":"],
  ["a 1 MB URL-like line", () => "a".repeat(500_000) + "://" + "b".repeat(500_000) + " #tag"],
  ["100k `#` in a row", () => "#".repeat(100_000) + " x"],
  ["100k `^` and `-`", () => "x " + "^-".repeat(100_000)],
];

describe("parseNote on pathological inputs", () => {
  it.each(cases)("%s parses into a note whose every position lies inside it", (name, make) => {
    const text = make();
    const note = parse(text, "notes/big.md");
    if (name === DEEP) parsed.set(name, note);
    const lineCount = text.split("\n").length;
    const lines = [...note.diagnostics.map((d) => d.line ?? 1), ...note.links.map((l) => l.line), ...note.headings.map((h) => h.line)];
    expect(lines.filter((line) => line < 1 || line > lineCount)).toEqual([]);
  });

  it("builds a 10,000-level deep outline without recursion", () => {
    const note = parsed.get(DEEP) ?? parse(deep);
    let depth = 0;
    let node = note.outline[0];
    while (node) {
      expect(node.level).toBe(depth);
      depth++;
      node = node.children[0];
    }
    expect(depth).toBe(10_000);
    expect(note.blockIds).toHaveLength(10_000);
  });
});
