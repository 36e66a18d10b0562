// `mosaic next`: per gap the best unlinked sources, then unread sources ranked by the gaps they may fill.
import type { NextReport } from "../../src/cli/commands/next";
import { MIN_SCORE } from "../../src/core/next";
import { STOP_WORDS } from "../../src/core/next/stop-words";
import { EXAMPLE_VAULT, HEALTHY_NOTES, makeVault, removeTempVaults, run } from "./cli-harness";

afterAll(removeTempVaults);

const AGENTS = "Problems/Open problems in understanding agents.md";
/** A gap in the example vault, and a source whose text speaks of "selection pressure" but links elsewhere. */
const PARALLELISM = "What constraints or selection pressures does massive parallelism place on factorizations?";
const SELECTION = "Sources/Selection theorems.md";
const SELECTION_TITLE = "Selection Theorems: A Program For Understanding Agents";
const UNREAD = ["Sources/Chinchilla scaling laws.md", "Sources/Discovering agents.md", "Sources/Multiscale competency architectures.md"];

async function report(...args: string[]): Promise<NextReport> {
  const result = await run(["next", "--json", ...args, EXAMPLE_VAULT]);
  expect(result).toMatchObject({ code: 0, stderr: "" });
  return JSON.parse(result.stdout) as NextReport;
}

