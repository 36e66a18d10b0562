// Renders problem trees for a terminal: box-drawing connectors, rolled-up counts, gap marks, status badges, coverage.
import type { ProblemTree, TreeNode } from "../../core/model";
import { treeCounts } from "../../core/tree/counts";
import { painter, visibleLength, type Paint } from "./colour";
import { escapeControls, oneLine, shorten } from "./terminal-text";

export interface TreeTextOptions {
  /** Show questions down to this depth below the problem (1 = top-level questions only); all when absent. */
  depth?: number;
  colour?: boolean;
  /** Terminal width: question text is shortened so lines fit; no limit when absent. */
  columns?: number;
}

export const ADDRESSED_MARK = "●";
export const GAP_MARK = "○";


export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The whole output of `mosaic tree` for these problems, ending with a newline. */
export function formatTrees(problems: readonly ProblemTree[], options: TreeTextOptions = {}): string {
  const out: string[] = [];
  problems.forEach((problem, i) => {
    if (i > 0) out.push("");
    for (const line of formatTree(problem, options)) out.push(line);
  });
  return out.join("\n") + "\n";
}

/** One problem: a heading line with coverage, then its questions as a tree. */
export function formatTree(problem: ProblemTree, options: TreeTextOptions = {}): string[] {
  const paint = painter(options.colour === true);
  const stats = treeCounts(problem.root);
  const lines: string[] = [];
  const coverage = `coverage ${formatPercent(problem.coverage)} (${stats.addressedLeaves}/${stats.leaves} leaf questions)`;
  lines.push(
    `${paint("bold", oneLine(problem.title))}  ${paint("cyan", `[${problem.root.addressedCount}]`)}  ${paint(
      problem.coverage >= 0.5 ? "green" : "yellow",
      coverage,
    )}`,
  );
  lines.push(paint("dim", `${escapeControls(problem.path)} · ${plural(stats.questions, "question")}, ${plural(stats.gaps, "gap")}`));
  // An explicit stack, children pushed in reverse: document order without recursion, however deep the tree.
  type Pending = { node: TreeNode; prefix: string; depth: number; last: boolean };
  const siblings = (nodes: readonly TreeNode[], prefix: string, depth: number): Pending[] =>
    nodes.map((node, i) => ({ node, prefix, depth, last: i === nodes.length - 1 })).reverse();
  const stack = siblings(problem.root.children, "", 1);
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, prefix, depth, last } = item;
    const hidden = options.depth !== undefined && depth >= options.depth ? countBelow(node) : 0;
    lines.push(nodeLine(node, prefix + (last ? "└── " : "├── "), hidden, options, paint));
    if (hidden === 0) {
      for (const next of siblings(node.children, prefix + (last ? "    " : "│   "), depth + 1)) stack.push(next);
    }
  }
  if (problem.root.children.length === 0) lines.push(paint("dim", "└── (no questions yet)"));
  return lines;
}

function nodeLine(
  node: TreeNode,
  lead: string,
  hidden: number,
  options: TreeTextOptions,
  paint: Paint,
): string {
  const mark = node.addressedCount > 0 ? paint("green", ADDRESSED_MARK) : paint("red", GAP_MARK);
  const status = node.status ? `  ${paint("yellow", `{${escapeControls(node.status)}}`)}` : "";
  const count = `  ${paint("cyan", `[${node.addressedCount}]`)}`;
  const more = hidden > 0 ? `  ${paint("dim", `(+${hidden} below)`)}` : "";
  let text = oneLine(node.text) || "(untitled)";
  if (options.columns !== undefined) {
    const fixed = lead.length + 2 + visibleLength(status) + visibleLength(count) + visibleLength(more);
    text = shorten(text, Math.max(20, options.columns - fixed));
  }
  return `${paint("dim", lead)}${mark} ${text}${status}${count}${more}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function countBelow(node: TreeNode): number {
  let n = 0;
  const stack = [...node.children];
  for (let child = stack.pop(); child !== undefined; child = stack.pop()) {
    n++;
    for (const grandchild of child.children) stack.push(grandchild);
  }
  return n;
}
