// The cache format follows the ParsedNote shape: a new, renamed or removed key anywhere in a parsed note fails this
// test until PARSED_NOTE_FORMAT is bumped (then record the new shape below), so no cache of the old shape is read.
/* global describe, expect, it -- jest globals; the eslint config does not declare them for tests/ */
import fc from "fast-check";
import { decodeNote, encodeNote } from "../../../src/core/cache/note-codec";
import { DEFAULT_SETTINGS, PARSED_NOTE_FORMAT, type ParsedNote } from "../../../src/core/model";
import { parseNote } from "../../../src/core/parse/parse-note";
import { FRAGMENTS, FRONTMATTERS, noteText } from "../../helpers/note-arbitraries";

/** Notes that between them fill every key of ParsedNote: a problem, a source, a module with Lens sections. */
const SAMPLES: [string, string][] = [
  ["Problems/Agency.md", "---\ntags: [problem]\ntitle: Agency\n---\n# Agency\n- How does it work? ^q-1 [status:: open]\n  - In toy models?\n^h\n"],
  ["notes/Paper.md", "---\ntags: [paper]\n---\naddresses:: [[Agency#^q-1|the question]]\nSee ![[Agency]] (informs:: [[Agency#Agency]]). {++[[x]]++}\n- item\nglued?\n"],
  [
    "modules/intro.md",
    "---\nslug: intro\nid: m1\n---\n# Lens: Welcome\nid:: l1\n\n#### Text\ncontent::\n- Why modules?\n  - Which ones?\n\n# Learning Outcome:\nsource:: [[../Learning Outcomes/lo1]]\noptional:: true\n",
  ],
  ["modules/broken.md", "---\nslug: [\n---\n# Lens:\n"],
];

/** Every key path in the value (`links[].raw`), arrays merged, values ignored. */
function keyPaths(value: unknown, prefix: string, out: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) keyPaths(item, `${prefix}[]`, out);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      // Frontmatter keys are the note's own, not the shape's.
      if (prefix === "" && key === "frontmatter") {
        out.add("frontmatter");
        continue;
      }
      // Outline items nest: one level of `children[]` stands for all.
      const at = (prefix === "" ? key : `${prefix}.${key}`).replace(/(\.children\[\])+/g, ".children[]");
      out.add(at);
      keyPaths(child, at, out);
    }
  }
  return out;
}

