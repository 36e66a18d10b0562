// Runs a command as a whole process and measures its wall time and peak RSS (GNU time, else a Node exit hook).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";

const GNU_TIME = "/usr/bin/time";

export interface ProcessSample {
  wallMs: number;
  /** Peak resident set size in MB, or null when it could not be measured. */
  rssMb: number | null;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** True when /usr/bin/time is GNU time (it understands `-f` and `-o`). */
function hasGnuTime(): boolean {
  if (!existsSync(GNU_TIME)) return false;
  const probe = spawnSync(GNU_TIME, ["-f", "%M", "true"], { encoding: "utf8" });
  return probe.status === 0 && /^\d+\s*$/m.test(probe.stderr);
}

let gnuTime: boolean | null = null;

/** The hook a Node process is started with (`--require`) when GNU time is missing: prints maxRSS on exit. */
export function ensureMaxRssHook(outDir: string): string {
  const hook = path.join(outDir, "maxrss-hook.js");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    hook,
    '// Written by the benchmark: reports the peak RSS of this Node process on stderr when it exits.\n' +
      'process.on("exit", () => process.stderr.write("\\nBENCH_MAXRSS_KB " + process.resourceUsage().maxRSS + "\\n"));\n',
  );
  return hook;
}

/**
 * Runs `command args` once. `nodeScript` marks a command that is `node <script>`, so that without GNU time the
 * RSS hook can be injected. Stdout is kept only when `keepStdout` (a check's output can be large).
 */
export function runProcess(
  command: string,
  args: string[],
  options: { outDir: string; nodeScript: boolean; keepStdout?: boolean; cwd?: string },
): ProcessSample {
  gnuTime ??= hasGnuTime();
  let file = command;
  let argv = args;
  const timeFile = path.join(options.outDir, `time-${process.pid}.txt`);
  if (gnuTime) {
    file = GNU_TIME;
    argv = ["-f", "%M", "-o", timeFile, command, ...args];
  } else if (options.nodeScript) {
    argv = ["--require", ensureMaxRssHook(options.outDir), ...args];
  }
  const started = process.hrtime.bigint();
  const result = spawnSync(file, argv, {
    cwd: options.cwd,
    encoding: "utf8",
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ["ignore", options.keepStdout ? "pipe" : "ignore", "pipe"],
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  let rssKb: number | null = null;
  if (gnuTime && existsSync(timeFile)) {
    const lines = readFileSync(timeFile, "utf8").trim().split("\n");
    rssKb = Number(lines[lines.length - 1]);
    rmSync(timeFile, { force: true });
  } else {
    const match = /BENCH_MAXRSS_KB (\d+)/.exec(result.stderr ?? "");
    if (match) rssKb = Number(match[1]);
  }
  if (result.error) throw result.error;
  return {
    wallMs,
    rssMb: rssKb === null || !Number.isFinite(rssKb) ? null : rssKb / 1024,
    status: result.status,
    stdout: result.stdout ?? "",
    stderr: result.stderr ?? "",
  };
}
