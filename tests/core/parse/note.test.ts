// Note-level reading: frontmatter (malformed, unclosed, CRLF, BOM), title, kind by tags and folders, Lens id and checks.
import { DEFAULT_SETTINGS, type MosaicSettings } from "../../../src/core/model";
import { kindFromPath } from "../../../src/core/parse/kind";
import { parseNote } from "../../../src/core/parse/parse-note";
import { parse } from "./helpers";

describe("frontmatter", () => {
  it("keeps body fields and links after malformed YAML, with the YAML error's line", () => {
    const text = ["---", "title: ok", "tags: [a, b", "x: 1", "---", "addresses:: [[Q]]", "See [[Other]] #later"].join("\n");
    const n = parse(text, "notes/Broken YAML.md");
    expect(n.frontmatter).toBeNull();
    expect(n.frontmatterLines).toBe(5);
    expect(n.title).toBe("Broken YAML");
    const d = n.diagnostics.find((x) => x.code === "malformed-yaml");
    expect(d).toMatchObject({ severity: "error", file: "notes/Broken YAML.md" });
    expect(d?.line).toBeGreaterThanOrEqual(3);
    expect(d?.line).toBeLessThanOrEqual(5);
    expect(n.fields.map((f) => [f.key, f.line])).toEqual([["addresses", 6]]);
    expect(n.links.map((l) => [l.path, l.line, l.field])).toEqual([
      ["Q", 6, "addresses"],
      ["Other", 7, null],
    ]);
    expect(n.tags).toEqual(["later"]);
  });

  it("points at the offending YAML line", () => {
    const n = parse(["---", "a: 1", "b: 2", "  c: 3", "---", "body"].join("\n"));
    expect(n.diagnostics.map((d) => [d.code, d.line])).toEqual([["malformed-yaml", 4]]);
  });

  it("reads frontmatter that CriticMarkup breaks for Obsidian as the platform does, after rejecting the change", () => {
    const n = parse(["---", "id: 1", "title: {--Old--}{++New++}", "---", "text:: [[A]]"].join("\n"), "notes/X.md");
    expect(n.diagnostics).toEqual([]);
    expect(n.title).toBe("Old");
    expect(n.fields.map((f) => f.key)).toEqual(["text"]);
  });

  it("reads an unclosed --- as malformed and parses the whole note as body", () => {
    const n = parse(["---", "title: x", "status:: open", "- [[A]]"].join("\n"));
    expect(n.frontmatter).toBeNull();
    expect(n.frontmatterLines).toBe(0);
    expect(n.diagnostics.map((d) => [d.code, d.line, d.severity])).toEqual([["malformed-yaml", 1, "error"]]);
    expect(n.fields.map((f) => [f.key, f.line])).toEqual([["status", 3]]);
    expect(n.links.map((l) => l.line)).toEqual([4]);
  });

  it("is not a field source: frontmatter lines are never fields", () => {
    const n = parse(["---", "note:: not a field", "---", "real:: yes"].join("\n"));
    expect(n.fields.map((f) => f.key)).toEqual(["real"]);
  });

  it("reads a scalar YAML document as malformed", () => {
    expect(parse("---\njust text\n---\nbody").diagnostics.map((d) => d.code)).toEqual(["malformed-yaml"]);
  });

  it("handles CRLF line ends and a byte-order mark with the same result as LF", () => {
    const lf = ["---", "title: T", "tags: [problem]", "---", "# Q ^root", "- a [status:: open]", "  - b ^b1", "source:: [[X]]"].join("\n");
    const crlf = "\uFEFF" + lf.replace(/\n/g, "\r\n");
    const a = parse(lf, "p.md");
    const b = parse(crlf, "p.md");
    expect(b).toEqual(a);
    expect(a.title).toBe("T");
    expect(a.outline[0]?.children[0]?.children[0]).toMatchObject({ text: "b", blockId: "b1", line: 7 });
    expect(b.fields.map((f) => f.value)).toEqual(["open", "[[X]]"]);
  });
});