describe("mosaic next --json on the example vault", () => {
  it("has the documented shape: { gaps: [...], unread: [...] }", async () => {
    const data = await report();
    expect(Object.keys(data)).toEqual(["gaps", "unread"]);
    expect(data.gaps.length).toBeGreaterThan(20);
    for (const gap of data.gaps) {
      expect(Object.keys(gap)).toEqual(["id", "problem", "text", "path", "line", "ancestors", "suggestions"]);
      expect(gap.line).toBeGreaterThan(0);
      expect(gap.suggestions.length).toBeLessThanOrEqual(3);
      for (const s of gap.suggestions) {
        expect(Object.keys(s)).toEqual(["path", "title", "score", "terms", "unread"]);
        expect(s.score).toBeGreaterThan(0);
        expect(s.terms.length).toBeGreaterThan(0);
      }
      const scores = gap.suggestions.map((s) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    for (const u of data.unread) expect(Object.keys(u)).toEqual(["path", "title", "gapIds", "strength"]);
  });

  it("a source whose text names a gap's key terms is among that gap's suggestions", async () => {
    const data = await report();
    const gap = data.gaps.find((g) => g.text === PARALLELISM);
    expect(gap).toMatchObject({ problem: { path: AGENTS, title: "Open problems in understanding agents" }, path: AGENTS });
    const selection = gap?.suggestions.find((s) => s.path === SELECTION);
    expect(selection?.title).toBe(SELECTION_TITLE);
    expect(selection?.terms).toEqual(expect.arrayContaining(["selection", "pressures"]));
  });

  it("no stop word ever matches, and every suggestion scores at least the floor", async () => {
    const data = await report("--per-gap", "50");
    const suggestions = data.gaps.flatMap((g) => g.suggestions);
    expect(suggestions.length).toBeGreaterThan(20);
    for (const s of suggestions) {
      expect(s.terms.filter((word) => STOP_WORDS.has(word))).toEqual([]);
      expect(s.score).toBeGreaterThanOrEqual(MIN_SCORE);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    // Its only content words ("trade", "ants") are in no source: once matched on "become".
    expect(data.gaps.find((g) => g.text === "How can we become able to trade with ants?")?.suggestions).toEqual([]);
  });

  it("never suggests a source for a question it already addresses, directly or through an ancestor", async () => {
    const data = await report("--per-gap", "50");
    const mesa = data.gaps.filter((g) => g.ancestors[0] === "What's up with mesa-optimization?");
    expect(mesa.length).toBeGreaterThan(0);
    // Risks from Learned Optimization addresses ^mesa-optimization, the parent of all of these.
    for (const gap of mesa) expect(gap.suggestions.map((s) => s.path)).not.toContain("Sources/Risks from Learned Optimization.md");
  });

  it("each gap once, even when a `parent::` note makes it part of two problems", async () => {
    const data = await report();
    const ids = data.gaps.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    const explicit = data.gaps.find((g) => g.id === "Problems/Mesa-optimization detection.md#^explicit-mesa-objective");
    // Kept where it has the most context: under the agents problem's mesa-optimization branch.
    expect(explicit?.problem.path).toBe(AGENTS);
    expect(explicit?.ancestors).toEqual(["What's up with mesa-optimization?", "Mesa-optimization detection"]);
  });

  it("unread: only sources marked unread, ranked by the number of gaps, each gap id a listed gap", async () => {
    const data = await report();
    expect(data.unread.length).toBeGreaterThan(0);
    expect(UNREAD).toEqual(expect.arrayContaining(data.unread.map((u) => u.path)));
    const counts = data.unread.map((u) => u.gapIds.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const ids = new Set(data.gaps.map((g) => g.id));
    for (const u of data.unread) for (const id of u.gapIds) expect(ids.has(id)).toBe(true);
  });

  it.each([1, 2, 5])("--per-gap %i limits the suggestions per gap", async (n) => {
    const data = await report("--per-gap", String(n));
    expect(Math.max(...data.gaps.map((g) => g.suggestions.length))).toBe(n);
  });

  it("--problem keeps one problem's gaps (by title)", async () => {
    const data = await report("--problem", "Stephen Fowler's questions");
    expect(data.gaps.length).toBeGreaterThan(0);
    expect(new Set(data.gaps.map((g) => g.problem.path))).toEqual(new Set(["Problems/Stephen Fowler's questions.md"]));
  });
});

describe("help", () => {
  it("--help lists import and next with their options", async () => {
    const result = await run(["next", "--help"]);
    for (const word of ["mosaic import FILE --into NOTE", "--write", "mosaic next", "--per-gap N", "--problem P"]) {
      expect(result.stdout).toContain(word);
    }
  });
});

describe("mosaic next as text", () => {
  it("groups gaps under their problem, with indented suggestions, then the unread ranking", async () => {
    const result = await run(["next", EXAMPLE_VAULT]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.outLines[0]).toMatch(
      /^\d+ gaps in \d+ problems \(leaf questions nothing addresses; up to 3 unlinked sources each, scoring 0\.15 or more\)$/,
    );
    expect(result.outLines).toContain(`Open problems in understanding agents  ${AGENTS}`);
    const at = result.outLines.findIndex((l) => l.startsWith(`  ○ ${PARALLELISM}  line `));
    expect(at).toBeGreaterThan(0);
    const next = result.outLines.findIndex((l, i) => i > at && l.startsWith("  ○ "));
    const suggestions = result.outLines.slice(at + 1, next);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.every((l) => /^ {7}[01]\.\d\d {2}\S/.test(l))).toBe(true);
    expect(suggestions.some((l) => l.includes(`${SELECTION_TITLE}  matches: selection, pressures`))).toBe(true);
    expect(result.stdout).not.toContain("Selection theorems  ");
    const unreadAt = result.outLines.indexOf("Unread sources that may fill the most gaps");
    expect(unreadAt).toBeGreaterThan(at);
    expect(result.outLines[unreadAt + 1]).toMatch(/^ {2}1\. .+ {2}Sources\/.+\.md {2}\d+ gaps?$/);
    expect(result.stdout).not.toContain("\u001b[");
  });

  it("colours only on a terminal without NO_COLOR", async () => {
    const tty = await run(["next", "--problem", "Stephen Fowler's questions", EXAMPLE_VAULT], { isTTY: true, columns: 80 });
    expect(tty.stdout).toContain("\u001b[31m○\u001b[0m");
    const noColor = await run(["next", EXAMPLE_VAULT], { isTTY: true, env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toContain("\u001b[");
  });

  it.each<[string, Record<string, string>, string]>([
    ["no problem notes", {}, "No problem notes in"],
    ["every question addressed", { "Problems/Small.md": "---\ntags: [problem]\n---\n- One ^one\n", "Sources/A.md": "---\ntags: [paper]\n---\naddresses:: [[Small#^one]]\n" }, "No gaps: every question has a note addressing it."],
  ])("%s: says so", async (_name, files, text) => {
    const result = await run(["next", makeVault(files)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(text);
  });

  it("no unread sources: the ranking says how to mark them", async () => {
    const result = await run(["next", makeVault(HEALTHY_NOTES)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("(none: mark sources unread with #to-read or `read:: false` to rank them here)");
  });

  it.each<[string[], RegExp]>([
    [["--per-gap", "0"], /^mosaic: option '--per-gap' needs a whole number of at least 1, got '0'/],
    [["--problem", "Nope"], /^mosaic: no problem note 'Nope' in /],
    [["--out", "x"], /^mosaic: unknown option '--out' for 'next'/],
  ])("%j: one line, exit 2", async (args, line) => {
    const result = await run(["next", ...args, EXAMPLE_VAULT]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.errLines).toEqual([expect.stringMatching(line)]);
  });
});
