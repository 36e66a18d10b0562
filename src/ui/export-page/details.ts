// The HTML export's details panel: what a selected node is and where it lives (there is no vault to open).
import type { GraphNode } from "../../core/graph/graph-data";
import type { TreeNode } from "../../core/model";
import { clear, el } from "../dom";

export class DetailsPanel {
  constructor(private readonly box: HTMLElement) {
    this.showNothing();
  }

  showNothing(): void {
    clear(this.box);
    el(this.box, "p", { cls: "mosaic-export-hint", text: "Click a question or a node to see where it lives." });
  }

  show(node: GraphNode, tree: TreeNode | null): void {
    clear(this.box);
    el(this.box, "div", { cls: "mosaic-export-details-kind", text: node.kind.replace("-", " ") });
    el(this.box, "div", { cls: "mosaic-export-details-title", text: node.label });
    el(this.box, "code", { cls: "mosaic-export-details-path", text: node.line === null ? node.path : `${node.path}:${node.line}` });
    if (!tree) return;
    if (tree.status) el(this.box, "div", { cls: "mosaic-export-details-status", text: `Status: ${tree.status}` });
    if (tree.addressedBy.length === 0) {
      el(this.box, "div", {
        cls: "mosaic-export-details-none",
        text: tree.children.length === 0 ? "No note addresses this question yet." : "No note addresses this node directly.",
      });
      return;
    }
    const list = el(this.box, "ul", { cls: "mosaic-export-details-refs" });
    for (const ref of tree.addressedBy) {
      const item = el(list, "li", { cls: "mosaic-export-details-ref" });
      el(item, "span", { cls: "mosaic-export-details-ref-title", text: ref.title || ref.path });
      el(item, "span", { cls: "mosaic-export-details-ref-relation", text: ref.relation });
      el(item, "code", { cls: "mosaic-export-details-ref-path", text: `${ref.path}:${ref.line}` });
      if (ref.context) el(item, "div", { cls: "mosaic-export-details-ref-context", text: ref.context });
    }
  }
}
