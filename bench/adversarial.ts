// Hostile notes timed through parseNote alone and through a one-note index (setNote, export, sidebar); rows for the bench table.
import { MosaicIndex } from "../src/core/index/mosaic-index";
import { DEFAULT_SETTINGS } from "../src/core/model";
import { parseNote } from "../src/core/parse/parse-note";
import { exportJson } from "../src/core/export/json";
import { questionEntries } from "../src/core/query/questions";
import { sidebarModel } from "../src/core/query/sidebar";
import { median, summarise, type Result } from "./report";

/**
 * A hostile input at any size: `size` is the bench's (a scale check), `testSize` the smallest the test suite needs to
 * take the same code paths; `shape` says how it is dressed so that the parts of the pipeline that matter run on it.
 */
export interface HostileInput {
  /** The input at a size, e.g. "10,000 nested list levels (tabs)". */
  name: (size: number) => string;
  size: number;
  testSize: number;
  make: (size: number) => string;
  /** problem: tagged #problem (its tree is built); module: a Lens module with the input in a `content::` block; raw: as is. */
  shape: "problem" | "module" | "raw";
}

const deepTabs = (levels: number): string =>
  Array.from({ length: levels }, (_, i) => `${"\t".repeat(i)}- level ${i} [status:: open] ^b${i}`).join("\n");

const count = (n: number): string => n.toLocaleString("en-GB");

// Depth stays 10,000 in the suite too: that is what would overflow the stack of a recursive walk (MAX_TREE_DEPTH is 1,000).
export const HOSTILE_INPUTS: HostileInput[] = [
  {
    name: (n) => `a single line of ${count(n)} links`,
    size: 32_000,
    testSize: 3_200,
    shape: "problem",
    make: (n) => "- " + "word [[Boundaries#^by-default]] ".repeat(n),
  },
  { name: (n) => `${count(n)} nested list levels (tabs)`, size: 10_000, testSize: 10_000, shape: "problem", make: deepTabs },
  { name: (n) => `${count(n)} nested list levels in a module's content:: block`, size: 10_000, testSize: 10_000, shape: "module", make: deepTabs },
  { name: (n) => `\`[[\` x${count(n)}`, size: 100_000, testSize: 100_000, shape: "problem", make: (n) => "[[".repeat(n) },
  { name: (n) => `\`::\` x${count(n)}`, size: 100_000, testSize: 100_000, shape: "problem", make: (n) => "::".repeat(n) },
  {
    name: (n) => `\`[[a|\` unterminated x${count(n)}`,
    size: 10_000,
    testSize: 10_000,
    shape: "problem",
    make: (n) => "- addresses:: " + "[[a|".repeat(n) + "\n" + "[[a|\n".repeat(n),
  },
  {
    name: (n) => `an unterminated frontmatter of ${count(n)} lines`,
    size: 100_000,
    testSize: 10_000,
    shape: "raw",
    make: (n) => "---\ntags: [problem]\n" + "key: [[value]]\n".repeat(n),
  },
  { name: (n) => `an unterminated fence of ${count(n)} lines`, size: 50_000, testSize: 50_000, shape: "problem", make: (n) => "```\n" + "- [[x]] addresses:: [[Boundaries]] ^id\n".repeat(n) },
  {
    name: (n) => `${count(n)} headings`,
    size: 50_000,
    testSize: 5_000,
    shape: "problem",
    make: (n) => Array.from({ length: n }, (_, i) => `${"#".repeat((i % 6) + 1)} Heading ${i} ^h${i}`).join("\n"),
  },
  {
    name: (n) => `a note of ${count(n)} list items with links, tags, fields and block ids`,
    size: 54_000,
    testSize: 5_400,
    shape: "problem",
    make: (n) =>
      Array.from(
        { length: n },
        (_, i) => `${"  ".repeat(i % 4)}- Question ${i} about [[Boundaries#^by-default|alias]] #tag${i % 50} [addresses:: [[Q${i}]]] ^q${i}`,
      ).join("\n"),
  },
  {
    name: (n) => `${count(n)} sentences of prose on one line`,
    size: 130_000,
    testSize: 13_000,
    shape: "problem",
    make: (n) => "Some prose with a [[Link]] and a #tag. ".repeat(n),
  },
  { name: (n) => `a line of ${count(n)} \`{++\` suggestions`, size: 100_000, testSize: 10_000, shape: "problem", make: (n) => "{++ [[a]] ".repeat(n) },
];

/** Dresses an input as a note of its shape. */
export function dress(input: HostileInput, text: string): string {
  if (input.shape === "problem") return `---\ntags: [problem]\n---\n${text}\n`;
  if (input.shape === "module") return `---\nid: 4a6836a1-9572-43da-9560-0bcaef788555\ntags: [module]\n---\n# Page: Welcome\n## Text\ncontent::\n${text}\n`;
  return text;
}

export interface AdversarialRow {
  name: string;
  /** UTF-8 size of the dressed note. */
  bytes: number;
  /** Wall milliseconds of each run (5 runs; the runner takes the median). */
  ms: number[];
}

const PATH = "Problems/Hostile.md";

/** One note through the index and every query the views make of it. */
function throughIndex(text: string): void {
  const index = new MosaicIndex();
  index.setNote(PATH, text);
  JSON.stringify(exportJson(index));
  questionEntries(index);
  index.diagnostics({ unresolved: true });
  sidebarModel(index, PATH);
}

function time(runs: number, run: () => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples;
}

export interface AdversarialOptions {
  /** Runs per input (default 5). */
  runs?: number;
  /** Only the inputs with these names (default all). */
  only?: string[];
  /** The suite's sizes (`testSize`) instead of the bench's. */
  testSizes?: boolean;
}

/** Rows `parse: <input>` (parseNote alone) and `index: <input>` (setNote + export + questions + diagnostics + sidebar). */
export async function runAdversarialBench(options: AdversarialOptions = {}): Promise<AdversarialRow[]> {
  const runs = options.runs ?? 5;
  const rows: AdversarialRow[] = [];
  for (const input of HOSTILE_INPUTS) {
    const size = options.testSizes ? input.testSize : input.size;
    const name = input.name(size);
    if (options.only && !options.only.includes(name)) continue;
    const text = dress(input, input.make(size));
    const bytes = Buffer.byteLength(text, "utf8");
    rows.push({ name: `parse: ${name}`, bytes, ms: time(runs, () => parseNote(PATH, text, DEFAULT_SETTINGS)) });
    rows.push({ name: `index: ${name}`, bytes, ms: time(runs, () => throughIndex(text)) });
    // Let timers and I/O of the caller run between inputs.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return rows;
}

/** The hostile section's in-process rows: every input at its full size, parsed alone and through the index, and the slowest. */
export async function benchHostileNotes(runs: number, results: Result[]): Promise<void> {
  const rows = await runAdversarialBench({ runs });
  for (const row of rows) results.push(summarise(`hostile note, ${row.name}`, null, row.ms, "ms", `${(row.bytes / 1e6).toFixed(1)} MB`));
  const index = rows.filter((row) => row.name.startsWith("index: "));
  const slowest = index.reduce((worst, row) => (median(row.ms) > median(worst.ms) ? row : worst));
  results.push(summarise("hostile notes: slowest through the index", null, slowest.ms, "ms", slowest.name.slice("index: ".length)));
}
