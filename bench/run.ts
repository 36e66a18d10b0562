// The benchmark suite: CLI check, in-process index phases, one-note updates, export, sidebar, graph, and the Lens
// validator side by side. Built into bench-output/bench.js and run by scripts/run-bench.mjs (`npm run bench`).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import process from "node:process";
import type { SidebarModel } from "../src/core/model";
import { benchCourse } from "./course-bench";
import { ensureVault, type VaultManifest } from "./generate-vault";
import { runWorker, type WorkerInput, type WorkerOutput } from "./index-worker";
import { compareOnVault, validatorCommand } from "./lens-compare";
import { benchLensRules } from "./lens-rules-bench";
import { benchHostile } from "./hostile-sizes";
import { benchHostileNotes } from "./adversarial";
import { runProcess } from "./measure-process";
import { runSpeedSection } from "./speed";
import { formatTable, formatTargets, summarise, type Result, type Skipped } from "./report";
import { countTreeNodes, syntheticTree } from "./synthetic-tree";
import { BIG_TINY_VAULT, tinyVaultNotes, writeTinyVault } from "./tiny-vault";

interface Options {
  runs: number;
  sizes: number[];
  seed: number;
  updates: number;
  browser: boolean;
  json: string | null;
  /** Graph sizes (nodes): 1k, 5k and 20k plus the 1,300-note course vault; 1k only with --quick. */
  graphSizes: number[];
  graphCourse: boolean;
  /** `mosaic check` on 100,000 tiny notes in nested folders (left out with --quick). */
  manyFiles: boolean;
  /** `--only course`, `--only speed` or `--only hostile`: run that one section. */
  only: string | null;
  /** --quick: small sizes everywhere (the hostile-sizes section at a tenth). */
  quick: boolean;
}

interface GraphSize {
  size: number;
  label?: string;
  nodes: number;
  links: number;
  settleMs: number[];
  frameMs: number[];
  zoomFrameMs?: number[];
  intervalMs?: number[];
  heapMb?: number[];
}
type RunGraphBench = (options: { sizes: number[]; runs: number; course: boolean }) => Promise<GraphSize[]> | GraphSize[];

const ROOT = process.cwd();
const OUT = path.join(ROOT, "bench-output");
const CLI = path.join(ROOT, "dist", "mosaic.js");
const WORKER_TAG = "BENCH_WORKER_RESULT ";

function parseArgs(argv: string[]): Options {
  const options: Options = {
    runs: 5,
    sizes: [1000, 10000],
    seed: 1,
    updates: 200,
    browser: true,
    json: null,
    graphSizes: [1000, 5000, 20000],
    graphCourse: true,
    manyFiles: true,
    only: null,
    quick: false,
  };
  let runsGiven = false;
  let sizesGiven = false;
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => inline ?? argv[++i] ?? "";
    if (flag === "--runs") {
      options.runs = Math.max(1, Number(value()));
      runsGiven = true;
    } else if (flag === "--sizes") {
      options.sizes = value().split(",").map(Number).filter((n) => n > 0);
      sizesGiven = true;
    } else if (flag === "--seed") options.seed = Number(value());
    else if (flag === "--updates") options.updates = Number(value());
    else if (flag === "--json") options.json = value();
    else if (flag === "--quick") quick = true;
    else if (flag === "--no-browser") options.browser = false;
    else if (flag === "--only") options.only = value();
    else throw new Error(`unknown option ${arg} (use --runs N, --sizes 1000,10000, --quick, --json FILE, --no-browser, --seed N, --only course|speed|hostile)`);
  }
  options.quick = quick;
  if (quick) {
    if (!sizesGiven) options.sizes = [1000];
    if (!runsGiven) options.runs = 3;
    options.graphSizes = [1000];
    options.graphCourse = false;
    options.manyFiles = false;
  }
  return options;
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function firstLine(text: string): string {
  return text.trim().split("\n").find((l) => l.trim() !== "")?.slice(0, 160) ?? "";
}

function vaultFor(size: number, seed: number, mix: "full" | "lens"): { dir: string; manifest: VaultManifest } {
  const t = Date.now();
  const vault = ensureVault(path.join(OUT, "vaults"), { notes: size, seed, mix });
  if (!vault.cached) log(`generated ${vault.dir} (${vault.manifest.files} files, ${(vault.manifest.bytes / 1e6).toFixed(1)} MB) in ${Date.now() - t} ms`);
  return vault;
}

