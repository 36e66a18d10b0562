// The ```mosaic code block in Chromium: tree, coverage table and outcomes in light and dark (screenshots), live
// re-render, and a hostile note's text shown as text.
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { bundleForBrowser, pageWithCss } from "../../helpers/browser-bundle";
import { describeInChromium, launchChromium, screenshotPath } from "../../helpers/chromium";
import { exampleFiles } from "../../helpers/example-vault";
import type { BlockPageApi } from "./code-block-entry";

const HOSTILE_TITLE = `<img src=x onerror="window.__pwned=1"> & </script><b>bold</b>`;
const HOSTILE = [
  "---",
  "tags: [problem]",
  `title: '${HOSTILE_TITLE}'`,
  "---",
  `- <img src=x onerror="window.__pwned=2"> question? ^q-hostile`,
  "  - <script>window.__pwned=3</script> sub-question",
  "",
].join("\n");

async function pageHtml(): Promise<string> {
  const js = await bundleForBrowser(path.join(__dirname, "code-block-entry.ts"), {
    obsidianFake: true,
    define: { VAULT_FILES: JSON.stringify({ ...exampleFiles(), "Problems/Hostile.md": HOSTILE, "Notes/Dashboard.md": "# Dashboard\n" }) },
  });
  return pageWithCss({
    js,
    cssFiles: ["src/ui/export-styles/base-theme.css", "src/ui/styles/sidebar.css", "src/ui/styles/sidebar-1-rows.css", "src/ui/styles/sidebar-2-links.css", "src/ui/styles/code-block.css"],
    // A reading-view-like column; the browser's default table and list styles stand in for Obsidian's.
    pageCss: "body { background: var(--background-primary); } #pane { width: 680px; padding: 16px 24px; } #side { width: 340px; background: var(--background-secondary); } .view-header { display: none; }",
    body: '<div id="pane"></div><div id="side"></div>',
    before: "window.Buffer = { from: (s) => s, isBuffer: () => false };",
  });
}

type Api = BlockPageApi & { __pwned?: number };

