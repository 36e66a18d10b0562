// Walking a course in the sidebar, in Chromium: the course, module, outcome, lens and article views on a real-shaped
// course (and the validator's golden course when ../shared is there), links, mouse and keyboard.
/* global it, expect, beforeAll, afterAll -- jest globals; the eslint config does not declare them for tests/ */
import type { Browser, Page } from "playwright-core";
import { articlePath, COURSE_PATH, lensCourse, lensPath, modulePath, outcomePath } from "../../bench/lens-course";
import { readVault } from "../../src/cli/read-vault";
import { MosaicIndex } from "../../src/core/index/mosaic-index";
import type { SidebarModel } from "../../src/core/model";
import { indexOf } from "../core/index/helpers";
import { describeInChromium, screenshotPath } from "../helpers/chromium";
import { describeWithShared, sharedPath } from "../helpers/shared";
import { handlerCalls, openSidebarPage, showModel } from "./sidebar-page/page";
import { sidebarModel } from "../../src/core/query/sidebar";

const files = lensCourse({ modules: 4, outcomesPerModule: 3, lensesPerOutcome: 2, directEvery: 2 });
const index = indexOf(files);

function model(idx: MosaicIndex, path: string): SidebarModel {
  const m = sidebarModel(idx, path);
  if (!m) throw new Error(`no model for ${path}`);
  return m;
}

