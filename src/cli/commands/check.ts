// `mosaic check [vault] [--json] [--unresolved]`: one line per diagnostic, a summary on stderr, exit 1 on errors.
import type { Diagnostic } from "../../core/model";
import { parseArgs, vaultArg } from "../args";
import { escapeControls } from "../format/terminal-text";
import type { CliIo } from "../io";
import { loadVault, takeCacheFlag } from "../load";

export const CHECK_FLAGS = { json: { value: false }, unresolved: { value: false } };

export async function checkCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { args: rest, cache } = takeCacheFlag(args);
  const parsed = parseArgs("check", rest, CHECK_FLAGS);
  const vault = vaultArg("check", parsed);
  const { index, report } = await loadVault(vault, io, false, { cache });
  const diagnostics = index.diagnostics({ unresolved: parsed.flags.has("unresolved") });
  if (parsed.flags.has("json")) {
    io.stdout(JSON.stringify({ diagnostics }, null, 2) + "\n");
  } else if (diagnostics.length > 0) {
    io.stdout(diagnostics.map(formatDiagnostic).join("\n") + "\n");
  }
  io.stderr(summary(diagnostics, report.notes + report.unreadable.length) + "\n");
  return diagnostics.some((d) => d.severity === "error") ? 1 : 0;
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
