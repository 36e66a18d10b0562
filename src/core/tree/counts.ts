// The one definition of a tree's numbers: questions, leaf questions, gaps and coverage, used by every view.
import type { ProblemTree, TreeNode } from "../model";

/**
 * - questions: every node below the problem's root;
 * - leaf questions: questions without sub-questions;
 * - addressed leaves: leaf questions at least one note addresses directly;
 * - gaps: leaf questions no note addresses (leaves - addressed leaves); a branch with nothing addressed under it
 *   is shown as a gap too, and counts as its leaves;
 * - coverage: addressed leaves / leaf questions (a problem without questions: 1 when a note addresses it, else 0).
 */
export interface TreeCounts {
  questions: number;
  leaves: number;
  addressedLeaves: number;
  gaps: number;
  coverage: number;
}

export function isLeafQuestion(node: TreeNode): boolean {
  return node.children.length === 0;
}

/** A leaf question no note addresses directly. */
export function isGap(node: TreeNode): boolean {
  return isLeafQuestion(node) && node.addressedBy.length === 0;
}

/** A branch with nothing addressed anywhere below it: shown as a gap, counted as its leaves. */
export function isEmptyBranch(node: TreeNode): boolean {
  return !isLeafQuestion(node) && node.addressedCount === 0;
}

/** Visits every question below `root` once, depth first in document order, without recursion. */
export function eachQuestion(root: TreeNode, visit: (node: TreeNode) => void): void {
  const stack = [...root.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    visit(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

function tally(counts: TreeCounts, node: TreeNode): void {
  counts.questions++;
  if (!isLeafQuestion(node)) return;
  counts.leaves++;
  if (node.addressedBy.length > 0) counts.addressedLeaves++;
}

function finished(counts: TreeCounts, lone: boolean): TreeCounts {
  counts.gaps = counts.leaves - counts.addressedLeaves;
  counts.coverage = counts.leaves === 0 ? (lone ? 1 : 0) : counts.addressedLeaves / counts.leaves;
  return counts;
}

function empty(): TreeCounts {
  return { questions: 0, leaves: 0, addressedLeaves: 0, gaps: 0, coverage: 0 };
}

/** The numbers of the subtree below `root` (a problem's root, or any branch for its "addressed/leaves"). */
export function treeCounts(root: TreeNode): TreeCounts {
  const counts = empty();
  eachQuestion(root, (node) => tally(counts, node));
  return finished(counts, root.children.length === 0 && root.addressedBy.length > 0);
}

/**
 * The numbers of several problems together, each question once: a note hung under another problem by `parent::`
 * is also a problem of its own, and its questions are counted once (by path and line).
 */
export function problemsCounts(problems: readonly ProblemTree[]): TreeCounts {
  const tally = new ProblemsTally();
  for (const problem of problems) tally.add(problem);
  return tally.counts();
}

/** problemsCounts one problem at a time, for a caller that works in time slices. */
export class ProblemsTally {
  private readonly sum = empty();
  private readonly seen = new Set<string>();
  problems = 0;

  add(problem: ProblemTree): void {
    this.problems++;
    eachQuestion(problem.root, (node) => {
      const key = `${node.path}#${node.line}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
      tally(this.sum, node);
    });
  }

  counts(): TreeCounts {
    return finished({ ...this.sum }, false);
  }
}
