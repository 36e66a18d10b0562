// The HTML export's problem trees: nested lists of questions with counts, gaps and status, built as DOM nodes only.
import { questionId } from "../../core/graph/graph-data";
import type { ProblemTree, TreeNode } from "../../core/model";
import { el } from "../dom";

export interface TreeListHandlers {
  select(id: string, node: TreeNode, problem: ProblemTree): void;
}

export class TreeList {
  private readonly rows = new Map<string, HTMLElement>();
  private selected: HTMLElement | null = null;

  constructor(private readonly parent: HTMLElement, private readonly handlers: TreeListHandlers) {}

  render(problems: ProblemTree[]): void {
    this.rows.clear();
    if (problems.length === 0) el(this.parent, "p", { cls: "mosaic-export-empty", text: "No problem notes in this vault." });
    for (const problem of problems) {
      const section = el(this.parent, "section", { cls: "mosaic-export-problem" });
      const head = el(section, "div", { cls: "mosaic-export-problem-head" });
      const title = el(head, "button", { cls: "mosaic-export-problem-title", text: problem.title, attr: { type: "button" } });
      title.dataset.id = problem.path;
      title.addEventListener("click", () => this.choose(problem.path, problem.root, problem));
      this.rows.set(problem.path, title);
      el(head, "span", {
        cls: "mosaic-export-coverage",
        text: `${Math.round(problem.coverage * 100)}% covered`,
        title: "Share of leaf questions with at least one addressing note",
      });
      if (problem.root.children.length > 0) this.renderChildren(section, problem.root.children, problem);
    }
  }

  /** Marks the row of `id` (a problem path or a question id) and scrolls it into view; false when there is none. */
  mark(id: string | null): boolean {
    this.selected?.classList.remove("is-selected");
    this.selected = id ? this.rows.get(id) ?? null : null;
    if (!this.selected) return false;
    this.selected.classList.add("is-selected");
    this.selected.scrollIntoView({ block: "nearest" });
    return true;
  }

  private renderChildren(parent: HTMLElement, nodes: TreeNode[], problem: ProblemTree): void {
    const list = el(parent, "ul", { cls: "mosaic-export-tree" });
    for (const node of nodes) {
      const item = el(list, "li", { cls: "mosaic-export-item" });
      const id = questionId(node.path, node.line);
      const gap = node.children.length === 0 && node.addressedBy.length === 0;
      const row = el(item, "button", { cls: ["mosaic-export-row", gap ? "is-gap" : ""], attr: { type: "button" } });
      row.dataset.id = id;
      el(row, "span", { cls: "mosaic-export-row-text", text: node.text });
      if (node.status) el(row, "span", { cls: "mosaic-export-status", text: node.status });
      el(row, "span", {
        cls: ["mosaic-export-count", node.addressedCount === 0 ? "is-zero" : ""],
        text: String(node.addressedCount),
        title: "Notes addressing this question or its sub-questions",
      });
      if (gap) el(row, "span", { cls: "mosaic-export-gap", text: "gap", title: "No note addresses this question yet" });
      row.addEventListener("click", () => this.choose(id, node, problem));
      this.rows.set(id, row);
      if (node.children.length > 0) this.renderChildren(item, node.children, problem);
    }
  }

  private choose(id: string, node: TreeNode, problem: ProblemTree): void {
    this.mark(id);
    this.handlers.select(id, node, problem);
  }
}