function benchCli(dir: string, size: number, runs: number, results: Result[], skipped: Skipped[]): void {
  if (!existsSync(CLI)) {
    skipped.push({ measure: "cli check", size, reason: "dist/mosaic.js was not built" });
    return;
  }
  const wall: number[] = [];
  const rss: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const sample = runProcess(process.execPath, [CLI, "check", dir], { outDir: OUT, nodeScript: true });
    if (sample.status !== 0 && sample.status !== 1) {
      skipped.push({ measure: "cli check", size, reason: `exit ${sample.status}: ${firstLine(sample.stderr)}` });
      return;
    }
    wall.push(sample.wallMs);
    if (sample.rssMb !== null) rss.push(sample.rssMb);
    if (sample.cpuMs !== null) cpu.push(sample.cpuMs);
  }
  results.push(summarise("cli check wall", size, wall, "ms"));
  if (cpu.length > 0) results.push(summarise("cli check cpu (user+sys)", size, cpu, "ms"));
  if (rss.length > 0) results.push(summarise("cli check peak RSS", size, rss, "MB"));
}

/** `mosaic check` on 100,000 tiny notes in nested folders: the file walk and per-file cost, not the parser. */
function benchManyFiles(runs: number, results: Result[], skipped: Skipped[]): void {
  const dir = path.join(OUT, "vaults", "tiny-100k");
  const done = path.join(dir, ".complete");
  if (!existsSync(done)) {
    mkdirSync(dir, { recursive: true });
    writeTinyVault(dir, BIG_TINY_VAULT);
    writeFileSync(done, "");
  }
  const size = tinyVaultNotes(BIG_TINY_VAULT);
  if (!existsSync(CLI)) {
    skipped.push({ measure: "cli check (tiny files)", size, reason: "dist/mosaic.js was not built" });
    return;
  }
  const wall: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const sample = runProcess(process.execPath, [CLI, "check", dir], { outDir: OUT, nodeScript: true });
    if (sample.status !== 1) {
      skipped.push({ measure: "cli check (tiny files)", size, reason: `exit ${sample.status} (want 1): ${firstLine(sample.stderr)}` });
      return;
    }
    wall.push(sample.wallMs);
    if (sample.rssMb !== null) rss.push(sample.rssMb);
  }
  results.push(summarise("cli check wall (tiny files)", size, wall, "ms"));
  if (rss.length > 0) results.push(summarise("cli check peak RSS (tiny files)", size, rss, "MB"));
}

