// The status summary worked out in slices: the same text as at once, dropped when the index changes meanwhile (the
// change's own notification asks again).
import { MosaicIndex } from "../../src/core/index/mosaic-index";
import { SlicedSummary } from "../../src/plugin/status-summary";
import { summaryText } from "../../src/plugin/status-text";
import { exampleFiles } from "../helpers/example-vault";

function indexOf(files: Record<string, string>): MosaicIndex {
  const index = new MosaicIndex({});
  for (const [path, text] of Object.entries(files)) if (path.endsWith(".md")) index.setNote(path, text);
  return index;
}

const files = exampleFiles();

describe("SlicedSummary", () => {
  it("pausing after every note, gives the text of all problems at once", async () => {
    const index = indexOf(files);
    let pauses = 0;
    const summary = new SlicedSummary(() => {
      pauses++;
      return Promise.resolve();
    }, -1);
    const text = await summary.compute(index);
    expect(text).toBe(summaryText(index.problems()));
    expect(text).toMatch(/^Mosaic: \d+ problems? · \d+% covered$/);
    expect(pauses).toBeGreaterThanOrEqual(index.notePaths().length);
  });

  it("gives nothing when the index changes during a pause; asked again, counts the change", async () => {
    const index = indexOf(files);
    const problemPath = index.notePaths().find((p) => index.note(p)?.kind === "problem");
    expect(problemPath).toBeDefined();
    let changed = false;
    const summary = new SlicedSummary(() => {
      if (!changed) {
        changed = true;
        index.deleteNote(problemPath!);
      }
      return Promise.resolve();
    }, -1);
    const before = summaryText(indexOf(files).problems());
    expect(await summary.compute(index)).toBeUndefined();
    const text = await summary.compute(index);
    expect(text).toBe(summaryText(index.problems()));
    expect(text).not.toBe(before);
  });

  it("gives nothing for a summary superseded by a newer one or cancelled", async () => {
    const index = indexOf(files);
    let release: () => void = () => undefined;
    const summary = new SlicedSummary(() => new Promise<void>((r) => (release = r)), -1);
    const first = summary.compute(index);
    summary.cancel();
    release();
    expect(await first).toBeUndefined();
  });
});
