// NameSuggester ("did you mean") answers exactly what the plain scan closestName answers, for any names and targets; levenshtein as before.
import fc from "fast-check";
import { levenshtein } from "../../../src/core/index/link-diagnostics";
import { closestName } from "./closest-name";
import { NameSuggester } from "../../../src/core/index/name-suggester";
import { MosaicIndex } from "../../../src/core/index/mosaic-index";

const NAMES = ["Agency", "agency", "Agenda", "Search", "Serach", "Paper A", "Paper B", "Papers", "lo1", "lo2", "a", "ab", "Mesa optimisers", "Mesa optimizers"];
const FOLDERS = ["", "notes/", "Problems/", "a/b/"];
const path = fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES), fc.constantFrom(".md", ".MD")).map((parts) => parts.join(""));
const target = fc.oneof(
  fc.constantFrom(...NAMES),
  fc.constantFrom("Agnecy", "Serch", "Paper C", "Mesa optimiser", "x", "", " ", "notes/Agency.md", "lo", "Totally different"),
  fc.string({ maxLength: 8 }),
);

describe("NameSuggester", () => {
  it("gives closestName's answer", () => {
    fc.assert(
      fc.property(fc.uniqueArray(path, { maxLength: 20 }), fc.array(target, { maxLength: 8 }), (paths, targets) => {
        const sorted = [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const suggester = new NameSuggester(sorted);
        for (const t of [...targets, ...targets]) expect(suggester.suggest(t)).toBe(closestName(t, sorted));
      }),
      { numRuns: 2000 },
    );
  });

  it("levenshtein equals the textbook distance, or the cap once the distance cannot be below it", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 80 }), fc.integer({ min: 1, max: 6 }), (a, b, cap) => {
        expect(levenshtein(a, b, cap)).toBe(referenceLevenshtein(a, b, cap));
      }),
      { numRuns: 3000 },
    );
  });

  // Its speed (quadratic before name-suggester) is measured by `npm run bench`; here only the answers are checked.
  it("answers for a thousand broken links among made-up names", () => {
    // Made-up names of random syllables, as in a real vault where few names share most of their letters.
    const syllables = ["ka", "zu", "po", "ri", "me", "ta", "no", "vi", "lo", "gu", "sa", "de", "fi", "bo", "ha", "ye", "wu", "xi", "ce", "ju"];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) >>> 8;
    const name = (): string => Array.from({ length: 2 + (next() % 3) }, () => syllables[next() % syllables.length]).join("") + ` ${next() % 100}`;
    const notes: [string, string][] = [];
    for (let i = 0; i < 1000; i++) notes.push([`notes/${name()} ${i}.md`, `addresses:: [[${name()}]]\n`]);
    const index = new MosaicIndex();
    index.setNotes(notes);
    const broken = index.diagnostics().filter((d) => d.code === "broken-link");
    expect(broken.length).toBeGreaterThan(975);
    const suggested = broken.filter((d) => d.message.includes("did you mean"));
    expect(suggested.length).toBeGreaterThan(20);
    const paths = notes.map(([path]) => path).sort();
    for (const d of [...broken.slice(0, 30), ...suggested.slice(0, 30)]) {
      const target = /not found: (.*?)(?: \(|$)/.exec(d.message)?.[1] ?? "";
      const suggestion = closestName(target, paths);
      if (suggestion === null) expect(d.message).not.toContain("did you mean");
      else expect(d.message).toContain(suggestion);
    }
  });
});

/** The straightforward row-by-row distance the index used before, as the reference. */
function referenceLevenshtein(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= cap) return cap;
    previous = current;
  }
  return previous[b.length]!;
}
