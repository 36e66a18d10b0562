// Writes that stay safe: links refused, the old note whole after a failure or a kill, racing writers serialised.
import { Buffer } from "node:buffer";
import process from "node:process";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { buildSync } from "esbuild";
import { writeAtomically } from "../../src/cli/safe-write";
import { makeVault, removeTempVaults, run } from "./cli-harness";

afterAll(removeTempVaults);

const NOTE = ["---", "tags: [problem]", "---", "# Agents", "", "- What is an agent? ^agent", "- What is a goal?", ""].join("\n");

function vaultWithOutline(lines: string[]): { dir: string; vault: string; outline: string } {
  const dir = makeVault({ "vault/Problems/Agents.md": NOTE, "outside/bashrc": "export PATH=/usr/bin\n" });
  const outline = path.join(dir, "outline.md");
  writeFileSync(outline, lines.map((l) => `- ${l}`).join("\n") + "\n");
  return { dir, vault: path.join(dir, "vault"), outline };
}

describe("links: refused, target untouched", () => {
  it.each([
    ["a file link", "Problems/Link.md", (dir: string) => symlinkSync(path.join(dir, "outside", "bashrc"), path.join(dir, "vault", "Problems", "Link.md"))],
    ["a folder link", "Shared/Agents.md", (dir: string) => symlinkSync(path.join(dir, "outside"), path.join(dir, "vault", "Shared"))],
    ["a dangling link", "Problems/New.md", (dir: string) => symlinkSync(path.join(dir, "outside", "created.md"), path.join(dir, "vault", "Problems", "New.md"))],
  ])("%s", async (_what, into, link) => {
    const { dir, vault, outline } = vaultWithOutline(["A new question"]);
    link(dir);
    const before = readdirSync(path.join(dir, "outside")).map((f) => [f, readFileSync(path.join(dir, "outside", f), "utf8")]);
    const result = await run(["import", outline, "--into", into, "--write", vault]);
    expect(result.code).toBe(2);
    expect(result.errLines).toEqual([expect.stringMatching(/^mosaic: (Problems|Shared)\/?\S* is a symbolic link; nothing written/)]);
    expect(readdirSync(path.join(dir, "outside")).map((f) => [f, readFileSync(path.join(dir, "outside", f), "utf8")])).toEqual(before);
  });

  it("--out that is a link is refused before the vault is read", async () => {
    const { dir, vault } = vaultWithOutline([]);
    const out = path.join(dir, "export.json");
    symlinkSync(path.join(dir, "outside", "bashrc"), out);
    const result = await run(["export", "--out", out, vault]);
    expect(result.code).toBe(2);
    expect(result.errLines).toEqual([expect.stringMatching(/is a symbolic link; nothing written/)]);
    expect(readFileSync(path.join(dir, "outside", "bashrc"), "utf8")).toBe("export PATH=/usr/bin\n");
  });
});

describe("a write that fails or is killed between writing and renaming leaves the old note whole", () => {
  it("a failure before the rename: old bytes, no temporary file, lock released", async () => {
    const dir = makeVault({ "Note.md": NOTE });
    const full = path.join(dir, "Note.md");
    chmodSync(full, 0o640);
    const write = writeAtomically(full, Buffer.from("new text"), {
      expected: Buffer.from(NOTE),
      shown: "Note.md",
      hooks: {
        beforeRename: () => {
          throw new Error("ENOSPC: no space left on device");
        },
      },
    });
    await expect(write).rejects.toThrow("ENOSPC");
    expect(readFileSync(full, "utf8")).toBe(NOTE);
    expect(readdirSync(dir)).toEqual(["Note.md"]);
    // The next write goes through and keeps the note's mode.
    await writeAtomically(full, Buffer.from("new text"), { expected: Buffer.from(NOTE), shown: "Note.md" });
    expect(readFileSync(full, "utf8")).toBe("new text");
    expect(statSync(full).mode & 0o777).toBe(0o640);
  });

  it("a process killed before the rename: old bytes, and its stale lock does not block the next writer", async () => {
    const dir = makeVault({ "Note.md": NOTE });
    const full = path.join(dir, "Note.md");
    const script = path.join(dir, "killed-writer.js");
    buildSync({
      stdin: {
        contents: `import { writeAtomically } from "./src/cli/safe-write";
          void writeAtomically(process.argv[2], Buffer.from("half"), { expected: "any", shown: "Note.md",
            hooks: { beforeRename: () => { process.kill(process.pid, "SIGKILL"); } } });`,
        resolveDir: path.resolve(__dirname, "../.."),
        loader: "ts",
      },
      bundle: true,
      platform: "node",
      outfile: script,
      logLevel: "silent",
    });
    const child = spawnSync(process.execPath, [script, full]);
    expect(child.signal).toBe("SIGKILL");
    expect(readFileSync(full, "utf8")).toBe(NOTE);
    expect(readdirSync(dir).some((f) => f.endsWith(".mosaic-lock"))).toBe(true);
    await writeAtomically(full, Buffer.from("after"), { expected: Buffer.from(NOTE), shown: "Note.md", lockWaitMs: 2000 });
    expect(readFileSync(full, "utf8")).toBe("after");
  });
});

