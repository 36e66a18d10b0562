// Question trees on real-shaped notes: addressers by field, inline field and body link, roll-up counts, coverage,
// parent:: hanging, cycles, renames and deletes.
import { byText, exportText, findNode, indexOf, lineOf, type Files } from "../index/helpers";
import { questionEntries } from "../../../src/core/query/questions";
import { sidebarModel } from "../../../src/core/query/sidebar";

const AGENCY = `---
tags: [problem]
---
Open questions about agency.

## Abstraction
- How does abstraction work? ^q-abs
    - How can we compute natural abstractions? ^q-compute
    - What data structures represent them? ^q-data
- Why are systems modular?

## Search
- When does search show up? ^q-search
`;

const PAPER_A = `---
tags: [paper]
---
addresses:: [[Agency#^q-compute]], [[Agency#^q-data]]

A paper on natural abstractions.
`;

const POST_B = `# Post B
We read this today (addresses:: [[Agency#Search]]) and liked it.
`;

const POST_C = `Background reading: see [[Agency]] for the whole list.
`;

const base: Files = {
  "Problems/Agency.md": AGENCY,
  "notes/Paper A.md": PAPER_A,
  "notes/Post B.md": POST_B,
  "notes/Post C.md": POST_C,
};

describe("addressing", () => {
  const index = indexOf(base);
  const tree = index.problemTree("Problems/Agency.md")!;

  it("builds the tree from headings and nested list items with anchors", () => {
    expect(tree.root.text).toBe("Agency");
    expect(tree.root.anchor).toBeNull();
    expect(tree.root.line).toBe(1);
    expect(tree.root.children.map((c) => c.text)).toEqual(["Abstraction", "Search"]);
    const abs = byText(tree.root, "How does abstraction work?");
    expect(abs.anchor).toBe("^q-abs");
    expect(abs.line).toBe(lineOf(AGENCY, "How does abstraction"));
    expect(abs.children.map((c) => c.anchor)).toEqual(["^q-compute", "^q-data"]);
    expect(byText(tree.root, "Why are systems modular?").anchor).toBeNull();
    expect(byText(tree.root, "Search").anchor).toBe("Search");
  });

  it("an addresses:: field addresses block-id nodes, with its relation and line", () => {
    const compute = byText(tree.root, "How can we compute natural abstractions?");
    expect(compute.addressedBy).toEqual([
      expect.objectContaining({ path: "notes/Paper A.md", relation: "addresses", line: lineOf(PAPER_A, "addresses::") }),
    ]);
    expect(compute.addressedBy[0]!.title).toBe("Paper A");
  });

  it("an inline (addresses:: [[P#Heading]]) addresses the heading node", () => {
    const search = byText(tree.root, "Search");
    expect(search.addressedBy.map((a) => [a.path, a.relation, a.line])).toEqual([
      ["notes/Post B.md", "addresses", lineOf(POST_B, "(addresses::")],
    ]);
  });

  it("a plain body link addresses the root, with the line as context", () => {
    expect(tree.root.addressedBy).toEqual([
      expect.objectContaining({ path: "notes/Post C.md", relation: "link", line: 1 }),
    ]);
    expect(tree.root.addressedBy[0]!.context).toContain("see [[Agency]]");
  });

  it("counts distinct addressing notes up the tree", () => {
    expect(byText(tree.root, "How does abstraction work?").addressedCount).toBe(1);
    expect(byText(tree.root, "Abstraction").addressedCount).toBe(1);
    expect(byText(tree.root, "Search").addressedCount).toBe(1);
    expect(byText(tree.root, "When does search show up?").addressedCount).toBe(0);
    expect(tree.root.addressedCount).toBe(3);
  });

  it("coverage is the share of addressed leaves", () => {
    // leaves: q-compute (A), q-data (A), modular (none), q-search (none)
    expect(tree.coverage).toBe(0.5);
  });

  it("lists every question for the picker with its ancestors", () => {
    const entries = questionEntries(index);
    expect(entries).toHaveLength(7);
    const data = entries.find((e) => e.node.anchor === "^q-data")!;
    expect(data.ancestors).toEqual(["Abstraction", "How does abstraction work?"]);
    expect(data.problem).toEqual({ path: "Problems/Agency.md", title: "Agency", kind: "problem" });
  });

  it("the sidebar of a source note lists the questions it addresses", () => {
    const model = sidebarModel(index, "notes/Paper A.md");
    expect(model?.kind).toBe("other");
    if (model?.kind !== "other") return;
    expect(model.addresses.map((a) => [a.node.anchor, a.ancestors.length, a.relation])).toEqual([
      ["^q-compute", 2, "addresses"],
      ["^q-data", 2, "addresses"],
    ]);
  });

  it("a note does not address its own problem", () => {
    const index2 = indexOf({ "P.md": "---\ntags: problem\n---\n- Q one ^q1\n\nSee [[#^q1]] and [[P]].\n" });
    const tree2 = index2.problemTree("P.md")!;
    expect(tree2.root.addressedCount).toBe(0);
    expect(tree2.coverage).toBe(0);
  });

  it("a tree with only a root is covered when the root is addressed", () => {
    const index2 = indexOf({ "P.md": "---\ntags: problem\n---\nNo list yet.\n", "S.md": "informs:: [[P]]\n" });
    expect(index2.problemTree("P.md")!.coverage).toBe(1);
    expect(index2.problemTree("P.md")!.root.addressedBy[0]!.relation).toBe("informs");
  });

  it("status:: on an item becomes the node's status", () => {
    const index2 = indexOf({ "P.md": "---\ntags: problem\n---\n- Is it solved? [status:: partial] ^q1\n" });
    expect(byText(index2.problemTree("P.md")!.root, "Is it solved?").status).toBe("partial");
  });
});

