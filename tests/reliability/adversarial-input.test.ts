// Hostile notes through the whole pipeline (parse, index, trees, export, sidebar, questions): no exception, positions
// inside the text, same result twice. Their timings are the bench's (`npm run bench -- --only hostile`), not a test's.
import { createHash } from "node:crypto";
import { dress, HOSTILE_INPUTS, runAdversarialBench, type HostileInput } from "../../bench/adversarial";
import { MosaicIndex } from "../../src/core/index/mosaic-index";
import { type MosaicExport, type ParsedNote, type TreeNode } from "../../src/core/model";
import { MAX_TREE_DEPTH } from "../../src/core/tree/build-tree";
import { exportJson } from "../../src/core/export/json";
import { questionEntries } from "../../src/core/query/questions";
import { sidebarModel } from "../../src/core/query/sidebar";

const HOSTILE = "Problems/Hostile.md";
const NEIGHBOURS: Record<string, string> = {
  "Problems/Boundaries.md": "---\ntags: [problem]\n---\n- What's up with boundaries? ^boundaries\n  - By default? ^by-default\n",
  "Sources/Blankets.md": "---\ntags: [paper]\n---\naddresses:: [[Boundaries#^by-default]], [[Hostile]], [[Hostile#^b3]], [[Hostile#Heading 7]]\n",
  "Problems/Child.md": "---\ntags: [problem]\n---\nparent:: [[Hostile#^b2]]\n- A child question ^child\n",
};

interface PipelineResult {
  note: ParsedNote;
  exported: MosaicExport;
  exportJson: string;
  sidebars: string;
}

/** Every 1-based line the pipeline reports for the hostile note (iteratively: trees may be 10,000 deep). */
function linesFor(note: ParsedNote, exported: MosaicExport): number[] {
  const lines: number[] = [];
  for (const f of note.fields) lines.push(f.line, ...(f.listItemLine === null ? [] : [f.listItemLine]));
  for (const l of note.links) lines.push(l.line);
  for (const h of note.headings) lines.push(h.line);
  for (const b of note.blockIds) lines.push(b.line);
  for (const s of note.sections) lines.push(s.line);
  for (const d of exported.diagnostics) if (d.file === HOSTILE && d.line !== null) lines.push(d.line);
  for (const e of exported.edges) if (e.from === HOSTILE) lines.push(e.line);
  const stack: TreeNode[] = exported.problems.map((p) => p.root);
  while (stack.length > 0) {
    const node = stack.pop()!;
    // A problem root sits on line 1 of its note; other nodes on their own line.
    if (node.path === HOSTILE) lines.push(node.line);
    for (const a of node.addressedBy) if (a.path === HOSTILE) lines.push(a.line);
    stack.push(...node.children);
  }
  const outline = [...note.outline, ...note.contentOutline];
  while (outline.length > 0) {
    const item = outline.pop()!;
    lines.push(item.line);
    outline.push(...item.children);
  }
  return lines;
}

function runPipeline(text: string): PipelineResult {
  const index = new MosaicIndex();
  for (const [path, body] of Object.entries(NEIGHBOURS)) index.setNote(path, body);
  index.setNote(HOSTILE, text);
  const note = index.note(HOSTILE)!;
  const exported = exportJson(index);
  const exportText = JSON.stringify(exported);
  index.problems();
  questionEntries(index);
  index.diagnostics({ unresolved: true });
  const sidebars = JSON.stringify([HOSTILE, ...Object.keys(NEIGHBOURS)].map((p) => sidebarModel(index, p)));
  // An edit of a neighbour re-links against the hostile note's anchors.
  index.setNote("Sources/Blankets.md", NEIGHBOURS["Sources/Blankets.md"]!.replace("^b3", "^b4"));
  sidebarModel(index, "Sources/Blankets.md");
  index.problemTree(HOSTILE);
  return { note, exported, exportJson: exportText, sidebars };
}

