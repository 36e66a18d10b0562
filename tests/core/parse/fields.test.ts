// Inline fields in every Dataview form, Lens block fields, key normalisation, typed values, and what is not a field.
import { normalizeKey, parseBracketFields, parseLineField } from "../../../src/core/parse/fields";
import { parse } from "./helpers";

type Row = [string, string, { key: string; value: string; form: string; listItemLine: number | null; links: string[] }[]];

const rows: Row[] = [
  ["a full line", "status:: open", [{ key: "status", value: "open", form: "line", listItemLine: null, links: [] }]],
  ["no space after ::", "status::open", [{ key: "status", value: "open", form: "line", listItemLine: null, links: [] }]],
  ["a list item", "- addresses:: [[Q]]", [{ key: "addresses", value: "[[Q]]", form: "line", listItemLine: 1, links: ["Q"] }]],
  ["a numbered item", "1. up:: [[P]]", [{ key: "up", value: "[[P]]", form: "line", listItemLine: 1, links: ["P"] }]],
  ["a task", "- [ ] due:: 2024-01-02", [{ key: "due", value: "2024-01-02", form: "line", listItemLine: 1, links: [] }]],
  ["a done task", "- [x] status:: answered", [{ key: "status", value: "answered", form: "line", listItemLine: 1, links: [] }]],
  ["a blockquote", "> informs:: [[A]]", [{ key: "informs", value: "[[A]]", form: "line", listItemLine: null, links: ["A"] }]],
  ["a bold key", "**Status**:: partial", [{ key: "status", value: "partial", form: "line", listItemLine: null, links: [] }]],
  ["an underscored key", "__Parent__:: [[P#H]]", [{ key: "parent", value: "[[P#H]]", form: "line", listItemLine: null, links: ["P"] }]],
  ["a key with spaces", "Time Spent:: 3", [{ key: "time-spent", value: "3", form: "line", listItemLine: null, links: [] }]],
  ["a unicode key", "Étape  Deux:: oui", [{ key: "étape-deux", value: "oui", form: "line", listItemLine: null, links: [] }]],
  ["a key with / and _", "lens/source_id:: x", [{ key: "lens/source_id", value: "x", form: "line", listItemLine: null, links: [] }]],
  ["a bracket field mid-line", "I read this [addresses:: [[Q1]]] today", [{ key: "addresses", value: "[[Q1]]", form: "bracket", listItemLine: null, links: ["Q1"] }]],
  ["a paren field (hidden key)", "See (informs:: [[B]]) here", [{ key: "informs", value: "[[B]]", form: "paren", listItemLine: null, links: ["B"] }]],
  [
    "several per line",
    "- What is X? [status:: open] (addresses:: [[A]], [[B]]) [rating:: 4]",
    [
      { key: "status", value: "open", form: "bracket", listItemLine: 1, links: [] },
      { key: "addresses", value: "[[A]], [[B]]", form: "paren", listItemLine: 1, links: ["A", "B"] },
      { key: "rating", value: "4", form: "bracket", listItemLine: 1, links: [] },
    ],
  ],
  ["nested brackets in a value", "[addresses:: [[X]] and [[Y|y]]]", [{ key: "addresses", value: "[[X]] and [[Y|y]]", form: "bracket", listItemLine: null, links: ["X", "Y"] }]],
  ["an empty bracket value", "[status::]", [{ key: "status", value: "", form: "bracket", listItemLine: null, links: [] }]],
  ["a single colon is no field", "Note: this is text", []],
  ["a wikilink is no field", "[[a:: b]] is odd", []],
  ["a URL is no field", "see https://example.org/a::b", []],
  ["no key", ":: value", []],
  ["punctuation in the key", "What? status:: open", []],
  ["inline code", "use `key:: value` and `[k:: v]`", []],
  ["a %% comment", "text %%hidden:: yes%% more", []],
  ["an HTML comment", "text <!-- hidden:: yes --> more", []],
];

