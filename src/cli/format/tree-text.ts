// Problem trees for a terminal: connectors, rolled-up counts, gap marks, status badges, coverage, addressing notes.
import type { ProblemTree, TreeNode } from "../../core/model";
import { treeCounts } from "../../core/tree/counts";
import { painter } from "./colour";
import { questionLines } from "./question-lines";
import { wrapWithSuffix } from "./wrap";
import { escapeControls, oneLine } from "./terminal-text";

export interface TreeTextOptions {
  /** Show questions down to this depth below the problem (1 = top-level questions only); all when absent. */
  depth?: number;
  colour?: boolean;
  /** Width to wrap question text and notes to, continuation lines under the text; one line each when absent. */
  columns?: number;
  /** List the notes addressing each question under it (default true). */
  notes?: boolean;
}

export { ADDRESSED_MARK, GAP_MARK } from "./question-lines";

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
  const width = options.columns ?? Infinity;
  const heading = `  ${paint("cyan", `[${problem.root.addressedCount}]`)}  ${paint(problem.coverage >= 0.5 ? "green" : "yellow", coverage)}`;
  lines.push(...wrapWithSuffix(oneLine(problem.title), heading, width, (line) => paint("bold", line)));
  const about = `${escapeControls(problem.path)} · ${plural(stats.questions, "question")}, ${plural(stats.gaps, "gap")}`;
  lines.push(...wrapWithSuffix(about, "", width, (line) => paint("dim", line)));
  // An explicit stack, children pushed in reverse: document order without recursion, however deep the tree.
  type Pending = { node: TreeNode; prefix: string; depth: number; last: boolean };
  const siblings = (nodes: readonly TreeNode[], prefix: string, depth: number): Pending[] =>
    nodes.map((node, i) => ({ node, prefix, depth, last: i === nodes.length - 1 })).reverse();
  const stack = siblings(problem.root.children, "", 1);
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, prefix, depth, last } = item;
    const hidden = options.depth !== undefined && depth >= options.depth ? countBelow(node) : 0;
    const shown = hidden === 0 && node.children.length > 0;
    const gutter = prefix + (last ? "    " : "│   ") + (shown ? "│ " : "  ");
    const layout = { lead: prefix + (last ? "└── " : "├── "), gutter, hidden, columns: options.columns, notes: options.notes ?? true };
    for (const line of questionLines(node, layout, paint)) lines.push(line);
    if (shown) {
      for (const next of siblings(node.children, prefix + (last ? "    " : "│   "), depth + 1)) stack.push(next);
    }
  }
  if (problem.root.children.length === 0) lines.push(paint("dim", "└── (no questions yet)"));
  return lines;
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
