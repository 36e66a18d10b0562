// Export -> import -> new problem note -> parseNote gives back the same tree, for JSON, OPML and Markdown.
import { parseJsonTree } from "../../../src/core/exchange/json";
import { exportProblem } from "../../../src/core/export/json";
import { newProblemNote, parseMarkdownOutline, toMarkdown } from "../../../src/core/exchange/markdown";
import { parseOpml, toOpml } from "../../../src/core/exchange/opml";
import { fromOutlineItem, type ImportResult, type OutlineNode } from "../../../src/core/exchange/outline";
import { noteQuestions } from "../../../src/core/exchange/apply";
import { DEFAULT_SETTINGS, type ProblemTree, type TreeNode } from "../../../src/core/model";
import { parseNote } from "../../../src/core/parse/parse-note";
import { describeWithShared, SEEDS } from "../../helpers/shared";
import { WENTWORTH } from "./thread-fixture";

/** The first answer as a problem tree, with some block anchors and statuses, as the index would give it. */
function firstAnswerProblem(): ProblemTree {
  const parsed = parseMarkdownOutline(WENTWORTH.join("\n"));
  if (!parsed.ok) throw new Error(parsed.error);
  let line = 6;
  const statuses = ["open", "partial", "answered"];
  const toTree = (node: OutlineNode, i: number, depth: number): TreeNode => ({
    text: node.text,
    anchor: i % 3 === 0 ? `^q-${depth}-${i}-${line}` : null,
    path: "Problems/Understanding agents.md",
    line: line++,
    status: i % 4 === 1 ? (statuses[depth] ?? "open") : null,
    addressedBy: [],
    addressedCount: 0,
    children: node.children.map((c, j) => toTree(c, j, depth + 1)),
  });
  const root: TreeNode = {
    text: "Understanding agents", anchor: null, path: "Problems/Understanding agents.md", line: 1, status: null,
    addressedBy: [], addressedCount: 0, children: parsed.roots.map((r, i) => toTree(r, i, 0)),
  };
  return { path: root.path, title: "Understanding agents", coverage: 0, root };
}

const strip = (node: TreeNode): OutlineNode => ({
  text: node.text, anchor: node.anchor, status: node.status, children: node.children.map(strip),
});

describeWithShared("round trip through a new problem note", [SEEDS.thread], () => {
  const problem = firstAnswerProblem();
  const original = problem.root.children.map(strip);

  it("the fixture has anchors and statuses at every level", () => {
    const flat = JSON.stringify(original);
    expect(flat).toContain('"anchor":"^q-2-');
    expect(flat).toContain('"status":"answered"');
  });

  it.each<[string, () => ImportResult]>([
    ["JSON", () => parseJsonTree(JSON.stringify(exportProblem(problem)))],
    ["OPML", () => parseOpml(toOpml(problem))],
    ["Markdown", () => parseMarkdownOutline(toMarkdown(problem))],
    ["Markdown, 4 spaces", () => parseMarkdownOutline(toMarkdown(problem, { indent: 4, marker: "*" }))],
  ])("%s", (_name, exportThenImport) => {
    const imported = exportThenImport();
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.title).toBe("Understanding agents");
    expect(imported.roots).toEqual(original);
    const note = newProblemNote(imported.title ?? "", imported.roots);
    const parsed = parseNote("Problems/Understanding agents.md", note, DEFAULT_SETTINGS);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.kind).toBe("problem");
    expect(noteQuestions(parsed.outline).items.map(fromOutlineItem)).toEqual(original);
  });
});