describe("inline fields", () => {
  it.each(rows)("%s", (_name, line, expected) => {
    const note = parse(`${line}\n`);
    expect(
      note.fields.map((f) => ({ key: f.key, value: f.value, form: f.form, listItemLine: f.listItemLine, links: f.links.map((l) => l.path) })),
    ).toEqual(expected);
    for (const f of note.fields) for (const l of f.links) expect(l.field).toBe(f.key);
  });

  it.each([
    ["  Status  ", "status"],
    ["**Time   Spent**", "time-spent"],
    ["_key_", "key"],
    ["Learning Outcome", "learning-outcome"],
    ["hidePreviousContentFromUser", "hidepreviouscontentfromuser"],
  ])("normalizeKey(%j) = %j", (raw, key) => {
    expect(normalizeKey(raw)).toBe(key);
  });

  it("reports columns of bracket fields and the line field's value start", () => {
    const [f] = parseBracketFields("ab [k:: v] c");
    expect(f).toMatchObject({ start: 3, valueStart: 7, end: 10, key: "k", value: "v" });
    expect(parseLineField("**Time Spent**:: 3")).toMatchObject({ rawKey: "**Time Spent**", key: "time-spent", value: "3" });
    expect(parseLineField("- [ ] Key:: v")).toMatchObject({ key: "key", value: "v", contentStart: 6, valueStart: 11, inListItem: true });
  });

  it("does not read fields inside code fences of any length, tildes, or an unterminated fence", () => {
    const text = [
      "before:: 1",
      "````md",
      "inside:: no",
      "```",
      "still:: no",
      "````",
      "~~~",
      "tilde:: no",
      "~~~",
      "after:: 2",
      "```",
      "open:: no [[NotALink]]",
    ].join("\n");
    const note = parse(text);
    expect(note.fields.map((f) => [f.key, f.line])).toEqual([
      ["before", 1],
      ["after", 10],
    ]);
    expect(note.links).toEqual([]);
  });

  it("does not read fields inside multi-line %% and HTML comments", () => {
    const note = parse(["a:: 1", "%% start", "b:: 2", "end %% c:: 3", "<!--", "d:: [[X]]", "-->", "e:: 5"].join("\n"));
    // `c:: 3` follows the comment's end, so it is visible text again.
    expect(note.fields.map((f) => f.key)).toEqual(["a", "c", "e"]);
    expect(note.links).toEqual([]);
  });
});

describe("Lens block fields", () => {
  const lens = [
    "---",
    "id: 3dd47fce-a0fe-4e03-916d-a160fe697dd0",
    "---",
    "#### Text",
    "content::",
    "What makes a cycle? See [[../articles/cycles]].",
    "",
    "- Is it [[Feedback]]?",
    "  - Or not?",
    "```",
    "fake:: inside code does not end the block",
    "```",
    "#### Chat",
    "instructions::",
    "Ask about cycles.",
    "source::",
    "![[../articles/cycles|Cycles]]",
    "#### Article",
    "source:: [[../articles/cycles]]",
    "from:: \"Cascades are when\"",
  ].join("\n");
  const note = parse(lens, "Lenses/Cycles.md");

  it("owns the lines up to the next field line or heading", () => {
    expect(note.fields.map((f) => [f.key, f.form, f.line, f.section])).toEqual([
      ["content", "block", 5, 0],
      ["instructions", "block", 14, 1],
      ["source", "block", 16, 1],
      ["source", "line", 19, 2],
      ["from", "line", 20, 2],
    ]);
    const content = note.fields[0];
    expect(content?.value).toBe(
      "What makes a cycle? See [[../articles/cycles]].\n\n- Is it [[Feedback]]?\n  - Or not?\n```\nfake:: inside code does not end the block\n```",
    );
    expect(note.fields[1]?.value).toBe("Ask about cycles.");
  });

  it("parses links inside block values with the block's key", () => {
    expect(note.links.map((l) => [l.path, l.field, l.line, l.embed, l.alias])).toEqual([
      ["../articles/cycles", "content", 6, false, null],
      ["Feedback", "content", 8, false, null],
      ["../articles/cycles", "source", 17, true, "Cycles"],
      ["../articles/cycles", "source", 19, false, null],
    ]);
    expect(note.fields[2]?.links.map((l) => l.path)).toEqual(["../articles/cycles"]);
  });

  it("makes list items inside content:: blocks the content outline, nested as written", () => {
    expect(note.contentOutline).toHaveLength(1);
    expect(note.contentOutline[0]).toMatchObject({ text: "Is it [[Feedback]]?", line: 8, level: 0 });
    expect(note.contentOutline[0]?.children.map((c) => [c.text, c.level, c.line])).toEqual([["Or not?", 1, 9]]);
  });

  it("lets a Lens field with a value on its line run on, and ends it only at a field at column 0", () => {
    const text = ["---", "id: 3dd47fce-a0fe-4e03-916d-a160fe697dd0", "---", "#### Text", "content:: First line", "second line", "  - item:: not a field end", "optional:: true"].join("\n");
    const n = parse(text, "Lenses/L.md");
    expect(n.fields.filter((f) => f.key !== "item").map((f) => [f.key, f.form, f.value])).toEqual([
      ["content", "block", "First line\nsecond line\n  - item:: not a field end"],
      ["optional", "line", "true"],
    ]);
    expect(n.lens?.sections[0]?.fields.map((f) => [f.key, f.line, f.value])).toEqual([
      ["content", 5, "First line\nsecond line\n  - item:: not a field end"],
      ["optional", 8, "true"],
    ]);
  });

  it("keeps an empty block value empty when the next line is a field", () => {
    const n = parse("content::\nother:: x\n");
    expect(n.fields.map((f) => [f.key, f.form, f.value])).toEqual([
      ["content", "block", ""],
      ["other", "line", "x"],
    ]);
  });
});
