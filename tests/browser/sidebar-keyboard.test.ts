// The sidebar driven by the keyboard alone in Chromium, on the example vault: one tab stop, arrows, Enter, type-ahead.
/* global it, expect -- jest globals; the eslint config does not declare them for tests/ */
import type { SidebarModel, TreeNode } from "../../src/core/model";
import { groupByRelation } from "../../src/core/query/relation-groups";
import { describeInChromium, screenshotPath } from "../helpers/chromium";
import { handlerCalls, exampleSidebar, showModel } from "./sidebar-page/page";

const AGENTS = "Problems/Open problems in understanding agents.md";
const COURSE = "courses/alignment-mosaic.md";

interface Focused {
  role: string | null;
  level: string | null;
  expanded: string | null;
  selected: string | null;
  cls: string;
  text: string;
  tabStops: number;
  ring: string;
}

describeInChromium("Mosaic sidebar by keyboard alone", () => {
  const sidebar = exampleSidebar();
  const model = (notePath: string): SidebarModel => sidebar.model(notePath);

  /** The focused element, as the keyboard user meets it, and how many rows are tab stops. */
  const focused = (): Promise<Focused> =>
    sidebar.page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      const self = a?.querySelector(":scope > .tree-item-self");
      return {
        role: a?.getAttribute("role") ?? null,
        level: a?.getAttribute("aria-level") ?? null,
        expanded: a?.getAttribute("aria-expanded") ?? null,
        selected: a?.getAttribute("aria-selected") ?? null,
        cls: a?.className ?? "",
        text: (self?.querySelector(".tree-item-inner")?.textContent ?? "").trim(),
        tabStops: document.querySelectorAll('.mosaic-tree [tabindex="0"]').length,
        ring: self ? getComputedStyle(self).boxShadow : "none",
      };
    });

  /** Tabs from the filter box until a tree row has focus; returns how many Tabs it took. */
  async function tabIntoTree(): Promise<number> {
    await sidebar.page.focus("input[type=search]");
    for (let n = 1; n <= 6; n++) {
      await sidebar.page.keyboard.press("Tab");
      if ((await focused()).role === "treeitem") return n;
    }
    throw new Error("Tab never reached the tree");
  }

  it("walks a problem from its first question to an addressing note and opens it, light and dark", async () => {
    const m = model(AGENTS);
    if (m.kind !== "problem") throw new Error("not a problem");
    const first: TreeNode | undefined = m.problem.root.children[0];
    if (!first) throw new Error("empty problem");
    expect(first.text).toBe("How does abstraction work?");
    for (const theme of ["light", "dark"] as const) {
      await showModel(sidebar.page, m, theme);
      expect(await sidebar.page.locator(".mosaic-tree").getAttribute("role")).toBe("tree");
      // The header's two buttons, then the tree: one tab stop for the whole tree.
      expect(await tabIntoTree()).toBe(3);
      let f = await focused();
      expect(f).toMatchObject({ role: "treeitem", level: "1", expanded: "true", selected: "true", tabStops: 1 });
      expect(f.text.startsWith(first.text)).toBe(true);
      expect(f.ring).toContain("inset");
      // Left collapses, Space expands again, Right goes to the first child: the first note addressing it.
      await sidebar.page.keyboard.press("ArrowLeft");
      expect((await focused()).expanded).toBe("false");
      expect(await sidebar.page.locator('[aria-expanded="false"] > .tree-item-children').count()).toBe(0);
      await sidebar.page.keyboard.press(" ");
      expect((await focused()).expanded).toBe("true");
      await sidebar.page.keyboard.press("ArrowRight");
      f = await focused();
      const groups = groupByRelation(first.addressedBy);
      const firstNote = groups[0]!.refs[0]!;
      expect(f).toMatchObject({ role: "treeitem", level: "2", selected: "true", tabStops: 1 });
      expect(f.cls).toContain("mosaic-addresser");
      expect(f.text.startsWith(firstNote.title)).toBe(true);
      await sidebar.page.locator("#pane").screenshot({ path: screenshotPath(`sidebar-keyboard-note-${theme}.png`) });
      await sidebar.page.keyboard.press("Enter");
      await sidebar.page.keyboard.press("Control+Enter");
      expect((await handlerCalls(sidebar.page)).filter((c) => c.name === "open")).toEqual([
        { name: "open", args: [firstNote.path, firstNote.line, false] },
        { name: "open", args: [firstNote.path, firstNote.line, true] },
      ]);
      // Left goes back to the question; Enter opens the question at its line in the problem note.
      await sidebar.page.keyboard.press("ArrowLeft");
      expect((await focused()).level).toBe("1");
      await sidebar.page.keyboard.press("Enter");
      expect((await handlerCalls(sidebar.page)).at(-1)).toEqual({ name: "open", args: [AGENTS, first.line, false] });
      // Tab leaves the tree: nothing else in it is a tab stop.
      await sidebar.page.keyboard.press("Tab");
      expect(await sidebar.page.evaluate(() => !!document.activeElement?.closest(".mosaic-tree"))).toBe(false);
    }
  });

  it("groups the notes under a question by relation, with a heading naming each group and its size", async () => {
    const m = model(AGENTS);
    await showModel(sidebar.page, m, "light");
    if (m.kind !== "problem") throw new Error("not a problem");
    const stack = [...m.problem.root.children];
    let checked = 0;
    while (stack.length > 0) {
      const node = stack.pop()!;
      stack.push(...node.children);
      if (node.addressedBy.length === 0) continue;
      const labels = await sidebar.page
        .locator(`.tree-item:has(> .tree-item-self[data-key="${node.path}#${node.line}"]) > .tree-item-children > .mosaic-group-label`)
        .allTextContents();
      expect(labels).toEqual(groupByRelation(node.addressedBy).map((g) => `${g.relation === "link" ? "links" : g.relation}${g.refs.length}`));
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it("Home, End, Down past notes and type-ahead move between visible rows", async () => {
    await showModel(sidebar.page, model(AGENTS), "light");
    await tabIntoTree();
    await sidebar.page.keyboard.press("End");
    const last = await focused();
    expect(last.role).toBe("treeitem");
    await sidebar.page.keyboard.press("Home");
    expect((await focused()).text.startsWith("How does abstraction work?")).toBe(true);
    await sidebar.page.keyboard.press("ArrowDown");
    expect((await focused()).cls).toContain("mosaic-addresser");
    await sidebar.page.keyboard.type("inverse");
    expect((await focused()).text.startsWith("Inverse problem of abstraction")).toBe(true);
    expect((await focused()).tabStops).toBe(1);
  });

  it("walks a course the same way: Right opens a module, Down reaches its outcomes, Enter opens one", async () => {
    const m = model(COURSE);
    expect(m.kind).toBe("course");
    for (const theme of ["light", "dark"] as const) {
      await showModel(sidebar.page, m, theme);
      await tabIntoTree();
      expect((await focused()).text.startsWith("Meetings and modules")).toBe(true);
      await sidebar.page.keyboard.press("ArrowRight");
      let f = await focused();
      expect(f.level).toBe("2");
      while (!f.cls.includes("mosaic-module")) {
        await sidebar.page.keyboard.press("ArrowDown");
        f = await focused();
      }
      expect(f.expanded).toBe("false");
      await sidebar.page.keyboard.press("ArrowRight");
      expect((await focused()).expanded).toBe("true");
      await sidebar.page.keyboard.press("ArrowDown");
      f = await focused();
      expect(f.level).toBe("3");
      await sidebar.page.locator("#pane").screenshot({ path: screenshotPath(`sidebar-keyboard-course-${theme}.png`) });
      await sidebar.page.keyboard.press("Enter");
      const calls = (await handlerCalls(sidebar.page)).filter((c) => c.name === "open");
      expect(calls).toHaveLength(1);
      expect(calls[0]?.name).toBe("open");
      // The outcome row's own button is reachable by Tab from that row only; Enter on it shows the sentence.
      expect(f.cls).toContain("mosaic-outcome");
      expect(await sidebar.page.locator('.mosaic-tree [role="button"][tabindex="0"]').count()).toBe(1);
      await sidebar.page.keyboard.press("Tab");
      expect(await sidebar.page.evaluate(() => document.activeElement?.className)).toContain("mosaic-sentence-toggle");
      await sidebar.page.keyboard.press("Enter");
      expect(await sidebar.page.locator(".mosaic-sentence-toggle[aria-expanded=true]").count()).toBe(1);
      await sidebar.page.keyboard.press("Tab");
      expect(await sidebar.page.evaluate(() => !!document.activeElement?.closest(".mosaic-tree"))).toBe(false);
    }
  });

  it("keeps keyboard focus on the same row when the index re-renders the view", async () => {
    const m = model(AGENTS);
    await showModel(sidebar.page, m, "light");
    await tabIntoTree();
    await sidebar.page.keyboard.press("ArrowDown");
    await sidebar.page.keyboard.press("ArrowDown");
    const before = await focused();
    await sidebar.page.evaluate((json) => (window as unknown as { rerender(m: string): number }).rerender(json), JSON.stringify(m));
    const after = await focused();
    expect(after).toMatchObject({ role: "treeitem", selected: "true", tabStops: 1 });
    expect(after.text).toBe(before.text);
  });

  it("Down in the filter box moves into the tree, on the row that was current", async () => {
    await showModel(sidebar.page, model(AGENTS), "light");
    await tabIntoTree();
    await sidebar.page.keyboard.press("ArrowDown");
    await sidebar.page.keyboard.press("ArrowDown");
    const before = await focused();
    await sidebar.page.focus("input[type=search]");
    await sidebar.page.keyboard.press("ArrowDown");
    const after = await focused();
    expect(after.role).toBe("treeitem");
    expect(after.text).toBe(before.text);
  });
});
