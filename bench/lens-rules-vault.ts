// A Lens course vault built to break each checked rule once (or, with `kept`, to keep every rule), with the
// diagnostic each broken note must get: code, file and line.

export interface RuleCase {
  code: string;
  /** The broken vault's files of this case; `kept` holds the same case with the rule kept. */
  broken: Record<string, string>;
  kept: Record<string, string>;
  /** Where the diagnostic is: the file and a text on its line, or the line itself (null: the whole file). */
  file: string;
  at: string | number | null;
  /** Other codes the same broken line must get (an empty Chat is also missing its instructions). */
  also?: string[];
}

const uuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
const doc = (frontmatter: string[], body: string[]): string => ["---", ...frontmatter, "---", ...body].join("\n") + "\n";
const lens = (n: number, body: string[], extra: string[] = []): string => doc([`id: ${uuid(n)}`, ...extra], body);
const text = (...lines: string[]): string[] => ["#### Text", ...lines];
const moduleNote = (slug: string, body: string[], extra: string[] = []): string => doc([`slug: ${slug}`, `title: ${slug}`, ...extra], body);
const outcome = (n: number, body: string[], extra: string[] = []): string => doc([`id: ${uuid(n)}`, ...extra], body);
const usesBase = ["# Learning Outcome: Base", "source:: [[../Learning Outcomes/base]]"];
const lensOf = (target: string): string[] => ["## Lens: L", `source:: [[${target}]]`];
const words = (n: number): string => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");
const transcript = doc(["title: V", "channel: C", "url: https://example.org/v"], ["0:00 - Hello.", "0:30 - World."]);
const WORDS = '[\n  { "text": "Hello", "start": "0:00.40" },\n  { "text": "world", "start": "0:30.10" }\n]\n';
const article = (...body: string[]): string => doc(["title: T", "author: A", "source_url: https://example.org/t", "published: 2024-01-01"], body);
const videoLens = (n: number, ...fields: string[]): string => lens(n, ["#### Video", "source:: [[../video_transcripts/base]]", ...fields]);

/** The valid course every case sits beside: course -> module -> outcome -> lens -> article. */
export const BASE_FILES: Record<string, string> = {
  "articles/base.md": doc(["title: Base", "author: A", "source_url: https://example.org/base", "published: 2024-01-01"], [
    "The first paragraph says hello.",
    "",
    "The second paragraph ends here.",
  ]),
  "Lenses/base.md": lens(1, [...text("content:: Intro"), "", "#### Article", "source:: [[../articles/base]]", "from:: The first paragraph", "to:: ends here."]),
  "Lenses/c-target.md": lens(2, text("content:: Target")),
  "Learning Outcomes/base.md": outcome(3, lensOf("../Lenses/base")),
  "modules/base.md": moduleNote("base", usesBase, [`contentId: ${uuid(4)}`]),
  "video_transcripts/base.md": transcript,
  "video_transcripts/base.timestamps.json": WORDS,
  "courses/base.md": doc(["slug: course", "title: Course"], ["# Module: [[../modules/base]]", "", "# Meeting: One"]),
};

function one(code: string, file: string, broken: string, kept: string, at: string | number | null): RuleCase {
  return { code, broken: { [file]: broken }, kept: { [file]: kept }, file, at };
}

const L = "Lenses/";
const M = "modules/";
const O = "Learning Outcomes/";
const V = "video_transcripts/";

/** A transcript and its timestamps file: broken with `json`, kept with well-formed word timings. */
function timings(code: string, name: string, json: string, at: number): RuleCase {
  const md = `${V}${name}.md`;
  const file = `${V}${name}.timestamps.json`;
  return { code, broken: { [md]: transcript, [file]: json }, kept: { [md]: transcript, [file]: WORDS }, file, at };
}

