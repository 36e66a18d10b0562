// Index-level diagnostics: broken links in relation, Lens, parent and module positions, missing anchors,
// unresolved body links, duplicate ids, unreadable files; ordering and de-duplication.
import { MosaicIndex } from "../../../src/core/index/mosaic-index";
import { indexOf, lineOf } from "./helpers";

const P = "---\ntags: [problem]\n---\n## Known heading\n- A question ^q-1\n";

describe("link diagnostics", () => {
  it.each([
    ["addresses:: to a missing note", "addresses:: [[Missing note]]\n", "Link target not found: Missing note"],
    ["answers:: to a missing heading", "answers:: [[P#Unknown heading]]\n", "Heading not found: P.md#Unknown heading"],
    ["informs:: to a missing block", "informs:: [[P#^q-9]]\n", "Block not found: P.md#^q-9"],
    ["parent:: to a missing note", "parent:: [[Nowhere]]\n", "Link target not found: Nowhere"],
    ["up:: to a missing heading", "up:: [[P#Nope]]\n", "Heading not found: P.md#Nope"],
    ["a close name is suggested", "addresses:: [[Pp]]\n", "Link target not found: Pp (did you mean P?)"],
  ])("%s is a broken-link error on its line", (_name, body, message) => {
    const text = `Intro line.\n${body}`;
    const index = indexOf({ "P.md": P, "S.md": text });
    expect(index.diagnostics()).toEqual([
      { file: "S.md", line: 2, severity: "error", code: "broken-link", message },
    ]);
  });

  it.each([
    ["existing heading, any case", "addresses:: [[P#known HEADING]]\n"],
    ["existing block", "addresses:: [[P#^q-1]]\n"],
    ["a link to an image", "addresses:: [[diagram.png]]\n"],
    ["a plain body link to a missing note", "See [[Not written yet]].\n"],
    ["a plain body link to a missing heading", "See [[P#Not a heading]].\n"],
  ])("%s is not an error", (_name, body) => {
    const index = indexOf({ "P.md": P, "S.md": body });
    expect(index.diagnostics()).toEqual([]);
  });

  it("unresolved plain body links are infos only on request", () => {
    const index = indexOf({ "S.md": "Cited [[1]] and [[2]].\nAgain [[1]].\n![[pic.png]]\n" });
    expect(index.diagnostics()).toEqual([]);
    expect(index.diagnostics({ unresolved: true }).map((d) => [d.line, d.severity, d.code, d.message])).toEqual([
      [1, "info", "unresolved-link", "Unresolved link: 1"],
      [1, "info", "unresolved-link", "Unresolved link: 2"],
      [2, "info", "unresolved-link", "Unresolved link: 1"],
    ]);
  });

  it("links in Lens text fields (content::) are body links: the platform's warnings, infos on request, no errors", () => {
    const lens = "---\nid: 11111111-1111-1111-1111-111111111111\n---\n#### Text\ncontent::\nSee [[Missing thing]] and [[1]].\n";
    const index = indexOf({ "Lenses/l.md": lens });
    const warnings = [
      ["broken-text-link", 6, "warning"],
      ["broken-text-link", 6, "warning"],
    ];
    expect(index.diagnostics().map((d) => [d.code, d.line, d.severity])).toEqual(warnings);
    expect(index.diagnostics({ unresolved: true }).map((d) => [d.code, d.line, d.severity])).toEqual([
      ...warnings,
      ["unresolved-link", 6, "info"],
      ["unresolved-link", 6, "info"],
    ]);
    expect(index.edges().map((e) => e.relation)).toEqual(["content", "content"]);
  });

  it("a course # Module: line and a Lens source:: that do not resolve are errors", () => {
    const course = "---\nslug: c\ntitle: C\n---\n# Module: [[../modules/missing]]\n\n# Meeting: One\n";
    const lens = "---\nid: 11111111-1111-1111-1111-111111111111\n---\n#### Article\nsource:: [[../articles/gone]]\n";
    const index = indexOf({ "courses/c.md": course, "Lenses/l.md": lens });
    const broken = index.diagnostics().filter((d) => d.code === "broken-link");
    expect(broken.map((d) => [d.file, d.line])).toEqual([
      ["Lenses/l.md", lineOf(lens, "source::")],
      ["courses/c.md", lineOf(course, "# Module:")],
    ]);
  });
});

