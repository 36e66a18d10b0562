// `mosaic import FILE --into NOTE`: a dry run by default, --write adds lines only, idempotent, refuses stale notes.
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { DRY_RUN_NOTE } from "../../src/cli/commands/import";
import { describeWithShared, SEEDS } from "../helpers/shared";
import { LEAKE } from "../core/exchange/thread-fixture";
import { EXAMPLE_VAULT, makeVault, removeTempVaults, run } from "./cli-harness";

afterAll(removeTempVaults);

const AGENTS = "Problems/Open problems in understanding agents.md";
const LEAKE_TEXTS = LEAKE.map((line) => line.trim().replace(/^•\s*/, ""));

interface Setup {
  vault: string;
  /** The thread's second answer (Tamsin Leake's list) as a file beside the vault. */
  leake: string;
  notePath: string;
  before: Buffer;
}

function setup(): Setup {
  const dir = makeVault();
  const vault = path.join(dir, "vault");
  cpSync(EXAMPLE_VAULT, vault, { recursive: true });
  const leake = path.join(dir, "leake.md");
  writeFileSync(leake, `${LEAKE.join("\n")}\n`);
  const notePath = path.join(vault, ...AGENTS.split("/"));
  return { vault, leake, notePath, before: readFileSync(notePath) };
}

/** The `+ ` lines of a diff, without the marker. */
function plusLines(diff: string): string[] {
  return diff
    .split("\n")
    .filter((l) => l.startsWith("+ "))
    .map((l) => l.slice(2));
}

/** The lines of `after` that are not part of `before` read in order; null when `before` is not kept in order. */
function addedLines(before: string[], after: string[]): string[] | null {
  const extra: string[] = [];
  let j = 0;
  for (const line of after) {
    if (j < before.length && line === before[j]) j++;
    else extra.push(line);
  }
  return j === before.length ? extra : null;
}

describeWithShared("import of the thread's second answer into the agents problem", [SEEDS.thread], () => {
  it("dry run: prints the + lines and the summary, writes nothing", async () => {
    const { vault, leake, notePath, before } = setup();
    const result = await run(["import", leake, "--into", AGENTS, vault]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@\n/);
    expect(plusLines(result.stdout)).toEqual(LEAKE_TEXTS.map((t) => `- ${t}`));
    expect(result.outLines.slice(-2)).toEqual([`0 questions matched, 5 added to ${AGENTS}`, DRY_RUN_NOTE]);
    expect(readFileSync(notePath).equals(before)).toBe(true);
  });

  it("--write adds exactly the previewed lines, keeps every old line in order; a second run adds nothing", async () => {
    const { vault, leake, notePath, before } = setup();
    const preview = await run(["import", leake, "--into", AGENTS, vault]);
    const written = await run(["import", leake, "--into", AGENTS, "--write", vault]);
    expect(written.code).toBe(0);
    expect(written.errLines).toEqual([`Wrote ${AGENTS}`]);
    expect(written.stdout).not.toContain(DRY_RUN_NOTE);
    const after = readFileSync(notePath, "utf8");
    expect(addedLines(before.toString("utf8").split("\n"), after.split("\n"))).toEqual(plusLines(preview.stdout));

    const again = await run(["import", leake, "--into", AGENTS, "--write", vault]);
    expect(again.code).toBe(0);
    expect(again.outLines).toEqual([`5 questions matched, 0 added to ${AGENTS}`]);
    expect(again.errLines).toEqual([`Nothing written: ${AGENTS} already holds every question`]);
    expect(readFileSync(notePath, "utf8")).toBe(after);

    // The new questions are part of the problem's tree, at the top level.
    const tree = await run(["tree", "--json", vault]);
    const agents = (JSON.parse(tree.stdout) as { problems: { path: string; root: { children: { text: string }[] } }[] }).problems.find(
      (p) => p.path === AGENTS,
    );
    expect(agents?.root.children.slice(-5).map((c) => c.text)).toEqual(LEAKE_TEXTS);
  });

  it("refuses to write when the note changed between reading and writing, and leaves the user's edit alone", async () => {
    const { vault, leake, notePath } = setup();
    const edited = "---\ntags: [problem]\n---\n- Someone else's edit\n";
    // The diff is printed after the note was read and before it is written: the moment to change it under us.
    const result = await run(["import", leake, "--into", AGENTS, "--write", vault], {
      stdout: (text) => {
        if (text.startsWith("@@")) writeFileSync(notePath, edited);
      },
    });
    expect(result.code).toBe(2);
    expect(result.errLines).toEqual([`mosaic: ${AGENTS} changed since it was read; nothing written (run the import again)`]);
    expect(readFileSync(notePath, "utf8")).toBe(edited);
  });

  it("uses --format when given, whatever the file is called", async () => {
    const { vault, leake } = setup();
    const asOpml = await run(["import", leake, "--into", AGENTS, "--format", "opml", vault]);
    expect(asOpml.code).toBe(2);
    expect(asOpml.errLines).toEqual([expect.stringMatching(/^mosaic: cannot import .*leake\.md: /)]);
    const asMarkdown = await run(["import", leake, "--into", AGENTS, "--format", "md", vault]);
    expect(asMarkdown.code).toBe(0);
  });
});

