// `next` counts gaps as every view does: its gap list is the unaddressed leaf questions `treeCounts` counts.
import { MosaicIndex } from "../../../src/core/index/mosaic-index";
import { gapId, nextReport } from "../../../src/core/next";
import { eachQuestion, isGap, problemsCounts, treeCounts } from "../../../src/core/tree/counts";
import { exampleFiles } from "../../helpers/example-vault";

const index = new MosaicIndex();
for (const [path, text] of Object.entries(exampleFiles())) if (path.endsWith(".md")) index.setNote(path, text);

describe("next's gaps agree with treeCounts on the example vault", () => {
  const problems = index.problems();

  it.each(problems.map((p) => [p.title, p.path]))("%s: the same gaps, as many as treeCounts(...).gaps", (_title, path) => {
    const tree = index.problemTree(path)!;
    const expected: string[] = [];
    eachQuestion(tree.root, (node) => {
      if (isGap(node)) expected.push(gapId(node));
    });
    const report = nextReport(index, { problem: path });
    expect(report.gaps.map((g) => g.id)).toEqual(expected);
    expect(report.gaps).toHaveLength(treeCounts(tree.root).gaps);
  });

  it("all problems together: each gap once, as many as problemsCounts(...).gaps", () => {
    expect(problems.length).toBeGreaterThan(4);
    const report = nextReport(index);
    expect(new Set(report.gaps.map((g) => g.id)).size).toBe(report.gaps.length);
    expect(report.gaps).toHaveLength(problemsCounts(problems).gaps);
    expect(report.gaps.length).toBeGreaterThan(50);
  });

  it("a question with nothing under it is one gap; a branch is not, its unaddressed leaves are", () => {
    const mini = new MosaicIndex();
    mini.setNote("P.md", "---\ntags: [problem]\n---\n- Branch? ^b\n  - Leaf one?\n  - Leaf two?\n- Lone?\n");
    const tree = mini.problemTree("P.md")!;
    const report = nextReport(mini, { problem: "P.md" });
    expect(report.gaps.map((g) => g.text)).toEqual(["Leaf one?", "Leaf two?", "Lone?"]);
    expect(treeCounts(tree.root).gaps).toBe(3);
  });
});
