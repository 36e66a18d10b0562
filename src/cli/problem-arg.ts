// Finds the problem a `--problem PATH` option names: by vault-relative path (`.md` optional) or by title.
import type { MosaicIndex } from "../core/index/mosaic-index";
import type { ProblemTree } from "../core/model";
import { CliError } from "./io";

/** The one problem `wanted` names; a CliError listing the problems when none or several match. */
export function findProblem(index: MosaicIndex, wanted: string, vault: string): ProblemTree {
  const problems = index.problems();
  const key = wanted.trim().replace(/\\/g, "/").replace(/^\.\//, "").toLowerCase();
  const byPath = problems.filter((p) => {
    const path = p.path.toLowerCase();
    return path === key || path === `${key}.md`;
  });
  const matches = byPath.length > 0 ? byPath : problems.filter((p) => p.title.trim().toLowerCase() === key);
  const only = matches.length === 1 ? matches[0] : undefined;
  if (only) return only;
  if (matches.length > 1) {
    throw new CliError(`--problem '${wanted}' names several problems: ${matches.map((p) => p.path).join(", ")} (give the path)`);
  }
  const shown = problems.slice(0, 5).map((p) => p.path).join(", ");
  const more = problems.length > 5 ? `, ... (${problems.length} in all)` : "";
  const known = problems.length === 0 ? "there are no problem notes" : `problems: ${shown}${more}`;
  throw new CliError(`no problem note '${wanted}' in ${vault} (${known})`);
}
