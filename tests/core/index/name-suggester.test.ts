// NameSuggester ("did you mean") answers exactly what the plain scan closestName answers, for any names and targets.
import fc from "fast-check";
import { closestName } from "../../../src/core/index/link-diagnostics";
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

  it("keeps check fast when many links are broken: each is compared with names of a near length only", () => {
    const index = new MosaicIndex();
    const notes: [string, string][] = [];
    for (let i = 0; i < 3000; i++) notes.push([`notes/Note number ${i}.md`, `addresses:: [[Missing note ${i}]] [[Note numbr ${i}]]\n`]);
    index.setNotes(notes);
    const started = performance.now();
    const broken = index.diagnostics().filter((d) => d.code === "broken-link");
    expect(performance.now() - started).toBeLessThan(3000);
    expect(broken).toHaveLength(6000);
    expect(broken.find((d) => d.file === "notes/Note number 7.md" && d.message.includes("Note numbr"))?.message).toBe(
      "Link target not found: Note numbr 7 (did you mean notes/Note number 7?)",
    );
  });
});
