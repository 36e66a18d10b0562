// The public API on the example vault: trees, addressers in every accepted form, coverage, next, change events,
// and that what it returns are copies the caller may change freely.
import type * as O from "obsidian";
import type { TreeNode } from "../../src/core/model";
import type { MosaicApi } from "../../src/plugin/api";
import MosaicPlugin from "../../src/plugin/mosaic-plugin";
import { App, Plugin as FakePlugin, resetFakeUi } from "../fakes/obsidian";
import { exampleFiles, loadPlugin, manifest, settle, sleep, type Loaded } from "./plugin-harness";
import { sidebarModel } from "../../src/core/query/sidebar";

const PROBLEM = "Problems/Open problems in understanding agents.md";
const NAH = "Sources/Natural Abstraction Hypothesis.md";

describe("plugin.api", () => {
  let loaded: Loaded;
  let api: MosaicApi;
  beforeEach(async () => {
    loaded = await loadPlugin(exampleFiles());
    api = loaded.plugin.api;
  });
  afterEach(() => loaded.fake.unload());

  it("is what other plugins and Dataview reach through app.plugins", () => {
    expect((loaded.app.plugins.plugins["alignment-mosaic"] as unknown as { api: MosaicApi }).api).toBe(api);
  });

  it("lists every problem with its tree and coverage", () => {
    const problems = api.problems();
    expect(problems.map((p) => p.path)).toEqual(loaded.plugin.index.problems().map((p) => p.path));
    expect(problems).toEqual(loaded.plugin.index.problems());
    expect(problems.map((p) => p.title)).toContain("Open problems in understanding agents");
  });

  it.each([PROBLEM, "Open problems in understanding agents", "Problems/Open problems in understanding agents", "[[Open problems in understanding agents]]"])(
    "gives the problem's tree for %j",
    (ref) => {
      const tree = api.tree(ref);
      expect(tree && "root" in tree ? tree.path : null).toBe(PROBLEM);
    },
  );

  it("gives a module's own question tree, and null for other notes", () => {
    const model = sidebarModel(loaded.plugin.index, "modules/understanding-agents.md");
    const expected = model?.kind === "module" ? model.questions : undefined;
    expect(api.tree("modules/understanding-agents.md")).toEqual(expected);
    expect(api.tree(NAH)).toBeNull();
    expect(api.tree("No such note")).toBeNull();
  });

  it.each([
    [PROBLEM, "^abstraction"],
    [PROBLEM, "abstraction"],
    [`${PROBLEM}#^abstraction`, undefined],
    ["Open problems in understanding agents#^abstraction", undefined],
    ["[[Open problems in understanding agents#^abstraction]]", undefined],
    ["open problems in understanding agents#^ABSTRACTION", undefined],
  ])("finds who addresses %j %j", (ref, anchor) => {
    const found = api.addressers(ref, anchor);
    expect(found.map((a) => a.path)).toEqual([NAH]);
    // Its line is a bare `addresses::` field: the context is the note's own first paragraph.
    expect(found[0]).toMatchObject({ relation: "addresses", line: 8 });
    expect(found[0]?.context).toMatch(/^The hypothesis: the physical world abstracts well/);
  });

  it("gives the notes addressing the whole problem without an anchor, and nothing for unknown nodes", () => {
    const tree = loaded.plugin.index.problemTree(PROBLEM);
    expect(api.addressers(PROBLEM)).toEqual(tree?.root.addressedBy);
    expect(api.addressers(PROBLEM, "^no-such-id")).toEqual([]);
    expect(api.addressers("Nowhere#^abstraction")).toEqual([]);
  });

  it("gives a problem's coverage and null for other notes", () => {
    const tree = loaded.plugin.index.problemTree(PROBLEM);
    expect(api.coverage(PROBLEM)).toBe(tree?.coverage);
    expect(api.coverage(PROBLEM)).toBeGreaterThan(0);
    expect(api.coverage(NAH)).toBeNull();
  });

  it("returns copies: changing a result changes nothing for the next call or the index", () => {
    const problems = api.problems();
    const first = problems[0];
    if (!first) throw new Error("no problems");
    first.title = "Changed";
    first.root.children.length = 0;
    const tree = api.tree(PROBLEM);
    if (!tree || !("root" in tree)) throw new Error("no tree");
    (tree.root.children[0] as TreeNode).text = "Changed";
    const refs = api.addressers(PROBLEM, "^abstraction");
    refs[0]!.path = "Changed.md";
    refs.push({ ...refs[0]!, path: "extra" });
    const next = api.next(PROBLEM);
    next.gaps[0]?.suggestions.splice(0);
    const suggested = api.next(PROBLEM).gaps[0]?.suggestions.length ?? 0;
    next.gaps.length = 0;

    expect(api.problems()).toEqual(loaded.plugin.index.problems());
    expect(api.problems()[0]?.title).not.toBe("Changed");
    const again = api.tree(PROBLEM);
    expect(again && "root" in again ? again.root.children[0]?.text : null).toBe("How does abstraction work?");
    expect(api.addressers(PROBLEM, "^abstraction").map((a) => a.path)).toEqual([NAH]);
    expect(api.next(PROBLEM).gaps.length).toBeGreaterThan(0);
    expect(suggested).toBeGreaterThan(0);
  });

  it("suggests sources for a problem's gaps, never one already linked", () => {
    const report = api.next(PROBLEM);
    expect(report.gaps.length).toBeGreaterThan(0);
    for (const gap of report.gaps) {
      expect(gap.problem.path).toBe(PROBLEM);
      expect(gap.suggestions.length).toBeLessThanOrEqual(3);
    }
    const withSuggestions = report.gaps.filter((g) => g.suggestions.length > 0);
    expect(withSuggestions.length).toBeGreaterThan(0);
    expect(api.next("No such problem")).toEqual({ gaps: [], unread: [] });
    const all = api.next();
    expect(new Set(all.gaps.map((g) => g.problem.path)).size).toBeGreaterThan(1);
  });

  it("calls onChange after index changes until unsubscribed", async () => {
    const calls: number[] = [];
    const stop = api.onChange(() => calls.push(loaded.plugin.index.revision));
    const file = loaded.app.vault.getFileByPath("Sources/Cyborgism.md");
    if (!file) throw new Error("example missing");
    await loaded.app.vault.append(file, "\naddresses:: [[Open problems in understanding agents#^shards]]\n");
    await settle();
    expect(calls.length).toBe(1);
    expect(api.addressers(PROBLEM, "^shards").map((a) => a.path)).toContain("Sources/Cyborgism.md");
    stop();
    await loaded.app.vault.append(file, "\nmore\n");
    await settle();
    expect(calls.length).toBe(1);
  });
});

