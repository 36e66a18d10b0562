// `mosaic export --format json|markdown|opml|html [--problem P] [--out FILE] [vault]`: the vault's mosaic in a portable format.
import process from "node:process";
import { Buffer } from "node:buffer";
import { lstatSync, statSync } from "node:fs";
import * as path from "node:path";
import type { MosaicIndex } from "../../core/index/mosaic-index";
import { toMarkdown, toOpml } from "../../core/exchange";
import { htmlExportData } from "../../core/export/html-data";
import type { ProblemTree } from "../../core/model";
import { choiceFlag, parseArgs, stringFlag, USAGE_HINT, vaultArg } from "../args";
import { escapeLines } from "../format/terminal-text";
import { CliError, type CliIo } from "../io";
import { writeAtomically } from "../safe-write";
import { exportHtml } from "../export-html";
import { loadVault, takeCacheFlag } from "../load";
import { findProblem } from "../problem-arg";
import { exportJson } from "../../core/export/json";

export const EXPORT_FLAGS = { format: { value: true }, out: { value: true }, problem: { value: true }, title: { value: true } };

export interface ExportOptions {
  /** The one problem `--problem` named, else null (all problems). */
  problem: ProblemTree | null;
  /** The HTML page's title: `--title`, else the vault folder's name. */
  title: string;
}

export type Exporter = (index: MosaicIndex, options: ExportOptions) => string;

/** Formats that can export a single problem with `--problem`. */
export const ONE_PROBLEM_FORMATS: readonly string[] = ["markdown", "opml"];

/** Every format the CLI names. */
export const EXPORTERS: Record<string, Exporter> = {
  json: (index) => JSON.stringify(exportJson(index), null, 2) + "\n",
  markdown: (index, { problem }) => toMarkdown(problem ?? index.problems()),
  opml: (index, { problem }) => toOpml(problem ?? index.problems()),
  html: (index, { title }) => exportHtml(htmlExportData(index), title),
};

export async function exportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { args: rest, cache } = takeCacheFlag(args);
  const parsed = parseArgs("export", rest, EXPORT_FLAGS);
  const vault = vaultArg("export", parsed);
  const format = choiceFlag(parsed, "format", Object.keys(EXPORTERS), "export format") ?? "json";
  const exporter = EXPORTERS[format];
  if (!exporter) throw new CliError(`unknown export format '${format}'`);
  const wanted = stringFlag(parsed, "problem");
  if (wanted !== undefined && !ONE_PROBLEM_FORMATS.includes(format)) {
    throw new CliError(`--problem works with --format ${ONE_PROBLEM_FORMATS.join(" or ")}, not ${format} (${USAGE_HINT})`);
  }
  const title = stringFlag(parsed, "title");
  if (title !== undefined && format !== "html") throw new CliError(`--title works with --format html, not ${format} (${USAGE_HINT})`);
  const out = stringFlag(parsed, "out");
  if (out !== undefined) checkOutFolder(out, io);
  const { index } = await loadVault(vault, io, true, { cache });
  const problem = wanted === undefined ? null : findProblem(index, wanted, vault);
  const vaultName = path.basename(path.resolve(io.cwd ?? process.cwd(), vault));
  const text = exporter(index, { problem, title: title ?? (vaultName || "Alignment Mosaic") });
  if (out === undefined) {
    // On a terminal the export is read, not piped: its note text must not drive the terminal.
    io.stdout(io.isTTY === true ? escapeLines(text) : text);
    return 0;
  }
  try {
    const full = path.resolve(io.cwd ?? process.cwd(), out);
    if (io.writeFile) io.writeFile(full, text);
    else await writeAtomically(full, Buffer.from(text, "utf8"), { expected: "any", shown: out });
  } catch (error) {
    if (error instanceof CliError) throw error;
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
    if (lstatSync(file).isSymbolicLink()) throw new CliError(`--out ${out} is a symbolic link; nothing written (Mosaic never writes through links)`);
    if (statSync(file).isDirectory()) throw new CliError(`--out names a folder, not a file: ${out}`);
  } catch (error) {
    if (error instanceof CliError) throw error;
  }
}
