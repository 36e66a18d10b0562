// Wrapped trees: words never cut (unless longer than the width), continuation lines under the text, notes listed,
// on the example vault's problems and on the seed thread's first answer.
import * as fs from "fs";
import fc from "fast-check";
import { formatTree } from "../../src/cli/format/tree-text";
import { oneLine } from "../../src/cli/format/terminal-text";
import { wrapWords } from "../../src/cli/format/wrap";
import { outputWidth } from "../../src/cli/format/width";
import { MosaicIndex } from "../../src/core/index/mosaic-index";
import type { ProblemTree, TreeNode } from "../../src/core/model";
import { eachQuestion } from "../../src/core/tree/counts";
import { exampleFiles } from "../helpers/example-vault";
import { describeWithShared, SEEDS, sharedPath } from "../helpers/shared";

const width = (s: string): number => Array.from(s).length;

describe("wrapWords", () => {
  const word = fc.stringMatching(/^[a-zA-Z0-9?"().,/-]{1,30}$/);
  it("keeps every word whole and in order, each line within the width, unless a word is longer than the width", () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 60 }), (words, max) => {
        const lines = wrapWords(words.join(" "), max);
        for (const line of lines) expect(width(line)).toBeLessThanOrEqual(max);
        if (words.every((w) => width(w) <= max)) expect(lines.join(" ")).toBe(words.join(" "));
        else expect(lines.join("").replace(/ /g, "")).toBe(words.join(""));
      }),
    );
  });

  it.each<[string, number, string[]]>([
    ["What's up with boundaries and modularity?", 20, ["What's up with", "boundaries and", "modularity?"]],
    ["a bits-of-optimization-required b", 10, ["a", "bits-of-op", "timization", "-required", "b"]],
    ["", 10, [""]],
  ])("%j at %i", (text, max, lines) => {
    expect(wrapWords(text, max)).toEqual(lines);
  });
});

describe("outputWidth", () => {
  it.each<[Parameters<typeof outputWidth>[0], number]>([
    [{ flag: 50, isTTY: true, columns: 120, env: { COLUMNS: "90" } }, 50],
    [{ isTTY: true, columns: 120, env: { COLUMNS: "90" } }, 120],
    [{ isTTY: false, columns: 120, env: { COLUMNS: "90" } }, 90],
    [{ isTTY: false, env: { COLUMNS: "wide" } }, 100],
    [{}, 100],
  ])("%j -> %i", (sources, n) => {
    expect(outputWidth(sources)).toBe(n);
  });
});

/** Checks a rendered tree line by line against the tree: each question's lines joined give back its text. */
function expectWrapped(problem: ProblemTree, columns: number): void {
  const all = formatTree(problem, { columns });
  const lines = all.slice(all.findIndex((line) => /^[├└]── /.test(line)));
  const questions: TreeNode[] = [];
  eachQuestion(problem.root, (node) => questions.push(node));
  let at = 0;
  for (const node of questions) {
    const first = lines[at] ?? "";
    const textColumn = first.search(/[●○] /) + 2;
    expect(textColumn).toBeGreaterThan(1);
    const parts = [first.slice(textColumn)];
    for (at++; at < lines.length && !/[├└]── /.test(lines[at]!) && !lines[at]!.includes("↳"); at++) {
      expect(lines[at]!.slice(textColumn - 2, textColumn)).toMatch(/^[│ ] $/);
      parts.push(lines[at]!.slice(textColumn));
    }
    expect(parts.join(" ")).toMatch(new RegExp(`^${escape(oneLine(node.text))} {1,2}(\\{\\w+\\} {2})?\\[\\d+\\]$`));
    const notes: string[] = [];
    for (; at < lines.length && !/[├└]── /.test(lines[at]!); at++) {
      const rest = lines[at]!.slice(textColumn);
      if (rest.startsWith("↳ ")) notes.push(rest.slice(2));
      else notes.push(`${notes.pop() ?? ""} ${rest.trim()}`);
    }
    const titles = notes.map((note) => note.replace(/ \[\w+\]$/, ""));
    expect(new Set(titles)).toEqual(new Set(node.addressedBy.map((ref) => ref.title)));
  }
  expect(at).toBe(lines.length);
  for (const line of all) expect(width(line)).toBeLessThanOrEqual(columns);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("mosaic tree text on the example vault", () => {
  const index = new MosaicIndex();
  for (const [path, text] of Object.entries(exampleFiles())) if (path.endsWith(".md")) index.setNote(path, text);

  it.each([60, 80, 100])("every problem at %i columns: whole words, text back in order, notes under their question", (columns) => {
    expect(index.problems().length).toBeGreaterThan(4);
    for (const problem of index.problems()) expectWrapped(problem, columns);
  });
});

describeWithShared("mosaic tree text on the seed thread", [SEEDS.thread], () => {
  it("the first answer wraps at 50 columns, and a note addressing a question is listed under it", () => {
    const lines = fs.readFileSync(sharedPath(SEEDS.thread), "utf8").split(/\r?\n/);
    const start = lines.findIndex((line) => line.trim() === "• How does abstraction work?");
    const bullets = lines.slice(start, start + 40).filter((line) => line.trim().startsWith("•"));
    const body = bullets.map((line, i) => {
      const depth = (line.indexOf("•") - 2) / 2;
      return `${"\t".repeat(depth)}- ${line.slice(line.indexOf("•") + 1).trim()}${i === 0 ? " ^abstraction" : ""}`;
    });
    const index = new MosaicIndex();
    index.setNote("Problems/Understanding agents.md", `---\ntags: [problem]\n---\n${body.join("\n")}\n`);
    index.setNote("Sources/Natural abstractions.md", "---\ntags: [paper]\n---\naddresses:: [[Understanding agents#^abstraction]]\n");
    const problem = index.problemTree("Problems/Understanding agents.md")!;
    expect(problem.root.children.length).toBeGreaterThan(1);
    expectWrapped(problem, 50);
    const text = formatTree(problem, { columns: 50 });
    const at = text.indexOf("├── ● How does abstraction work?  [1]");
    expect(at).toBeGreaterThan(1);
    expect(text[at + 1]).toBe("│   │ ↳ Natural abstractions [addresses]");
  });
});
