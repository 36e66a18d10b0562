// The plain-scan "did you mean" the NameSuggester must agree with: every name compared, the nearest kept (test oracle).
import { levenshtein } from "../../../src/core/index/link-diagnostics";
import { basename, linkKey, stripMd } from "../../../src/core/resolve/paths";

/** A note whose basename is within a small edit distance of the target's, else null. */
export function closestName(target: string, names: Iterable<string>): string | null {
  const wanted = linkKey(target);
  if (wanted === "") return null;
  const limit = Math.min(3, Math.ceil(wanted.length * 0.4));
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const path of names) {
    const name = stripMd(basename(path));
    const distance = levenshtein(wanted, name.toLowerCase(), bestDistance);
    if (distance < bestDistance || (distance === bestDistance && best !== null && path < best)) {
      best = path;
      bestDistance = distance;
    }
  }
  return best === null ? null : stripMd(best);
}
