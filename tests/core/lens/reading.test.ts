// The platform's reading of a note: CriticMarkup rejected with lines kept, `%%` comments, tiers, what is not a link.
import fc from "fast-check";
import { MosaicIndex } from "../../../src/core/index/mosaic-index";
import { rejectCriticMarkup, stripObsidianComments } from "../../../src/core/lens/platform-text";
import { parse } from "../parse/helpers";

const UUID = "3dd47fce-a0fe-4e03-916d-a160fe697dd0";

describe("rejecting CriticMarkup", () => {
  it.each([
    ["an insertion goes", "a {++b++} c", "a  c"],
    ["a deletion stays", "a {--b--} c", "a b c"],
    ["a substitution keeps its old side", "a {~~old~>new~~} c", "a old c"],
    ["a highlight keeps its text", "{==h==}", "h"],
    ["a comment goes", "x{>>note<<}y", "xy"],
    ["metadata prefixes are skipped", '{--{"author":"a"}@@kept--} {~~{"t":1}@@old~>new~~}', "kept old"],
    ["a link split by a change", "[[A{--b--}{++c++}]]", "[[Ab]]"],
    ["a multi-line insertion keeps its line breaks in place", "x{++one\ntwo++}y\nz", "x\ny\nz"],
    ["an unclosed opener is text", "a {++ b", "a {++ b"],
  ])("%s", (_name, text, expected) => {
    expect(rejectCriticMarkup(text)).toBe(expected);
  });

  it("drops %% comments, also across lines, keeping the lines", () => {
    expect(stripObsidianComments("a %% b\nc %% d\ne")).toBe("a \n d\ne");
  });

  it("never changes the number of lines, and leaves text without markup alone", () => {
    const piece = fc.constantFrom("{++", "++}", "{--", "--}", "{~~", "~>", "~~}", "{==", "==}", "{>>", "<<}", "\n", "a", "[[x]]", "{", "}@@");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const out = rejectCriticMarkup(text);
        expect(out.split("\n").length).toBe(text.split("\n").length);
        if (!/[{][-+~=>]/.test(text)) expect(out).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe("reading a note as the platform does", () => {
  it("reads frontmatter that is valid once the pending change is rejected", () => {
    const n = parse(["---", `id: "${UUID}"`, "title: {--Old--}{++New: x: y++}", "---", "#### Text", "content:: hi"].join("\n"), "Lenses/L.md");
    expect(n.diagnostics).toEqual([]);
    expect(n.title).toBe("Old");
  });

  it.each([
    [["validator-ignore"], "ignored"],
    [["wip"], "wip"],
    [["Work-In-Progress"], "wip"],
    [["lens"], "production"],
  ])("tags %j make the tier %s", (tags, tier) => {
    expect(parse(`---\ntags: [${tags.join(", ")}]\n---\n`).tier).toBe(tier);
  });

  it("keeps a scalar `tags: wip` in production, as the platform does", () => {
    expect(parse("---\ntags: wip\n---\n").tier).toBe("production");
  });

  it("indexes ignored notes but does not check them", () => {
    const index = new MosaicIndex();
    index.setNote("Lenses/Draft.md", "---\ntags: [validator-ignore]\n---\n#### Text\nsource:: [[nowhere]]");
    index.setNote("Lenses/Done.md", "---\ntags: [wip]\n---\n#### Text\ncontent:: hi");
    expect(index.note("Lenses/Draft.md")?.tier).toBe("ignored");
    expect(index.diagnostics().map((d) => d.file)).toEqual(["Lenses/Done.md"]);
  });

  it("does not take footnote anchors in from:: and to:: text for links", () => {
    const index = new MosaicIndex();
    index.setNote("articles/A.md", "---\ntitle: A\nauthor: B\nsource_url: https://example.org\npublished: 2024\n---\nStart here.[[27]] End.");
    const lens = ["---", `id: "${UUID}"`, "---", "#### Article", "source:: [[../articles/A]]", "from:: Start here.[[27]]", "to:: End."];
    index.setNote("Lenses/L.md", lens.join("\n"));
    expect(index.diagnostics()).toEqual([]);
  });

  it("exposes sections, segments and section-scoped fields with true lines", () => {
    const module = ["---", "slug: m", "title: M", "---", "# Lens: Inline", `id:: ${UUID}`, "optional:: true", "## Text", "content:: Hello", "more", "# Learning Outcome: A", "source:: [[../Learning Outcomes/A]]"];
    const n = parse(module.join("\n"), "modules/m.md");
    expect(n.lens?.sections.map((s) => [s.type, s.line, s.endLine, s.fields.filter((f) => f.scope === 0).map((f) => f.key)])).toEqual([
      ["lens", 5, 10, ["id", "optional"]],
      ["learning-outcome", 11, 12, ["source"]],
    ]);
    expect(n.lens?.sections[0]?.children.map((s) => [s.type, s.line, s.fields.map((f) => [f.key, f.value])])).toEqual([
      ["text", 8, [["content", "Hello\nmore"]]],
    ]);
  });
});
