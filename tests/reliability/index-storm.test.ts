// Event storms: 1,000 seeded creates, edits, renames (across kinds and folders), deletes and re-creates; the index always equals a fresh build.
import { MosaicIndex } from "../../src/core/index/mosaic-index";
import type { MosaicExport } from "../../src/core/model";
import { Rng } from "../../bench/prng";
import { exportJson } from "../../src/core/export/json";
import { questionEntries } from "../../src/core/query/questions";
import { sidebarModel } from "../../src/core/query/sidebar";

/** ~30 paths: same basenames in several folders, Lens folders that decide a kind, and notes named like their links. */
const PATHS = [
  "Problems/Agents.md",
  "Problems/Boundaries.md",
  "Problems/Mesa.md",
  "Problems/Loop A.md",
  "Problems/Loop B.md",
  "Problems/Self.md",
  "Problems/Nested/Deep.md",
  "modules/Agents.md",
  "modules/intro.md",
  "modules/difficulties.md",
  "Sources/Embedded agency.md",
  "Sources/Blankets.md",
  "Sources/Heat engine.md",
  "Sources/QACI.md",
  "Lenses/rocket.md",
  "Lenses/default.md",
  "Lenses/Blankets.md",
  "Learning Outcomes/lo-explain.md",
  "Learning Outcomes/lo-agents.md",
  "courses/course.md",
  "courses/self.md",
  "articles/ruin.md",
  "articles/sharp.md",
  "notes/Agents.md",
  "notes/draft.md",
  "notes/Self.md",
  "Paper.md",
  "Loop A.md",
  "self.md",
  "video_transcripts/talk.md",
];

/** Link targets: every basename in the pool, some with folders, some relative, and a few that never exist. */
const TARGETS = [
  "Agents",
  "Boundaries",
  "Mesa",
  "Loop A",
  "Loop B",
  "Self",
  "self",
  "Deep",
  "Problems/Agents",
  "notes/Agents",
  "../Problems/Agents",
  "Embedded agency",
  "Blankets",
  "Heat engine",
  "QACI",
  "Paper",
  "Nowhere",
  "1",
];
const ANCHORS = ["", "#^abstraction", "#^thermo", "#^boundaries", "#^by-default", "#Abstraction", "#Boundaries and modularity", "#^missing", "#^d1"];
const TAGS = ["problem", "open-problem", "paper", "post", "module", "lens", "learning-outcome", "course", "source", "misc"];

type Template = (rng: Rng) => string;

const link = (rng: Rng): string => `[[${rng.pick(TARGETS)}${rng.pick(ANCHORS)}]]`;
const frontmatter = (rng: Rng, extra = ""): string => {
  const roll = rng.int(0, 3);
  if (roll === 0) return extra === "" ? "" : `---\n${extra}---\n`;
  if (roll === 1) return `---\ntags: [${rng.pick(TAGS)}]\n${extra}---\n`;
  if (roll === 2) return `---\ntag: ${rng.pick(TAGS)}\n${extra}---\n`;
  return `---\ntags:\n  - ${rng.pick(TAGS)}\n  - ${rng.pick(TAGS)}\n${extra}---\n`;
};

