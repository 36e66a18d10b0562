// "Did you mean" for broken links: closestName's answer, but comparing only names of a near length, once per target.
import { basename, linkKey, stripMd } from "../resolve/paths";
import { levenshtein } from "./link-diagnostics";

interface Name {
  path: string;
  lower: string;
  mask: number;
}

/** Built from the sorted note paths; valid while they do not change. */
export class NameSuggester {
  /** Lower-case basename length -> names of that length, in path order. */
  private readonly byLength = new Map<number, Name[]>();
  private readonly answers = new Map<string, string | null>();

  constructor(readonly paths: readonly string[]) {
    for (const path of paths) {
      const lower = stripMd(basename(path)).toLowerCase();
      let list = this.byLength.get(lower.length);
      if (!list) {
        list = [];
        this.byLength.set(lower.length, list);
      }
      list.push({ path, lower, mask: charMask(lower) });
    }
  }

  /** The same answer as closestName(target, paths): the nearest name, the first path of the nearest on a tie. */
  suggest(target: string): string | null {
    const wanted = linkKey(target);
    let answer = this.answers.get(wanted);
    if (answer === undefined) {
      answer = this.nearest(wanted);
      this.answers.set(wanted, answer);
    }
    return answer;
  }

  private nearest(wanted: string): string | null {
    if (wanted === "") return null;
    const limit = Math.min(3, Math.ceil(wanted.length * 0.4));
    const wantedMask = charMask(wanted);
    let best: string | null = null;
    let bestDistance = limit + 1;
    // levenshtein gives up on names whose length differs by the cap or more, so no other length can win.
    for (let length = Math.max(0, wanted.length - limit); length <= wanted.length + limit; length++) {
      for (const name of this.byLength.get(length) ?? []) {
        // Each edit changes at most two bits of the mask: names whose letters differ too much cannot win or tie.
        if (bitCount(wantedMask ^ name.mask) > 2 * (best === null ? limit : bestDistance)) continue;
        // A cap one above the best so far returns exact distances up to the best, which ties need.
        const distance = levenshtein(wanted, name.lower, bestDistance + 1);
        if (distance < bestDistance || (distance === bestDistance && best !== null && name.path < best)) {
          best = name.path;
          bestDistance = distance;
        }
      }
    }
    return best === null ? null : stripMd(best);
  }
}

/** Which characters occur, folded into 32 bits (letters each their own bit): a cheap lower bound on edit distance. */
function charMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const bit = c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6);
    mask |= 1 << bit;
  }
  return mask;
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