export const RULE_CASES: RuleCase[] = [
  one("missing-frontmatter", `${M}c-nofm.md`, usesBase.join("\n"), moduleNote("c-nofm", usesBase), "# Learning Outcome"),
  one("malformed-yaml", `${M}c-yaml.md`, doc(["slug: [c-yaml", "title: T"], usesBase), moduleNote("c-yaml", usesBase), "title: T"),
  one("missing-field", `${M}c-title.md`, doc(["slug: c-title"], usesBase), moduleNote("c-title", usesBase), "slug: c-title"),
  one("frontmatter-typo", `${L}c-fmtypo.md`, lens(10, text("content:: a"), ["titel: X"]), lens(10, text("content:: a"), ["title: X"]), "titel"),
  one("id-not-string", `${L}c-idnum.md`, doc(["id: 12345"], text("content:: a")), lens(11, text("content:: a")), "id: 12345"),
  one("invalid-slug", `${M}c-slug.md`, doc(["slug: C-Slug", "title: T"], usesBase), moduleNote("c-slug", usesBase), "slug: C-Slug"),
  one("tldr-too-long", `${L}c-tldr.md`, lens(12, text("content:: a"), [`tldr: ${words(81)}`]), lens(12, text("content:: a"), [`tldr: ${words(80)}`]), "tldr:"),
  one(
    "wikilink-in-title",
    "articles/c-title.md",
    doc(["title: See [[X]]", "author: A", "source_url: https://example.org/t", "published: 2024-01-01"], ["Body."]),
    doc(["title: See X", "author: A", "source_url: https://example.org/t", "published: 2024-01-01"], ["Body."]),
    "title: See",
  ),
  one("unknown-section", `${M}c-unknown.md`, moduleNote("c-unknown", [...usesBase, "# Lesson: x"]), moduleNote("c-unknown", usesBase), "# Lesson"),
  one("content-before-section", `${M}c-before.md`, moduleNote("c-before", ["Intro text.", ...usesBase]), moduleNote("c-before", usesBase), "Intro text."),
  one("text-outside-field", `${L}c-outside.md`, lens(13, text("Stray words", "content:: a")), lens(13, text("content:: a", "Stray words")), "Stray words"),
  one("single-colon-field", `${L}c-colon.md`, lens(14, text("optional: true", "content:: a")), lens(14, text("optional:: true", "content:: a")), "optional: true"),
  one("duplicate-field", `${L}c-dupfield.md`, lens(15, text("content:: a", "content:: b")), lens(15, text("content:: a", "b")), "content:: b"),
  one("heading-in-content", `${L}c-heading.md`, lens(16, text("content:: a", "# Aside")), lens(16, text("content:: a", "\\# Aside")), "# Aside"),
  one("no-sections", `${M}c-nosections.md`, moduleNote("c-nosections", []), moduleNote("c-nosections", usesBase), 5),
  one("no-segments", `${L}c-nosegments.md`, lens(17, []), lens(17, text("content:: a")), 4),
  {
    code: "empty-segment",
    ...pair(`${L}c-emptyseg.md`, lens(18, [...text("content:: a"), "#### Chat"]), lens(18, [...text("content:: a"), "#### Chat", "instructions:: Ask."])),
    at: "#### Chat",
    also: ["missing-segment-field"],
  },
  one("segment-title", `${L}c-segtitle.md`, lens(19, ["#### Text: Hello", "content:: a"]), lens(19, text("content:: a")), "#### Text: Hello"),
  one("empty-segment-field", `${L}c-emptycontent.md`, lens(20, text("content::")), lens(20, text("content:: a")), "content::"),
  one("misplaced-field", `${L}c-misplaced.md`, lens(21, text("content:: a", "from:: x")), lens(21, text("content:: a")), "from:: x"),
  one("non-boolean", `${L}c-bool.md`, lens(22, text("content:: a", "optional:: yes")), lens(22, text("content:: a", "optional:: true")), "optional:: yes"),
  one(
    "empty-from",
    `${L}c-emptyfrom.md`,
    lens(23, ["#### Article", "source:: [[../articles/base]]", "from::"]),
    lens(23, ["#### Article", "source:: [[../articles/base]]"]),
    "from::",
  ),
  one("field-typo", `${L}c-typo.md`, lens(24, text("content:: a", "optionl:: true")), lens(24, text("content:: a", "optional:: true")), "optionl"),
  one(
    "section-title",
    "courses/c-meeting.md",
    doc(["slug: c-meeting", "title: T"], ["# Module: [[../modules/base]]", "# Meeting:"]),
    doc(["slug: c-meeting", "title: T"], ["# Module: [[../modules/base]]", "# Meeting: One"]),
    "# Meeting:",
  ),
  one("no-lens", `${O}c-nolens.md`, outcome(25, []), outcome(25, lensOf("../Lenses/base")), 4),
  one(
    "outside-submodule",
    `${O}c-submodule.md`,
    outcome(26, [...lensOf("../Lenses/base"), "## Submodule: S", "### Lens: M", "source:: [[../Lenses/base]]"]),
    outcome(26, ["## Submodule: S", "### Lens: M", "source:: [[../Lenses/base]]"]),
    "## Lens: L",
  ),
  // A module's Submodule marker holds the sibling sections after it: only one followed by nothing is empty.
  one(
    "empty-submodule",
    `${M}c-subempty.md`,
    moduleNote("c-subempty", ["# Submodule: A", ...usesBase, "# Submodule: B"]),
    moduleNote("c-subempty", ["# Submodule: A", ...usesBase, "# Submodule: B", ...usesBase]),
    "# Submodule: B",
  ),
  one("missing-inline-id", `${M}c-inline.md`, moduleNote("c-inline", ["# Lens: Inline", ...text("content:: a")]), moduleNote("c-inline", ["# Lens: Inline", `id:: ${uuid(27)}`, ...text("content:: a")]), "# Lens: Inline"),
  one(
    "platform-link",
    `${O}c-relative.md`,
    outcome(28, [...lensOf("../Lenses/base"), ...lensOf("c-target")]),
    outcome(28, [...lensOf("../Lenses/base"), ...lensOf("../Lenses/c-target")]),
    "[[c-target]]",
  ),
  one("invalid-link", `${M}c-toomany.md`, moduleNote("c-toomany", ["# Learning Outcome: Base", "source:: [[../../Learning Outcomes/base]]"]), moduleNote("c-toomany", usesBase), "source::"),
  one("broken-link", `${M}c-broken.md`, moduleNote("c-broken", ["# Learning Outcome: Gone", "source:: [[../Learning Outcomes/missing]]"]), moduleNote("c-broken", usesBase), "source::"),
  {
    code: "tier-reference",
    broken: { [`${M}c-tier.md`]: moduleNote("c-tier", ["# Learning Outcome: W", "source:: [[../Learning Outcomes/c-wip]]"]), [`${O}c-wip.md`]: outcome(29, lensOf("../Lenses/base"), ["tags: [wip]"]) },
    kept: { [`${M}c-tier.md`]: moduleNote("c-tier", ["# Learning Outcome: W", "source:: [[../Learning Outcomes/c-wip]]"]), [`${O}c-wip.md`]: outcome(29, lensOf("../Lenses/base")) },
    file: `${M}c-tier.md`,
    at: "source::",
  },
  one("invalid-uuid", `${L}c-uuid.md`, doc(["id: not-a-uuid"], text("content:: a")), lens(30, text("content:: a")), "id: not-a-uuid"),
  {
    code: "duplicate-id",
    broken: { [`${L}c-dup-a.md`]: lens(31, text("content:: a")), [`${L}c-dup-b.md`]: lens(31, text("content:: b")) },
    kept: { [`${L}c-dup-a.md`]: lens(31, text("content:: a")), [`${L}c-dup-b.md`]: lens(32, text("content:: b")) },
    file: `${L}c-dup-b.md`,
    at: "id:",
  },
  {
    code: "duplicate-slug",
    broken: { [`${M}c-dslug-a.md`]: moduleNote("c-dslug", usesBase), [`${M}c-dslug-b.md`]: moduleNote("c-dslug", usesBase) },
    kept: { [`${M}c-dslug-a.md`]: moduleNote("c-dslug-a", usesBase), [`${M}c-dslug-b.md`]: moduleNote("c-dslug-b", usesBase) },
    file: `${M}c-dslug-b.md`,
    at: "slug:",
  },
  one(
    "anchor-not-found",
    `${L}c-anchor.md`,
    lens(33, [...text("content:: a"), "#### Article", "source:: [[../articles/base]]", "from:: words nowhere"]),
    lens(33, [...text("content:: a"), "#### Article", "source:: [[../articles/base]]", "from:: The second paragraph"]),
    "source::",
  ),
  { code: "unrecognized-folder", broken: { "Lense/c-folder.md": "Notes.\n" }, kept: { "notes/c-folder.md": "Notes.\n" }, file: "Lense/c-folder.md", at: null },
  one("empty-link-field", `${M}c-nosource.md`, moduleNote("c-nosource", ["# Learning Outcome: X"]), moduleNote("c-nosource", usesBase), "# Learning Outcome: X"),
  timings("timestamps-json", "c-tsjson", '[\n  { "text": "Hello", "start": "0:00.40" }\n', 3),
  timings("timestamps-entry", "c-tsentry", '[\n  { "text": "Hello", "start": "0:00.40" },\n  { "text": "world" }\n]\n', 3),
  timings("timestamps-empty", "c-tsempty", "[]\n", 1),
  timings("timestamps-order", "c-tsorder", '[\n  { "text": "Hello", "start": "0:02.00" },\n  { "text": "world", "start": "0:01.00" }\n]\n', 3),
  {
    code: "missing-timestamps",
    broken: { [`${V}c-nots.md`]: transcript },
    kept: { [`${V}c-nots.md`]: transcript, [`${V}c-nots.timestamps.json`]: WORDS },
    file: `${V}c-nots.md`,
    at: null,
  },
  {
    code: "orphan-timestamps",
    broken: { [`${V}c-orphan.timestamps.json`]: WORDS },
    kept: { [`${V}c-orphan.timestamps.json`]: WORDS, [`${V}c-orphan.md`]: transcript },
    file: `${V}c-orphan.timestamps.json`,
    at: null,
  },
  one("invalid-timestamp", `${L}c-tsformat.md`, videoLens(35, "from:: 1m30"), videoLens(35, "from:: 0:30"), "from::"),
  one("video-excerpt", `${L}c-tsafter.md`, videoLens(36, "from:: 0:30", "to:: 0:00"), videoLens(36, "from:: 0:00", "to:: 0:30"), "to::"),
  one("unsupported-directive", "articles/c-dirname.md", article(":::warning", "Careful.", ":::"), article(":::note", "Careful.", ":::"), ":::warning"),
  one("unclosed-directive", "articles/c-dirclose.md", article(":::note", "Careful."), article(":::note", "Careful.", ":::"), ":::note"),
  one("closing-attribute", "articles/c-dirattrclose.md", article(":::collapse", "More.", ":::{open}"), article(":::collapse", "More.", ":::"), ":::{open}"),
  one("directive-form", "articles/c-dirform.md", article(":::footnote", "A note.", ":::"), article("::footnote[A note.]"), ":::footnote"),
  one("empty-directive", "articles/c-dirempty.md", article("Text.", ":::note", ":::"), article("Text.", ":::note", "Said.", ":::"), ":::note"),
  one("directive-attribute", "articles/c-dirattr.md", article("See :note[this]{opne}."), article("See :note[this]."), ":note"),
  one("wikilink-image", "articles/c-embed.md", article("See ![[diagram.png]]."), article("See ![diagram](https://example.org/d.png)."), "![[diagram"),
  one("directive-outside-article", `${L}c-dirlens.md`, lens(37, text("content:: See :note[this].")), lens(37, text("content:: See this.")), "#### Text"),
  one(
    "missing-segment-field",
    `${L}c-roleplay.md`,
    lens(38, [...text("content:: a"), "#### Roleplay", `id:: ${uuid(39)}`, "content:: Brief."]),
    lens(38, [...text("content:: a"), "#### Roleplay", `id:: ${uuid(39)}`, "content:: Brief.", "ai-instructions:: Play a skeptic."]),
    "#### Roleplay",
  ),
  one("broken-text-link", `${L}c-textlink.md`, lens(40, text("content:: See [[../Lenses/c-missing]].")), lens(40, text("content:: See [[../Lenses/c-target]].")), "c-missing"),
  one("broken-card-link", `${L}c-card.md`, lens(41, text("content::", "Next:", "::card[[../Lenses/c-gone]]")), lens(41, text("content::", "Next:", "::card[[../Lenses/c-target]]")), "::card"),
  // A lens the platform skips (validator-ignore) may lack an id; a link to it in text stays plain text.
  {
    code: "lens-link-without-id",
    broken: { [`${L}c-idlink.md`]: lens(43, text("content:: See [[c-draft|the draft]].")), [`${L}c-draft.md`]: doc(["tags: [validator-ignore]"], text("content:: a")) },
    kept: { [`${L}c-idlink.md`]: lens(43, text("content:: See [[c-target|the target]].")), [`${L}c-draft.md`]: doc(["tags: [validator-ignore]"], text("content:: a")) },
    file: `${L}c-idlink.md`,
    at: "c-draft",
  },
  // An outcome that lists a lens twice: the platform refuses the second as a circular reference.
  {
    code: "circular-reference",
    broken: { [`${M}c-cycle.md`]: moduleNote("c-cycle", ["# Learning Outcome: C", "source:: [[../Learning Outcomes/c-cycle]]"]), [`${O}c-cycle.md`]: outcome(42, [...lensOf("../Lenses/base"), ...lensOf("../Lenses/base.md")]) },
    kept: { [`${M}c-cycle.md`]: moduleNote("c-cycle", ["# Learning Outcome: C", "source:: [[../Learning Outcomes/c-cycle]]"]), [`${O}c-cycle.md`]: outcome(42, [...lensOf("../Lenses/base"), ...lensOf("../Lenses/c-target.md")]) },
    file: `${O}c-cycle.md`,
    at: "base.md]]",
  },
  one("link-in-suggestion", `${L}c-suggest.md`, lens(34, text("content:: a {++[[../articles/base]]++}")), lens(34, text("content:: a")), "content::"),
];

function pair(file: string, broken: string, kept: string): Pick<RuleCase, "broken" | "kept" | "file"> {
  return { broken: { [file]: broken }, kept: { [file]: kept }, file };
}

/** The files of the whole vault: the base course and every case, broken or kept. */
export function rulesVault(variant: "broken" | "kept"): Record<string, string> {
  const files: Record<string, string> = { ...BASE_FILES };
  for (const c of RULE_CASES) Object.assign(files, c[variant]);
  return files;
}

/** The diagnostics each case must get: code, file and the line holding `at` (null for the whole file). */
export function expectedDiagnostics(): { code: string; file: string; line: number | null }[] {
  return RULE_CASES.flatMap((c) => {
    const lines = (c.broken[c.file] ?? "").split("\n");
    const at = c.at;
    const line = typeof at === "string" ? lines.findIndex((l) => l.includes(at)) + 1 : at;
    return [c.code, ...(c.also ?? [])].map((code) => ({ code, file: c.file, line }));
  });
}
