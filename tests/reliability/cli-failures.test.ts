// CLI failure modes tests/cli does not cover: many files, link loops of files, files vanishing mid-read, odd names.
import { Buffer } from "node:buffer";
import { mkdirSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import nodeFs from "node:fs";
import * as path from "node:path";
import type { Diagnostic, MosaicExport } from "../../src/core/model";
import { writeTinyVault } from "../../bench/tiny-vault";
import { HEALTHY_NOTES, makeVault, removeTempVaults, run } from "../cli/cli-harness";

afterAll(removeTempVaults);
afterEach(() => {
  jest.restoreAllMocks();
});

async function checkJson(vault: string): Promise<{ code: number; diagnostics: Diagnostic[]; errLines: string[] }> {
  const result = await run(["check", "--json", vault]);
  return { code: result.code, errLines: result.errLines, diagnostics: (JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }).diagnostics };
}

/** The healthy notes are still read: the source still addresses the problem's question. */
async function expectHealthyNotesRead(vault: string): Promise<void> {
  const exported = JSON.parse((await run(["export", vault])).stdout) as MosaicExport;
  const node = exported.problems.find((p) => p.path === "Problems/Boundaries.md")?.root.children[0]?.children[0];
  expect(node?.addressedBy.map((a) => a.path)).toEqual(["Sources/Markov blankets.md"]);
}

describe("a vault of many tiny notes in nested folders (the bench checks 100,000)", () => {
  it("check reads all of them and reports the one bad file and the one broken link, exit 1", async () => {
    const vault = makeVault(HEALTHY_NOTES);
    writeTinyVault(vault, { areas: 2, topics: 3, perTopic: 200 });
    const result = await run(["check", vault]);
    expect(result.code).toBe(1);
    expect(result.outLines).toEqual([
      expect.stringMatching(/^area 0\/topic 0\/broken\.md:1: error: broken-link: /),
      expect.stringMatching(/^area 1\/topic 2\/image\.md: error: unreadable-file: .*binary file/),
    ]);
    // 2 areas x 3 topics x 200 generated + the broken and the binary note + the 2 healthy ones.
    expect(result.errLines).toEqual(["2 errors, 0 warnings in 1204 notes"]);
    await expectHealthyNotesRead(vault);
  });
});

describe("symbolic links to files", () => {
  it("a file linked to itself, and two links pointing at each other, are one line each; the good notes are still checked", async () => {
    const vault = makeVault(HEALTHY_NOTES);
    symlinkSync("self.md", path.join(vault, "self.md"));
    symlinkSync("b.md", path.join(vault, "Sources", "a.md"));
    symlinkSync("a.md", path.join(vault, "Sources", "b.md"));
    symlinkSync("..", path.join(vault, "Sources", "up"));
    const { code, diagnostics, errLines } = await checkJson(vault);
    expect(code).toBe(1);
    expect(diagnostics.map((d) => [d.file, d.code, d.line])).toEqual([
      ["self.md", "unreadable-file", null],
      ["Sources/a.md", "unreadable-file", null],
      ["Sources/b.md", "unreadable-file", null],
    ].sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1)));
    for (const d of diagnostics) expect(d.message).toContain("symbolic link loop");
    expect(errLines).toEqual(["mosaic: skipped Sources/up: symbolic link to a folder already read as .", "3 errors, 0 warnings in 5 notes"]);
    await expectHealthyNotesRead(vault);
  });

  it("a link to a good note elsewhere in the vault: the note is read once and still addresses its question", async () => {
    const vault = makeVault(HEALTHY_NOTES);
    symlinkSync(path.join(vault, "Sources", "Markov blankets.md"), path.join(vault, "Alias.md"));
    const exported = JSON.parse((await run(["export", vault])).stdout) as MosaicExport;
    // Which of the two paths is kept is the reader's choice (today: the first in sorted order, here the link).
    expect(exported.notes).toHaveLength(2);
    expect(exported.diagnostics).toEqual([]);
    const node = exported.problems[0]?.root.children[0]?.children[0];
    expect(node?.addressedBy).toHaveLength(1);
  });
});

