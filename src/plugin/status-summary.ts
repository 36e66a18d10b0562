// The status bar's summary (problem count and coverage) worked out in time slices: building every problem's tree at
// once blocks the editor for hundreds of milliseconds on a 10k-note vault, right after the index is shown.
import type { MosaicIndex } from "../core/index/mosaic-index";
import { ProblemsTally } from "../core/tree/counts";
import { countsText } from "./status-text";

export class SlicedSummary {
  private run = 0;

  constructor(
    private readonly pause: () => Promise<void>,
    private readonly sliceMs: number,
  ) {}

  /** Drops a summary under way (a newer one, or unload). */
  cancel(): void {
    this.run++;
  }

  /** summaryText of the index's problems, or undefined when cancelled or superseded by a newer call. */
  async compute(index: MosaicIndex): Promise<string | null | undefined> {
    const run = ++this.run;
    for (;;) {
      const revision = index.revision;
      const tally = new ProblemsTally();
      let started = performance.now();
      let changed = false;
      for (const path of index.notePaths()) {
        const tree = index.problemTree(path);
        if (tree) tally.add(tree);
        if (performance.now() - started > this.sliceMs) {
          await this.pause();
          if (run !== this.run) return undefined;
          // Trees taken before a change may be stale: start over (the unchanged ones are cached).
          if (index.revision !== revision) {
            changed = true;
            break;
          }
          started = performance.now();
        }
      }
      if (!changed) return countsText(tally.problems, tally.counts());
    }
  }
}
