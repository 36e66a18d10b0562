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

  /**
   * summaryText of the index's problems, or undefined when cancelled, superseded by a newer call, or when the index
   * changed meanwhile: the change's own notification asks again, and starting over here would only take turns from
   * the checks it waits for.
   */
  async compute(index: MosaicIndex): Promise<string | null | undefined> {
    const run = ++this.run;
    const revision = index.revision;
    // Not in the caller's task (the notification that renders the views): that task is long enough.
    await this.pause();
    if (run !== this.run || index.revision !== revision) return undefined;
    const tally = new ProblemsTally();
    let started = performance.now();
    for (const path of index.notePaths()) {
      const tree = index.problemTree(path);
      if (tree) tally.add(tree);
      if (performance.now() - started > this.sliceMs) {
        await this.pause();
        if (run !== this.run || index.revision !== revision) return undefined;
        started = performance.now();
      }
    }
    return countsText(tally.problems, tally.counts());
  }
}