describe("parent:: hanging", () => {
  const files: Files = {
    ...base,
    "Problems/Search detail.md": "parent:: [[Agency#Search]]\n\n- Which search algorithm is convergent? ^q-conv\n",
    "Problems/Extra.md": "up:: [[Agency]]\n\nNo questions yet.\n",
    "Problems/Compute detail.md": "---\ntags: [problem]\n---\nparent:: [[Agency#^q-compute]]\n- In toy models? ^q-toy\n",
    "notes/Paper D.md": "addresses:: [[Search detail#^q-conv]]\n",
  };
  const index = indexOf(files);
  const root = index.problemTree("Problems/Agency.md")!.root;

  it("hangs a note under the root, a heading and a block", () => {
    expect(root.children.map((c) => c.text)).toEqual(["Abstraction", "Search", "Extra"]);
    const search = byText(root, "Search");
    expect(search.children.map((c) => [c.text, c.path])).toEqual([
      ["When does search show up?", "Problems/Agency.md"],
      ["Search detail", "Problems/Search detail.md"],
    ]);
    const compute = byText(root, "How can we compute natural abstractions?");
    expect(compute.children.map((c) => c.text)).toEqual(["Compute detail"]);
    expect(compute.children[0]!.children.map((c) => [c.text, c.path])).toEqual([["In toy models?", "Problems/Compute detail.md"]]);
  });

  it("addressers of hung notes count towards the parent problem", () => {
    expect(byText(root, "Which search algorithm is convergent?").addressedBy[0]!.path).toBe("notes/Paper D.md");
    expect(byText(root, "Search").addressedCount).toBe(2);
    // leaves: q-toy, q-data (A), modular, q-search, q-conv (D), Extra
    expect(index.problemTree("Problems/Agency.md")!.coverage).toBeCloseTo(2 / 6);
  });

  it("a hung child that is itself a problem keeps its own tree", () => {
    expect(index.problemTree("Problems/Compute detail.md")!.root.children.map((c) => c.anchor)).toEqual(["^q-toy"]);
  });

  it("parent links are not addressers", () => {
    expect(findNode(root, (n) => n.addressedBy.some((a) => a.relation === "parent" || a.relation === "up"))).toBeUndefined();
  });
});

