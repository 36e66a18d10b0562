// The seeds as notes: the open-problems thread's first answer as a four-level problem tree, and the Lens module's
// `content::` questions (two bulleted, nine glued to the list) as its sidebar question tree.
import * as fs from "fs";
import { MosaicIndex } from "../../src/core/index/mosaic-index";
import type { TreeNode } from "../../src/core/model";
import { describeWithShared, SEEDS, sharedPath } from "../helpers/shared";
import { questionEntries } from "../../src/core/query/questions";
import { sidebarModel } from "../../src/core/query/sidebar";

const thread = sharedPath(SEEDS.thread);
const moduleSeed = sharedPath(SEEDS.module);

/** The `•` lines of the first answer, from "How does abstraction work?" to the line before the column-0 question. */
function firstAnswerBullets(): string[] {
  const lines = fs.readFileSync(thread, "utf8").split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === "• How does abstraction work?");
  const end = lines.findIndex(
    (line, i) => i > start && line === "What is the right mathematical language in which to talk about modularity, boundaries, etc?",
  );
  return lines.slice(start, end).filter((line) => line.trim().startsWith("•"));
}

function depthCounts(root: TreeNode): number[] {
  const counts: number[] = [];
  const walk = (node: TreeNode, depth: number): void => {
    counts[depth] = (counts[depth] ?? 0) + 1;
    for (const child of node.children) walk(child, depth + 1);
  };
  for (const child of root.children) walk(child, 0);
  return counts;
}

describeWithShared("seed trees", [SEEDS.thread, SEEDS.module], () => {
  it("the thread's first answer becomes a four-level problem tree (root and three bullet levels)", () => {
    const bullets = firstAnswerBullets();
    // Independent count: the bullet's indentation in the seed is 2 spaces per level, starting at 2.
    const expected: number[] = [];
    for (const line of bullets) {
      const level = (line.indexOf("•") - 2) / 2;
      expected[level] = (expected[level] ?? 0) + 1;
    }
    // Three bullet levels below the problem root: four levels in all.
    expect(expected).toHaveLength(3);
    const body = bullets.map((line) => `${"\t".repeat((line.indexOf("•") - 2) / 2)}- ${line.slice(line.indexOf("•") + 1).trim()}`);
    const note = `---\ntags: [problem]\n---\n${body.join("\n")}\n`;
    const index = new MosaicIndex();
    index.setNote("Problems/Understanding agents.md", note);
    const tree = index.problemTree("Problems/Understanding agents.md")!;
    expect(tree.title).toBe("Understanding agents");
    expect(depthCounts(tree.root)).toEqual(expected);
    expect(tree.root.children[0]!.text).toBe("How does abstraction work?");
    expect(tree.coverage).toBe(0);
    expect(questionEntries(index)).toHaveLength(bullets.length);
  });

  it("the Lens module's questions show in its sidebar, with the glued ones reported", () => {
    const index = new MosaicIndex();
    index.setNote("modules/fundamental-difficulties.md", fs.readFileSync(moduleSeed, "utf8"));
    const model = sidebarModel(index, "modules/fundamental-difficulties.md");
    expect(model?.kind).toBe("module");
    if (model?.kind !== "module") return;
    expect(model.questions?.children).toHaveLength(11);
    expect(model.questions?.children[0]!.text).toMatch(/^Why is it unrealistic/);
    expect(model.diagnostics.filter((d) => d.code === "glued-question")).toHaveLength(9);
    expect(index.problems()).toEqual([]);
  });
});
