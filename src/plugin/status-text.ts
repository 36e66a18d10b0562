// The status bar's text: indexing progress, then problem count and overall coverage.
import type { ProblemTree } from "../core/model";
import { problemsCounts } from "../core/tree/counts";

const number = (n: number): string => n.toLocaleString("en-US");

export function progressText(done: number, total: number): string {
  return `Mosaic: indexing ${number(done)}/${number(total)}`;
}

/** "Mosaic: 3 problems · 42% covered", or null (status hidden) when the vault has no problem notes. */
export function summaryText(problems: ProblemTree[]): string | null {
  if (problems.length === 0) return null;
  const counts = problemsCounts(problems);
  const percent = counts.leaves === 0 ? 100 : Math.round(100 * counts.coverage);
  return `Mosaic: ${number(problems.length)} problem${problems.length === 1 ? "" : "s"} · ${percent}% covered`;
}
