// `mosaic check`: the seed module's real diagnostics, line format, summary, --json, --unresolved and exit codes.
import type { Diagnostic } from "../../src/core/model";
import { formatDiagnostic, summary } from "../../src/cli/commands/check";
import { EXAMPLE_VAULT, HEALTHY_NOTES, makeVault, removeTempVaults, run } from "./cli-harness";

afterAll(removeTempVaults);

const MODULE = "modules/fundamental-difficulties.md";

describe("mosaic check on the example vault", () => {
  it("reports the seed module's nine glued questions, its empty source:: field and its `# Page:` sections, and exits 1", async () => {
    const result = await run(["check", EXAMPLE_VAULT]);
    expect(result.code).toBe(1);
    const glued = result.outLines.filter((l) => l.startsWith(`${MODULE}:`) && l.includes(": warning: glued-question: "));
    expect(glued.map((l) => Number(/^[^:]+:(\d+):/.exec(l)?.[1]))).toEqual([21, 22, 23, 24, 25, 26, 27, 28, 29]);
    expect(result.outLines.filter((l) => l.includes(": error: ")).map((l) => l.split(": ")[0] + " " + l.split(": ")[2])).toEqual([
      `${MODULE}:10 unknown-section`,
      `${MODULE}:11 content-before-section`,
      `${MODULE}:12 unknown-section`,
      `${MODULE}:38 empty-link-field`,
    ]);
    // The rest of the vault is clean: every diagnostic is in the seed module.
    expect(result.outLines.every((l) => l.startsWith(`${MODULE}:`))).toBe(true);
    expect(result.errLines).toEqual([expect.stringMatching(/^4 errors, 9 warnings in 32 notes$/)]);
  });

  it("--json prints {diagnostics} with the contract's keys and the same findings", async () => {
    const text = await run(["check", EXAMPLE_VAULT]);
    const json = await run(["check", EXAMPLE_VAULT, "--json"]);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as { diagnostics: Diagnostic[] };
    expect(Object.keys(parsed)).toEqual(["diagnostics"]);
    for (const d of parsed.diagnostics) expect(Object.keys(d).sort()).toEqual(["code", "file", "line", "message", "severity"]);
    expect(parsed.diagnostics.map(formatDiagnostic)).toEqual(text.outLines);
  });
});

describe("mosaic check on small vaults", () => {
  it("reports a duplicate module slug at the slug's own line, with and without the cache", async () => {
    const vault = makeVault({
      "modules/a.md": "---\nslug: intro\ntitle: A\n---\n# Lens: x\n",
      "modules/b.md": "---\ntitle: B\nslug: intro\n---\n# Lens: y\n",
    });
    const slugLines = (r: { outLines: string[] }): string[] => r.outLines.filter((l) => l.includes("duplicate-slug"));
    const expected = ["modules/b.md:3: error: duplicate-slug: Duplicate slug 'intro': also defined in modules/a.md"];
    expect(slugLines(await run(["check", vault]))).toEqual(expected);
    const cache = `--cache=${makeVault()}`;
    expect(slugLines(await run(["check", vault, cache]))).toEqual(expected);
    // The memo is dropped, so the second run takes both modules' parses from the cache.
    const memo = await run(["check", vault, cache, "--unresolved"]);
    expect(slugLines(memo)).toEqual(expected);
  });

  it("exits 0 on a clean vault and prints only the summary", async () => {
    const result = await run(["check", makeVault(HEALTHY_NOTES)]);
    expect(result).toMatchObject({ code: 0, stdout: "" });
    expect(result.errLines).toEqual(["0 errors, 0 warnings in 2 notes"]);
  });

  it("reports a broken addresses:: link as an error on its own line", async () => {
    const vault = makeVault({ ...HEALTHY_NOTES, "Sources/Typo.md": "---\ntags: [post]\n---\nText.\naddresses:: [[Boundries#^by-default]]\n" });
    const result = await run(["check", vault]);
    expect(result.code).toBe(1);
    expect(result.outLines).toContainEqual(expect.stringMatching(/^Sources\/Typo\.md:5: error: broken-link: /));
  });

  it("lists unresolved plain body links only with --unresolved, as infos that do not fail the check", async () => {
    const vault = makeVault({ ...HEALTHY_NOTES, "articles/scraped.md": "---\ntags: [article]\ntitle: Scraped\nauthor: A\nsource_url: https://example.org\npublished: 2024-01-01\n---\nAs shown before.[[1]]\n" });
    const plain = await run(["check", vault]);
    const unresolved = await run(["check", vault, "--unresolved"]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toBe("");
    expect(unresolved.code).toBe(0);
    expect(unresolved.outLines).toEqual([expect.stringMatching(/^articles\/scraped\.md:8: info: unresolved-link: /)]);
    expect(unresolved.errLines).toEqual(["0 errors, 0 warnings, 1 info in 3 notes"]);
  });
});

describe("diagnostic lines", () => {
  it.each<[Diagnostic, string]>([
    [{ file: "a/b.md", line: 3, severity: "error", code: "broken-link", message: "x" }, "a/b.md:3: error: broken-link: x"],
    [{ file: "c.md", line: null, severity: "warning", code: "unreadable-file", message: "y" }, "c.md: warning: unreadable-file: y"],
    [{ file: "d.md", line: 1, severity: "info", code: "unresolved-link", message: "two\nlines" }, "d.md:1: info: unresolved-link: two lines"],
  ])("%j -> %s", (diagnostic, expected) => {
    expect(formatDiagnostic(diagnostic)).toBe(expected);
  });

  it.each<[Diagnostic["severity"][], number, string]>([
    [[], 0, "0 errors, 0 warnings in 0 notes"],
    [["error"], 1, "1 error, 0 warnings in 1 note"],
    [["warning", "warning", "info"], 5, "0 errors, 2 warnings, 1 info in 5 notes"],
  ])("summary of %j in %i notes", (severities, notes, expected) => {
    const diagnostics = severities.map((severity): Diagnostic => ({ file: "x.md", line: 1, severity, code: "broken-link", message: "" }));
    expect(summary(diagnostics, notes)).toBe(expected);
  });
});
