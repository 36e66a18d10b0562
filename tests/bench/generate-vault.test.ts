// The benchmark's vault generator: deterministic per seed, the requested count and kinds, valid links and anchors.
/* global describe, it, expect -- jest globals; the eslint config does not declare them for tests/ */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import {
  ensureVault,
  generateVaultFiles,
  hashFiles,
  plannedCounts,
  type GeneratedFile,
  type GeneratedKind,
} from "../../bench/generate-vault";
import { MosaicIndex } from "../../src/core/index/mosaic-index";

const KIND_BY_FOLDER: [RegExp, GeneratedKind][] = [
  [/^Problems\//, "problem"],
  [/^(Papers|Posts)\//, "source"],
  [/^articles\//, "article"],
  [/^Lenses\//, "lens"],
  [/^Learning Outcomes\//, "learning-outcome"],
  [/^modules\//, "module"],
  [/^courses\//, "course"],
];

function kindOf(file: GeneratedFile): GeneratedKind | null {
  return KIND_BY_FOLDER.find(([re]) => re.test(file.path))?.[1] ?? null;
}

function countKinds(files: GeneratedFile[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of files) {
    const kind = kindOf(f) ?? "unknown";
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

function body(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, "");
}

const small = generateVaultFiles({ notes: 300, seed: 42 });

describe("generateVault", () => {
  it("gives the same files for the same seed and different files for another seed", () => {
    const again = generateVaultFiles({ notes: 300, seed: 42 });
    expect(hashFiles(again.files)).toBe(hashFiles(small.files));
    expect(again.files.map((f) => f.path)).toEqual(small.files.map((f) => f.path));
    expect(hashFiles(generateVaultFiles({ notes: 300, seed: 43 }).files)).not.toBe(hashFiles(small.files));
  });

  it("is deterministic and exact in count for any seed and size (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 40, max: 200 }), fc.constantFrom("full" as const, "lens" as const), (seed, notes, mix) => {
        const a = generateVaultFiles({ notes, seed, mix });
        const b = generateVaultFiles({ notes, seed, mix });
        expect(hashFiles(a.files)).toBe(hashFiles(b.files));
        expect(a.files).toHaveLength(notes);
        expect(new Set(a.files.map((f) => f.path.toLowerCase())).size).toBe(notes);
        expect(countKinds(a.files)).toEqual(Object.fromEntries(Object.entries(plannedCounts({ notes, seed, mix })).filter(([, n]) => n > 0)));
      }),
      { numRuns: 12 },
    );
  });

  it.each([
    [1000, { problem: 50, source: 550, lens: 140 }],
    [10000, { problem: 500, source: 5500, lens: 1400 }],
  ])("plans %i notes as about 5%% problems, 55%% sources, 40%% Lens content", (notes, expected) => {
    const counts = plannedCounts({ notes, seed: 1 });
    expect(counts).toMatchObject(expected);
    const lensContent = counts.article + counts.lens + counts["learning-outcome"] + counts.module + counts.course;
    expect(lensContent).toBe(notes * 0.4);
  });

  it("writes problems with 50–500 nested questions, depth up to 4, block ids on about half", () => {
    const problems = small.files.filter((f) => kindOf(f) === "problem");
    expect(problems.length).toBe(15);
    let items = 0;
    let withId = 0;
    for (const p of problems) {
      const lines = p.text.split("\n").filter((l) => /^\s*[-*] /.test(l));
      expect(lines.length).toBeGreaterThanOrEqual(50);
      expect(lines.length).toBeLessThanOrEqual(500);
      const depths = lines.map((l) => (/^( *)/.exec(l)?.[1]?.length ?? 0) / 2);
      expect(Math.max(...depths)).toBeLessThanOrEqual(3);
      expect(Math.max(...depths)).toBeGreaterThanOrEqual(2);
      expect(p.text).toMatch(/^## /m);
      items += lines.length;
      withId += lines.filter((l) => / \^q\d+-[a-z]+$/.test(l)).length;
    }
    expect(withId / items).toBeGreaterThan(0.4);
    expect(withId / items).toBeLessThan(0.6);
    expect(small.summary.bigProblem).toBe(problems[0]?.path);
  });

  it("writes paper and post notes with relation fields, 300–1500 words and unresolvable [[1]] markers", () => {
    const sources = small.files.filter((f) => kindOf(f) === "source");
    expect(sources.every((s) => /^tags: \[(paper|post)\]$/m.test(s.text))).toBe(true);
    expect(sources.filter((s) => /^addresses:: \[\[/m.test(s.text)).length).toBeGreaterThan(sources.length * 0.7);
    expect(sources.some((s) => /\(addresses:: \[\[[^\]]+#\^q\d+-[a-z]+\]\]\)/.test(s.text))).toBe(true);
    expect(sources.some((s) => /^informs:: \[\[/m.test(s.text))).toBe(true);
    expect(sources.some((s) => /\[\[1\]\]/.test(s.text))).toBe(true);
    for (const s of sources) {
      const wordCount = body(s.text).split(/\s+/).filter(Boolean).length;
      expect(wordCount).toBeGreaterThanOrEqual(300);
      expect(wordCount).toBeLessThan(1800);
    }
  });

  it("writes Lens content whose article excerpts' from/to anchors occur exactly once in the article", () => {
    const lens = generateVaultFiles({ notes: 300, seed: 7, mix: "lens" });
    const byPath = new Map(lens.files.map((f) => [f.path, f.text]));
    let anchors = 0;
    for (const f of lens.files.filter((x) => kindOf(x) === "lens")) {
      expect(f.text).toMatch(/^id: [0-9a-f-]{36}$/m);
      const source = /^source:: !?\[\[\.\.\/articles\/([^\]|]+)/m.exec(f.text)?.[1];
      expect(source).toBeDefined();
      const article = body(byPath.get(`articles/${source ?? ""}.md`) ?? "").toLowerCase();
      expect(article.length).toBeGreaterThan(0);
      for (const m of f.text.matchAll(/^(from|to):: "([^"]+)"$/gm)) {
        const phrase = (m[2] ?? "").toLowerCase();
        const at = article.indexOf(phrase);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(article.indexOf(phrase, at + 1)).toBe(-1);
        anchors++;
      }
    }
    expect(anchors).toBeGreaterThan(50);
    const modules = lens.files.filter((x) => kindOf(x) === "module");
    expect(modules.every((m) => /^# Learning Outcome:\nsource:: !?\[\[\.\.\/Learning Outcomes\//m.test(m.text))).toBe(true);
    expect(modules.every((m) => /^slug: [a-z0-9]+(-[a-z0-9]+)*$/m.test(m.text))).toBe(true);
    const outcomes = lens.files.filter((x) => kindOf(x) === "learning-outcome");
    expect(outcomes.every((o) => /^## Lens:\n(optional:: true\n)?source:: !?\[\[\.\.\/Lenses\//m.test(o.text))).toBe(true);
    expect(lens.files.filter((x) => kindOf(x) === "course").every((c) => /^# Module: \[\[\.\.\/modules\//m.test(c.text))).toBe(true);
  });

  it("caches a written vault and reports the same hash as in memory", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "mosaic-bench-"));
    try {
      const first = ensureVault(root, { notes: 120, seed: 5 });
      expect(first.cached).toBe(false);
      expect(first.manifest.sha256).toBe(hashFiles(generateVaultFiles({ notes: 120, seed: 5 }).files));
      const probe = first.manifest.probe;
      expect(probe).not.toBeNull();
      expect(readFileSync(path.join(first.dir, probe?.source ?? ""), "utf8")).toMatch(/^addresses:: /m);
      const second = ensureVault(root, { notes: 120, seed: 5 });
      expect(second.cached).toBe(true);
      expect(second.manifest.sha256).toBe(first.manifest.sha256);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("a generated vault in the index", () => {
  it.each(["full", "lens"] as const)("resolves every generated relation link (%s, 300 notes)", (mix) => {
    const { files } = mix === "full" ? small : generateVaultFiles({ notes: 300, seed: 42, mix });
    const index = new MosaicIndex();
    for (const f of files) index.setNote(f.path, f.text);
    const broken = index.diagnostics().filter((d) => d.code === "broken-link");
    expect(broken).toEqual([]);
    const unresolved = index.edges().filter((e) => e.to === null && e.relation !== "link");
    expect(unresolved).toEqual([]);
    // Only the `[[n]]` citation markers stay unresolved among plain links.
    const plain = index.edges().filter((e) => e.to === null && e.relation === "link");
    expect(plain.every((e) => /^\d+$/.test(e.target))).toBe(true);
    expect(index.diagnostics().filter((d) => d.severity === "error")).toEqual([]);
  });
});
