// Failure modes: each is one `mosaic: ...` line naming the path, a documented exit code, and the other notes still read.
import { Buffer } from "node:buffer";
import fsModule, { mkdirSync, promises as fs, symlinkSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { MosaicIndex } from "../../src/core/index/mosaic-index";
import type { Diagnostic, MosaicExport } from "../../src/core/model";
import { EXAMPLE_VAULT, HEALTHY_NOTES, makeVault, removeTempVaults, run } from "./cli-harness";

afterAll(removeTempVaults);
afterEach(() => {
  jest.restoreAllMocks();
});

/** Makes readdir and readFile fail with EACCES on the given paths, as they do for a user without permission (tests run as root). */
function denyAccess(denied: (file: string) => boolean): void {
  const eacces = (file: unknown): Error => Object.assign(new Error(`EACCES: permission denied, open '${String(file)}'`), { code: "EACCES" });
  const readdir = fs.readdir.bind(fs);
  const readFile = fs.readFile.bind(fs);
  jest.spyOn(fs, "readdir").mockImplementation(((file: string, ...rest: unknown[]) =>
    denied(String(file)) ? Promise.reject(eacces(file)) : (readdir as (...a: unknown[]) => Promise<unknown>)(file, ...rest)) as typeof fs.readdir);
  jest.spyOn(fs, "readFile").mockImplementation(((file: string, ...rest: unknown[]) =>
    denied(String(file)) ? Promise.reject(eacces(file)) : (readFile as (...a: unknown[]) => Promise<unknown>)(file, ...rest)) as typeof fs.readFile);
  // The vault reader's blocking calls.
  const readdirSync = fsModule.readdirSync.bind(fsModule);
  const openSync = fsModule.openSync.bind(fsModule);
  jest.spyOn(fsModule, "readdirSync").mockImplementation(((file: string, ...rest: unknown[]) => {
    if (denied(String(file))) throw eacces(file);
    return (readdirSync as (...a: unknown[]) => unknown)(file, ...rest);
  }) as typeof fsModule.readdirSync);
  jest.spyOn(fsModule, "openSync").mockImplementation(((file: string, ...rest: unknown[]) => {
    if (denied(String(file))) throw eacces(file);
    return (openSync as (...a: unknown[]) => number)(file, ...rest);
  }) as typeof fsModule.openSync);
}

async function checkJson(vault: string): Promise<{ code: number; diagnostics: Diagnostic[]; stderr: string }> {
  const result = await run(["check", "--json", vault]);
  return { code: result.code, stderr: result.stderr, diagnostics: (JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }).diagnostics };
}

/** The healthy notes still indexed: the tree shows the problem and the question the source addresses. */
async function expectHealthyNotesRead(vault: string): Promise<void> {
  const tree = await run(["tree", "--json", vault]);
  const problems = (JSON.parse(tree.stdout) as Pick<MosaicExport, "problems">).problems;
  const boundaries = problems.find((p) => p.path === "Problems/Boundaries.md");
  const byDefault = boundaries?.root.children[0]?.children[0];
  expect(byDefault?.addressedBy.map((a) => a.path)).toEqual(["Sources/Markov blankets.md"]);
}

describe("the vault argument", () => {
  it.each(["tree", "check", "export"])("%s: a missing folder is one line naming it, exit 2", async (command) => {
    const missing = path.join(makeVault(), "no-such-vault");
    const result = await run([command, missing]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.errLines).toEqual([`mosaic: no such folder: ${missing}`]);
  });

  it("a file instead of a folder is one line naming it, exit 2", async () => {
    const file = path.join(makeVault(HEALTHY_NOTES), "Problems", "Boundaries.md");
    const result = await run(["check", file]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.errLines).toEqual([`mosaic: not a folder: ${file} (give the vault folder, not a file in it)`]);
  });

  it("the vault defaults to the current folder and keeps the path as typed in messages", async () => {
    const vault = makeVault(HEALTHY_NOTES);
    expect((await run(["check"], { cwd: vault })).errLines).toEqual(["0 errors, 0 warnings in 2 notes"]);
    const missing = await run(["tree", "not-here"], { cwd: vault });
    expect(missing.errLines).toEqual(["mosaic: no such folder: not-here"]);
  });

  it("an unreadable folder is one line naming it, exit 2", async () => {
    const vault = makeVault(HEALTHY_NOTES);
    denyAccess((p) => p === vault);
    const result = await run(["tree", vault]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.errLines).toEqual([`mosaic: cannot read folder: ${vault} (permission denied)`]);
  });

  it("an empty vault is fine: tree says so, check and export report nothing", async () => {
    const vault = makeVault();
    const tree = await run(["tree", vault]);
    expect(tree.code).toBe(0);
    expect(tree.outLines).toEqual([`No problem notes in ${vault}: tag a note #problem and write its questions as a nested list.`]);
    expect(await run(["check", vault])).toMatchObject({ code: 0, stdout: "", stderr: "0 errors, 0 warnings in 0 notes\n" });
  });
});

