// The graph of a real-shaped 1,300-note course vault in Chromium: fitted globally, a module found by search, and the
// local view around it; screenshots of each to look at.
import type { Browser, Page } from "playwright-core";
import { courseGraph, graphPageHtml } from "../../bench/graph-frame";
import { neighbourhood, type GraphData } from "../../src/core/graph/graph-data";
import { describeInChromium, launchChromium, REPO_ROOT, screenshotPath } from "../helpers/chromium";

type Win = Window & {
  MosaicGraph: { GraphRenderer: new (el: HTMLElement, handlers: unknown) => unknown };
  r: {
    setData(d: unknown): void;
    setLocal(id: string | null, depth: number): void;
    stats(): { nodes: number; settled: boolean };
    state(): { highlighted: string | null; local: boolean };
    shownIds(): string[];
    screenPosition(id: string): { x: number; y: number } | null;
  };
};

describeInChromium("the 1,300-note course vault's graph", () => {
  let browser: Browser;
  let page: Page;
  const data: GraphData = courseGraph(1300);
  const settled = (): Promise<unknown> =>
    page.waitForFunction(() => (window as unknown as Win).r.stats().settled, undefined, { timeout: 60000 });

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.setContent(await graphPageHtml(REPO_ROOT));
    await page.evaluate((d) => {
      const w = window as unknown as Win;
      w.r = new w.MosaicGraph.GraphRenderer(document.getElementById("host") as HTMLElement, { open: () => undefined }) as Win["r"];
      w.r.setData(d);
    }, data);
    await settled();
  }, 90000);

  afterAll(async () => {
    await browser?.close();
  });

  it("fits every note on screen at first", async () => {
    const ids = await page.evaluate(() => (window as unknown as Win).r.shownIds());
    expect(ids).toHaveLength(data.nodes.length);
    const positions = await page.evaluate((all) => all.map((id) => (window as unknown as Win).r.screenPosition(id)), ids);
    expect(positions.filter((p) => p && p.x >= 0 && p.y >= 0 && p.x <= 1200 && p.y <= 800)).toHaveLength(ids.length);
    await page.screenshot({ path: screenshotPath("graph-course-global") });
  });

  it("search finds a module by part of its title and centres it; local mode shows its neighbourhood", async () => {
    const module = data.nodes.find((n) => n.kind === "module");
    if (!module) throw new Error("the course vault has no module");
    await page.locator(".mosaic-graph-canvas").focus();
    await page.keyboard.press("/");
    await page.keyboard.type(module.label);
    await page.waitForSelector(".mosaic-graph-search-result");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => (window as unknown as Win).r.state().highlighted)).toBe(module.id);
    const p = await page.evaluate((id) => (window as unknown as Win).r.screenPosition(id), module.id);
    expect(Math.abs((p?.x ?? 0) - 600)).toBeLessThan(2);
    await page.screenshot({ path: screenshotPath("graph-course-searched") });

    await page.evaluate((id) => (window as unknown as Win).r.setLocal(id, 2), module.id);
    await settled();
    const shown = await page.evaluate(() => (window as unknown as Win).r.shownIds());
    expect(shown.sort()).toEqual(neighbourhood(data, module.id, 2).nodes.map((n) => n.id).sort());
    expect(shown.length).toBeLessThan(data.nodes.length);
    await page.screenshot({ path: screenshotPath("graph-course-local") });
  });
});
