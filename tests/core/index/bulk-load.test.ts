// The bulk load (setNotes, beginBulk/addToBulk/endBulk) gives exactly what setNote on each note gives, in any order and
// with changes, unreadable files and queries arriving in the middle of it.
import fc from "fast-check";
import { MosaicIndex, type LinkResolver } from "../../../src/core/index/mosaic-index";
import { PathResolver } from "../../../src/core/resolve/path-resolver";
import { FRAGMENTS as F, FRONTMATTERS, NOTE_PATHS, noteText } from "../../helpers/note-arbitraries";
import { exportJson } from "../../../src/core/export/json";
import { questionEntries } from "../../../src/core/query/questions";
import { sidebarModel } from "../../../src/core/query/sidebar";

const PATHS = [...NOTE_PATHS, "diagram.png.md"];

const FRONTMATTER = [...FRONTMATTERS, "---\ntags: [problem\nbroken: : :\n---\n"];

const FRAGMENTS = [
  ...F.head,
  "addresses:: [[../Problems/Agency#^q-1]]",
  ...F.middle,
  "See [[Agency]] and [[Paper A]] and [[Nowhere]] and [[paper a.md]].",
  ...F.lenses,
  ...F.tail,
];

const text = noteText(FRONTMATTER, FRAGMENTS);

/** A vault: each path a note, an unreadable file, or absent. */
const vault = fc.dictionary(fc.constantFrom(...PATHS), fc.oneof({ weight: 5, arbitrary: text }, { weight: 1, arbitrary: fc.constant(null) }));

type Vault = Record<string, string | null>;

function snapshot(index: MosaicIndex): string {
  return JSON.stringify({
    export: exportJson(index),
    unresolved: index.diagnostics({ unresolved: true }),
    sidebars: index.notePaths().map((p) => sidebarModel(index, p)),
    trees: index.notePaths().map((p) => index.treeOf(p)),
    questions: questionEntries(index).map((q) => [q.problem.path, q.node.path, q.node.line, q.ancestors]),
    diagnosticsFor: PATHS.map((p) => index.diagnosticsFor(p, { unresolved: true })),
  });
}

function perNote(files: Vault, options?: { resolver?: LinkResolver }): MosaicIndex {
  const index = new MosaicIndex(options);
  for (const path of Object.keys(files).sort()) {
    const content = files[path];
    if (content === null || content === undefined) index.setUnreadable(path, "binary file");
    else index.setNote(path, content);
  }
  return index;
}

/** Obsidian's resolver stands in as the core resolver over every path of the vault, as the plugin's metadataCache is. */
function externalResolver(files: Vault): LinkResolver {
  return new PathResolver(Object.keys(files));
}

