// Side by side with the Lens validator (LENS_VALIDATOR): the same Lens-format vault, runs alternating A B A B.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { runProcess, type ProcessSample } from "./measure-process";
import { summarise, type Result } from "./report";

export interface ValidatorCommand {
  command: string;
  args: string[];
  nodeScript: boolean;
  /** How it is run, for the report. */
  label: string;
}

function distOf(candidate: string): string | null {
  for (const dir of [candidate, path.join(candidate, "dist")]) {
    if (existsSync(path.join(dir, "index.js")) && existsSync(path.join(dir, "fs", "read-vault.js"))) return dir;
  }
  return null;
}

/**
 * LENS_VALIDATOR may be the content_processor folder, its dist/ folder or dist/cli.js (run through
 * bench/lens-offline-runner.mjs: the CLI minus its URL checks, which fetch every article's source_url), or any
 * command that takes the vault path as its last argument. LENS_VALIDATOR_URLS=1 runs dist/cli.js as it is.
 */
export function validatorCommand(spec: string, repoRoot: string, env = process.env): ValidatorCommand {
  const asPath = path.resolve(spec);
  const isDir = existsSync(asPath) && statSync(asPath).isDirectory();
  const dist = isDir ? distOf(asPath) : /cli\.js$/.test(asPath) && existsSync(asPath) ? distOf(path.dirname(asPath)) : null;
  if (dist && env["LENS_VALIDATOR_URLS"] !== "1") {
    return {
      command: process.execPath,
      args: [path.join(repoRoot, "bench", "lens-offline-runner.mjs"), dist],
      nodeScript: true,
      label: `lens-content-processor (${dist}, processContent without URL checks)`,
    };
  }
  if (existsSync(asPath) && /\.(c|m)?js$/.test(asPath)) {
    return { command: process.execPath, args: [asPath], nodeScript: true, label: asPath };
  }
  const [command, ...args] = spec.split(/\s+/).filter(Boolean);
  return { command: command ?? spec, args, nodeScript: false, label: spec };
}

export interface CompareOutcome {
  results: Result[];
  /** Lines for the report: error counts of both tools on the compared vaults. */
  notes: string[];
}

function mosaicErrors(sample: ProcessSample): number {
  return sample.stdout.split("\n").filter((line) => /: error: /.test(line)).length;
}

function validatorErrors(sample: ProcessSample): string {
  try {
    const parsed = JSON.parse(sample.stdout) as { errors?: { severity: string }[] };
    const errors = parsed.errors ?? [];
    const count = (s: string): number => errors.filter((e) => e.severity === s).length;
    return `${count("error")} errors, ${count("warning")} warnings`;
  } catch {
    return `exit ${sample.status}, output not JSON`;
  }
}

/** Runs validator and `mosaic check` on `vault`, alternating, `runs` times each. */
export function compareOnVault(
  validator: ValidatorCommand,
  mosaicCli: string,
  vault: string,
  size: number | null,
  runs: number,
  outDir: string,
  label: string,
): CompareOutcome {
  const a: ProcessSample[] = [];
  const b: ProcessSample[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(runProcess(validator.command, [...validator.args, vault], { outDir, nodeScript: validator.nodeScript, keepStdout: i === 0 }));
    b.push(runProcess(process.execPath, [mosaicCli, "check", vault], { outDir, nodeScript: true, keepStdout: i === 0 }));
  }
  const ratio = a.map((s, i) => s.wallMs / (b[i]?.wallMs ?? NaN));
  const results = [
    summarise(`${label} validator wall`, size, a.map((s) => s.wallMs), "ms"),
    summarise(`${label} mosaic check wall`, size, b.map((s) => s.wallMs), "ms"),
    summarise(`${label} ratio validator/mosaic`, size, ratio, "x"),
  ];
  const cpuA = a.map((s) => s.cpuMs).filter((v): v is number => v !== null);
  const cpuB = b.map((s) => s.cpuMs).filter((v): v is number => v !== null);
  if (cpuA.length === a.length && cpuB.length === b.length) {
    results.push(summarise(`${label} ratio validator/mosaic cpu`, size, cpuA.map((v, i) => v / (cpuB[i] ?? NaN)), "x", "user+sys"));
  }
  const rssA = a.map((s) => s.rssMb).filter((v): v is number => v !== null);
  const rssB = b.map((s) => s.rssMb).filter((v): v is number => v !== null);
  if (rssA.length > 0) results.push(summarise(`${label} validator peak RSS`, size, rssA, "MB"));
  if (rssB.length > 0) results.push(summarise(`${label} mosaic check peak RSS`, size, rssB, "MB"));
  const first = { a: a[0], b: b[0] };
  const notes =
    first.a && first.b
      ? [
          `${label}${size === null ? "" : ` ${size}`}: validator ${validatorErrors(first.a)} (exit ${first.a.status}); ` +
            `mosaic check ${mosaicErrors(first.b)} error lines (exit ${first.b.status})`,
        ]
      : [];
  return { results, notes };
}
