// The "hostile sizes" section: inputs built to hurt (huge imports, deep nesting, many sections, next at scale),
// each run by the CLI at a size and at half of it, so that the ratio shows whether time grows linearly.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { runProcess } from "./measure-process";
import { median, summarise, type Result, type Skipped } from "./report";

interface Scenario {
  name: string;
  /** The full size (questions, bytes, levels, sections, gaps); quick mode uses a tenth (not for a refusal). */
  size: number;
  unit: string;
  /** Writes the inputs for `size` into `dir` and returns the CLI arguments. */
  make: (dir: string, size: number) => string[];
  /** An input that must be refused: exit 2 with one line on stderr matching this (the time is the time to refuse). */
  refusal?: RegExp;
}

const PROBLEM_HEAD = "---\ntags: [problem]\n---\n# Target\n\n- An existing question ^existing\n";

function importInto(dir: string, outline: string, name: string): string[] {
  mkdirSync(path.join(dir, "vault", "Problems"), { recursive: true });
  writeFileSync(path.join(dir, "vault", "Problems", "Target.md"), PROBLEM_HEAD);
  const file = path.join(dir, name);
  writeFileSync(file, outline);
  return ["import", file, "--into", "Problems/Target.md", "--write", path.join(dir, "vault")];
}

/** A numbered outline (`1.`, `1.1`, `1.1.1`, ...) of about `bytes` bytes, three levels deep. */
function numberedOutline(bytes: number): string {
  const lines: string[] = [];
  let length = 0;
  for (let a = 1; length < bytes; a++) {
    for (let b = 1; b <= 10 && length < bytes; b++) {
      for (let c = 1; c <= 10 && length < bytes; c++) {
        const line = `${a}.${b}.${c} How does mechanism ${a}-${b}-${c} generalise?`;
        if (c === 1) lines.push(b === 1 ? `${a}. Problem area ${a}` : `${a}.${b} Sub-area ${a}.${b}`);
        lines.push(line);
        length += line.length + 1;
      }
    }
  }
  return lines.join("\n") + "\n";
}

/** An OPML outline nested `levels` deep: one outline per level, the only child of the one above. */
function deepOpml(levels: number): string {
  let body = `<outline text="Level ${levels}?"/>`;
  for (let level = levels - 1; level >= 1; level--) body = `<outline text="Level ${level}?">${body}</outline>`;
  return `<?xml version="1.0"?>\n<opml version="2.0"><head><title>Deep</title></head><body>${body}</body></opml>\n`;
}

/** A problem in the JSON export's shape nested `levels` deep: one question per level, the only child of the one above. */
function deepJson(levels: number): string {
  let node = '{"text":"Level ' + levels + '?","children":[]}';
  for (let level = levels - 1; level >= 1; level--) node = `{"text":"Level ${level}?","children":[${node}]}`;
  return `{"title":"Deep","root":{"text":"Deep","children":[${node}]}}`;
}

const SCENARIOS: Scenario[] = [
  {
    name: "import of many questions (--write)",
    size: 100_000,
    unit: "questions",
    make: (dir, n) => importInto(dir, Array.from({ length: n }, (_, i) => `- Question number ${i} about agents?`).join("\n") + "\n", "many.md"),
  },
  {
    name: "import of a numbered outline (--write)",
    size: 1_000_000,
    unit: "bytes",
    make: (dir, n) => importInto(dir, numberedOutline(n), "numbered.md"),
  },
  {
    // The JSON reader refuses trees deeper than 500 levels with a message; this is the deepest it takes.
    name: "import of deep nesting (--write)",
    size: 500,
    unit: "levels",
    make: (dir, n) => importInto(dir, deepJson(n), "deep.json"),
  },
  {
    // Any format nested deeper than 500 levels is refused before any merge, with one line (its note would be
    // quadratic in depth: 10k levels of list indentation are about 100 MB).
    name: "import of 10k-deep nesting (OPML, refused)",
    size: 10_000,
    unit: "levels",
    make: (dir, n) => importInto(dir, deepOpml(n), "deep.opml"),
    refusal: /nested deeper than 500 levels/,
  },
  {
    name: "tree of a note with many sections",
    size: 150_000,
    unit: "sections",
    make: (dir, n) => {
      mkdirSync(path.join(dir, "vault"), { recursive: true });
      // Short lines, so that 150k sections stay under the 5 MB a note may have.
      const body = Array.from({ length: n }, (_, i) => `## S${i}\n- Q${i}?`).join("\n");
      writeFileSync(path.join(dir, "vault", "Sections.md"), `---\ntags: [problem]\n---\n${body}\n`);
      return ["tree", path.join(dir, "vault")];
    },
  },
  {
    name: "next: gaps × sources (questions, sources = gaps / 10)",
    size: 20_000,
    unit: "gaps",
    make: (dir, n) => {
      const words = ["agent", "goal", "boundary", "abstraction", "optimiser", "value", "shard", "world", "model", "reward"];
      const word = (i: number): string => words[i % words.length] ?? "agent";
      mkdirSync(path.join(dir, "vault", "Sources"), { recursive: true });
      const questions = Array.from({ length: n }, (_, i) => `- How does the ${word(i)} of ${word(i * 7 + 3)} number ${i} work?`);
      writeFileSync(path.join(dir, "vault", "Gaps.md"), `---\ntags: [problem]\n---\n${questions.join("\n")}\n`);
      for (let s = 0; s < n / 10; s++) {
        const text = `---\ntags: [paper]\nread: false\n---\nOn the ${word(s)} and the ${word(s * 3 + 1)}: number ${s * 10} and ${s * 10 + 1}.\n`;
        writeFileSync(path.join(dir, "vault", "Sources", `Source ${s}.md`), text);
      }
      return ["next", path.join(dir, "vault")];
    },
  },
];

