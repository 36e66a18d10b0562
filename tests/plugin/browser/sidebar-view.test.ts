// The sidebar view inside the plugin, in Chromium: follows the active note, opens/hovers/menus through Obsidian's
// workspace, re-renders on index changes, keeps collapse state per note. The plugin runs on the in-memory fake.
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { bundleForBrowser, pageWithCss } from "../../helpers/browser-bundle";
import { describeInChromium, launchChromium, screenshotPath } from "../../helpers/chromium";
import { exampleFiles } from "../../helpers/example-vault";
import type { PageApi } from "./entry";

const PROBLEM = "Problems/Open problems in understanding agents.md";
const SOURCE = "Sources/Natural Abstraction Hypothesis.md";

/**
 * Obsidian desktop (Electron) has Node's `Buffer` as a global; gray-matter's matter() calls `Buffer.from`.
 * The page is run both with this stand-in (like desktop) and without it (like Obsidian mobile): the core must not need it.
 */
const DESKTOP_BUFFER = "window.Buffer = { from: (s) => s, isBuffer: () => false };";

/** The page's script, bundled once for both pages. */
let bundled: Promise<string> | undefined;

async function pageHtml(desktop = true): Promise<string> {
  bundled ??= bundleForBrowser(path.join(__dirname, "entry.ts"), { obsidianFake: true, define: { VAULT_FILES: JSON.stringify(exampleFiles()) } });
  return pageWithCss({
    js: await bundled,
    cssFiles: ["src/ui/export-styles/base-theme.css", "src/ui/styles/sidebar.css", "src/ui/styles/sidebar-1-rows.css", "src/ui/styles/sidebar-2-links.css"],
    pageCss: "#pane { width: 340px; height: 880px; background: var(--background-secondary); overflow: auto; } .view-header { display: none; }",
    body: '<div id="pane"></div>',
    before: desktop ? DESKTOP_BUFFER : undefined,
  });
}

type Api = PageApi;

