// One set of numbers: `tree --json`, `next --json`, the sidebar, the HTML export header and the graph legend agree on the example vault.
import { exportJson } from "../../src/core/export/json";
import { htmlExportData } from "../../src/core/export/html-data";
import { buildGraphData } from "../../src/core/graph/graph-data";
import { sidebarModel } from "../../src/core/query/sidebar";
import type { ProblemTree } from "../../src/core/model";
import { problemsCounts, treeCounts, type TreeCounts } from "../../src/core/tree/counts";
import { exportSummary } from "../../src/ui/export-page/export-app";
import { chromeState } from "../../src/ui/graph/chrome/graph-chrome";
import { leafStats } from "../../src/ui/sidebar/question-rows";
import { EXAMPLES, exampleFiles } from "../helpers/example-vault";
import { indexOf } from "../core/index/helpers";
import { run } from "./cli-harness";

interface TreeJson {
  problems: (ProblemTree & { counts: TreeCounts })[];
}

describe("counts on the example vault", () => {
  const index = indexOf(exampleFiles());
  const problems = index.problems();
  const all = problemsCounts(problems);

  it("has problems with questions, leaves, addressed leaves and gaps to compare", () => {
    expect(problems.length).toBeGreaterThan(1);
    expect(all.questions).toBeGreaterThan(all.leaves);
    expect(all.addressedLeaves).toBeGreaterThan(0);
    expect(all.gaps).toBeGreaterThan(0);
    expect(all.gaps).toBe(all.leaves - all.addressedLeaves);
  });

  it("tree --json gives each problem's counts, and its trees count the same", async () => {
    const out = await run(["tree", "--json", EXAMPLES]);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout) as TreeJson;
    expect(problemsCounts(json.problems)).toEqual(all);
    for (const p of problems) expect(json.problems.find((j) => j.path === p.path)?.counts).toEqual(treeCounts(p.root));
  });

  it("next --json lists each gap once: as many as the counts say", async () => {
    const out = await run(["next", "--json", EXAMPLES]);
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout) as { gaps: unknown[] };
    expect(report.gaps).toHaveLength(all.gaps);
  });

  it("the sidebar's coverage line counts leaves and addressed leaves the same way", () => {
    for (const p of problems) {
      const model = sidebarModel(index, p.path);
      if (model?.kind !== "problem") throw new Error(`no problem view for ${p.path}`);
      const counts = treeCounts(p.root);
      expect(leafStats(model.problem.root)).toEqual({ leaves: counts.leaves, addressed: counts.addressedLeaves });
      expect(model.problem.coverage).toBeCloseTo(counts.coverage, 10);
    }
  });

  it("the HTML export header and the graph legend show the same questions and gaps", () => {
    const data = htmlExportData(index);
    expect(exportSummary(data)).toContain(`${all.questions} questions · ${all.gaps} gaps`);
    const graph = buildGraphData(exportJson(index));
    expect(graph.nodes.filter((n) => n.kind === "question")).toHaveLength(all.questions);
    expect(chromeState(graph, { kinds: null, relations: null }, false, 1).gaps).toBe(all.gaps);
  });
});