describe("title, kind and id", () => {
  it.each([
    ["notes/Plain.md", "", "other"],
    ["notes/P.md", "---\ntags: [Problem]\n---\n", "problem"],
    ["notes/P.md", "---\ntags: open-problem\n---\n", "problem"],
    ["notes/P.md", "---\ntag: question\n---\n", "problem"],
    ["notes/P.md", "Body with #Open-Problem tag", "problem"],
    ["notes/Paper.md", "---\ntags: [paper]\n---\n", "source"],
    ["modules/m.md", "", "module"],
    ["modules/sub/m.md", "", "module"],
    ["x/modules/m.md", "", "other"],
    ["courses/c.md", "", "course"],
    ["Learning Outcomes/LO.md", "", "learning-outcome"],
    ["deep/Learning Outcomes/LO.md", "", "learning-outcome"],
    ["Lenses/L.md", "", "lens"],
    ["a/Lenses/L.md", "", "lens"],
    ["articles/a.md", "", "source"],
    ["x/video_transcripts/v.md", "", "source"],
    ["modules/m.md", "---\ntags: [module, problem]\n---\n", "problem"],
    ["Lenses/L.md", "---\ntags: [learning-objective, lens]\n---\n", "learning-outcome"],
    ["articles/a.md", "---\ntags: [course]\n---\n", "course"],
  ])("%s with %j is %s", (path, text, kind) => {
    expect(parse(text, path).kind).toBe(kind);
  });

  it("uses the settings' tag names, case-insensitively", () => {
    const settings: MosaicSettings = { ...DEFAULT_SETTINGS, kindTags: { ...DEFAULT_SETTINGS.kindTags, problem: ["Frage"] } };
    expect(parseNote("n.md", "#frage", settings).kind).toBe("problem");
    expect(parseNote("n.md", "#problem", settings).kind).toBe("other");
  });

  it("folder rules match the Lens processor's order", () => {
    expect(kindFromPath("modules/Lenses/x.md")).toBe("module");
    expect(kindFromPath("Lenses/Learning Outcomes/x.md")).toBe("learning-outcome");
    expect(kindFromPath("modules.md")).toBeNull();
  });

  it.each([
    ["notes/My Note.md", "", "My Note"],
    ["notes/My Note.MD", "", "My Note"],
    ["notes/n.md", "---\ntitle: Real title\n---\n", "Real title"],
    ["notes/n.md", "---\ntitle: [not, a, string]\n---\n", "n"],
  ])("title of %s with %j is %j", (path, text, title) => {
    expect(parse(text, path).title).toBe(title);
  });

  it.each([
    ["modules/m.md", "---\nslug: m\ntitle: M\ncontentId: c-1\nid: i-1\n---\n", "c-1"],
    ["modules/m.md", "---\nslug: m\ntitle: M\nid: i-1\n---\n", "i-1"],
    ["Lenses/l.md", "---\nid: 42\n---\n", "42"],
    ["Lenses/l.md", "---\ncontentId: c\n---\n", null],
    ["notes/n.md", "", null],
  ])("id of %s is %j", (path, text, id) => {
    expect(parse(text, path).id).toBe(id);
  });
});

