// `mosaic tree` on the example vault: every problem with its coverage, the thread's nesting, --json and --depth.
import type { ProblemTree, TreeNode } from "../../src/core/model";
import { EXAMPLE_VAULT, run } from "./cli-harness";

const PROBLEMS = [
  "Open problems in understanding agents",
  "Formal alignment (QACI) problems",
  "Quintin Pope's open questions",
  "Stephen Fowler's questions",
  "Braindump on agents and physics",
  "Mesa-optimization detection",
];

function depthOf(node: TreeNode): number {
  return 1 + Math.max(0, ...node.children.map(depthOf));
}

describe("mosaic tree on the example vault", () => {
  it("prints every problem title with its coverage, exit 0, nothing on stderr", async () => {
    const result = await run(["tree", EXAMPLE_VAULT]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    for (const title of PROBLEMS) {
      const heading = result.outLines.find((line) => line.startsWith(`${title}  [`));
      expect(heading).toMatch(/coverage \d+% \(\d+\/\d+ leaf questions\)$/);
    }
  });

  it("shows the thread's nesting with box-drawing connectors down to the fourth level", async () => {
    const { outLines } = await run(["tree", EXAMPLE_VAULT]);
    const levelOf = (line: string): number => {
      const match = /^((?:│ {3}| {4})*)[├└]── /.exec(line);
      return match ? (match[1] ?? "").length / 4 + 1 : 0;
    };
    expect(Math.max(...outLines.map(levelOf))).toBeGreaterThanOrEqual(3);
    // Problem title (level 0), then three levels of questions, exactly as nested in the thread.
    const item = outLines.find((line) => line.includes("... from only data or other interactions with the environment?"));
    expect(item).toMatch(/^│ {3}│ {3}└── ○ \.\.\. from only data/);
    expect(outLines).toContainEqual(expect.stringMatching(/^├── ● How does abstraction work\? {2}\[\d+\]$/));
  });

  it("marks gaps and addressed questions, rolls counts up and shows status badges", async () => {
    const { outLines } = await run(["tree", EXAMPLE_VAULT, "--width", "1000"]);
    const line = (text: string): string => outLines.find((l) => l.includes(text)) ?? "";
    expect(line("How can we become able to trade with ants?")).toMatch(/○ How can we become able to trade with ants\? {2}\[0\]$/);
    expect(line("Why are biological systems so modular?")).toMatch(/● Why are biological .* {2}\{partial\} {2}\[[1-9]\d*\]$/);
    expect(line('typically exist "by default"')).toContain("{answered}");
    const boundaries = /\[(\d+)\]$/.exec(line("What's up with boundaries and modularity?"));
    expect(Number(boundaries?.[1])).toBeGreaterThanOrEqual(3);
  });

  it("--depth 1 keeps only top-level questions and says how many are hidden", async () => {
    const { outLines, code } = await run(["tree", EXAMPLE_VAULT, "--depth", "1"]);
    expect(code).toBe(0);
    expect(outLines.some((l) => /^[│ ]{4}[├└]── /.test(l))).toBe(false);
    expect(line(outLines, "How does abstraction work?")).toMatch(/\(\+\d+ below\)$/);
  });

  it("--json prints {problems: ProblemTree[]} with the contract's node keys", async () => {
    const result = await run(["tree", "--json", EXAMPLE_VAULT]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { problems: ProblemTree[] };
    expect(Object.keys(parsed)).toEqual(["problems"]);
    expect(parsed.problems.map((p) => p.title)).toEqual(expect.arrayContaining(PROBLEMS));
    const agents = parsed.problems.find((p) => p.title === PROBLEMS[0]);
    expect(agents?.path).toBe("Problems/Open problems in understanding agents.md");
    expect(agents?.coverage).toBeGreaterThan(0);
    expect(agents?.coverage).toBeLessThan(1);
    expect(depthOf(agents!.root)).toBeGreaterThanOrEqual(4);
    const first = agents!.root.children[0]!;
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining(["text", "anchor", "path", "line", "status", "addressedBy", "addressedCount", "children"]),
    );
    expect(first.anchor).toBe("^abstraction");
  });

  it("colours only on a terminal, and never with NO_COLOR", async () => {
    const tty = await run(["tree", EXAMPLE_VAULT], { isTTY: true, env: {} });
    const noColour = await run(["tree", EXAMPLE_VAULT], { isTTY: true, env: { NO_COLOR: "1" } });
    const piped = await run(["tree", EXAMPLE_VAULT], { isTTY: false });
    expect(tty.stdout).toContain("\u001b[");
    expect(noColour.stdout).not.toContain("\u001b[");
    expect(piped.stdout).not.toContain("\u001b[");
  });

  it.each<[string, string[], Parameters<typeof run>[1], number]>([
    ["the terminal's columns", [], { isTTY: true, columns: 80, env: { NO_COLOR: "1" } }, 80],
    ["$COLUMNS when not a terminal", [], { isTTY: false, env: { COLUMNS: "72" } }, 72],
    ["100 when not a terminal and $COLUMNS is unset", [], { isTTY: false, env: {} }, 100],
    ["--width over everything", ["--width", "64"], { isTTY: true, columns: 120, env: { COLUMNS: "90", NO_COLOR: "1" } }, 64],
  ])("wraps to %s, continuation lines under the question's text", async (_name, args, io, width) => {
    const { outLines } = await run(["tree", ...args, EXAMPLE_VAULT], io);
    expect(outLines.length).toBeGreaterThan(150);
    for (const l of outLines) expect(Array.from(l).length).toBeLessThanOrEqual(width);
    const at = outLines.findIndex((l) => l.includes("├── ○ What's the deal with the game theory"));
    expect(outLines[at + 1]).toMatch(/^│ {5}\S/);
  });

  it("lists under each question the notes addressing it directly, with the relation; --no-notes hides them", async () => {
    const { outLines } = await run(["tree", EXAMPLE_VAULT, "--width", "1000"]);
    const at = outLines.findIndex((l) => /^├── ● How does abstraction work\?/.test(l));
    expect(outLines[at + 1]).toBe("│   │ ↳ Testing The Natural Abstraction Hypothesis: Project Intro [addresses]");
    expect(outLines).toContain("│   │   │ ↳ Generalized Heat Engine [addresses]");
    const hidden = await run(["tree", EXAMPLE_VAULT, "--width", "1000", "--no-notes"]);
    expect(hidden.outLines.some((l) => l.includes("↳"))).toBe(false);
    expect(hidden.outLines.length).toBeLessThan(outLines.length);
    expect(outLines.filter((l) => !l.includes("↳"))).toEqual(hidden.outLines);
  });

  it("--help says what tree prints and names --no-notes and --width", async () => {
    const { stdout } = await run(["tree", "--help"]);
    for (const word of ["mosaic tree [vault] [--json] [--depth N] [--no-notes] [--width N]", "notes addressing it", "$COLUMNS"]) {
      expect(stdout).toContain(word);
    }
  });
});

function line(lines: string[], text: string): string {
  return lines.find((l) => l.includes(text)) ?? "";
}
