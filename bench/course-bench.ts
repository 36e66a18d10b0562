// Bench section: a course of 10 modules × 8 outcomes (2 lenses each, an article and a video per lens) in the sidebar:
// building its model in-process, then its first render and expand-all in Chromium (bench/sidebar-page.ts).
import path from "node:path";
import { MosaicIndex } from "../src/core/index/mosaic-index";
import { COURSE_PATH, lensCourse } from "./lens-course";
import { summarise, type Result, type Skipped } from "./report";
import { sidebarModel } from "../src/core/query/sidebar";

export const COURSE_SHAPE = { modules: 10, outcomesPerModule: 8, lensesPerOutcome: 2, directEvery: 0 };

export async function benchCourse(outDir: string, root: string, runs: number, browser: boolean, results: Result[], skipped: Skipped[]): Promise<void> {
  const files = lensCourse(COURSE_SHAPE);
  const notes = Object.keys(files).length;
  const index = new MosaicIndex();
  index.setNotes(Object.entries(files));
  const modelMs: number[] = [];
  let model = sidebarModel(index, COURSE_PATH);
  for (let r = 0; r < Math.max(runs, 5); r++) {
    // A one-note edit elsewhere invalidates nothing the course needs, so time the query on a fresh revision each run.
    index.setNote("notes/touch.md", `touch ${r}`);
    const t = performance.now();
    model = sidebarModel(index, COURSE_PATH);
    modelMs.push(performance.now() - t);
  }
  results.push(summarise("course sidebar model", notes, modelMs, "ms", "10 modules × 8 outcomes"));
  if (!model || !browser) {
    skipped.push({ measure: "course sidebar render", size: notes, reason: model ? "--no-browser" : "no course model" });
    return;
  }
  const { runSidebarBench } = await import("./sidebar-bench");
  const timings = await runSidebarBench(path.join(outDir, "sidebar-page.js"), path.join(root, "styles.css"), model, Math.max(runs, 5));
  if (typeof timings === "string") {
    skipped.push({ measure: "course sidebar render", size: notes, reason: timings });
    return;
  }
  results.push(summarise("course sidebar first render", notes, timings.firstMs, "ms", "modules collapsed"));
  results.push(summarise("course sidebar expand all", notes, timings.expandAllMs, "ms", `${timings.rows} rows`));
}
