// The three list answers of the open-problems thread in ../shared/seeds, cut out as raw Markdown text (empty
// without ../shared: suites using them run inside `describeWithShared(..., [SEEDS.thread], ...)`).
import { hasShared, readShared, SEEDS } from "../../helpers/shared";

const THREAD = hasShared(SEEDS.thread) ? readShared(SEEDS.thread).split("\n") : [];

/** The contiguous `•` lines after the first line containing `after`. */
function bulletBlock(after: string): string[] {
  if (THREAD.length === 0) return [];
  const start = THREAD.findIndex((l) => l.includes(after));
  if (start < 0) throw new Error(`thread: no line with ${after}`);
  const out: string[] = [];
  for (const line of THREAD.slice(start + 1)) {
    if (line.trim().startsWith("•")) out.push(line);
    else if (out.length > 0 && line.trim() !== "") break;
  }
  return out;
}

/** John Wentworth's answer: `•` items nested by two spaces per level. */
export const WENTWORTH = bulletBlock("I'm going to answer a different question");
/** Tamsin Leake's answer: five `•` items. */
export const LEAKE = bulletBlock("here is a list of problems which i seek");
/** Quintin Pope's answer as the thread renders it: `  1.` items (numbers restarted) and `4.1`-style lines at column 0. */
export const POPE = ((): string[] => {
  const from = THREAD.findIndex((l) => l.includes("Quintin Pope"));
  const to = THREAD.findIndex((l) => l.trim() === "Stephen Fowler");
  return THREAD.slice(from + 1, to).filter((l) => l.trim() !== "");
})();

/** Leading-space depth of a `•` line (two spaces per level, the top level indented by two). */
export function bulletDepth(line: string): number {
  return (line.length - line.trimStart().length) / 2 - 1;
}
