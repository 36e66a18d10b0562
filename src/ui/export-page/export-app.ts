// The HTML export page: problem trees beside the graph, a details panel, and a light/dark toggle.
import { buildGraphData, questionId, type GraphData } from "../../core/graph/graph-data";
import type { MosaicExport, TreeNode } from "../../core/model";
import { el } from "../dom";
import { GraphRenderer } from "../graph/graph-renderer";
import { DetailsPanel } from "./details";
import { TreeList } from "./tree-list";

export interface ExportApp {
  data: MosaicExport;
  graph: GraphData;
  renderer: GraphRenderer;
  trees: TreeList;
  /** Selects a node as a click in the tree or the graph would. */
  select(id: string): void;
  setTheme(dark: boolean): void;
}

function indexTreeNodes(data: MosaicExport): Map<string, TreeNode> {
  const byId = new Map<string, TreeNode>();
  const walk = (node: TreeNode): void => {
    for (const child of node.children) {
      byId.set(questionId(child.path, child.line), child);
      walk(child);
    }
  };
  for (const problem of data.problems) {
    byId.set(problem.path, problem.root);
    walk(problem.root);
  }
  return byId;
}

export function mountExportApp(root: HTMLElement, data: MosaicExport, title: string): ExportApp {
  const doc = root.ownerDocument;
  const body = doc.body;
  root.classList.add("mosaic-export-app");
  const header = el(root, "header", { cls: "mosaic-export-header" });
  el(header, "h1", { cls: "mosaic-export-title", text: title });
  const questions = data.problems.reduce((n, p) => n + countQuestions(p.root), 0);
  el(header, "span", {
    cls: "mosaic-export-summary",
    text: `${data.problems.length} problems · ${questions} questions · ${data.notes.length} notes`,
  });
  const themeButton = el(header, "button", { cls: "mosaic-export-theme", attr: { type: "button" } });

  const main = el(root, "div", { cls: "mosaic-export-main" });
  const side = el(main, "aside", { cls: "mosaic-export-side" });
  const treesBox = el(side, "div", { cls: "mosaic-export-trees" });
  const detailsBox = el(side, "div", { cls: "mosaic-export-details" });
  const graphBox = el(main, "section", { cls: "mosaic-export-graph" });

  const graph = buildGraphData(data);
  const nodesById = new Map(graph.nodes.map((n) => [n.id, n]));
  const treeNodes = indexTreeNodes(data);
  const details = new DetailsPanel(detailsBox);

  const select = (id: string): void => {
    const node = nodesById.get(id);
    if (!node) return;
    renderer.highlight(id);
    trees.mark(id);
    details.show(node, treeNodes.get(id) ?? null);
  };

  const renderer = new GraphRenderer(graphBox, {
    // No vault to open in a static page: a click selects the node and shows where it lives.
    open: (path, line) => select(line === null ? path : questionId(path, line)),
  });
  const trees = new TreeList(treesBox, { select: (id) => select(id) });
  trees.render(data.problems);

  const setTheme = (dark: boolean): void => {
    body.classList.toggle("theme-dark", dark);
    body.classList.toggle("theme-light", !dark);
    themeButton.textContent = dark ? "Light theme" : "Dark theme";
    renderer.refreshTheme();
  };
  themeButton.addEventListener("click", () => setTheme(!body.classList.contains("theme-dark")));
  const win = doc.defaultView;
  setTheme(win?.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false);
  renderer.setData(graph);

  return { data, graph, renderer, trees, select, setTheme };
}

function countQuestions(node: TreeNode): number {
  return node.children.reduce((n, c) => n + 1 + countQuestions(c), 0);
}