describe("bulk load", () => {
  it("setNotes equals setNote on each note, in any order", () => {
    fc.assert(
      fc.property(vault, fc.integer(), (files, seed) => {
        const notes = Object.entries(files).filter((e): e is [string, string] => e[1] !== null);
        const shuffled = shuffle(notes, seed);
        const bulk = new MosaicIndex();
        for (const [path, content] of Object.entries(files)) if (content === null) bulk.setUnreadable(path, "binary file");
        bulk.setNotes(shuffled);
        expect(snapshot(bulk)).toBe(snapshot(perNote(files)));
      }),
      { numRuns: 300 },
    );
  });

  it("a bulk load in chunks, with unreadable files, changes, deletes, renames and queries in between, equals setNote on each", () => {
    type Step =
      | { kind: "chunk"; size: number }
      | { kind: "query" }
      | { kind: "set"; path: string; text: string }
      | { kind: "delete"; path: string }
      | { kind: "rename"; from: string; to: string };
    const step: fc.Arbitrary<Step> = fc.oneof(
      { weight: 4, arbitrary: fc.record({ kind: fc.constant("chunk" as const), size: fc.integer({ min: 1, max: 5 }) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant("query" as const) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant("set" as const), path: fc.constantFrom(...PATHS), text }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), path: fc.constantFrom(...PATHS) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant("rename" as const), from: fc.constantFrom(...PATHS), to: fc.constantFrom(...PATHS) }) },
    );
    fc.assert(
      fc.property(vault, fc.integer(), fc.array(step, { maxLength: 12 }), fc.boolean(), (initial, seed, steps, external) => {
        const files: Vault = { ...initial };
        const resolverFiles: Vault = { ...initial };
        for (const s of steps) if (s.kind === "set") resolverFiles[s.path] = s.text;
        const options = external ? { resolver: externalResolver(resolverFiles) } : {};
        const bulk = new MosaicIndex(options);
        let queue = shuffle(Object.entries(initial), seed);
        bulk.beginBulk();
        const feed = (size: number): void => {
          const chunk = queue.slice(0, size);
          queue = queue.slice(size);
          for (const [path, content] of chunk) if (content === null) bulk.setUnreadable(path, "binary file");
          bulk.addToBulk(chunk.filter((e): e is [string, string] => e[1] !== null));
        };
        for (const s of steps) {
          if (s.kind === "chunk") feed(s.size);
          else if (s.kind === "query") snapshot(bulk);
          else if (s.kind === "set") {
            // A change the vault reports while the load runs: the file is read again later in the load only if still queued.
            bulk.setNote(s.path, s.text);
            files[s.path] = s.text;
            queue = queue.filter(([p]) => p !== s.path);
          } else if (s.kind === "rename") {
            // Only a file already loaded is renamed, onto a name the load will not bring later.
            const moved = files[s.from];
            const loaded = moved !== undefined && !queue.some(([p]) => p === s.from);
            if (!loaded || s.from === s.to || queue.some(([p]) => p === s.to)) continue;
            bulk.renameNote(s.from, s.to);
            files[s.to] = moved;
            delete files[s.from];
          } else {
            bulk.deleteNote(s.path);
            delete files[s.path];
            queue = queue.filter(([p]) => p !== s.path);
          }
        }
        feed(queue.length);
        bulk.endBulk();
        expect(snapshot(bulk)).toBe(snapshot(perNote(files, options)));
      }),
      { numRuns: 300 },
    );
  });

  it("a note added after a query mid-load, re-resolving an earlier note's links into a cached tree, needs no early settling", () => {
    const chunks: [string, string][][] = [
      [
        ["Paper B.md", "\n"],
        ["diagram.png.md", "addresses:: [[Agency#^q-1]], [[Agency#^q-1a]]\n"],
        ["modules/Agency.md", "parent:: [[Paper B]]\n"],
      ],
      [["Problems/Agency.md", "\n"], ["notes/Paper A.md", "\n"]],
    ];
    const bulk = new MosaicIndex();
    bulk.beginBulk();
    bulk.addToBulk(chunks[0]!);
    snapshot(bulk);
    bulk.addToBulk(chunks[1]!);
    bulk.setUnreadable("lo1.md", "binary file");
    bulk.endBulk();
    expect(snapshot(bulk)).toBe(snapshot(perNote({ ...Object.fromEntries(chunks.flat()), "lo1.md": null })));
  });

  it("keeps working incrementally after a bulk load", () => {
    const index = new MosaicIndex();
    index.setNotes([
      ["notes/Paper A.md", "addresses:: [[Agency#^q-1]]\n"],
      ["Problems/Agency.md", "---\ntags: [problem]\n---\n- How does abstraction work? ^q-1\n"],
    ]);
    expect(index.problemTree("Problems/Agency.md")?.root.children[0]?.addressedBy.map((a) => a.path)).toEqual(["notes/Paper A.md"]);
    index.setNote("notes/Paper A.md", "Nothing now.\n");
    expect(index.problemTree("Problems/Agency.md")?.root.children[0]?.addressedBy).toEqual([]);
    index.setNote("notes/Agency.md", "A second note with the same name.\n");
    expect(index.diagnostics()).toEqual([]);
  });

  it("links a note only once however many notes link to names added later", () => {
    const index = new MosaicIndex();
    const resolve = jest.spyOn(PathResolver.prototype, "resolve");
    const notes: [string, string][] = [];
    for (let i = 0; i < 50; i++) notes.push([`n${i}.md`, Array.from({ length: 50 }, (_, j) => `[[n${j}]]`).join(" ")]);
    index.setNotes(notes);
    expect(resolve).toHaveBeenCalledTimes(50 * 50);
    expect(index.incoming("n0.md")).toHaveLength(50);
    resolve.mockRestore();
  });
});

/** A seeded Fisher-Yates shuffle (fast-check gives the seed, so a failure replays). */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
