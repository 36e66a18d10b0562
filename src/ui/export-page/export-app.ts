// The HTML export page: a problem's question tree (the sidebar's renderer) beside the graph, a details panel, a theme toggle.
import { problemsCounts } from "../../core/tree/counts";
import { buildGraphData, questionId, type GraphData } from "../../core/graph/graph-data";
import type { HtmlExportData } from "../../core/export/html-data";
import { nodeRelations } from "../../core/graph/node-relations";
import type { MosaicExport, ProblemTree, SidebarModel, TreeNode } from "../../core/model";
import { el } from "../dom";
import { GraphRenderer } from "../graph/graph-renderer";
import { SidebarRenderer, type SidebarState } from "../sidebar/render-sidebar";
import { DetailsPanel } from "./details";

export interface ExportApp {
  data: MosaicExport;
  graph: GraphData;
  renderer: GraphRenderer;
  sidebar: SidebarRenderer;
  /** Selects a graph node (note path or question id) as a click in the tree or the graph would. */
  select(id: string): void;
  /** Shows the tree of the problem at `path`. */
  showProblem(path: string): void;
  /** Shows the progression of the course at `path`. */
  showCourse(path: string): void;
  setTheme(dark: boolean): void;
}

interface Located {
  node: TreeNode;
  problem: ProblemTree;
}

/** Every tree node by graph id, with the problem it is shown under (its own note's problem first). */
function locateTreeNodes(data: MosaicExport): Map<string, Located> {
  const byId = new Map<string, Located>();
  const walk = (node: TreeNode, problem: ProblemTree): void => {
    for (const child of node.children) {
      const id = questionId(child.path, child.line);
      const known = byId.get(id);
      if (!known || (known.problem.path !== child.path && problem.path === child.path)) byId.set(id, { node: child, problem });
      walk(child, problem);
    }
  };
  for (const problem of data.problems) {
    byId.set(problem.path, { node: problem.root, problem });
    walk(problem.root, problem);
  }
  return byId;
}

/** The left pane's picker: problems, then courses (in groups when there are both). */
function fillPicker(picker: HTMLSelectElement, data: HtmlExportData): void {
  const courses = data.courses ?? [];
  const both = data.problems.length > 0 && courses.length > 0;
  const problemBox = both ? el(picker, "optgroup", { attr: { label: "Problems" } }) : picker;
  for (const problem of data.problems) {
    const option = el(problemBox, "option", { text: `${problem.title} (${Math.round(problem.coverage * 100)}% covered)` });
    option.value = problem.path;
  }
  const courseBox = both ? el(picker, "optgroup", { attr: { label: "Courses" } }) : picker;
  for (const course of courses) {
    const modules = course.items.filter((i) => i.type === "module").length;
    const option = el(courseBox, "option", { text: `${course.note.title} (course, ${modules} modules)` });
    option.value = course.note.path;
  }
}

/** The header's one line of numbers (questions and gaps as `problemsCounts` defines them). */
export function exportSummary(data: HtmlExportData): string {
  const counts = problemsCounts(data.problems);
  return `${data.problems.length} problems · ${counts.questions} questions · ${counts.gaps} gaps · ${data.notes.length} notes`;
}

