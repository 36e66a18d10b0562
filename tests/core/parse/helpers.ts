// Helpers for the parser tests: a parse shortcut with default settings and a recursive file list.
import * as fs from "node:fs";
import * as path from "node:path";
import { DEFAULT_SETTINGS, type ParsedNote } from "../../../src/core/model";
import { parseNote } from "../../../src/core/parse/parse-note";

export function parse(text: string, notePath = "notes/n.md"): ParsedNote {
  return parseNote(notePath, text, DEFAULT_SETTINGS);
}

/** Lists files under `dir` recursively (sorted, `/` separators, relative to `dir`). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(r);
      else out.push(r);
    }
  };
  walk("");
  return out.sort();
}
