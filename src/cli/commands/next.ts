// `mosaic next [vault] [--json] [--per-gap N] [--problem P]`: sources that may answer each gap, and unread ones to read first.
import { DEFAULT_PER_GAP, MIN_SCORE, nextReport, type NextReport } from "../../core/next";
import { parseArgs, positiveIntFlag, stringFlag, vaultArg } from "../args";
import { painter } from "../format/colour";
import { escapeControls, oneLine, shorten } from "../format/terminal-text";
import { GAP_MARK } from "../format/tree-text";
import { useColour, type CliIo } from "../io";
import { loadVault } from "../load";
import { findProblem } from "../problem-arg";

export type { NextGap, NextReport, NextSuggestion, NextUnread } from "../../core/next";
export { DEFAULT_PER_GAP } from "../../core/next";

export const NEXT_FLAGS = { json: { value: false }, "per-gap": { value: true }, problem: { value: true } };
/** How many of an unread source's gaps the text output names. */
const GAPS_SHOWN = 3;

export async function nextCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs("next", args, NEXT_FLAGS);
  const vault = vaultArg("next", parsed);
  const perGap = positiveIntFlag(parsed, "per-gap") ?? DEFAULT_PER_GAP;
  const wanted = stringFlag(parsed, "problem");
  const { index } = await loadVault(vault, io, true, { keepText: true });
  const problem = wanted === undefined ? undefined : findProblem(index, wanted, vault).path;
  const report = nextReport(index, { problem, perGap });
  if (parsed.flags.has("json")) {
    io.stdout(JSON.stringify(report, null, 2) + "\n");
    return 0;
  }
  const problems = problem === undefined ? index.problems().length : 1;
  io.stdout(formatNext(report, { vault, problems, perGap, colour: useColour(io), columns: io.isTTY ? io.columns : undefined }));
  return 0;
}

export interface NextTextOptions {
  vault: string;
  problems: number;
  perGap: number;
  colour?: boolean;
  columns?: number;
}

/** The text output: gaps grouped by problem with indented suggestions, then the unread sources ranked. */
export function formatNext(report: NextReport, options: NextTextOptions): string {
  const paint = painter(options.colour === true);
  const fit = (text: string, used: number): string =>
    options.columns === undefined ? text : shorten(text, Math.max(20, options.columns - used));
  const out: string[] = [];
  if (options.problems === 0) {
    return `No problem notes in ${options.vault}: tag a note #problem and write its questions as a nested list.\n`;
  }
  if (report.gaps.length === 0) return "No gaps: every question has a note addressing it.\n";
  const problemCount = new Set(report.gaps.map((g) => g.problem.path)).size;
  out.push(
    paint("bold", `${plural(report.gaps.length, "gap")} in ${plural(problemCount, "problem")}`) +
      paint("dim", ` (leaf questions nothing addresses; up to ${options.perGap} unlinked sources each, scoring ${MIN_SCORE} or more)`),
  );
  let current = "";
  for (const gap of report.gaps) {
    if (gap.problem.path !== current) {
      current = gap.problem.path;
      out.push("", `${paint("bold", oneLine(gap.problem.title))}  ${paint("dim", escapeControls(gap.problem.path))}`);
    }
    const where = gap.path === gap.problem.path ? `line ${gap.line}` : `${escapeControls(gap.path)}:${gap.line}`;
    out.push(`  ${paint("red", GAP_MARK)} ${fit(oneLine(gap.text), 4 + where.length + 2)}  ${paint("dim", where)}`);
    if (gap.suggestions.length === 0) out.push(paint("dim", `      (no source scores ${MIN_SCORE} or more)`));
    for (const s of gap.suggestions) {
      const unread = s.unread ? `  ${paint("yellow", "unread")}` : "";
      const terms = paint("dim", `  matches: ${escapeControls(s.terms.join(", "))}`);
      out.push(`      ${paint("cyan", s.score.toFixed(2).padStart(5))}  ${oneLine(s.title)}${terms}${unread}`);
    }
  }
  out.push("", paint("bold", "Unread sources that may fill the most gaps"));
  if (report.unread.length === 0) {
    out.push(paint("dim", "  (none: mark sources unread with #to-read or `read:: false` to rank them here)"));
  }
  const byId = new Map(report.gaps.map((g) => [g.id, g]));
  report.unread.forEach((u, i) => {
    out.push(`  ${i + 1}. ${oneLine(u.title)}  ${paint("dim", escapeControls(u.path))}  ${paint("cyan", plural(u.gapIds.length, "gap"))}`);
    for (const id of u.gapIds.slice(0, GAPS_SHOWN)) {
      const gap = byId.get(id);
      if (gap) out.push(`       ${paint("red", GAP_MARK)} ${fit(oneLine(gap.text), 9)}`);
    }
    if (u.gapIds.length > GAPS_SHOWN) out.push(paint("dim", `       +${u.gapIds.length - GAPS_SHOWN} more`));
  });
  return out.join("\n") + "\n";
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
