// Wikilinks and embeds (alias, heading, block, relative, tables), link context, CriticMarkup, and tags.
import { parseLinkText, parseWikilinks } from "../../../src/core/parse/wikilinks";
import { parse } from "./helpers";

describe("wikilinks", () => {
  it.each([
    ["[[Note]]", { raw: "[[Note]]", path: "Note", subpath: null, alias: null, embed: false, column: 0 }],
    ["see [[Note|the note]]", { raw: "[[Note|the note]]", path: "Note", subpath: null, alias: "the note", embed: false, column: 4 }],
    ["[[Note#Some Heading]]", { path: "Note", subpath: "Some Heading", alias: null }],
    ["[[Problem#^q-abstraction]]", { path: "Problem", subpath: "^q-abstraction", alias: null }],
    ["[[#Local heading]]", { path: "", subpath: "Local heading", alias: null }],
    ["![[Diagram.png]]", { raw: "![[Diagram.png]]", path: "Diagram.png", embed: true, column: 0 }],
    ["x ![[../Lenses/A|Label]]", { path: "../Lenses/A", alias: "Label", embed: true, column: 2 }],
    ["source:: [[../Learning Outcomes/Explain X]]", { path: "../Learning Outcomes/Explain X", column: 9 }],
    ["| [[Note\\|alias]] | cell |", { raw: "[[Note\\|alias]]", path: "Note", alias: "alias", column: 2 }],
    ["[[Note#H|alias with # and |bar]]", { path: "Note", subpath: "H", alias: "alias with # and |bar" }],
    ["[[[[x]]", { raw: "[[x]]", path: "x", column: 2 }],
    ["[[ spaced.md ]]", { path: "spaced.md" }],
  ])("%s", (line, expected) => {
    const links = parseWikilinks(line, 7);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ ...expected, line: 7, field: null, section: null });
  });

  it.each([["[[]]"], ["[[x"], ["[[a]b]]"], ["[x]]"], ["[[|alias]]"], ["[[".repeat(1000)], ["]]".repeat(1000)]])("%j is not a link", (line) => {
    expect(parseWikilinks(line, 1)).toEqual([]);
  });

  it("finds several links in one line, in order, with the sentence (no list marker) as context", () => {
    const links = parseWikilinks("  - [[A]] then ![[B#^c]] and [[C|c]]  ", 3);
    expect(links.map((l) => [l.path, l.column, l.embed])).toEqual([
      ["A", 4, false],
      ["B", 15, true],
      ["C", 29, false],
    ]);
    expect(links[0]?.context).toBe("[[A]] then ![[B#^c]] and [[C|c]]");
  });

  it("cuts a long line's context to at most 240 characters of whole words around the link", () => {
    const line = `${"word ".repeat(200)}[[Target]]${" more".repeat(200)}`;
    const [link] = parseWikilinks(line, 1);
    expect(link?.context.length).toBeLessThanOrEqual(240);
    expect(link?.context.length).toBeGreaterThan(200);
    expect(link?.context).toMatch(/^…word word .*\[\[Target\]\] more .* more…$/);
  });

  it("splits link text", () => {
    expect(parseLinkText("a/b#c#d|e")).toEqual({ path: "a/b", subpath: "c#d", alias: "e" });
  });

  it("skips links in code and comments but keeps their lines and columns", () => {
    const note = parse(["`[[no]]` [[yes]] %%[[no]]%%", "<!-- [[no]]", "[[no]] --> [[yes2]]", "```", "[[no]]", "```"].join("\n"));
    expect(note.links.map((l) => [l.path, l.line, l.column])).toEqual([
      ["yes", 1, 9],
      ["yes2", 3, 11],
    ]);
  });

  it("reads links as the platform does, every suggestion rejected, and warns once per link inside one, also across lines", () => {
    const text = [
      "source:: {--[[Old]]--}{++[[New]]++}",
      "{~~[[A]]~>[[B]]~~} and [[Outside]]",
      "{++ a suggestion",
      "spanning [[Lines]] ++} after [[Free]]",
      "{==[[Highlighted]]==}{>>[[Comment]]<<}",
    ].join("\n");
    const note = parse(text);
    expect(note.links.map((l) => [l.path, l.line])).toEqual([
      ["Old", 1],
      ["A", 2],
      ["Outside", 2],
      ["Free", 4],
      ["Highlighted", 5],
    ]);
    expect(note.fields[0]?.links.map((l) => l.path)).toEqual(["Old"]);
    const warned = note.diagnostics.filter((d) => d.code === "link-in-suggestion");
    expect(warned.map((d) => [d.line, d.severity])).toEqual([
      [1, "warning"],
      [1, "warning"],
      [2, "warning"],
      [2, "warning"],
      [4, "warning"],
    ]);
    expect(warned[4]?.message).toContain("[[Lines]]");
  });
});

describe("tags", () => {
  it("reads frontmatter tags as a list or a string, and inline tags outside code, headings and links", () => {
    const text = [
      "---",
      "tags: [Problem, Alignment/Agents]",
      "tag: 'extra, more'",
      "---",
      "# Heading with #InHeading",
      "Body #Open-Question and #nested/tag/deep, not#this, not [[Note#heading]] or [x](http://a.org/#frag)",
      "`#code` %%#hidden%% #123 #2024/01",
      "```",
      "#fenced",
      "```",
    ].join("\n");
    expect(parse(text).tags.sort()).toEqual(
      ["alignment/agents", "extra", "inheading", "more", "nested/tag/deep", "open-question", "problem"].sort(),
    );
  });

  it("reads a space-separated string", () => {
    expect(parse('---\ntags: "a #b, c"\n---\n').tags).toEqual(["a", "b", "c"]);
  });
});
