// Bench section: `mosaic check` and the Lens validator side by side on the vault that breaks each rule once
// (bench/lens-rules-vault.ts): timings, and how many of the validator's diagnostics ours match.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MosaicIndex } from "../src/core/index/mosaic-index";
import { compareOnVault, type CompareOutcome, type ValidatorCommand } from "./lens-compare";
import { rulesVault } from "./lens-rules-vault";
import { findMatch, type ValidatorError } from "./lens-validator-match";

export function benchLensRules(validator: ValidatorCommand, cli: string, runs: number, out: string): CompareOutcome {
  const dir = path.join(out, "lens-rules-vault");
  rmSync(dir, { recursive: true, force: true });
  const files = rulesVault("broken");
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const outcome = compareOnVault(validator, cli, dir, null, runs, out, "rules");
  const run = spawnSync(validator.command, [...validator.args, dir], { encoding: "utf8", maxBuffer: 64 << 20 });
  try {
    const theirs = (JSON.parse(run.stdout) as { errors: ValidatorError[] }).errors;
    const index = new MosaicIndex();
    index.setNotes(Object.entries(files));
    const ours = index.diagnostics();
    const missed = theirs.filter((e) => !findMatch(ours, e, index));
    outcome.notes.push(`rules vault: the validator gave ${theirs.length} diagnostics, mosaic check matched ${theirs.length - missed.length} (code, file, true line) and gave ${ours.length}`);
    for (const e of missed) outcome.notes.push(`  not matched: ${e.file}:${e.line ?? "-"} ${e.message}`);
  } catch (error) {
    outcome.notes.push(`rules vault: could not read the validator's output (${error instanceof Error ? error.message : String(error)})`);
  }
  return outcome;
}
