// Property: after any sequence of sets, deletes, renames (with queries in between that fill the caches), the index
// exports exactly what a fresh index built from the final files exports.
import fc from "fast-check";
import { MosaicIndex } from "../../../src/core/index/mosaic-index";
import { FRAGMENTS as F, FRONTMATTERS, NOTE_PATHS, noteText } from "../../helpers/note-arbitraries";
import { exportJson } from "../../../src/core/export/json";
import { questionEntries } from "../../../src/core/query/questions";
import { sidebarModel } from "../../../src/core/query/sidebar";

const PATHS = NOTE_PATHS;

const FRONTMATTER = [...FRONTMATTERS, "---\ntags: [problem]\nstatus: open\n---\n"];

const FRAGMENTS = [
  ...F.head,
  ...F.middle,
  "See [[Agency]] and [[Paper A]] and [[Nowhere]].",
  ...F.lenses,
  "## Lens: Main\nsource:: [[../Lenses/lens1]]",
  ...F.tail,
];

const text = noteText(FRONTMATTER, FRAGMENTS);

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
    export: exportJson(index),
    unresolved: index.diagnostics({ unresolved: true }),
    sidebars: index.notePaths().map((p) => sidebarModel(index, p)),
    questions: questionEntries(index).map((q) => [q.problem.path, q.node.path, q.node.line, q.ancestors]),
  });
}

function query(index: MosaicIndex, path: string): void {
  exportJson(index);
  sidebarModel(index, path);
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
        expect(index.notePaths()).toEqual([...files.keys()].sort());
        expect(snapshot(index)).toBe(snapshot(fresh));
      }),
      { numRuns: 300 },
    );
  });
});
