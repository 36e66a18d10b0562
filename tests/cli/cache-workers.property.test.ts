// The parsed-note cache and the parse worker change nothing: over random vaults and edit sequences, the index read
// with a cache, with a worker, with both and with neither gives the same diagnostics, export and trees, including
// after a cache of an older format, a truncated cache and a note rewritten with its old size and mtime.
/* global afterAll, describe, expect, it -- jest globals; the eslint config does not declare them for tests/ */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { CACHE_FILE } from "../../src/cli/cache-file";
import { CHECK_MEMO_FILE } from "../../src/cli/check-memo";
import { run } from "./cli-harness";
import { noteLoader } from "../../src/cli/load-notes";
import { doParseJob, type JobRunner } from "../../src/cli/parse-workers";
import { readVault } from "../../src/cli/read-vault";
import { MosaicIndex } from "../../src/core/index/mosaic-index";
import { PARSED_NOTE_FORMAT, type ProblemTree } from "../../src/core/model";
import { FRAGMENTS, FRONTMATTERS, NOTE_PATHS, noteText } from "../helpers/note-arbitraries";
import { exportJson } from "../../src/core/export/json";

/** The worker's share run in-process, its results copied as a message to another thread would be. */
const inProcess: JobRunner = (job) => Promise.resolve(structuredClone(doParseJob(structuredClone(job))));

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mosaic-cache-"));
  folders.push(dir);
  return dir;
}

const text = noteText(FRONTMATTERS, [...FRAGMENTS.head, ...FRAGMENTS.middle, ...FRAGMENTS.lenses, ...FRAGMENTS.tail]);

