// GraphRenderer in Chromium: drawing, settling, hover, click/Mod-click, local mode, kind filter, theme, destroy.
import type { Browser, Page } from "playwright-core";
import { graphPageHtml, syntheticGraph } from "../../bench/graph-frame";
import { neighbourhood, type GraphData } from "../../src/core/graph/graph-data";
import { describeInChromium, launchChromium, REPO_ROOT, screenshotPath } from "../helpers/chromium";

type Win = Window & {
  MosaicGraph: { GraphRenderer: new (el: HTMLElement, handlers: unknown) => unknown };
  r: {
    setData(d: unknown): void;
    setLocal(id: string | null, depth: number): void;
    setFilter(f: unknown): void;
    highlight(id: string | null): void;
    refreshTheme(): void;
    stats(): { nodes: number; links: number; settled: boolean; lastFrameMs: number; medianFrameMs: number };
    state(): { local: boolean; focus: string | null; depth: number; highlighted: string | null; hovered: string | null };
    shownIds(): string[];
    screenPosition(id: string): { x: number; y: number } | null;
    canvasElement: HTMLCanvasElement;
    destroy(): void;
  };
  opened: [string, number | null, boolean][];
};

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
      w.r = new w.MosaicGraph.GraphRenderer(document.getElementById("host") as HTMLElement, {
        open: (path: string, line: number | null, newTab: boolean) => w.opened.push([path, line, newTab]),
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

  it("settles and draws every node and link", async () => {
    const stats = await page.evaluate(() => (window as unknown as Win).r.stats());
    expect(stats).toMatchObject({ nodes: 300, links: data.links.length, settled: true });
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

  it("click opens the node, Mod-click in a new tab", async () => {
    const question = data.nodes.find((n) => n.kind === "question");
    if (!question) throw new Error("no question in the synthetic graph");
    await page.evaluate((nid) => (window as unknown as Win).r.highlight(nid), question.id);
    const box = await page.locator(".mosaic-graph-canvas").boundingBox();
    const p = await page.evaluate((nid) => (window as unknown as Win).r.screenPosition(nid), question.id);
    const x = (box?.x ?? 0) + (p?.x ?? 0);
    const y = (box?.y ?? 0) + (p?.y ?? 0);
    await page.mouse.click(x, y);
    await page.keyboard.down("Control");
    await page.mouse.click(x, y);
    await page.keyboard.up("Control");
    const opened = await page.evaluate(() => (window as unknown as Win).opened);
    expect(opened).toEqual([
      [question.path, question.line, false],
      [question.path, question.line, true],
    ]);
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