describe("racing imports into one note", () => {
  it("50 pairs of concurrent import --write: no line lost, every loser exits 2 with one line", async () => {
    const dir = makeVault({ "vault/Problems/Agents.md": NOTE });
    const vault = path.join(dir, "vault");
    const winners: string[] = [];
    let losers = 0;
    for (let pair = 0; pair < 50; pair++) {
      const questions = ["a", "b"].map((side) => `Question ${pair}${side}?`);
      const files = questions.map((q, i) => {
        const file = path.join(dir, `in-${pair}-${i}.md`);
        writeFileSync(file, `- ${q}\n`);
        return file;
      });
      const results = await Promise.all(files.map((file) => run(["import", file, "--into", "Problems/Agents.md", "--write", vault])));
      results.forEach((result, i) => {
        if (result.code === 0) winners.push(questions[i] ?? "");
        else {
          losers++;
          expect(result.code).toBe(2);
          expect(result.errLines).toEqual(["mosaic: Problems/Agents.md changed since it was read; nothing written (run the import again)"]);
        }
      });
    }
    const lines = readFileSync(path.join(vault, "Problems", "Agents.md"), "utf8").split("\n");
    for (const question of winners) expect(lines).toContain(`- ${question}`);
    expect(lines.filter((l) => l.startsWith("- Question "))).toHaveLength(winners.length);
    expect(winners.length + losers).toBe(100);
    expect(readdirSync(path.join(vault, "Problems"))).toEqual(["Agents.md"]);
  });
});

describe("size limits", () => {
  it("an outline over 10 MB is refused before it is read", async () => {
    const { dir, vault } = vaultWithOutline([]);
    const big = path.join(dir, "big.md");
    writeFileSync(big, "");
    truncateSync(big, 11 * 1024 * 1024);
    const result = await run(["import", big, "--into", "Problems/Agents.md", "--write", vault]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.errLines).toEqual([`mosaic: ${big} is 11.0 MB, over the 10.0 MB import limit; nothing read`]);
    expect(readFileSync(path.join(vault, "Problems", "Agents.md"), "utf8")).toBe(NOTE);
  });
});

describe("byte-exact preservation", () => {
  it.each([
    ["LF", "\n", ""],
    ["CRLF", "\r\n", ""],
    ["CR only", "\r", ""],
    ["BOM and CRLF", "\r\n", "\uFEFF"],
  ])("%s: every old byte kept, new lines in the note's own break", async (_what, eol, bom) => {
    const text = bom + NOTE.split("\n").join(eol);
    const dir = makeVault({ "vault/Problems/Agents.md": Buffer.from(text, "utf8") });
    const outline = path.join(dir, "in.md");
    writeFileSync(outline, "- A new question?\n");
    const result = await run(["import", outline, "--into", "Problems/Agents.md", "--write", path.join(dir, "vault")]);
    expect(result.code).toBe(0);
    const after = readFileSync(path.join(dir, "vault", "Problems", "Agents.md"), "utf8");
    expect(after.replace(`- A new question?${eol}`, "")).toBe(text);
  });

  it("mixed line breaks stay as they are", async () => {
    const text = ["# Agents", "", "- What is an agent?", "- What is a goal?", "", "Notes."].map((l, i) => l + ["\n", "\r\n", "\r", "\n", "\r\n", ""][i]).join("");
    const dir = makeVault({ "vault/P.md": text });
    const outline = path.join(dir, "in.md");
    writeFileSync(outline, "- A new question?\n");
    const result = await run(["import", outline, "--into", "P.md", "--write", path.join(dir, "vault")]);
    expect(result.code).toBe(0);
    const after = readFileSync(path.join(dir, "vault", "P.md"), "utf8");
    expect(after).toBe(text.replace("- What is a goal?\n", "- What is a goal?\n- A new question?\n"));
  });

  it("a new note is created with its folders, and only inside the vault", async () => {
    const dir = makeVault({ "vault/.keep": "" });
    const outline = path.join(dir, "in.md");
    writeFileSync(outline, "- A new question?\n");
    mkdirSync(path.join(dir, "vault", "A"));
    const result = await run(["import", outline, "--into", "A/B/C.md", "--write", path.join(dir, "vault")]);
    expect(result.code).toBe(0);
    expect(existsSync(path.join(dir, "vault", "A", "B", "C.md"))).toBe(true);
  });
});
