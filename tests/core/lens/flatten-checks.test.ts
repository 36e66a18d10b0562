// What the platform reports while it publishes a course: links in Text segments (cards, lens links, missing targets)
// and the references it refuses as circular, each once at the line of the link, only where the platform looks.
import fc from "fast-check";
import { MosaicIndex } from "../../../src/core/index/mosaic-index";
import { inlineLinks } from "../../../src/core/lens/text-links";

const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const doc = (frontmatter: string[], body: string[]): string => ["---", ...frontmatter, "---", ...body].join("\n") + "\n";
const NEW_CODES = new Set(["broken-text-link", "broken-card-link", "lens-link-without-id", "circular-reference"]);

function check(files: Record<string, string>): [string, number | null, string, string][] {
  const index = new MosaicIndex();
  index.setNotes(Object.entries(files));
  return index
    .diagnostics()
    .filter((d) => NEW_CODES.has(d.code))
    .map((d) => [d.file, d.line, d.severity, d.code]);
}

describe("links in Text segments", () => {
  it("warns on cards and links the platform cannot resolve, at the link's own line of a multi-line content::", () => {
    const module = doc(["slug: f", "title: F"], [
      "# Lens: Inline",
      `id:: ${uuid(1)}`,
      "#### Text",
      "content::",
      "",
      "Line [[../modules/f]] and ::card[[../modules/f]]",
      "::card[[../Lenses/none|x]] ![[../Lenses/none]]",
      "[[../Lenses/draft]] [[../Lenses/ok#Part]] [[ ../Lenses/ok | spaced ]]",
      "[[f]] [[../modules/f|alias]] [[../Lenses/ok]] ::card[[../Lenses/ok]]",
    ]);
    const files = {
      "modules/f.md": module,
      // The platform skips the draft, but a link to it still needs its id.
      "Lenses/draft.md": doc(["tags: [validator-ignore]"], ["#### Text", "content:: x"]),
      "Lenses/ok.md": doc([`id: ${uuid(2)}`], ["#### Text", "content:: [[ok]] [[./ok]] [[ok.md]] [[Ok]] [[../lenses/ok]] [[/Lenses/ok]]"]),
    };
    expect(check(files)).toEqual([
      ["Lenses/ok.md", 5, "warning", "broken-text-link"],
      ["Lenses/ok.md", 5, "warning", "broken-text-link"],
      ["Lenses/ok.md", 5, "warning", "broken-text-link"],
      ["modules/f.md", 11, "warning", "broken-card-link"],
      ["modules/f.md", 12, "warning", "broken-text-link"],
      ["modules/f.md", 12, "warning", "lens-link-without-id"],
    ]);
  });

  it("names the path to write when Obsidian finds the note the platform does not", () => {
    const index = new MosaicIndex();
    index.setNotes([
      ["Lenses/a.md", doc([`id: ${uuid(3)}`], ["#### Text", "content:: See [[B]]."])],
      ["Lenses/sub/B.md", doc([`id: ${uuid(4)}`], ["#### Text", "content:: b"])],
    ]);
    expect(index.diagnostics().map((d) => d.message)).toEqual(["Wikilink target not found: B (the platform resolves it relative to this note: write [[sub/B]])"]);
  });

  it("checks a lens once however many modules publish it, and an outcome's test only when a module uses the outcome", () => {
    const lens = doc([`id: ${uuid(5)}`], ["#### Text", "content:: [[broken]] then", "more [[broken]]"]);
    const lo = (n: number): string => doc([`id: ${uuid(n)}`], ["## Lens: L", "source:: [[../Lenses/l]]", "## Test:", "#### Text", "content:: [[gone]]"]);
    const files = {
      "modules/a.md": doc(["slug: a", "title: A"], ["# Learning Outcome: U", "source:: [[../Learning Outcomes/used]]"]),
      "modules/b.md": doc(["slug: b", "title: B"], ["# Lens: L", "source:: [[../Lenses/l]]"]),
      "Learning Outcomes/used.md": lo(6),
      "Learning Outcomes/unused.md": lo(7),
      "Lenses/l.md": lens,
    };
    expect(check(files)).toEqual([
      ["Learning Outcomes/used.md", 8, "warning", "broken-text-link"],
      ["Lenses/l.md", 5, "warning", "broken-text-link"],
      ["Lenses/l.md", 6, "warning", "broken-text-link"],
    ]);
  });
});