describe("Lens checks", () => {
  const codes = (path: string, text: string): [string, number | null, string][] =>
    parse(text, path).diagnostics.map((d) => [d.code, d.line, d.severity]);

  it.each([
    ["modules/m.md", "# Lens: x\nid:: 1", [["missing-frontmatter", 1, "error"], ["no-segments", 1, "warning"], ["invalid-uuid", 2, "error"]]],
    ["notes/m.md", "---\ntags: [module]\n---\n", [["missing-field", 2, "error"], ["missing-field", 2, "error"], ["no-sections", 4, "warning"]]],
    ["courses/c.md", "---\nslug: c\ntitle: ''\n---\n", [["missing-field", 3, "error"]]],
    ["Lenses/l.md", "---\ntitle: L\n---\n", [["missing-field", 2, "error"], ["no-segments", 4, "warning"]]],
    ["Learning Outcomes/o.md", "---\nid: ''\n---\n## Lens:\nsource:: [[../Lenses/l]]", [["missing-field", 2, "error"]]],
    ["notes/plain.md", "no frontmatter at all", []],
    ["articles/a.md", "no frontmatter at all", [["missing-frontmatter", 1, "error"]]],
  ])("%s", (path, text, expected) => {
    expect(codes(path, text)).toEqual(expected);
  });

  it("reports source:: fields with no link, and outcome or LO lens sections with no source", () => {
    const module = [
      "---",
      "slug: m",
      "title: M",
      "id: 0a1b2c3d-1d2b-4c3d-8e9f-6f1c2a7e4e5f",
      "---",
      "# Learning Outcome: A",
      "source:: not a link",
      "# Learning Outcome: B",
      "optional:: true",
      "# Lens: C",
      "source::",
      "",
      "# Lens: inline",
      "id:: 6f1c2a7e-1d2b-4c3d-8e9f-0a1b2c3d4e5f",
      "## Text",
      "content:: hi",
    ].join("\n");
    expect(codes("modules/m.md", module)).toEqual([
      ["invalid-link", 7, "error"],
      ["empty-link-field", 8, "error"],
      ["empty-link-field", 11, "error"],
    ]);
    const lo = ["---", "id: 3dd47fce-a0fe-4e03-916d-a160fe697dd0", "---", "## Test:", "## Lens: a", "optional:: true"].join("\n");
    // The platform drops a lens without a usable source, so the outcome has no lens left.
    expect(codes("Learning Outcomes/o.md", lo)).toEqual([["no-lens", 4, "error"], ["empty-link-field", 5, "error"]]);
  });

  it("does not treat headings of other types, or headings in non-Lens notes, as sections", () => {
    const module = ["---", "slug: m", "title: M", "id: 1", "---", "# Introduction", "## Lens: too deep under nothing", "# Lens: L", "id:: 1", "#### Video", "source:: [[../v]]"].join("\n");
    const n = parse(module, "modules/m.md");
    expect(n.sections.map((s) => [s.type, s.line, s.parent])).toEqual([
      ["lens", 7, null],
      ["lens", 8, null],
      ["video", 10, 1],
    ]);
    expect(parse("# Lens: X\nsource:: [[Y]]", "notes/n.md").sections).toEqual([]);
  });

  it("nests a lens under a submodule, and a lens file's H1-H3 are not segments", () => {
    const module = ["---", "slug: m", "title: M", "id: 1", "---", "# Submodule: Part", "## Lens: A", "source:: [[../Lenses/a]]", "## Learning Outcome:", "source:: [[../Learning Outcomes/o]]"].join("\n");
    expect(parse(module, "modules/m.md").sections.map((s) => [s.type, s.parent])).toEqual([
      ["submodule", null],
      ["lens", 0],
      ["learning-outcome", 0],
    ]);
    const lens = ["---", "id: x", "---", "#### Text", "content:: a", "# Lens: not a segment", "source:: [[../a/b]]", "##### Question: Why?", "content:: q"].join("\n");
    const n = parse(lens, "Lenses/l.md");
    expect(n.sections.map((s) => [s.type, s.title, s.fields.map((f) => f.key)])).toEqual([
      ["text", "", ["content", "source"]],
      ["question", "Why?", ["content"]],
    ]);
  });
});

describe("hostile frontmatter", () => {
  it.each([
    ["100k nested YAML flow sequences", `---\na: ${"[".repeat(100_000)}\n---\nbody:: [[x]]`],
    ["a huge YAML alias bomb", `---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\nbody:: [[x]]`],
    ["YAML with tabs", "---\n\ta: 1\n---\nbody:: [[x]]"],
  ])("%s: no throw, body still parsed", (_name, text) => {
    const n = parse(text);
    expect(n.fields.map((f) => f.key)).toEqual(["body"]);
    expect(n.links.map((l) => l.path)).toEqual(["x"]);
  });
});