describe("parent cycles", () => {
  const files: Files = {
    "A.md": "---\ntags: [problem]\n---\nparent:: [[B]]\n- Question A\n",
    "B.md": "parent:: [[C]]\n- Question B\n",
    "C.md": "up:: [[A]]\n- Question C\n",
    "D.md": "parent:: [[A]]\n- Question D\n",
  };
  const index = indexOf(files);

  it("is reported once, on a parent line of a note in the cycle", () => {
    const cycles = index.diagnostics().filter((d) => d.code === "parent-cycle");
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toMatchObject({ file: "A.md", line: 4, severity: "error" });
    expect(cycles[0]!.message).toContain("A.md -> B.md -> C.md -> A.md");
  });

  it("is not followed, while a note outside the cycle still hangs", () => {
    const root = index.problemTree("A.md")!.root;
    expect(root.children.map((c) => c.text)).toEqual(["Question A", "D"]);
  });

  it("a self-parent is a cycle too", () => {
    const self = indexOf({ "S.md": "parent:: [[S]]\n" });
    expect(self.diagnostics().map((d) => d.code)).toEqual(["parent-cycle"]);
  });

  it("breaking the cycle hangs the notes again and equals a fresh index", () => {
    const changed = indexOf(files);
    changed.setNote("C.md", "- Question C\n");
    const root = changed.problemTree("A.md")!.root;
    expect(root.children.map((c) => c.text)).toEqual(["Question A", "D"]);
    expect(changed.diagnostics().filter((d) => d.code === "parent-cycle")).toEqual([]);
    changed.setNote("A.md", "---\ntags: [problem]\n---\n- Question A\n");
    expect(changed.problemTree("A.md")!.root.children.map((c) => c.text)).toEqual(["Question A", "D"]);
    changed.setNote("B.md", "parent:: [[A]]\n- Question B\n");
    expect(changed.problemTree("A.md")!.root.children.map((c) => c.text)).toEqual(["Question A", "B", "D"]);
    expect(exportText(changed)).toBe(
      exportText(indexOf({ ...files, "A.md": "---\ntags: [problem]\n---\n- Question A\n", "B.md": "parent:: [[A]]\n- Question B\n", "C.md": "- Question C\n" })),
    );
  });
});

describe("renames and deletes", () => {
  it("a renamed problem keeps its addressers once the sources' links are rewritten", () => {
    const index = indexOf(base);
    const revision = index.revision;
    index.renameNote("Problems/Agency.md", "Problems/Agency of agents.md");
    expect(index.revision).toBeGreaterThan(revision);
    expect(index.problemTree("Problems/Agency.md")).toBeNull();
    // Before the links are rewritten they are broken.
    expect(index.diagnostics().filter((d) => d.code === "broken-link").map((d) => d.file)).toEqual([
      "notes/Paper A.md",
      "notes/Post B.md",
    ]);
    const rewritten: Files = {
      "notes/Paper A.md": PAPER_A.replace(/\[\[Agency#/g, "[[Agency of agents#"),
      "notes/Post B.md": POST_B.replace("[[Agency#", "[[Agency of agents#"),
      "notes/Post C.md": POST_C.replace("[[Agency]]", "[[Agency of agents]]"),
    };
    for (const [path, text] of Object.entries(rewritten)) index.setNote(path, text);
    const tree = index.problemTree("Problems/Agency of agents.md")!;
    expect(tree.title).toBe("Agency of agents");
    expect(tree.root.addressedCount).toBe(3);
    expect(tree.coverage).toBe(0.5);
    expect(index.diagnostics()).toEqual([]);
    expect(exportText(index)).toBe(exportText(indexOf({ "Problems/Agency of agents.md": AGENCY, ...rewritten })));
  });

  it("deleting a source removes its addresses", () => {
    const index = indexOf(base);
    index.deleteNote("notes/Paper A.md");
    const tree = index.problemTree("Problems/Agency.md")!;
    expect(byText(tree.root, "How can we compute natural abstractions?").addressedBy).toEqual([]);
    expect(tree.root.addressedCount).toBe(2);
    expect(tree.coverage).toBe(0);
    const { ["notes/Paper A.md"]: _removed, ...rest } = base;
    expect(exportText(index)).toBe(exportText(indexOf(rest)));
  });

  it("creating a missing target resolves the links that waited for it", () => {
    const index = indexOf({ "notes/S.md": "addresses:: [[Later#^q1]]\n" });
    expect(index.diagnostics().map((d) => d.code)).toEqual(["broken-link"]);
    index.setNote("Later.md", "---\ntags: [problem]\n---\n- First ^q1\n");
    expect(index.diagnostics()).toEqual([]);
    expect(byText(index.problemTree("Later.md")!.root, "First").addressedBy).toHaveLength(1);
  });
});
