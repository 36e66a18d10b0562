// One folder rule for the index, the CLI and the plugin: the index keeps exactly the notes isIndexedPath admits.
import fc from "fast-check";
import { isIndexedPath } from "../../../src/core/index/indexed-files";
import { MosaicIndex } from "../../../src/core/index/mosaic-index";
import { DEFAULT_SETTINGS } from "../../../src/core/model";

const folder = fc.constantFrom("", "/", "A", "A/", "/A", "A/B", "B", " A ", "AB", "T/x");
const notePath = fc.constantFrom("a.md", "A/a.md", "A/B/a.md", "AB/a.md", "B/a.md", "T/x/a.md", "T/a.md");

describe("indexed files", () => {
  it.each([
    ["T/a.md", { excludeFolders: ["/"] }, true],
    ["T/a.md", { excludeFolders: [""] }, true],
    ["T/a.md", { includeFolders: ["/"] }, true],
    ["A/a.md", { excludeFolders: ["/A/"] }, false],
  ])("%s with %j indexed: %s (the root skips nothing)", (p, patch, expected) => {
    expect(isIndexedPath(p, { ...DEFAULT_SETTINGS, ...patch })).toBe(expected);
  });

  it("the index holds a note exactly when isIndexedPath admits its path, whatever the folder settings", () => {
    fc.assert(
      fc.property(fc.array(folder, { maxLength: 3 }), fc.array(folder, { maxLength: 3 }), notePath, (includeFolders, excludeFolders, p) => {
        const settings = { ...DEFAULT_SETTINGS, includeFolders, excludeFolders };
        const index = new MosaicIndex({ settings });
        index.setNote(p, "# Note\n");
        expect(index.note(p) !== undefined).toBe(isIndexedPath(p, settings));
      }),
      { numRuns: 500 },
    );
  });
});