describeInChromium("the mosaic code block in Chromium", () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 740, height: 900 } });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.setContent(await pageHtml());
    await page.evaluate(() => (window as unknown as Api).start());
    await page.evaluate(() => (window as unknown as Api).renderBlock("tree", "tree: [[Open problems in understanding agents]]\ndepth: 2", "Notes/Dashboard.md"));
    await page.evaluate(() => (window as unknown as Api).renderBlock("coverage", "coverage: all", "Notes/Dashboard.md"));
    await page.evaluate(() => (window as unknown as Api).renderBlock("outcomes", "outcomes: [[fundamental-difficulties]]\ntree: [[Nowhere]]", "Notes/Dashboard.md"));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(["light", "dark"])("renders the tree, the coverage table and outcomes in the %s theme", async (theme) => {
    await page.evaluate((t) => (window as unknown as Api).setTheme(t === "dark"), theme);
    expect(await page.locator("#tree .mosaic-question").count()).toBeGreaterThan(10);
    expect(await page.locator("#coverage .mosaic-coverage-row").count()).toBeGreaterThan(3);
    expect(await page.locator("#outcomes .mosaic-block-message").textContent()).toBe("mosaic: no problem note named “Nowhere”");
    await page.locator("#tree").screenshot({ path: screenshotPath(`code-block-tree-${theme}.png`) });
    await page.locator("#coverage").screenshot({ path: screenshotPath(`code-block-coverage-${theme}.png`) });
    await page.locator("#outcomes").screenshot({ path: screenshotPath(`code-block-outcomes-${theme}.png`) });
    // Text stays readable: the question text is not the background colour.
    const colours = await page.locator("#tree .mosaic-question-text").first().evaluate((el) => {
      const style = getComputedStyle(el);
      const bg = getComputedStyle(el.closest(".mosaic-code-block") as Element).backgroundColor;
      return { fg: style.color, bg };
    });
    expect(colours.fg).not.toBe(colours.bg);
    expect(errors).toEqual([]);
  });

  it("re-renders when a note starts addressing a question", async () => {
    await page.evaluate(() => (window as unknown as Api).setTheme(false));
    const rows = (): Promise<number> => page.locator(`#tree [data-path="Sources/Cyborgism.md"]`).count();
    expect(await rows()).toBe(0);
    await page.evaluate(() => (window as unknown as Api).appendLine("Sources/Cyborgism.md", "addresses:: [[Open problems in understanding agents#^abstraction]]"));
    await page.waitForSelector(`#tree [data-path="Sources/Cyborgism.md"]`, { timeout: 2000 });
    expect(await rows()).toBe(1);
  });

  it("expands a collapsed row on a click", async () => {
    const before = await page.locator("#tree .mosaic-question").count();
    await page.locator("#tree .mosaic-question.is-collapsed > .tree-item-self .collapse-icon").first().click();
    expect(await page.locator("#tree .mosaic-question").count()).toBeGreaterThan(before);
  });

  it("shows a hostile note's title and questions as text", async () => {
    await page.evaluate(() => (window as unknown as Api).renderBlock("hostile", "tree: [[Hostile]]\ncoverage: [[Hostile]]", "Notes/Dashboard.md"));
    await page.locator("#hostile").screenshot({ path: screenshotPath("code-block-hostile.png") });
    expect(await page.locator("#hostile .mosaic-block-title").textContent()).toBe(HOSTILE_TITLE);
    expect(await page.locator("#hostile img, #hostile script, #hostile b").count()).toBe(0);
    expect(await page.locator("#hostile .mosaic-question-text").first().textContent()).toContain("<img src=x");
    expect(await page.evaluate(() => (window as unknown as Api).__pwned ?? 0)).toBe(0);
  });

  it.each(["light", "dark"])("marks reading suggestions under gaps in the sidebar (%s)", async (theme) => {
    await page.evaluate((t) => (window as unknown as Api).setTheme(t === "dark"), theme);
    await page.evaluate((p) => (window as unknown as Api).showSidebar(p), "Problems/Open problems in understanding agents.md");
    // Quiet by default: one collapsed "N suggestions" row per gap, opened by a click.
    const group = page.locator("#side .mosaic-gap .mosaic-suggestions").first();
    await group.waitFor({ timeout: 2000 });
    expect(await page.locator("#side .mosaic-suggestion").count()).toBe(0);
    expect(await group.getAttribute("class")).toContain("is-collapsed");
    const label = (await group.locator(".mosaic-suggestions-label").textContent()) ?? "";
    expect(label).toMatch(/^\d+ suggestions?$/);
    const gap = page.locator("#side .mosaic-gap", { has: page.locator(".mosaic-suggestions") }).first();
    await gap.screenshot({ path: screenshotPath(`code-block-sidebar-suggestions-collapsed-${theme}.png`) });
    await group.locator(":scope > .tree-item-self").click();
    const suggestion = page.locator("#side .mosaic-gap .mosaic-suggestion").first();
    await suggestion.waitFor({ timeout: 2000 });
    expect(await group.locator(".mosaic-suggestion").count()).toBe(Number.parseInt(label, 10));
    expect(await suggestion.locator(".mosaic-pill-suggested").textContent()).toBe("Suggested");
    expect(await suggestion.locator(".mosaic-suggestion-link").textContent()).toBe("Link");
    expect(await page.locator("#side .mosaic-unread-section").count()).toBe(1);
    await gap.screenshot({ path: screenshotPath(`code-block-sidebar-suggestions-${theme}.png`) });
    // Collapsed again for the next theme's run.
    await group.locator(":scope > .tree-item-self").click();
    expect(await page.locator("#side .mosaic-suggestion").count()).toBe(0);
    await page.locator("#side .mosaic-unread-section").screenshot({ path: screenshotPath(`code-block-sidebar-unread-${theme}.png`) });
  });

  it("stops listening when the block unloads", async () => {
    const before = await page.evaluate(() => (window as unknown as Api).listeners());
    await page.evaluate(() => (window as unknown as Api).unloadBlock("tree"));
    expect(await page.evaluate(() => (window as unknown as Api).listeners())).toBe(before - 1);
    expect(await page.locator("#tree .mosaic-code-block").count()).toBe(0);
  });
});
