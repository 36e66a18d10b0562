// The ```mosaic code block on the fake vault: tree rows per depth, live re-render, coverage and outcomes, clear
// messages for bad input, clicks that open notes, and no listener left behind when the block unloads.
import { createContainer, PostProcessorContext__, type FakeElement } from "../fakes/obsidian";
import type { TreeNode } from "../../src/core/model";
import { parseBlock } from "../../src/core/parse/code-block";
import { NO_SOURCE } from "../../src/ui/code-block/render-code-block";
import { exampleFiles, loadPlugin, settle, until, type Loaded } from "./plugin-harness";
import { sidebarModel } from "../../src/core/query/sidebar";

const PROBLEM = "Problems/Open problems in understanding agents.md";
const HOST_NOTE = "Notes/Dashboard.md";

interface Rendered {
  el: FakeElement;
  ctx: PostProcessorContext__;
}

async function renderBlock(loaded: Loaded, source: string, sourcePath = HOST_NOTE): Promise<Rendered> {
  const processor = loaded.fake.codeBlockProcessors__.get("mosaic");
  if (!processor) throw new Error("no mosaic code block processor");
  const el = createContainer() as unknown as FakeElement;
  const ctx = new PostProcessorContext__(sourcePath);
  await processor(source, el as unknown as HTMLElement, ctx);
  return { el, ctx };
}

/** Nodes of the tree below the root down to `depth` levels (all of them when depth is null). */
function nodesTo(root: TreeNode, depth: number | null, level = 1): number {
  if (depth !== null && level > depth) return 0;
  return root.children.reduce((n, c) => n + 1 + nodesTo(c, depth, level + 1), 0);
}

const listeners = (loaded: Loaded): number => (loaded.plugin as unknown as { listeners: Set<unknown> }).listeners.size;
const rows = (el: FakeElement, cls: string): FakeElement[] => el.findAll__(cls);

/** A click on `target`, bubbling up through its ancestors' listeners as in a browser. */
function click(target: FakeElement, mods: { ctrlKey?: boolean } = {}): void {
  const event = { target, button: 0, ctrlKey: mods.ctrlKey ?? false, metaKey: false, relatedTarget: null, preventDefault: () => undefined };
  for (let n: FakeElement | null = target; n; n = n.parentElement) n.dispatch__("click", event);
}

