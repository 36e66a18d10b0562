// Builds the sidebar test page: the entry bundled by esbuild, the sidebar CSS and the stand-in Obsidian theme inline.
import path from "node:path";
import type { Browser, Page } from "playwright-core";
/* global beforeAll, afterAll -- jest globals; the eslint config does not declare them for tests/ */
import { readVault } from "../../../src/cli/read-vault";
import { MosaicIndex } from "../../../src/core/index/mosaic-index";
import type { SidebarModel } from "../../../src/core/model";
import { sidebarModel } from "../../../src/core/query/sidebar";
import { bundleForBrowser, pageWithCss } from "../../helpers/browser-bundle";
import { launchChromium, REPO_ROOT } from "../../helpers/chromium";
import type { HandlerCall } from "./entry";

export type Theme = "light" | "dark";
export type StateOverrides = { collapsed?: string[]; filter?: string; showAddressers?: boolean; showDiagnostics?: boolean };

export async function sidebarPageHtml(): Promise<string> {
  return pageWithCss({
    js: await bundleForBrowser(path.join(REPO_ROOT, "tests", "browser", "sidebar-page", "entry.ts")),
    cssFiles: ["src/ui/export-styles/base-theme.css", "src/ui/styles/sidebar.css", "src/ui/styles/sidebar-1-rows.css", "src/ui/styles/sidebar-2-links.css"],
    // The pane mimics Obsidian's right sidebar: a narrow view-content on the secondary background.
    pageCss: "#pane { width: 340px; height: 880px; background: var(--background-secondary); overflow: auto; }",
    body: '<div id="pane" class="view-content"></div>',
  });
}

/** Chromium with the sidebar page open in a narrow, high-density viewport, as the sidebar tests use it. */
export async function openSidebarPage(): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 420, height: 900 }, deviceScaleFactor: 2 });
  await page.setContent(await sidebarPageHtml());
  return { browser, page };
}

/** Renders `model` in the page; returns the time the render took inside the page, in ms. */
export function showModel(page: Page, model: SidebarModel | null, theme: Theme = "light", state: StateOverrides = {}): Promise<number> {
  return page.evaluate(
    ([m, t, s]) => (window as unknown as { renderModel: (m: unknown, t: string, s: unknown) => number }).renderModel(m, t, s),
    // A JSON string: Playwright's own serialisation of deep objects takes seconds for 5,000 nodes.
    [JSON.stringify(model), theme, state] as const,
  );
}

/** Handler calls since the last render; hover calls (re-rendering under the mouse fires them) only when asked. */
export async function handlerCalls(page: Page, withHover = false): Promise<HandlerCall[]> {
  const all = await page.evaluate(() => (window as unknown as { __calls: HandlerCall[] }).__calls);
  return withHover ? all : all.filter((c) => c.name !== "hover");
}

/** The example vault read into an index, and the sidebar page open, for one describe block (closed after its tests). */
export interface ExampleSidebar {
  index: MosaicIndex;
  page: Page;
  /** The sidebar model of a note of the example vault (a test fails loudly when there is none). */
  model(notePath: string): SidebarModel;
}

export function exampleSidebar(): ExampleSidebar {
  let browser: Browser | undefined;
  const sidebar: ExampleSidebar = {
    index: new MosaicIndex(),
    page: undefined as unknown as Page,
    model(notePath) {
      const m = sidebarModel(sidebar.index, notePath);
      if (!m) throw new Error(`no sidebar model for ${notePath}`);
      return m;
    },
  };
  beforeAll(async () => {
    await readVault(path.join(REPO_ROOT, "examples", "alignment-mosaic"), sidebar.index);
    ({ browser, page: sidebar.page } = await openSidebarPage());
  });
  afterAll(async () => {
    await browser?.close();
  });
  return sidebar;
}
