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
  /** User + system CPU time in ms (less sensitive to a busy machine than wall time), or null. */
  cpuMs: number | null;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** True when /usr/bin/time is GNU time (it understands `-f` and `-o`). */
function hasGnuTime(): boolean {
  if (process.env["BENCH_NO_GNU_TIME"] === "1" || !existsSync(GNU_TIME)) return false;
  const probe = spawnSync(GNU_TIME, ["-f", "%M %U %S", "true"], { encoding: "utf8" });
  return probe.status === 0 && /^\d+ [\d.]+ [\d.]+\s*$/m.test(probe.stderr);
}

let gnuTime: boolean | null = null;

/** The hook a Node process is started with (`--require`) when GNU time is missing: prints maxRSS on exit. */
export function ensureMaxRssHook(outDir: string): string {
  const hook = path.join(outDir, "maxrss-hook.js");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    hook,
    '// Written by the benchmark: reports the peak RSS of this Node process on stderr when it exits.\n' +
      'process.on("exit", () => { const u = process.resourceUsage();\n' +
      '  process.stderr.write("\\nBENCH_MAXRSS_KB " + u.maxRSS + " " + (u.userCPUTime + u.systemCPUTime) / 1000 + "\\n"); });\n',
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
    argv = ["-f", "%M %U %S", "-o", timeFile, command, ...args];
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
  let cpuMs: number | null = null;
  if (gnuTime && existsSync(timeFile)) {
    const lines = readFileSync(timeFile, "utf8").trim().split("\n");
    const [rss, user, sys] = (lines[lines.length - 1] ?? "").split(" ").map(Number);
    rssKb = rss ?? null;
    if (user !== undefined && sys !== undefined) cpuMs = (user + sys) * 1000;
    rmSync(timeFile, { force: true });
  } else {
    const match = /BENCH_MAXRSS_KB (\d+) ([\d.]+)/.exec(result.stderr ?? "");
    if (match) {
      rssKb = Number(match[1]);
      cpuMs = Number(match[2]);
    }
  }
  if (result.error) throw result.error;
  return {
    wallMs,
    rssMb: rssKb === null || !Number.isFinite(rssKb) ? null : rssKb / 1024,
    cpuMs: cpuMs === null || !Number.isFinite(cpuMs) ? null : cpuMs,
    status: result.status,
    stdout: result.stdout ?? "",
    stderr: result.stderr ?? "",
  };
}
