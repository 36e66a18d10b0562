// Markdown import (pasted lists, the thread's numbering) and export (nested `- ` lists with anchors and statuses).
import { parseMarkdownOutline, toMarkdown, newProblemNote } from "../../../src/core/exchange/markdown";
import { countNodes, type OutlineNode } from "../../../src/core/exchange/outline";
import type { ProblemTree, TreeNode } from "../../../src/core/model";
import { describeWithShared, SEEDS } from "../../helpers/shared";
import { LEAKE, POPE, WENTWORTH, bulletDepth } from "./thread-fixture";

/** A compact view: text, with children nested, anchors and statuses appended. */
function shape(nodes: OutlineNode[]): unknown[] {
  return nodes.map((n) => {
    const label = `${n.text}${n.anchor ? ` {${n.anchor}}` : ""}${n.status ? ` [${n.status}]` : ""}`;
    return n.children.length === 0 ? label : [label, shape(n.children)];
  });
}

function roots(text: string): OutlineNode[] {
  const result = parseMarkdownOutline(text);
  if (!result.ok) throw new Error(result.error);
  return result.roots;
}

describe("parseMarkdownOutline", () => {
  it.each([
    ["dash bullets", "- a\n  - b\n    - c\n- d", ["a", [["b", ["c"]]]], "d"],
    ["star and plus", "* a\n  + b\n* c", ["a", ["b"]], "c"],
    ["bullet dots", "  • a\n    • b\n  • c", ["a", ["b"]], "c"],
    ["numbers with dot and paren", "1. a\n   2) b\n3. c", ["a", ["b"]], "c"],
    ["tabs", "- a\n\t- b\n\t\t- c\n- d", ["a", [["b", ["c"]]]], "d"],
    ["four-space indent", "- a\n    - b\n- c", ["a", ["b"]], "c"],
    ["dotted sub-items at column 0", "  1. a\n\n1.1 b\n\n  2. c", ["a", ["b"]], "c"],
    ["dotted sub-items indented", "1. a\n   1.1 b\n   1.2. c\n2. d", ["a", ["b", "c"]], "d"],
    ["three-level dotted", "1. a\n1.1 b\n1.1.1 c\n2. d", ["a", [["b", ["c"]]]], "d"],
  ])("%s", (_name, text, first, last) => {
    expect(shape(roots(text))).toEqual([first, last]);
  });

  it("reads block ids, bracket and line statuses, task boxes and continuation lines", () => {
    const text = [
      "- [ ] How does abstraction work? [status:: open] ^q-abstraction",
      "  - (status:: partial) How do we compute them?",
      "  - [x] Inverse problem status:: answered",
      "  - A question that wraps",
      "    onto a second line ^wrapped",
    ].join("\n");
    expect(roots(text)).toEqual([
      {
        text: "How does abstraction work?",
        anchor: "^q-abstraction",
        status: "open",
        children: [
          { text: "How do we compute them?", anchor: null, status: "partial", children: [] },
          { text: "Inverse problem", anchor: null, status: "answered", children: [] },
          { text: "A question that wraps onto a second line", anchor: "^wrapped", status: null, children: [] },
        ],
      },
    ]);
  });

  it("takes a lone leading H1 as the title, other headings as nodes, and skips frontmatter and code", () => {
    const text = "---\ntags: [problem]\n---\n# Agents\n\n## Abstraction\n- a\n```\n- not an item\n```\n## Search\n- b\n";
    const result = parseMarkdownOutline(text);
    expect(result).toMatchObject({ ok: true, title: "Agents" });
    expect(shape(roots(text))).toEqual([["Abstraction {Abstraction}", ["a"]], ["Search {Search}", ["b"]]]);
  });

  it("a paragraph at column 0 ends the list: the next list starts at the top", () => {
    expect(shape(roots("- a\n  - b\nSome prose.\n\n  - c"))).toEqual([["a", ["b"]], "c"]);
  });

  it.each([[""], ["just prose\nand more"], ["---\ntitle: x\n---\n"]])("no items in %j is an error result", (text) => {
    expect(parseMarkdownOutline(text)).toMatchObject({ ok: false });
  });

  describeWithShared("the thread's answers", [SEEDS.thread], () => {
    it("reads John Wentworth's answer: every `•` line a node, nested as indented", () => {
      const parsed = roots(WENTWORTH.join("\n"));
      expect(countNodes(parsed)).toBe(WENTWORTH.length);
      expect(WENTWORTH.length).toBe(100);
      expect(parsed.map((n) => n.text)).toEqual(WENTWORTH.filter((l) => bulletDepth(l) === 0).map((l) => l.trim().slice(2)));
      expect(parsed[0]?.children[0]?.children.map((n) => n.text)).toEqual([
        "... in simulations or toy models (i.e. from an explicit low-level model)?",
        "... from only data or other interactions with the environment?",
      ]);
    });

    it("reads Tamsin Leake's five items", () => {
      const parsed = roots(LEAKE.join("\n"));
      expect(parsed.map((n) => n.text.split(":")[0])).toEqual([
        "formal inner alignment",
        "continuous alignment",
        "blob location",
        "physics embedding",
        "infrastructure design",
      ]);
    });

    it("reads Quintin Pope's list: restarted numbers in the thread, `N.M` lines under item N", () => {
      expect(POPE[1]).toBe("1.1 How do we make there be more convergence?");
      expect(POPE[0]?.startsWith("  1. How much convergence")).toBe(true);
      const parsed = roots(POPE.join("\n\n"));
      expect(parsed).toHaveLength(10);
      expect(countNodes(parsed)).toBe(16);
      const children = parsed.map((n) => n.children.map((c) => c.text));
      expect(children).toEqual([
        ["How do we make there be more convergence?"],
        [],
        [],
        ["If so, how do we stop that?"],
        [expect.stringMatching(/^How do we safely shape such a process/)],
        [],
        ["like this?", "or this?", "of how about this?"],
        [],
        [],
        [],
      ]);
      expect(parsed[3]?.text).toMatch(/^Where do the inductive biases of very good SGD point\?/);
    });
  });
});