const RECORDED = {
  format: 8,
  shape: [
    "blockIds", "blockIds[].id", "blockIds[].line", "contentOutline", "contentOutline[].blockId",
    "contentOutline[].children", "contentOutline[].children[].blockId", "contentOutline[].children[].children",
    "contentOutline[].children[].kind", "contentOutline[].children[].level", "contentOutline[].children[].line",
    "contentOutline[].children[].status", "contentOutline[].children[].text", "contentOutline[].kind",
    "contentOutline[].level", "contentOutline[].line", "contentOutline[].status", "contentOutline[].text",
    "diagnostics", "diagnostics[].code", "diagnostics[].file", "diagnostics[].line", "diagnostics[].message",
    "diagnostics[].severity", "fields", "fields[].form", "fields[].key", "fields[].line", "fields[].links",
    "fields[].links[].alias", "fields[].links[].column", "fields[].links[].context", "fields[].links[].embed",
    "fields[].links[].field", "fields[].links[].line", "fields[].links[].path", "fields[].links[].raw",
    "fields[].links[].section", "fields[].links[].subpath", "fields[].listItemLine", "fields[].rawKey",
    "fields[].section", "fields[].value", "frontmatter", "frontmatterLines", "headings", "headings[].level",
    "headings[].line", "headings[].text", "id", "kind", "lens", "lens.bodyLine", "lens.sections",
    "lens.sections[].children", "lens.sections[].children[].children", "lens.sections[].children[].endLine",
    "lens.sections[].children[].fields", "lens.sections[].children[].fields[].key",
    "lens.sections[].children[].fields[].line", "lens.sections[].children[].fields[].scope",
    "lens.sections[].children[].fields[].value", "lens.sections[].children[].fields[].valueLine",
    "lens.sections[].children[].level",
    "lens.sections[].children[].line", "lens.sections[].children[].title", "lens.sections[].children[].type",
    "lens.sections[].endLine", "lens.sections[].fields", "lens.sections[].fields[].key",
    "lens.sections[].fields[].line", "lens.sections[].fields[].scope", "lens.sections[].fields[].value",
    "lens.sections[].fields[].valueLine",
    "lens.sections[].level", "lens.sections[].line", "lens.sections[].title", "lens.sections[].type", "links",
    "links[].alias", "links[].column", "links[].context", "links[].embed", "links[].field", "links[].line",
    "links[].path", "links[].raw", "links[].section", "links[].subpath", "outline", "outline[].blockId",
    "outline[].children", "outline[].children[].blockId", "outline[].children[].children",
    "outline[].children[].kind", "outline[].children[].level", "outline[].children[].line",
    "outline[].children[].status", "outline[].children[].text", "outline[].kind", "outline[].level", "outline[].line",
    "outline[].status", "outline[].text", "path", "sections", "sections[].fields", "sections[].fields[].form",
    "sections[].fields[].key", "sections[].fields[].line", "sections[].fields[].links",
    "sections[].fields[].links[].alias", "sections[].fields[].links[].column", "sections[].fields[].links[].context",
    "sections[].fields[].links[].embed", "sections[].fields[].links[].field", "sections[].fields[].links[].line",
    "sections[].fields[].links[].path", "sections[].fields[].links[].raw", "sections[].fields[].links[].section",
    "sections[].fields[].links[].subpath", "sections[].fields[].listItemLine", "sections[].fields[].rawKey",
    "sections[].fields[].section", "sections[].fields[].value", "sections[].level", "sections[].line",
    "sections[].parent", "sections[].title", "sections[].type", "summary", "tags", "tier", "title",
  ],
};

function samples(): ParsedNote[] {
  return SAMPLES.map(([path, text]) => parseNote(path, text, DEFAULT_SETTINGS));
}

describe("PARSED_NOTE_FORMAT", () => {
  it("names the ParsedNote shape it was recorded with (bump it and record the new shape when this fails)", () => {
    const shape = new Set<string>();
    for (const note of samples()) keyPaths(note, "", shape);
    expect({ format: PARSED_NOTE_FORMAT, shape: [...shape].sort() }).toEqual(RECORDED);
  });
});

describe("the compact cache form of a note", () => {
  it.each(SAMPLES)("gives back %s as parsed, with its field links and section fields shared again", (path, text) => {
    const note = parseNote(path, text, DEFAULT_SETTINGS);
    const back = decodeNote(JSON.parse(JSON.stringify(encodeNote(note))) as ReturnType<typeof encodeNote>);
    expect(back).toEqual(note);
    for (const field of back.fields) for (const link of field.links) expect(back.links).toContain(link);
    for (const section of back.sections) for (const field of section.fields) expect(back.fields.some((f) => f === field)).toBe(true);
  });

  it("gives back any note as parsed", () => {
    const text = noteText(FRONTMATTERS, [...FRAGMENTS.head, ...FRAGMENTS.middle, ...FRAGMENTS.lenses, ...FRAGMENTS.tail]);
    fc.assert(
      fc.property(fc.constantFrom("Problems/Agency.md", "modules/intro.md", "Lenses/lens1.md", "notes/Paper A.md"), text, (path, body) => {
        const note = parseNote(path, body, DEFAULT_SETTINGS);
        expect(decodeNote(JSON.parse(JSON.stringify(encodeNote(note))) as ReturnType<typeof encodeNote>)).toEqual(note);
      }),
      { numRuns: 100 },
    );
  });
});