describeInChromium("the plugin's sidebar view in Chromium", () => {
  let browser: Browser;
  let page: Page;
  const title = (): Promise<string | null> => page.locator(".mosaic-title").textContent();

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.setContent(await pageHtml());
    expect(errors).toEqual([]);
    await page.evaluate(() => (window as unknown as Api).start());
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("opens once in the right sidebar and follows the active note", async () => {
    expect(await page.evaluate(() => (window as unknown as Api).sidebarCount())).toBe(1);
    await page.evaluate(() => (window as unknown as Api).openSidebar());
    expect(await page.evaluate(() => (window as unknown as Api).sidebarCount())).toBe(1);
    await page.evaluate(async (p) => (window as unknown as Api).openNote(p), PROBLEM);
    await expect(title()).resolves.toBe("Open problems in understanding agents");
    await page.locator("#pane").screenshot({ path: screenshotPath("plugin-sidebar-problem.png") });
    expect(await page.locator(".mosaic-question").count()).toBeGreaterThan(10);
    await page.evaluate(async (p) => (window as unknown as Api).openNote(p), SOURCE);
    await expect(title()).resolves.toMatch(/Natural Abstraction Hypothesis/);
  });

  it("opens a clicked note in the main area at the row's line", async () => {
    await page.evaluate(async (p) => (window as unknown as Api).openNote(p), SOURCE);
    const link = page.locator(`#pane [data-path="${PROBLEM}"][data-line]`).first();
    const line = Number(await link.getAttribute("data-line"));
    await link.click();
    await page.waitForFunction((p) => (window as unknown as Api).activePath() === p, PROBLEM);
    expect(await page.evaluate(() => (window as unknown as Api).activeLine())).toBe(line - 1);
  });

  it("fires Obsidian's hover-link and file-menu for note rows", async () => {
    await page.evaluate(async (p) => (window as unknown as Api).openNote(p), PROBLEM);
    await page.evaluate(() => {
      (window as unknown as Api).__events = [];
    });
    const row = page.locator(`#pane [data-path="${SOURCE}"]`).first();
    await page.mouse.move(0, 0);
    await row.hover();
    await row.click({ button: "right" });
    const events = await page.evaluate(() => (window as unknown as Api).__events);
    expect(events).toEqual(
      expect.arrayContaining([
        { name: "hover-link", path: SOURCE, source: "mosaic-sidebar" },
        { name: "file-menu", path: SOURCE, source: "mosaic-sidebar" },
      ]),
    );
    expect(await page.evaluate(() => (window as unknown as Api).menusShown())).toBeGreaterThan(0);
  });

  it("re-renders when a note starts addressing a question", async () => {
    await page.evaluate(async (p) => (window as unknown as Api).openNote(p), PROBLEM);
    const before = await page.locator(`#pane .mosaic-addresser [data-path="Sources/Cyborgism.md"]`).count();
    expect(before).toBe(0);
    await page.evaluate(async () => (window as unknown as Api).appendLine("Sources/Cyborgism.md", "addresses:: [[Open problems in understanding agents#^abstraction]]"));
    await page.waitForSelector(`#pane .mosaic-addresser [data-path="Sources/Cyborgism.md"]`, { timeout: 2000 });
  });

  it("keeps a note's collapsed rows when the user comes back to it", async () => {
    await page.evaluate(async (p) => (window as unknown as Api).openNote(p), PROBLEM);
    const rows = (): Promise<number> => page.locator(".mosaic-question").count();
    const open = await rows();
    await page.locator('#pane [data-mosaic-action="toggle"]').first().click();
    const collapsed = await rows();
    expect(collapsed).toBeLessThan(open);
    await page.evaluate(async (p) => (window as unknown as Api).openNote(p), SOURCE);
    await page.evaluate(async (p) => (window as unknown as Api).openNote(p), PROBLEM);
    expect(await rows()).toBe(collapsed);
  });

  it("re-renders when the sidebar options change", async () => {
    await page.evaluate(async (p) => (window as unknown as Api).openNote(p), PROBLEM);
    await page.locator('#pane [data-mosaic-action="expand-all"]').click();
    const addressers = (): Promise<number> => page.locator(`#pane .mosaic-addresser [data-path="${SOURCE}"]`).count();
    expect(await addressers()).toBeGreaterThan(0);
    await page.evaluate(() => (window as unknown as Api).setShowAddressers(false));
    expect(await addressers()).toBe(0);
    await page.evaluate(() => (window as unknown as Api).setShowAddressers(true));
    expect(await addressers()).toBeGreaterThan(0);
  });

  it("re-renders after a settings change re-indexes the vault", async () => {
    await page.evaluate(async (p) => (window as unknown as Api).openNote(p), PROBLEM);
    const badge = (): Promise<string | null> => page.locator(".mosaic-kind-badge").textContent();
    expect(await badge()).toBe("Problem");
    await page.evaluate(() => (window as unknown as Api).setProblemTags(["open-problem"]));
    expect(await badge()).toBe("Note");
    await page.evaluate(() => (window as unknown as Api).setProblemTags(["problem", "open-problem", "question"]));
    expect(await badge()).toBe("Problem");
  });

  it("parses every example note's frontmatter", async () => {
    expect(await page.evaluate(() => (window as unknown as Api).diagnosticCodes())).not.toContain("malformed-yaml");
  });

  // Obsidian mobile has no Buffer; matter() needs it, so the core calls gray-matter's YAML engine directly.
  it("parses frontmatter without Node's Buffer, as on Obsidian mobile", async () => {
    const mobile = await browser.newPage();
    await mobile.setContent(await pageHtml(false));
    await mobile.evaluate(() => (window as unknown as Api).start());
    const codes = await mobile.evaluate(() => (window as unknown as Api).diagnosticCodes());
    await mobile.close();
    expect(codes).not.toContain("malformed-yaml");
  });

  it("leaves no vault or workspace listener after unload", async () => {
    const left = await page.evaluate(() => (window as unknown as Api).unload());
    // The open view keeps its own workspace listeners until Obsidian closes it (views are not detached on unload).
    expect(left.vault).toBe(0);
  });
});
