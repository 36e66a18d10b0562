// The one definition of questions, leaf questions, gaps and coverage, on a real-shaped problem and its notes.
import { isEmptyBranch, isGap, problemsCounts, treeCounts } from "../../../src/core/tree/counts";
import { byText, indexOf } from "../index/helpers";

const AGENCY = `---
tags: [problem]
---
# Agency

## Abstraction
- How does abstraction work? ^q-abs
    - How can we compute natural abstractions? ^q-compute
    - What data structures represent them? ^q-data
- Why are systems modular?

## Search
- When does search show up? ^q-search
    - In transformers?
    - In RL agents?
`;

const PAPER = `---
tags: [paper]
---
addresses:: [[Agency#^q-compute]]
`;

const SUB = `---
tags: [problem]
parent: "[[Agency#^q-search]]"
---
- Is search convergent?
`;

describe("treeCounts", () => {
  it("counts every question, the leaves, the addressed leaves, gaps and coverage", () => {
    const index = indexOf({ "Agency.md": AGENCY, "Paper.md": PAPER });
    const root = index.problemTree("Agency.md")!.root;
    // Headings Abstraction and Search, 4 items under Abstraction, 3 under Search; the `# Agency` title is the root.
    expect(treeCounts(root)).toEqual({ questions: 9, leaves: 5, addressedLeaves: 1, gaps: 4, coverage: 1 / 5 });
    expect(isGap(byText(root, "What data structures represent them?"))).toBe(true);
    expect(isGap(byText(root, "How can we compute natural abstractions?"))).toBe(false);
    expect(isEmptyBranch(byText(root, "When does search show up?"))).toBe(true);
    expect(isEmptyBranch(byText(root, "How does abstraction work?"))).toBe(false);
  });

  it("counts a branch's own numbers for its collapsed addressed/leaves", () => {
    const index = indexOf({ "Agency.md": AGENCY, "Paper.md": PAPER });
    const branch = byText(index.problemTree("Agency.md")!.root, "How does abstraction work?");
    expect(treeCounts(branch)).toMatchObject({ questions: 2, leaves: 2, addressedLeaves: 1, gaps: 1 });
  });

  it("gives a problem without questions coverage 1 only when a note addresses it", () => {
    const lone = "---\ntags: [problem]\n---\nNo questions yet.\n";
    const bare = indexOf({ "Lone.md": lone });
    expect(treeCounts(bare.problemTree("Lone.md")!.root)).toEqual({ questions: 0, leaves: 0, addressedLeaves: 0, gaps: 0, coverage: 0 });
    const read = indexOf({ "Lone.md": lone, "Paper.md": "addresses:: [[Lone]]\n" });
    expect(treeCounts(read.problemTree("Lone.md")!.root).coverage).toBe(1);
  });

  it("counts each question once across problems, when a sub-problem hangs under another", () => {
    const index = indexOf({ "Agency.md": AGENCY, "Paper.md": PAPER, "Sub.md": SUB });
    const agency = index.problemTree("Agency.md")!;
    const sub = index.problemTree("Sub.md")!;
    const both = problemsCounts([agency, sub]);
    expect(both).toEqual(treeCounts(agency.root));
    expect(byText(agency.root, "Is search convergent?")).toBeDefined();
  });
});