describe("the platform's inline link pattern, without lookbehind", () => {
  // The validator's own pattern (tests may use lookbehind; the plugin's code may not).
  const PLATFORM = /(?<!!)(?<!::card)(\[\[([^\]|]+)(?:\|([^\]]+))?\]\])/g;
  it("finds the links the platform's pattern finds, at the same offsets", () => {
    const piece = fc.constantFrom("[[", "]]", "[", "]", "|", "!", "::card", "::", "card", "a", " ", "\n", "x/y");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        const expected = [...text.matchAll(PLATFORM)].map((m) => ({ index: m.index ?? 0, path: (m[2] ?? "").trim() }));
        expect(inlineLinks(text)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("circular references", () => {
  it("an article that points back at the outcome above its lens", () => {
    const files = {
      "modules/circular.md": doc(["slug: circular", "title: Circular"], ["# Learning Outcome: Loop", "source:: [[../Learning Outcomes/lo-a.md|LO A]]"]),
      "Learning Outcomes/lo-a.md": doc([`id: ${uuid(8)}`], ["## Lens:", "source:: [[../Lenses/lens-b.md|Lens B]]"]),
      "Lenses/lens-b.md": doc([`id: ${uuid(9)}`], ["#### Article", "source:: [[../Learning Outcomes/lo-a.md|Back to A]]"]),
    };
    expect(check(files)).toEqual([["Lenses/lens-b.md", 5, "error", "circular-reference"]]);
  });

  it("a module whose sections name itself, an outcome that names itself or repeats a lens, a lens whose source is itself", () => {
    const files = {
      "modules/self.md": doc(["slug: self", "title: Self"], ["# Lens: Me", "source:: [[self]]", "", "# Learning Outcome: Me", "source:: [[../modules/self]]"]),
      "modules/g.md": doc(["slug: g", "title: G"], ["# Learning Outcome: One", "source:: [[../Learning Outcomes/used]]"]),
      "Learning Outcomes/used.md": doc([`id: ${uuid(10)}`], ["## Lens: A", "source:: [[../Lenses/a]]", "## Lens: A2", "source:: [[../Lenses/a]]", "## Lens: Self", "source:: [[../Learning Outcomes/used]]"]),
      // Never used by a module: the platform does not walk it.
      "Learning Outcomes/unused.md": doc([`id: ${uuid(11)}`], ["## Lens: A", "source:: [[../Lenses/a]]", "## Lens: A", "source:: [[../Lenses/a]]"]),
      "Lenses/a.md": doc([`id: ${uuid(12)}`], ["#### Text", "content:: hi", "#### Article", "source:: [[../Lenses/a]]"]),
    };
    expect(check(files)).toEqual([
      ["Learning Outcomes/used.md", 7, "error", "circular-reference"],
      ["Learning Outcomes/used.md", 9, "error", "circular-reference"],
      ["Lenses/a.md", 7, "error", "circular-reference"],
      ["modules/self.md", 6, "error", "circular-reference"],
      ["modules/self.md", 9, "error", "circular-reference"],
    ]);
  });

  it("an outcome in Submodule groups may repeat a lens (each group starts again from the module)", () => {
    const files = {
      "modules/m.md": doc(["slug: m", "title: M"], ["# Learning Outcome: G", "source:: [[../Learning Outcomes/g]]"]),
      "Learning Outcomes/g.md": doc([`id: ${uuid(13)}`], [
        "## Submodule: One",
        "### Lens: A",
        "source:: [[../Lenses/a]]",
        "### Lens: A again",
        "source:: [[../Lenses/a]]",
        "## Submodule: Two",
        "### Lens: M",
        "source:: [[../modules/m]]",
      ]),
      "Lenses/a.md": doc([`id: ${uuid(14)}`], ["#### Text", "content:: hi"]),
    };
    expect(check(files)).toEqual([["Learning Outcomes/g.md", 11, "error", "circular-reference"]]);
  });
});