type Step =
  | { op: "write"; path: string; text: string }
  | { op: "delete"; path: string }
  /** The same number of bytes, one character changed, and the old mtime put back. */
  | { op: "same-stamp"; path: string }
  | { op: "old-format" }
  | { op: "truncate"; at: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant("write" as const), path: fc.constantFrom(...NOTE_PATHS), text }),
  fc.record({ op: fc.constant("delete" as const), path: fc.constantFrom(...NOTE_PATHS) }),
  fc.record({ op: fc.constant("same-stamp" as const), path: fc.constantFrom(...NOTE_PATHS) }),
  fc.constant({ op: "old-format" as const }),
  fc.record({ op: fc.constant("truncate" as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

/** What a command could print: every diagnostic, the JSON export and the problem trees. */
async function results(vault: string, cacheDir: string | null, workers: number): Promise<string> {
  const index = new MosaicIndex();
  await readVault(vault, index, noteLoader({ cacheDir, workers, keepText: false, runner: inProcess }));
  return JSON.stringify({ diagnostics: index.diagnostics(), export: exportJson(index), problems: index.problems() });
}

/** What `mosaic check` gives: exit code, stdout (JSON) and stderr. */
async function checkOutput(vault: string, cacheDir: string | null, unresolved: boolean): Promise<string> {
  const flags = [...(unresolved ? ["--unresolved"] : []), ...(cacheDir === null ? [] : [`--cache=${cacheDir}`])];
  const { code, stdout, stderr } = await run(["check", vault, "--format", "json", ...flags]);
  return JSON.stringify([code, stdout, stderr]);
}

/** Every note gets this mtime (whole seconds, which every file system keeps exactly): only size and ctime tell edits apart. */
const MTIME = 1_700_000_000;

function writeNote(file: string, body: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, body);
  utimesSync(file, MTIME, MTIME);
}

/** The cache file's note lines, sorted (a truncated file's last line may lack its newline; an empty vault writes none). */
function cacheLines(dir: string): string[] {
  const file = path.join(dir, CACHE_FILE);
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").slice(1).filter(Boolean).sort() : [];
}

function firstQuestion(json: string): string | undefined {
  return (JSON.parse(json) as { problems: ProblemTree[] }).problems[0]?.root.children[0]?.text;
}

function apply(vault: string, cacheDirs: string[], s: Step): void {
  const cacheFiles = cacheDirs.flatMap((dir) => [path.join(dir, CACHE_FILE), path.join(dir, CHECK_MEMO_FILE)]);
  if (s.op === "write") writeNote(path.join(vault, s.path), s.text);
  else if (s.op === "delete") rmSync(path.join(vault, s.path), { force: true });
  else if (s.op === "same-stamp") {
    const file = path.join(vault, s.path);
    let before: string;
    try {
      before = readFileSync(file, "utf8");
    } catch {
      return;
    }
    const bodyStart = before.startsWith("---") ? before.indexOf("\n---", 3) + 4 : 0;
    const found = before.slice(bodyStart).search(/[a-z]/);
    if (found < 0) return;
    const at = bodyStart + found;
    writeNote(file, before.slice(0, at) + (before[at] === "q" ? "z" : "q") + before.slice(at + 1));
  } else {
    for (const file of cacheFiles) {
      let cache: string;
      try {
        cache = readFileSync(file, "utf8");
      } catch {
        continue;
      }
      if (s.op === "old-format") writeFileSync(file, cache.replace(`"format":${PARSED_NOTE_FORMAT}`, `"format":${PARSED_NOTE_FORMAT - 1}`));
      else writeFileSync(file, cache.slice(0, Math.floor(cache.length * s.at)));
    }
  }
}

describe("cache and worker give the results of a plain read", () => {
  it("over random vaults and edit sequences", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...NOTE_PATHS), text, { minKeys: 1, maxKeys: 8 }),
        fc.array(step, { minLength: 1, maxLength: 6 }),
        async (files, steps) => {
          const vault = tempFolder();
          const caches = [tempFolder(), tempFolder()];
          for (const [rel, body] of Object.entries(files)) apply(vault, [], { op: "write", path: rel, text: body });
          for (const s of [{ op: "old-format" as const }, ...steps]) {
            apply(vault, caches, s);
            const plain = await results(vault, null, 0);
            expect(await results(vault, caches[0]!, 0)).toBe(plain);
            expect(await results(vault, null, 1)).toBe(plain);
            expect(await results(vault, caches[1]!, 1)).toBe(plain);
            // Lines kept from the old cache are the lines a fresh cache holds.
            const fresh = tempFolder();
            await results(vault, fresh, 0);
            expect(cacheLines(caches[0]!)).toEqual(cacheLines(fresh));
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it("re-parses a note rewritten with its old size and mtime (its ctime moved)", async () => {
    const vault = tempFolder();
    const cache = tempFolder();
    const file = path.join(vault, "Problem.md");
    writeNote(file, "---\ntags: [problem]\n---\n- How does search work? ^q-1\n");
    const before = statSync(file);
    expect(firstQuestion(await results(vault, cache, 0))).toBe("How does search work?");
    apply(vault, [cache], { op: "same-stamp", path: "Problem.md" });
    const after = statSync(file);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    expect(readFileSync(file, "utf8")).toContain("Hqw does search");
    expect(firstQuestion(await results(vault, cache, 0))).toBe("Hqw does search work?");
  });

  it("writes a cache only when something changed, and survives its file being removed", async () => {
    const vault = tempFolder();
    const cache = tempFolder();
    writeFileSync(path.join(vault, "a.md"), "See [[b]].\n");
    const first = await results(vault, cache, 0);
    const written = statSync(path.join(cache, CACHE_FILE)).mtimeMs;
    expect(await results(vault, cache, 0)).toBe(first);
    expect(statSync(path.join(cache, CACHE_FILE)).mtimeMs).toBe(written);
    unlinkSync(path.join(cache, CACHE_FILE));
    expect(await results(vault, cache, 0)).toBe(first);
  });

  it("check --cache prints what a plain check prints, remembered result and all, over random vaults and edit sequences", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...NOTE_PATHS), text, { minKeys: 1, maxKeys: 8 }),
        fc.array(fc.tuple(step, fc.boolean()), { minLength: 1, maxLength: 6 }),
        async (files, steps) => {
          const vault = tempFolder();
          const cache = tempFolder();
          for (const [rel, body] of Object.entries(files)) apply(vault, [], { op: "write", path: rel, text: body });
          for (const [s, unresolved] of steps) {
            const plain = await checkOutput(vault, null, unresolved);
            expect(await checkOutput(vault, cache, unresolved)).toBe(plain);
            expect(await checkOutput(vault, cache, unresolved)).toBe(plain);
            apply(vault, [cache], s);
            expect(await checkOutput(vault, cache, unresolved)).toBe(await checkOutput(vault, null, unresolved));
          }
        },
      ),
      { numRuns: 10 },
    );
  });

  it("check --cache answers from its remembered result until a note, the settings or the flags change", async () => {
    const vault = tempFolder();
    const cache = tempFolder();
    writeNote(path.join(vault, "a.md"), "See [[b]].\n");
    const first = await checkOutput(vault, cache, false);
    const memo = path.join(cache, CHECK_MEMO_FILE);
    const planted = { file: "a.md", line: 1, severity: "warning", code: "broken-link", message: "planted" };
    const remembered = JSON.parse(readFileSync(memo, "utf8")) as { key: string; result: { diagnostics: unknown[] } };
    remembered.result.diagnostics.push(planted);
    writeFileSync(memo, JSON.stringify(remembered));
    expect(await checkOutput(vault, cache, false)).toContain("planted");
    expect(await checkOutput(vault, cache, true)).not.toContain("planted");
    writeFileSync(memo, JSON.stringify(remembered));
    mkdirSync(path.join(vault, ".config", "plugins", "alignment-mosaic"), { recursive: true });
    writeFileSync(path.join(vault, ".config", "plugins", "alignment-mosaic", "data.json"), JSON.stringify({ excludeFolders: ["archive"] }));
    expect(await checkOutput(vault, cache, false)).not.toContain("planted");
    writeFileSync(memo, JSON.stringify(remembered));
    apply(vault, [], { op: "same-stamp", path: "a.md" });
    expect(await checkOutput(vault, cache, false)).not.toContain("planted");
    expect(first).not.toContain("planted");
    expect(await checkOutput(vault, cache, false)).toBe(await checkOutput(vault, null, false));
  });
});