describeWithShared("import into a new note and into other notes", [SEEDS.thread], () => {
  it("a new path: the dry run shows the whole note and creates nothing; --write creates it with its folders", async () => {
    const { vault, leake } = setup();
    const dry = await run(["import", leake, "--into", "Shared/Leake", vault]);
    expect(dry.code).toBe(0);
    expect(dry.outLines[0]).toMatch(/^@@ -0,0 \+1,\d+ @@$/);
    expect(dry.outLines.slice(1, 6)).toEqual(["+ ---", "+ tags: [problem]", "+ ---", "+ ", "+ # Leake"]);
    expect(dry.outLines).toContain("0 questions matched, 5 added to Shared/Leake.md (a new note)");
    expect(existsSync(path.join(vault, "Shared"))).toBe(false);

    const written = await run(["import", leake, "--into", "Shared/Leake", "--write", vault]);
    expect(written.errLines).toEqual(["Wrote Shared/Leake.md"]);
    const text = readFileSync(path.join(vault, "Shared", "Leake.md"), "utf8");
    expect(text).toBe(`---\ntags: [problem]\n---\n\n# Leake\n\n${LEAKE_TEXTS.map((t) => `- ${t}`).join("\n")}\n`);
  });

  it("a note that is not a problem: merged all the same, with a warning on stderr", async () => {
    const { vault, leake } = setup();
    const result = await run(["import", leake, "--into", "Sources/QACI.md", vault]);
    expect(result.code).toBe(0);
    expect(result.errLines).toEqual(["mosaic: warning: Sources/QACI.md is not a problem note (source); tag it #problem to see its tree"]);
    expect(result.outLines).toContain("0 questions matched, 5 added to Sources/QACI.md");
  });

  it("NOTE is read relative to the vault, FILE relative to the working folder", async () => {
    const { vault } = setup();
    const dir = path.dirname(vault);
    writeFileSync(path.join(dir, "one.md"), "- What's a resource?\n- A new question\n");
    const result = await run(["import", "one.md", "--into", "Problems/Open problems in understanding agents", "vault"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.outLines.slice(-2)).toEqual([`0 questions matched, 2 added to ${AGENTS}`, DRY_RUN_NOTE]);
  });
});

describeWithShared("errors: one line naming the path, exit 2, nothing written", [SEEDS.thread], () => {
  it.each<[string, (s: Setup) => string[], RegExp]>([
    ["missing FILE", (s) => [path.join(path.dirname(s.vault), "nope.opml"), "--into", AGENTS, s.vault], /^mosaic: no such file: .*nope\.opml$/],
    ["FILE is a folder", (s) => [s.vault, "--into", AGENTS, s.vault], /^mosaic: not a file: .*vault$/],
    ["bad OPML", (s) => [writeTemp(s, "bad.opml", '<opml version="2.0"><body><outline text="a"></body></opml>'), "--into", AGENTS, s.vault], /^mosaic: cannot import .*bad\.opml: OPML line 1: <\/body> closes <outline>$/],
    ["bad JSON", (s) => [writeTemp(s, "bad.json", "{ nope"), "--into", AGENTS, s.vault], /^mosaic: cannot import .*bad\.json: Not valid JSON: /],
    ["an OPML outline 10,000 levels deep", (s) => [writeTemp(s, "deep.opml", deepOpml(10_000)), "--into", AGENTS, s.vault], /^mosaic: cannot import .*deep\.opml: nested deeper than 500 levels: "Level 501\?" is at level 501$/],
    ["a file with no questions", (s) => [writeTemp(s, "empty.md", "Just prose.\n"), "--into", AGENTS, s.vault], /^mosaic: cannot import .*empty\.md: No list items or headings found$/],
    ["--into ../x.md", (s) => [s.leake, "--into", "../x.md", s.vault], /^mosaic: --into \.\.\/x\.md is outside the vault /],
    ["--into an absolute path elsewhere", (s) => [s.leake, "--into", "/tmp/x.md", s.vault], /^mosaic: --into \/tmp\/x\.md is outside the vault /],
    ["--into a hidden folder", (s) => [s.leake, "--into", ".trash/x.md", s.vault], /^mosaic: --into \.trash\/x\.md is in a folder the vault reader skips/],
    ["--into a folder", (s) => [s.leake, "--into", "Problems", s.vault], /^mosaic: --into Problems is a folder, not a note$/],
    ["no --into", (s) => [s.leake, s.vault], /^mosaic: import needs --into NOTE/],
    ["no FILE", () => ["--into", AGENTS], /^mosaic: import needs a FILE to read/],
    ["too many arguments", (s) => [s.leake, s.vault, "extra", "--into", AGENTS], /^mosaic: too many arguments for 'import': 'extra'/],
    ["unknown --format", (s) => [s.leake, "--into", AGENTS, "--format", "yaml", s.vault], /^mosaic: unknown import format 'yaml' \(use json, opml, markdown; /],
    ["missing vault", (s) => [s.leake, "--into", AGENTS, path.join(s.vault, "nope")], /^mosaic: no such folder: .*nope$/],
  ])("%s", async (_name, args, line) => {
    const s = setup();
    const result = await run(["import", ...args(s), "--write"]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.errLines).toEqual([expect.stringMatching(line)]);
    expect(readFileSync(s.notePath).equals(s.before)).toBe(true);
  });
});

function writeTemp(s: Setup, name: string, text: string): string {
  const file = path.join(path.dirname(s.vault), name);
  writeFileSync(file, text);
  return file;
}

function deepOpml(levels: number): string {
  let body = `<outline text="Level ${levels}?"/>`;
  for (let level = levels - 1; level >= 1; level--) body = `<outline text="Level ${level}?">${body}</outline>`;
  return `<?xml version="1.0"?>\n<opml version="2.0"><body>${body}</body></opml>\n`;
}
