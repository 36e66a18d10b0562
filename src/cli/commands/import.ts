// `mosaic import FILE --into NOTE [--write] [--format F] [vault]`: merges a shared question tree into a problem note.
import process from "node:process";
import { Buffer } from "node:buffer";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { applyMergeToNote, importOutline, newProblemNote, type ImportFormat, type OutlineNode, type WriteBack } from "../../core/exchange";
import { DEFAULT_SETTINGS } from "../../core/model";
import { parseNote } from "../../core/parse/parse-note";
import { choiceFlag, parseArgs, stringFlag, USAGE_HINT, type ParsedArgs } from "../args";
import { escapeControls, escapeLines } from "../format/terminal-text";
import { MAX_IMPORT_BYTES, MAX_NOTE_BYTES } from "../../core/limits";
import { CliError, type CliIo } from "../io";
import { makeFolders, resolveInVault, writeAtomically } from "../safe-write";
import { checkVaultFolder, isSkippedFolder, readNote } from "../read-vault";

export const IMPORT_FLAGS = { into: { value: true }, write: { value: false }, format: { value: true } };

const FORMATS: readonly ImportFormat[] = ["json", "opml", "markdown"];

export const DRY_RUN_NOTE = "(dry run: nothing written; add --write to apply)";

export async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs("import", args, IMPORT_FLAGS);
  const { file, vault } = positionals(parsed);
  const into = stringFlag(parsed, "into");
  if (into === undefined) throw new CliError(`import needs --into NOTE, the problem note to merge into (${USAGE_HINT})`);
  const format = formatFlag(parsed);
  const write = parsed.flags.has("write");
  const cwd = io.cwd ?? process.cwd();

  const root = path.resolve(cwd, vault);
  await checkVaultFolder(root, vault);
  const rel = noteInVault(root, into);
  if ((await fs.stat(path.resolve(root, into)).catch(() => null))?.isDirectory()) {
    throw new CliError(`--into ${into} is a folder, not a note`);
  }
  const { full, realRoot } = await resolveInVault(root, rel);

  const incoming = await readIncoming(path.resolve(cwd, file), file, format);
  const current = await readTarget(full, rel);
  const result = current === null ? mergeIntoNewNote(rel, incoming) : mergeIntoNote(rel, current.text, incoming, io);
  const bytes = Buffer.from(result.text, "utf8");
  if (bytes.length > MAX_NOTE_BYTES) {
    throw new CliError(`${rel} would grow to ${megabytes(bytes.length)}, over the ${megabytes(MAX_NOTE_BYTES)} Mosaic reads; nothing written`);
  }

  // The diff is printed before anything is written, so the user sees what a refused write would have added.
  if (result.diff !== "") io.stdout(escapeLines(result.diff));
  const added = result.added.length;
  const created = current === null ? " (a new note)" : "";
  io.stdout(`${plural(result.matched, "question")} matched, ${added} added to ${escapeControls(rel)}${created}\n`);
  if (!write) {
    io.stdout(`${DRY_RUN_NOTE}\n`);
    return 0;
  }
  if (added === 0) {
    io.stderr(`Nothing written: ${rel} already holds every question\n`);
    return 0;
  }
  try {
    if (current === null) await makeFolders(realRoot, full);
    await writeAtomically(full, bytes, { expected: current?.bytes ?? null, shown: rel });
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot write ${rel} (${error instanceof Error ? error.message : String(error)}); the note is unchanged`);
  }
  io.stderr(`Wrote ${rel}\n`);
  return 0;
}

function positionals(parsed: ParsedArgs): { file: string; vault: string } {
  const [file, vault, extra] = parsed.positionals;
  if (file === undefined) throw new CliError(`import needs a FILE to read (${USAGE_HINT})`);
  if (extra !== undefined) throw new CliError(`too many arguments for 'import': '${extra}' (${USAGE_HINT})`);
  return { file, vault: vault ?? "." };
}

function formatFlag(parsed: ParsedArgs): ImportFormat | undefined {
  return choiceFlag(parsed, "format", FORMATS, "import format", { md: "markdown" });
}

/** NOTE as a vault-relative `/` path ending in `.md`; refuses paths that leave the vault or that the vault skips. */
export function noteInVault(root: string, note: string): string {
  const full = path.resolve(root, note);
  const rel = path.relative(root, full);
  if (rel === "" || rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new CliError(`--into ${note} is outside the vault (give a path inside it, such as Problems/My problem.md)`);
  }
  const parts = rel.split(path.sep);
  if (parts.slice(0, -1).some(isSkippedFolder) || (parts[parts.length - 1] ?? "").startsWith(".")) {
    throw new CliError(`--into ${note} is in a folder the vault reader skips (hidden or node_modules)`);
  }
  const joined = parts.join("/");
  return /\.md$/i.test(joined) ? joined : `${joined}.md`;
}

async function readIncoming(full: string, shown: string, format: ImportFormat | undefined): Promise<OutlineNode[]> {
  const stats = await fs.stat(full).catch(() => null);
  if (!stats) throw new CliError(`no such file: ${shown}`);
  if (!stats.isFile()) throw new CliError(`not a file: ${shown}`);
  if (stats.size > MAX_IMPORT_BYTES) {
    throw new CliError(`${shown} is ${megabytes(stats.size)}, over the ${megabytes(MAX_IMPORT_BYTES)} import limit; nothing read`);
  }
  const read = await readNote(full);
  if ("reason" in read) throw new CliError(`cannot read ${shown}: ${read.reason}`);
  return importOutlineOk(read.text, format, shown);
}

function importOutlineOk(text: string, format: ImportFormat | undefined, shown: string): OutlineNode[] {
  const result = importOutline(text, format, shown);
  if (!result.ok) throw new CliError(`cannot import ${shown}: ${oneLine(result.error)}`);
  if (result.roots.length === 0) throw new CliError(`cannot import ${shown}: it holds no questions`);
  return result.roots;
}

const exactDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The note's bytes and text (a BOM kept as U+FEFF, so it is written back), or null when it does not exist yet. */
async function readTarget(full: string, rel: string): Promise<{ bytes: Buffer; text: string } | null> {
  const stats = await fs.stat(full).catch(() => null);
  if (!stats) return null;
  if (stats.size > MAX_NOTE_BYTES) throw new CliError(`${rel} is ${megabytes(stats.size)}, over the ${megabytes(MAX_NOTE_BYTES)} Mosaic reads`);
  const bytes = await fs.readFile(full).catch((error: Error) => {
    throw new CliError(`cannot read ${rel}: ${error.message}`);
  });
  if (bytes.includes(0)) throw new CliError(`cannot read ${rel}: binary file (contains NUL bytes)`);
  try {
    return { bytes, text: exactDecoder.decode(bytes) };
  } catch {
    throw new CliError(`cannot read ${rel}: not valid UTF-8 text`);
  }
}

function mergeIntoNote(rel: string, text: string, incoming: readonly OutlineNode[], io: CliIo): WriteBack {
  const note = parseNote(rel, text, DEFAULT_SETTINGS);
  if (note.kind !== "problem") {
    io.stderr(`mosaic: warning: ${rel} is not a problem note (${note.kind}); tag it #problem to see its tree\n`);
  }
  return applyMergeToNote(text, note, incoming);
}

/** A new note: `newProblemNote`'s frontmatter and `# title` (the file's name), then everything imported. */
function mergeIntoNewNote(rel: string, incoming: readonly OutlineNode[]): WriteBack {
  const title = path.posix.basename(rel).replace(/\.md$/i, "");
  const skeleton = newProblemNote(title, []);
  const result = applyMergeToNote(skeleton, parseNote(rel, skeleton, DEFAULT_SETTINGS), incoming);
  const lines = result.text.replace(/\n$/, "").split("\n");
  const diff = `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+ ${l}`).join("\n")}\n`;
  return { ...result, diff };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
