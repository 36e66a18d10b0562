// The speed section (`npm run bench -- --only speed`): on the real-shaped course vault and the 10k vault, a cold
// `mosaic check`, a warm `check --cache`, the read floor and the scan floor in one run, paired (per round), beside the
// Lens validator when LENS_VALIDATOR is set; then `mosaic next` and the plugin's cold and warm start on the 10k vault.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, utimesSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import process from "node:process";
import esbuild from "esbuild";
import { ensureCourseVault } from "./course-vault";
import { ensureVault } from "./generate-vault";
import { validatorCommand } from "./lens-compare";
import { runProcess, type ProcessSample } from "./measure-process";
import type { Session } from "./plugin-start";
import { summarise, type Result, type Skipped } from "./report";

export interface SpeedOptions {
  root: string;
  out: string;
  cli: string;
  runs: number;
  seed: number;
  log: (message: string) => void;
}

export interface SpeedOutcome {
  results: Result[];
  skipped: Skipped[];
  notes: string[];
}

function ratios(a: ProcessSample[], b: ProcessSample[]): number[] {
  return a.map((s, i) => s.wallMs / (b[i]?.wallMs ?? NaN));
}

function rss(samples: ProcessSample[]): number[] {
  return samples.map((s) => s.rssMb).filter((v): v is number => v !== null);
}

/** Cold check, warm check and read floor on one vault (and the validator when given), alternating per round. */
function benchVault(label: string, vault: string, size: number, o: SpeedOptions, withValidator: boolean, out: SpeedOutcome): void {
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), "mosaic-bench-cache-"));
  const run = (args: string[], keep = false): ProcessSample => runProcess(process.execPath, args, { outDir: o.out, nodeScript: true, keepStdout: keep });
  const check = (extra: string[]): string[] => [o.cli, "check", ...extra, vault];
  run(check([`--cache=${cacheDir}`]));
  const spec = withValidator ? process.env["LENS_VALIDATOR"] : undefined;
  const validator = spec ? validatorCommand(spec, o.root) : null;
  const cold: ProcessSample[] = [];
  const warm: ProcessSample[] = [];
  const floor: ProcessSample[] = [];
  const scan: ProcessSample[] = [];
  const lens: ProcessSample[] = [];
  const touched: ProcessSample[] = [];
  const edited = firstNote(vault);
  for (let i = 0; i < o.runs; i++) {
    if (validator) lens.push(runProcess(validator.command, [...validator.args, vault], { outDir: o.out, nodeScript: validator.nodeScript }));
    cold.push(run(check([])));
    warm.push(run(check([`--cache=${cacheDir}`])));
    floor.push(run([path.join(o.root, "bench", "read-floor.mjs"), vault]));
    scan.push(run([path.join(o.root, "bench", "scan-floor.mjs"), vault]));
    // One note's mtime moved: the remembered result no longer holds and that note is parsed again.
    const now = new Date();
    utimesSync(edited, now, now);
    touched.push(run(check([`--cache=${cacheDir}`])));
  }
  rmSync(cacheDir, { recursive: true, force: true });
  const add = (measure: string, samples: number[], unit: string, note?: string): void => {
    if (samples.length > 0) out.results.push(summarise(`${label} ${measure}`, size, samples, unit, note));
  };
  add("cold check wall", cold.map((s) => s.wallMs), "ms");
  add("cold check peak RSS", rss(cold), "MB");
  add("warm check --cache wall", warm.map((s) => s.wallMs), "ms");
  add("read floor wall", floor.map((s) => s.wallMs), "ms", "walk and read every note, nothing else");
  add("ratio warm/read floor", ratios(warm, floor), "x", "target ≤ 1.5");
  add("scan floor wall", scan.map((s) => s.wallMs), "ms", "read, YAML frontmatter, lines split, timestamps parsed: no check");
  add("warm check --cache, one note touched, wall", touched.map((s) => s.wallMs), "ms", "remembered result unusable: cache only");
  add("ratio one-touched/read floor", ratios(touched, floor), "x");
  if (validator) {
    add("validator wall", lens.map((s) => s.wallMs), "ms");
    add("ratio validator/cold check", ratios(lens, cold), "x", "target ≥ 5");
    add("ratio validator/scan floor", ratios(lens, scan), "x", "the most any check could reach");
    out.notes.push(`${label}: validator ${validator.label}`);
  } else if (withValidator) out.skipped.push({ measure: `${label} validator`, size, reason: "LENS_VALIDATOR is not set" });
}

/** The first note of the vault in name order (the one the bench touches). */
function firstNote(dir: string): string {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isFile() && entry.name.endsWith(".md")) return full;
    if (entry.isDirectory() && !entry.name.startsWith(".")) {
      const inside = firstNote(full);
      if (inside !== "") return inside;
    }
  }
  return "";
}

/** `mosaic next` for one problem (reading suggestions: every source note tokenised and ranked), wall and peak RSS. */
function benchNext(vault: string, problemTitle: string, o: SpeedOptions, out: SpeedOutcome): void {
  const samples: ProcessSample[] = [];
  for (let i = 0; i < o.runs; i++) samples.push(runProcess(process.execPath, [o.cli, "next", vault, "--problem", problemTitle], { outDir: o.out, nodeScript: true }));
  out.results.push(summarise("10k next --problem wall", 10000, samples.map((s) => s.wallMs), "ms", "one problem's gaps ranked against every source"));
  out.results.push(summarise("10k next --problem peak RSS", 10000, rss(samples), "MB"));
}

