// Property: after any sequence of sets, deletes, renames (with queries in between that fill the caches), the index
// exports exactly what a fresh index built from the final files exports.
import fc from "fast-check";
import { MosaicIndex } from "../../../src/core/index/mosaic-index";

const PATHS = [
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

const FRONTMATTER = [
  "",
  "---\ntags: [problem]\n---\n",
  "---\ntags: [paper]\n---\n",
  "---\nslug: intro\ntitle: Intro\nid: 11111111-0000-0000-0000-000000000001\n---\n",
  "---\nid: 11111111-0000-0000-0000-000000000002\nlearning-outcome: Explain it\n---\n",
  "---\nid: 11111111-0000-0000-0000-000000000002\n---\n",
  "---\ntags: [problem]\nstatus: open\n---\n",
];

const FRAGMENTS = [
  "## Abstraction\n- How does abstraction work? ^q-1\n\t- In toy models? ^q-1a\n\t- From data?\n- Why modularity?",
  "## Search\n- When does search show up? ^q-3 [status:: partial]",
  "addresses:: [[Agency#^q-1]], [[Agency#^q-1a]]",
  "answers:: [[Problems/Search#Search]]",
  "We read it (informs:: [[Agency#Abstraction]]) today.",
  "See [[Agency]] and [[Paper A]] and [[Nowhere]].",
  "Also [[Search#^q-3]] and [[lo1]] and ![[diagram.png]].",
  "parent:: [[Agency#^q-1]]",
  "up:: [[Search]]",
  "parent:: [[Agency]]",
  "parent:: [[Paper B]]",
  "# Learning Outcome: First\nsource:: [[../Learning Outcomes/lo1]]",
  "# Lens:\noptional:: true\nsource:: [[../Lenses/lens1]]",
  "# Lens: Inline\nid:: 11111111-0000-0000-0000-000000000002\n\n#### Article\nsource:: [[../articles/a1]]",
  "## Lens: Main\nsource:: [[../Lenses/lens1]]",
  "#### Article\nsource:: [[../articles/a1]]\n\n#### Text\ncontent::\nQuestions:\n* First question?\nGlued question?",
  "# Module: [[../modules/intro]]\noptional:: true\n\n# Meeting: One",
  "addresses:: [[Missing note]]\nSee [[#Abstraction]].",
];

const text = fc
  .tuple(fc.constantFrom(...FRONTMATTER), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 4 }))
  .map(([front, body]) => `${front}${body.join("\n\n")}\n`);

type Op =
  | { kind: "set"; path: string; text: string }
  | { kind: "delete"; path: string }
  | { kind: "rename"; from: string; to: string }
  | { kind: "query"; path: string };

const path = fc.constantFrom(...PATHS);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("set" as const), path, text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), path }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("rename" as const), from: path, to: path }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("query" as const), path }) },
);

function snapshot(index: MosaicIndex): string {
  return JSON.stringify({
    export: index.export(),
    unresolved: index.diagnostics({ unresolved: true }),
    sidebars: index.paths().map((p) => index.sidebar(p)),
    questions: index.questions().map((q) => [q.problem.path, q.node.path, q.node.line, q.ancestors]),
  });
}

function query(index: MosaicIndex, path: string): void {
  index.export();
  index.sidebar(path);
  index.problemTree(path);
}

/** Problems already in place, so that source edits mostly patch cached trees instead of building them. */
const PROBLEMS: [string, string][] = [
  ["Problems/Agency.md", `${FRONTMATTER[1]}${FRAGMENTS[0]}\n\n${FRAGMENTS[1]}\n`],
  ["Problems/Search.md", `${FRONTMATTER[6]}${FRAGMENTS[1]}\n\nparent:: [[Agency#^q-1]]\n`],
  ["modules/intro.md", `${FRONTMATTER[3]}${FRAGMENTS[15]}\n`],
];

const SOURCE_PATHS = ["notes/Paper A.md", "Paper B.md", "notes/Post C.md", "Sources/Post D.md"];
const SOURCE_FRAGMENTS = [
  "addresses:: [[Problems/Agency#^q-1]], [[Problems/Agency#^q-1a]]",
  "answers:: [[Problems/Search#Search]]",
  "Read it (informs:: [[Problems/Agency#Abstraction]]) today.",
  "See [[Problems/Agency]] and [[Problems/Search#^q-3]].",
  "addresses:: [[Problems/Search#^q-3]]\nAgain [[Problems/Agency#^q-1a]].",
  "Questions: [[intro]].",
  "addresses:: [[Problems/Agency#^q-9]]",
];
const sourceText = fc
  .array(fc.constantFrom(...SOURCE_FRAGMENTS), { maxLength: 3 })
  .map((body) => `${body.join("\n\n")}\n`);
const sourcePath = fc.constantFrom(...SOURCE_PATHS);
const sourceOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("set" as const), path: sourcePath, text: sourceText }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), path: sourcePath }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("rename" as const), from: sourcePath, to: sourcePath }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("query" as const), path: fc.constantFrom(...PROBLEMS.map(([p]) => p)) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("set" as const), path: fc.constantFrom(...PROBLEMS.map(([p]) => p)), text }) },
);

describe("incremental index", () => {
  it.each([
    ["any notes", [] as [string, string][], op],
    ["sources addressing cached problem trees", PROBLEMS, sourceOp],
  ])("equals a fresh index after any sequence of changes: %s", (_name, initial, operation) => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 30 }), (ops) => {
        const index = new MosaicIndex();
        const files = new Map<string, string>(initial);
        for (const [p, t] of initial) index.setNote(p, t);
        for (const step of ops) {
          if (step.kind === "set") {
            index.setNote(step.path, step.text);
            files.set(step.path, step.text);
          } else if (step.kind === "delete") {
            index.deleteNote(step.path);
            files.delete(step.path);
          } else if (step.kind === "rename") {
            index.renameNote(step.from, step.to);
            const moved = files.get(step.from);
            if (moved !== undefined && step.from !== step.to) {
              files.delete(step.from);
              files.set(step.to, moved);
            }
          } else {
            query(index, step.path);
          }
        }
        const fresh = new MosaicIndex();
        for (const p of [...files.keys()].sort().reverse()) fresh.setNote(p, files.get(p)!);
        expect(index.paths()).toEqual([...files.keys()].sort());
        expect(snapshot(index)).toBe(snapshot(fresh));
      }),
      { numRuns: 300 },
    );
  });
});
