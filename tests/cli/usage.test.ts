// --help, --version, unknown commands and options, and the argument parser itself.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { listFlag, parseArgs } from "../../src/cli/args";
import { CliError } from "../../src/cli/io";
import { EXAMPLE_VAULT, REPO_ROOT, run } from "./cli-harness";

const version = (JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;

describe("help and version", () => {
  it.each([["--help"], ["-h"], ["help"], ["tree", "--help"]])("%s prints usage with every command and the exit codes", async (...args) => {
    const result = await run(args);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    for (const word of ["mosaic tree", "mosaic check", "mosaic export", "--json", "--unresolved", "--format", "--out", "--depth", "Exit status"]) {
      expect(result.stdout).toContain(word);
    }
  });

  it.each(["--version", "-v"])("%s prints package.json's version", async (flag) => {
    expect(await run([flag])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});

describe("usage errors: one line with a hint, exit 2", () => {
  it.each<[string[], string]>([
    [[], "mosaic: no command given (run 'mosaic --help' for usage)"],
    [["graph"], "mosaic: unknown command 'graph' (run 'mosaic --help' for usage)"],
    [["--verbose"], "mosaic: unknown option '--verbose' (run 'mosaic --help' for usage)"],
    [["tree", "--colour"], "mosaic: unknown option '--colour' for 'tree' (run 'mosaic --help' for usage)"],
    [["check", "-j"], "mosaic: unknown option '-j' for 'check' (run 'mosaic --help' for usage)"],
    [["check", "--unresolved=yes"], "mosaic: option '--unresolved' takes no value (run 'mosaic --help' for usage)"],
    [["tree", "a", "b"], "mosaic: too many arguments for 'tree': 'b' (run 'mosaic --help' for usage)"],
    [["tree", "--depth"], "mosaic: option '--depth' needs a value (run 'mosaic --help' for usage)"],
    [["tree", "--depth", "0"], "mosaic: option '--depth' needs a whole number of at least 1, got '0' (run 'mosaic --help' for usage)"],
    [["export", "--format"], "mosaic: option '--format' needs a value (run 'mosaic --help' for usage)"],
    [["export", "--json"], "mosaic: unknown option '--json' for 'export' (run 'mosaic --help' for usage)"],
    [["tree", "--toString"], "mosaic: unknown option '--toString' for 'tree' (run 'mosaic --help' for usage)"],
    [["tree", "--__proto__"], "mosaic: unknown option '--__proto__' for 'tree' (run 'mosaic --help' for usage)"],
    [["check", "-xj"], "mosaic: unknown option '-xj' for 'check' (run 'mosaic --help' for usage)"],
    [["export", "--out="], "mosaic: option '--out' needs a value (run 'mosaic --help' for usage)"],
    [["import", "a.opml", "--into", "--write"], "mosaic: option '--into' needs a value (run 'mosaic --help' for usage)"],
    [["export", "--format", "__proto__"], "mosaic: unknown export format '__proto__' (use json, markdown, opml, html; run 'mosaic --help' for usage)"],
    [["export", "--format", "constructor"], "mosaic: unknown export format 'constructor' (use json, markdown, opml, html; run 'mosaic --help' for usage)"],
    [["import", "a.opml", "--into", "X.md", "--format", "toString"], "mosaic: unknown import format 'toString' (use json, opml, markdown; run 'mosaic --help' for usage)"],
    [["toString"], "mosaic: unknown command 'toString' (run 'mosaic --help' for usage)"],
  ])("%j", async (args, line) => {
    const result = await run(args);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.errLines).toEqual([line]);
  });

  it("checks the options before reading the vault", async () => {
    const result = await run(["tree", EXAMPLE_VAULT, "--depth", "x"]);
    expect(result.code).toBe(2);
  });
});

describe("parseArgs", () => {
  const specs = { json: { value: false }, out: { value: true } };

  it.each<[string[], string[], [string, string | true][]]>([
    [["vault"], ["vault"], []],
    [["--json", "vault"], ["vault"], [["json", true]]],
    [["vault", "--out", "x.json"], ["vault"], [["out", "x.json"]]],
    [["--out=x=y.json"], [], [["out", "x=y.json"]]],
    [["--", "--json"], ["--json"], []],
    [["-"], ["-"], []],
    [["--out", "a", "--out", "b"], [], [["out", "b"]]],
  ])("%j", (args, positionals, flags) => {
    const parsed = parseArgs("cmd", args, specs);
    expect(parsed.positionals).toEqual(positionals);
    expect([...parsed.flags]).toEqual(flags);
  });

  it("throws a CliError (exit 2) for an unknown flag", () => {
    expect(() => parseArgs("cmd", ["--nope"], specs)).toThrow(CliError);
  });

  it("keeps every value of a repeated flag for listFlag", () => {
    const parsed = parseArgs("cmd", ["--out", "a", "v", "--out=b"], specs);
    expect(listFlag(parsed, "out")).toEqual(["a", "b"]);
    expect(listFlag(parsed, "json")).toEqual([]);
    expect(parsed.positionals).toEqual(["v"]);
  });
});