/** Real-shaped note texts; each draws its links and tags from the pools, so kinds, targets and cycles vary. */
const TEMPLATES: Template[] = [
  // A problem with headings, block ids, statuses and a second level.
  (rng) =>
    `${frontmatter(rng)}# Abstraction\n- How does abstraction work? ^abstraction\n  - From data? ^d1\n    - In toy models? [status:: partial]\n  - Inverse problem? (status:: answered)\n\n# Boundaries and modularity\n- What's up with boundaries? ^boundaries\n  - By default? ^by-default\n- How modular are trained nets?\n`,
  // A problem hanging under another note's node; with the pool this makes A->B->A and self-parent cycles.
  (rng) => `---\ntags: [problem]\n---\nparent:: ${link(rng)}\nstatus:: open\n\n- Which signatures show a learned optimizer? ^thermo\n- Can tools locate inner search? ^abstraction\n`,
  (rng) => `---\ntags: [problem]\n---\nup:: [[${rng.pick(["Loop A", "Loop B", "Self", "self"])}]]\n\n## Thermo\n- Maxwell's demon for agents? ^thermo\n`,
  () => `---\ntags: [problem]\n---\nparent:: [[Loop B]]\n- Loop A question ^abstraction\n`,
  () => `---\ntags: [problem]\n---\nparent:: [[Loop A#^abstraction]]\n- Loop B question ^boundaries\n`,
  () => `---\ntags: [problem]\n---\nparent:: [[Self]]\n- A self-parented question ^by-default\n`,
  // Sources: relation fields, inline bracket and paren fields, plain links to anchors, a criticmarkup suggestion.
  (rng) => `${frontmatter(rng, "title: \"A source\"\n")}addresses:: ${link(rng)}, ${link(rng)}\ninforms:: ${link(rng)}\n\nThe essay splits the problem; see ${link(rng)} and ${link(rng)}.\n`,
  (rng) => `---\ntags: [paper]\n---\nWe read it [answers:: ${link(rng)}] and (informs:: ${link(rng)}) today.\n\n- addresses:: ${link(rng)}\n- [ ] read ${link(rng)}\n`,
  (rng) => `---\ntags: [post]\n---\nCitation markers [[1]] and {--${link(rng)}--}{++${link(rng)}++} and ![[diagram.png]].\nSee [[#Abstraction]].\n`,
  // A note whose kind comes only from an inline tag.
  (rng) => `Body text #${rng.pick(TAGS)} with ${link(rng)}.\n\n- Question from an inline tag? ^abstraction\n`,
  // Lens module: outcomes by source::, an inline lens with id and segments, content:: questions with a glued line.
  (rng) =>
    `---\nid: 4a6836a1-9572-43da-9560-0bcaef78855${rng.int(0, 2)}\nslug: intro\ntitle: Intro\ntags: [module]\n---\n# Page: Welcome\n## Text\ncontent::\nQuestions:\n* Why is alignment hard?\n* What is a sharp left turn?\nGlued question without a marker?\n\n# Learning Outcome:\noptional:: true\nsource:: [[../Learning Outcomes/lo-explain]]\n\n# Learning Outcome:\nsource:: [[../Learning Outcomes/${rng.pick(["lo-agents", "missing-lo"])}]]\n\n# Lens: Inline\nid:: 11111111-0000-0000-0000-00000000000${rng.int(1, 3)}\n#### Article\nsource:: [[../articles/ruin]]\n\n# Submodule: More\n# Lens:\nsource:: [[../Lenses/rocket]]\n`,
  (rng) => `---\nid: 22222222-0000-0000-0000-00000000000${rng.int(1, 2)}\n---\n# Learning Outcome:\nsource:: [[${rng.pick(["../Learning Outcomes/lo-agents", "lo-explain", "../Lenses/default"])}]]\n\n# Lens:\noptional:: true\nsource:: ![[../Lenses/${rng.pick(["default", "Blankets", "gone"])}|Label]]\n`,
  // Learning outcome.
  (rng) =>
    `---\nid: 33333333-0000-0000-0000-00000000000${rng.int(1, 2)}\nlearning-outcome: Explain why alignment is hard.\n---\n## Lens: Rocket\nsource:: [[../Lenses/rocket]]\n\n## Lens: Default\nsource:: [[../Lenses/${rng.pick(["default", "Blankets"])}]]\n\n## Test:\n#### Question\ncontent::\nWhy might a technique stop working?\n`,
  // Lens with segments.
  (rng) =>
    `---\nid: 44444444-0000-0000-0000-00000000000${rng.int(1, 2)}\n---\n#### Text\ncontent::\nTwo arguments.\n\n#### Article\nsource:: [[../articles/${rng.pick(["ruin", "sharp", "gone"])}]]\nfrom:: "## Section A"\nto:: "raters."\n\n#### Video\nsource:: [[../video_transcripts/talk]]\noptional:: true\n\n#### Chat\ninstructions::\nAsk the student.\n`,
  // Courses: modules in order, one linking the course note itself.
  (rng) => `---\nid: 55555555-0000-0000-0000-000000000001\nslug: course\n---\n# Module: [[../modules/intro]]\n\n# Meeting: One\n\n# Module: [[../modules/${rng.pick(["difficulties", "Agents", "nope"])}|Two]]\n`,
  () => `---\ntags: [course]\n---\n# Module: [[self]]\n\n# Module:[[../courses/course]]\n`,
  // An article and an empty note.
  () => `---\ntitle: AGI Ruin\n---\n## Section A: why there is no retry\nText that rewards looking good to raters.\n`,
  () => ``,
  // Malformed frontmatter and a broken relation.
  (rng) => `---\ntags: [paper\ntitle: : :\n---\naddresses:: ${link(rng)}\nsource:: \n`,
];

