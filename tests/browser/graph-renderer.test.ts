// GraphRenderer in Chromium: settled first frame, hover, click without movement, drag and pin, search, keyboard, local mode, filters.
import type { Browser, Page } from "playwright-core";
import { graphPageHtml } from "../../bench/graph-frame";
import { syntheticGraph } from "../../bench/synthetic-graph";
import { neighbourhood, type GraphData } from "../../src/core/graph/graph-data";
import { describeInChromium, launchChromium, REPO_ROOT, screenshotPath } from "../helpers/chromium";

type Win = Window & {
  MosaicGraph: { GraphRenderer: new (el: HTMLElement, handlers: unknown) => unknown };
  r: {
    setData(d: unknown): void;
    setPositions(p: Map<string, { x: number; y: number }>): void;
    reveal(id: string): void;
    setLocal(id: string | null, depth: number): void;
    setFilter(f: unknown): void;
    highlight(id: string | null): void;
    refreshTheme(): void;
    stats(): { nodes: number; links: number; settled: boolean; lastFrameMs: number; medianFrameMs: number; layoutMs: number; layoutIn: string };
    state(): { local: boolean; focus: string | null; depth: number; highlighted: string | null; hovered: string | null };
    shownIds(): string[];
    screenPosition(id: string): { x: number; y: number } | null;
    canvasElement: HTMLCanvasElement;
    destroy(): void;
  };
  opened: [string, number | null, boolean][];
  saved: number;
};

/** Every shown node's screen position, to check that nothing moved. */
const positionsOf = (page: Page): Promise<Record<string, { x: number; y: number } | null>> =>
  page.evaluate(() => {
    const r = (window as unknown as Win).r;
    return Object.fromEntries(r.shownIds().map((id) => [id, r.screenPosition(id)]));
  });

