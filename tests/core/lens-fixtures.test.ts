// The Lens validator's own fixtures, read into the index: each of its errors found with our code on the file's true line
// (its lens-file lines counted from the file's start, its link errors on the source:: line), no errors on valid
// content, and the course -> module -> outcome -> lens edges in the order its expected output gives.
import * as fs from "fs";
import * as path from "path";
import { MosaicIndex } from "../../src/core/index/mosaic-index";
import type { Diagnostic, Edge } from "../../src/core/model";
import { describeWithShared, SEEDS, sharedPath } from "../helpers/shared";
import { codesFor, findMatch, isValidatorQuirk } from "../../bench/lens-validator-match";

const fixtures = sharedPath(SEEDS.lensFixtures);

interface ExpectedError {
  file: string;
  line?: number;
  message: string;
  severity: string;
}
interface ExpectedSection {
  sourcePath?: string;
  learningOutcomeName?: string | null;
  optional?: boolean;
}
interface ExpectedModule {
  slug: string;
  sourcePath?: string;
  sections: ExpectedSection[];
}
interface Expected {
  modules: ExpectedModule[];
  courses: { slug: string; progression: { type: string; slug?: string; optional?: boolean }[] }[];
  errors: ExpectedError[];
}

function readTree(dir: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(out, readTree(full, rel));
    else if (entry.name.endsWith(".md") || entry.name.endsWith(".timestamps.json")) out[rel] = fs.readFileSync(full, "utf8");
  }
  return out;
}

function cases(group: string): [string, string][] {
  const dir = path.join(fixtures, group);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, "input")))
    .sort()
    .map((name) => [name, path.join(dir, name)]);
}

function load(dir: string): MosaicIndex {
  const files = readTree(path.join(dir, "input"));
  const index = new MosaicIndex();
  for (const file of Object.keys(files).sort()) index.setNote(file, files[file]!);
  return index;
}

function readJson(file: string): Expected {
  return JSON.parse(fs.readFileSync(file, "utf8")) as Expected;
}

const errors = (index: MosaicIndex): Diagnostic[] => index.diagnostics().filter((d) => d.severity === "error");

describeWithShared("Lens validator fixtures", [SEEDS.lensFixtures], () => {
  describe.each(cases("invalid"))("invalid/%s", (_name, dir) => {
    const expected = readJson(path.join(dir, "expected-errors.json"));
    const index = load(dir);
    const ours = errors(index);
    const wanted = expected.errors.filter((e) => e.severity === "error");
    it.each(wanted.map((e): [string, number | null, string, ExpectedError] => [e.file, e.line ?? null, e.message, e]))(
      "finds %s:%s %s with its code, file and line",
      (_file, _line, _message, error) => {
        expect(codesFor(error.message)).not.toEqual([]);
        expect(findMatch(ours, error, index)).toBeDefined();
      },
    );
  });

  describe.each([...cases("valid"), ...cases("golden")])("valid or golden: %s", (name, dir) => {
    const expected = readJson(path.join(dir, "expected.json"));
    const index = load(dir);
    const edges = index.edges();

    it("reports no errors the validator does not", () => {
      const theirs = expected.errors.filter((e) => e.severity === "error" && !isValidatorQuirk(e, index));
      for (const error of theirs) expect(findMatch(errors(index), error, index)).toBeDefined();
      const misread = expected.errors.filter((e) => isValidatorQuirk(e, index));
      for (const error of misread) expect(findMatch(errors(index), error, index)).toBeUndefined();
      const unexplained = errors(index).filter((d) => !theirs.some((e) => findMatch([d], e, index)));
      expect(unexplained).toEqual([]);
    });

    const modules = expected.modules.filter((m) => m.sourcePath?.startsWith("modules/"));
    it.each(modules.map((m): [string, ExpectedModule] => [m.sourcePath!, m]))("module %s links its outcomes and lenses in order", (_path, module) => {
      const from = module.sourcePath!;
      const sourceEdges = edges.filter((e) => e.from === from && e.relation === "source");
      const outcomeNames = dedupe(module.sections.map((s) => s.learningOutcomeName ?? null).filter(isString));
      expect(sourceEdges.filter((e) => e.to?.startsWith("Learning Outcomes/")).map((e) => e.to)).toEqual(
        outcomeNames.map((name) => `Learning Outcomes/${name}.md`),
      );
      for (const name of outcomeNames) {
        const lenses = module.sections.filter((s) => s.learningOutcomeName === name).map((s) => s.sourcePath);
        expect(lensTargets(edges, `Learning Outcomes/${name}.md`)).toEqual(lenses);
      }
      const direct = module.sections.filter((s) => !s.learningOutcomeName && s.sourcePath?.startsWith("Lenses/"));
      // `source::` with the link on the next line is a valid field; the validator misreads it as an inline lens
      // without id:: (LENS-FORMAT.md quirk 4) and reports an error there. We resolve those links: skip them here.
      const rejected = expected.errors.filter((e) => e.file === from && e.line !== undefined && /missing required id/.test(e.message));
      const ourLenses = sourceEdges.filter(
        (e) => e.to?.startsWith("Lenses/") && !rejected.some((r) => e.line > r.line! && e.line - r.line! <= 2),
      );
      expect(ourLenses.map((e) => [e.to, e.optional])).toEqual(direct.map((s) => [s.sourcePath, s.optional ?? false]));
    });

    const courses = expected.courses.map((c): [string, Expected["courses"][number]] => [c.slug, c]);
    if (courses.length > 0) it.each(courses)("course %s links its modules in order", (_slug, course) => {
      const slugToPath = new Map(expected.modules.map((m) => [m.slug, m.sourcePath]));
      const wanted = course.progression
        .filter((p) => p.type === "module")
        .map((p) => [slugToPath.get(p.slug ?? ""), p.optional ?? false]);
      const moduleEdges = edges.filter((e) => e.relation === "module");
      expect(new Set(moduleEdges.map((e) => e.from)).size).toBe(1);
      expect(moduleEdges.map((e) => [e.to, e.optional])).toEqual(wanted);
    });
  });
});

function lensTargets(edges: Edge[], outcome: string): (string | null)[] {
  return edges.filter((e) => e.from === outcome && e.relation === "source" && e.to?.startsWith("Lenses/")).map((e) => e.to);
}

function dedupe(names: string[]): string[] {
  return names.filter((name, i) => names[i - 1] !== name);
}

function isString(value: string | null): value is string {
  return value !== null;
}