type FileState = { text: string } | { unreadable: string };
type Event =
  | { op: "set"; path: string; text: string }
  | { op: "unreadable"; path: string }
  | { op: "delete"; path: string }
  | { op: "rename"; from: string; to: string }
  | { op: "query"; path: string };

/** One event, realistic for a vault: creates at free paths, edits and deletes of existing files, renames onto free paths. */
function nextEvents(rng: Rng, files: Map<string, FileState>): Event[] {
  const existing = [...files.keys()];
  const free = PATHS.filter((p) => !files.has(p));
  const text = (): string => rng.pick(TEMPLATES)(rng);
  const roll = rng.next();
  if (existing.length === 0 || (roll < 0.25 && free.length > 0)) return [{ op: "set", path: rng.pick(free), text: text() }];
  const path = rng.pick(existing);
  if (roll < 0.5) return [{ op: "set", path, text: text() }];
  if (roll < 0.65 && free.length > 0) return [{ op: "rename", from: path, to: rng.pick(free) }];
  if (roll < 0.72) return [{ op: "delete", path }];
  if (roll < 0.77) return [{ op: "delete", path }, { op: "set", path, text: text() }];
  if (roll < 0.8) return [{ op: "unreadable", path }];
  return [{ op: "query", path }];
}

function apply(index: MosaicIndex, files: Map<string, FileState>, event: Event): void {
  if (event.op === "set") {
    index.setNote(event.path, event.text);
    files.set(event.path, { text: event.text });
  } else if (event.op === "unreadable") {
    index.setUnreadable(event.path, "binary file (contains NUL bytes)");
    files.set(event.path, { unreadable: "binary file (contains NUL bytes)" });
  } else if (event.op === "delete") {
    index.deleteNote(event.path);
    files.delete(event.path);
  } else if (event.op === "rename") {
    index.renameNote(event.from, event.to);
    const moved = files.get(event.from);
    if (moved) {
      files.delete(event.from);
      files.set(event.to, moved);
    }
  } else {
    // Reads fill the caches (trees, diagnostics, sidebars) that later events must invalidate.
    sidebarModel(index, event.path);
    index.problemTree(event.path);
    index.diagnosticsFor(event.path);
    if (event.path.length % 3 === 0) exportJson(index);
    if (event.path.length % 5 === 0) questionEntries(index);
  }
}

function freshIndex(files: Map<string, FileState>, order: "sorted" | "reversed"): MosaicIndex {
  const index = new MosaicIndex();
  const paths = [...files.keys()].sort();
  if (order === "reversed") paths.reverse();
  for (const path of paths) {
    const file = files.get(path)!;
    if ("text" in file) index.setNote(path, file.text);
    else index.setUnreadable(path, file.unreadable);
  }
  return index;
}

function views(index: MosaicIndex): { export: string; rest: string } {
  return {
    export: JSON.stringify(exportJson(index)),
    rest: JSON.stringify({
      unresolved: index.diagnostics({ unresolved: true }),
      sidebars: index.notePaths().map((p) => sidebarModel(index, p)),
      perFile: index.notePaths().map((p) => index.diagnosticsFor(p)),
    }),
  };
}

/** The first part of the export that differs, for a readable failure. */
function firstDifference(a: string, b: string): string {
  const left = JSON.parse(a) as MosaicExport;
  const right = JSON.parse(b) as MosaicExport;
  for (const key of ["notes", "edges", "problems", "diagnostics"] as const) {
    const l = left[key] as unknown[];
    const r = right[key] as unknown[];
    for (let i = 0; i < Math.max(l.length, r.length); i++) {
      const x = JSON.stringify(l[i]);
      const y = JSON.stringify(r[i]);
      if (x !== y) return `${key}[${i}]\n  incremental: ${x?.slice(0, 600)}\n  fresh:       ${y?.slice(0, 600)}`;
    }
  }
  return "no difference in export";
}

const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);
const EVENTS = 1000;
const CHECKPOINT = 50;

