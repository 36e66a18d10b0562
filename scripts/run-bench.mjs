// Builds the CLI and the benchmark (bench/run.ts -> bench-output/bench.js, plus the sidebar page) and runs it:
// `npm run bench -- --quick`, `npm run bench -- --sizes 1000,10000,50000 --runs 5 --json out.json`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import esbuild from "esbuild";
import { buildCli } from "../esbuild.config.mjs";

const OUT = "bench-output";
mkdirSync(OUT, { recursive: true });

try {
  await buildCli();
} catch (error) {
  console.error(`[bench] the CLI did not build, its measures are skipped: ${error.message ?? error}`);
}

await esbuild.build({
  entryPoints: ["bench/run.ts"],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  logLevel: "warning",
  outfile: `${OUT}/bench.js`,
});

// bench/graph-frame.ts is bundled on its own (d3 is ESM-only) when it is there.
rmSync(`${OUT}/graph-frame.js`, { force: true });
if (existsSync("bench/graph-frame.ts")) {
  try {
    await esbuild.build({
      entryPoints: ["bench/graph-frame.ts"],
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      external: ["playwright-core", "esbuild"],
      logLevel: "warning",
      outfile: `${OUT}/graph-frame.js`,
    });
  } catch (error) {
    console.error(`[bench] bench/graph-frame.ts did not build, the graph measure is skipped: ${error.message ?? error}`);
  }
}

rmSync(`${OUT}/sidebar-page.js`, { force: true });
try {
  await esbuild.build({
    entryPoints: ["bench/sidebar-page.ts"],
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2020",
    logLevel: "silent",
    outfile: `${OUT}/sidebar-page.js`,
  });
} catch (error) {
  console.error(`[bench] the sidebar page did not build, its measure is skipped: ${error.message ?? error}`);
}

const result = spawnSync(process.execPath, ["--expose-gc", `${OUT}/bench.js`, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