describe("duplicate ids", () => {
  const id = "aaaaaaaa-0000-0000-0000-000000000001";
  const lo = (extra = "") => `---\nid: ${id}\n${extra}---\n## Lens: A\nsource:: [[../Lenses/x]]\n`;
  it("reports every duplicate after the first by path, naming the other file", () => {
    const lens = `---\ntitle: L\nid: ${id}\n---\n#### Text\ncontent:: hi\n`;
    const index = indexOf({ "Learning Outcomes/b.md": lo(), "Lenses/x.md": lens, "Learning Outcomes/a.md": lo() });
    const dups = index.diagnostics().filter((d) => d.code === "duplicate-id");
    expect(dups.map((d) => [d.file, d.line])).toEqual([
      ["Learning Outcomes/b.md", 2],
      ["Lenses/x.md", 3],
    ]);
    expect(dups[0]!.message).toContain("Learning Outcomes/a.md");
  });

  it("allows the same inline lens id twice in one file, not a note id reused as an inline id elsewhere", () => {
    const module = `---\nslug: m\ntitle: M\n---\n# Lens: A\nid:: ${id}\n#### Text\ncontent:: a\n\n# Lens: B\nid:: ${id}\n#### Text\ncontent:: b\n`;
    expect(indexOf({ "modules/m.md": module }).diagnostics().filter((d) => d.severity === "error")).toEqual([]);
    const index = indexOf({ "modules/m.md": module, "Learning Outcomes/a.md": lo().replace("source:: [[../Lenses/x]]", "") });
    const dups = index.diagnostics().filter((d) => d.code === "duplicate-id");
    expect(dups).toEqual([
      expect.objectContaining({ file: "modules/m.md", line: lineOf(module, "id::"), severity: "error" }),
    ]);
  });

  it("goes away when the other file is deleted", () => {
    const index = indexOf({ "Learning Outcomes/a.md": lo(), "Learning Outcomes/b.md": lo() });
    expect(index.diagnostics().filter((d) => d.code === "duplicate-id")).toHaveLength(1);
    index.deleteNote("Learning Outcomes/a.md");
    expect(index.diagnostics().filter((d) => d.code === "duplicate-id")).toEqual([]);
  });
});

describe("unreadable files and ordering", () => {
  it("keeps an unreadable-file error until the file is overwritten or deleted", () => {
    const index = new MosaicIndex();
    index.setUnreadable("bin/blob.md", "not UTF-8");
    expect(index.diagnostics()).toEqual([
      { file: "bin/blob.md", line: null, severity: "error", code: "unreadable-file", message: "Cannot read file: not UTF-8" },
    ]);
    index.renameNote("bin/blob.md", "bin/blob2.md");
    expect(index.diagnostics().map((d) => d.file)).toEqual(["bin/blob2.md"]);
    index.setNote("bin/blob2.md", "fine now\n");
    expect(index.diagnostics()).toEqual([]);
    index.setUnreadable("x.md", "too large");
    index.deleteNote("x.md");
    expect(index.diagnostics()).toEqual([]);
  });

  it("sorts by file, line, code and reports identical diagnostics once", () => {
    const index = indexOf({
      "b.md": "addresses:: [[Gone]], [[Gone]]\n",
      "a.md": "x\nparent:: [[Nope]]\naddresses:: [[Gone]]\n",
    });
    expect(index.diagnostics().map((d) => [d.file, d.line])).toEqual([
      ["a.md", 2],
      ["a.md", 3],
      ["b.md", 1],
    ]);
  });

  it("revision increases on every change", () => {
    const index = new MosaicIndex();
    const seen = [index.revision];
    index.setNote("a.md", "x");
    seen.push(index.revision);
    index.setNote("a.md", "y");
    seen.push(index.revision);
    index.renameNote("a.md", "b.md");
    seen.push(index.revision);
    index.deleteNote("b.md");
    seen.push(index.revision);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("skips excluded folders", () => {
    const index = new MosaicIndex({
      settings: { ...new MosaicIndex().settings, excludeFolders: ["templates"] },
    });
    index.setNote("templates/t.md", "addresses:: [[Missing]]\n");
    expect(index.notePaths()).toEqual([]);
  });
});

describe("settings", () => {
  it("relation and parent field names are compared as normalised keys", () => {
    const settings = { ...new MosaicIndex().settings, relationFields: ["Bears On"], parentFields: ["Part Of"] };
    const index = new MosaicIndex({ settings });
    index.setNote("P.md", "---\ntags: [problem]\n---\n- Q ^q1\n");
    index.setNote("S.md", "bears on:: [[P#^q1]]\n");
    index.setNote("C.md", "part of:: [[P]]\n- Child question\n");
    const root = index.problemTree("P.md")!.root;
    expect(root.children.map((c) => c.text)).toEqual(["Q", "C"]);
    expect(root.children[0]!.addressedBy.map((a) => a.relation)).toEqual(["bears-on"]);
  });
});
