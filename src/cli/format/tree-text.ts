// Renders problem trees for a terminal: box-drawing connectors, rolled-up counts, gap marks, status badges, coverage.
import type { ProblemTree, TreeNode } from "../../core/model";

export interface TreeTextOptions {
  /** Show questions down to this depth below the problem (1 = top-level questions only); all when absent. */
  depth?: number;
  colour?: boolean;
  /** Terminal width: question text is shortened so lines fit; no limit when absent. */
  columns?: number;
}

export const ADDRESSED_MARK = "●";
export const GAP_MARK = "○";

const ANSI = { bold: "1", dim: "2", red: "31", green: "32", yellow: "33", cyan: "36" } as const;
type Style = keyof typeof ANSI;

/** Counts over the questions (all nodes below the root) of one tree. */
export interface TreeStats {
  questions: number;
  leaves: number;
  /** Leaves with at least one note addressing them directly. */
  coveredLeaves: number;
  /** Questions that nothing addresses, directly or through a sub-question. */
  gaps: number;
}

export function treeStats(tree: ProblemTree): TreeStats {
  const stats: TreeStats = { questions: 0, leaves: 0, coveredLeaves: 0, gaps: 0 };
  const visit = (node: TreeNode): void => {
    for (const child of node.children) {
      stats.questions++;
      if (child.addressedCount === 0) stats.gaps++;
      if (child.children.length === 0) {
        stats.leaves++;
        if (child.addressedBy.length > 0) stats.coveredLeaves++;
      } else visit(child);
    }
  };
  visit(tree.root);
  return stats;
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The whole output of `mosaic tree` for these problems, ending with a newline. */
export function formatTrees(problems: readonly ProblemTree[], options: TreeTextOptions = {}): string {
  const out: string[] = [];
  problems.forEach((problem, i) => {
    if (i > 0) out.push("");
    out.push(...formatTree(problem, options));
  });
  return out.join("\n") + "\n";
}

/** One problem: a heading line with coverage, then its questions as a tree. */
export function formatTree(problem: ProblemTree, options: TreeTextOptions = {}): string[] {
  const paint = painter(options.colour === true);
  const stats = treeStats(problem);
  const lines: string[] = [];
  const coverage = `coverage ${formatPercent(problem.coverage)} (${stats.coveredLeaves}/${stats.leaves} leaf questions)`;
  lines.push(
    `${paint("bold", problem.title)}  ${paint("cyan", `[${problem.root.addressedCount}]`)}  ${paint(
      problem.coverage >= 0.5 ? "green" : "yellow",
      coverage,
    )}`,
  );
  lines.push(paint("dim", `${problem.path} · ${plural(stats.questions, "question")}, ${plural(stats.gaps, "gap")}`));
  const walk = (nodes: readonly TreeNode[], prefix: string, depth: number): void => {
    nodes.forEach((node, i) => {
      const last = i === nodes.length - 1;
      const connector = last ? "└── " : "├── ";
      const hidden = options.depth !== undefined && depth >= options.depth ? countBelow(node) : 0;
      lines.push(nodeLine(node, prefix + connector, hidden, options, paint));
      if (hidden === 0) walk(node.children, prefix + (last ? "    " : "│   "), depth + 1);
    });
  };
  walk(problem.root.children, "", 1);
  if (problem.root.children.length === 0) lines.push(paint("dim", "└── (no questions yet)"));
  return lines;
}

function nodeLine(
  node: TreeNode,
  lead: string,
  hidden: number,
  options: TreeTextOptions,
  paint: (style: Style, text: string) => string,
): string {
  const mark = node.addressedCount > 0 ? paint("green", ADDRESSED_MARK) : paint("red", GAP_MARK);
  const status = node.status ? `  ${paint("yellow", `{${node.status}}`)}` : "";
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
  for (const child of node.children) n += 1 + countBelow(child);
  return n;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function shorten(text: string, width: number): string {
  const chars = Array.from(text);
  return chars.length <= width ? text : chars.slice(0, width - 1).join("") + "…";
}

function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex -- strips the ANSI colour codes this file adds itself
  return Array.from(text.replace(/\u001b\[[0-9;]*m/g, "")).length;
}

function painter(colour: boolean): (style: Style, text: string) => string {
  if (!colour) return (_style, text) => text;
  return (style, text) => `\u001b[${ANSI[style]}m${text}\u001b[0m`;
}