export function mountExportApp(root: HTMLElement, data: HtmlExportData, title: string): ExportApp {
  const doc = root.ownerDocument;
  const body = doc.body;
  root.classList.add("mosaic-export-app");
  const header = el(root, "header", { cls: "mosaic-export-header" });
  el(header, "h1", { cls: "mosaic-export-title", text: title });
  el(header, "span", { cls: "mosaic-export-summary", text: exportSummary(data) });
  const themeButton = el(header, "button", { cls: "mosaic-export-theme", attr: { type: "button" } });

  const main = el(root, "div", { cls: "mosaic-export-main" });
  const side = el(main, "aside", { cls: "mosaic-export-side" });
  const picker = el(side, "select", { cls: "dropdown mosaic-export-problem-select", attr: { "aria-label": "Problem or course" } });
  fillPicker(picker, data);
  const treeBox = el(side, "div", { cls: "mosaic-export-tree" });
  const detailsBox = el(side, "div", { cls: "mosaic-export-details" });
  const graphBox = el(main, "section", { cls: "mosaic-export-graph" });

  const graph = buildGraphData(data);
  const nodesById = new Map(graph.nodes.map((n) => [n.id, n]));
  const located = locateTreeNodes(data);
  const details = new DetailsPanel(detailsBox, (id) => {
    select(id);
    renderer.reveal(id);
  });
  const state: SidebarState = { collapsed: new Set(), filter: "", showAddressers: true, showDiagnostics: false };
  const models = new Map<string, SidebarModel>();
  let shownProblem: string | null = null;

  const showCourse = (path: string): void => {
    const course = data.courses?.find((c) => c.note.path === path);
    if (!course || path === shownProblem) return;
    shownProblem = path;
    picker.value = path;
    sidebar.render(course, state);
  };

  const showProblem = (path: string): void => {
    const problem = data.problems.find((p) => p.path === path);
    if (!problem || path === shownProblem) return;
    shownProblem = path;
    picker.value = path;
    let model = models.get(path);
    if (!model) {
      const note = { path, title: problem.title, kind: "problem" as const };
      model = { kind: "problem", note, problem, diagnostics: [] };
      models.set(path, model);
    }
    sidebar.render(model, state);
  };

  /** Marks the tree row of a question (when it is rendered: collapsed rows are not). */
  const markRow = (path: string, line: number | null): void => {
    for (const old of treeBox.querySelectorAll(".mosaic-export-selected")) old.classList.remove("mosaic-export-selected");
    if (line === null) return;
    for (const row of treeBox.querySelectorAll<HTMLElement>(".tree-item-self[data-path][data-line]")) {
      if (row.dataset.path === path && row.dataset.line === String(line)) {
        row.classList.add("mosaic-export-selected");
        row.scrollIntoView({ block: "nearest" });
        break;
      }
    }
  };

  const select = (id: string): void => {
    const node = nodesById.get(id);
    if (!node) return;
    const where = located.get(id);
    if (where) showProblem(where.problem.path);
    renderer.highlight(id);
    markRow(node.path, node.line);
    details.show(node, where?.node ?? null, nodeRelations(graph, id));
  };

  const renderer = new GraphRenderer(graphBox, {
    // No vault to open in a static page: a click selects the node and shows where it lives.
    open: (path, line) => select(line === null ? path : questionId(path, line)),
  });
  const sidebar = new SidebarRenderer(treeBox, {
    open: (path, line) => {
      const id = line !== null && nodesById.has(questionId(path, line)) ? questionId(path, line) : path;
      select(id);
    },
    hover: () => undefined,
    contextMenu: () => undefined,
  });
  picker.addEventListener("change", () => {
    showProblem(picker.value);
    showCourse(picker.value);
  });
  const first = data.problems[0]?.path ?? data.courses?.[0]?.note.path;
  if (first !== undefined) {
    showProblem(first);
    showCourse(first);
  } else {
    picker.remove();
    sidebar.destroy();
    el(treeBox, "p", { cls: "mosaic-export-empty", text: "No problem or course notes in this vault." });
  }

  const setTheme = (dark: boolean): void => {
    body.classList.toggle("theme-dark", dark);
    body.classList.toggle("theme-light", !dark);
    themeButton.textContent = dark ? "Light theme" : "Dark theme";
    renderer.refreshTheme();
  };
  themeButton.addEventListener("click", () => setTheme(!body.classList.contains("theme-dark")));
  setTheme(doc.defaultView?.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false);
  renderer.setData(graph);

  return { data, graph, renderer, sidebar, select, showProblem, showCourse, setTheme };
}
