// Graph benchmark in Chromium: synthetic graphs (N nodes, 2N links) and a generated Lens course vault; first settled
// frame, frame times while panning and while zooming, and the page's JS heap.
import { existsSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { buildGraphData, type GraphData } from "../src/core/graph/graph-data";
import { MosaicIndex } from "../src/core/index/mosaic-index";
import { generateVaultFiles } from "./generate-vault";
import { bundleForBrowser, pageWithCss } from "../tests/helpers/browser-bundle";
import { launchChromium } from "../tests/helpers/chromium";
import { exportJson } from "../src/core/export/json";
import { syntheticGraph } from "./synthetic-graph";

export interface GraphBenchResult {
  size: number;
  /** What was drawn when it is not a synthetic graph, e.g. "course vault". */
  label?: string;
  nodes: number;
  links: number;
  /** Time from setData until the first settled, fitted frame is drawn, per run. */
  settleMs: number[];
  /** Median time the renderer spends per frame (draw, hit-test) while panning and hovering a settled graph, per run. */
  frameMs: number[];
  /** The same while zooming in and out with the wheel, per run. */
  zoomFrameMs: number[];
  /** Median interval between animation frames while panning, per run (~16.7 ms when nothing is dropped). */
  intervalMs: number[];
  /** The page's JS heap once settled (Chromium's JSHeapUsedSize), per run. */
  heapMb: number[];
}

/** The graph of a generated Lens course vault of `notes` notes (courses, modules, outcomes, lenses, articles). */
export function courseGraph(notes: number, seed = 1): GraphData {
  const index = new MosaicIndex();
  for (const file of generateVaultFiles({ notes, seed, mix: "lens" }).files) index.setNote(file.path, file.text);
  return buildGraphData(exportJson(index));
}

function repoRoot(): string {
  let dir = process.cwd();
  for (;;) {
    if (existsSync(path.join(dir, "esbuild.config.mjs")) && existsSync(path.join(dir, "src", "ui", "graph"))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error("run the graph benchmark from inside the repository");
    dir = up;
  }
}

/** A page holding GraphRenderer (as `window.MosaicGraph`), the graph CSS and stand-in theme variables. */
export async function graphPageHtml(root = repoRoot()): Promise<string> {
  const js = await bundleForBrowser({
    contents: [
      'import { GraphRenderer } from "./src/ui/graph/graph-renderer";',
      'import { buildGraphData, neighbourhood } from "./src/core/graph/graph-data";',
      "window.MosaicGraph = { GraphRenderer, buildGraphData, neighbourhood };",
    ].join("\n"),
    resolveDir: root,
    loader: "ts",
  });
  return pageWithCss({
    js,
    root,
    cssFiles: ["src/ui/export-styles/base-theme.css", "src/ui/export-page/theme.css", "src/ui/styles/graph.css"].filter((f) => existsSync(path.join(root, f))),
    pageCss: "html,body{margin:0;height:100%}#host{width:1200px;height:800px}",
    body: '<div id="host"></div>',
    bodyClass: "theme-light mosaic-export",
  });
}

interface PageRun {
  nodes: number;
  links: number;
  settleMs: number;
  frameMs: number;
  zoomFrameMs: number;
  intervalMs: number;
}

/** In the page: mount, wait for the first settled frame, then pan and hover, then zoom, for `frames` frames each. */
async function runInPage(page: Page, data: GraphData, frames: number): Promise<PageRun> {
  return page.evaluate(
    async ({ data, frames }) => {
      type Renderer = {
        setData(d: unknown): void;
        stats(): { nodes: number; links: number; settled: boolean; lastFrameMs: number };
        panBy(dx: number, dy: number): void;
        shownIds(): string[];
        screenPosition(id: string): { x: number; y: number } | null;
        canvasElement: HTMLCanvasElement;
        destroy(): void;
      };
      const lib = (window as unknown as { MosaicGraph: { GraphRenderer: new (el: HTMLElement, h: unknown) => Renderer } }).MosaicGraph;
      const host = document.getElementById("host") as HTMLElement;
      const renderer = new lib.GraphRenderer(host, { open: () => undefined });
      const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
      const t0 = performance.now();
      renderer.setData(data);
      while (!renderer.stats().settled && performance.now() - t0 < 120000) await nextFrame();
      // The frame after settling is the first one that shows the settled, fitted graph.
      await nextFrame();
      const settleMs = performance.now() - t0;
      const ids = renderer.shownIds();
      const canvas = renderer.canvasElement;
      const rect = canvas.getBoundingClientRect();
      const work: number[] = [];
      const intervals: number[] = [];
      let last = await nextFrame();
      for (let i = 0; i < frames; i++) {
        renderer.panBy(i % 40 < 20 ? 3 : -3, i % 60 < 30 ? 2 : -2);
        const id = ids[(i * 7919) % ids.length];
        const p = id ? renderer.screenPosition(id) : null;
        if (p) {
          canvas.dispatchEvent(new MouseEvent("mousemove", { clientX: rect.left + p.x, clientY: rect.top + p.y, bubbles: true }));
        }
        const now = await nextFrame();
        intervals.push(now - last);
        work.push(renderer.stats().lastFrameMs);
        last = now;
      }
      const zoomWork: number[] = [];
      for (let i = 0; i < frames; i++) {
        const wheel = { deltaY: i % 40 < 20 ? -40 : 40, clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2 };
        canvas.dispatchEvent(new WheelEvent("wheel", { ...wheel, bubbles: true, cancelable: true }));
        await nextFrame();
        zoomWork.push(renderer.stats().lastFrameMs);
      }
      const median = (xs: number[]): number => {
        const s = [...xs].sort((a, b) => a - b);
        return s[Math.floor(s.length / 2)] ?? 0;
      };
      // Left mounted: the heap is read next, then the page closes.
      const stats = renderer.stats();
      return { nodes: stats.nodes, links: stats.links, settleMs, frameMs: median(work), zoomFrameMs: median(zoomWork), intervalMs: median(intervals) };
    },
    { data, frames },
  );
}

/** The page's JS heap in MB, through the DevTools protocol. */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  await cdp.detach();
  return (metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0) / 1e6;
}

/** Synthetic graphs of `sizes` nodes, then (with `course`) a generated 1,300-note Lens course vault. */
export async function runGraphBench(opts: { sizes: number[]; runs: number; course?: boolean }): Promise<GraphBenchResult[]> {
  const html = await graphPageHtml();
  const browser = await launchChromium();
  const results: GraphBenchResult[] = [];
  const cases: { size: number; label?: string; data: () => GraphData }[] = opts.sizes.map((size) => ({ size, data: () => syntheticGraph(size) }));
  if (opts.course) cases.push({ size: 1300, label: "course vault", data: () => courseGraph(1300) });
  try {
    for (const c of cases) {
      const data = c.data();
      const result: GraphBenchResult = { size: c.size, label: c.label, nodes: 0, links: 0, settleMs: [], frameMs: [], zoomFrameMs: [], intervalMs: [], heapMb: [] };
      // 20k nodes take long enough that one run says what there is to say.
      for (let r = 0; r < (c.size > 10000 ? 1 : opts.runs); r++) {
        const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
        await page.setContent(html);
        const run = await runInPage(page, data, 120);
        result.heapMb.push(await heapMb(page));
        await page.close();
        result.nodes = run.nodes;
        result.links = run.links;
        result.settleMs.push(run.settleMs);
        result.frameMs.push(run.frameMs);
        result.zoomFrameMs.push(run.zoomFrameMs);
        result.intervalMs.push(run.intervalMs);
      }
      results.push(result);
    }
  } finally {
    await browser.close();
  }
  return results;
}