describe("event storms", () => {
  it.each(SEEDS)("seed %i: after 1,000 events (and every 50) the index equals a fresh build of the same files", (seed) => {
    const rng = new Rng(seed);
    const index = new MosaicIndex();
    const files = new Map<string, FileState>();
    const log: Event[] = [];
    let kindsSeen = new Set<string>();
    let renamesAcrossFolders = 0;
    for (let step = 1; step <= EVENTS; step++) {
      for (const event of nextEvents(rng, files)) {
        log.push(event);
        if (event.op === "rename" && event.from.split("/")[0] !== event.to.split("/")[0]) renamesAcrossFolders++;
        apply(index, files, event);
      }
      if (step % CHECKPOINT !== 0) continue;
      const incremental = views(index);
      const fresh = views(freshIndex(files, "reversed"));
      if (incremental.export !== fresh.export) {
        // STORM_PATH=<path> narrows the listed events to one file when reproducing a failure.
        const focus = process.env.STORM_PATH;
        const relevant = focus ? log.filter((e) => JSON.stringify(e).includes(focus)) : log;
        const recent = relevant.slice(-6).map((e) => JSON.stringify(e).slice(0, 300)).join("\n");
        throw new Error(`seed ${seed}, after event ${step}: ${firstDifference(incremental.export, fresh.export)}\nlast events:\n${recent}`);
      }
      expect(incremental.rest).toBe(fresh.rest);
      kindsSeen = new Set([...kindsSeen, ...index.notes().map((n) => n.kind)]);
    }
    // Fresh builds agree with each other whatever the order the files arrive in.
    expect(views(freshIndex(files, "sorted"))).toEqual(views(freshIndex(files, "reversed")));
    expect(index.notePaths()).toEqual([...files].filter(([, f]) => "text" in f).map(([p]) => p).sort());
    // The storm really exercised what it claims to.
    expect(renamesAcrossFolders).toBeGreaterThan(20);
    expect([...kindsSeen].sort()).toEqual(["course", "learning-outcome", "lens", "module", "other", "problem", "source"]);
    expect(log.filter((e) => e.op === "unreadable").length).toBeGreaterThan(5);
  });

  it("a file that was unreadable and becomes a note is listed again (found by seed 3)", () => {
    const index = new MosaicIndex();
    index.setNote("Problems/Agents.md", TEMPLATES[0]!(new Rng(1)));
    exportJson(index);
    index.setUnreadable("Lenses/default.md", "binary file (contains NUL bytes)");
    expect(exportJson(index).diagnostics.map((d) => d.code)).toContain("unreadable-file");
    index.setNote("Lenses/default.md", "---\ntags: [problem]\n---\n- Maxwell's demon for agents? ^thermo\n");
    expect(index.notes().map((n) => n.path)).toEqual(["Lenses/default.md", "Problems/Agents.md"]);
    expect(index.problems().map((p) => p.path)).toEqual(["Lenses/default.md", "Problems/Agents.md"]);
  });

  it("cycles A->B->A and a self-parent are reported, not followed, and trees through them stay finite", () => {
    const index = new MosaicIndex();
    index.setNote("Problems/Loop A.md", TEMPLATES[3]!(new Rng(1)));
    index.setNote("Problems/Loop B.md", TEMPLATES[4]!(new Rng(1)));
    index.setNote("Problems/Self.md", TEMPLATES[5]!(new Rng(1)));
    index.setNote("courses/self.md", TEMPLATES[15]!(new Rng(1)));
    const cycles = index.diagnostics().filter((d) => d.code === "parent-cycle");
    expect(cycles.map((d) => d.file).sort()).toEqual(expect.arrayContaining(["Problems/Self.md"]));
    expect(cycles.some((d) => d.file === "Problems/Loop A.md" || d.file === "Problems/Loop B.md")).toBe(true);
    // Trees stay finite: each problem shows its own question once.
    for (const problem of index.problems()) expect(JSON.stringify(problem).length).toBeLessThan(10_000);
    for (let i = 0; i < 200; i++) index.setNote(i % 2 ? "Problems/Loop A.md" : "Problems/Loop B.md", TEMPLATES[i % 2 ? 3 : 4]!(new Rng(i)));
    expect(JSON.stringify(exportJson(index))).toBe(JSON.stringify(exportJson(freshIndex(new Map(index.notePaths().map((p) => [p, { text: index.getText(p)! }])), "sorted"))));
  });
});
