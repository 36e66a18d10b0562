// The HTML export's details panel: what a selected node is, where it lives, and its relations both ways as links.
import type { GraphNode } from "../../core/graph/graph-data";
import type { RelationGroup } from "../../core/graph/node-relations";
import type { TreeNode } from "../../core/model";
import { clear, el } from "../dom";

export class DetailsPanel {
  /** `pick` selects another node (a relation's link was followed). */
  constructor(
    private readonly box: HTMLElement,
    private readonly pick: (id: string) => void,
  ) {
    this.showNothing();
  }

  showNothing(): void {
    clear(this.box);
    el(this.box, "p", { cls: "mosaic-export-hint", text: "Click a question or a node to see where it lives." });
  }

  show(node: GraphNode, tree: TreeNode | null, relations: RelationGroup[]): void {
    clear(this.box);
    el(this.box, "div", { cls: "mosaic-export-details-kind", text: node.kind.replace("-", " ") });
    el(this.box, "div", { cls: "mosaic-export-details-title", text: node.label });
    el(this.box, "code", { cls: "mosaic-export-details-path", text: node.line === null ? node.path : `${node.path}:${node.line}` });
    if (tree) this.showTree(tree);
    this.showRelations(relations);
  }

  private showRelations(groups: RelationGroup[]): void {
    if (groups.length === 0) return;
    const box = el(this.box, "div", { cls: "mosaic-export-relations" });
    for (const group of groups) {
      const section = el(box, "section", { cls: "mosaic-export-relation-group", attr: { "data-direction": group.direction } });
      el(section, "h3", { cls: "mosaic-export-relation-title", text: `${group.title} (${group.nodes.length})` });
      const list = el(section, "ul", { cls: "mosaic-export-relation-list" });
      for (const other of group.nodes) {
        const item = el(list, "li", { cls: "mosaic-export-relation-item" });
        const link = el(item, "a", { cls: "mosaic-export-relation-link", text: other.label, attr: { href: "#", "data-id": other.id } });
        link.addEventListener("click", (event) => {
          event.preventDefault();
          this.pick(other.id);
        });
        el(item, "span", { cls: "mosaic-export-relation-kind", text: other.kind.replace("-", " ") });
      }
    }
  }

  private showTree(tree: TreeNode): void {
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
