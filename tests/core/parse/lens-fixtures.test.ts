// Every Lens fixture file parses; hand-checked files give the sections, ids and diagnostics the format defines.
import type { ParsedNote } from "../../../src/core/model";
import { describeWithShared, readShared, SEEDS, sharedPath } from "../../helpers/shared";
import { listFiles, parse } from "./helpers";

const FIXTURES = sharedPath(SEEDS.lensFixtures);

describeWithShared("Lens fixtures", [SEEDS.lensFixtures], () => {
  /** Every `*.md` under some `input/` folder, with its vault path (the part after `input/`). */
  const files = listFiles(FIXTURES)
    .filter((f) => f.endsWith(".md") && f.includes("/input/"))
    .map((f) => ({ file: f, vaultPath: f.slice(f.indexOf("/input/") + "/input/".length) }));

  const parsed = new Map<string, ParsedNote>();
  for (const { file, vaultPath } of files) parsed.set(file, parse(readShared("fixtures", "lens-content-processor", file), vaultPath));

  function note(file: string): ParsedNote {
    const n = parsed.get(file);
    if (!n) throw new Error(`fixture not found: ${file}`);
    return n;
  }

  it("include dozens of files of every kind", () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
    const kinds = new Set([...parsed.values()].map((n) => n.kind));
    expect([...kinds].sort()).toEqual(["course", "learning-outcome", "lens", "module", "source"]);
  });

  it.each(files.map((f) => [f.file]))("%s parses with every line inside the file", (file) => {
    const n = note(file);
    const lineCount = readShared("fixtures", "lens-content-processor", file).split(/\r\n|\n|\r/).length;
    const lines = [
      ...n.fields.map((f) => f.line),
      ...n.links.map((l) => l.line),
      ...n.sections.map((s) => s.line),
      ...n.headings.map((h) => h.line),
      ...n.diagnostics.map((d) => d.line ?? 1),
    ];
    for (const line of lines) {
      expect(line).toBeGreaterThanOrEqual(1);
      expect(line).toBeLessThanOrEqual(lineCount);
    }
  });

  it("golden introduction module: inline lens with a segment, outcomes, referenced lenses", () => {
    const n = note("golden/actual-content/input/modules/introduction.md");
    expect(n.kind).toBe("module");
    expect(n.id).toBe("69615c7b-49e1-431b-8748-3f6de6fef21e");
    expect(n.sections.map((s) => [s.type, s.title, s.line, s.parent])).toEqual([
      ["lens", "Welcome", 7, null],
      ["text", "", 10, 0],
      ["learning-outcome", "", 14, null],
      ["learning-outcome", "", 16, null],
      ["lens", "", 19, null],
      ["lens", "", 23, null],
    ]);
    expect(n.sections[0]?.fields.map((f) => [f.key, f.value])).toEqual([["id", "a1b2c3d4-5678-90ab-cdef-1234567890ab"]]);
    expect(n.sections[4]?.fields.map((f) => [f.key, f.value, f.links[0]?.path, f.links[0]?.embed])).toEqual([
      ["optional", "true", undefined, undefined],
      ["source", "![[../Lenses/Four Background Claims]]", "../Lenses/Four Background Claims", true],
    ]);
    expect(n.diagnostics).toEqual([]);
  });

  it("golden course: modules and meetings in order, module links in titles", () => {
    const n = note("golden/actual-content/input/courses/default.md");
    expect(n.kind).toBe("course");
    expect(n.sections.map((s) => s.type)).toEqual([
      "module",
      "meeting",
      "module",
      "module",
      "meeting",
      "module",
      "module",
      "meeting",
      "module",
      "meeting",
    ]);
    expect(n.sections[0]?.title).toBe("[[../modules/introduction]]");
    expect(n.sections[1]?.title).toBe("Introduction");
    expect(n.links.filter((l) => l.path === "../modules/coming-soon").map((l) => [l.line, l.section])).toEqual([
      [13, 3],
      [17, 5],
      [19, 6],
      [23, 8],
    ]);
  });

  it("golden learning outcome: test and lenses whose source:: value sits on the next line", () => {
    const n = note("golden/actual-content/input/Learning Outcomes/Fizzle or Foom.md");
    expect(n.kind).toBe("learning-outcome");
    expect(n.sections.map((s) => [s.type, s.level, s.line])).toEqual([
      ["test", 2, 5],
      ["lens", 2, 7],
      ["lens", 2, 11],
    ]);
    const sources = n.fields.filter((f) => f.key === "source");
    expect(sources.map((f) => [f.form, f.line, f.links.map((l) => [l.path, l.alias, l.line])])).toEqual([
      ["block", 8, [["../Lenses/What are the differences between a singularity, an intelligence explosion, and a hard takeoff", expect.any(String), 9]]],
      ["block", 12, [["../Lenses/Recursion Magic", "Recursion Magic", 13]]],
    ]);
    expect(n.diagnostics).toEqual([]);
  });

  it("golden lens: flat segments and their fields", () => {
    const n = note("golden/actual-content/input/Lenses/Cascades and Cycles.md");
    expect(n.kind).toBe("lens");
    expect(n.id).toBe("3dd47fce-a0fe-4e03-916d-a160fe697dd0");
    expect(n.sections.map((s) => [s.type, s.parent, s.fields.map((f) => f.key)])).toEqual([
      ["text", null, ["content"]],
      ["article", null, ["source", "from", "to"]],
      ["text", null, ["content"]],
      ["chat", null, ["instructions"]],
    ]);
    expect(n.sections[3]?.fields[0]?.value).toContain("- What is AI's neutron multiplication factor?");
    // The chat's topic list is not content:: text, so it is not a content question.
    expect(n.contentOutline).toEqual([]);
  });

  it("articles and transcripts are sources with no sections", () => {
    for (const [file, n] of parsed) {
      if (/\/(articles|video_transcripts)\//.test(file)) {
        expect(n.kind).toBe("source");
        expect(n.sections).toEqual([]);
      }
    }
  });

  it("reports the invalid fixtures' missing frontmatter and missing slug at their lines", () => {
    const bad = note("invalid/missing-frontmatter/input/modules/bad.md");
    expect(bad.diagnostics.map((d) => [d.code, d.line, d.severity])).toEqual([["missing-frontmatter", 1, "error"]]);
    const noSlug = note("invalid/missing-slug/input/modules/no-slug.md");
    const errors = noSlug.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.code, d.line])).toEqual([["missing-field", 2]]);
    expect(errors[0]?.message).toContain("slug");
    expect(noSlug.diagnostics.filter((d) => d.severity === "warning").map((d) => d.code)).toEqual([]);
  });

  it("finds no errors in the valid and golden fixtures' modules, outcomes and lenses (software-demo has the validator's own)", () => {
    const errors = [...parsed.entries()]
      .filter(([file]) => !file.startsWith("invalid/") && !file.startsWith("golden/software-demo/"))
      .flatMap(([, n]) => n.diagnostics.filter((d) => d.severity === "error"));
    expect(errors).toEqual([]);
  });
});
