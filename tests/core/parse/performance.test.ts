// Pathological inputs parse in linear time: huge notes, long lines, deep nesting, runs of `[[` and `::`.
import { parse } from "./helpers";

function timed(text: string): number {
  const t0 = performance.now();
  parse(text, "notes/big.md");
  return performance.now() - t0;
}

const nested = Array.from({ length: 10_000 }, (_, i) => `${" ".repeat(i * 2)}- level ${i} [status:: open] ^b${i}`).join("\n");
const bigNote = Array.from(
  { length: 60_000 },
  (_, i) => `- Question ${i} about [[Note ${i}#Heading|alias]] with #tag${i % 50} and [addresses:: [[Q${i}]]] \`code\` %%c%%`,
).join("\n");

const cases: [string, string][] = [
  ["a 5 MB note of list items with links and fields", bigNote],
  ["a 1 MB single line of words", "word ".repeat(200_000)],
  ["a 1 MB single line of links", "[[a]] ".repeat(170_000)],
  ["10,000 nested list levels", nested],
  ["a run of 100k `[[`", "[[".repeat(50_000) + "x"],
  ["a run of 100k `[`", "[".repeat(100_000) + "]".repeat(100_000)],
  ["a run of 100k `(`", "(".repeat(100_000) + "a:: b" + ")".repeat(100_000)],
  ["a run of 100k `::`", ":".repeat(100_000)],
  ["a key then 100k `:`", "key" + ":".repeat(100_000)],
  ["100k letters before `::`", "a".repeat(100_000) + ":: v"],
  ["an unterminated frontmatter", "---\n" + "key: value\n".repeat(200_000)],
  ["an unterminated fence", "```\n" + "- [[x]] key:: v\n".repeat(200_000)],
  ["100k backtick runs of rising length", Array.from({ length: 400 }, (_, i) => "`".repeat(i + 1)).join(" a ")],
  ["a 1 MB line of `{++`", "{++ [[a]] ".repeat(100_000)],
  ["a 1 MB line of `%%` and `<!--`", "%% a <!-- b ".repeat(80_000)],
  ["a 1 MB heading", "# " + "a ".repeat(500_000) + ":"],
  ["a 1 MB URL-like line", "a".repeat(500_000) + "://" + "b".repeat(500_000) + " #tag"],
  ["100k `#` in a row", "#".repeat(100_000) + " x"],
];

describe("parseNote performance", () => {
  it.each(cases)("%s parses in well under a second", (_name, text) => {
    timed(text); // warm up the JIT on this shape
    expect(timed(text)).toBeLessThan(700);
  });

  it("builds a 10,000-level deep outline without recursion", () => {
    const note = parse(nested);
    let depth = 0;
    let node = note.outline[0];
    while (node) {
      expect(node.level).toBe(depth);
      depth++;
      node = node.children[0];
    }
    expect(depth).toBe(10_000);
  });
});
