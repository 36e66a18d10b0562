// Exact trees on real writing: title headings, wrapped items, `1.1` numbered outlines, nested tags, frontmatter
// parents and links in fields that are no relation.
import type { TreeNode } from "../../../src/core/model";
import { byText, indexOf } from "../index/helpers";

/** The tree as nested [text, children] pairs, leaves as bare strings. */
type Shape = string | [string, Shape[]];
function shape(nodes: readonly TreeNode[]): Shape[] {
  return nodes.map((n) => (n.children.length === 0 ? n.text : [n.text, shape(n.children)]));
}

describe("a heading that repeats the note's title", () => {
  it("names the root (file name), so the questions are the root's children", () => {
    const index = indexOf({ "Problems/Agency.md": "---\ntags: [problem]\n---\n# Agency\n\n- Why? ^q-why\n- How?\n" });
    const root = index.problemTree("Problems/Agency.md")!.root;
    expect(shape(root.children)).toEqual(["Why?", "How?"]);
    expect(byText(root, "Why?").anchor).toBe("^q-why");
  });

  it("names the root when it repeats the frontmatter title, whatever the case and spacing", () => {
    const note = "---\ntags: [problem]\ntitle: Understanding  Agents\n---\n# understanding agents\n## Abstraction\n- Why?\n";
    const root = indexOf({ "ua.md": note }).problemTree("ua.md")!.root;
    expect(shape(root.children)).toEqual([["Abstraction", ["Why?"]]]);
  });

  it("stays a question when it says something else", () => {
    const root = indexOf({ "Agency.md": "#problem\n# Agency in LLMs\n- Why?\n" }).problemTree("Agency.md")!.root;
    expect(shape(root.children)).toEqual([["Agency in LLMs", ["Why?"]]]);
  });
});

describe("wrapped and numbered items", () => {
  it("joins a wrapped item's lines into one question, with the id from its last line and no warning", () => {
    const note = [
      "#problem",
      "- How do we minimise semantic drift in LMs when we train them",
      "  to do other stuff? ^q-drift",
      "  - A sub-question?",
    ].join("\n");
    const index = indexOf({ "P.md": note });
    const root = index.problemTree("P.md")!.root;
    expect(shape(root.children)).toEqual([["How do we minimise semantic drift in LMs when we train them to do other stuff?", ["A sub-question?"]]]);
    expect(root.children[0]?.anchor).toBe("^q-drift");
    expect(index.diagnostics().filter((d) => d.file === "P.md")).toEqual([]);
  });

  it("nests `1.1`-style lines under the numbered item they extend, as the seed thread writes them", () => {
    const note = [
      "#problem",
      "  1. How much convergence is there really between AI and human internal representations?",
      "",
      "1.1 How do we make there be more convergence?",
      "",
      "  1. Where do the inductive biases of very good SGD point?",
      "",
      "4.1 If so, how do we stop that?",
      "",
      "  1. Given a dataset that can be solved in multiple different ways?",
      "",
      "7.1 like this?",
      "",
      "7.2 or this?",
    ].join("\n");
    const root = indexOf({ "P.md": note }).problemTree("P.md")!.root;
    expect(shape(root.children)).toEqual([
      ["How much convergence is there really between AI and human internal representations?", ["How do we make there be more convergence?"]],
      ["Where do the inductive biases of very good SGD point?", ["If so, how do we stop that?"]],
      ["Given a dataset that can be solved in multiple different ways?", ["like this?", "or this?"]],
    ]);
  });

  it("nests `1.`, `1.1`, `1.1.1` by their numbers", () => {
    const note = ["#problem", "1. A?", "1.1 B?", "1.1.1 C?", "1.2 D?", "2. E?"].join("\n");
    const root = indexOf({ "P.md": note }).problemTree("P.md")!.root;
    expect(shape(root.children)).toEqual([["A?", [["B?", ["C?"]], "D?"]], "E?"]);
  });
});

describe("problems by nested tags and frontmatter parents", () => {
  it("makes a problem of `#problem/agents` and `tags: [problem/alignment]`, not of `#problems-list`", () => {
    const index = indexOf({
      "A.md": "#problem/agents\n- Why?\n",
      "B.md": "---\ntags: [problem/alignment]\n---\n- How?\n",
      "C.md": "#problems-list\n- What?\n",
    });
    expect(index.problems().map((p) => p.path).sort()).toEqual(["A.md", "B.md"]);
  });

  it("hangs a note under the node its frontmatter `parent:` or `up:` names", () => {
    const index = indexOf({
      "Agency.md": "#problem\n- How does abstraction work? ^q-abs\n- Why modularity? ^q-mod\n",
      "Compute.md": '---\ntags: [problem]\nparent: "[[Agency#^q-abs]]"\n---\n- Can we compute them?\n',
      "Modules.md": "---\ntags: [problem]\nup: [[Agency#^q-mod]]\n---\n- Which modules?\n",
    });
    const root = index.problemTree("Agency.md")!.root;
    expect(shape(root.children)).toEqual([
      ["How does abstraction work?", [["Compute", ["Can we compute them?"]]]],
      ["Why modularity?", [["Modules", ["Which modules?"]]]],
    ]);
  });
});

describe("links in fields that are no relation", () => {
  it("count as plain links, with their line as context", () => {
    const index = indexOf({
      "Agency.md": "#problem\n- How does abstraction work? ^q-abs\n",
      "Paper.md": "---\ntags: [paper]\n---\nrelated:: [[Agency#^q-abs]] on natural abstractions\n",
    });
    const node = byText(index.problemTree("Agency.md")!.root, "How does abstraction work?");
    expect(node.addressedBy).toEqual([expect.objectContaining({ path: "Paper.md", relation: "link", line: 4 })]);
    expect(node.addressedBy[0]?.context).toContain("natural abstractions");
  });
});
