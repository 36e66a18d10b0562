// Sidebar models for a small Lens course: module outcomes, lenses and sources in order, an outcome's users, a lens's users.
import { indexOf, lineOf, type Files } from "../index/helpers";
import { sidebarModel } from "../../../src/core/query/sidebar";

const MODULE = `---
slug: intro
title: Introduction
contentId: 11111111-1111-1111-1111-111111111111
---
# Lens: Welcome
id:: 22222222-2222-2222-2222-222222222222

#### Text
content::
Questions for this module:
* Why is alignment hard?
* What is a sharp left turn?

#### Article
source:: [[../articles/welcome-article]]

# Learning Outcome: First
source:: [[../Learning Outcomes/Outcome One]]

# Learning Outcome: Second
optional:: true
source:: ![[../Learning Outcomes/Outcome Two|Two]]

# Lens:
optional:: true
source:: [[../Lenses/Extra Lens]]
`;

const OUTCOME_ONE = `---
id: 33333333-3333-3333-3333-333333333333
learning-outcome: Explain why alignment is hard
---
## Test:
#### Question
content:: Why?

## Lens: Main
source:: [[../Lenses/Main Lens]]
`;

const OUTCOME_TWO = `---
id: 44444444-4444-4444-4444-444444444444
---
## Lens:
optional:: true
source:: [[../Lenses/Extra Lens]]
`;

const MAIN_LENS = `---
id: 55555555-5555-5555-5555-555555555555
---
#### Text
content:: Read this.

#### Article
source:: [[../articles/deep-dive]]

#### Video
optional:: true
source:: [[../video_transcripts/talk]]
`;

const EXTRA_LENS = `---
id: 66666666-6666-6666-6666-666666666666
---
#### Article
source:: [[../articles/deep-dive]]
`;

const ARTICLE = "---\ntitle: Deep Dive\nauthor: Jane\nsource_url: https://example.com\npublished: 2024-01-01\n---\nText.\n";

const files: Files = {
  "modules/intro.md": MODULE,
  "Learning Outcomes/Outcome One.md": OUTCOME_ONE,
  "Learning Outcomes/Outcome Two.md": OUTCOME_TWO,
  "Lenses/Main Lens.md": MAIN_LENS,
  "Lenses/Extra Lens.md": EXTRA_LENS,
  "articles/deep-dive.md": ARTICLE,
  "articles/welcome-article.md": ARTICLE,
  "video_transcripts/talk.md": "---\ntitle: Talk\nchannel: C\nurl: https://example.com/v\n---\n0:00 - hi\n",
  "video_transcripts/talk.timestamps.json": '[{ "text": "hi", "start": "0:00.10" }]',
};

describe("sidebar", () => {
  const index = indexOf(files);

  it("module: outcomes in order with optional flags, their lenses and sources", () => {
    const model = sidebarModel(index, "modules/intro.md");
    expect(model?.kind).toBe("module");
    if (model?.kind !== "module") return;
    expect(model.outcomes.map((o) => [o.ref?.path, o.title, o.optional, o.line])).toEqual([
      ["Learning Outcomes/Outcome One.md", "Outcome One", false, lineOf(MODULE, "Outcome One")],
      ["Learning Outcomes/Outcome Two.md", "Outcome Two", true, lineOf(MODULE, "Outcome Two")],
    ]);
    expect(model.outcomes.map((o) => o.sentence)).toEqual(["Explain why alignment is hard", null]);
    const [one, two] = model.outcomes;
    expect(one!.lenses.map((l) => [l.ref?.path, l.title, l.optional, l.inline])).toEqual([
      ["Lenses/Main Lens.md", "Main Lens", false, false],
    ]);
    expect(one!.lenses[0]!.sources.map((s) => [s.ref?.path, s.optional])).toEqual([
      ["articles/deep-dive.md", false],
      ["video_transcripts/talk.md", true],
    ]);
    expect(two!.lenses.map((l) => [l.ref?.path, l.optional])).toEqual([["Lenses/Extra Lens.md", true]]);
  });

  it("module: direct lenses, inline and referenced, and its content:: questions", () => {
    const model = sidebarModel(index, "modules/intro.md");
    if (model?.kind !== "module") throw new Error("not a module");
    expect(model.lenses.map((l) => [l.inline, l.title, l.optional, l.sources.map((s) => s.ref?.path)])).toEqual([
      [true, "Welcome", false, ["articles/welcome-article.md"]],
      [false, "Extra Lens", true, ["articles/deep-dive.md"]],
    ]);
    expect(model.questions?.children.map((q) => q.text)).toEqual(["Why is alignment hard?", "What is a sharp left turn?"]);
    expect(model.diagnostics).toEqual([]);
  });

  it("learning outcome: the modules using it, its lenses and its test", () => {
    const model = sidebarModel(index, "Learning Outcomes/Outcome Two.md");
    if (model?.kind !== "learning-outcome") throw new Error("not an outcome");
    expect(model.outcome).toBeNull();
    expect(model.modules.map((m) => [m.ref?.path, m.optional, m.line])).toEqual([
      ["modules/intro.md", true, lineOf(MODULE, "Outcome Two")],
    ]);
    const one = sidebarModel(index, "Learning Outcomes/Outcome One.md");
    if (one?.kind !== "learning-outcome") throw new Error("not an outcome");
    expect(one.outcome).toBe("Explain why alignment is hard");
    expect(one.tests.map((t) => [t.line, t.ref])).toEqual([[lineOf(OUTCOME_ONE, "## Test:"), null]]);
    expect(one.lenses.map((l) => l.ref?.path)).toEqual(["Lenses/Main Lens.md"]);
  });

  it("a lens note shows the outcomes and modules above it, once each", () => {
    const model = sidebarModel(index, "Lenses/Extra Lens.md");
    if (model?.kind !== "lens") throw new Error("expected the lens view");
    expect(model.outcomes.map((u) => [u.ref?.path, u.line])).toEqual([["Learning Outcomes/Outcome Two.md", lineOf(OUTCOME_TWO, "Extra Lens")]]);
    expect(model.modules.map((u) => [u.ref?.path, u.line])).toEqual([["modules/intro.md", lineOf(MODULE, "Extra Lens")]]);
    expect(model.courses).toEqual([]);
    expect(model.segments.map((s) => [s.type, s.source?.ref?.path])).toEqual([["article", "articles/deep-dive.md"]]);
  });

  it("edges go module -> outcome -> lens -> source with relation source", () => {
    const edges = index.edges().filter((e) => e.relation === "source");
    expect(edges.filter((e) => e.from === "modules/intro.md").map((e) => [e.to, e.optional])).toEqual([
      ["articles/welcome-article.md", false],
      ["Learning Outcomes/Outcome One.md", false],
      ["Learning Outcomes/Outcome Two.md", true],
      ["Lenses/Extra Lens.md", true],
    ]);
    expect(index.diagnostics().filter((d) => d.severity === "error")).toEqual([]);
  });

  it("returns null for a path that is not indexed", () => {
    expect(sidebarModel(index, "nope.md")).toBeNull();
  });
});
