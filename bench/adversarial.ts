// Hostile notes timed through parseNote alone and through a one-note index (setNote, export, sidebar); rows for the bench table.
import { MosaicIndex } from "../src/core/index/mosaic-index";
import { DEFAULT_SETTINGS } from "../src/core/model";
import { parseNote } from "../src/core/parse/parse-note";
import { exportJson } from "../src/core/export/json";
import { questionEntries } from "../src/core/query/questions";
import { sidebarModel } from "../src/core/query/sidebar";

/** A named hostile input; `shape` says how it is dressed so that the parts of the pipeline that matter run on it. */
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
        { length: 54_000 },
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
}

/** Rows `parse: <input>` (parseNote alone) and `index: <input>` (setNote + export + questions + diagnostics + sidebar). */
export async function runAdversarialBench(options: AdversarialOptions = {}): Promise<AdversarialRow[]> {
  const runs = options.runs ?? 5;
  const rows: AdversarialRow[] = [];
  for (const input of HOSTILE_INPUTS) {
    if (options.only && !options.only.includes(input.name)) continue;
    const text = dress(input, input.make());
    const bytes = Buffer.byteLength(text, "utf8");
    rows.push({ name: `parse: ${input.name}`, bytes, ms: time(runs, () => parseNote(PATH, text, DEFAULT_SETTINGS)) });
    rows.push({ name: `index: ${input.name}`, bytes, ms: time(runs, () => throughIndex(text)) });
    // Let timers and I/O of the caller run between inputs.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return rows;
}