describe("toMarkdown and newProblemNote", () => {
  const tree: OutlineNode[] = [
    {
      text: "How does abstraction work?",
      anchor: "^q-abstraction",
      status: "partial",
      children: [{ text: "Natural data structures", anchor: "Natural data structures", status: null, children: [] }],
    },
    { text: "Tom & Jerry's <question>", anchor: null, status: null, children: [] },
  ];

  it("writes a nested list with block ids and statuses; heading anchors become plain items", () => {
    expect(toMarkdown(tree)).toBe(
      "- How does abstraction work? [status:: partial] ^q-abstraction\n  - Natural data structures\n- Tom & Jerry's <question>\n",
    );
    expect(toMarkdown(tree, { indent: 4, marker: "*" })).toContain("\n    * Natural data structures\n");
  });

  it("writes a problem with its title as a heading", () => {
    const node = (text: string, children: TreeNode[] = []): TreeNode => ({
      text, anchor: null, path: "P.md", line: 1, status: null, addressedBy: [], addressedCount: 0, children,
    });
    const problem: ProblemTree = { path: "P.md", title: "Agents", coverage: 0, root: node("Agents", [node("a", [node("b")])]) };
    expect(toMarkdown(problem)).toBe("# Agents\n\n- a\n  - b\n");
    expect(toMarkdown([problem, problem])).toBe("# Agents\n\n- a\n  - b\n\n# Agents\n\n- a\n  - b\n");
  });

  it("newProblemNote writes frontmatter, the title and the list", () => {
    expect(newProblemNote("Agents", tree.slice(1))).toBe("---\ntags: [problem]\n---\n\n# Agents\n\n- Tom & Jerry's <question>\n");
    expect(newProblemNote("Empty", [])).toBe("---\ntags: [problem]\n---\n\n# Empty\n");
  });

  it("parses back what it writes", () => {
    const result = parseMarkdownOutline(newProblemNote("Agents", tree));
    expect(result).toEqual({
      ok: true,
      title: "Agents",
      roots: [
        { ...tree[0], children: [{ text: "Natural data structures", anchor: null, status: null, children: [] }] },
        tree[1],
      ],
    });
  });
});

describe("parseMarkdownOutline on crafted long lines", () => {
  // Each of these ran for minutes when a backtracking pattern read it; now each is one pass (jest's 5 s timeout guards it).
  it("reads a 1.5 MB run of `[(status::` openers as text, with no status", () => {
    const line = `- q ${"[(status::".repeat(150_000)}`;
    const result = parseMarkdownOutline(line);
    expect(result.ok && result.roots[0]?.status).toBe(null);
    expect(result.ok && result.roots[0]?.text.length).toBe(line.length - 2);
  });

  it("takes the first bracketed status even after many openers, and either closer ends it", () => {
    const result = parseMarkdownOutline(`- q ${"(".repeat(100_000)}[status:: partial) tail`);
    expect(result.ok && result.roots[0]?.status).toBe("partial");
  });

  it("reads a heading with a million spaces before its last word, and drops a closing sequence", () => {
    // A lone `# Title` over the outline is the problem itself: its text is the title.
    const result = parseMarkdownOutline(`# x${" ".repeat(1_000_000)}y\n## Second ##\n- under`);
    expect(result.ok && result.title).toBe("x y");
    expect(result.ok && result.roots.map((r) => r.text)).toEqual(["Second"]);
    expect(parseMarkdownOutline("## C# ##").ok && (parseMarkdownOutline("## C# ##") as { roots: { text: string }[] }).roots[0]?.text).toBe("C#");
  });
});
