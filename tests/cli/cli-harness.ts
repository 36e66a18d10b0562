// Runs the CLI in-process with captured output, and builds throwaway vault folders in the OS temp folder.
import { Buffer } from "node:buffer";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli, type CliIo } from "../../src/cli/run-cli";

export const REPO_ROOT = path.resolve(__dirname, "../..");
export const EXAMPLE_VAULT = path.join(REPO_ROOT, "examples", "alignment-mosaic");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stderr split into lines, without the final empty one. */
  errLines: string[];
  outLines: string[];
}

export async function run(args: string[], io: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: {},
    ...io,
  });
  const lines = (text: string): string[] => (text === "" ? [] : text.replace(/\n$/, "").split("\n"));
  return { code, stdout, stderr, errLines: lines(stderr), outLines: lines(stdout) };
}

/** A fresh temp folder with the given files (string = UTF-8 text, Buffer = raw bytes); returns its path. */
export function makeVault(files: Record<string, string | Buffer> = {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "mosaic-cli-"));
  tempFolders.push(root);
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(root, ...rel.split("/"));
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

const tempFolders: string[] = [];

export function removeTempVaults(): void {
  for (const folder of tempFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** A small problem note and a source addressing one of its questions, the shape every failure test keeps beside the bad file. */
export const HEALTHY_NOTES: Record<string, string> = {
  "Problems/Boundaries.md": [
    "---",
    "tags: [problem]",
    "---",
    "- What's up with boundaries? ^boundaries",
    "  - Do boundaries exist by default? ^by-default",
    "  - How modular are trained nets?",
    "",
  ].join("\n"),
  "Sources/Markov blankets.md": [
    "---",
    "tags: [paper]",
    "---",
    "addresses:: [[Boundaries#^by-default]]",
    "",
    "Sparse coupling gives approximate blankets.",
    "",
  ].join("\n"),
};