const sha = (text: string): string => createHash("sha256").update(text).digest("hex");
/** "same", or both hashes: a failure message that stays short even for 50 MB of output. */
const sameText = (a: string, b: string): string => (a === b ? "same" : `${sha(a)} vs ${sha(b)}`);

/**
 * The suite's size of each input: the smallest that takes the same code paths (the bench's hostile section runs the
 * full sizes, where a super-linear blow-up shows). The text and its first pipeline run are made once per input and
 * shared by the tests that look at it (a 10,000-level note is 50 MB).
 */
const firstRuns = new Map<HostileInput, { text: string; result: PipelineResult }>();
function firstRun(input: HostileInput): { text: string; result: PipelineResult } {
  let run = firstRuns.get(input);
  if (!run) {
    const text = dress(input, input.make(input.testSize));
    run = { text, result: runPipeline(text) };
    firstRuns.set(input, run);
  }
  return run;
}

describe("hostile notes through parse, index, export and sidebar", () => {
  it.each(HOSTILE_INPUTS.map((input) => [input.name(input.testSize), input] as const))("%s", (_name, input) => {
    const { text, result: first } = firstRun(input);

    const lineCount = text.split("\n").length;
    const lines = linesFor(first.note, first.exported);
    const outside = lines.filter((line) => !Number.isInteger(line) || line < 1 || line > lineCount);
    expect(outside.slice(0, 5)).toEqual([]);
    expect(first.exported.notes.map((n) => n.path)).toContain(HOSTILE);
    // The neighbours keep working beside the hostile note.
    const boundaries = first.exported.problems.find((p) => p.path === "Problems/Boundaries.md");
    expect(boundaries?.root.children[0]?.children[0]?.addressedBy.map((a) => a.path)).toContain("Sources/Blankets.md");

    // Same result twice; the multi-megabyte inputs run once (a second run of each costs seconds and shows no more).
    const second = text.length < 2_000_000 ? runPipeline(text) : first;
    expect(sameText(second.exportJson, first.exportJson)).toBe("same");
    expect(sameText(second.sidebars, first.sidebars)).toBe("same");
  });

  it("a 10,000-level outline keeps every question: nesting down to MAX_TREE_DEPTH, the rest flat below, in order", () => {
    const { exported } = firstRun(HOSTILE_INPUTS[1]!).result;
    const root = exported.problems.find((p) => p.path === HOSTILE)!.root;
    let deepest = root;
    let depth = 0;
    // Follow the note's own chain (Problems/Child hangs a second child under ^b2).
    const own = (n: TreeNode): TreeNode[] => n.children.filter((c) => c.path === HOSTILE);
    while (own(deepest).length === 1) {
      deepest = own(deepest)[0]!;
      depth++;
    }
    expect(depth).toBe(MAX_TREE_DEPTH);
    expect(deepest.children.map((c) => c.line)).toEqual(Array.from({ length: 10_000 - MAX_TREE_DEPTH }, (_, i) => 4 + MAX_TREE_DEPTH + i));
    expect(deepest.children.every((c) => c.children.length === 0)).toBe(true);
    // Anchors below the cap still resolve: Problems/Child hangs under ^b2, Sources/Blankets addresses ^b3.
    expect(exported.edges).toContainEqual(expect.objectContaining({ from: "Sources/Blankets.md", to: HOSTILE, anchor: "^b3" }));
    expect(root.addressedCount).toBe(1);
  });

  it("the bench returns a parse row and an index row per input, one timing per run", async () => {
    const only = ["`[[` x100,000", "an unterminated fence of 50,000 lines"];
    const rows = await runAdversarialBench({ runs: 2, only, testSizes: true });
    expect(rows.map((r) => r.name)).toEqual(only.flatMap((name) => [`parse: ${name}`, `index: ${name}`]));
    for (const row of rows) {
      expect(row.ms).toHaveLength(2);
      expect(row.ms.every((ms) => ms >= 0 && ms < 5000)).toBe(true);
      expect(row.bytes).toBeGreaterThan(100_000);
    }
  });
});
