// `mosaic export --format json|markdown|opml|html [--problem P] [--out FILE] [vault]`: the vault's mosaic in a portable format.
import process from "node:process";
import { statSync } from "node:fs";
import * as path from "node:path";
import type { MosaicIndex } from "../../core/index/mosaic-index";
import { toMarkdown, toOpml } from "../../core/exchange";
import { htmlExportData } from "../../core/export/html-data";
import type { ProblemTree } from "../../core/model";
import { choiceFlag, parseArgs, stringFlag, USAGE_HINT, vaultArg } from "../args";
import { escapeLines } from "../format/terminal-text";
import { CliError, writeOutputFile, type CliIo } from "../io";
import { exportHtml } from "../export-html";
import { loadVault } from "../load";
import { findProblem } from "../problem-arg";
import { exportJson } from "../../core/export/json";

export const EXPORT_FLAGS = { format: { value: true }, out: { value: true }, problem: { value: true } };

export interface ExportOptions {
  /** The one problem `--problem` named, else null (all problems). */
  problem: ProblemTree | null;
}

export type Exporter = (index: MosaicIndex, options: ExportOptions) => string;

/** Formats that can export a single problem with `--problem`. */
export const ONE_PROBLEM_FORMATS: readonly string[] = ["markdown", "opml"];

/** Every format the CLI names. */
export const EXPORTERS: Record<string, Exporter> = {
  json: (index) => JSON.stringify(exportJson(index), null, 2) + "\n",
  markdown: (index, { problem }) => toMarkdown(problem ?? index.problems()),
  opml: (index, { problem }) => toOpml(problem ?? index.problems()),
  html: (index) => exportHtml(htmlExportData(index)),
};

export async function exportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs("export", args, EXPORT_FLAGS);
  const vault = vaultArg("export", parsed);
  const format = choiceFlag(parsed, "format", Object.keys(EXPORTERS), "export format") ?? "json";
  const exporter = EXPORTERS[format];
  if (!exporter) throw new CliError(`unknown export format '${format}'`);
  const wanted = stringFlag(parsed, "problem");
  if (wanted !== undefined && !ONE_PROBLEM_FORMATS.includes(format)) {
    throw new CliError(`--problem works with --format ${ONE_PROBLEM_FORMATS.join(" or ")}, not ${format} (${USAGE_HINT})`);
  }
  const out = stringFlag(parsed, "out");
  if (out !== undefined) checkOutFolder(out, io);
  const { index } = await loadVault(vault, io, true);
  const problem = wanted === undefined ? null : findProblem(index, wanted, vault);
  const text = exporter(index, { problem });
  if (out === undefined) {
    // On a terminal the export is read, not piped: its note text must not drive the terminal.
    io.stdout(io.isTTY === true ? escapeLines(text) : text);
    return 0;
  }
  try {
    writeOutputFile(io, path.resolve(io.cwd ?? process.cwd(), out), text);
  } catch (error) {
    throw new CliError(`cannot write ${out} (${error instanceof Error ? error.message : String(error)})`);
  }
  io.stderr(`Wrote ${out}\n`);
  return 0;
}

/** Fails before reading the vault when `--out` points into a folder that does not exist. */
function checkOutFolder(out: string, io: CliIo): void {
  const file = path.resolve(io.cwd ?? process.cwd(), out);
  const dir = path.dirname(file);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new CliError(`no such folder for --out: ${path.dirname(out) || "."}`);
  try {
    if (statSync(file).isDirectory()) throw new CliError(`--out names a folder, not a file: ${out}`);
  } catch (error) {
    if (error instanceof CliError) throw error;
  }
}
