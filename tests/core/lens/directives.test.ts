// Article directives (`:::note`, `::footnote[..]`, `:collapse[..]`) checked as the Lens platform checks them, with the
// cases of its own tests; and directives written in a lens's text, where they do not render.
import { articleDirectiveChecks, directiveOutsideArticle } from "../../../src/core/lens/directives";
import { articleBodyChecks } from "../../../src/core/lens/article-checks";
import { LensReport } from "../../../src/core/lens/report";
import { MosaicIndex } from "../../../src/core/index/mosaic-index";

/** [line within the body (1 = first), severity, code] of each problem, in order. */
function check(body: string): [number | null, string, string][] {
  const report = new LensReport("articles/a.md");
  articleDirectiveChecks(body.split("\n"), 0, report);
  return report.list.map((d): [number | null, string, string] => [d.line, d.severity, d.code]).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || a[2].localeCompare(b[2]));
}

describe("article directives", () => {
  it.each([
    ["plain text", "Just some plain text.\n\nAnother paragraph."],
    ["a closed :::note", ":::note\nSome note content.\n:::\n"],
    ["every supported form", ":::note\nA.\n:::\n:::collapse\nB.\n:::\n::note[text]\n:note[text]\n:collapse[text]\n::footnote[text]\n:footnote[text]\n"],
    ["directives inside ``` code", "```\n:::note\nThis is code, not a directive.\n```\n"],
    ["directives inside ~~~ code", "~~~markdown\n:::warning\nExample.\n~~~\n"],
    ["colons in prose", "The player:scores[1-0] in the first half.\n"],
    ["a link with a URL", "See the [documentation](https://example.com) for details.\n"],
    ["a URL scheme before brackets", "mailto:info[x] and http://x.org:note[ok]\n"],
    ["a lens card", "::card[[../Lenses/My Lens]]"],
  ])("%s: no problems", (_name, body) => {
    expect(check(body)).toEqual([]);
  });

  it.each([
    ["an unclosed container, at its opening line", "Line 0\n:::note\nContent.\n", [[2, "error", "unclosed-directive"]]],
    ["an unclosed outer container around a closed one", ":::note\n:::collapse\nInner.\n:::\n", [[1, "error", "unclosed-directive"]]],
    ["{open} on the closing marker", ":::note\nContent.\n:::{open}\n", [[3, "error", "closing-attribute"]]],
    ["{open} on the closing marker of an empty container", ":::note\n:::{open}\n", [[1, "warning", "empty-directive"], [2, "error", "closing-attribute"]]],
    ["another dialect's container", ":::warning\nSome text.\n:::\n", [[1, "error", "unsupported-directive"]]],
    ["another dialect's leaf", "::tip[Some tip text]\n", [[1, "error", "unsupported-directive"]]],
    ["another dialect's inline directive", "Some text :info[inline info] more text.\n", [[1, "error", "unsupported-directive"]]],
    ["a typo of a container", ":::notes\nContent.\n:::\n", [[1, "error", "unsupported-directive"]]],
    ["a typo of a leaf", "::notes[This is almost a note]\n", [[1, "error", "unsupported-directive"]]],
    ["a typo of an inline directive", ":collapses[for him wouldn't be surprising]\n", [[1, "error", "unsupported-directive"]]],
    ["an empty container", ":::note\n:::\n", [[1, "warning", "empty-directive"]]],
    ["a container of blank lines", ":::note\n\n\n:::\n", [[1, "warning", "empty-directive"]]],
    ["{}", ":::note{}\nContent.\n:::\n", [[1, "warning", "directive-attribute"]]],
    ["{open} on note", ":::note{open}\nContent.\n:::\n", [[1, "warning", "directive-attribute"]]],
    ["{open} on collapse (supported nowhere yet)", ":collapse[text]{open}\n", [[1, "warning", "directive-attribute"]]],
    ["{opens}", ":::note{opens}\nContent.\n:::\n", [[1, "warning", "directive-attribute"]]],
    ["{Open}", ":::note{Open}\nContent.\n:::\n", [[1, "warning", "directive-attribute"]]],
    ["{open=true}", ":::note{open=true}\nContent.\n:::\n", [[1, "warning", "directive-attribute"]]],
    ["{opened} before the text", ":note{opened}[text]\n", [[1, "warning", "directive-attribute"]]],
    ["{hello} after a leaf", "::note[A note]{hello}\n", [[1, "warning", "directive-attribute"]]],
    ["{bar} after an inline directive", "Some text :note[inline]{bar} more.\n", [[1, "warning", "directive-attribute"]]],
    ["collapse as a leaf", "::collapse[hidden text]\n", [[1, "warning", "directive-form"]]],
    ["footnote as a container", ":::footnote\nSome content.\n:::\n", [[1, "error", "directive-form"]]],
    ["an unclosed leaf bracket", "Line one.\n::note[unclosed\nLine three.\n", [[2, "error", "unclosed-directive"]]],
    ["an unclosed inline bracket", "Some text :note[unclosed bracket here\n", [[1, "error", "unclosed-directive"]]],
    ["several on one line", "a :note[x] b :tip[y] c :nots[z]{q}\n", [[1, "error", "unsupported-directive"], [1, "error", "unsupported-directive"]]],
  ])("%s", (_name, body, expected) => {
    expect(check(body)).toEqual(expected);
  });

  it("reports the lines of the file, after the frontmatter, in an indexed article", () => {
    const index = new MosaicIndex();
    const frontmatter = "---\ntitle: A\nauthor: B\nsource_url: https://example.org\npublished: 2024-01-01\n---\n";
    index.setNote("articles/a.md", `${frontmatter}Intro.\n\n:::warning\nCareful {++:::note++}\n:::\n`);
    expect(index.diagnostics().map((d) => [d.line, d.severity, d.code, d.message])).toEqual([
      [9, "error", "unsupported-directive", "Unsupported directive ':::warning' (supported container directives: note, collapse)"],
    ]);
  });
});