describe("the mosaic code block", () => {
  let loaded: Loaded;
  beforeEach(async () => {
    loaded = await loadPlugin({ ...exampleFiles(), [HOST_NOTE]: "# Dashboard\n" });
  });
  afterEach(() => loaded.fake.unload());

  it.each([1, 2, 3, null])("shows the problem's questions down to depth %p, one row per node shown", async (depth) => {
    const tree = loaded.plugin.index.problemTree(PROBLEM);
    if (!tree) throw new Error("example problem missing");
    const body = `tree: [[Open problems in understanding agents]]${depth === null ? "" : `\ndepth: ${depth}`}`;
    const { el } = await renderBlock(loaded, body);
    const expected = nodesTo(tree.root, depth);
    expect(expected).toBeGreaterThan(0);
    expect(rows(el, "mosaic-question")).toHaveLength(expected);
    expect(el.find__("mosaic-block-title")?.textContent).toBe("Open problems in understanding agents");
    if (depth !== null && depth < 4) expect(rows(el, "is-collapsed").length).toBeGreaterThan(0);
  });

  it("expands a collapsed row on a click of its chevron", async () => {
    const { el } = await renderBlock(loaded, "tree: [[Open problems in understanding agents]]\ndepth: 1");
    const before = rows(el, "mosaic-question").length;
    const chevron = el.all__().find((e) => e.getAttr("data-mosaic-action") === "toggle");
    if (!chevron) throw new Error("no chevron");
    click(chevron);
    expect(rows(el, "mosaic-question").length).toBeGreaterThan(before);
  });

  it("re-renders when a source starts addressing a question", async () => {
    const { el } = await renderBlock(loaded, "tree: [[Open problems in understanding agents]]");
    const before = rows(el, "mosaic-addresser").length;
    const file = loaded.app.vault.getFileByPath("Sources/Cyborgism.md");
    if (!file) throw new Error("example source missing");
    await loaded.app.vault.append(file, "\naddresses:: [[Open problems in understanding agents#^abstraction]]\n");
    // The re-read is debounced; a busy machine may run it after settle()'s fixed wait.
    await until(() => rows(el, "mosaic-addresser").length > before);
    const after = rows(el, "mosaic-addresser");
    expect(after.length).toBe(before + 1);
    expect(after.some((r) => r.textContent.includes("Cyborgism"))).toBe(true);
  });

  it("opens the note a row stands for, at its line", async () => {
    const { el } = await renderBlock(loaded, "tree: [[Open problems in understanding agents]]\ndepth: 1");
    const self = rows(el, "mosaic-question")[0]?.find__("tree-item-self");
    if (!self) throw new Error("no row");
    click(self);
    await settle();
    const leaf = loaded.app.workspace.activeLeaf;
    expect(leaf?.file__?.path).toBe(PROBLEM);
    expect(leaf?.eState__).toEqual({ line: Number(self.getAttr("data-line")) - 1 });
  });

  it("fires Obsidian's page preview for a row, with the block as hover parent", async () => {
    const seen: { linktext: string; source: string; sourcePath: string; hoverParent: unknown }[] = [];
    loaded.app.workspace.on("hover-link", (info: (typeof seen)[number]) => seen.push(info));
    const { el, ctx } = await renderBlock(loaded, "coverage: all");
    const link = el.find__("mosaic-coverage-row")?.find__("mosaic-block-link");
    if (!link) throw new Error("no link");
    for (let n: FakeElement | null = link; n; n = n.parentElement) n.dispatch__("mouseover", { target: link, relatedTarget: null });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ linktext: loaded.plugin.index.problems()[0]?.path, source: "preview", sourcePath: HOST_NOTE });
    expect(seen[0]?.hoverParent).toBe(ctx.children__[0]);
  });

  it("tables the coverage of every problem, or of one", async () => {
    const problems = loaded.plugin.index.problems();
    const { el } = await renderBlock(loaded, "coverage: all");
    const table = rows(el, "mosaic-coverage-row");
    expect(table).toHaveLength(problems.length);
    problems.forEach((p, i) => {
      expect(table[i]?.textContent).toContain(p.title);
      expect(table[i]?.textContent).toContain(`${Math.round(p.coverage * 100)}%`);
    });
    const one = await renderBlock(loaded, "coverage: [[Open problems in understanding agents]]");
    expect(rows(one.el, "mosaic-coverage-row")).toHaveLength(1);
  });

  it("lists a module's learning outcomes in order, optional ones marked", async () => {
    const model = sidebarModel(loaded.plugin.index, "modules/fundamental-difficulties.md");
    if (model?.kind !== "module") throw new Error("example module missing");
    const { el } = await renderBlock(loaded, "outcomes: [[fundamental-difficulties]]");
    const items = rows(el, "mosaic-outcome");
    expect(items.map((li) => li.children[0]?.textContent)).toEqual(model.outcomes.map((o) => (o.ref ? o.title : o.target || NO_SOURCE)));
    expect(items.map((li) => li.children[0]?.getAttr("data-path") ?? null)).toEqual(model.outcomes.map((o) => o.ref?.path ?? null));
    expect(items.map((li) => li.hasClass("mosaic-optional"))).toEqual(model.outcomes.map((o) => o.optional));
    expect(model.outcomes.some((o) => o.optional)).toBe(true);
  });

  it.each([
    ["tree: [[No such note]]", "mosaic: no problem note named “No such note”"],
    ["coverage: [[Nowhere]]", "mosaic: no problem note named “Nowhere”"],
    ["tree: [[Cyborgism]]", "mosaic: “Cyborgism” is not a problem note (tag it #problem)"],
    ["outcomes: [[Open problems in understanding agents]]", "mosaic: “Open problems in understanding agents” is not a module note"],
    ["outcomes: [[Ghost module]]", "mosaic: no module note named “Ghost module”"],
    ["", "mosaic: empty block: write `tree: [[Problem]]`, `coverage: [[Problem]]`, `coverage: all` or `outcomes: [[Module]]`"],
    ["graph: everything", "mosaic: unknown line “graph: everything”: write"],
    ["tree:", "mosaic: `tree:` needs a note"],
    ["tree: [[Open problems in understanding agents]]\ndepth: deep", "mosaic: `depth:` takes a whole number from 1, not “deep”"],
  ])("says what is wrong with %j instead of throwing", async (body, message) => {
    const { el } = await renderBlock(loaded, body);
    const messages = rows(el, "mosaic-block-message").map((m) => m.textContent);
    expect(messages.some((m) => m.startsWith(message))).toBe(true);
  });

  it("resolves links from the note holding the block, as Obsidian does", async () => {
    const { el } = await renderBlock(loaded, "tree: [[../Problems/Open problems in understanding agents|agents]]", "Notes/Dashboard.md");
    expect(el.find__("mosaic-block-title")?.textContent).toBe("Open problems in understanding agents");
  });

  it("stops listening to the index when the block unloads", async () => {
    const before = listeners(loaded);
    const { el, ctx } = await renderBlock(loaded, "tree: [[Open problems in understanding agents]]\ncoverage: all");
    expect(listeners(loaded)).toBe(before + 1);
    ctx.unload__();
    expect(listeners(loaded)).toBe(before);
    expect(el.children).toHaveLength(0);
    // And a later index change does not touch the old element.
    const file = loaded.app.vault.getFileByPath("Sources/Cyborgism.md");
    if (file) await loaded.app.vault.append(file, "\naddresses:: [[Open problems in understanding agents#^abstraction]]\n");
    await settle();
    expect(el.children).toHaveLength(0);
  });

  it("keeps a hostile note title as text", async () => {
    const hostile = "<img src=x onerror=alert(1)> & <b>bold</b>";
    await loaded.app.vault.create("Problems/Hostile.md", `---\ntags: [problem]\ntitle: "${hostile}"\n---\n- <script>alert(1)</script> question?\n`);
    await until(() => loaded.plugin.index.note("Problems/Hostile.md") !== undefined);
    const { el } = await renderBlock(loaded, "tree: [[Hostile]]");
    expect(el.find__("mosaic-block-title")?.textContent).toBe(hostile);
    expect(el.all__().some((e) => ["IMG", "SCRIPT", "B"].includes(e.tagName))).toBe(false);
  });
});

describe("parseBlock", () => {
  it.each([
    ["tree: [[P]]", [{ kind: "tree", link: "P" }], null],
    ["Tree:: [[Problems/P|alias]]\ndepth: 2", [{ kind: "tree", link: "Problems/P" }], 2],
    ["coverage: all", [{ kind: "coverage", link: null }], null],
    ["coverage: [[P#^x]]\noutcomes: [[M]]", [{ kind: "coverage", link: "P#^x" }, { kind: "outcomes", link: "M" }], null],
    ["  \n%% a comment %%\ntree: P", [{ kind: "tree", link: "P" }], null],
  ])("reads %j", (source, directives, depth) => {
    const spec = parseBlock(source);
    expect(spec.directives).toEqual(directives);
    expect(spec.depth).toBe(depth);
    expect(spec.errors).toEqual([]);
  });
});
