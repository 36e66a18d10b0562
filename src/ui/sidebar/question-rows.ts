// Rows of a question tree (problem trees and a module's own questions) and of the notes addressing each question.
import type { AddressRef, TreeNode } from "../../core/model";
import { readableContext } from "../../core/parse/summary";
import { groupByRelation, LINK_RELATION } from "../../core/query/relation-groups";
import { isEmptyBranch, isGap, isLeafQuestion, treeCounts } from "../../core/tree/counts";
import { el } from "../dom";
import type { Row } from "./lazy-tree";
import { contextLine, flairCount, GAP_TITLE, noteLink, pill, rowLine } from "./parts";
import { suggestionGroupRow, type SuggestionSource } from "./suggestion-rows";

export interface QuestionOptions {
  showAddressers: boolean;
  /** Big trees start with everything below the top level collapsed. */
  collapseDeep: boolean;
  /** Very big trees start with the top level collapsed as well. */
  collapseTop: boolean;
  /** Reading suggestions shown under gap questions; absent or null: none. */
  suggestions?: SuggestionSource | null;
  /** Rows at this depth (1 = the top level) and deeper start collapsed, whatever the tree's size. */
  maxDepth?: number;
}

export function nodeKey(node: { path: string; line: number }): string {
  return `${node.path}#${node.line}`;
}

/** Number of nodes in the tree under `root`, root excluded. */
export function countNodes(root: TreeNode): number {
  let n = 0;
  const stack = [...root.children];
  while (stack.length) {
    const node = stack.pop();
    if (!node) break;
    n++;
    for (const c of node.children) stack.push(c);
  }
  return n;
}

/** Leaf questions under `root` and how many of them some note addresses (see `treeCounts`). */
export function leafStats(root: TreeNode): { leaves: number; addressed: number } {
  const counts = treeCounts(root);
  return { leaves: counts.leaves, addressed: counts.addressedLeaves };
}

/** Defaults for a tree: expanded when small, only the top level when big, nothing when huge. */
export function questionDefaults(root: TreeNode, showAddressers: boolean): QuestionOptions {
  const big = countNodes(root) > 200;
  const secondLevel = root.children.reduce((n, c) => n + c.children.length, 0);
  return { showAddressers, collapseDeep: big, collapseTop: big && secondLevel > 1000 };
}

function distinctPaths(refs: AddressRef[]): number {
  return new Set(refs.map((r) => r.path)).size;
}

export function addresserRow(ref: AddressRef): Row {
  return {
    key: null,
    path: ref.path,
    line: ref.line,
    matchText: ref.title,
    cls: ["mosaic-addresser"],
    attachment: true,
    children: null,
    defaultCollapsed: false,
    fill(inner, _flair, highlight) {
      const line = rowLine(inner);
      noteLink(line, ref.title, highlight);
      // The group heading shows the relation; screen readers, which skip that heading, hear it with the note.
      el(line, "span", { cls: "mosaic-sr-only", text: ` (${ref.relation})` });
      if (ref.context) contextLine(inner, readableContext(ref.context));
    },
  };
}

/** A small heading over the notes of one relation: its name and how many. */
function relationLabelRow(relation: string, count: number): Row {
  return {
    key: null,
    path: null,
    line: null,
    matchText: null,
    cls: ["mosaic-relation-label", `mosaic-relation-${relation.replace(/[^a-z0-9-]/gi, "").toLowerCase() || "other"}`],
    label: true,
    children: null,
    defaultCollapsed: false,
    fill(inner) {
      el(inner, "span", { cls: "mosaic-relation-name", text: relation === LINK_RELATION ? "links" : relation });
      el(inner, "span", { cls: "mosaic-relation-count", text: String(count) });
    },
  };
}

/** The notes addressing a question, grouped by relation (answers, addresses, informs, source, …, links). */
export function addresserGroupRows(refs: AddressRef[]): Row[] {
  return groupByRelation(refs).flatMap((g) => [relationLabelRow(g.relation, g.refs.length), ...g.refs.map(addresserRow)]);
}

export function questionRows(nodes: TreeNode[], options: QuestionOptions, depth = 0): Row[] {
  return nodes.map((node) => questionRow(node, options, depth));
}

function questionRow(node: TreeNode, options: QuestionOptions, depth: number): Row {
  const leaf = isLeafQuestion(node);
  const gap = isGap(node) || isEmptyBranch(node);
  const addressers = options.showAddressers ? node.addressedBy : [];
  const hasChildren = !leaf || addressers.length > 0;
  const suggestions = gap ? (options.suggestions ?? null) : null;
  const deep = options.maxDepth !== undefined && depth + 1 >= options.maxDepth;
  return {
    key: nodeKey(node),
    path: node.path,
    line: node.line,
    matchText: node.text,
    cls: gap ? ["mosaic-question", "mosaic-gap"] : ["mosaic-question"],
    defaultCollapsed: deep || (depth === 0 ? options.collapseTop : options.collapseDeep),
    children: hasChildren
      ? () => [...addresserGroupRows(addressers), ...questionRows(node.children, options, depth + 1)]
      : suggestions
        ? () => {
            const list = suggestions.forGap(node);
            return list.length > 0 ? [suggestionGroupRow(list, node)] : [];
          }
        : null,
    fill(inner, flair, highlight) {
      const line = rowLine(inner);
      const textEl = el(line, "span", { cls: "mosaic-question-text" });
      highlight(textEl, node.text || "(untitled)");
      if (node.status) pill(line, node.status, `status-${node.status}`, `status:: ${node.status}`);
      if (!leaf) branchCoverage(flair, node);
      if (gap) {
        el(flair, "span", { cls: "mosaic-gap-mark", title: GAP_TITLE, attr: { "aria-label": GAP_TITLE } });
        inner.title = GAP_TITLE;
        return;
      }
      const direct = distinctPaths(node.addressedBy);
      if (node.addressedCount === 0 && direct === 0) return;
      if (leaf) {
        flairCount(flair, String(direct), `${direct} ${direct === 1 ? "note addresses" : "notes address"} this question`);
      } else {
        flairCount(
          flair,
          `${direct} · ${node.addressedCount}`,
          `${direct} directly, ${node.addressedCount} including sub-questions`,
        );
      }
    },
  };
}

/** "addressed/leaves" of a branch, shown (by CSS) while the branch is collapsed. */
function branchCoverage(flair: HTMLElement, node: TreeNode): void {
  const { leaves, addressedLeaves } = treeCounts(node);
  const title = `${addressedLeaves} of ${leaves} leaf ${leaves === 1 ? "question" : "questions"} below addressed`;
  el(flair, "span", { cls: "tree-item-flair mosaic-branch-coverage", text: `${addressedLeaves}/${leaves}`, title, attr: { "aria-label": title } });
}
