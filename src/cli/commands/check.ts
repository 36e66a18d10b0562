// `mosaic check [vault] [--format text|json|github] [--ignore GLOB]... [--unresolved]`: diagnostics, a summary on
// stderr, exit 1 only on errors.
import type { Diagnostic } from "../../core/model";
import { listFlag, parseArgs, stringFlag, USAGE_HINT, vaultArg } from "../args";
import { githubAnnotation } from "../format/github";
import { CliError } from "../io";
import { escapeControls } from "../format/terminal-text";
import type { CliIo } from "../io";
import { loadOpened, openVault, reportSkippedLinks, takeCacheFlag, type OpenedVault } from "../load";
import { checkMemoKey, readCheckMemo, writeCheckMemo, type CheckResult } from "../check-memo";

export const CHECK_FLAGS = { json: { value: false }, unresolved: { value: false }, format: { value: true }, ignore: { value: true } };

const FORMATS = ["text", "json", "github"] as const;

export async function checkCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { args: rest, cache } = takeCacheFlag(args);
  const parsed = parseArgs("check", rest, CHECK_FLAGS);
  const vault = vaultArg("check", parsed);
  const format = stringFlag(parsed, "format") ?? (parsed.flags.has("json") ? "json" : "text");
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`unknown check format '${format}' (use text, json or github; ${USAGE_HINT})`);
  }
  const options = { cache, ignore: listFlag(parsed, "ignore") };
  const unresolved = parsed.flags.has("unresolved");
  const { diagnostics, notes } = await checkResult(await openVault(vault, io, options), io, unresolved);
  if (format === "json") {
    io.stdout(JSON.stringify({ diagnostics }, null, 2) + "\n");
  } else if (diagnostics.length > 0) {
    io.stdout(diagnostics.map(format === "github" ? githubAnnotation : formatDiagnostic).join("\n") + "\n");
  }
  io.stderr(summary(diagnostics, notes) + "\n");
  return diagnostics.some((d) => d.severity === "error") ? 1 : 0;
}

/** The vault's diagnostics: with a cache, the remembered ones when nothing changed since they were found. */
async function checkResult(opened: OpenedVault, io: CliIo, unresolved: boolean): Promise<CheckResult> {
  const dir = opened.cacheDir;
  const key = dir === null ? null : checkMemoKey(opened, unresolved ? ["--unresolved"] : []);
  const remembered = dir !== null && key !== null ? readCheckMemo(dir, key) : null;
  if (remembered) {
    reportSkippedLinks(opened.walk, io);
    return remembered;
  }
  const { index, report } = await loadOpened(opened, io, false);
  const result = { diagnostics: index.diagnostics({ unresolved }), notes: report.notes + report.unreadable.length };
  if (dir !== null && key !== null) writeCheckMemo(dir, key, result);
  return result;
}

/** `file:line: severity: code: message`, or `file: severity: code: message` when the whole file is meant. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === null ? d.file : `${d.file}:${d.line}`;
  return escapeControls(`${where}: ${d.severity}: ${d.code}: ${oneLine(d.message)}`);
}

/** `2 errors, 9 warnings in 32 notes` (infos are added only when there are some). */
export function summary(diagnostics: readonly Diagnostic[], notes: number): string {
  const count = (severity: Diagnostic["severity"]): number => diagnostics.filter((d) => d.severity === severity).length;
  const parts = [plural(count("error"), "error"), plural(count("warning"), "warning")];
  const infos = count("info");
  if (infos > 0) parts.push(plural(infos, "info"));
  return `${parts.join(", ")} in ${plural(notes, "note")}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}
