// The index's vault-wide checks worked out a step at a time (as the plugin does in time slices) give what a first
// diagnostics query works out at once, and a change made between the steps is not lost.
/* global describe, expect, it -- jest globals; the eslint config does not declare them for tests/ */
import { MosaicIndex } from "../../../src/core/index/mosaic-index";
import { drain } from "../../../src/core/steps";
import { exampleFiles } from "../../helpers/example-vault";

const lensNote = (from: string): string => `---\nid: 3dd47fce-a0fe-4e03-916d-a160fe697dd0\n---\n#### Article\nsource:: [[../articles/a]]\nfrom:: ${from}\n`;
const ARTICLE = "---\ntitle: A\nauthor: B\nsource_url: https://example.org\npublished: 2024-01-01\n---\nHello world.\n";

describe("diagnostic steps", () => {
  it("stepping through the Lens checks, then asking, gives the diagnostics of a fresh index", () => {
    const files = { ...exampleFiles(), "Lenses/Broken anchor.md": lensNote("nowhere"), "articles/a.md": ARTICLE };
    const stepped = new MosaicIndex();
    stepped.setNotes(Object.entries(files));
    let steps = 0;
    for (const step of stepped.diagnosticSteps()) steps += step === undefined ? 1 : 0;
    expect(steps).toBeGreaterThan(Object.keys(files).length / 2);
    const fresh = new MosaicIndex();
    fresh.setNotes(Object.entries(files));
    expect(stepped.diagnostics()).toEqual(fresh.diagnostics());
    expect(stepped.diagnostics().map((d) => `${d.file} ${d.code}`)).toContain("Lenses/Broken anchor.md anchor-not-found");
  });

  it("a note changed between two steps is checked as it is now", () => {
    const index = new MosaicIndex();
    index.setNotes([
      ["Lenses/L.md", lensNote("nowhere")],
      ["articles/a.md", ARTICLE],
    ]);
    const steps = index.diagnosticSteps();
    steps.next();
    index.setNote("Lenses/L.md", lensNote("Hello"));
    drain(steps);
    const codes = index.diagnostics().map((d) => d.code);
    expect(codes).not.toContain("anchor-not-found");
    index.setNote("Lenses/L.md", lensNote("nowhere"));
    expect(index.diagnostics().map((d) => d.code)).toContain("anchor-not-found");
  });
});