describeInChromium("Walking a course in the sidebar", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await openSidebarPage());
  });
  afterAll(async () => {
    await browser?.close();
  });

  const count = (selector: string): Promise<number> => page.locator(selector).count();
  const texts = (selector: string): Promise<string[]> => page.locator(selector).allTextContents();
  const shoot = async (m: SidebarModel, name: string): Promise<void> => {
    for (const theme of ["light", "dark"] as const) {
      await showModel(page, m, theme);
      await page.locator("#pane").screenshot({ path: screenshotPath(`sidebar-course-${name}-${theme}.png`) });
    }
    await showModel(page, m);
  };

  it("a course shows its meetings and modules in order, each module expanding to outcomes, lenses and sources", async () => {
    await shoot(model(index, COURSE_PATH), "course");
    expect(await texts(".mosaic-meeting .mosaic-meeting-name")).toEqual(["Week 1", "Week 2"]);
    expect(await texts(".mosaic-module > .tree-item-self .mosaic-note-link")).toEqual(["Module 1", "Module 2", "Module 3", "Module 4"]);
    // Lazy: collapsed modules render nothing below them.
    expect(await count(".mosaic-outcome")).toBe(0);
    await page.locator(".mosaic-module > .tree-item-self .collapse-icon").first().click();
    expect(await texts(".mosaic-outcome > .tree-item-self .mosaic-note-link")).toEqual(["Outcome 1.1", "Outcome 1.2", "Outcome 1.3"]);
    expect(await count(".mosaic-outcome .mosaic-lens")).toBe(6);
    expect(await count(".mosaic-outcome .mosaic-source")).toBe(12);
    // Module 2 has lenses directly, and one written inside it.
    await page.locator(".mosaic-module > .tree-item-self .collapse-icon").nth(1).click();
    const second = page.locator(".mosaic-module").nth(1);
    expect(await second.locator(".mosaic-lens > .tree-item-self .mosaic-note-link").allTextContents()).toEqual([
      "Lens 2.1.1",
      "Lens 2.2.1",
      "Lens 2.3.1",
      "Closing words",
    ]);
    await page.locator("#pane").screenshot({ path: screenshotPath("sidebar-course-course-expanded.png") });
  });

  it("every note name is a link: click opens, Mod-click opens a new tab, hover asks for the page preview", async () => {
    await showModel(page, model(index, COURSE_PATH));
    const link = page.locator(".mosaic-module > .tree-item-self .mosaic-note-link").nth(2);
    const colours = await page.evaluate(() => {
      const a = document.querySelector(".mosaic-module .mosaic-note-link");
      const title = document.querySelector(".mosaic-section-title");
      return a && title ? [getComputedStyle(a).color, getComputedStyle(title).color] : [];
    });
    expect(colours[0]).not.toBe(colours[1]);
    await link.hover();
    expect(await page.evaluate(() => getComputedStyle(document.querySelectorAll(".mosaic-module .mosaic-note-link")[2]!).textDecorationLine)).toBe("underline");
    await link.click();
    await link.click({ modifiers: ["ControlOrMeta"] });
    await page.locator(".mosaic-meeting").first().click();
    const calls = await handlerCalls(page, true);
    expect(calls.filter((c) => c.name !== "hover")).toEqual([
      { name: "open", args: [modulePath(3), null, false] },
      { name: "open", args: [modulePath(3), null, true] },
      { name: "open", args: [COURSE_PATH, 7, false] },
    ]);
    expect(calls.find((c) => c.name === "hover")?.args).toEqual([modulePath(3)]);
  });

  it("a module shows the courses using it and its outcomes by title, the sentence one click (or key) away", async () => {
    await shoot(model(index, modulePath(1)), "module");
    expect(await texts(".mosaic-section-title")).toEqual(["In courses", "Learning outcomes", "Questions"]);
    expect(await texts(".mosaic-course .mosaic-note-link")).toEqual(["A course of many modules"]);
    expect(await texts(".mosaic-outcome > .tree-item-self .mosaic-note-link")).toEqual(["Outcome 1.1", "Outcome 1.2", "Outcome 1.3"]);
    const sentence = page.locator(".mosaic-outcome-sentence").first();
    expect(await sentence.isVisible()).toBe(false);
    const rowHeight = await page.locator(".mosaic-outcome > .tree-item-self").first().evaluate((e) => e.getBoundingClientRect().height);
    expect(rowHeight).toBeLessThan(40);
    await page.locator(".mosaic-sentence-toggle").first().click();
    expect(await sentence.isVisible()).toBe(true);
    expect(await sentence.textContent()).toMatch(/^Explain, in your own words/);
    await page.locator("#pane").screenshot({ path: screenshotPath("sidebar-course-module-sentence.png") });
    // Keyboard: the toggle is a button in the tab order; Enter closes it again. Nothing was opened.
    await page.locator(".mosaic-sentence-toggle").first().focus();
    await page.keyboard.press("Enter");
    expect(await sentence.isVisible()).toBe(false);
    expect((await handlerCalls(page)).filter((c) => c.name === "open")).toEqual([]);
  });

  it("an outcome shows the modules using it, its lenses and its test", async () => {
    await shoot(model(index, outcomePath(1, 2)), "outcome");
    expect(await texts(".mosaic-section-title")).toEqual(["Used by modules", "Lenses", "Tests"]);
    expect(await texts(".mosaic-module .mosaic-note-link")).toEqual(["Module 1"]);
    expect(await texts(".mosaic-lens > .tree-item-self .mosaic-note-link")).toEqual(["Lens 1.2.1", "Lens 1.2.2"]);
  });

  it("a lens shows its segments, its article and video, and the outcome, module and course above it", async () => {
    await shoot(model(index, lensPath(1, 2, 1)), "lens");
    expect(await texts(".mosaic-section-title")).toEqual([
      "Segments",
      "Articles and videos",
      "Used by learning outcomes",
      "In modules",
      "In courses",
    ]);
    expect(await texts(".mosaic-segment .mosaic-pill-segment")).toEqual(["Text", "Article", "Video", "Chat"]);
    expect(await page.locator(".mosaic-segment .mosaic-context").first().textContent()).toBe("from “The first claim” to “the last claim.”");
    for (const [cls, title] of [
      ["mosaic-outcome", "Outcome 1.2"],
      ["mosaic-module", "Module 1"],
      ["mosaic-course", "A course of many modules"],
    ]) {
      expect(await texts(`.${cls} .mosaic-note-link`)).toEqual([title]);
    }
    await page.locator(".mosaic-segment .mosaic-source .mosaic-note-link").first().click();
    await page.locator(".mosaic-segment > .tree-item-self").nth(1).click({ position: { x: 30, y: 8 } });
    expect((await handlerCalls(page)).map((c) => c.args)).toEqual([
      [articlePath(1, 2, 1), null, false],
      [lensPath(1, 2, 1), 9, false],
    ]);
  });

  it("an article shows the lenses that excerpt it", async () => {
    await shoot(model(index, articlePath(1, 1, 2)), "article");
    expect(await texts(".mosaic-excerpt .mosaic-note-link")).toEqual(["Lens 1.1.2"]);
    expect(await page.locator(".mosaic-excerpt .mosaic-context").textContent()).toBe("from “The first claim” to “the last claim.”");
    expect(await count(".mosaic-empty")).toBe(0);
  });

  it("a note that is not ready says so beside its kind, and the filter box names what it filters", async () => {
    const draft = { ...files };
    draft[modulePath(1)] = draft[modulePath(1)]!.replace(/^---\n/, "---\ntags: [wip]\n");
    draft[lensPath(1, 1, 1)] = draft[lensPath(1, 1, 1)]!.replace(/^---\n/, "---\ntags: [validator-ignore]\n");
    const drafts = indexOf(draft);
    await shoot(model(drafts, modulePath(1)), "module-wip");
    expect(await page.locator(".mosaic-tier-pill").textContent()).toBe("Work in progress");
    expect(await page.locator(".mosaic-tier-pill").getAttribute("title")).toContain("wip");
    expect(await page.locator(".mosaic-filter input").getAttribute("placeholder")).toBe("Filter outcomes and lenses…");
    await showModel(page, model(drafts, lensPath(1, 1, 1)));
    expect(await page.locator(".mosaic-tier-pill").textContent()).toBe("Not checked");
    expect(await page.locator(".mosaic-filter input").getAttribute("placeholder")).toBe("Filter segments and sources…");
    await showModel(page, model(drafts, COURSE_PATH));
    expect(await page.locator(".mosaic-tier-pill").isVisible()).toBe(false);
    expect(await page.locator(".mosaic-filter input").getAttribute("placeholder")).toBe("Filter modules, outcomes and lenses…");
  });

  describeWithShared("the validator's golden course", ["fixtures/lens-content-processor/golden/actual-content/input"], () => {
    const golden = new MosaicIndex();
    beforeAll(() => readVault(sharedPath("fixtures/lens-content-processor/golden/actual-content/input"), golden));

    it("renders its course, module, outcome, lens and article views", async () => {
      for (const [name, path, rows] of [
        ["course", "courses/default.md", ".mosaic-module"],
        ["module", "modules/introduction.md", ".mosaic-outcome"],
        ["outcome", "Learning Outcomes/Fizzle or Foom.md", ".mosaic-lens"],
        ["lens", "Lenses/Cascades and Cycles.md", ".mosaic-segment"],
        ["article", "articles/cascades-cycles-insight.md", ".mosaic-excerpt"],
      ] as const) {
        await shoot(model(golden, path), `golden-${name}`);
        expect({ name, rows: (await count(rows)) > 0 }).toEqual({ name, rows: true });
      }
      await showModel(page, model(golden, "courses/default.md"));
      expect(await texts(".mosaic-meeting .mosaic-meeting-name")).toEqual(["Introduction", "Feedback Loops", "Advanced Topics", "Wrap-up"]);
    });
  });
});
