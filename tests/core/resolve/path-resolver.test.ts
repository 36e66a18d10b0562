// PathResolver: Obsidian's link resolution rules, table-driven, and its incremental path set.
import { PathResolver } from "../../../src/core/resolve/path-resolver";
import { hasNonNoteExtension, joinRelative, linkKey } from "../../../src/core/resolve/paths";
import { anchorExists, normalizeHeading, parseAnchor } from "../../../src/core/resolve/anchors";
import type { ParsedNote } from "../../../src/core/model";

const vault = [
  "Problems/Agency.md",
  "Problems/Sub/Agency.md",
  "notes/Agency.md",
  "Agency Root.md",
  "modules/intro.md",
  "Learning Outcomes/lo1.md",
  "Lenses/lens1.md",
  "Lenses/WIP/lens1.md",
  "a/b/Deep.md",
  "x/b/Deep.md",
  "Zeta/Same.md",
  "Abcd/Same.md",
];

describe("PathResolver.resolve", () => {
  const resolver = new PathResolver(vault);
  it.each([
    ["relative with .md", "../Learning Outcomes/lo1.md", "modules/intro.md", "Learning Outcomes/lo1.md"],
    ["relative without .md", "../Learning Outcomes/lo1", "modules/intro.md", "Learning Outcomes/lo1.md"],
    ["relative, case-insensitive", "../learning outcomes/LO1", "modules/intro.md", "Learning Outcomes/lo1.md"],
    ["./ in the same folder", "./lens1", "Lenses/other.md", "Lenses/lens1.md"],
    ["missing relative falls back to the rest of the path", "../../Lenses/lens1", "modules/intro.md", "Lenses/lens1.md"],
    ["vault-absolute path", "Lenses/WIP/lens1", "notes/x.md", "Lenses/WIP/lens1.md"],
    ["leading slash", "/modules/intro", "notes/x.md", "modules/intro.md"],
    ["basename in the source folder wins", "Agency", "notes/x.md", "notes/Agency.md"],
    ["basename: shortest path otherwise", "Agency", "elsewhere/x.md", "notes/Agency.md"],
    ["basename: alphabetical on equal length", "Same", "elsewhere/x.md", "Abcd/Same.md"],
    ["path suffix", "Sub/Agency", "elsewhere/x.md", "Problems/Sub/Agency.md"],
    ["path suffix picks shortest", "b/Deep", "elsewhere/x.md", "a/b/Deep.md"],
    ["basename, case-insensitive, with .md", "AGENCY ROOT.MD", "notes/x.md", "Agency Root.md"],
    ["empty path is the note itself", "", "modules/intro.md", "modules/intro.md"],
    ["not found", "Nowhere", "notes/x.md", null],
    ["partial basename does not match", "gency", "notes/x.md", null],
    ["attachment is not a note", "diagram.png", "notes/x.md", null],
  ])("%s: %s from %s", (_name, link, from, expected) => {
    expect(resolver.resolve(link, from)).toBe(expected);
  });
});

describe("PathResolver path set", () => {
  it("follows add and remove, including a second file with the same basename", () => {
    const resolver = new PathResolver(["a/Note.md"]);
    expect(resolver.resolve("Note", "z.md")).toBe("a/Note.md");
    resolver.add("Note.md");
    expect(resolver.resolve("Note", "z.md")).toBe("Note.md");
    resolver.remove("Note.md");
    expect(resolver.resolve("Note", "z.md")).toBe("a/Note.md");
    resolver.remove("A/NOTE.md");
    expect(resolver.resolve("Note", "z.md")).toBeNull();
    expect(resolver.has("a/Note.md")).toBe(false);
  });
});

describe("path helpers", () => {
  it.each([
    ["Learning Outcomes/X.md", "x"],
    ["../Lenses/Lens One", "lens one"],
    ["  Note.MD ", "note"],
  ])("linkKey(%s) = %s", (path, key) => expect(linkKey(path)).toBe(key));

  it.each([
    ["image.png", true],
    ["doc.PDF", true],
    ["note.md", false],
    ["Dr. Smith on agency", false],
    ["Paper v1.2", false],
    ["plain", false],
  ])("hasNonNoteExtension(%s) = %s", (path, expected) => expect(hasNonNoteExtension(path)).toBe(expected));

  it.each([
    ["modules", "../Lenses/x", "Lenses/x"],
    ["a/b", "./c/../d", "a/b/d"],
    ["", "../x", null],
  ])("joinRelative(%s, %s)", (folder, rel, expected) => expect(joinRelative(folder, rel)).toBe(expected));
});

describe("anchors", () => {
  const note = {
    headings: [{ text: "What's up: with agency?", level: 2, line: 3 }],
    blockIds: [{ id: "q-1", line: 5 }],
  } as unknown as ParsedNote;
  it.each([
    ["What's up: with agency?", true],
    ["what's up  with agency", true],
    ["Top#What's up: with agency?", true],
    ["Other heading", false],
    ["^q-1", true],
    ["^Q-1", true],
    ["^q-2", false],
  ])("anchor %s exists: %s", (subpath, expected) => {
    expect(anchorExists(note, parseAnchor(subpath)!)).toBe(expected);
  });
  it("normalises headings like Obsidian links do", () => {
    expect(normalizeHeading("  A [[b]] | c#d ")).toBe("a b c d");
  });
});
