// fast-check building blocks shared by the property tests: real-shaped note paths, frontmatters and body fragments, any code point.
import fc from "fast-check";

/**
 * Any code point, lone surrogates included (one UTF-16 unit each), as a string unit. fast-check's own "binary" unit
 * leaves surrogates out and builds a reverse map of all 1.1 million code points, seconds per suite that uses it.
 */
export const anyCodePoint: fc.Arbitrary<string> = fc.nat({ max: 0x10ffff }).map((n) => String.fromCodePoint(n));

/** Paths with clashing names (Agency, lo1) in different folders, so link resolution has choices to make. */
export const NOTE_PATHS = [
  "Problems/Agency.md",
  "Problems/Search.md",
  "notes/Agency.md",
  "notes/Paper A.md",
  "Paper B.md",
  "modules/intro.md",
  "modules/Agency.md",
  "Learning Outcomes/lo1.md",
  "lo1.md",
  "Lenses/lens1.md",
  "articles/a1.md",
  "courses/c.md",
];

/** Frontmatters for a plain note, a problem, a paper, a module, an outcome and a lens (indices 0-5). */
export const FRONTMATTERS = [
  "",
  "---\ntags: [problem]\n---\n",
  "---\ntags: [paper]\n---\n",
  "---\nslug: intro\ntitle: Intro\nid: 11111111-0000-0000-0000-000000000001\n---\n",
  "---\nid: 11111111-0000-0000-0000-000000000002\nlearning-outcome: Explain it\n---\n",
  "---\nid: 11111111-0000-0000-0000-000000000002\n---\n",
];

export const ABSTRACTION_QUESTIONS = "## Abstraction\n- How does abstraction work? ^q-1\n\t- In toy models? ^q-1a\n\t- From data?\n- Why modularity?";
export const SEARCH_QUESTION = "## Search\n- When does search show up? ^q-3 [status:: partial]";
export const ARTICLE_AND_TEXT = "#### Article\nsource:: [[../articles/a1]]\n\n#### Text\ncontent::\nQuestions:\n* First question?\nGlued question?";

/** Body fragments: questions, link fields, inline links, Lens module sections (the ones both property tests use). */
export const FRAGMENTS = {
  /** Up to the addresses line, where the bulk-load test puts a relative link. */
  head: [ABSTRACTION_QUESTIONS, SEARCH_QUESTION, "addresses:: [[Agency#^q-1]], [[Agency#^q-1a]]"],
  /** Up to the plain-links line, which each test words its own way. */
  middle: ["answers:: [[Problems/Search#Search]]", "We read it (informs:: [[Agency#Abstraction]]) today."],
  /** Up to the inline Lens, after which the incremental test adds a `## Lens:` section. */
  lenses: [
    "Also [[Search#^q-3]] and [[lo1]] and ![[diagram.png]].",
    "parent:: [[Agency#^q-1]]",
    "up:: [[Search]]",
    "parent:: [[Agency]]",
    "parent:: [[Paper B]]",
    "# Learning Outcome: First\nsource:: [[../Learning Outcomes/lo1]]",
    "# Lens:\noptional:: true\nsource:: [[../Lenses/lens1]]",
    "# Lens: Inline\nid:: 11111111-0000-0000-0000-000000000002\n\n#### Article\nsource:: [[../articles/a1]]",
  ],
  tail: [ARTICLE_AND_TEXT, "# Module: [[../modules/intro]]\noptional:: true\n\n# Meeting: One", "addresses:: [[Missing note]]\nSee [[#Abstraction]]."],
};

/** A note: one of `frontmatters`, then up to four of `fragments`. */
export function noteText(frontmatters: string[], fragments: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...frontmatters), fc.array(fc.constantFrom(...fragments), { maxLength: 4 }))
    .map(([front, body]) => `${front}${body.join("\n\n")}\n`);
}