describe("plugin.api before the plugin has loaded", () => {
  it("answers as for an empty vault (never throws) until the index exists, then with the vault", async () => {
    resetFakeUi();
    const app = App.withFiles__(exampleFiles());
    const plugin = new MosaicPlugin(app as unknown as O.App, manifest);
    const api = plugin.api;
    const empty = (): unknown[] => [
      api.problems(),
      api.tree(PROBLEM),
      api.addressers(PROBLEM, "^abstraction"),
      api.addressers(`${PROBLEM}#^abstraction`),
      api.coverage(PROBLEM),
      api.next(PROBLEM),
      api.next(),
    ];
    const nothing = [[], null, [], [], null, { gaps: [], unread: [] }, { gaps: [], unread: [] }];
    expect(empty()).toEqual(nothing);
    const calls: number[] = [];
    const stop = api.onChange(() => calls.push(1));
    expect(typeof stop).toBe("function");

    // Loaded, but the layout (and so the first full index) is not ready yet: an empty index.
    const fake = plugin as unknown as FakePlugin;
    await fake.load__();
    expect(empty()).toEqual(nothing);

    app.workspace.triggerLayoutReady__();
    await plugin.indexing;
    await sleep(5);
    expect(api.problems().map((p) => p.path)).toContain(PROBLEM);
    expect(api.addressers(PROBLEM, "^abstraction").map((a) => a.path)).toEqual([NAH]);
    expect(api.next(PROBLEM).gaps.length).toBeGreaterThan(0);
    expect(calls.length).toBeGreaterThan(0);
    stop();
    fake.unload();
  });
});