async function benchPluginStart(vault: string, problem: string, o: SpeedOptions, out: SpeedOutcome): Promise<void> {
  const bundle = path.join(o.out, "plugin-start.js");
  await esbuild.build({
    entryPoints: [path.join(o.root, "bench", "plugin-start.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "warning",
    alias: { obsidian: path.join(o.root, "tests", "fakes", "obsidian", "index.ts") },
    outfile: bundle,
  });
  // One process per run (a cold session, then a warm one): sessions sharing a process inherited each other's heap,
  // and the full cold index then varied from 3 s to 18 s between runs of one build.
  const cold: Session[] = [];
  const warm: Session[] = [];
  for (let run = 0; run < o.runs; run++) {
    const child = spawnSync(process.execPath, [bundle, vault, problem, "1"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const line = (child.stdout ?? "").split("\n").find((l) => l.startsWith("PLUGIN_START "));
    if (!line) {
      out.skipped.push({ measure: "plugin start", size: 10000, reason: `exit ${child.status}: ${(child.stderr ?? "").slice(0, 160)}` });
      return;
    }
    const sessions = JSON.parse(line.slice("PLUGIN_START ".length)) as { cold: Session[]; warm: Session[] };
    cold.push(...sessions.cold);
    warm.push(...sessions.warm);
  }
  for (const [name, list] of [["cold", cold], ["warm", warm]] as const) {
    out.results.push(summarise(`plugin ${name} start: layout ready → first sidebar`, 10000, list.map((s) => s.firstSidebarMs), "ms", "the open sidebar view rendered the problem"));
    out.results.push(summarise(`plugin ${name} start: CPU to first sidebar`, 10000, list.map((s) => s.firstSidebarCpuMs), "ms"));
    out.results.push(summarise(`plugin ${name} start: longest block to first sidebar`, 10000, list.map((s) => s.firstMaxBlockMs), "ms"));
    out.results.push(summarise(`plugin ${name} start: layout ready → sidebar`, 10000, list.map((s) => s.sidebarMs), "ms", "full index, checks done"));
    out.results.push(summarise(`plugin ${name} start: CPU to sidebar`, 10000, list.map((s) => s.sidebarCpuMs), "ms", "whole process, all threads"));
    out.results.push(summarise(`plugin ${name} start: longest block to sidebar`, 10000, list.map((s) => s.maxBlockMs), "ms"));
    out.results.push(summarise(`plugin ${name} start: most CPU in one block to sidebar`, 10000, list.map((s) => s.maxBlockCpuMs), "ms", "whole process; preemption adds none"));
    out.results.push(summarise(`plugin ${name} start: background done`, 10000, list.map((s) => s.backgroundMs), "ms", "hash check, cache save"));
    out.results.push(summarise(`plugin ${name} start: CPU to background done`, 10000, list.map((s) => s.backgroundCpuMs), "ms"));
    out.results.push(summarise(`plugin ${name} start: longest block incl. background`, 10000, list.map((s) => s.backgroundMaxBlockMs), "ms"));
    out.results.push(summarise(`plugin ${name} start: most CPU in one block incl. background`, 10000, list.map((s) => s.backgroundMaxBlockCpuMs), "ms"));
    out.results.push(summarise(`plugin ${name} start, then an edit: to the sidebar showing it`, 10000, list.map((s) => s.editMs), "ms", "a question added to the open problem"));
    out.results.push(summarise(`plugin ${name} start, then an edit: longest block`, 10000, list.map((s) => s.editMaxBlockMs), "ms"));
  }
}

export async function runSpeedSection(o: SpeedOptions): Promise<SpeedOutcome> {
  const out: SpeedOutcome = { results: [], skipped: [], notes: [] };
  const course = ensureCourseVault(path.join(o.out, "vaults"), o.seed);
  out.notes.push(`course vault: ${course.manifest.files} notes, ${(course.manifest.bytes / 1e6).toFixed(1)} MB with timestamps.json`);
  o.log(`speed: course vault, ${o.runs} rounds of validator / cold / warm / read floor`);
  benchVault("course", course.dir, course.manifest.files, o, true, out);
  const big = ensureVault(path.join(o.out, "vaults"), { notes: 10000, seed: o.seed, mix: "full" });
  o.log(`speed: 10k vault, ${o.runs} rounds of cold / warm / read floor`);
  benchVault("10k", big.dir, 10000, o, false, out);
  const probe = big.manifest.probe;
  if (probe) {
    o.log(`speed: 10k vault, ${o.runs} runs of next --problem`);
    benchNext(big.dir, probe.problemTitle, o, out);
  }
  o.log("speed: plugin cold and warm start on 10k notes");
  if (big.manifest.bigProblem) await benchPluginStart(big.dir, big.manifest.bigProblem, o, out);
  out.notes.push(`load average at the end of the speed section: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  return out;
}