describe("files that change under the reader", () => {
  it("a note deleted between listing and reading is one diagnostic naming it; the others are still checked", async () => {
    const vault = makeVault({ ...HEALTHY_NOTES, "Sources/Vanishing.md": "addresses:: [[Boundaries]]\n" });
    const vanishing = path.join(vault, "Sources", "Vanishing.md");
    const open = nodeFs.openSync.bind(nodeFs);
    // The reader lists the folder first, then opens and reads each note: delete it right before it is opened.
    jest.spyOn(nodeFs, "openSync").mockImplementation(((file: nodeFs.PathLike, ...rest: unknown[]) => {
      if (String(file) === vanishing) unlinkSync(vanishing);
      return (open as (...a: unknown[]) => number)(file, ...rest);
    }));
    const result = await run(["check", vault]);
    jest.restoreAllMocks();
    expect(result.code).toBe(1);
    expect(result.outLines).toEqual(["Sources/Vanishing.md: error: unreadable-file: Cannot read file: cannot be read (no such file)"]);
    expect(result.errLines).toEqual(["1 error, 0 warnings in 3 notes"]);
    await expectHealthyNotesRead(vault);
  });

  it("a note replaced by a folder between listing and reading is one diagnostic naming it", async () => {
    const vault = makeVault({ ...HEALTHY_NOTES, "Turns into folder.md": "text\n" });
    const target = path.join(vault, "Turns into folder.md");
    const open = nodeFs.openSync.bind(nodeFs);
    jest.spyOn(nodeFs, "openSync").mockImplementation(((file: nodeFs.PathLike, ...rest: unknown[]) => {
      if (String(file) === target) {
        unlinkSync(target);
        mkdirSync(target);
      }
      return (open as (...a: unknown[]) => number)(file, ...rest);
    }));
    const { code, diagnostics } = await checkJson(vault);
    jest.restoreAllMocks();
    expect(code).toBe(1);
    expect(diagnostics.map((d) => [d.file, d.code])).toEqual([["Turns into folder.md", "unreadable-file"]]);
    await expectHealthyNotesRead(vault);
  });
});

/** The Latin-1 bytes of `café.md` inside `folder`, as a file name Node cannot turn into a UTF-8 string. */
const latin1Name = (folder: string): Buffer => Buffer.concat([Buffer.from(folder + "/"), Buffer.from("caf\xe9.md", "latin1")]);

/** Whether the temp folder's file system takes a file name that is not UTF-8 (some refuse it: then the test is skipped). */
function acceptsLatin1Names(): boolean {
  const probe = makeVault();
  try {
    writeFileSync(latin1Name(probe), "");
    return true;
  } catch {
    process.stderr.write("skipping the Latin-1 file name test: this file system refuses a file name that is not UTF-8\n");
    return false;
  }
}

describe("file names that are not UTF-8", () => {
  const itIfLatin1 = acceptsLatin1Names() ? it : it.skip;
  itIfLatin1("a Latin-1 file name is one diagnostic naming it (as Node shows it); the others are still checked", async () => {
    const vault = makeVault(HEALTHY_NOTES);
    writeFileSync(latin1Name(path.join(vault, "Sources")), "---\ntags: [paper]\n---\naddresses:: [[Boundaries]]\n");
    const result = await run(["check", vault]);
    // Node decodes the name as UTF-8 with a replacement character; the file cannot be opened under that name.
    expect(result.code).toBe(1);
    expect(result.outLines).toEqual([expect.stringMatching(/^Sources\/caf\uFFFD\.md: error: unreadable-file: /)]);
    expect(result.errLines).toEqual(["1 error, 0 warnings in 3 notes"]);
    await expectHealthyNotesRead(vault);
  });
});
