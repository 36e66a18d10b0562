// The CLI writes into a vault only with `import --write`: every other command leaves each byte and mtime as it was.
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { EXAMPLE_VAULT, makeVault, removeTempVaults, run } from "../cli/cli-harness";

afterAll(removeTempVaults);

// The HTML page's app and CSS exist only inside the esbuild bundle; in-process, stand-ins are enough.
jest.mock("virtual:html-app", () => ({ default: "/* app */" }), { virtual: true });
jest.mock("virtual:export-css", () => ({ default: "/* css */" }), { virtual: true });

interface Entry {
  kind: "file" | "folder";
  sha: string;
  mtimeMs: number;
  size: number;
}

/** Every file and folder under `root` with its content hash and mtime. */
function snapshot(root: string): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const walk = (rel: string): void => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const childRel = rel === "" ? entry.name : `${rel}/${entry.name}`;
      const full = path.join(root, childRel);
      const stats = statSync(full);
      if (entry.isDirectory()) {
        out.set(childRel, { kind: "folder", sha: "", mtimeMs: stats.mtimeMs, size: 0 });
        walk(childRel);
      } else {
        const sha = createHash("sha256").update(readFileSync(full)).digest("hex");
        out.set(childRel, { kind: "file", sha, mtimeMs: stats.mtimeMs, size: stats.size });
      }
    }
  };
  walk("");
  return out;
}

const PROBLEM = "Problems/Open problems in understanding agents.md";
const OUTLINE = "- How does abstraction work? ^abstraction\n  - A question only the other researcher has?\n- A new top-level question?\n";

describe("read-only commands", () => {
  const vault = makeVault();
  const outside = makeVault({ "incoming.md": OUTLINE });
  cpSync(EXAMPLE_VAULT, vault, { recursive: true });
  const before = snapshot(vault);

  const commands: [string, string[]][] = [
    ["tree", ["tree", vault]],
    ["tree --json", ["tree", "--json", vault]],
    ["check", ["check", vault]],
    ["check --json --unresolved", ["check", "--json", "--unresolved", vault]],
    ["export --format json (stdout)", ["export", "--format", "json", vault]],
    ["export --format json --out outside the vault", ["export", "--format", "json", "--out", path.join(outside, "mosaic.json"), vault]],
    ["export --format markdown", ["export", "--format", "markdown", vault]],
    ["export --format opml", ["export", "--format", "opml", vault]],
    ["export --format html --out outside the vault", ["export", "--format", "html", "--out", path.join(outside, "mosaic.html"), vault]],
    ["next", ["next", vault]],
    ["next --json", ["next", "--json", vault]],
    ["import without --write into an existing note", ["import", path.join(outside, "incoming.md"), "--into", PROBLEM, vault]],
    ["import without --write into a new note", ["import", path.join(outside, "incoming.md"), "--into", "Problems/Brand new.md", vault]],
  ];

  it.each(commands)("%s leaves the vault byte-identical, with no file added", async (_name, args) => {
    const result = await run(args);
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.code === 0 || (args[0] === "check" && result.code === 1)).toBe(true);
    expect(snapshot(vault)).toEqual(before);
  });

  it("the commands did their work: the --out files exist outside the vault, and import showed what it would add", async () => {
    expect(statSync(path.join(outside, "mosaic.json")).size).toBeGreaterThan(1000);
    expect(statSync(path.join(outside, "mosaic.html")).size).toBeGreaterThan(1000);
    const dry = await run(["import", path.join(outside, "incoming.md"), "--into", PROBLEM, vault]);
    expect(dry.stdout).toContain("A question only the other researcher has?");
    expect(dry.stdout).toContain("dry run");
  });

  it("import --write with --into outside the vault is refused, exit 2, and writes nothing anywhere", async () => {
    const escape = path.join(path.dirname(vault), `escape-${path.basename(vault)}.md`);
    const result = await run(["import", path.join(outside, "incoming.md"), "--into", path.relative(vault, escape), "--write", vault]);
    expect(result.code).toBe(2);
    expect(result.errLines).toEqual([expect.stringMatching(/^mosaic: --into .* is outside the vault/)]);
    expect(existsSync(escape)).toBe(false);
    expect(snapshot(vault)).toEqual(before);
  });

  it("the control: import --write does change the vault (so the comparison above can fail)", async () => {
    const copy = makeVault();
    cpSync(EXAMPLE_VAULT, copy, { recursive: true });
    writeFileSync(path.join(outside, "incoming.md"), OUTLINE);
    const start = snapshot(copy);
    const result = await run(["import", path.join(outside, "incoming.md"), "--into", PROBLEM, "--write", copy]);
    expect(result.code).toBe(0);
    const after = snapshot(copy);
    expect(after.get(PROBLEM)?.sha).not.toBe(start.get(PROBLEM)?.sha);
    expect([...after.keys()]).toEqual([...start.keys()]);
    expect(readFileSync(path.join(copy, PROBLEM), "utf8")).toContain("A question only the other researcher has?");
  });
});
