// Graph benchmark in Chromium: synthetic graphs (N nodes, 2N links) and a generated Lens course vault; first settled
// frame, frame times while panning and while zooming, and the page's JS heap.
import { existsSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { buildGraphData, type GraphData, type GraphNode, type GraphNodeKind } from "../src/core/graph/graph-data";
import { MosaicIndex } from "../src/core/index/mosaic-index";
import { generateVaultFiles } from "./generate-vault";
import { bundleForBrowser, pageWithCss } from "../tests/helpers/browser-bundle";
import { launchChromium } from "../tests/helpers/chromium";
import { exportJson } from "../src/core/export/json";

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

/** Mulberry32: a small seeded generator, so every run draws the same graph. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A mosaic-shaped graph: 2% problems heading trees of questions (60% of nodes) and sources, modules and outcomes
 * linking to questions; `n` nodes and `2n` links, the same for the same seed.
 */
export function syntheticGraph(n: number, seed = 42): GraphData {
  const random = rng(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const nodes: GraphNode[] = [];
  const problems = Math.max(1, Math.round(n * 0.02));
  const questions = Math.round(n * 0.6);
  const others: GraphNodeKind[] = ["source", "source", "source", "module", "learning-outcome", "lens", "other"];
  for (let i = 0; i < n; i++) {
    const kind: GraphNodeKind = i < problems ? "problem" : i < problems + questions ? "question" : pick(others);
    const path = kind === "question" ? `Problems/P${i % problems}.md` : `${kind}/Note ${i}.md`;
    nodes.push({
      id: kind === "question" ? `${path}#${i}` : path,
      kind,
      label: kind === "question" ? `Question ${i}: how would we know?` : `Note ${i}`,
      path,
      line: kind === "question" ? i : null,
      gap: false,
      weight: 0,
    });
  }
  const links: GraphData["links"] = [];
  const keys = new Set<string>();
  const add = (a: GraphNode, b: GraphNode, relation: string): void => {
    const key = `${a.id}\n${b.id}`;
    if (a === b || keys.has(key)) return;
    keys.add(key);
    links.push({ source: a.id, target: b.id, relation });
  };
  // Tree links: every question hangs under a problem or an earlier question.
  for (let i = problems; i < problems + questions; i++) {
    const parentIndex = random() < 0.25 || i === problems ? Math.floor(random() * problems) : problems + Math.floor(random() * (i - problems));
    const parent = nodes[parentIndex];
    const child = nodes[i];
    if (parent && child) add(parent, child, "subquestion");
  }
  const questionNodes = nodes.slice(problems, problems + questions);
  const rest = nodes.slice(problems + questions);
  let guard = 0;
  while (links.length < 2 * n && guard++ < 20 * n) {
    const from = rest.length > 0 && random() < 0.8 ? pick(rest) : pick(nodes);
    const to = random() < 0.7 && questionNodes.length > 0 ? pick(questionNodes) : pick(nodes);
    add(from, to, random() < 0.6 ? "addresses" : "link");
  }
  const inbound = new Map<string, number>();
  for (const l of links) if (l.relation !== "subquestion") inbound.set(l.target, (inbound.get(l.target) ?? 0) + 1);
  const hasChild = new Set(links.filter((l) => l.relation === "subquestion").map((l) => l.source));
  for (const node of nodes) {
    node.weight = inbound.get(node.id) ?? 0;
    node.gap = node.kind === "question" && !hasChild.has(node.id) && node.weight === 0;
  }
  return { nodes, links };
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
