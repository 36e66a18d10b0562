// `mosaic export --format markdown|opml [--problem P]`, and the round trip: export, import into an empty note, same tree.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { fromTreeNode, parseMarkdownOutline, parseOpml, problemRoots, type OutlineNode } from "../../src/core/exchange";
import type { ProblemTree } from "../../src/core/model";
import { EXAMPLE_VAULT, makeVault, removeTempVaults, run } from "./cli-harness";

afterAll(removeTempVaults);

const AGENTS = "Problems/Open problems in understanding agents.md";

/** Texts and nesting only: what a round trip through another researcher's vault must keep. */
interface Shape {
  text: string;
  children: Shape[];
}
function shape(nodes: readonly OutlineNode[]): Shape[] {
  return nodes.map((n) => ({ text: n.text, children: shape(n.children) }));
}

async function problems(vault: string): Promise<ProblemTree[]> {
  const result = await run(["tree", "--json", vault]);
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { problems: ProblemTree[] }).problems;
}

function problemAt(list: readonly ProblemTree[], at: string): ProblemTree {
  const found = list.find((p) => p.path === at);
  if (!found) throw new Error(`no problem ${at}`);
  return found;
}

/** A copy of the example vault in a temp folder (tests never write into examples/). */
function copyOfExample(): string {
  const vault = path.join(makeVault(), "vault");
  cpSync(EXAMPLE_VAULT, vault, { recursive: true });
  return vault;
}

describe("export --format markdown and opml", () => {
  it("markdown: every problem as `# title` and a nested `- ` list keeping ^ids, which reads back as the same trees", async () => {
    const result = await run(["export", "--format", "markdown", EXAMPLE_VAULT]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const all = await problems(EXAMPLE_VAULT);
    const titles = result.outLines.filter((l) => l.startsWith("# ")).map((l) => l.slice(2));
    expect(titles).toEqual(all.map((p) => p.title));
    expect(result.outLines).toContain("- How does abstraction work? ^abstraction");
    expect(result.outLines).toContain("  - How can we efficiently compute natural abstractions... ^natural-abstractions");
    const parsed = parseMarkdownOutline(result.stdout);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(shape(parsed.roots)).toEqual(all.map((p) => ({ text: p.title, children: shape(problemRoots(p)) })));
  });

  it("opml: a valid OPML 2.0 document with one outline per problem (with _path) and _anchor attributes", async () => {
    const result = await run(["export", "--format", "opml", EXAMPLE_VAULT]);
    expect(result.code).toBe(0);
    expect(result.outLines[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(result.stdout).toContain('<opml version="2.0">');
    expect(result.stdout).toContain(`_path="${AGENTS}"`);
    expect(result.stdout).toContain('_anchor="^abstraction"');
    const parsed = parseOpml(result.stdout);
    if (!parsed.ok) throw new Error(parsed.error);
    const all = await problems(EXAMPLE_VAULT);
    expect(shape(parsed.roots)).toEqual(all.map((p) => ({ text: p.title, children: shape(problemRoots(p)) })));
  });

  it.each<[string, string]>([
    ["path", AGENTS],
    ["path without .md", "Problems/Open problems in understanding agents"],
    ["title, any case", "open problems in understanding AGENTS"],
  ])("--problem by %s exports that problem alone", async (_how, wanted) => {
    const md = await run(["export", "--format", "markdown", "--problem", wanted, EXAMPLE_VAULT]);
    expect(md.code).toBe(0);
    expect(md.outLines.filter((l) => l.startsWith("# "))).toEqual(["# Open problems in understanding agents"]);
    const opml = await run(["export", "--format=opml", `--problem=${wanted}`, EXAMPLE_VAULT]);
    expect(opml.stdout).toContain("<title>Open problems in understanding agents</title>");
    expect(opml.stdout).not.toContain("_path=");
  });

  it.each<[string[], RegExp]>([
    [["--problem", "Nope"], /^mosaic: no problem note 'Nope' in .* \(problems: Problems\/Braindump on agents and physics\.md, /],
    [["--format", "json", "--problem", AGENTS], /^mosaic: --problem works with --format markdown or opml, not json /],
    [["--format", "html", "--problem", AGENTS], /^mosaic: --problem works with --format markdown or opml, not html /],
  ])("%j: one line, exit 2", async (args, line) => {
    const result = await run(["export", "--format", "markdown", ...args, EXAMPLE_VAULT]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.errLines).toEqual([expect.stringMatching(line)]);
  });
});

describe("round trip through the CLI: export, then import into an empty note with --write", () => {
  it.each(["markdown", "opml"])("%s of one problem into a new note gives the same texts and nesting", async (format) => {
    const vault = copyOfExample();
    const file = path.join(path.dirname(vault), `agents.${format === "markdown" ? "md" : "opml"}`);
    const exported = await run(["export", "--format", format, "--problem", AGENTS, "--out", file, vault]);
    expect(exported.code).toBe(0);
    const imported = await run(["import", file, "--into", "Shared/Round trip.md", "--write", vault]);
    expect(imported.code).toBe(0);
    expect(imported.errLines).toEqual(["Wrote Shared/Round trip.md"]);

    const after = await problems(vault);
    const original = problemAt(after, AGENTS);
    const copy = problemAt(after, "Shared/Round trip.md");
    expect(shape(problemRoots(copy))).toEqual(shape(problemRoots(original)));
    // Block ids travel with the questions.
    const anchors = (nodes: readonly OutlineNode[]): string[] =>
      nodes.flatMap((n) => [...(n.anchor?.startsWith("^") ? [n.anchor] : []), ...anchors(n.children)]);
    expect(anchors(problemRoots(copy))).toEqual(anchors(problemRoots(original)));
  });

  it.each(["markdown", "opml"])("%s of the whole vault into an existing empty problem note: one item per problem", async (format) => {
    const vault = copyOfExample();
    const file = path.join(path.dirname(vault), `all.${format === "markdown" ? "md" : "opml"}`);
    expect((await run(["export", "--format", format, "--out", file, vault])).code).toBe(0);
    writeFileSync(path.join(vault, "Problems", "Everything.md"), "---\ntags: [problem]\n---\n");
    const imported = await run(["import", file, "--into", "Problems/Everything.md", "--write", vault]);
    expect(imported.code).toBe(0);

    const after = await problems(vault);
    const copy = problemAt(after, "Problems/Everything.md");
    const others = after.filter((p) => p.path !== "Problems/Everything.md");
    expect(shape(copy.root.children.map(fromTreeNode))).toEqual(
      others.map((p) => ({ text: p.title, children: shape(problemRoots(p)) })),
    );
    expect(readFileSync(path.join(vault, "Problems", "Everything.md"), "utf8")).toMatch(/^---\ntags: \[problem\]\n---\n\n- /);
  });
});