describeInChromium("GraphRenderer in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let html: string;
  const data: GraphData = syntheticGraph(300, 7);

  beforeAll(async () => {
    html = await graphPageHtml(REPO_ROOT);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.setContent(html);
    await page.evaluate((d) => {
      const w = window as unknown as Win;
      w.opened = [];
      w.saved = 0;
      w.r = new w.MosaicGraph.GraphRenderer(document.getElementById("host") as HTMLElement, {
        open: (path: string, line: number | null, newTab: boolean) => w.opened.push([path, line, newTab]),
        positions: () => void w.saved++,
      }) as Win["r"];
      w.r.setData(d);
    }, data);
    await page.waitForFunction(() => (window as unknown as Win).r.stats().settled, undefined, { timeout: 60000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Canvas pixels that are not transparent, and how many distinct colours they have. */
  const pixels = (): Promise<{ drawn: number; colours: number }> =>
    page.evaluate(() => {
      const c = (window as unknown as Win).r.canvasElement;
      const img = c.getContext("2d")?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      let drawn = 0;
      const colours = new Set<number>();
      for (let i = 0; i < img.length; i += 4) {
        if ((img[i + 3] ?? 0) > 200) {
          drawn++;
          colours.add(((img[i] ?? 0) << 16) | ((img[i + 1] ?? 0) << 8) | (img[i + 2] ?? 0));
        }
      }
      return { drawn, colours: colours.size };
    });

  it("shows its first frame settled, fitted and laid out off the main thread", async () => {
    const stats = await page.evaluate(() => (window as unknown as Win).r.stats());
    expect(stats).toMatchObject({ nodes: 300, links: data.links.length, settled: true, layoutIn: "worker" });
    expect(stats.layoutMs).toBeGreaterThan(0);
    // Fitted: every node is on screen.
    const inside = Object.values(await positionsOf(page)).filter((p) => p && p.x >= 0 && p.y >= 0 && p.x <= 1200 && p.y <= 800);
    expect(inside.length).toBe(300);
    // Room for the labels of the nodes at the edges: a line of text above the top node and below the bottom one.
    const ys = inside.map((p) => p!.y);
    const height = await page.evaluate(() => (window as unknown as Win).r.canvasElement.clientHeight);
    expect(Math.min(...ys)).toBeGreaterThan(32);
    expect(Math.max(...ys)).toBeLessThan(height - 32);
    await page.screenshot({ path: screenshotPath("graph-fitted") });
    expect(await page.evaluate(() => (window as unknown as Win).saved)).toBeGreaterThan(0);
    expect(stats.medianFrameMs).toBeGreaterThan(0);
    const { drawn, colours } = await pixels();
    expect(drawn).toBeGreaterThan(2000);
    expect(colours).toBeGreaterThan(4);
  });

  it("shows a legend entry per kind, with the gap marker", async () => {
    const kinds = await page.$$eval(".mosaic-graph-legend-item[data-kind]", (els) => els.map((e) => (e as HTMLElement).dataset.kind));
    expect(kinds).toEqual(["problem", "question", "module", "learning-outcome", "lens", "source", "other"]);
    expect(await page.locator(".mosaic-graph-legend-item.mod-gap").count()).toBe(1);
  });

  it("hovering a node lights it and its neighbours", async () => {
    const id = data.nodes[0]?.id ?? "";
    const box = await page.locator(".mosaic-graph-canvas").boundingBox();
    const p = await page.evaluate((nid) => (window as unknown as Win).r.screenPosition(nid), id);
    expect(p).not.toBeNull();
    await page.mouse.move((box?.x ?? 0) + (p?.x ?? 0), (box?.y ?? 0) + (p?.y ?? 0));
    await page.waitForFunction((nid) => (window as unknown as Win).r.state().hovered === nid, id);
    await page.mouse.move(5, 795);
    await page.waitForFunction(() => (window as unknown as Win).r.state().hovered === null);
  });

  it("click selects and opens the node, Mod-click in a new tab, and nothing moves", async () => {
    const question = data.nodes.find((n) => n.kind === "question");
    if (!question) throw new Error("no question in the synthetic graph");
    await page.evaluate((nid) => (window as unknown as Win).r.highlight(nid), question.id);
    const box = await page.locator(".mosaic-graph-canvas").boundingBox();
    const p = await page.evaluate((nid) => (window as unknown as Win).r.screenPosition(nid), question.id);
    const x = (box?.x ?? 0) + (p?.x ?? 0);
    const y = (box?.y ?? 0) + (p?.y ?? 0);
    const before = await positionsOf(page);
    await page.mouse.click(x, y);
    await page.keyboard.down("Control");
    await page.mouse.click(x, y);
    await page.keyboard.up("Control");
    // A press that wobbles less than the drag threshold is still a click.
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 2, y + 1);
    await page.mouse.up();
    const opened = await page.evaluate(() => (window as unknown as Win).opened.splice(0));
    expect(opened).toEqual([
      [question.path, question.line, false],
      [question.path, question.line, true],
      [question.path, question.line, false],
    ]);
    expect(await page.evaluate(() => (window as unknown as Win).r.state().highlighted)).toBe(question.id);
    expect(await positionsOf(page)).toEqual(before);
  });

  it("a drag past the threshold moves and pins only that node; double-click unpins it", async () => {
    const node = data.nodes.find((n) => n.kind === "source");
    if (!node) throw new Error("no source in the synthetic graph");
    const box = await page.locator(".mosaic-graph-canvas").boundingBox();
    const p = await page.evaluate((nid) => (window as unknown as Win).r.screenPosition(nid), node.id);
    const x = (box?.x ?? 0) + (p?.x ?? 0);
    const y = (box?.y ?? 0) + (p?.y ?? 0);
    const before = await positionsOf(page);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 30, y + 20, { steps: 4 });
    await page.mouse.up();
    const after = await positionsOf(page);
    // Mouse events land on whole pixels: within a pixel of where it was dragged to.
    expect(Math.abs((after[node.id]?.x ?? 0) - (p?.x ?? 0) - 30)).toBeLessThan(1.01);
    expect(Math.abs((after[node.id]?.y ?? 0) - (p?.y ?? 0) - 20)).toBeLessThan(1.01);
    expect({ ...after, [node.id]: null }).toEqual({ ...before, [node.id]: null });
    expect(await page.evaluate(() => (window as unknown as Win).opened.length)).toBe(0);
    await page.mouse.dblclick(x + 30, y + 20);
    await page.waitForFunction(() => (window as unknown as Win).r.stats().settled);
    await page.evaluate(() => (window as unknown as Win).opened.splice(0));
  });

  it("search finds a note by part of its title, centres and selects it", async () => {
    const target = data.nodes.find((n) => n.kind === "source" && n.label === "Note 250") ?? data.nodes[250];
    if (!target) throw new Error("no node 250");
    await page.keyboard.press("Escape");
    await page.locator(".mosaic-graph-canvas").focus();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.className)).toContain("mosaic-graph-search-input");
    await page.keyboard.type(target.label.slice(2).toUpperCase());
    await page.waitForSelector(".mosaic-graph-search-result");
    await page.keyboard.press("Enter");
    const state = await page.evaluate(() => (window as unknown as Win).r.state());
    expect(state.highlighted).toBe(target.id);
    const p = await page.evaluate((nid) => (window as unknown as Win).r.screenPosition(nid), target.id);
    expect(Math.abs((p?.x ?? 0) - 600)).toBeLessThan(2);
    expect(Math.abs((p?.y ?? 0) - (await page.locator(".mosaic-graph-canvas").boundingBox())!.height / 2)).toBeLessThan(2);
    await page.screenshot({ path: screenshotPath("graph-searched") });
  });

  it("Tab reaches the canvas, arrow keys walk to a neighbour, Enter opens it", async () => {
    await page.locator(".mosaic-graph-search-input").focus();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.classList.contains("mosaic-graph-canvas"))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.classList.contains("mosaic-graph-canvas"))).toBe(true);
    const start = await page.evaluate(() => (window as unknown as Win).r.state().highlighted);
    if (!start) throw new Error("the search left nothing selected");
    const neighbours = new Set(data.links.flatMap((l) => (l.source === start ? [l.target] : l.target === start ? [l.source] : [])));
    let moved: string | null = null;
    for (const key of ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp"]) {
      await page.keyboard.press(key);
      moved = await page.evaluate(() => (window as unknown as Win).r.state().highlighted);
      if (moved !== start) break;
    }
    expect(moved).not.toBe(start);
    expect(neighbours.has(moved ?? "")).toBe(true);
    await page.keyboard.press("Enter");
    const node = data.nodes.find((n) => n.id === moved);
    expect(await page.evaluate(() => (window as unknown as Win).opened.splice(0))).toEqual([[node?.path, node?.line, false]]);
  });

  it("local mode shows the neighbourhood at the chosen depth", async () => {
    const problem = data.nodes.find((n) => n.kind === "problem");
    if (!problem) throw new Error("no problem in the synthetic graph");
    for (const depth of [1, 2]) {
      await page.evaluate(([nid, d]) => (window as unknown as Win).r.setLocal(nid as string, d as number), [problem.id, depth]);
      const shown = await page.evaluate(() => (window as unknown as Win).r.shownIds());
      expect(shown.sort()).toEqual(neighbourhood(data, problem.id, depth).nodes.map((n) => n.id).sort());
    }
    expect(await page.locator(".mosaic-graph-mode.is-active").textContent()).toBe("Local");
    await page.waitForFunction(() => (window as unknown as Win).r.stats().settled, undefined, { timeout: 30000 });
    await page.evaluate((nid) => (window as unknown as Win).r.highlight(nid), problem.id);
    await page.screenshot({ path: screenshotPath("graph-local") });
    // The depth slider drives the same setting.
    await page.locator(".mosaic-graph-depth-input").fill("1");
    expect(await page.evaluate(() => (window as unknown as Win).r.state().depth)).toBe(1);
    await page.locator(".mosaic-graph-mode", { hasText: "Global" }).click();
    expect(await page.evaluate(() => (window as unknown as Win).r.stats().nodes)).toBe(300);
  });

  it("unticking a kind in the legend hides its nodes and their links", async () => {
    await page.locator('.mosaic-graph-legend-item[data-kind="question"] input').uncheck();
    const shown = await page.evaluate(() => (window as unknown as Win).r.shownIds());
    const questions = new Set(data.nodes.filter((n) => n.kind === "question").map((n) => n.id));
    expect(shown.length).toBe(300 - questions.size);
    expect(shown.some((id) => questions.has(id))).toBe(false);
    await page.locator('.mosaic-graph-legend-item[data-kind="question"] input').check();
    expect(await page.evaluate(() => (window as unknown as Win).r.stats().nodes)).toBe(300);
    await page.waitForFunction(() => (window as unknown as Win).r.stats().settled);
  });

  it("re-reads colours on refreshTheme", async () => {
    const colourAt = (): Promise<string> =>
      page.evaluate(() => {
        const r = (window as unknown as Win).r;
        const id = r.shownIds().find((i) => i.startsWith("problem/") || !i.includes("#")) ?? "";
        const p = r.screenPosition(id) ?? { x: 0, y: 0 };
        const dpr = window.devicePixelRatio || 1;
        const d = r.canvasElement.getContext("2d")?.getImageData(Math.round(p.x * dpr), Math.round(p.y * dpr), 1, 1).data;
        return d ? `${d[0]},${d[1]},${d[2]}` : "";
      });
    await page.waitForFunction(() => (window as unknown as Win).r.stats().settled);
    await page.evaluate(() => (window as unknown as Win).r.highlight(null));
    await page.mouse.move(5, 795);
    await page.waitForTimeout(50);
    const before = await colourAt();
    await page.evaluate(() => {
      document.body.classList.replace("theme-light", "theme-dark");
      (window as unknown as Win).r.refreshTheme();
    });
    await page.waitForTimeout(50);
    const after = await colourAt();
    expect(before).not.toBe("");
    expect(after).not.toBe(before);
  });

  it("destroy removes its DOM and stops drawing", async () => {
    const left = await page.evaluate(() => {
      (window as unknown as Win).r.destroy();
      return document.querySelectorAll(".mosaic-graph").length;
    });
    expect(left).toBe(0);
  });
});
