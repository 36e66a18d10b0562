// The Mosaic sidebar in real Chromium: structure, filter, collapse, handlers, lazy rendering, hostile text, screenshots.
/* global describe, it, expect, beforeAll, afterAll -- jest globals; the eslint config does not declare them for tests/ */
import { treeCounts } from "../../src/core/tree/counts";
import type { Browser, Page } from "playwright-core";
import type { SidebarModel, TreeNode } from "../../src/core/model";
import { EMPTY_NO_NOTE, EMPTY_OTHER, EMPTY_PROBLEM } from "../../src/ui/sidebar/views";
import { describeInChromium, launchChromium, screenshotPath } from "../helpers/chromium";
import { describeWithShared, hasShared, SEEDS } from "../helpers/shared";
import {
  bigProblemModel,
  findNode,
  moduleModel,
  outcomeModel,
  PROBLEM_PATH,
  problemModel,
  sourceModel,
  treeFromOutline,
} from "./sidebar-page/fixtures";
import { handlerCalls, showModel, sidebarPageHtml, type StateOverrides, type Theme } from "./sidebar-page/page";

function allNodes(root: TreeNode): TreeNode[] {
  const out: TreeNode[] = [];
  const walk = (n: TreeNode): void => {
    for (const c of n.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

function problemRoot(model: SidebarModel): TreeNode {
  if (model.kind !== "problem") throw new Error("not a problem model");
  return model.problem.root;
}

describeInChromium("Mosaic sidebar in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let html: string;

  beforeAll(async () => {
    html = await sidebarPageHtml();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 420, height: 900 }, deviceScaleFactor: 2 });
    await page.setContent(html);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const show = (model: SidebarModel | null, theme: Theme = "light", state: StateOverrides = {}): Promise<number> =>
    showModel(page, model, theme, state);
  const calls = (withHover = false) => handlerCalls(page, withHover);
  const count = (selector: string): Promise<number> => page.locator(selector).count();

  describe("screenshots", () => {
    const cases: [string, () => SidebarModel][] = [
      ...(hasShared(SEEDS.thread) ? [["problem", problemModel] as [string, () => SidebarModel]] : []),
      ["module", moduleModel],
      ["outcome", outcomeModel],
      ["source", sourceModel],
    ];
    const themes: Theme[] = ["light", "dark"];
    it.each(cases.flatMap(([name, make]) => themes.map((theme) => [name, theme, make] as const)))(
      "%s in %s theme",
      async (name, theme, make) => {
        await show(make(), theme);
        const pane = page.locator("#pane");
        await pane.screenshot({ path: screenshotPath(`sidebar-${name}-${theme}.png`) });
        const overflow = await page.evaluate(() => {
          const p = document.getElementById("pane");
          return p ? p.scrollWidth - p.clientWidth : -1;
        });
        expect(overflow).toBe(0);
      },
    );
  });

  describeWithShared("problem", [SEEDS.thread], () => {
    const model = problemModel();
    const nodes = allNodes(problemRoot(model));

    it("renders every question of a small tree expanded, with addressers and counts", async () => {
      await show(model);
      expect(nodes.length).toBeGreaterThan(60);
      expect(await count(".mosaic-question")).toBe(nodes.length);
      const addressers = nodes.reduce((n, q) => n + q.addressedBy.length, 0);
      expect(await count(".mosaic-question .mosaic-addresser")).toBe(addressers);
      expect(await page.locator(".mosaic-title").textContent()).toBe("Open problems in understanding agents");
      expect(await page.locator(".mosaic-kind-badge").textContent()).toBe("Problem");
      expect(await page.locator("input[type=search]").getAttribute("placeholder")).toBe("Filter questions…");
      const abstraction = findNode(problemRoot(model), "How does abstraction work?");
      const flair = page.locator(`.tree-item-self[data-key="${PROBLEM_PATH}#${abstraction.line}"] > .tree-item-flair-outer`);
      expect(await flair.locator(".mosaic-count").textContent()).toBe(`0 · ${abstraction.addressedCount}`);
      const { leaves, addressedLeaves } = treeCounts(abstraction);
      expect(await flair.locator(".mosaic-branch-coverage").textContent()).toBe(`${addressedLeaves}/${leaves}`);
      // Shown only while the branch is collapsed.
      expect(await flair.locator(".mosaic-branch-coverage").isVisible()).toBe(false);
      expect(abstraction.addressedCount).toBe(3);
    });

    it("marks every unaddressed leaf and every branch with nothing addressed below it as a gap, and nothing else", async () => {
      await show(model);
      const gaps = nodes.filter((n) => (n.children.length === 0 ? n.addressedBy.length === 0 : n.addressedCount === 0)).length;
      expect(gaps).toBeGreaterThan(20);
      expect(await count(".mosaic-gap")).toBe(gaps);
      expect(await count(".mosaic-gap-mark")).toBe(gaps);
      expect(await page.locator(".mosaic-gap-mark").first().getAttribute("title")).toBe("No note addresses this question yet");
    });

    it("shows coverage as a <progress> and status pills", async () => {
      await show(model);
      const value = await page.locator("progress.mosaic-coverage-bar").getAttribute("value");
      if (model.kind !== "problem") throw new Error();
      expect(Number(value)).toBe(Math.round(model.problem.coverage * 100));
      expect(await page.locator(".mosaic-pill-status-partial").textContent()).toBe("partial");
      expect(await count(".mosaic-pill-status-answered")).toBe(1);
      expect(await count(".mosaic-pill-status-open")).toBe(1);
    });

    it("filters rows by text, keeps ancestors of matches and highlights them with <mark>", async () => {
      await show(model);
      await page.fill("input[type=search]", "MESA");
      await page.locator("#pane").screenshot({ path: screenshotPath("sidebar-problem-filtered-light.png") });
      const expected = nodes.filter((n) => {
        const has = (x: TreeNode): boolean => x.text.toLowerCase().includes("mesa") || x.children.some(has);
        return has(n);
      });
      expect(expected.length).toBeGreaterThan(1);
      expect(await count(".mosaic-question")).toBe(expected.length);
      // Notes addressing a matching question stay visible under it.
      expect(await page.locator(".mosaic-addresser").allTextContents()).toEqual([
        expect.stringContaining("Risks from Learned Optimization"),
      ]);
      const marks = await page.locator("mark").allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      for (const m of marks) expect(m.toLowerCase()).toBe("mesa");
      await page.fill("input[type=search]", "zzz-no-such-question");
      expect(await count(".mosaic-question")).toBe(0);
      expect(await page.locator(".mosaic-body > .mosaic-empty").textContent()).toContain("Nothing matches");
      await page.fill("input[type=search]", "");
      expect(await count(".mosaic-question")).toBe(nodes.length);
      expect(await count("mark")).toBe(0);
    });

    it("collapses and expands a node in place, removing its subtree and calling toggled", async () => {
      await show(model);
      const first = problemRoot(model).children[0];
      if (!first) throw new Error("empty fixture");
      const key = `${PROBLEM_PATH}#${first.line}`;
      const item = page.locator(".tree-item", { has: page.locator(`> .tree-item-self[data-key="${key}"]`) });
      const subtree = allNodes(first).length;
      await item.locator("> .tree-item-self > .collapse-icon").click();
      expect(await item.getAttribute("class")).toContain("is-collapsed");
      expect(await item.locator("> .tree-item-children").count()).toBe(0);
      expect(await count(".mosaic-question")).toBe(nodes.length - subtree);
      expect(await page.evaluate(() => (window as unknown as { collapsedKeys(): string[] }).collapsedKeys())).toEqual([key]);
      await item.locator("> .tree-item-self > .collapse-icon").click();
      expect(await item.getAttribute("class")).not.toContain("is-collapsed");
      expect(await count(".mosaic-question")).toBe(nodes.length);
      expect(await calls()).toEqual([
        { name: "toggled", args: [key, false] },
        { name: "toggled", args: [key, true] },
      ]);
    });

    it("starts collapsed where state says so", async () => {
      const first = problemRoot(model).children[0];
      if (!first) throw new Error("empty fixture");
      await show(model, "light", { collapsed: [`${PROBLEM_PATH}#${first.line}`] });
      expect(await count(".mosaic-question")).toBe(nodes.length - allNodes(first).length);
    });

    it("opens with path and line on click, in a new tab on Mod-click and middle-click", async () => {
      await show(model);
      const q = findNode(problemRoot(model), "How is indexical uncertainty handled?");
      const row = page.locator(`.tree-item-self[data-key="${PROBLEM_PATH}#${q.line}"] .mosaic-question-text`);
      await row.click();
      await row.click({ modifiers: ["Control"] });
      await row.click({ modifiers: ["Meta"] });
      await row.click({ button: "middle" });
      const addresser = page.locator(".mosaic-addresser > .tree-item-self", { hasText: "Embedded agency" });
      await addresser.click();
      await addresser.click({ button: "right" });
      const opened = await calls();
      expect(opened).toEqual([
        { name: "open", args: [PROBLEM_PATH, q.line, false] },
        { name: "open", args: [PROBLEM_PATH, q.line, true] },
        { name: "open", args: [PROBLEM_PATH, q.line, true] },
        { name: "open", args: [PROBLEM_PATH, q.line, true] },
        { name: "open", args: ["Sources/Embedded agency.md", 7, false] },
        { name: "contextMenu", args: ["Sources/Embedded agency.md"] },
      ]);
      expect(await calls(true)).toContainEqual({ name: "hover", args: ["Sources/Embedded agency.md"] });
    });

    it("hides addressing notes when showAddressers is off, and diagnostics when showDiagnostics is off", async () => {
      await show(model, "light", { showAddressers: false, showDiagnostics: false });
      expect(await count(".mosaic-addresser")).toBe(0);
      expect(await count(".mosaic-diagnostics")).toBe(0);
      expect(await count(".mosaic-question")).toBe(nodes.length);
      await show(model);
      expect(await page.locator(".mosaic-diagnostics .mosaic-section-title").textContent()).toBe("Diagnostics (1)");
    });

    it("does not rebuild the DOM when rendered again with the same model and state", async () => {
      await show(model);
      await page.evaluate(() => {
        (document.querySelector(".mosaic-question") as HTMLElement & { marker?: boolean }).marker = true;
        (window as unknown as { rerender(): number }).rerender();
      });
      const kept = await page.evaluate(() => (document.querySelector(".mosaic-question") as HTMLElement & { marker?: boolean }).marker === true);
      expect(kept).toBe(true);
    });

    it("collapses and expands everything with the header buttons", async () => {
      await show(model);
      await page.click('[aria-label="Collapse all"]');
      expect(await count(".mosaic-question")).toBe(problemRoot(model).children.length);
      await page.click('[aria-label="Expand all"]');
      expect(await count(".mosaic-question")).toBe(nodes.length);
    });
  });

  describe("lazy rendering", () => {
    it("renders a 5,000-question tree with only the top levels in the DOM", async () => {
      const big = bigProblemModel(10, 20, 25);
      expect(allNodes(problemRoot(big)).length).toBe(5210);
      await show(big);
      expect(await count(".tree-item")).toBeLessThanOrEqual(1000);
      expect(await count(".mosaic-question")).toBe(210);
      // Expanding one collapsed node renders just its children.
      const key = `Problems/Big.md#${findNode(problemRoot(big), "Question 3.4").line}`;
      await page.click(`.tree-item-self[data-key="${key}"] > .collapse-icon`);
      expect(await count(".mosaic-question")).toBe(235);
      expect(await calls()).toEqual([{ name: "toggled", args: [key, true] }]);
    });

    it("pages a list of more than 200 children behind a “Show N more” row", async () => {
      await show(bigProblemModel(1, 450, 10));
      expect(await count(".mosaic-question")).toBe(201);
      expect(await page.locator(".mosaic-more").textContent()).toBe("Show 250 more");
      await page.click(".mosaic-more .tree-item-self");
      expect(await count(".mosaic-question")).toBe(401);
      expect(await page.locator(".mosaic-more").textContent()).toBe("Show 50 more");
    });

    it("filters a 5,000-question tree, opening the matches' ancestors", async () => {
      await show(bigProblemModel(10, 20, 25));
      await page.evaluate(() => (window as unknown as { setFilter(t: string): void }).setFilter("Leaf 7.3.1"));
      // Leaf 7.3.1 and Leaf 7.3.10..19, under Top question 7 › Question 7.3.
      expect(await count(".mosaic-question")).toBe(2 + 11);
    });
  });

  describe("hostile note text", () => {
    it("renders markup and javascript: titles as literal text", async () => {
      const root = treeFromOutline("Problems/Evil.md", "javascript:alert(1)", [
        '- <img src=x onerror="window.__pwned=1">',
        "  - <script>window.__pwned=1</script>",
      ]);
      const q = root.children[0];
      q?.addressedBy.push({ path: "javascript:alert(1)", relation: "<b>addresses</b>", line: 1, title: "javascript:alert(1)", context: '<img src=x onerror="window.__pwned=1">' });
      const model: SidebarModel = {
        kind: "problem",
        note: { path: "Problems/Evil.md", title: "javascript:alert(1)", kind: "problem" },
        problem: { path: "Problems/Evil.md", title: "javascript:alert(1)", coverage: 0, root },
        diagnostics: [{ file: "Problems/Evil.md", line: 2, severity: "error", code: "broken-link", message: "<script>window.__pwned=1</script>" }],
      };
      await show(model);
      await page.fill("input[type=search]", "<script>");
      await page.fill("input[type=search]", "");
      await page.waitForTimeout(50);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await count("#pane img, #pane script, #pane b, #pane a")).toBe(0);
      const texts = await page.locator(".mosaic-question-text").allTextContents();
      expect(texts).toEqual(['<img src=x onerror="window.__pwned=1">', "<script>window.__pwned=1</script>"]);
      expect(await page.locator(".mosaic-title").textContent()).toBe("javascript:alert(1)");
      expect(await page.locator(".mosaic-diagnostic-message").textContent()).toContain("<script>");
    });
  });

  describe("module, outcome, other note", () => {
    it("lists learning outcomes in order with their lenses and sources, optional and broken ones marked", async () => {
      await show(moduleModel());
      expect(await page.locator(".mosaic-outcome .mosaic-ordinal").allTextContents()).toEqual(["1.", "2.", "3."]);
      expect(await count(".mosaic-outcome")).toBe(3);
      expect(await count(".mosaic-outcome .mosaic-lens")).toBe(2);
      expect(await count(".mosaic-outcome .mosaic-source")).toBe(4);
      expect(await count(".mosaic-outcome > .tree-item-self .mosaic-pill-optional")).toBe(1);
      const broken = page.locator(".mosaic-outcome.mosaic-unresolved").first();
      expect(await page.locator(".mosaic-outcome.mosaic-unresolved").nth(1).locator(".mosaic-note-link").textContent()).toBe(
        "(empty source:: link)",
      );
      expect(await count(".mosaic-lens.mosaic-unresolved")).toBe(0);
      expect(await broken.locator(".mosaic-raw-target").textContent()).toBe("[[../Learning Outcomes/Understand coordination failure]]");
      expect(await count(".mosaic-source.mosaic-unresolved")).toBe(1);
      expect(await page.locator(".mosaic-section-title").allTextContents()).toEqual([
        "In courses",
        "Learning outcomes",
        "Lenses",
        "Questions",
        "Diagnostics (3)",
      ]);
      expect(await count(".mosaic-question")).toBe(2);
      expect(await count(".mosaic-diagnostic")).toBe(3);
      await broken.locator("> .tree-item-self").click();
      await page.locator(".mosaic-diagnostic").first().click();
      await page.locator(".mosaic-outcome .mosaic-source", { hasText: "AGI Ruin" }).click();
      expect((await calls()).filter((c) => c.name === "open")).toEqual([
        { name: "open", args: ["modules/fundamental-difficulties.md", 41, false] },
        { name: "open", args: ["modules/fundamental-difficulties.md", 41, false] },
        { name: "open", args: ["articles/agi-ruin-list-of-lethalities.md", null, false] },
      ]);
    });

    it("toggles a section by clicking its heading", async () => {
      await show(moduleModel());
      await page.locator(".mosaic-section > .tree-item-self", { hasText: "Learning outcomes" }).click();
      expect(await count(".mosaic-outcome")).toBe(0);
      expect((await calls())[0]).toEqual({ name: "toggled", args: ["modules/fundamental-difficulties.md#mosaic-outcomes", false] });
    });

    it("shows a learning outcome's text, modules, lenses and tests", async () => {
      await show(outcomeModel());
      expect(await page.locator(".mosaic-outcome-text").textContent()).toContain("aligning AI is hard by default");
      expect(await page.locator(".mosaic-section-title").allTextContents()).toEqual(["Used by modules", "Lenses", "Tests"]);
      expect(await count(".mosaic-module")).toBe(1);
      expect(await count(".mosaic-lens")).toBe(2);
      expect(await count(".mosaic-test")).toBe(1);
    });

    it("groups the questions a note addresses by problem, with ancestor paths and contexts", async () => {
      await show(sourceModel());
      expect(await count(".mosaic-problem-group")).toBe(2);
      expect(await count(".mosaic-addressed")).toBe(3);
      expect(await page.locator(".mosaic-ancestors").first().textContent()).toBe(
        "How does abstraction work? › How can we efficiently compute natural abstractions... ›",
      );
      await page.locator(".mosaic-addressed .mosaic-context").first().click();
      expect((await calls()).filter((c) => c.name === "open")).toEqual([{ name: "open", args: ["Sources/Selection theorems.md", 31, false] }]);
      expect(await count(".mosaic-used-by")).toBe(1);
      // The note's own lines read as text; a bare `addresses:: [[…]]` line adds nothing beside the relation pill.
      expect(await page.locator(".mosaic-addressed .mosaic-context").allTextContents()).toEqual([
        "Toy models of abstraction are discussed in Open problems in understanding agents as well.",
        "informs:: Mesa-optimization detection (selection theorems constrain which agents arise)",
      ]);
    });
  });

  describe("empty states", () => {
    it.each([
      ["no note", null, EMPTY_NO_NOTE],
      [
        "problem without questions",
        {
          kind: "problem",
          note: { path: "P.md", title: "P", kind: "problem" },
          problem: { path: "P.md", title: "P", coverage: 1, root: treeFromOutline("P.md", "P", []) },
          diagnostics: [],
        },
        EMPTY_PROBLEM,
      ],
      ["note addressing nothing", { kind: "other", note: { path: "N.md", title: "N", kind: "other" }, addresses: [], excerpts: [], usedBy: [], diagnostics: [] }, EMPTY_OTHER],
    ] as [string, SidebarModel | null, string][])("%s", async (_name, model, message) => {
      await show(model);
      expect(await page.locator(".mosaic-body > .mosaic-empty").first().textContent()).toBe(message.replace(/`/g, ""));
    });
  });

  it("removes its DOM and listeners on destroy", async () => {
    await show(moduleModel());
    await page.evaluate(() => (window as unknown as { destroy(): void }).destroy());
    expect(await count("#pane *")).toBe(0);
  });
});
