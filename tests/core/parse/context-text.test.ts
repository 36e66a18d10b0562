// Link context: the sentence around the link cut at word boundaries, bare field lines, and note summaries.
/* global describe, expect, it -- jest globals; the eslint config does not declare them for tests/ */
import fc from "fast-check";
import { isBareFieldLine, sentenceAround } from "../../../src/core/parse/context-text";
import { cutAtWord, noteSummary, plainText, readableContext } from "../../../src/core/parse/summary";
import { parse } from "./helpers";

/** The context of the first link to `target` when `line` is parsed as a note's body. */
function contextOf(line: string, target: string): string {
  const link = parse(line).links.find((l) => l.path === target);
  if (!link) throw new Error(`no link to ${target}`);
  return link.context;
}

describe("sentenceAround", () => {
  it.each([
    [
      "the sentence holding the link, not its neighbours",
      "The project intro proposes testing it by simulation. It says little yet about storage (informs:: [[P#^q]]), and more. A third sentence.",
      "P",
      "It says little yet about storage (informs:: [[P#^q]]), and more.",
    ],
    ["the whole line when it is one sentence", "- See [[A]] then ![[B#^c]] and [[C|c]]", "C", "See [[A]] then ![[B#^c]] and [[C|c]]"],
    ["no list marker, task box or block id", "  - [x] Read [[Paper]] first. ^read-it", "Paper", "Read [[Paper]] first."],
    ["abbreviations and initials do not end a sentence", "As J. Wentworth argues, e.g. in Fig. 2, modules form [[M]]. Next.", "M", "As J. Wentworth argues, e.g. in Fig. 2, modules form [[M]]."],
    ["a period inside a linked title does not end a sentence", "Compare [[Dr. Strange. Notes]] with this. Then more.", "Dr. Strange. Notes", "Compare [[Dr. Strange. Notes]] with this."],
    ["a question mark ends one", "Why modular? Because [[Evolution]] says so!", "Evolution", "Because [[Evolution]] says so!"],
  ])("%s", (_name, line, target, expected) => {
    expect(contextOf(line, target)).toBe(expected);
  });

  it("cuts a long sentence at word boundaries around the link, with an ellipsis on each cut side (real note line)", () => {
    const line =
      'The paper treats biological evolution as learning on many levels at once, each level with its own variables changing at its own speed, and derives a small set of principles that any such learning system should share. Section 3, "Optimization and Scale Separation in Evolving Systems", argues that separation of time scales is what lets stable, nested units (genes, cells, organisms) emerge, which is one answer to why biological systems are modular (addresses:: [[Open problems in understanding agents#^biological-modularity]]).';
    const context = contextOf(line, "Open problems in understanding agents");
    expect(context.startsWith("Section 3,") || context.startsWith("…")).toBe(true);
    expect(context).toContain("[[Open problems in understanding agents#^biological-modularity]]");
    expect(context).not.toContain("The paper treats");
    const short = sentenceAround(line, line.indexOf("[["), 120);
    expect(short.length).toBeLessThanOrEqual(120);
    expect(short.startsWith("…")).toBe(true);
    // Every word shown is a whole word of the line.
    const words = new Set(line.split(/\s+/));
    for (const w of short.replace(/…/g, "").split(/\s+/).filter(Boolean).slice(0, -1)) expect(words.has(w)).toBe(true);
  });

  it("never cuts a word: every shown word is whole, and the cut sides carry an ellipsis", () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 80 }), fc.nat(), fc.integer({ min: 30, max: 120 }), (words, pick, max) => {
        const line = words.join(" ");
        const at = pick % line.length;
        const out = sentenceAround(line, at, max);
        expect(out.length).toBeLessThanOrEqual(max);
        const body = out.replace(/^…/, "").replace(/…$/, "");
        expect(` ${line} `.includes(` ${body} `)).toBe(true);
        expect(out.startsWith("…")).toBe(!line.startsWith(`${body}`));
        expect(out.endsWith("…")).toBe(!line.endsWith(`${body}`));
      }),
    );
  });
});

describe("isBareFieldLine", () => {
  it.each([
    ["addresses:: [[P#^q]]", true],
    ["- informs:: [[A#^x]], [[B#^y]]", true],
    ["[answers:: [[P#^q]]]", true],
    ['addresses: "[[P#^q]]"', true],
    ["addresses:", true],
    ['- "[[P#^q]]"', false],
    ["It says little (informs:: [[P#^q]]).", false],
    ["See also: [[Open problems]]", false],
    ["See [[P]]", false],
  ])("%j → %s", (context, bare) => {
    expect(isBareFieldLine(context)).toBe(bare);
  });
});

describe("note summary", () => {
  const note = (text: string) => parse(text, "Sources/Paper.md").summary;

  it("is the frontmatter description, else summary, as plain text", () => {
    expect(note("---\ndescription: A **short** account of [[Shard theory|shards]].\nsummary: ignored\n---\nBody.\n")).toBe("A short account of shards.");
    expect(note("---\nsummary: Why modules form.\n---\nBody.\n")).toBe("Why modules form.");
  });

  it("is the first paragraph of prose, skipping fields, headings, lists and code, on a real-shaped source note", () => {
    const text = [
      "---",
      "title: Testing The Natural Abstraction Hypothesis",
      "tags: [post]",
      "---",
      "addresses:: [[Open problems in understanding agents#^abstraction]]",
      "# Notes",
      "```",
      "code that is not prose",
      "```",
      "- a list item",
      "",
      "The hypothesis: the physical world abstracts well",
      "(informs:: [[Open problems in understanding agents#^convergent]]), and `that` matters.",
      "",
      "Second paragraph.",
    ].join("\n");
    expect(note(text)).toBe("The hypothesis: the physical world abstracts well, and that matters.");
  });

  it("is null when the note has no prose, and cut at a word with an ellipsis when long", () => {
    expect(note("addresses:: [[P#^q]]\n- item\n")).toBeNull();
    const long = note(`${"alpha beta gamma ".repeat(40)}\n`) ?? "";
    expect(long.endsWith("…")).toBe(true);
    expect(long.length).toBeLessThanOrEqual(281);
    expect(long.slice(0, -1).split(" ").every((w) => ["alpha", "beta", "gamma"].includes(w))).toBe(true);
  });

  it("plainText and cutAtWord", () => {
    expect(plainText("See [[a/b/Note#^x]] and [site](http://x) with __bold__ and ==mark==")).toBe("See Note and site with bold and mark");
    expect(cutAtWord("one two three", 9)).toBe("one two…");
    expect(noteSummary(null, [], [], 0)).toBeNull();
  });
});

describe("readableContext", () => {
  it("shows links as their titles, drops inline field wrappers, and ends a cut-off link with its ellipsis", () => {
    expect(
      readableContext("It says little about storage (informs:: [[Open problems#^q]]), and is raised in [[Braindump#^m|the braindump]]."),
    ).toBe("It says little about storage, and is raised in the braindump.");
    expect(readableContext("…stored (informs:: [[Open problems in…")).toBe("…stored (informs:: Open problems in…");
  });
});
