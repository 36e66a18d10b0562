// OPML export (escaping, anchors, statuses) and the forgiving reader (entities, nesting, malformed input).
import { escapeXml, parseOpml, toOpml } from "../../../src/core/exchange/opml";
import type { OutlineNode } from "../../../src/core/exchange/outline";
import type { ProblemTree, TreeNode } from "../../../src/core/model";

const leaf = (text: string, anchor: string | null = null, status: string | null = null): OutlineNode => ({
  text, anchor, status, children: [],
});

describe("toOpml", () => {
  it("writes OPML 2.0 with the title, nested outlines, _anchor and _status", () => {
    const xml = toOpml({ title: "Agents & co", roots: [{ ...leaf("How does abstraction work?", "^q-abs", "open"), children: [leaf("b")] }] });
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        "    <title>Agents &amp; co</title>",
        "  </head>",
        "  <body>",
        '    <outline text="How does abstraction work?" _anchor="^q-abs" _status="open">',
        '      <outline text="b"/>',
        "    </outline>",
        "  </body>",
        "</opml>",
        "",
      ].join("\n"),
    );
  });

  it.each([
    ["a & b", "a &amp; b"],
    ["<x>", "&lt;x&gt;"],
    [`say "hi" it's`, "say &quot;hi&quot; it&apos;s"],
    ["bell\u0007 nul\u0000 esc\u001b", "bell nul esc"],
    ["tab\tline\nbreak", "tab&#9;line&#10;break"],
    ["lone \ud800 surrogate", "lone  surrogate"],
    ["émoji 🧩", "émoji 🧩"],
  ])("escapes %j", (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });

  it("writes several problems as top-level outlines with their paths", () => {
    const node = (text: string, children: TreeNode[] = []): TreeNode => ({
      text, anchor: null, path: "P.md", line: 1, status: null, addressedBy: [], addressedCount: 0, children,
    });
    const a: ProblemTree = { path: "A.md", title: "A", coverage: 0, root: node("A", [node("q")]) };
    const b: ProblemTree = { path: "B.md", title: "B", coverage: 1, root: node("B") };
    const xml = toOpml([a, b]);
    expect(xml).toContain('<outline text="A" _path="A.md">\n      <outline text="q"/>\n    </outline>');
    expect(xml).toContain('<outline text="B" _path="B.md"/>');
    expect(parseOpml(xml)).toEqual({
      ok: true,
      title: "Alignment Mosaic",
      roots: [{ ...leaf("A"), children: [leaf("q")] }, leaf("B")],
    });
  });
});

describe("parseOpml", () => {
  it("reads nesting, attributes in either quote, entities and numeric references", () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE opml>
<opml version="2.0"><head><title>T &amp; U</title></head>
<body>
  <!-- a comment with <outline text="no"/> inside -->
  <outline text='Tom &amp; Jerry&#39;s &lt;q&gt; &#x1F9E9;' _anchor="^a1" _status="partial">
    <outline title="from title attr"/>
    <outline text="multi&#10;line" type="x"></outline>
  </outline>
  <outline text="second &nbsp;&unknown;"/>
</body></opml>`;
    expect(parseOpml(xml)).toEqual({
      ok: true,
      title: "T & U",
      roots: [
        { text: "Tom & Jerry's <q> 🧩", anchor: "^a1", status: "partial", children: [leaf("from title attr"), leaf("multi\nline")] },
        leaf("second \u00a0&unknown;"),
      ],
    });
  });

  it("reads a lone top-level outline that is the problem (its _path, or the head title) as the note itself", () => {
    const withPath = `<opml version="2.0"><head><title>Alignment Mosaic</title></head><body>
  <outline text="Agents" _path="Problems/Agents.md"><outline text="Why?" _anchor="^q1"/><outline text="How?"/></outline>
</body></opml>`;
    expect(parseOpml(withPath)).toEqual({ ok: true, title: "Agents", roots: [leaf("Why?", "^q1"), leaf("How?")] });
    const sameTitle = `<opml version="2.0"><head><title>Agents</title></head><body><outline text="Agents"><outline text="Why?"/></outline></body></opml>`;
    expect(parseOpml(sameTitle)).toEqual({ ok: true, title: "Agents", roots: [leaf("Why?")] });
    const realQuestion = `<opml version="2.0"><head><title>Agents</title></head><body><outline text="Why agents?"><outline text="Why?"/></outline></body></opml>`;
    expect(parseOpml(realQuestion)).toEqual({ ok: true, title: "Agents", roots: [{ ...leaf("Why agents?"), children: [leaf("Why?")] }] });
    const twoProblems = `<opml version="2.0"><head/><body><outline text="A" _path="A.md"/><outline text="B" _path="B.md"/></body></opml>`;
    expect(parseOpml(twoProblems)).toEqual({ ok: true, roots: [leaf("A"), leaf("B")] });
  });

  it("normalises literal whitespace in attributes as XML does", () => {
    expect(parseOpml('<opml><body><outline text="a\n  b"/></body></opml>')).toEqual({ ok: true, roots: [leaf("a   b")] });
  });

  it.each([
    ["", /no <opml>/],
    ["just text", /no <opml>/],
    ["<html><body></body></html>", /starts with <html>/],
    ["<opml><head></head></opml>", /no <body>/],
    ['<opml><body><outline text="a"></body></opml>', /<\/body> closes <outline>/],
    ['<opml><body><outline text="a"/>', /never closed/],
    ['<opml><body><outline text=a/></body></opml>', /not quoted/],
    ['<opml><body><outline text="a/></body></opml>', /never closed|raw </],
    ["<opml><body><outline text></body></opml>", /has no value/],
    ["<opml><body>< outline/></body></opml>", /does not start a tag/],
    ["<opml><!-- open", /unclosed comment/],
  ])("malformed %j is an error result", (xml, message) => {
    const result = parseOpml(xml);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
