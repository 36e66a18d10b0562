// The status bar's text: indexing progress, then problem count and overall coverage.
import type { ProblemTree } from "../core/model";
import { problemsCounts, type TreeCounts } from "../core/tree/counts";

const number = (n: number): string => n.toLocaleString("en-US");

export function progressText(done: number, total: number): string {
  return `Mosaic: indexing ${number(done)}/${number(total)}`;
}

/** "Mosaic: 3 problems · 42% covered", or null (status hidden) when the vault has no problem notes. */
export function summaryText(problems: ProblemTree[]): string | null {
  return countsText(problems.length, problemsCounts(problems));
}

/** summaryText from the problem count and their counts together. */
export function countsText(problemCount: number, counts: TreeCounts): string | null {
  if (problemCount === 0) return null;
  const percent = counts.leaves === 0 ? 100 : Math.round(100 * counts.coverage);
  return `Mosaic: ${number(problemCount)} problem${problemCount === 1 ? "" : "s"} · ${percent}% covered`;
}
