// ../shared beside the repository (the seeds and the Lens validator's fixtures): suites that read it run when it is
// there, as in CI, and skip with one line naming what is missing on a fresh clone.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const SHARED_DIR = path.resolve(__dirname, "..", "..", "..", "shared");

/** The path of `parts` under ../shared. */
export function sharedPath(...parts: string[]): string {
  return path.join(SHARED_DIR, ...parts);
}

/** Whether `../shared/<relative>` exists. */
export function hasShared(relative: string): boolean {
  return existsSync(sharedPath(relative));
}

/** The text of a file under ../shared; throws when it is missing (call it only inside `describeWithShared`). */
export function readShared(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), "utf8");
}

const reported = new Set<string>();

/**
 * `describe(name, body)` when every path in `needs` (relative to ../shared) exists. Otherwise prints one line naming
 * what is missing and registers a skipped placeholder: `body` is not run, so nothing reads the folder at load.
 */
export function describeWithShared(name: string, needs: string[], body: () => void): void {
  const missing = needs.filter((p) => !hasShared(p));
  if (missing.length === 0) {
    describe(name, body);
    return;
  }
  const what = missing.map((p) => `../shared/${p}`).join(", ");
  if (!reported.has(what)) {
    reported.add(what);
    process.stderr.write(`skipping tests that need ${what} (not found beside this clone)\n`);
  }
  describe.skip(name, () => {
    it(`needs ${what}`, () => undefined);
  });
}

/** The seed paths the suites use. */
export const SEEDS = {
  thread: "seeds/003_a7722ec9ba05624d.txt",
  module: "seeds/000_8603d6cfe966d83c.txt",
  lensFixtures: "fixtures/lens-content-processor",
} as const;