describe("bad files inside the vault", () => {
  it("a file that is not UTF-8 is reported, and the other notes are still checked", async () => {
    const vault = makeVault({ ...HEALTHY_NOTES, "latin1.md": Buffer.from("caf\xe9 na\xefve\n", "latin1") });
    const { diagnostics } = await checkJson(vault);
    expect(diagnostics.map((d) => [d.file, d.code])).toEqual([["latin1.md", "unreadable-file"]]);
    expect(diagnostics[0]?.message).toContain("not valid UTF-8");
    const tree = await run(["tree", vault]);
    expect(tree.code).toBe(0);
    expect(tree.errLines).toEqual(["mosaic: skipped latin1.md: not valid UTF-8 text"]);
    await expectHealthyNotesRead(vault);
  });

  it("a binary file with NUL bytes is reported, and the other notes are still checked", async () => {
    const vault = makeVault({ ...HEALTHY_NOTES, "attachments/image.md": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]) });
    const result = await run(["check", vault]);
    expect(result.outLines).toEqual([expect.stringMatching(/^attachments\/image\.md: \w+: unreadable-file: .*binary file \(contains NUL bytes\)/)]);
    expect(result.errLines).toEqual([expect.stringMatching(/ in 3 notes$/)]);
    await expectHealthyNotesRead(vault);
  });

  it("a note just under 5 MB is read and indexed like any other", async () => {
    const paragraph = "Sparse couplings between high-dimensional subsystems give approximate Markov blankets. ".repeat(12) + "\n\n";
    const big = "---\ntags: [paper]\n---\naddresses:: [[Boundaries#^by-default]]\n\n" + paragraph.repeat(Math.floor((5 * 1024 * 1024 - 100) / paragraph.length));
    expect(big.length).toBeGreaterThan(4.9 * 1024 * 1024);
    const vault = makeVault({ ...HEALTHY_NOTES, "Sources/Huge.md": big });
    const { code, diagnostics } = await checkJson(vault);
    expect(code).toBe(0);
    expect(diagnostics).toEqual([]);
    const exported = JSON.parse((await run(["export", vault])).stdout) as MosaicExport;
    expect(exported.notes.map((n) => n.path)).toContain("Sources/Huge.md");
    const node = exported.problems[0]?.root.children[0]?.children[0];
    expect(node?.addressedBy.map((a) => a.path).sort()).toEqual(["Sources/Huge.md", "Sources/Markov blankets.md"]);
  });

  it("a note over 5 MB is kept as an unreadable-file diagnostic, not read (the plugin's limit too)", async () => {
    const vault = makeVault({ ...HEALTHY_NOTES, "dump.md": "x".repeat(5 * 1024 * 1024 + 1) });
    const { diagnostics } = await checkJson(vault);
    expect(diagnostics.map((d) => [d.file, d.code])).toEqual([["dump.md", "unreadable-file"]]);
    expect(diagnostics[0]?.message).toContain("larger than 5 MB (5.0 MB)");
    await expectHealthyNotesRead(vault);
  });

  it("broken frontmatter is a diagnostic on that note; the rest of the vault is unaffected", async () => {
    const vault = makeVault({ ...HEALTHY_NOTES, "Sources/Broken.md": "---\ntags: [paper\ntitle: : :\n---\nBody [[Boundaries]].\n" });
    const { diagnostics } = await checkJson(vault);
    expect(diagnostics).toContainEqual(expect.objectContaining({ file: "Sources/Broken.md", code: "malformed-yaml" }));
    expect(diagnostics.every((d) => d.file === "Sources/Broken.md")).toBe(true);
    await expectHealthyNotesRead(vault);
  });

  it("a symbolic link loop is followed once: one stderr line, every note read once", async () => {
    const vault = makeVault(HEALTHY_NOTES);
    symlinkSync("..", path.join(vault, "Problems", "loop"));
    const result = await run(["check", vault]);
    expect(result.code).toBe(0);
    expect(result.errLines).toEqual(["mosaic: skipped Problems/loop: symbolic link to a folder already read as .", "0 errors, 0 warnings in 2 notes"]);
    await expectHealthyNotesRead(vault);
  });

  it("a symlinked folder elsewhere is read under the link's path; a dangling link is reported", async () => {
    const outside = makeVault({ "Shared.md": "---\ntags: [post]\n---\naddresses:: [[Boundaries#^boundaries]]\n" });
    const vault = makeVault(HEALTHY_NOTES);
    symlinkSync(outside, path.join(vault, "linked"));
    symlinkSync(path.join(vault, "gone.md"), path.join(vault, "dangling.md"));
    const exported = JSON.parse((await run(["export", vault])).stdout) as MosaicExport;
    expect(exported.notes.map((n) => n.path)).toEqual(expect.arrayContaining(["linked/Shared.md", "Problems/Boundaries.md"]));
    expect(exported.diagnostics).toEqual([expect.objectContaining({ file: "dangling.md", code: "unreadable-file" })]);
  });

  it("an unreadable subfolder or note is a diagnostic; the other notes are still checked", async () => {
    const vault = makeVault({ ...HEALTHY_NOTES, "private/secret.md": "x", "locked.md": "y" });
    denyAccess((p) => p === path.join(vault, "private") || p === path.join(vault, "locked.md"));
    const { diagnostics } = await checkJson(vault);
    expect(diagnostics.map((d) => [d.file, d.code, d.message])).toEqual([
      ["locked.md", "unreadable-file", expect.stringContaining("permission denied")],
      ["private", "unreadable-file", expect.stringContaining("permission denied")],
    ]);
    await expectHealthyNotesRead(vault);
  });

  it("skips hidden folders (Obsidian's config folder, .git, .trash) and node_modules", async () => {
    const junk = "---\ntags: [problem]\n---\n- junk question\n";
    const vault = makeVault({ ...HEALTHY_NOTES, ".config/plugins/x.md": junk, ".git/y.md": junk, "node_modules/z/readme.md": junk, ".trash/old.md": junk, "notes.txt": junk });
    const exported = JSON.parse((await run(["export", vault])).stdout) as MosaicExport;
    expect(exported.notes.map((n) => n.path).sort()).toEqual(["Problems/Boundaries.md", "Sources/Markov blankets.md"]);
  });
});

