// `check --cache` keeps its last result (`<dir>/check-result.json`) and prints it again, reading no note, when nothing
// it depends on changed: every walked file's size, mtime and ctime, the settings, the flags and the program itself.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import process from "node:process";
import { settingsKey } from "../core/cache/note-cache";
import { PARSED_NOTE_FORMAT, type Diagnostic } from "../core/model";
import type { OpenedVault } from "./load";
import { stampOf } from "./load-notes";

export const CHECK_MEMO_FILE = "check-result.json";
const MEMO_FORMAT = 1;

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Notes read plus files that could not be read, as the summary counts them. */
  notes: number;
}

/** The key of everything a check's result depends on, or null when a file cannot be stat'ed (then no memo is used). */
export function checkMemoKey(opened: OpenedVault, flags: readonly string[]): string | null {
  const hash = createHash("sha256");
  const line = (...parts: readonly (string | number)[]): void => {
    hash.update(parts.join("\0"));
    hash.update("\n");
  };
  try {
    // The program's own file: a rebuilt or upgraded mosaic checks again (its rules may have changed).
    const program = statSync(__filename);
    line(MEMO_FORMAT, PARSED_NOTE_FORMAT, program.size, program.mtimeMs, settingsKey(opened.settings), JSON.stringify(flags));
    line(JSON.stringify(opened.walk.unreadable), JSON.stringify(opened.walk.skippedLinks));
    for (const [rel, full] of opened.walk.files) {
      const s = statSync(full);
      line(rel, s.size, s.mtimeMs, s.ctimeMs);
      opened.stamps.set(full, stampOf(s));
    }
  } catch {
    return null;
  }
  return hash.digest("hex");
}

/** The remembered result for `key`, or null (none, another key, or a damaged file: the check then runs). */
export function readCheckMemo(dir: string, key: string): CheckResult | null {
  try {
    const memo = JSON.parse(readFileSync(path.join(dir, CHECK_MEMO_FILE), "utf8")) as { key?: unknown; result?: CheckResult };
    const result = memo.result;
    return memo.key === key && result && Array.isArray(result.diagnostics) && typeof result.notes === "number" ? result : null;
  } catch {
    return null;
  }
}

/** Remembers a result, replacing the file whole (temporary file, then rename); a memo that cannot be written is skipped. */
export function writeCheckMemo(dir: string, key: string, result: CheckResult): void {
  const file = path.join(dir, CHECK_MEMO_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, JSON.stringify({ key, result }));
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true });
  }
}