export interface HostileOptions {
  quick: boolean;
  runs: number;
  outDir: string;
  cli: string;
}

/** Runs every scenario at its size and half of it; one result per size, and a note with the time ratio and peak memory. */
export function benchHostile(options: HostileOptions, results: Result[], skipped: Skipped[], notes: string[]): void {
  const runs = Math.max(1, Math.min(options.runs, 3));
  for (const scenario of SCENARIOS) {
    // A refusal is quick at any size, and a tenth would fall under the limit it is refused by.
    const full = options.quick && !scenario.refusal ? Math.round(scenario.size / 10) : scenario.size;
    const medians: number[] = [];
    const cpu: number[] = [];
    const memory: string[] = [];
    let refusedWith = "";
    for (const size of [Math.round(full / 2), full]) {
      const dir = path.join(options.outDir, "hostile", `${scenario.name.split(" ")[0] ?? "x"}-${scenario.unit}-${size}`);
      const wall: number[] = [];
      const cpuRuns: number[] = [];
      let failed: string | null = null;
      let rss: number | null = null;
      for (let run = 0; run < runs && failed === null; run++) {
        const args = scenario.make(dir, size);
        const sample = runProcess(process.execPath, [options.cli, ...args], { outDir: options.outDir, nodeScript: true });
        const stderr = sample.stderr.trim();
        if (scenario.refusal) {
          if (sample.status !== 2 || stderr.includes("\n") || !scenario.refusal.test(stderr)) failed = `not refused as expected: exit ${String(sample.status)}: ${stderr.slice(0, 200)}`;
          refusedWith = stderr;
        } else if (sample.status !== 0) failed = `exit ${String(sample.status)}: ${stderr.split("\n")[0] ?? ""}`;
        wall.push(sample.wallMs);
        if (sample.cpuMs !== null) cpuRuns.push(sample.cpuMs);
        rss = Math.max(rss ?? 0, sample.rssMb ?? 0);
      }
      if (failed !== null) {
        skipped.push({ measure: `hostile: ${scenario.name}`, size, reason: failed });
        continue;
      }
      const result = summarise(`hostile: ${scenario.name}`, size, wall, "ms", `${scenario.unit}; peak RSS ${rss?.toFixed(0) ?? "?"} MB`);
      results.push(result);
      medians.push(result.median);
      if (cpuRuns.length > 0) cpu.push(median(cpuRuns));
      memory.push(`${rss?.toFixed(0) ?? "?"} MB`);
    }
    const [half, whole] = medians;
    if (half !== undefined && whole !== undefined) {
      const cpuRatio = cpu.length === 2 ? `, CPU ratio ${(cpu[1]! / cpu[0]!).toFixed(2)}` : "";
      const refused = scenario.refusal ? `; refused with: ${refusedWith.slice(0, 120)}` : "";
      notes.push(
        `hostile ${scenario.name}: ${full} ${scenario.unit} in ${(whole / 1000).toFixed(2)} s, half size ${(half / 1000).toFixed(2)} s ` +
          `(ratio ${(whole / half).toFixed(2)}${cpuRatio}; 2 = linear), peak RSS ${memory.join(" / ")}${refused}`,
      );
    }
  }
}
