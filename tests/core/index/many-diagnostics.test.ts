// A note with more diagnostics than a function call takes arguments (about 120,000 in Node) is listed like any other.
import { MosaicIndex } from "../../../src/core/index/mosaic-index";

it("lists a note's 130,000 diagnostics, vault-wide and for the note alone", () => {
  const index = new MosaicIndex();
  index.setNote("Problems/Hostile.md", `---\ntags: [problem]\n---\n${"{++ [[a]] ".repeat(130_000)}\n`);
  expect(index.note("Problems/Hostile.md")?.diagnostics.length).toBeGreaterThan(125_000);
  expect(() => index.diagnostics({ unresolved: true })).not.toThrow();
  expect(() => index.diagnosticsFor("Problems/Hostile.md")).not.toThrow();
});