function spawnWorker(input: WorkerInput): WorkerOutput | string {
  const script = process.argv[1] ?? "";
  const child = spawnSync(process.execPath, ["--expose-gc", script, "--worker", JSON.stringify(input)], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const line = (child.stdout ?? "").split("\n").find((l) => l.startsWith(WORKER_TAG));
  if (!line) return `worker failed (exit ${child.status}): ${firstLine(child.stderr ?? "")}`;
  return JSON.parse(line.slice(WORKER_TAG.length)) as WorkerOutput;
}

function benchIndex(dir: string, manifest: VaultManifest, size: number, options: Options, results: Result[], skipped: Skipped[]): SidebarModel | null {
  const out = spawnWorker({ vault: dir, runs: options.runs, updates: options.updates, probe: manifest.probe, bigProblem: manifest.bigProblem });
  if (typeof out === "string") {
    skipped.push({ measure: "index", size, reason: out });
    return null;
  }
  const add = (measure: string, samples: number[], unit: string, reasonKey: string, note?: string): void => {
    if (samples.length > 0) results.push(summarise(measure, size, samples, unit, note));
    else skipped.push({ measure, size, reason: out.errors[reasonKey] ?? "not measured" });
  };
  add("index read (fs)", out.readMs, "ms", "read");
  add("index parse (parseNote, all)", out.parseMs, "ms", "parse");
  add("index build (setNote, all)", out.buildMs, "ms", "build");
  if (out.parseMs.length > 0 && out.buildMs.length === out.parseMs.length) {
    add("index link (build - parse)", out.buildMs.map((b, i) => b - (out.parseMs[i] ?? 0)), "ms", "build");
  }
  add("index first diagnostics()", out.diagnosticsMs, "ms", "build");
  add("export()", out.exportMs, "ms", "export");
  add("update setNote+problemTree", out.updateMs, "ms", "update", `${out.updateMs.length} updates`);
  if (out.indexHeapMb !== null) results.push(summarise("index heap after gc", size, [out.indexHeapMb], "MB"));
  if (out.buildMs.length > 0) results.push(summarise("index process maxRSS", size, [out.maxRssMb], "MB", "texts + index"));
  return out.sidebar;
}

async function benchSidebar(model: SidebarModel, runs: number, results: Result[], skipped: Skipped[]): Promise<void> {
  if (model.kind !== "problem") return;
  const nodes = countTreeNodes(model.problem.root) - 1;
  // Loaded only here: playwright-core stays out of the index worker's memory.
  const { runSidebarBench } = await import("./sidebar-bench");
  const timings = await runSidebarBench(path.join(OUT, "sidebar-page.js"), path.join(ROOT, "styles.css"), model, Math.max(runs, 5));
  if (typeof timings === "string") {
    skipped.push({ measure: "sidebar render", size: nodes, reason: timings });
    return;
  }
  const note = `${timings.rows} rows`;
  results.push(summarise("sidebar first render", nodes, timings.firstMs, "ms", "default collapse"));
  results.push(summarise("sidebar expand all", nodes, timings.expandAllMs, "ms", note));
  results.push(summarise("sidebar re-render expanded", nodes, timings.rerenderMs, "ms", note));
}

async function benchGraph(sizes: number[], runs: number, course: boolean, results: Result[], skipped: Skipped[]): Promise<void> {
  // scripts/run-bench.mjs bundles bench/graph-frame.ts on its own (d3 is ESM-only) when it is there.
  const bundle = path.join(OUT, "graph-frame.js");
  let run: RunGraphBench | undefined;
  if (existsSync(bundle)) {
    const graphModule = createRequire(path.join(ROOT, "package.json"))(bundle) as Record<string, unknown>;
    run = graphModule["runGraphBench"] as RunGraphBench | undefined;
  }
  if (!run) {
    log("graph: not available");
    skipped.push({ measure: "graph", size: null, reason: "bench/graph-frame.ts is not there" });
    return;
  }
  try {
    for (const g of await run({ sizes, runs, course })) {
      const note = `${g.label ? `${g.label}, ` : ""}${g.nodes} nodes, ${g.links} links`;
      const what = g.label ? `graph (${g.label})` : "graph";
      results.push(summarise(`${what} first settled frame`, g.size, g.settleMs, "ms", note));
      results.push(summarise(`${what} frame while panning`, g.size, g.frameMs, "ms", note));
      if (g.zoomFrameMs?.length) results.push(summarise(`${what} frame while zooming`, g.size, g.zoomFrameMs, "ms", note));
      if (g.intervalMs?.length) results.push(summarise(`${what} frame interval`, g.size, g.intervalMs, "ms", note));
      if (g.heapMb?.length) results.push(summarise(`${what} JS heap`, g.size, g.heapMb, "MB", note));
    }
  } catch (error) {
    skipped.push({ measure: "graph", size: null, reason: error instanceof Error ? error.message : String(error) });
  }
}

function benchLens(options: Options, results: Result[], skipped: Skipped[], notes: string[]): void {
  const spec = process.env["LENS_VALIDATOR"];
  if (!spec) {
    skipped.push({ measure: "lens validator side by side", size: null, reason: "LENS_VALIDATOR is not set (see bench/README.md)" });
    return;
  }
  if (!existsSync(CLI)) {
    skipped.push({ measure: "lens validator side by side", size: null, reason: "dist/mosaic.js was not built" });
    return;
  }
  const validator = validatorCommand(spec, ROOT);
  notes.push(`Lens validator: ${validator.label}`);
  const golden = path.join(ROOT, "..", "shared", "fixtures", "lens-content-processor", "golden", "actual-content", "input");
  if (existsSync(golden)) {
    const outcome = compareOnVault(validator, CLI, golden, null, options.runs, OUT, "golden");
    results.push(...outcome.results);
    notes.push(...outcome.notes);
  }
  const rules = benchLensRules(validator, CLI, options.runs, OUT);
  results.push(...rules.results);
  notes.push(...rules.notes);
  for (const size of options.sizes.filter((s) => s <= 10000)) {
    const { dir } = vaultFor(size, options.seed, "lens");
    log(`lens vault ${size}: validator and mosaic check, alternating, ${options.runs} runs each`);
    const outcome = compareOnVault(validator, CLI, dir, size, options.runs, OUT, "lens");
    results.push(...outcome.results);
    notes.push(...outcome.notes);
  }
}

function gitCommit(): string | null {
  const r = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  mkdirSync(OUT, { recursive: true });
  const results: Result[] = [];
  const skipped: Skipped[] = [];
  const notes: string[] = [];
  let sidebarModel: SidebarModel | null = null;
  let bigProblem: { path: string; text: string } | null = null;

  if (options.only === null || options.only === "course") {
    log("course sidebar (10 modules × 8 outcomes)");
    await benchCourse(OUT, ROOT, options.runs, options.browser, results, skipped);
  }
  if (options.only === "speed" || (options.only === null && options.sizes.includes(10000))) {
    const speed = await runSpeedSection({ root: ROOT, out: OUT, cli: CLI, runs: options.runs, seed: options.seed, log });
    results.push(...speed.results);
    skipped.push(...speed.skipped);
    notes.push(...speed.notes);
  }
  if (options.only !== null) options.sizes = [];

  for (const size of options.sizes) {
    const { dir, manifest } = vaultFor(size, options.seed, "full");
    notes.push(`vault ${size}: ${JSON.stringify(manifest.counts)}, ${(manifest.bytes / 1e6).toFixed(1)} MB, ${path.relative(ROOT, dir)}`);
    log(`cli check ${size}: ${options.runs} runs`);
    benchCli(dir, size, options.runs, results, skipped);
    log(`index ${size}: ${options.runs} builds, ${options.updates} updates`);
    const model = benchIndex(dir, manifest, size, options, results, skipped);
    sidebarModel ??= model;
    if (!bigProblem && manifest.bigProblem) {
      bigProblem = { path: manifest.bigProblem, text: readFileSync(path.join(dir, manifest.bigProblem), "utf8") };
    }
  }

  if (options.manyFiles && options.only === null) {
    log("cli check on 100,000 tiny notes");
    benchManyFiles(Math.min(options.runs, 3), results, skipped);
  } else {
    skipped.push({ measure: "cli check (tiny files)", size: null, reason: options.only === null ? "--quick" : `--only ${options.only}` });
  }

  if (options.browser && options.only === null) {
    if (!sidebarModel && bigProblem) {
      const problem = syntheticTree(bigProblem.path, bigProblem.text);
      sidebarModel = { kind: "problem", note: { path: problem.path, title: problem.title, kind: "problem" }, problem, diagnostics: [] };
      notes.push("sidebar: the index gave no model, so the tree was read from the problem note directly (synthetic addressers)");
    }
    log("sidebar render in Chromium");
    if (sidebarModel) await benchSidebar(sidebarModel, options.runs, results, skipped);
    log("graph settle/frame");
    await benchGraph(options.graphSizes, options.runs, options.graphCourse, results, skipped);
  } else {
    skipped.push({ measure: "sidebar render, graph", size: null, reason: "--no-browser" });
  }

  if (options.only === null) benchLens(options, results, skipped, notes);
  if (options.only === null || options.only === "hostile") {
    log("hostile sizes");
    benchHostile({ quick: options.quick, runs: options.runs, outDir: OUT, cli: CLI }, results, skipped, notes);
    log("hostile notes");
    await benchHostileNotes(options.quick ? 1 : Math.min(options.runs, 3), results);
  }

  const table = formatTable(results, skipped);
  process.stdout.write(`\n${table}\n\nTargets:\n${formatTargets(results)}\n\n${notes.map((n) => `- ${n}`).join("\n")}\n`);
  const report = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    options,
    results,
    skipped,
    notes,
  };
  const stamp = report.date.replace(/[:.]/g, "-");
  const file = path.join(OUT, `bench-${stamp}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2));
  if (options.json) writeFileSync(options.json, JSON.stringify(report, null, 2));
  process.stdout.write(`\nwritten ${path.relative(ROOT, file)}${options.json ? ` and ${options.json}` : ""}\n`);
}

if (process.argv[2] === "--worker") {
  const output = runWorker(JSON.parse(process.argv[3] ?? "{}") as WorkerInput);
  process.stdout.write(`${WORKER_TAG}${JSON.stringify(output)}\n`);
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
