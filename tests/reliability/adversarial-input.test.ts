// Hostile notes through the whole pipeline (parse, index, trees, export, sidebar, questions): no blow-up, positions inside the text, same result twice.
import { createHash } from "node:crypto";
import { MosaicIndex } from "../../src/core/index/mosaic-index";
import { DEFAULT_SETTINGS, type MosaicExport, type ParsedNote, type TreeNode } from "../../src/core/model";
import { parseNote } from "../../src/core/parse/parse-note";
import { MAX_TREE_DEPTH } from "../../src/core/tree/build-tree";

/** The named hostile inputs; `shape` says how the note is dressed so that the parts of the pipeline that matter run on it. */
export interface HostileInput {
  name: string;
  make: () => string;
  /** problem: tagged #problem (its tree is built); module: a Lens module with the input in a `content::` block; raw: as is. */
  shape: "problem" | "module" | "raw";
}

const deepTabs = (levels: number): string =>
  Array.from({ length: levels }, (_, i) => `${"\t".repeat(i)}- level ${i} [status:: open] ^b${i}`).join("\n");

export const HOSTILE_INPUTS: HostileInput[] = [
  { name: "a 1 MB single line", shape: "problem", make: () => "- " + "word [[Boundaries#^by-default]] ".repeat(32_000) },
  { name: "10,000 nested list levels (tabs)", shape: "problem", make: () => deepTabs(10_000) },
  { name: "10,000 nested list levels in a module's content:: block", shape: "module", make: () => deepTabs(10_000) },
  { name: "`[[` x100k", shape: "problem", make: () => "[[".repeat(100_000) },
  { name: "`::` x100k", shape: "problem", make: () => "::".repeat(100_000) },
  { name: "`[[a|` unterminated x10k", shape: "problem", make: () => "- addresses:: " + "[[a|".repeat(10_000) + "\n" + "[[a|\n".repeat(10_000) },
  { name: "an unterminated frontmatter", shape: "raw", make: () => "---\ntags: [problem]\n" + "key: [[value]]\n".repeat(100_000) },
  { name: "an unterminated fence", shape: "problem", make: () => "```\n" + "- [[x]] addresses:: [[Boundaries]] ^id\n".repeat(50_000) },
  { name: "50k headings", shape: "problem", make: () => Array.from({ length: 50_000 }, (_, i) => `${"#".repeat((i % 6) + 1)} Heading ${i} ^h${i}`).join("\n") },
  {
    name: "a 5 MB note",
    shape: "problem",
    make: () =>
      Array.from(
        { length: 40_000 },
        (_, i) => `${"  ".repeat(i % 4)}- Question ${i} about [[Boundaries#^by-default|alias]] #tag${i % 50} [addresses:: [[Q${i}]]] ^q${i}`,
      ).join("\n"),
  },
];

/** Dresses an input as a note of its shape. */
export function dress(input: HostileInput, text: string): string {
  if (input.shape === "problem") return `---\ntags: [problem]\n---\n${text}\n`;
  if (input.shape === "module") return `---\nid: 4a6836a1-9572-43da-9560-0bcaef788555\ntags: [module]\n---\n# Page: Welcome\n## Text\ncontent::\n${text}\n`;
  return text;
}

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
  /** CPU milliseconds (so that other work on the shared machine does not count). */
  ms: number;
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
  const start = process.cpuUsage();
  const index = new MosaicIndex();
  for (const [path, body] of Object.entries(NEIGHBOURS)) index.setNote(path, body);
  index.setNote(HOSTILE, text);
  const note = index.getNote(HOSTILE)!;
  const exported = index.export();
  const exportJson = JSON.stringify(exported);
  index.problems();
  index.questions();
  index.diagnostics({ unresolved: true });
  const sidebars = JSON.stringify([HOSTILE, ...Object.keys(NEIGHBOURS)].map((p) => index.sidebar(p)));
  // An edit of a neighbour re-links against the hostile note's anchors.
  index.setNote("Sources/Blankets.md", NEIGHBOURS["Sources/Blankets.md"]!.replace("^b3", "^b4"));
  index.sidebar("Sources/Blankets.md");
  index.problemTree(HOSTILE);
  const used = process.cpuUsage(start);
  const ms = (used.user + used.system) / 1000;
  return { note, exported, exportJson, sidebars, ms };
}

const sha = (text: string): string => createHash("sha256").update(text).digest("hex");

describe("hostile notes through parse, index, export and sidebar", () => {
  it.each(HOSTILE_INPUTS.map((input) => [input.name, input] as const))("%s", (_name, input) => {
    const text = dress(input, input.make());
    const first = runPipeline(text);
    // The parser alone, once (the pipeline reads the index's copy of the note).
    expect(JSON.stringify(parseNote(HOSTILE, text, DEFAULT_SETTINGS).diagnostics)).toBe(JSON.stringify(first.note.diagnostics));

    const lineCount = text.split("\n").length;
    const lines = linesFor(first.note, first.exported);
    const outside = lines.filter((line) => !Number.isInteger(line) || line < 1 || line > lineCount);
    expect(outside.slice(0, 5)).toEqual([]);
    expect(first.exported.notes.map((n) => n.path)).toContain(HOSTILE);
    // The neighbours keep working beside the hostile note.
    const boundaries = first.exported.problems.find((p) => p.path === "Problems/Boundaries.md");
    expect(boundaries?.root.children[0]?.children[0]?.addressedBy.map((a) => a.path)).toContain("Sources/Blankets.md");

    const second = runPipeline(text);
    expect(sha(second.exportJson)).toBe(sha(first.exportJson));
    expect(sha(second.sidebars)).toBe(sha(first.sidebars));
    // Loose: only catastrophic blow-up fails here (the faster of two runs); bench/adversarial.ts measures the real figure.
    expect(Math.min(first.ms, second.ms)).toBeLessThan(5000);
  });

  it("a 10,000-level outline keeps every question: nesting down to MAX_TREE_DEPTH, the rest flat below, in order", () => {
    const input = HOSTILE_INPUTS[1]!;
    const { exported } = runPipeline(dress(input, input.make()));
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
});