describe("--out and internal errors", () => {
  it("--out into a missing folder is one line naming it, exit 2, before anything is read", async () => {
    const out = path.join(makeVault(), "missing", "mosaic.json");
    const result = await run(["export", "--format", "json", "--out", out, EXAMPLE_VAULT]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.errLines).toEqual([`mosaic: no such folder for --out: ${path.dirname(out)}`]);
  });

  it("--out naming a folder is refused", async () => {
    const dir = makeVault();
    mkdirSync(path.join(dir, "out"));
    const result = await run(["export", "--out", path.join(dir, "out"), EXAMPLE_VAULT]);
    expect(result.code).toBe(2);
    expect(result.errLines).toEqual([expect.stringMatching(/^mosaic: --out names a folder, not a file: /)]);
  });

  it("an unexpected exception is one 'internal error' line and exit 3, never a stack trace", async () => {
    jest.spyOn(MosaicIndex.prototype, "problems").mockImplementation(() => {
      throw new Error("boom\n    at somewhere (file.ts:1:1)");
    });
    const result = await run(["tree", makeVault(HEALTHY_NOTES)]);
    expect(result).toMatchObject({ code: 3, stdout: "", stderr: "mosaic: internal error: boom\n" });
  });

  it("a write failure on --out is a user error naming the file", async () => {
    const dir = makeVault();
    const out = path.join(dir, "mosaic.json");
    writeFileSync(out, "");
    const result = await run(["export", "--out", out, EXAMPLE_VAULT], {
      writeFile: () => {
        throw new Error("EROFS: read-only file system");
      },
    });
    expect(result.code).toBe(2);
    expect(result.errLines).toEqual([`mosaic: cannot write ${out} (EROFS: read-only file system)`]);
  });
});