describe("directives outside articles", () => {
  it.each([
    [":::note\nSome content.\n:::\n", "Directive ':::note' found in non-article content: directives only render in article files"],
    ["Some text :note[inline] more text.", "Directive ':note' found in non-article content: directives only render in article files"],
    ["::warning[x]", "Directive '::warning' found in non-article content: directives only render in article files"],
    ["Just plain text.", null],
    ["```\n:::note\nNot a directive.\n```\n", null],
    ["Visit https://example.com for more info.", null],
    [":::notes\n", null],
  ])("%j: %s", (content, message) => {
    expect(directiveOutsideArticle(content)).toBe(message);
  });

  it("a lens's text segment that holds one gets one warning, on the segment's heading", () => {
    const index = new MosaicIndex();
    index.setNote("Lenses/l.md", "---\nid: 3dd47fce-a0fe-4e03-916d-a160fe697dd0\n---\n#### Text\ncontent:: See :::note\n:note[a] and ::footnote[b]\n");
    expect(index.diagnostics().map((d) => [d.line, d.severity, d.code])).toEqual([[4, "warning", "directive-outside-article"]]);
  });
});

describe("images in articles", () => {
  it("an Obsidian embed is an error on its line; a Markdown image is fine", () => {
    const report = new LensReport("articles/a.md");
    articleBodyChecks(["Text ![[diagram.png]] and ![[b.png|300]].", "![alt](https://example.org/a.png)"], 0, report);
    expect(report.list.map((d) => [d.line, d.severity, d.code, d.message])).toEqual([
      [1, "error", "wikilink-image", "Wiki-link image not supported: ![[diagram.png]] (write ![alt](url))"],
      [1, "error", "wikilink-image", "Wiki-link image not supported: ![[b.png|300]] (write ![alt](url))"],
    ]);
  });
});
