// Every source file stays small enough to hold in one's head: about 300 lines at most.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const SRC = path.resolve(__dirname, "..", "..", "src");
const MAX_LINES = 310;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|css)$/.test(entry.name) ? [full] : [];
  });
}

it(`no file in src/ is over ${MAX_LINES} lines`, () => {
  const files = sourceFiles(SRC);
  expect(files.length).toBeGreaterThan(100);
  const long = files
    .map((file) => [path.relative(SRC, file), readFileSync(file, "utf8").split("\n").length - 1] as const)
    .filter(([, lines]) => lines > MAX_LINES);
  expect(long).toEqual([]);
});
