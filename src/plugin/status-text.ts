// The status bar's text: indexing progress, then problem count and overall coverage.
import type { ProblemTree, TreeNode } from "../core/model";

const number = (n: number): string => n.toLocaleString("en-US");

export function progressText(done: number, total: number): string {
  return `Mosaic: indexing ${number(done)}/${number(total)}`;
}

/** Leaf questions over all problems, and how many have at least one addressing note. */
export function leafCoverage(problems: ProblemTree[]): { leaves: number; covered: number } {
  let leaves = 0;
  let covered = 0;
  const stack: TreeNode[] = problems.flatMap((p) => p.root.children);
  while (stack.length > 0) {
    const node = stack.pop() as TreeNode;
    if (node.children.length === 0) {
      leaves++;
      if (node.addressedBy.length > 0) covered++;
    } else stack.push(...node.children);
  }
  return { leaves, covered };
}

/** "Mosaic: 3 problems · 42% covered", or null (status hidden) when the vault has no problem notes. */
export function summaryText(problems: ProblemTree[]): string | null {
  if (problems.length === 0) return null;
  const { leaves, covered } = leafCoverage(problems);
  const percent = leaves === 0 ? 100 : Math.round((100 * covered) / leaves);
  return `Mosaic: ${number(problems.length)} problem${problems.length === 1 ? "" : "s"} · ${percent}% covered`;
}
